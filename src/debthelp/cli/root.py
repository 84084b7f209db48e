"""The app, its root command (the wizard) and the first wave's commands; ``main``.

Options are shared from ``options``; failures are caught in ``catch``.
"""

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from debthelp import __version__
from debthelp.cli.budget import budget
from debthelp.cli.catch import ROOT_LANG_KEY, DebtHelpGroup, only_the_command_named, report, run
from debthelp.cli.check import check
from debthelp.cli.letter import letter, report_cmd
from debthelp.cli.log import log_app
from debthelp.cli.options import (
    DOC_FORMATS,
    FormatOpt,
    GuidanceOpt,
    LangOpt,
    check_format,
    setup_lang,
)
from debthelp.cli.options_rate import (
    BorrowedOpt,
    DailyRateOpt,
    EveryOpt,
    FeeEachOpt,
    FeeOpt,
    LenderOpt,
    LprOpt,
    MonthlyRateOpt,
    OnOpt,
    PaidAmountOpt,
    PaidOpt,
    PaymentOpt,
    PeriodsOpt,
    ReceivedOpt,
    ScheduleOpt,
    SignedOpt,
    TableOpt,
)
from debthelp.cli.page import page
from debthelp.i18n import t
from debthelp.term import can_prompt, say, write

__all__ = ["app", "main", "only_the_command_named", "report"]

app = typer.Typer(
    cls=DebtHelpGroup,
    name="debthelp",
    add_completion=False,
    no_args_is_help=False,
    # Tracebacks with local variables could show someone's debts: never.
    pretty_exceptions_enable=False,
    # Plain click help: rich help would cost ~40 ms of imports on every --help.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=(
        "网贷催收自助指南：离线运行，不联网，除非你要求否则不保存任何内容。\n\n"
        "Help with online-loan (网贷) debt collection in mainland China. Offline and private: "
        "nothing is sent anywhere, and nothing is saved unless you ask.\n\n"
        "Run `debthelp` on its own to answer a few questions and get a plan.\n\n"
        "Not legal advice. / 本工具不构成法律意见。"
    ),
)


def _version(value: bool) -> None:
    if value:
        write(f"debthelp {__version__}\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="显示版本 / Show the version."
        ),
    ] = False,
    lang: LangOpt = None,
) -> None:
    # `debthelp --lang en` starts the wizard in English; before a command, it
    # applies to that command (whose own --lang still wins).
    ctx.meta[ROOT_LANG_KEY] = lang
    if ctx.invoked_subcommand is not None:
        return
    lang = setup_lang(ctx, lang)
    if can_prompt():
        # The opening screen comes first, before the guidance is read or the
        # prompt library imported: a frightened person sees words at once.
        say(t("welcome", lang))
        from debthelp.cli.adapters import advise_command

        advise_command(
            ctx,
            lang=lang,
            guidance_path=None,
            answers_file=None,
            answer=[],
            fmt="auto",
            save_answers=None,
            welcomed=True,
        )
        return
    say(t("no-terminal-help", lang))


@app.command()
def tips(
    ctx: typer.Context,
    topic: Annotated[
        list[str] | None,
        typer.Argument(help="主题 id 或名称（可多个）/ Topic ids or names.", show_default=False),
    ] = None,
    list_topics: Annotated[
        bool, typer.Option("--list", help="只列出主题 / List the topics only.")
    ] = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="在终端上也不分页，一次显示全部 / Print it all at once on a terminal too.",
        ),
    ] = False,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
    guidance: GuidanceOpt = None,
) -> None:
    """按主题查看全部建议（终端上分页显示）。/ All the advice, by topic (paged on a terminal).

    例 / Examples:

    debthelp tips

    debthelp tips 安全

    debthelp tips safety scams --lang en

    debthelp tips --format json > tips.json
    """
    from debthelp.cli.adapters import tips_command

    tips_command(
        ctx,
        lang=setup_lang(ctx, lang),
        topics=topic or [],
        list_only=list_topics,
        fmt=check_format(fmt, DOC_FORMATS),
        guidance_path=guidance,
        pager=not no_pager,
    )


@app.command()
def validate(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(help="要检查的指导文件 / The guidance file to check.", show_default=False),
    ] = None,
    lang: LangOpt = None,
    guidance: GuidanceOpt = None,
) -> None:
    """检查指导文件，一次列出所有问题。/ Check a guidance file and list every problem.

    例 / Example:  debthelp validate data/guidance.yaml
    """
    from debthelp.cli.adapters import validate_command

    validate_command(ctx, lang=setup_lang(ctx, lang), path=path or guidance)


@app.command()
def graph(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="mermaid 或 dot / mermaid or dot.")
    ] = "mermaid",
    lang: LangOpt = None,
    guidance: GuidanceOpt = None,
) -> None:
    """把问题树画成图（Mermaid 或 Graphviz dot）。/ The question tree as a diagram.

    例 / Example:  debthelp graph --format dot | dot -Tsvg > tree.svg
    """
    from debthelp.cli.adapters import graph_command

    graph_command(
        ctx,
        lang=setup_lang(ctx, lang),
        fmt=check_format(fmt, ("mermaid", "dot")),
        guidance_path=guidance,
    )


@app.command()
def questions(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text 或 json / text or json.")
    ] = "text",
    lang: LangOpt = None,
    guidance: GuidanceOpt = None,
) -> None:
    """列出所有问题、题型和可选答案，便于写答案文件。/ Every question, its kind and valid answers.

    例 / Example:  debthelp questions --format json
    """
    from debthelp.cli.adapters import questions_command

    questions_command(
        ctx,
        lang=setup_lang(ctx, lang),
        fmt=check_format(fmt, ("text", "json")),
        guidance_path=guidance,
    )


@app.command()
def advise(
    ctx: typer.Context,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            help="答案文件（YAML 或 JSON）/ An answers file (YAML or JSON).",
            show_default=False,
        ),
    ] = None,
    answer: Annotated[
        list[str] | None,
        typer.Option(
            "--answer",
            help="单个答案 id=值，可重复 / One answer, ID=VALUE; repeatable.",
            show_default=False,
        ),
    ] = None,
    # A string, not a Path: Path("mine/") drops the slash that shows a folder was meant.
    save_answers: Annotated[
        str | None,
        typer.Option(
            "--save-answers",
            help="把答案保存到文件（仅自己可读）/ Save the answers (readable only by you).",
            show_default=False,
        ),
    ] = None,
    full: Annotated[
        bool,
        typer.Option(
            "--full",
            help="显示全部步骤的完整内容 / Show every step in full, not only the first 12.",
        ),
    ] = False,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
    guidance: GuidanceOpt = None,
) -> None:
    """回答几个问题，得到按紧急程度排列的行动计划。/
    Answer a few questions, get a plan, most urgent first.

    例 / Examples:  debthelp advise     debthelp advise --answers my.yaml --format text
    """
    from debthelp.cli.adapters import advise_command

    advise_command(
        ctx,
        lang=setup_lang(ctx, lang),
        guidance_path=guidance,
        answers_file=answers,
        answer=answer or [],
        fmt=check_format(fmt, DOC_FORMATS),
        save_answers=save_answers,
        full=full,
    )


@app.command()
def explain(
    ctx: typer.Context,
    term: Annotated[
        str | None,
        typer.Argument(
            help="术语（中文、英文或 id）/ A term, in Chinese, English or by id.",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
    guidance: GuidanceOpt = None,
) -> None:
    """用大白话解释法律和金融术语。/ Plain-language explanations of legal and money terms.

    例 / Examples:  debthelp explain     debthelp explain 支付令     debthelp explain lpr --lang en
    """
    from debthelp.cli.adapters import explain_command

    explain_command(
        ctx,
        lang=setup_lang(ctx, lang),
        term=term,
        fmt=check_format(fmt, DOC_FORMATS),
        guidance_path=guidance,
    )


@app.command()
def rate(
    ctx: typer.Context,
    received: ReceivedOpt = None,
    payment: PaymentOpt = None,
    periods: PeriodsOpt = None,
    every: EveryOpt = None,
    schedule: ScheduleOpt = None,
    borrowed: BorrowedOpt = None,
    monthly_rate: MonthlyRateOpt = None,
    daily_rate: DailyRateOpt = None,
    on: OnOpt = None,
    fee: FeeOpt = None,
    fee_each: FeeEachOpt = None,
    lender: LenderOpt = "unknown",
    signed: SignedOpt = None,
    lpr: LprOpt = None,
    paid: PaidOpt = None,
    paid_amount: PaidAmountOpt = None,
    table: TableOpt = False,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
) -> None:
    """算出借款的真实年化成本，并对照法律和监管的红线。/
    The true annual cost of a loan, against the legal and regulatory lines.

    例 / Example:

    debthelp rate --received 8000 --borrowed 10000 --payment 1000 --periods 12
    --lender private --signed 2025-06-01

    debthelp rate --received 10000 --monthly-rate 1.5% --fee 300 --periods 12 --paid 3
    """
    from debthelp.cli.adapters import rate_command

    values = {
        "received": received,
        "payment": payment,
        "periods": periods,
        "every": every,
        "schedule": schedule,
        "borrowed": borrowed,
        "lender": lender,
        "signed": signed,
        "lpr": lpr,
        "monthly_rate": monthly_rate,
        "daily_rate": daily_rate,
        "fee": fee,
        "fee_each": fee_each,
        "paid": paid,
        "paid_amount": paid_amount,
        "charged_on": on,
    }
    rate_command(
        ctx,
        lang=setup_lang(ctx, lang),
        fmt=check_format(fmt, DOC_FORMATS),
        values=values,
        table=table,
    )


# `check` declares its options in its own module, to keep this file short.
app.command()(check)

# `letter` and `report` are declared in their own module, so this one stays short.
app.command()(letter)
app.command(name="report")(report_cmd)

# A command group of five: its options are declared in their own module.
app.add_typer(log_app)

# `budget` declares its options in its own module, to keep this file short.
app.command()(budget)

# `page` (the offline HTML page for a phone) too.
app.command()(page)


def main() -> NoReturn:
    """The console script."""
    argv = sys.argv[1:]
    run(only_the_command_named(app, argv), argv)
