"""``debthelp letter KIND``: one filled letter, as text or Markdown, on stdout or saved.

Its options (some shared with ``report``), ``register``, and the adapter.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debthelp.cli.clicks import click
from debthelp.errors import UsageError
from debthelp.i18n import Lang, t
from debthelp.term import say, stdout_is_tty, width

if TYPE_CHECKING:
    from debthelp.guidance import Guidance
    from debthelp.letters import EvidenceLog, LetterTexts, Situation
from typing import Annotated

import typer

from debthelp.cli.options import LangOpt, check_format, setup_lang

AnswersFileOpt = Annotated[
    Path | None,
    typer.Option(
        "--answers",
        help="向导保存的答案文件（advise --save-answers）/ The answers file the wizard saved.",
        show_default=False,
    ),
]
BudgetFileOpt = Annotated[
    Path | None,
    typer.Option(
        "--budget",
        help="debthelp budget --format json 保存的文件 / A file saved from "
        "debthelp budget --format json.",
        show_default=False,
    ),
]
UseLogOpt = Annotated[bool, typer.Option("--log", help="用证据记录 / Use the evidence log.")]
NameOpt = Annotated[
    str | None, typer.Option("--name", help="你的姓名 / Your name.", show_default=False)
]
LenderNameOpt = Annotated[
    str | None,
    typer.Option("--lender", help="放贷方名称 / The lender's name.", show_default=False),
]
# A string, not a Path: Path("mine/") drops the slash that shows a folder was meant.
OutputOpt = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        help="保存到文件（仅自己可读）/ Save to this file (readable only by you).",
        show_default=False,
    ),
]


def letter(
    ctx: typer.Context,
    kind: Annotated[
        str | None,
        typer.Argument(
            help="negotiate（协商还款）、complaint（投诉）、third-party-notice（给亲友的说明）、"
            "stop-third-party（停止联系第三方）、verify-debt（核对欠款）/ Which letter.",
            show_default=False,
        ),
    ] = None,
    answers: AnswersFileOpt = None,
    budget: BudgetFileOpt = None,
    use_log: UseLogOpt = False,
    name: NameOpt = None,
    lender: LenderNameOpt = None,
    account: Annotated[
        str | None,
        typer.Option(
            "--account", help="合同号或账户号 / Contract or account number.", show_default=False
        ),
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            help="填一个空：字段=内容，可重复 / Fill one blank, KEY=VALUE; repeatable.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text 或 markdown / text or markdown.")
    ] = "text",
    lang: LangOpt = None,
    output: OutputOpt = None,
    lender_type: Annotated[
        str | None,
        typer.Option(
            "--lender-type",
            help="放贷方类型，决定信里引用哪些规定 / The kind of lender, which decides the "
            "rules a letter cites: credit-card, bank, consumer-finance, small-loan, platform, "
            "private.",
            show_default=False,
        ),
    ] = None,
    amount_owed: Annotated[
        float | None,
        typer.Option(
            "--amount-owed",
            help="你认可的欠款金额（写进协商信就成了书面承认）/ The amount you accept you owe "
            "(in the negotiation letter it becomes a written acknowledgement).",
            show_default=False,
        ),
    ] = None,
    months_overdue: Annotated[
        float | None,
        typer.Option(
            "--months-overdue",
            help="逾期了几个月（30个月以上会先提醒诉讼时效）/ Months overdue (from 30, the "
            "letter's notes warn about the limitation period first).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """写一封可以直接发送的信，空着的地方会列出来。/ A letter ready to send; blanks are listed.

    例 / Examples:

    debthelp letter negotiate --answers answers.json --budget budget.json --name 张三

    debthelp letter complaint --log --lender-type platform --lender 某某借款

    debthelp letter stop-third-party --lender 某某借款 --lang en -o stop.txt
    """
    letter_command(
        ctx,
        lang=setup_lang(ctx, lang),
        kind=kind,
        answers_file=answers,
        budget_file=budget,
        use_log=use_log,
        name=name,
        lender=lender,
        account=account,
        fields=field or [],
        fmt=check_format(fmt, ("text", "markdown")),
        output=output,
        lender_type=lender_type,
        amount_owed=amount_owed,
        months_overdue=months_overdue,
    )


def load_letters(guidance: Guidance) -> LetterTexts:
    from debthelp.letters import guidance_say, load_letter_texts

    return load_letter_texts(None, sources=guidance.sources, say_elsewhere=guidance_say(guidance))


def kind_list(texts: LetterTexts, lang: Lang) -> str:
    """The kinds of letter, one a line with its title: "negotiate：协商还款申请书"."""
    from debthelp.letters import KINDS

    def title(kind: str) -> str:
        template = texts.letters.get(kind)
        return template.title(lang) if template is not None else kind

    colon = "：" if lang == "zh" else ": "
    return "\n" + "\n".join(f"  {k}{colon}{title(k)}" for k in KINDS)


def gather(
    *,
    lang: Lang,
    guidance: Guidance,
    texts: LetterTexts,
    answers_file: Path | None,
    budget_file: Path | None,
    log: EvidenceLog | None,
    name: str | None = None,
    lender: str | None = None,
    account: str | None = None,
    fields: list[str] | None = None,
    lender_type: str | None = None,
    amount_owed: float | None = None,
    months_overdue: float | None = None,
) -> tuple[dict[str, Any], dict[str, Any], Situation]:
    """(answers, values, situation): everything known for the letters, from files and flags."""
    from debthelp.cli.options import today as _today
    from debthelp.engine import coerce_all
    from debthelp.files import parse_pairs, read_answers
    from debthelp.letters import LENDER_TYPES, letter_situation, letter_values, read_budget

    if lender_type is not None and lender_type not in LENDER_TYPES:
        raise UsageError(
            "letters.bad-lender-type", value=lender_type, valid=", ".join(LENDER_TYPES)
        )
    if amount_owed is not None and not (math.isfinite(amount_owed) and amount_owed > 0):
        raise UsageError("letters.bad-amount-owed", value=f"{amount_owed:g}")
    if months_overdue is not None and not (
        math.isfinite(months_overdue) and 0 <= months_overdue <= 1200
    ):
        raise UsageError("letters.bad-months-overdue", value=f"{months_overdue:g}")

    answers: dict[str, Any] = {}
    if answers_file is not None:
        answers = dict(coerce_all(guidance, read_answers(answers_file)))
    budget = read_budget(budget_file) if budget_file is not None else None
    if budget is not None and lender is not None and budget.offers:
        names = [offer.name for offer in budget.offers]
        if lender.strip().casefold() not in {n.casefold() for n in names}:
            # Said, not left silent: the amounts stay blank in the letter (issue 24).
            say(
                t(
                    "letters.lender-not-in-budget",
                    lang,
                    lender=lender,
                    path=str(budget_file),
                    names=t("list-sep", lang).join(names),
                )
            )
    values = letter_values(
        lang=lang,
        answers=answers,
        budget=budget,
        log=log,
        name=name,
        lender=lender,
        account=account,
        fields=parse_pairs(fields or []),
        known_fields=texts.fields,
        today=_today(),
        amount_owed=amount_owed,
        months_overdue=months_overdue,
    )
    situation = letter_situation(
        answers=answers,
        log=log,
        budget=budget,
        lender=name_of_lender if isinstance(name_of_lender := values.get("lender"), str) else None,
        lender_type=lender_type,
        months_overdue=months_overdue,
    )
    return answers, values, situation


def letter_command(
    ctx: click.Context,
    *,
    lang: Lang,
    kind: str | None,
    answers_file: Path | None,
    budget_file: Path | None,
    use_log: bool,
    name: str | None,
    lender: str | None,
    account: str | None,
    fields: list[str],
    fmt: str,
    output: str | None,
    lender_type: str | None = None,
    amount_owed: float | None = None,
    months_overdue: float | None = None,
) -> None:
    from debthelp.cli.save import save_or_print
    from debthelp.guidance import load_guidance
    from debthelp.letters import KINDS, fill_letter, guidance_say, read_log
    from debthelp.render.letter_view import letter_markdown, letter_text

    guidance = load_guidance(None)
    texts = load_letters(guidance)
    if kind is None:
        # click's "Missing argument 'KIND'" is English only: name the five, in the
        # person's language, with what each is for (issue 24).
        raise UsageError("letters.need-kind", kinds=kind_list(texts, lang))
    if kind not in KINDS:
        raise UsageError("letters.bad-kind", value=kind, valid=kind_list(texts, lang))
    log = None
    if use_log:
        log = read_log(lang=lang)
        if not log.available:
            say(t("letters.no-log", lang))
    _answers, values, situation = gather(
        lang=lang,
        guidance=guidance,
        texts=texts,
        answers_file=answers_file,
        budget_file=budget_file,
        log=log,
        name=name,
        lender=lender,
        account=account,
        fields=fields,
        lender_type=lender_type,
        amount_owed=amount_owed,
        months_overdue=months_overdue,
    )
    letter = fill_letter(texts, kind, lang, values, say=guidance_say(guidance), situation=situation)
    if output == "-":  # the usual name for standard output
        output = None
    if fmt == "markdown":
        text = letter_markdown(guidance, letter, lang)
    else:
        # On a screen the notes after the letter are wrapped; in a file or pipe, nothing is.
        on_screen = output is None and stdout_is_tty()
        text = letter_text(guidance, letter, lang, width() if on_screen else None)
    save_or_print(output, text, lang, note="letters.saved")


def register(app: typer.Typer) -> None:
    app.command()(letter)
