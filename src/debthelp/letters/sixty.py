"""The 60-month figure of a card's personalised instalment plan (fact 6-3: at most 5 years).

Pure arithmetic. ``level_payment`` is the level monthly payment that clears a
balance in a number of months at a yearly rate; ``start_of`` reads a debt's
starting balance and yearly rate back from the budget file when the file does
not state them (``debthelp budget --format json`` gives each month's payments and
balances, so the first two months give both).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Final

MAX_MONTHS: Final = 60  # the longest personalised instalment plan for a card (6-3)


def level_payment(balance: float, yearly_rate: float, months: int = MAX_MONTHS) -> float:
    """The level monthly payment (yuan, rounded up to the fen) that clears ``balance``
    in ``months`` at ``yearly_rate`` percent a year, interest added monthly."""
    if balance <= 0 or months <= 0:
        return 0.0
    rate = yearly_rate / 100 / 12
    payment = balance / months if rate <= 0 else balance * rate / (1 - (1 + rate) ** -months)
    return math.ceil(round(payment * 100, 6)) / 100


def start_of(plan: Mapping[str, Any], name: str) -> tuple[float, float] | None:
    """(starting balance, yearly rate %) of the debt ``name`` in a budget strategy's
    schedule, read back from its first two months; None when they do not show it.

    Month n adds rate/12 of the balance, then pays: b1 = b0 (1 + r) - p1 and
    b2 = b1 (1 + r) - p2, so r = (b2 + p2) / b1 - 1 and b0 = (b1 + p1) / (1 + r).
    """
    schedule = plan.get("schedule") or []
    if len(schedule) < 2:
        return None
    first, second = schedule[0], schedule[1]
    try:
        b1 = float(first["balances"][name])
        p1 = float(first["payments"][name])
        b2 = float(second["balances"][name])
        p2 = float(second["payments"][name])
    except (KeyError, TypeError, ValueError):
        return None
    if b1 <= 0:
        return None
    monthly = max((b2 + p2) / b1 - 1, 0.0)
    start = (b1 + p1) / (1 + monthly)
    return round(start, 2), round(monthly * 12 * 100, 4)
