"""The budget and the repayment schedules (pure core).

Owns ``plan_budget`` and its result ``Budget``, ``Strategy`` and ``Month``,
``pro_rata`` (largest-remainder shares) and ``run_strategy``. The model, as
README states it:

- money left = income - essential spending (never below 0 for paying);
- each month, interest of rate / 12 is added to each balance (rounded half up
  to the fen), then the month's money is paid out: avalanche and snowball pay
  every minimum first (capped at the balance, in the strategy's order while the
  money lasts), then the rest to the first unpaid debt in the strategy's order;
  pro-rata splits it in proportion to the balances. A cleared debt's money rolls
  on to the others, because the month's money stays the same;
- avalanche: highest rate first (then smaller balance); snowball: smallest
  starting balance first (then higher rate); ties keep the file's order;
- a debt whose interest in a month is at least the whole month's money can never
  be cleared: it is marked "never pays off". Every strategy is then drawn over
  the same horizon (the longest any of them needs, at most 600 months), so a
  debt that never pays off keeps growing in the schedule, the chart and the
  totals, and the total interest of each strategy covers the same months; a
  schedule stops early only once a balance passes a trillion yuan (the figures
  would be meaningless, and JSON numbers could no longer hold the fen).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

from debthelp.budget.debts import Debt
from debthelp.budget.money import monthly_interest, yuan

MAX_MONTHS: Final = 600
TRILLION: Final = 10**14  # fen: past a trillion yuan a schedule stops ("more than a trillion")
CARD_MONTHS: Final = 60  # 个性化分期 is at most 5 years (fact 6-3)
TOKEN_OFFER: Final = 100  # fen: a token 1 yuan a month to each lender when nothing is left
STRATEGIES: Final = ("avalanche", "snowball", "pro-rata")


@dataclass(frozen=True)
class Month:
    month: int
    payments: tuple[int, ...]  # fen, in the debts' order
    balances: tuple[int, ...]  # fen, after this month's payments
    interest: tuple[int, ...]


@dataclass(frozen=True)
class Strategy:
    name: str
    monthly: int  # fen paid out each month
    months: int | None  # months to clear every debt; None if one never clears
    cleared: tuple[int | None, ...]  # the month each debt is cleared, None if never
    total_interest: int  # fen added over the schedule
    never_pays_off: tuple[str, ...]
    schedule: tuple[Month, ...]
    over_trillion: int | None = None  # the month a balance passed a trillion yuan, if one did

    def still_owed(self) -> tuple[int, ...]:
        """Each debt's balance when the schedule ends (fen)."""
        return self.schedule[-1].balances if self.schedule else ()


@dataclass(frozen=True)
class CardLimit:
    """A credit card's 个性化分期 is at most 60 months (fact 6-3): what clears it in 60."""

    index: int  # the debt's place in the file
    payment: int  # fen a month, level, that clears the balance in 60 months at its rate
    shortfall: int  # that payment less the month's offer to this card, when positive
    over: tuple[str, ...]  # the strategies whose schedule for this card runs past 60 months


@dataclass(frozen=True)
class OfferCheck:
    """Whether an offer covers its debt's monthly interest; if not, a pause's effect."""

    covers_interest: bool
    interest: int  # fen: the debt's first month's interest
    months_if_paused: int | None  # months the offer clears it in with no interest (None: 0 offer)


@dataclass(frozen=True)
class Budget:
    debts: tuple[Debt, ...]
    income: int
    expenses: int
    available: int  # income - expenses, never below 0
    minimums: int  # every minimum, each capped at its balance
    shortfall: int  # minimums - available, when positive
    extra: int | None
    monthly: int  # what the schedules pay each month
    offers: tuple[int, ...]  # fen, in the debts' order
    token: bool  # nothing is left: the offers are token amounts
    strategies: tuple[Strategy, ...]
    horizon: int = 0  # months every schedule covers (the longest needed, at most 600)
    checks: tuple[OfferCheck, ...] = ()  # one per offer
    cards: tuple[CardLimit, ...] = ()  # one per credit-card debt

    @property
    def from_essentials(self) -> int:
        """Fen a month the schedules pay beyond what is left after essentials (--extra)."""
        return max(0, self.monthly - self.available)

    @property
    def comparable(self) -> bool:
        """Every strategy's total interest covers the same months, and none ran out of figures."""
        return all(s.over_trillion is None for s in self.strategies)

    def to_json(self) -> dict[str, Any]:
        """The keys of issue 15, amounts in yuan (numbers, exact to the fen)."""
        names = [d.name for d in self.debts]
        cards = {c.index: c for c in self.cards}
        checks = self.checks or tuple(OfferCheck(True, 0, None) for _ in self.offers)
        return {
            "income": yuan(self.income),
            "expenses": yuan(self.expenses),
            "available": yuan(self.available),
            "minimums": yuan(self.minimums),
            "shortfall": yuan(self.shortfall),
            "monthly": yuan(self.monthly),
            "from_essentials": yuan(self.from_essentials),
            "horizon_months": self.horizon,
            "interest_comparable": self.comparable,
            "offers": [
                {
                    "name": n,
                    "amount": yuan(a),
                    "covers_interest": c.covers_interest,
                    "months_if_paused": c.months_if_paused,
                }
                for n, a, c in zip(names, self.offers, checks, strict=True)
            ],
            "debts": [
                {
                    "name": d.name,
                    "lender": d.lender,
                    "card_60_month_payment": yuan(cards[i].payment) if i in cards else None,
                    "card_shortfall": yuan(cards[i].shortfall) if i in cards else None,
                    "card_over_60_months": list(cards[i].over) if i in cards else None,
                }
                for i, d in enumerate(self.debts)
            ],
            "strategies": [
                {
                    "name": s.name,
                    "months": s.months,
                    "total_interest": yuan(s.total_interest),
                    "never_pays_off": list(s.never_pays_off),
                    "still_owed": {
                        n: yuan(b)
                        for n, b in zip(names, s.still_owed(), strict=True)
                        if n in s.never_pays_off
                    },
                    "over_trillion_month": s.over_trillion,
                    "schedule": [
                        {
                            "month": m.month,
                            "payments": dict(zip(names, map(yuan, m.payments), strict=True)),
                            "balances": dict(zip(names, map(yuan, m.balances), strict=True)),
                        }
                        for m in s.schedule
                    ],
                }
                for s in self.strategies
            ],
        }


def pro_rata(total: int, weights: Sequence[int]) -> tuple[int, ...]:
    """``total`` fen split in proportion to ``weights``, by largest remainder:
    the shares are whole fen and always sum to ``total`` exactly (ties go to
    the earlier weight). All weights 0: all shares 0."""
    whole = sum(weights)
    if whole <= 0 or total <= 0:
        return tuple(0 for _ in weights)
    floors = [total * w // whole for w in weights]
    rests = [total * w % whole for w in weights]
    left = total - sum(floors)
    for index in sorted(range(len(weights)), key=lambda i: -rests[i])[:left]:
        floors[index] += 1
    return tuple(floors)


def order_of(debts: Sequence[Debt], strategy: str) -> list[int]:
    """The debts' indexes in the order the strategy clears them."""
    indexes = range(len(debts))
    if strategy == "avalanche":
        return sorted(indexes, key=lambda i: (-debts[i].rate, debts[i].balance, i))
    return sorted(indexes, key=lambda i: (debts[i].balance, -debts[i].rate, i))


def run_strategy(
    debts: Sequence[Debt], strategy: str, monthly: int, until: int | None = None
) -> Strategy:
    """The month-by-month schedule of one strategy paying ``monthly`` fen a month.

    Without ``until`` it stops once every debt is cleared or only debts that
    can never be cleared are left; with ``until`` it goes on to that month
    (never-clearing debts keep growing), unless everything is cleared first.
    Either way it stops once a balance passes a trillion yuan.
    """
    balances = [d.balance for d in debts]
    cleared: list[int | None] = [None] * len(debts)
    hopeless: set[int] = set()
    order = order_of(debts, strategy) if strategy != "pro-rata" else []
    schedule: list[Month] = []
    total_interest = 0
    month = 0
    over: int | None = None
    last = MAX_MONTHS if until is None else min(until, MAX_MONTHS)
    while month < last and any(b > 0 for b in balances) and over is None:
        if until is None and all(balances[i] <= 0 or i in hopeless for i in range(len(debts))):
            break
        month += 1
        interest = [monthly_interest(b, d.rate) for b, d in zip(balances, debts, strict=True)]
        balances = [b + i for b, i in zip(balances, interest, strict=True)]
        total_interest += sum(interest)
        for index, charged in enumerate(interest):
            if balances[index] > 0 and charged >= monthly:
                hopeless.add(index)
        if strategy == "pro-rata":
            paid = _pay_pro_rata(balances, monthly)
        else:
            paid = _pay_in_order(debts, balances, order, monthly)
        balances = [b - p for b, p in zip(balances, paid, strict=True)]
        for index, balance in enumerate(balances):
            if balance == 0 and cleared[index] is None:
                cleared[index] = month
        schedule.append(Month(month, tuple(paid), tuple(balances), tuple(interest)))
        if max(balances) >= TRILLION:
            over = month
    never = tuple(d.name for d, b in zip(debts, balances, strict=True) if b > 0)
    return Strategy(
        name=strategy,
        monthly=monthly,
        months=None if never else month,
        cleared=tuple(cleared),
        total_interest=total_interest,
        never_pays_off=never,
        schedule=tuple(schedule),
        over_trillion=over,
    )


def _pay_in_order(
    debts: Sequence[Debt], balances: list[int], order: list[int], monthly: int
) -> list[int]:
    paid = [0] * len(debts)
    left = monthly
    for index in order:  # every minimum first, capped at the balance
        pay = min(debts[index].minimum, balances[index], left)
        paid[index] += pay
        left -= pay
    for index in order:  # the rest to the target, then the next
        pay = min(balances[index] - paid[index], left)
        paid[index] += pay
        left -= pay
    return paid


def _pay_pro_rata(balances: list[int], monthly: int) -> list[int]:
    if monthly >= sum(balances):
        return list(balances)
    return list(pro_rata(monthly, balances))


def plan_budget(
    *,
    debts: Sequence[Debt],
    income: int,
    expenses: int,
    strategy: str = "all",
    extra: int | None = None,
) -> Budget:
    """The budget, the offers and the chosen strategies' schedules (amounts in fen).

    The schedules pay every month what is left after essentials; with ``extra``
    they pay the minimums plus ``extra`` instead (what the person chooses to add).
    """
    available = max(0, income - expenses)
    minimums = sum(min(d.minimum, d.balance) for d in debts)
    shortfall = max(0, minimums - available)
    balances = [d.balance for d in debts]
    token = available == 0 and shortfall > 0
    if token:
        offers = tuple(min(TOKEN_OFFER, b) for b in balances)
    elif shortfall:
        offers = pro_rata(available, balances)
    else:
        offers = tuple(min(d.minimum, d.balance) for d in debts)
    monthly = available if extra is None else minimums + extra
    chosen = STRATEGIES if strategy == "all" else (strategy,)
    runs = [run_strategy(debts, name, monthly) for name in chosen]
    horizon = min(MAX_MONTHS, max((len(r.schedule) for r in runs), default=0))
    runs = [
        run_strategy(debts, r.name, monthly, until=horizon)
        if r.never_pays_off and len(r.schedule) < horizon and r.over_trillion is None
        else r
        for r in runs
    ]
    return Budget(
        debts=tuple(debts),
        income=income,
        expenses=expenses,
        available=available,
        minimums=minimums,
        shortfall=shortfall,
        extra=extra,
        monthly=monthly,
        offers=offers,
        token=token,
        strategies=tuple(runs),
        horizon=horizon,
        checks=tuple(_check(d, o) for d, o in zip(debts, offers, strict=True)),
        cards=tuple(
            _card(i, d, offers[i], runs) for i, d in enumerate(debts) if d.lender == "credit-card"
        ),
    )


def _check(debt: Debt, offer: int) -> OfferCheck:
    interest = monthly_interest(debt.balance, debt.rate)
    if offer > interest or debt.balance == 0:
        return OfferCheck(True, interest, None)
    return OfferCheck(False, interest, -(-debt.balance // offer) if offer > 0 else None)


def level_payment(balance: int, rate: Decimal, months: int) -> int:
    """Fen a month, the same each month, that clears ``balance`` in ``months`` at
    ``rate`` percent a year (interest monthly, as the schedules charge it);
    rounded up to the fen, so the last month is never short."""
    if balance <= 0:
        return 0
    j = Fraction(rate) / 1200  # exact: a payment of whole fen is never pushed up a fen
    if j == 0:
        return -(-balance // months)
    grown = (1 + j) ** months
    return math.ceil(balance * j * grown / (grown - 1))


def _card(index: int, debt: Debt, offer: int, runs: Sequence[Strategy]) -> CardLimit:
    payment = level_payment(debt.balance, debt.rate, CARD_MONTHS)
    over = tuple(
        r.name for r in runs if r.cleared[index] is None or (r.cleared[index] or 0) > CARD_MONTHS
    )
    return CardLimit(index, payment, max(0, payment - offer), over)
