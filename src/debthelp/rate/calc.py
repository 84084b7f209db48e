"""The calculation: what one loan really costs a year, and the lines that rate crosses.

Owns ``compute_rate`` (every way of entering a loan, to one ``RateResult``) and
``solve_apr`` (the one-call rate of equal instalments). ``compute_rate`` turns
what the borrower actually received and what they pay back into the periodic
internal rate of return (IRR) of those cash flows, the annual rate as Chinese
disclosure rules count it (periodic IRR x periods per year, every interest
charge and fee included, on the money actually received), the effective annual
rate with compounding, and the lines that rate is compared with. Nothing here
prints, prompts or rounds.
"""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path
from typing import Any

from debthelp.errors import InputError
from debthelp.rate.amounts import Loan, amortise, exact_sum, fen
from debthelp.rate.inputs import RateInputs, missing_inputs, read_inputs
from debthelp.rate.lines import judge_lines, notes_for
from debthelp.rate.lpr import LprTable, lpr_on
from debthelp.rate.quotes import flat_payments
from debthelp.rate.result import RateResult
from debthelp.rate.rules import PERIODS_PER_YEAR, payment_days, regular_every
from debthelp.rate.schedule import Schedule, read_schedule
from debthelp.rate.solver import solve_periodic_rate
from debthelp.rate.values import parse_amount, parse_choice, parse_count, parse_fee, parse_periods

# --------------------------------------------------------------------------- computing


def solve_apr(received: object, payment: object, periods: object, every: object = "month") -> float:
    """The annual rate in percent (IRR x periods a year) of equal instalments.

    The one-call form for other commands: ``received`` in cash, ``periods``
    payments of ``payment`` every ``every`` (month, biweekly, week, day).
    Raises ``InputError`` for bad values, like ``compute_rate``.
    """
    got = parse_amount(received, name="--received")
    each = parse_amount(payment, name="--payment")
    count = parse_periods(periods)
    unit = parse_choice(every, tuple(PERIODS_PER_YEAR), "rate.every-bad")
    flows = [(0.0, got)] + [(float(k), -each) for k in range(1, count + 1)]
    return solve_periodic_rate(flows) * PERIODS_PER_YEAR[unit] * 100


def compute_rate(
    *,
    received: object,
    payment: object = None,
    periods: object = None,
    every: object = None,
    schedule: Schedule | Path | str | None = None,
    borrowed: object = None,
    lender: object = "unknown",
    signed: object = None,
    lpr: object = None,
    lpr_table: LprTable,
    monthly_rate: object = None,
    daily_rate: object = None,
    fee: object = None,
    fee_each: object = None,
    paid: object = None,
    paid_amount: object = None,
    charged_on: object = None,
) -> RateResult:
    """The annual rate of one loan, the lines it is compared with and what each allows.

    Give either ``periods`` with ``payment`` (equal instalments every
    ``every``, default a month) or with a quoted flat ``monthly_rate`` or
    ``daily_rate`` (等本等息: interest on the whole contract amount for the
    whole term), or a ``schedule`` (a ``Schedule`` or a path to one). ``fee``
    is paid once when the money arrives, ``fee_each`` with every payment.
    ``paid`` (payments made) or ``paid_amount`` (money paid) adds what has been
    paid so far against each line. Numbers, percentages and dates may be given
    as text, as a person typed them; every bad value raises ``InputError``.
    """
    given = read_inputs(
        received=received,
        borrowed=borrowed,
        lender=lender,
        signed=signed,
        lpr=lpr,
        fee=fee,
        fee_each=fee_each,
        every=every,
        paid=paid,
        paid_amount=paid_amount,
        monthly_rate=monthly_rate,
        daily_rate=daily_rate,
        charged_on=charged_on,
    )
    instalments: dict[str, Any] = {}
    plan: Schedule | None = None
    if schedule is not None:
        if payment is not None or periods is not None or given.flat is not None:
            raise InputError("rate.payment-and-schedule")
        if given.fee_each:
            raise InputError("rate.fee-each-and-schedule")
        plan = schedule if isinstance(schedule, Schedule) else read_schedule(schedule)
        loan = _schedule_loan(plan, given.received, given.every)
    else:
        loan, instalments = _instalment_loan(given, payment, periods)
    if given.fee:
        loan = _with_fee_at_start(loan, plan, given.received, given.fee)
    return _rate_result(
        given,
        loan,
        plan,
        instalments,
        lpr_table=lpr_table,
        paid=paid,
        paid_amount=paid_amount,
    )


def _rate_result(
    given: RateInputs,
    loan: Loan,
    plan: Schedule | None,
    instalments: dict[str, Any],
    *,
    lpr_table: LprTable,
    paid: object,
    paid_amount: object,
) -> RateResult:
    """The loan's rate solved, judged against each line, and every figure of the result."""
    got, contract, who, signed_day, given_lpr = given[:5]
    at_start, each_fee, flat, on = given.fee, given.fee_each, given.flat, given.charged_on
    signed_from = None
    if signed_day is not None:
        signed_from = "flag"
    elif plan is not None:
        signed_day, signed_from = plan.start, "schedule"

    first_day = exact_sum(-a for t, a in loan.flows[1:] if t == 0)
    principal = exact_sum([got, -first_day])
    asked = exact_sum(-a for t, a in loan.flows[1:] if t > 0)
    # Solved on the principal itself, so a fee taken at once and the same loan
    # entered as a smaller cash amount give the very same figures (M1).
    periodic = solve_periodic_rate([(0.0, principal)] + [f for f in loan.flows[1:] if f[0] > 0])
    apr = periodic * loan.per_year * 100
    fixing = lpr_on(lpr_table, signed_day) if signed_day is not None and given_lpr is None else None
    lpr_used = given_lpr if given_lpr is not None else (fixing.one_year if fixing else None)
    count_paid, paid_money = _paid(paid, paid_amount, loan, first_day)
    lines = judge_lines(
        apr=apr,
        lender=who,
        signed=signed_day,
        lpr=lpr_used,
        loan=loan,
        principal=principal,
        count_paid=count_paid,
        paid_money=paid_money,
        periodic=periodic,
    )
    # The table sets each payment beside the lowest line that may apply (none when
    # less is paid back than received: there is no interest to split).
    table_line = next(
        (x.id for x in lines if x.percent is not None and x.applies is not False and periodic >= 0),
        None,
    )
    rows = amortise(loan, principal, periodic, lines, table_line)
    notes = notes_for(
        periodic=periodic,
        four_applies=lines[0].applies,
        signed=signed_day,
        given_lpr=given_lpr,
        fixing=fixing,
        table=lpr_table,
    )
    if signed_from == "schedule" and lines[0].applies is not False:
        notes = (*notes, "rate.note-signed-from-schedule")
    known_days = [d for d in loan.days if d is not None]
    return RateResult(
        apr_percent=apr,
        effective_annual_percent=(
            _effective_percent(loan.daily_apr / 36500, 365.0)
            if loan.daily_apr is not None
            else _effective_percent(periodic, loan.per_year)
        ),
        periodic_rate=periodic,
        periods_per_year=loan.per_year,
        received=got,
        borrowed=contract,
        total_paid=asked,
        total_cost=fen(asked - principal),
        upfront_deduction=fen((contract or got) - principal),
        lender=who,
        signed=signed_day,
        lpr_percent=lpr_used,
        lpr_source="given" if given_lpr is not None else (fixing.source if fixing else None),
        lines=lines,
        notes=notes,
        lpr_from=fixing.start if fixing else None,
        lpr_confirmed_through=lpr_table.confirmed_through,
        every=loan.every,
        schedule_start=plan.start if plan else None,
        schedule_end=max(p.day for p in plan.payments) if plan else None,
        payment_count=len(plan.payments) if plan else instalments["periods"],
        convention=loan.convention,
        daily_apr_percent=loan.daily_apr,
        fee_at_start=at_start,
        fee_each=each_fee,
        flat_rate=flat,
        charged_on=on if flat is not None else None,
        signed_from=signed_from,
        paid_so_far=paid_money,
        paid_count=count_paid,
        rows=rows,
        table_line=table_line,
        start=loan.start,
        end=max(known_days) if known_days else None,
        first_day_paid=first_day,
        **instalments,
    )


def _instalment_loan(
    given: RateInputs, payment: object, periods: object
) -> tuple[Loan, dict[str, Any]]:
    """Equal instalments (or a quoted flat rate's), with the result's instalment fields."""
    flat = given.flat
    missing = missing_inputs(
        {"received": given.received, "payment": payment, "periods": periods, "monthly_rate": flat}
    )
    if missing == ["--payment", "--periods"]:
        raise InputError("rate.need-payment-or-schedule")
    if missing == ["--payment"]:
        raise InputError("rate.need-payment")
    if missing == ["--periods"]:
        raise InputError("rate.need-periods")
    if flat is not None and payment is not None:
        raise InputError("rate.flat-and-payment")
    count = parse_periods(periods)
    unit = given.every or "month"
    if flat is None:
        bases = [parse_amount(payment, name="--payment")] * count
    else:
        bases = flat_payments(given.borrowed or given.received, count, unit, flat, given.charged_on)
    amounts = [float(Decimal(repr(b)) + Decimal(repr(given.fee_each))) for b in bases]
    start = given.signed
    loan = Loan(
        flows=[(0.0, given.received)] + [(float(k), -a) for k, a in enumerate(amounts, start=1)],
        per_year=PERIODS_PER_YEAR[unit],
        days=payment_days(start, unit, count),
        total_paid=math.fsum(amounts),
        every=unit,
        convention="instalment",
        start=start,
    )
    instalments: dict[str, Any] = {"payment": amounts[0], "periods": count}
    if amounts[-1] != amounts[0]:
        instalments["last_payment"] = amounts[-1]
    return loan, instalments


def _with_fee_at_start(loan: Loan, plan: Schedule | None, got: float, at_start: float) -> Loan:
    """The loan with a fee paid the day the money arrives."""
    if at_start >= got:
        raise InputError("rate.fee-too-big", fee=at_start, received=got)
    loan = Loan(
        flows=[(0.0, got), (0.0, -at_start), *loan.flows[1:]],
        per_year=loan.per_year,
        days=[loan.start, *loan.days],
        total_paid=loan.total_paid,
        every=loan.every,
        convention=loan.convention,
        start=loan.start,
        daily_apr=loan.daily_apr,
    )
    if plan is not None:  # the daily figure beside the headline counts the fee too
        loan = _with_daily(loan, plan, got, at_start)
    return loan


def _schedule_loan(plan: Schedule, got: float, every: str | None) -> Loan:
    if plan.received is not None and abs(plan.received - got) > 0.005:
        raise InputError(
            "rate.schedule-received-mismatch", path=plan.path, in_file=plan.received, received=got
        )
    if all(p.day == plan.start for p in plan.payments):
        raise InputError("rate.schedule-all-on-start", path=plan.path, start=plan.start.isoformat())
    same_day = math.fsum(p.amount for p in plan.payments if p.day == plan.start)
    if same_day >= got:
        raise InputError(
            "rate.schedule-repaid-on-start",
            path=plan.path,
            start=plan.start.isoformat(),
            paid=same_day,
            received=got,
        )
    days = [p.day for p in plan.payments]
    found = regular_every(plan.start, days, every)
    if every is not None and found is None:
        raise InputError("rate.every-schedule-mismatch", path=plan.path, every=every)
    ordered = sorted(plan.payments, key=lambda p: (p.day, p.row))
    daily_flows = [(0.0, got)] + [(float((p.day - plan.start).days), -p.amount) for p in ordered]
    # Solved on the principal (the first day's rows taken off), as compute_rate solves.
    net = [(0.0, exact_sum([got, -same_day]))] + [f for f in daily_flows[1:] if f[0] > 0]
    daily = solve_periodic_rate(net) * 365 * 100
    if found is None:
        return Loan(
            daily_flows,
            365.0,
            [p.day for p in ordered],
            plan.total,
            None,
            "daily",
            plan.start,
            daily,
        )
    index = {d: k for k, d in enumerate(sorted({d for d in days if d > plan.start}), start=1)}
    flows = [(0.0, got)] + [(float(index.get(p.day, 0)), -p.amount) for p in ordered]
    return Loan(
        flows,
        PERIODS_PER_YEAR[found],
        [p.day for p in ordered],
        plan.total,
        found,
        "instalment",
        plan.start,
        daily,
    )


def _with_daily(loan: Loan, plan: Schedule, got: float, fee: float) -> Loan:
    ordered = sorted(plan.payments, key=lambda p: (p.day, p.row))
    same_day = math.fsum(p.amount for p in ordered if p.day == plan.start)
    flows = [(0.0, exact_sum([got, -fee, -same_day]))] + [
        (float((p.day - plan.start).days), -p.amount) for p in ordered if p.day > plan.start
    ]
    daily = solve_periodic_rate(flows) * 365 * 100
    return Loan(
        loan.flows,
        loan.per_year,
        loan.days,
        loan.total_paid,
        loan.every,
        loan.convention,
        loan.start,
        daily,
    )


def _paid(
    paid: object, paid_amount: object, loan: Loan, first_day: float
) -> tuple[int | None, float | None]:
    """How many payment dates are behind the borrower, and the money paid so far."""
    if paid is not None:
        count = parse_count(paid, name="--paid")
        times = sorted({t for t, _ in loan.flows[1:] if t > 0})
        if count > len(times):
            raise InputError("rate.paid-too-many", paid=count, count=len(times))
        cutoff = times[count - 1] if count else 0.0
        return count, fen(math.fsum(-a for t, a in loan.flows[1:] if 0 < t <= cutoff))
    if paid_amount is not None:
        # Money paid so far counts a fee paid at the start; only what is paid
        # after that day is set against the payments.
        money = parse_fee(paid_amount, name="--paid-amount")
        return None, fen(max(0.0, money - first_day))
    return None, None


def _effective_percent(periodic: float, per_year: float) -> float:
    if periodic <= -1:
        return -100.0
    try:
        return math.expm1(per_year * math.log1p(periodic)) * 100
    except OverflowError:
        return math.inf
