"""``debthelp report``: its options, handed to the adapter in ``cli.report_run``."""

from pathlib import Path
from typing import Annotated

import typer

from debthelp.cli.letter import (
    AnswersFileOpt,
    BudgetFileOpt,
    LenderOpt,
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
    lender: LenderOpt = None,
    lang: LangOpt = None,
    output: OutputOpt = None,
) -> None:
    """生成一个 HTML 报告，可在手机上给律师看，也可打印。/
    One HTML file to show a lawyer on a phone, or print.

    没有 -o 时写到标准输出（仅当输出被重定向时）。/
    Without -o it goes to standard output, only when that is redirected.

    例 / Example:  debthelp report --answers answers.json --budget budget.json --log -o report.html
    """
    from debthelp.cli.report_run import report_command

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


def register(app: typer.Typer) -> None:
    app.command(name="report")(report_cmd)
