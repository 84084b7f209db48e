"""The options of ``debthelp rate``, declared once (typer ``Annotated`` aliases).

Kept out of ``cli.root`` so that file stays a thin list of commands; the values
reach ``cli.rate.rate_command`` as typed, and the core parses them.
"""

from pathlib import Path
from typing import Annotated

import typer

ReceivedOpt = Annotated[
    str | None,
    typer.Option(
        "--received", help="实际到手的钱 / Cash that actually reached you.", show_default=False
    ),
]
PaymentOpt = Annotated[
    str | None,
    typer.Option("--payment", help="每期还款额 / Each equal repayment.", show_default=False),
]
PeriodsOpt = Annotated[
    str | None,
    typer.Option("--periods", help="期数 / Number of repayments.", show_default=False),
]
EveryOpt = Annotated[
    str | None,
    typer.Option(
        "--every",
        help="month、biweekly、week 或 day（默认 month；和 --schedule 一起用时检查还款表）/ "
        "How often: month (default), biweekly, week or day; with --schedule, checked "
        "against it.",
        show_default=False,
    ),
]
MonthlyRateOpt = Annotated[
    str | None,
    typer.Option(
        "--monthly-rate",
        help="对方报的月息（等本等息），如 1.5% / A quoted flat monthly rate, e.g. 1.5%.",
        show_default=False,
    ),
]
DailyRateOpt = Annotated[
    str | None,
    typer.Option(
        "--daily-rate",
        help="对方报的日息（等本等息），如 0.05% / A quoted flat daily rate, e.g. 0.05%.",
        show_default=False,
    ),
]
OnOpt = Annotated[
    str | None,
    typer.Option(
        "--on",
        help="报的利率按什么收息：whole（默认，按全部借款，等本等息）或 remaining（按还没还的余额）"
        " / What a quoted rate is charged on: whole (the default, flat on the whole amount) or "
        "remaining (on the balance still owed).",
        show_default=False,
    ),
]
FeeOpt = Annotated[
    str | None,
    typer.Option(
        "--fee",
        help="开始时另付的一次性费用（服务费、担保费、会员费）/ A one-off fee paid at the "
        "start, out of the cash received.",
        show_default=False,
    ),
]
FeeEachOpt = Annotated[
    str | None,
    typer.Option(
        "--fee-each",
        help="每期另付的费用 / A fee paid with every payment.",
        show_default=False,
    ),
]
PaidOpt = Annotated[
    str | None,
    typer.Option(
        "--paid", help="已经还了几期 / How many payments you have made.", show_default=False
    ),
]
PaidAmountOpt = Annotated[
    str | None,
    typer.Option(
        "--paid-amount",
        help="已经还了多少钱（含开始时付的费用）/ How much you have paid so far (a fee paid "
        "at the start included).",
        show_default=False,
    ),
]
TableOpt = Annotated[
    bool,
    typer.Option(
        "--table",
        help="列出每期的利息和本金 / Split each payment into interest and principal.",
    ),
]
ScheduleOpt = Annotated[
    Path | None,
    typer.Option(
        "--schedule",
        help="还款计划文件（CSV 或 YAML）。每条线允许的金额：把你自己的每笔还款按同一比例缩小，"
        "使总成本正好等于这条线，例如 800、1500、2000、1500 各乘 0.8875 / "
        "A file of dated payments (CSV or YAML). What a line allows on it: your own "
        "payments, each scaled by one factor so the loan costs exactly the line (e.g. 800, "
        "1500, 2000 and 1500 each times 0.8875).",
        show_default=False,
    ),
]
BorrowedOpt = Annotated[
    str | None,
    typer.Option("--borrowed", help="合同金额 / The amount on the contract.", show_default=False),
]
LenderOpt = Annotated[
    str,
    typer.Option(
        "--lender",
        help="放贷方类型 / Who lent: bank, credit-card, consumer-finance, small-loan, "
        "platform, private, unknown.",
    ),
]
SignedOpt = Annotated[
    str | None,
    typer.Option(
        "--signed",
        help="签合同日期，如 2025-06-01 或 2025年6月1日 / Date signed, e.g. 2025-06-01.",
        show_default=False,
    ),
]
LprOpt = Annotated[
    str | None,
    typer.Option(
        "--lpr", help="指定一年期LPR（%）/ Use this one-year LPR (%).", show_default=False
    ),
]
