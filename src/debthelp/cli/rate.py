"""``debthelp rate``: the true annual cost of a loan, against the legal lines.

The options are declared in ``rate`` and turned into a call of the core by
``rate_command``; ``register`` adds the command to the app (``cli.root``).
"""

from typing import Any

import typer

from debthelp.cli import output
from debthelp.cli.clicks import click
from debthelp.cli.options import (
    DOC_FORMATS,
    FormatOpt,
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
from debthelp.errors import InputError
from debthelp.i18n import Lang
from debthelp.term import can_prompt


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
    output.emit(
        fmt,
        lang,
        data=lambda: result.to_json(table=table),
        doc=lambda: rate_doc(result, lang, table=table),
    )


def register(app: typer.Typer) -> None:
    app.command()(rate)
