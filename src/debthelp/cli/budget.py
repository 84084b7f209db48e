"""The options of ``debthelp budget``, declared apart so ``cli.root`` stays short.

Registered in ``cli.root`` with ``app.command()(budget)``; like every command it
only parses options and hands them to ``cli.budget_run``.
"""

from pathlib import Path
from typing import Annotated

import typer

from debthelp.cli.options import DOC_FORMATS, FormatOpt, LangOpt, check_format, setup_lang


def budget(
    ctx: typer.Context,
    debts: Annotated[
        Path | None,
        typer.Option(
            "--debts",
            help="欠款文件（YAML 或 CSV）/ A file of your debts (YAML or CSV).",
            show_default=False,
        ),
    ] = None,
    income: Annotated[
        str | None,
        typer.Option("--income", help="每月收入（元）/ Income a month (yuan).", show_default=False),
    ] = None,
    expenses: Annotated[
        str | None,
        typer.Option(
            "--expenses",
            help="每月基本生活开支（元）/ Essential living costs a month (yuan).",
            show_default=False,
        ),
    ] = None,
    strategy: Annotated[
        str,
        typer.Option(
            "--strategy", help="avalanche、snowball、pro-rata 或 all / Which way(s) to compare."
        ),
    ] = "all",
    extra: Annotated[
        str | None,
        typer.Option(
            "--extra",
            help="在最低还款之外每月多还（元）/ Pay this much a month above the minimums.",
            show_default=False,
        ),
    ] = None,
    csv_file: Annotated[
        str | None,
        typer.Option(
            "--csv",
            help="把逐月还款表存为 CSV（仅自己可读）/ "
            "Save the schedule as CSV (readable only by you).",
            show_default=False,
        ),
    ] = None,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            help="向导的答案文件，用来预填 / The wizard's answers file, to prefill.",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
) -> None:
    """算一算每月能还多少、给每家提多少、多久还清。/
    What you can pay each month, what to offer each lender, how long it takes.

    例 / Example:

    debthelp budget --debts debts.yaml --income 6000 --expenses 4500
    """
    from debthelp.cli.budget_run import budget_command

    budget_command(
        ctx,
        lang=setup_lang(ctx, lang),
        fmt=check_format(fmt, DOC_FORMATS),
        debts_file=debts,
        income=income,
        expenses=expenses,
        strategy=strategy,
        extra=extra,
        csv_file=csv_file,
        answers_file=answers,
    )


def register(app: typer.Typer) -> None:
    app.command()(budget)
