"""An independent reference for `debthelp rate` and `debthelp budget` (issue 22).

Written from the README's definitions, apart from ``src/debthelp/rate`` and
``src/debthelp/budget``, and importing neither: plain ``decimal`` at 60 digits
and bisection for the rate, whole fen and ``fractions`` for the budget. The
tests compare it with the commands' JSON, field by field.

Definitions (README, "How the figures are worked out"):

- principal P = the cash actually received, less a fee taken at the start;
  what the contract asks = every payment after that day;
- the annual rate = the IRR of (+P at 0, -payment at 1..n) x periods a year;
- a line at p% a year: the same payments scaled by one factor so that, at
  p / periods a year per period, they are worth exactly P; each to the fen,
  halves up;
- the balance at a line after payments: each payment set first against the
  line's interest since the last, the rest against the principal; the
  principal left is spread over the payments to come at the line's rate;
  never more than the contract still asks;
- money in JSON: a number rounded to the fen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from typing import Any

PPY = {"month": 12, "biweekly": 26, "week": 52, "day": 365}
CENT = Decimal("0.01")


def half_up(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def d(value: object) -> Decimal:
    return Decimal(str(value))


# --------------------------------------------------------------------------- rate


@dataclass
class RateCase:
    received: Decimal
    every: str = "month"
    periods: int = 12
    payment: Decimal | None = None
    quote: tuple[str, Decimal] | None = None  # ("month" | "day", percent)
    on: str = "whole"
    fee: Decimal = Decimal(0)
    fee_each: Decimal = Decimal(0)
    borrowed: Decimal | None = None
    lpr: Decimal = Decimal("3.0")
    paid: int | None = None
    paid_amount: Decimal | None = None

    def args(self) -> list[str]:
        out = ["rate", "--received", str(self.received), "--periods", str(self.periods)]
        out += ["--every", self.every, "--lender", "private", "--signed", "2026-03-01"]
        out += ["--lpr", str(self.lpr), "--format", "json", "--lang", "en"]
        if self.payment is not None:
            out += ["--payment", str(self.payment)]
        if self.quote is not None:
            flag = "--monthly-rate" if self.quote[0] == "month" else "--daily-rate"
            out += [flag, f"{self.quote[1]}%"]
            if self.on != "whole":
                out += ["--on", self.on]
        if self.fee:
            out += ["--fee", str(self.fee)]
        if self.fee_each:
            out += ["--fee-each", str(self.fee_each)]
        if self.borrowed is not None:
            out += ["--borrowed", str(self.borrowed)]
        if self.paid is not None:
            out += ["--paid", str(self.paid)]
        if self.paid_amount is not None:
            out += ["--paid-amount", str(self.paid_amount)]
        return out


def quoted_payments(case: RateCase) -> list[Decimal]:
    assert case.quote is not None
    kind, percent = case.quote
    base = case.borrowed if case.borrowed is not None else case.received
    n = case.periods
    with localcontext() as ctx:
        ctx.prec = 60
        per = percent / 100 * (12 if kind == "month" else 365) / PPY[case.every]
        if case.on == "whole":
            total = half_up(base * (1 + per * n))
            each = half_up(base / n + base * per)
            return [each] * (n - 1) + [total - each * (n - 1)]
        if per == 0:
            each = half_up(base / n)
        else:
            grown = (1 + per) ** n
            each = half_up(base * per * grown / (grown - 1))
        out, left = [], base
        for k in range(n):
            interest = half_up(left * per)
            pay = left + interest if k == n - 1 else each
            out.append(pay)
            left = left + interest - pay
        return out


def payments_of(case: RateCase) -> list[Decimal]:
    base = [case.payment] * case.periods if case.payment is not None else quoted_payments(case)
    return [b + case.fee_each for b in base if b is not None]


def irr(principal: Decimal, pays: list[Decimal]) -> Decimal:
    """The periodic rate by bisection (60 digits): -P + sum a_k (1+i)^-k = 0."""

    def npv(i: Decimal) -> Decimal:
        v = 1 / (1 + i)
        total, f = -principal, Decimal(1)
        for a in pays:
            f *= v
            total += a * f
        return total

    with localcontext() as ctx:
        ctx.prec = 60
        low, high = Decimal("-0.999999"), Decimal(1)
        while npv(high) > 0:
            high *= 2
        for _ in range(200):
            mid = (low + high) / 2
            if npv(mid) > 0:
                low = mid
            else:
                high = mid
        return (low + high) / 2


def at_line(principal: Decimal, pays: list[Decimal], j: Decimal) -> list[Decimal]:
    """Each payment scaled so that all are worth ``principal`` at ``j`` a period."""
    n = len(pays)
    with localcontext() as ctx:
        ctx.prec = 60
        g = 1 + j
        if len(set(pays)) == 1:  # the annuity, in closed form: P j g^n / (g^n - 1)
            grown = g**n
            return [half_up(principal * j * grown / (grown - 1))] * n
        worth = sum(a * g ** (n - k) for k, a in enumerate(pays, start=1))
        return [half_up(principal * a * g**n / worth) for a in pays]


def lawful_left(
    principal: Decimal,
    j: Decimal,
    made: list[Decimal],
    rest: list[Decimal],
    *,
    asked_left: Decimal,
    partial: bool,
) -> Decimal:
    """The court's balance: payments against interest first, then principal."""
    with localcontext() as ctx:
        ctx.prec = 60
        g = 1 + j
        balance = principal
        for a in made:
            balance = balance * g - a
        if balance <= 0:
            return Decimal(0)
        if not rest:
            return min(asked_left, half_up(balance))
        # The first payment still to come falls one period after the last made,
        # or on the same day when the last was made only in part.
        offset = 0 if partial else 1
        worth = sum(a / g ** (k + offset) for k, a in enumerate(rest))
        scale = balance / worth
        return min(asked_left, sum(half_up(scale * a) for a in rest))


def rate_reference(case: RateCase) -> dict[str, Any]:
    """Every money field of `rate --format json`, and the rate, as the README defines them."""
    pays = payments_of(case)
    principal = case.received - case.fee
    asked = sum(pays, Decimal(0))
    i = irr(principal, pays)
    out: dict[str, Any] = {
        "principal": principal,
        "total_paid": asked,
        "total_cost": asked - principal,
        "upfront_deduction": (case.borrowed or case.received) - principal,
        "payment": pays[0],
        "last_payment": pays[-1] if pays[-1] != pays[0] else None,
        "apr_percent": i * PPY[case.every] * 100,
    }
    paid_money: Decimal | None = None
    if case.paid is not None:
        paid_money = sum(pays[: case.paid], Decimal(0))
    elif case.paid_amount is not None:
        paid_money = max(Decimal(0), case.paid_amount - case.fee)
    out["paid_so_far"] = paid_money
    lines = {}
    for name, percent in (
        ("private-4lpr", case.lpr * 4),
        ("small-loan-24", Decimal(24)),
        ("criminal-36", Decimal(36)),
    ):
        with localcontext() as ctx:
            ctx.prec = 60
            j = percent / 100 / PPY[case.every]
        allowed = at_line(principal, pays, j)
        total = sum(allowed, Decimal(0))
        line: dict[str, Any] = {
            "allowed_payment": allowed[0] if len(set(pays)) == 1 else None,
            "allowed_total": total,
            "above_line": max(Decimal(0), asked - total),
            "paid_so_far": paid_money,
            "allowed_so_far": None,
            "balance_at_most": None,
        }
        if case.paid is not None:
            k = case.paid
            line["allowed_so_far"] = sum(allowed[:k], Decimal(0))
            line["balance_at_most"] = lawful_left(
                principal,
                j,
                pays[:k],
                pays[k:],
                asked_left=asked - sum(pays[:k], Decimal(0)),
                partial=False,
            )
        elif paid_money is not None:
            line["allowed_so_far"] = (
                min(total, half_up(total * paid_money / asked)) if asked else Decimal(0)
            )
            made, rest, left, partial = [], [], paid_money, False
            for a in pays:
                if left >= a:
                    made.append(a)
                    left -= a
                elif left > 0:
                    made.append(left)
                    rest.append(a - left)
                    left, partial = Decimal(0), True
                else:
                    rest.append(a)
            line["balance_at_most"] = lawful_left(
                principal,
                j,
                made,
                rest,
                asked_left=max(Decimal(0), asked - paid_money),
                partial=partial,
            )
        lines[name] = line
    out["lines"] = lines
    return out


# --------------------------------------------------------------------------- budget


@dataclass
class DebtCase:
    name: str
    lender: str
    balance: int  # fen
    rate: Fraction  # percent a year
    minimum: int  # fen


def interest(balance: int, rate: Fraction) -> int:
    """balance x rate / 1200, halves up, in whole fen."""
    if balance <= 0 or rate == 0:
        return 0
    exact = balance * rate / 1200
    return math.floor(exact + Fraction(1, 2))


def split(total: int, weights: list[int]) -> list[int]:
    """Largest remainder; ties to the earlier weight."""
    whole = sum(weights)
    if whole <= 0 or total <= 0:
        return [0] * len(weights)
    shares = [Fraction(total * w, whole) for w in weights]
    floors = [math.floor(s) for s in shares]
    order = sorted(range(len(weights)), key=lambda k: (-(shares[k] - floors[k]), k))
    for k in order[: total - sum(floors)]:
        floors[k] += 1
    return floors


def simulate(debts: list[DebtCase], way: str, monthly: int, until: int | None) -> dict[str, Any]:
    n = len(debts)
    bal = [x.balance for x in debts]
    cleared: list[int | None] = [None] * n
    hopeless: set[int] = set()
    if way == "avalanche":
        order = sorted(range(n), key=lambda k: (-debts[k].rate, debts[k].balance, k))
    else:
        order = sorted(range(n), key=lambda k: (debts[k].balance, -debts[k].rate, k))
    months: list[dict[str, Any]] = []
    total_interest = 0
    over = None
    limit = 600 if until is None else min(until, 600)
    while len(months) < limit and any(b > 0 for b in bal) and over is None:
        if until is None and all(bal[k] <= 0 or k in hopeless for k in range(n)):
            break
        month = len(months) + 1
        charged = [interest(b, x.rate) for b, x in zip(bal, debts, strict=True)]
        bal = [b + c for b, c in zip(bal, charged, strict=True)]
        total_interest += sum(charged)
        for k in range(n):
            if bal[k] > 0 and charged[k] >= monthly:
                hopeless.add(k)
        paid = [0] * n
        if way == "pro-rata":
            paid = list(bal) if monthly >= sum(bal) else split(monthly, bal)
        else:
            left = monthly
            for k in order:
                pay = min(debts[k].minimum, bal[k], left)
                paid[k] += pay
                left -= pay
            for k in order:
                pay = min(bal[k] - paid[k], left)
                paid[k] += pay
                left -= pay
        bal = [b - p for b, p in zip(bal, paid, strict=True)]
        for k in range(n):
            if bal[k] == 0 and cleared[k] is None:
                cleared[k] = month
        months.append({"month": month, "payments": paid, "balances": list(bal)})
        if max(bal) >= 10**14:
            over = month
    never = [debts[k].name for k in range(n) if bal[k] > 0]
    return {
        "name": way,
        "months": None if never else len(months),
        "total_interest": total_interest,
        "never_pays_off": never,
        "still_owed": {debts[k].name: bal[k] for k in range(n) if bal[k] > 0},
        "over_trillion_month": over,
        "schedule": months,
        "cleared": cleared,
    }


def card_payment(balance: int, rate: Fraction) -> int:
    if balance <= 0:
        return 0
    j = rate / 1200
    if j == 0:
        return -(-balance // 60)
    grown = (1 + j) ** 60
    return math.ceil(balance * j * grown / (grown - 1))


def budget_reference(
    debts: list[DebtCase], income: int, expenses: int, extra: int | None
) -> dict[str, Any]:
    """Every field of `budget --format json`, in fen (the caller turns fen to yuan)."""
    available = max(0, income - expenses)
    minimums = sum(min(x.minimum, x.balance) for x in debts)
    shortfall = max(0, minimums - available)
    token = available == 0 and shortfall > 0
    if token:
        offers = [min(100, x.balance) for x in debts]
    elif shortfall:
        offers = split(available, [x.balance for x in debts])
    else:
        offers = [min(x.minimum, x.balance) for x in debts]
    monthly = available if extra is None else minimums + extra
    runs = [simulate(debts, way, monthly, None) for way in ("avalanche", "snowball", "pro-rata")]
    horizon = min(600, max(len(r["schedule"]) for r in runs))
    runs = [
        simulate(debts, r["name"], monthly, horizon)
        if r["never_pays_off"] and len(r["schedule"]) < horizon and r["over_trillion_month"] is None
        else r
        for r in runs
    ]
    checks = []
    for x, offer in zip(debts, offers, strict=True):
        owed = interest(x.balance, x.rate)
        covers = offer > owed
        checks.append((covers, None if covers or offer <= 0 else -(-x.balance // offer)))
    debt_rows = []
    for k, x in enumerate(debts):
        row: dict[str, Any] = {"name": x.name, "lender": x.lender}
        if x.lender == "credit-card":
            pay = card_payment(x.balance, x.rate)
            row["card_60_month_payment"] = pay
            row["card_shortfall"] = max(0, pay - offers[k])
            row["card_over_60_months"] = [
                r["name"] for r in runs if r["cleared"][k] is None or r["cleared"][k] > 60
            ]
        else:
            row["card_60_month_payment"] = row["card_shortfall"] = None
            row["card_over_60_months"] = None
        debt_rows.append(row)
    return {
        "available": available,
        "minimums": minimums,
        "shortfall": shortfall,
        "monthly": monthly,
        "from_essentials": max(0, monthly - available),
        "horizon_months": horizon,
        "interest_comparable": all(r["over_trillion_month"] is None for r in runs),
        "offers": offers,
        "checks": checks,
        "debts": debt_rows,
        "strategies": runs,
    }
