"""``debthelp report``: plan, rate check, budget, log and letters in one HTML file.

Its options, ``register``, and the adapter.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from debthelp.cli.clicks import click
from debthelp.errors import InputError, UsageError
from debthelp.i18n import Lang, t
from debthelp.term import say, stdout_is_tty

if TYPE_CHECKING:
    from debthelp.guidance import Guidance
    from debthelp.render.report_html import Section
from typing import Annotated

import typer

from debthelp.cli.letter import (
    AnswersFileOpt,
    BudgetFileOpt,
    LenderNameOpt,
    NameOpt,
    OutputOpt,
    UseLogOpt,
)
from debthelp.cli.options import LangOpt, setup_lang


def report_cmd(
    ctx: typer.Context,
    answers: AnswersFileOpt = None,
    budget: BudgetFileOpt = None,
    use_log: UseLogOpt = False,
    rate_file: Annotated[
        Path | None,
        typer.Option(
            "--rate",
            help="借款数字文件（YAML/JSON，键同 debthelp rate 的选项）/ Loan figures "
            "(YAML/JSON, keys as debthelp rate's options).",
            show_default=False,
        ),
    ] = None,
    name: NameOpt = None,
    lender: LenderNameOpt = None,
    lang: LangOpt = None,
    output: OutputOpt = None,
) -> None:
    """生成一个 HTML 报告，可在手机上给律师看，也可打印。/
    One HTML file to show a lawyer on a phone, or print.

    没有 -o 时写到标准输出（仅当输出被重定向时）。/
    Without -o it goes to standard output, only when that is redirected.

    例 / Example:  debthelp report --answers answers.json --budget budget.json --log -o report.html
    """
    report_command(
        ctx,
        lang=setup_lang(ctx, lang),
        answers_file=answers,
        budget_file=budget,
        use_log=use_log,
        rate_file=rate_file,
        name=name,
        lender=lender,
        output=output,
    )


RATE_KEYS = ("received", "payment", "periods", "every", "borrowed", "lender", "signed", "lpr")


def rate_section(rate_file: Path, answers: dict[str, Any], lang: Lang) -> str:
    """The one adapter to the rate core: its inputs from a file, its report as HTML."""
    from debthelp.rate import LENDERS, compute_rate, load_lpr_table
    from debthelp.render import rate_doc
    from debthelp.render.report_html import doc_html, esc
    from debthelp.textfile import read_given_text
    from debthelp.yamlio import LineDict, load_yaml

    raw = load_yaml(
        read_given_text(rate_file, error=InputError), path=str(rate_file), error=InputError
    )
    if not isinstance(raw, LineDict | dict):
        raise InputError(
            "report.rate-bad", path=str(rate_file), key="…", valid=", ".join(RATE_KEYS)
        )
    for key in raw:
        if key not in RATE_KEYS:
            raise InputError(
                "report.rate-bad", path=str(rate_file), key=key, valid=", ".join(RATE_KEYS)
            )
    values: dict[str, Any] = {k: (None if v is None else str(v)) for k, v in raw.items()}
    if "received" not in values:
        raise InputError(
            "report.rate-bad", path=str(rate_file), key="received", valid=", ".join(RATE_KEYS)
        )
    kind = answers.get("lender")
    values.setdefault("lender", kind if kind in LENDERS else "unknown")
    result = compute_rate(lpr_table=load_lpr_table(), **values)
    doc = rate_doc(result, lang)
    # The screen's "more: debthelp tips ..." line is a terminal hint, not for the page.
    doc = doc._replace(footer=tuple(f for f in doc.footer if f != t("rate.see-also", lang)))
    out = doc_html(doc, lang)
    lines = result.to_json().get("lines", [])
    if lines and not all("above_line" in line for line in lines):
        out += f'\n<p class="small">{esc(t("report.rate-pending", lang))}</p>'
    return out


# A typical case prints on about six A4 pages: the plan's first steps in full,
# the rest by title (issue 24).
REPORT_STEPS = 5
SUMMARY = (
    ("lender", "report.sum-lender"),
    ("months-overdue", "report.sum-months"),
    ("amount-overdue", "report.sum-amount"),
    ("collectors", "report.sum-collectors"),
    ("papers", "report.sum-papers"),
)


def _plan_section(
    guidance: Guidance, answers: dict[str, Any], lang: Lang
) -> tuple[str, Any, list[Any]]:
    """The plan as HTML for a reader of the page, and the plan itself.

    The screen's footers are terminal hints ("debthelp > plan.txt", "see debthelp
    tips ..."): a page meant for a lawyer keeps the danger lines and drops them.
    """
    from debthelp.cli.options import today as _today
    from debthelp.engine import advise, with_blanks
    from debthelp.render import plan_doc
    from debthelp.render.report_html import doc_html

    plan = advise(guidance, with_blanks(guidance, answers), today=_today())
    plan = plan.shorter(REPORT_STEPS)
    doc = plan_doc(guidance, plan, lang)
    later, cited = t("plan-later", lang), t("plan-sources", lang)
    blocks = tuple(
        block._replace(lines=tuple(step.tip.title(lang) for step in plan.later))
        if block.title == later
        else block
        for block in doc.blocks
        if block.title != cited
    )
    hints = (t("plan-end", lang), t("terms-footer", lang, terms="").strip())
    footer = tuple(line for line in doc.footer if not line.startswith(hints))
    doc = doc._replace(blocks=blocks, footer=(*footer, t("report.danger", lang)))
    # The full citations once, at the end of the page (issue 24): the steps keep their ids.
    sources = [b for b in plan_doc(guidance, plan, lang).blocks if b.title == cited]
    return doc_html(doc, lang), plan, sources


def summary_rows(
    guidance: Guidance, answers: dict[str, Any], plan: Any, lang: Lang
) -> list[tuple[str, str]]:
    """The situation in a few rows, for the top of the page: who lent, how long
    overdue, what the collectors did, which deadlines run."""
    from debthelp.guidance.kinds import kind_of
    from debthelp.render.plan import due_line

    rows = []
    for qid, key in SUMMARY:
        question = guidance.questions.get(qid)
        answer = answers.get(qid)
        if question is None or answer in (None, "", []):
            continue
        if qid == "months-overdue":
            value = t("report.sum-months-value", lang, n=answer)
        else:
            value = t("list-sep", lang).join(kind_of(question).describe(question, answer, lang))
        rows.append((t(key, lang), value))
    if plan is not None and plan.due:
        rows.append(
            (t("report.sum-deadlines", lang), "\n".join(due_line(d, lang) for d in plan.due))
        )
    return rows


def report_command(
    ctx: click.Context,
    *,
    lang: Lang,
    answers_file: Path | None,
    budget_file: Path | None,
    use_log: bool,
    rate_file: Path | None,
    name: str | None,
    lender: str | None,
    output: str | None,
) -> None:
    from debthelp.cli.letter import gather, load_letters
    from debthelp.cli.options import today as _today
    from debthelp.cli.save import save_or_print
    from debthelp.guidance import load_guidance
    from debthelp.letters import KINDS, fill_letter, guidance_say, read_budget, read_log
    from debthelp.render.report_budget import budget_html
    from debthelp.render.report_html import (
        Section,
        esc,
        letter_html,
        log_html,
        report_page,
    )

    to_stdout = output == "-"  # asked for by name: a pipe or a screen, as they chose
    output = None if to_stdout else output
    if output is None and stdout_is_tty() and not to_stdout:
        # An HTML page dumped on a screen helps no one: ask where to save it.
        raise UsageError("report.need-output")
    guidance = load_guidance(None)
    texts = load_letters(guidance)
    log = read_log(lang=lang) if use_log else None
    answers, values, situation = gather(
        lang=lang,
        guidance=guidance,
        texts=texts,
        answers_file=answers_file,
        budget_file=budget_file,
        log=log,
        name=name,
        lender=lender,
    )

    def note(key: str) -> str:
        return f"<p>{esc(t(key, lang))}</p>"

    sections: list[Section] = []
    the_plan = None
    sources: list[Any] = []
    if answers_file:
        plan, the_plan, sources = _plan_section(guidance, answers, lang)
    else:
        plan = note("report.no-answers")
    sections.append(Section("plan", t("report.plan", lang), plan))
    rate = rate_section(rate_file, answers, lang) if rate_file else note("report.no-rate")
    sections.append(Section("rate", t("report.rate", lang), rate))
    budget = (
        budget_html(read_budget(budget_file), lang) if budget_file else note("report.no-budget")
    )
    sections.append(Section("budget", t("report.budget", lang), budget))
    if log is None:
        evidence = note("report.no-log-asked")
    elif not log.available:
        evidence = note("report.log-unavailable")
    else:
        evidence = log_html(log, lang)
    sections.append(Section("log", t("report.log", lang), evidence))
    letters = [note("report.letters-note")]
    # Every id the page cites, the plan's and the letters', is explained once at the
    # end (a letter's 5-5 or 3-1 was shown as a bare id before).
    cited = [line for block in sources for line in block.lines]
    letter_ids: list[str] = []
    for kind in KINDS:
        filled = fill_letter(
            texts, kind, lang, values, say=guidance_say(guidance), situation=situation
        )
        letters.append(letter_html(filled, lang))
        letter_ids += [sid for sid in filled.sources if sid not in letter_ids]
    sections.append(Section("letters", t("report.letters", lang), "\n".join(letters)))
    plan_ids = (
        set() if the_plan is None else {s for st in the_plan.steps for s in st.tip.all_sources}
    )
    extra = [sid for sid in letter_ids if sid not in plan_ids]
    if extra:
        from debthelp.render.views import cite, source_label

        cited += [
            f"[{source_label(sid, lang)}] {c}"
            for sid, c in zip(extra, cite(guidance, extra, lang), strict=True)
        ]
    if cited:
        from debthelp.render.report_html import source_lines

        sections.append(Section("sources", t("plan-sources", lang), source_lines(cited)))
    day = _today().isoformat()
    page = report_page(
        title=t("report.title", lang),
        lang=lang,
        meta=(t("report.made", lang, date=day),),
        summary=(t("report.summary", lang), summary_rows(guidance, answers, the_plan, lang)),
        sections=sections,
        footer=(guidance.disclaimer(lang), t("report.made", lang, date=day)),
    )
    save_or_print(output, page, lang, note="report.saved", utf8=True)
    _say_hints(lang, answers_file=answers_file, budget_file=budget_file)


def _say_hints(lang: Lang, *, answers_file: Path | None, budget_file: Path | None) -> None:
    """What the person can add, on the terminal: the page is for a lawyer, and a
    command line in it helps no one who reads it (issue 24)."""
    from debthelp.hints import as_started

    if answers_file is None:
        say(as_started(t("report.no-answers-hint", lang)))
    if budget_file is None:
        say(as_started(t("report.no-budget-hint", lang)))


def register(app: typer.Typer) -> None:
    app.command(name="report")(report_cmd)
