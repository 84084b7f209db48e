"""The lines a rate is compared with: which apply, what each allows, the amortisation table.

Owns ``Loan`` (the cash flows of one loan however it was entered),
``judge_lines`` (each line's applicability by lender and date, with what it
allows on the cash received, fact 1a-4), ``amortise`` (each payment's interest
and principal, by the contract and under a line) and ``notes_for`` (what the
report must add about the signing day and the LPR).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from debthelp.rate.lpr import LprFixing, LprTable
from debthelp.rate.result import LineAmounts, RateLine, Row
from debthelp.rate.rules import (
    CRIMINAL_LINE,
    DEPENDS,
    FIRST_LPR,
    FOUR_LPR_FROM,
    LICENSED,
    LINE_EPS,
    LPR_MULTIPLE,
    MAYBE_SMALL_LOAN,
    SMALL_LOAN_CAP,
    SMALL_LOAN_CAP_FROM,
    SMALL_LOAN_CAP_SURE,
)


@dataclass(frozen=True)
class Loan:
    """The cash flows of one loan, however it was entered."""

    flows: list[tuple[float, float]]  # (time in periods, +received / -paid)
    per_year: float
    days: list[date | None]  # the day of each payment (flows[1:]), when known
    total_paid: float
    every: str | None
    convention: str
    start: date | None
    daily_apr: float | None = None


def fen(value: float) -> float:
    """``value`` to the fen, halves up as a bill rounds them (545.625 -> 545.63)."""
    if not math.isfinite(value) or abs(value) >= 1e15:
        # A float this large has no fen left to round, and Decimal's 28-digit
        # context would refuse to quantize it (a payment 140 years away did it).
        return value
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _line_amounts(
    percent: float,
    loan: Loan,
    principal: float,
    count_paid: int | None,
    paid_money: float | None,
) -> LineAmounts:
    """The same payment dates, scaled so the loan costs exactly ``percent`` a year."""
    rate = percent / 100 / loan.per_year
    later = [(t, -a) for t, a in loan.flows[1:] if t > 0]
    worth = math.fsum(a * _discount(rate, t) for t, a in later)
    share = principal / worth if worth > 0 else 0.0
    allowed = [fen(share * a) for _, a in later]
    total = fen(math.fsum(allowed))
    asked = loan.total_paid
    amounts = LineAmounts(
        payment=allowed[0] if loan.convention == "instalment" and _equal(later) else None,
        total=total,
        above=max(0.0, fen(asked - total)),
        share=share,
    )
    if paid_money is None:
        return amounts
    if count_paid is not None:
        times = sorted({t for t, _ in later})
        cutoff = times[count_paid - 1] if count_paid else 0.0
        so_far = round(
            math.fsum(x for (t, _), x in zip(later, allowed, strict=True) if t <= cutoff), 2
        )
    else:
        first_day = asked - math.fsum(a for _, a in later)
        so_far = fen(min(total, share * max(0.0, paid_money - first_day)))
    return LineAmounts(
        payment=amounts.payment,
        total=total,
        above=amounts.above,
        share=share,
        paid_so_far=fen(paid_money),
        allowed_so_far=so_far,
        balance_at_most=max(0.0, fen(total - paid_money)),
    )


def _equal(later: list[tuple[float, float]]) -> bool:
    return len({t for t, _ in later}) == len(later) and len({fen(a) for _, a in later}) == 1


def _discount(rate: float, time: float) -> float:
    try:
        return math.exp(-time * math.log1p(rate))
    except OverflowError:  # pragma: no cover - rates are at most 36% a year
        return 0.0


def amortise(
    loan: Loan, principal: float, periodic: float, lines: tuple[RateLine, ...], line_id: str | None
) -> tuple[Row, ...]:
    """The amortisation table: each payment date's interest and principal, at the
    contract's own rate and under ``line_id`` (the lowest line that may apply)."""
    by_time: dict[float, float] = {}
    day_of: dict[float, date | None] = {}
    for (t, a), day in zip(loan.flows[1:], loan.days, strict=True):
        if t > 0:
            by_time[t] = by_time.get(t, 0.0) + -a
            day_of[t] = day
    line = next((x for x in lines if x.id == line_id), None)
    rate = None if line is None or line.percent is None else line.percent / 100 / loan.per_year
    share = line.amounts.share if line is not None and line.amounts is not None else None
    rows = []
    balance = line_balance = principal
    before = 0.0
    for t in sorted(by_time):
        amount = by_time[t]
        interest = balance * _grow(periodic, t - before)
        balance -= amount - interest
        row = Row(day_of[t], t, amount, interest, amount - interest)
        if rate is not None and share is not None:
            allowed = fen(share * amount)
            line_interest = line_balance * _grow(rate, t - before)
            line_balance -= allowed - line_interest
            row = Row(
                row.day,
                t,
                amount,
                interest,
                row.principal,
                allowed,
                line_interest,
                allowed - line_interest,
            )
        rows.append(row)
        before = t
    return tuple(rows)


def _grow(rate: float, time: float) -> float:
    """(1 + rate) ** time - 1, without overflow (an absurd rate gives a huge finite number)."""
    try:
        return math.expm1(time * math.log1p(rate)) if rate > -1 else -1.0
    except OverflowError:
        return math.inf


def _over(apr: float, percent: float | None, periodic: float) -> bool | None:
    if percent is None or periodic < 0:
        return None  # no figure, or less paid back than received: nothing to compare
    return apr > percent + LINE_EPS


def judge_lines(
    *,
    apr: float,
    lender: str,
    signed: date | None,
    lpr: float | None,
    loan: Loan,
    principal: float,
    count_paid: int | None,
    paid_money: float | None,
    periodic: float,
) -> tuple[RateLine, ...]:
    before_4lpr = signed is not None and signed < FOUR_LPR_FROM
    four = None if lpr is None or before_4lpr else LPR_MULTIPLE * lpr
    # 4 x LPR: private lending only (1a-1, 1a-6, 1a-7); the old rule before 2020-08-20 (1a-8).
    four_applies: bool | None
    if lender in LICENSED:
        four_applies, four_why = False, "licensed-lender"
    elif lender in DEPENDS:
        four_applies, four_why = None, "depends-on-lender"
    elif before_4lpr:
        four_applies, four_why = None, "signed-before-2020-08-20"
    else:
        four_applies, four_why = True, "private-lender"
    # 24%: small-loan companies, from January 2026 (1b-4; the day is not verified).
    small: bool | None
    if lender not in MAYBE_SMALL_LOAN:
        small, small_why = False, "not-small-loan"
    elif lender == "unknown":
        small, small_why = None, "depends-on-lender"
        if signed is not None and signed < SMALL_LOAN_CAP_FROM:
            small_why = "signed-before-2026"
    elif signed is None:
        small, small_why = None, "need-signed"
    elif signed < SMALL_LOAN_CAP_FROM:
        small, small_why = False, "signed-before-2026"
    elif signed < SMALL_LOAN_CAP_SURE:
        small, small_why = None, "signed-january-2026"
    elif lender == "small-loan":
        small, small_why = True, "small-loan-lender"
    else:
        small, small_why = None, "depends-on-lender"
    # 36%: a criminal-law line for habitual unlicensed lending to the public (1b-6).
    crim: bool | None
    if lender in LICENSED:
        crim, crim_why = False, "licensed-lender"
    elif lender in DEPENDS:
        crim, crim_why = None, "depends-on-lender"
    else:
        crim, crim_why = True, "unlicensed-lender"
    # Bank cards: a court may reduce excessive charges (1a-note); no fixed figure.
    card: bool | None
    if lender == "credit-card":
        card, card_why = True, "credit-card"
    elif lender in ("bank", "unknown"):
        card, card_why = None, "if-bank-card"
    else:
        card, card_why = False, "not-bank-card"

    def amounts(percent: float | None) -> LineAmounts | None:
        if percent is None:
            return None
        return _line_amounts(percent, loan, principal, count_paid, paid_money)

    return (
        RateLine(
            "private-4lpr",
            four,
            four_applies,
            _over(apr, four, periodic),
            "1a-1",
            four_why,
            amounts(four),
        ),
        RateLine(
            "small-loan-24",
            SMALL_LOAN_CAP,
            small,
            _over(apr, SMALL_LOAN_CAP, periodic),
            "1b-4",
            small_why,
            amounts(SMALL_LOAN_CAP),
        ),
        RateLine(
            "criminal-36",
            CRIMINAL_LINE,
            crim,
            _over(apr, CRIMINAL_LINE, periodic),
            "1b-6",
            crim_why,
            amounts(CRIMINAL_LINE),
        ),
        RateLine("bank-card-court", None, card, None, "1a-note", card_why),
    )


def notes_for(
    *,
    periodic: float,
    four_applies: bool | None,
    signed: date | None,
    given_lpr: float | None,
    fixing: LprFixing | None,
    table: LprTable,
) -> tuple[str, ...]:
    notes: list[str] = []
    if periodic < 0:
        notes.append("rate.note-repaid-less")
    elif periodic == 0:
        notes.append("rate.note-no-cost")
    if four_applies is False:
        return tuple(notes)  # the 4x line does not concern a licensed lender
    if signed is None:
        if given_lpr is None:
            notes.append("rate.note-need-signed")
    elif signed < FOUR_LPR_FROM:
        notes.append("rate.note-transitional")
        if signed < FIRST_LPR:
            notes.append("rate.note-before-lpr")
    elif given_lpr is None and fixing is None:
        notes.append("rate.note-lpr-unconfirmed")
    elif fixing is not None and fixing.start == signed and fixing != table.fixings[0]:
        notes.append("rate.note-signed-on-change-day")
    return tuple(notes)
