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
  be cleared: it is marked "never pays off" and the schedule stops once only
  such debts remain; no schedule runs past 600 months.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from debthelp.budget.debts import Debt
from debthelp.budget.money import monthly_interest, yuan

MAX_MONTHS: Final = 600
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

    def to_json(self) -> dict[str, Any]:
        """The keys of issue 15, amounts in yuan (numbers, exact to the fen)."""
        names = [d.name for d in self.debts]
        return {
            "income": yuan(self.income),
            "expenses": yuan(self.expenses),
            "available": yuan(self.available),
            "minimums": yuan(self.minimums),
            "shortfall": yuan(self.shortfall),
            "offers": [
                {"name": n, "amount": yuan(a)} for n, a in zip(names, self.offers, strict=True)
            ],
            "strategies": [
                {
                    "name": s.name,
                    "months": s.months,
                    "total_interest": yuan(s.total_interest),
                    "never_pays_off": list(s.never_pays_off),
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


def run_strategy(debts: Sequence[Debt], strategy: str, monthly: int) -> Strategy:
    """The month-by-month schedule of one strategy paying ``monthly`` fen a month."""
    balances = [d.balance for d in debts]
    cleared: list[int | None] = [None] * len(debts)
    hopeless: set[int] = set()
    order = order_of(debts, strategy) if strategy != "pro-rata" else []
    schedule: list[Month] = []
    total_interest = 0
    month = 0
    while month < MAX_MONTHS and any(b > 0 for b in balances):
        if all(balances[i] <= 0 or i in hopeless for i in range(len(debts))):
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
    never = tuple(d.name for d, b in zip(debts, balances, strict=True) if b > 0)
    return Strategy(
        name=strategy,
        monthly=monthly,
        months=None if never else month,
        cleared=tuple(cleared),
        total_interest=total_interest,
        never_pays_off=never,
        schedule=tuple(schedule),
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
        strategies=tuple(run_strategy(debts, name, monthly) for name in chosen),
    )
