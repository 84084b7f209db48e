"""``debthelp letter KIND``: its options (some shared with ``report``); see ``cli.letter_run``."""

from pathlib import Path
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
LenderOpt = Annotated[
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
    lender: LenderOpt = None,
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
    from debthelp.cli.letter_run import letter_command

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


def register(app: typer.Typer) -> None:
    app.command()(letter)
