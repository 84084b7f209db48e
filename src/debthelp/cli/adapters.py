"""One function per command: parse nothing, decide nothing, just connect.

``cli.root`` declares options; these functions call the core with explicit keyword
arguments and hand its result to a renderer. Kept apart from ``cli.root`` so the
options stay readable and start-up imports only what a command needs. The
commands of the first wave are here; each later command has its own module in
this package (``cli.check_run``, ``cli.log_run``...), imported only when run.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import click

from debthelp.errors import InputError
from debthelp.i18n import Lang, t
from debthelp.term import Stdout, can_prompt, say, stdout_is_tty, width, write

if TYPE_CHECKING:
    from debthelp.guidance import Guidance

# The catalogue key naming each kind of question, written out so every key is literal.
KIND_LABELS = {
    "single": "kind-single",
    "multi": "kind-multi",
    "yesno": "kind-yesno",
    "number": "kind-number",
}


def _out() -> tuple[bool, int]:
    return stdout_is_tty(), width()


def _emit(fmt: str, lang: Lang, *, data: Callable[[], Any], doc: Callable[[], Any]) -> None:
    """JSON from ``data()``, or the human formats from ``doc()`` (only one is built)."""
    from debthelp.cli.options import DOC_FORMATS, check_format
    from debthelp.render import dump_json, emit_doc

    # A format with no renderer here is refused, never drawn as plain text.
    check_format(fmt, DOC_FORMATS)
    if fmt == "json":
        write(dump_json(data()))
        return
    tty, columns = _out()
    # Stdout writes and flushes through term.write_raw and passes the rest to
    # sys.stdout: file-like in every way the renderers use.
    emit_doc(doc(), fmt, lang, cast("IO[str]", Stdout()), tty=tty, width=columns)


def tips_command(
    ctx: click.Context,
    *,
    lang: Lang,
    topics: list[str],
    list_only: bool,
    fmt: str,
    guidance_path: Path | None,
    pager: bool = True,
) -> None:
    from debthelp.guidance import load_guidance
    from debthelp.render import dump_json, tips_doc, tips_json

    guidance = load_guidance(guidance_path)
    known = [topic.id for topic in guidance.topics]
    chosen = [find_topic(guidance, topic, lang) for topic in topics] or known
    if list_only:
        if fmt == "json":
            data = {
                "lang": lang,
                "topics": [{"id": tp.id, "title": tp.title(lang)} for tp in guidance.topics],
            }
            write(dump_json(data))
        else:
            write(_topic_list(guidance, lang))
        return
    if pager and fmt == "auto" and _out()[0] and not topics:
        # Every topic is some 900 lines: on a screen the safety tips scroll away.
        if _paged(lang, lambda: tips_doc(guidance, chosen, lang)):
            return
        write(_topic_list(guidance, lang))
        from debthelp.hints import as_started

        title = guidance.topics[0].title(lang)
        say(as_started(t("tips-what-next", lang, first=known[0], title=title)))
        return
    _emit(
        fmt,
        lang,
        data=lambda: tips_json(guidance, chosen, lang),
        doc=lambda: tips_doc(guidance, chosen, lang),
    )


def _topic_list(guidance: Guidance, lang: Lang) -> str:
    from debthelp.render.cjk import cell_width

    pad = max(int(cell_width(tp.id)) for tp in guidance.topics)
    return "".join(
        f"{tp.id}{' ' * (pad - cell_width(tp.id))}  {tp.title(lang)}\n" for tp in guidance.topics
    )


def _paged(lang: Lang, doc: Callable[[], Any]) -> bool:
    """The doc through the pager, drawn for the screen; False when there is no pager."""
    import io

    from debthelp.pager import page, pager_command
    from debthelp.render import emit_doc

    if pager_command() is None:
        return False
    buffer = io.StringIO()
    emit_doc(doc(), "auto", lang, buffer, tty=True, width=_out()[1])
    return page(buffer.getvalue())


def find_topic(guidance: Guidance, word: str, lang: Lang) -> str:
    """A topic by its id, or by its title or part of it in either language
    (``debthelp tips 安全``, ``debthelp tips scams``, ``debthelp tips 骗局``)."""
    ids = [tp.id for tp in guidance.topics]
    if word in ids:
        return word
    wanted = word.strip().casefold()
    for exact in (True, False):
        found = [
            tp.id
            for tp in guidance.topics
            if any(
                (wanted == title.casefold()) if exact else (wanted and wanted in title.casefold())
                for title in (tp.title("zh"), tp.title("en"))
            )
        ]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise InputError("unknown-topic", value=word, valid=_topic_names(guidance, lang, found))
    raise InputError("unknown-topic", value=word, valid=_topic_names(guidance, lang, ids))


def _topic_names(guidance: Guidance, lang: Lang, ids: list[str]) -> str:
    return t("list-sep", lang).join(
        f"{tp.id}（{tp.title(lang)}）" if lang == "zh" else f"{tp.id} ({tp.title(lang)})"
        for tp in guidance.topics
        if tp.id in ids
    )


def validate_command(ctx: click.Context, *, lang: Lang, path: Path | None) -> None:
    from debthelp.guidance import (
        default_guidance_path,
        guidance_path,
        load_guidance,
        summary,
        validate_guidance,
    )
    from debthelp.rate import load_rate_texts

    guidance = validate_guidance(path)
    # The rate report's and the letters' legal sentences cite the shipped guidance's
    # sources (and the letters quote its words to say), even when an author checks
    # a guidance file of their own.
    shipped = default_guidance_path()
    if guidance_path(path).resolve() == shipped.resolve():
        reference = guidance
    else:
        reference = load_guidance(shipped)
    sources = reference.sources
    # The content rules (sources, hotlines, industry rules, misstatements, the
    # time bar) for every sentence of every shipped data file and catalogue.
    from debthelp.content_rules import check_shipped
    from debthelp.errors import GuidanceError

    content = check_shipped(
        sources, guidance=guidance_path(path), guidance_declared=guidance.sources
    )
    if content:
        raise GuidanceError("content-invalid", problems=tuple(content))
    load_rate_texts(sources=sources)  # raises, listing every problem, if it is broken
    from debthelp.check import load_patterns

    load_patterns(sources=sources)  # debthelp check's patterns, likewise

    from debthelp.letters import guidance_say, load_letter_texts

    load_letter_texts(sources=sources, say_elsewhere=guidance_say(reference))
    s = summary(guidance)
    write(
        t(
            "validate-ok",
            lang,
            path=str(guidance_path(path)),
            questions=s.questions,
            tips=s.tips,
            topics=s.topics,
            terms=s.terms,
            paths=s.paths,
        )
        + "\n"
    )


def graph_command(ctx: click.Context, *, lang: Lang, fmt: str, guidance_path: Path | None) -> None:
    from debthelp.diagram import to_dot, to_mermaid
    from debthelp.guidance import load_guidance

    guidance = load_guidance(guidance_path)
    write(to_mermaid(guidance, lang) if fmt == "mermaid" else to_dot(guidance, lang))


def questions_data(guidance: Any, lang: Lang) -> list[dict[str, Any]]:
    from debthelp.guidance.kinds import kind_of

    out = []
    for question in guidance.questions.values():
        entry: dict[str, Any] = {
            "id": question.id,
            "kind": question.kind,
            "text": question.text(lang),
        }
        entry["why"] = question.why(lang) if question.why else ""
        entry.update(kind_of(question).listing(question, lang))
        out.append(entry)
    return out


def questions_command(
    ctx: click.Context, *, lang: Lang, fmt: str, guidance_path: Path | None
) -> None:
    from debthelp.guidance import load_guidance
    from debthelp.render import dump_json

    guidance = load_guidance(guidance_path)
    data = questions_data(guidance, lang)
    if fmt == "json":
        write(dump_json({"lang": lang, "start": guidance.start, "questions": data}))
        return
    from debthelp.render import wrap

    columns = _out()[1]
    lines = []
    for entry in data:
        lines.append(f"{entry['id']}  ({t(KIND_LABELS[entry['kind']], lang)})")
        lines.extend(wrap(entry["text"], columns, "    "))
        for value in entry.get("values", []):
            lines.extend(wrap(f"{value['value']}: {value['label']}", columns, "      ", "    - "))
        if entry["kind"] == "number":
            low = "…" if entry["min"] is None else f"{entry['min']:g}"
            high = "…" if entry["max"] is None else f"{entry['max']:g}"
            lines.append(f"    {t('number-range', lang, low=low, high=high)}")
            if entry["optional"]:
                lines.append(f"    {t('number-optional', lang)}")
        lines.append("")
    write("\n".join(lines))


def advise_command(
    ctx: click.Context,
    *,
    lang: Lang,
    guidance_path: Path | None,
    answers_file: Path | None,
    answer: list[str],
    fmt: str,
    save_answers: str | Path | None,
    full: bool = False,
    welcomed: bool = False,
) -> None:
    from debthelp.engine import advise, coerce_all, missing_answers, with_blanks
    from debthelp.files import dump_answers, parse_pairs, read_answers
    from debthelp.guidance import load_guidance
    from debthelp.render import fit_plan, plan_doc, plan_json

    guidance = load_guidance(guidance_path)
    if not guidance.questions:
        raise InputError("no-questions")
    raw: dict[str, Any] = {}
    if answers_file is not None:
        raw.update(read_answers(answers_file))
    raw.update(parse_pairs(answer))
    answers = coerce_all(guidance, raw)
    if not can_prompt():
        answers = with_blanks(guidance, answers)
    missing = missing_answers(guidance, answers)
    interactive = False
    if missing:
        if not can_prompt():
            # Name every missing answer at once: one round trip, not one per question.
            raise InputError(
                "answer-missing-all",
                questions=", ".join(missing),
                example=f"--answer {missing[0]}=…",
            )
        if not welcomed:
            say(t("welcome", lang))
        from debthelp.cli.check_run import show_check
        from debthelp.wizard import run_wizard

        answers = run_wizard(
            guidance, lang, answers, on_court_text=lambda text: show_check(text, lang)
        )
        interactive = True
    plan = advise(guidance, answers, today=_today(), full=full)
    if save_answers is not None:
        # "-" is refused (stdout is the plan); the note names each command that uses it.
        from debthelp.cli.save import save
        from debthelp.hints import answers_saved

        save(
            save_answers,
            dump_answers(dict(plan.answers)),
            lang,
            note=lambda p: answers_saved(lang, p),
        )
    # On a screen or in a text file the plan must stay short; Markdown (kept,
    # shared) and JSON (for programs) carry the whole plan.
    shown = plan if full or fmt in ("json", "markdown") else fit_plan(guidance, plan, lang, 80)
    _emit(
        fmt,
        lang,
        data=lambda: plan_json(guidance, plan, lang),
        doc=lambda: plan_doc(guidance, shown, lang),
    )
    if interactive:
        if not _out()[0]:
            # The person sees the questions but not the plan: say where it went.
            say(t("plan-redirected", lang))
        else:
            from debthelp.render import to_markdown
            from debthelp.wizard import offer_to_save

            offer_to_save(
                lang,
                lambda: to_markdown(plan_doc(guidance, plan, lang), lang),
                answers=None
                if save_answers is not None
                else lambda: dump_answers(dict(plan.answers)),
            )


def _today() -> dt.date:
    """Today, or DEBTHELP_TODAY (YYYY-MM-DD) so a deadline's date can be reproduced."""
    fixed = os.environ.get("DEBTHELP_TODAY", "").strip()
    if fixed:
        try:
            return dt.date.fromisoformat(fixed)
        except ValueError:
            raise InputError("bad-today", value=fixed) from None
    return dt.date.today()


def explain_command(
    ctx: click.Context, *, lang: Lang, term: str | None, fmt: str, guidance_path: Path | None
) -> None:
    from debthelp.glossary import find_term
    from debthelp.guidance import load_guidance
    from debthelp.render import glossary_doc, glossary_json

    guidance = load_guidance(guidance_path)
    terms = list(guidance.terms) if term is None else [find_term(guidance, term, lang)]
    _emit(
        fmt,
        lang,
        data=lambda: glossary_json(guidance, terms, lang),
        doc=lambda: glossary_doc(guidance, terms, lang),
    )


def rate_command(
    ctx: click.Context, *, lang: Lang, fmt: str, values: dict[str, Any], table: bool = False
) -> None:
    from debthelp.rate import compute_rate, load_lpr_table, missing_inputs
    from debthelp.render import rate_doc

    values = dict(values)
    missing = missing_inputs(values)
    if missing:
        if not can_prompt():
            raise InputError("missing-flag", flag=missing[0])
        from debthelp.wizard import ask_rate_values

        values = ask_rate_values(lang, values)
    result = compute_rate(lpr_table=load_lpr_table(), **values)
    _emit(
        fmt,
        lang,
        data=lambda: result.to_json(table=table),
        doc=lambda: rate_doc(result, lang, table=table),
    )
