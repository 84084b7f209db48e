"""Money at a line, exactly: what a line allows, the lawful balance, the table.

Owns ``Loan`` (the cash flows of one loan however it was entered), ``fen``
(rounding halves up, as a bill does), ``line_amounts`` (the same payment dates
scaled to cost exactly a line's rate, on the cash actually received, fact
1a-4; what has been paid against it; the balance as a court counts it) and
``amortise`` (each payment's interest and principal, the columns adding up).
Money is worked out in decimal at 60 digits and rounded once to the fen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, localcontext
from typing import Final

from debthelp.rate.result import LineAmounts, RateLine, Row


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


# Money the lines allow is worked out in decimal, at 60 digits, and rounded once
# to the fen, halves up (Chinese bank statements round so): a float product such
# as 47,855.25 x 1.02 = 48,812.35499... must not turn an exact half-fen down.
_CTX: Final = Context(prec=60, rounding=ROUND_HALF_EVEN)
_FEN: Final = Decimal("0.01")
_HUGE: Final = Decimal(10) ** 15


def exact_sum(values: Iterable[float]) -> float:
    """A sum of amounts as typed, in decimal: 1000 - 123.45 is 876.55, not 876.5500000000001."""
    return float(sum((Decimal(repr(v)) for v in values), Decimal(0)))


def dec(value: float) -> Decimal:
    """A float amount or rate as the decimal it was typed as (its shortest repr)."""
    return Decimal(repr(value))


def q(value: Decimal) -> Decimal:
    """To the fen, halves up; a sum past 10^15 (a payment centuries away at a line's
    rate) has no fen worth rounding and is left as it is."""
    if not value.is_finite() or abs(value) >= _HUGE:
        return value
    return value.quantize(_FEN, rounding=ROUND_HALF_UP, context=_CTX)


def _later(loan: Loan) -> list[tuple[int, Decimal]]:
    """The payments after the day the money arrived, as (whole periods or days, amount)."""
    return [(round(t), dec(-a)) for t, a in loan.flows[1:] if t > 0]


def _scaled(
    target: Decimal, payments: list[tuple[int, Decimal]], growth: Decimal, at: int
) -> list[Decimal]:
    """``payments`` scaled by one factor so that, at ``growth`` per period, they are
    worth exactly ``target`` at time ``at``; each rounded to the fen.

    Computed as target x a x (1+j)^T / sum(a_k x (1+j)^(T - t_k)) with T the last
    time, so that one exact division gives each payment: a true half fen stays one.
    """
    if not payments:
        return []
    last = max(t for t, _ in payments)
    with localcontext(_CTX):
        worth = sum((a * growth ** (last - t) for t, a in payments), Decimal(0))
        if worth <= 0:
            return [Decimal(0) for _ in payments]
        top = target * growth ** (last - at)
        return [q(top * a / worth) for _, a in payments]


def line_amounts(
    percent: float,
    loan: Loan,
    principal: float,
    count_paid: int | None,
    paid_money: float | None,
) -> LineAmounts:
    """The same payment dates, scaled so the loan costs exactly ``percent`` a year.

    ``principal`` is the cash actually received (after anything taken back on
    the first day, fact 1a-4); what the contract asks is every later payment.
    """
    later = _later(loan)
    with localcontext(_CTX):
        growth = 1 + dec(percent) / 100 / dec(loan.per_year)
    base = dec(principal)
    allowed = _scaled(base, later, growth, 0)
    total = sum(allowed, Decimal(0))
    asked = sum((a for _, a in later), Decimal(0))
    equal = loan.convention == "instalment" and _equal(later)
    amounts = LineAmounts(
        payment=float(allowed[0]) if equal else None,
        total=float(total),
        above=float(max(Decimal(0), asked - total)),
        share=float(total / asked) if asked > 0 else 0.0,
    )
    if paid_money is None:
        return amounts
    money = dec(paid_money)
    if count_paid is not None:
        times = sorted({t for t, _ in later})
        cutoff = times[count_paid - 1] if count_paid else 0
        events = [(t, a) for t, a in later if t <= cutoff]
        rest = [(t, a) for t, a in later if t > cutoff]
        so_far = sum(
            (x for (t, _), x in zip(later, allowed, strict=True) if t <= cutoff), Decimal(0)
        )
    else:
        events, rest = _spread(money, later)
        so_far = min(total, q(total * money / asked)) if asked > 0 else Decimal(0)
    return LineAmounts(
        payment=amounts.payment,
        total=float(total),
        above=amounts.above,
        share=amounts.share,
        paid_so_far=float(money),
        allowed_so_far=float(so_far),
        balance_at_most=float(_lawful_left(base, growth, events, rest)),
    )


def _spread(
    money: Decimal, later: list[tuple[int, Decimal]]
) -> tuple[list[tuple[int, Decimal]], list[tuple[int, Decimal]]]:
    """Money paid so far laid on the payment dates in order: what was paid when,
    and what is left of each payment still to come."""
    events: list[tuple[int, Decimal]] = []
    rest: list[tuple[int, Decimal]] = []
    left = money
    for t, a in later:
        if left >= a:
            events.append((t, a))
            left -= a
        elif left > 0:
            events.append((t, left))
            rest.append((t, a - left))
            left = Decimal(0)
        else:
            rest.append((t, a))
    return events, rest


def _lawful_left(
    principal: Decimal,
    growth: Decimal,
    events: list[tuple[int, Decimal]],
    rest: list[tuple[int, Decimal]],
) -> Decimal:
    """What is still to pay if the line is kept, as a court would count it.

    Each payment made is set first against the interest the line allows since
    the last one, the rest against the principal (so money paid above the line
    pays the principal down). What the principal then still owes is spread over
    the payments to come, on their dates, at the line's rate. Never more than
    the contract itself still asks; zero once the principal is repaid.
    """
    balance = principal
    now = 0
    with localcontext(_CTX):
        for t, paid in events:
            balance = balance * growth ** (t - now) - paid
            now = t
    asked_left = sum((a for _, a in rest), Decimal(0))
    if balance <= 0:
        return Decimal(0)
    lawful = sum(_scaled(balance, rest, growth, now), Decimal(0)) if rest else q(balance)
    return min(asked_left, lawful)


def _equal(later: list[tuple[int, Decimal]]) -> bool:
    return len({t for t, _ in later}) == len(later) and len({a for _, a in later}) == 1


def amortise(
    loan: Loan, principal: float, periodic: float, lines: tuple[RateLine, ...], line_id: str | None
) -> tuple[Row, ...]:
    """The amortisation table: each payment date's interest and principal, at the
    contract's own rate and under ``line_id`` (the lowest line that may apply).

    Every figure is in fen; the last row takes what rounding leaves, so the
    principal column adds up to the principal exactly, on both sides.
    """
    by_time: dict[int, Decimal] = {}
    day_of: dict[int, date | None] = {}
    for (t, a), day in zip(loan.flows[1:], loan.days, strict=True):
        if t > 0:
            key = round(t)
            by_time[key] = by_time.get(key, Decimal(0)) + dec(-a)
            day_of[key] = day
    line = next((x for x in lines if x.id == line_id), None)
    times = sorted(by_time)
    amounts = [by_time[t] for t in times]
    contract = _contract_split(principal, times, [float(x) for x in amounts], periodic)
    allowed_side = None
    if line is not None and line.percent is not None:
        with localcontext(_CTX):
            growth = 1 + dec(line.percent) / 100 / dec(loan.per_year)
        allowed = _scaled(dec(principal), list(zip(times, amounts, strict=True)), growth, 0)
        allowed_side = (allowed, _line_split(dec(principal), times, allowed, growth))
    rows = []
    for k, t in enumerate(times):
        interest, part = contract[k]
        row = Row(day_of[t], float(t), float(amounts[k]), float(interest), float(part))
        if allowed_side is not None:
            allowed, split = allowed_side
            row = Row(
                row.day,
                row.time,
                row.amount,
                row.interest,
                row.principal,
                float(allowed[k]),
                float(split[k][0]),
                float(split[k][1]),
            )
        rows.append(row)
    return tuple(rows)


def _contract_split(
    principal: float, times: list[int], amounts: list[float], periodic: float
) -> list[tuple[float, float]]:
    """(interest, principal) of each payment at the contract's own rate, each to
    the fen; the last payment's principal is whatever is left, so the principal
    column adds up to the principal (floats: an absurd rate may overflow to "—")."""
    out = []
    balance = principal
    before = 0
    for k, (t, amount) in enumerate(zip(times, amounts, strict=True)):
        if k == len(times) - 1:
            part = balance
        else:
            part = fen(amount - fen(balance * _grow(periodic, t - before)))
        out.append((fen(amount - part), part))
        balance = fen(balance - part)
        before = t
    return out


def _line_split(
    principal: Decimal, times: list[int], allowed: list[Decimal], growth: Decimal
) -> list[tuple[Decimal, Decimal]]:
    """The same at a line's rate, in exact fen."""
    out = []
    balance = principal
    before = 0
    with localcontext(_CTX):
        for k, (t, amount) in enumerate(zip(times, allowed, strict=True)):
            part = (
                balance
                if k == len(times) - 1
                else amount - q(balance * (growth ** (t - before) - 1))
            )
            out.append((amount - part, part))
            balance -= part
            before = t
    return out


def _grow(rate: float, time: float) -> float:
    """(1 + rate) ** time - 1, without overflow (an absurd rate gives a huge finite number)."""
    try:
        return math.expm1(time * math.log1p(rate)) if rate > -1 else -1.0
    except OverflowError:
        return math.inf
