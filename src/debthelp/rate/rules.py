"""The loan's choices and the legal constants: intervals, lenders, the lines and their levels.

Owns ``PERIODS_PER_YEAR``, ``LENDERS`` and the groups of lenders, the 4 x LPR,
24% and 36% lines with the dates they start, the catalogue keys naming each
choice, and the calendar of regular payments (``payment_day``,
``payment_days``, ``regular_every``). Pure data and date arithmetic.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Final

from debthelp.errors import InputError
from debthelp.lenders import LENDER_LABELS as LENDER_LABELS  # noqa: PLC0414 - re-exported
from debthelp.lenders import LENDERS as LENDERS  # noqa: PLC0414 - re-exported

# How a quoted rate is charged: flat on the whole amount, or on what is still owed.
CHARGED_ON: Final = ("whole", "remaining")
PERIODS_PER_YEAR: Final[Mapping[str, float]] = {
    "month": 12.0,
    "biweekly": 26.0,
    "week": 52.0,
    "day": 365.0,
}
# Licensed lenders: the private-lending interpretation does not apply (facts 1a-6, 1a-7).
LICENSED: Final = frozenset({"bank", "credit-card", "consumer-finance", "small-loan"})
# Whoever really lends behind an app decides which rules apply.
DEPENDS: Final = frozenset({"platform", "unknown"})
# Lenders that are, or may be, a small-loan company (the 24% rule, fact 1b-4).
MAYBE_SMALL_LOAN: Final = frozenset({"small-loan", "platform", "unknown"})

LPR_MULTIPLE: Final = 4
FIRST_LPR: Final = date(2019, 8, 20)  # first fixing of the reformed LPR (fact 1a-2)
FOUR_LPR_FROM: Final = date(2020, 8, 20)  # 4xLPR replaced 24%/36% for private lending (1a-8)
SMALL_LOAN_CAP: Final = 24.0  # regulatory, small-loan companies (fact 1b-4)
SMALL_LOAN_CAP_FROM: Final = date(2026, 1, 1)  # "January 2026"; the exact day is not verified
SMALL_LOAN_CAP_SURE: Final = date(2026, 2, 1)  # from here the rule surely covers a new loan
CRIMINAL_LINE: Final = 36.0  # illegal-lending crime threshold (fact 1b-6)
# A rate this close to a line is on it, not over it: float noise is not a finding.
LINE_EPS: Final = 1e-9
# Beyond this an annual rate is no longer a figure anyone can use (percent).
ABSURD_PERCENT: Final = 1_000_000.0
# Days a payment may stray from a regular date and still count as on time.
_TOLERANCE_DAYS: Final[Mapping[str, int]] = {"month": 4, "biweekly": 3, "week": 2, "day": 0}

# The catalogue key naming each choice, written out so every key is literal.
EVERY_LABELS: Final[Mapping[str, str]] = {
    "month": "rate.every-month",
    "biweekly": "rate.every-biweekly",
    "week": "rate.every-week",
    "day": "rate.every-day",
}
# The name of each line in the report (a sentence of data/rate.yaml).
LINE_NAMES: Final[Mapping[str, str]] = {
    "private-4lpr": "rate.line-name-private-4lpr",
    "small-loan-24": "rate.line-name-small-loan-24",
    "criminal-36": "rate.line-name-criminal-36",
    "bank-card-court": "rate.line-name-bank-card-court",
}
# What kind of rule each line is.
LINE_LEVELS: Final[Mapping[str, str]] = {
    "private-4lpr": "judicial-interpretation",
    "small-loan-24": "regulation",
    "criminal-36": "criminal-law",
    "bank-card-court": "judicial-interpretation",
}


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months on (the 31st becomes the month's last day)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def payment_day(start: date, every: str, k: int) -> date:
    """The ``k``-th regular payment day after ``start``."""
    if every == "month":
        return add_months(start, k)
    return start + timedelta(days={"biweekly": 14, "week": 7, "day": 1}[every] * k)


def payment_days(start: date | None, every: str, count: int) -> list[date | None]:
    """The ``count`` regular payment days after ``start`` (None each when it is not known);
    ``InputError`` when they would run past the year 9999."""
    if start is None:
        return [None] * count
    try:
        return [payment_day(start, every, k) for k in range(1, count + 1)]
    except (ValueError, OverflowError):
        raise InputError("rate.dates-too-late", signed=start.isoformat(), periods=count) from None


def regular_every(start: date, days: Sequence[date], only: str | None = None) -> str | None:
    """The interval at which ``days`` (after ``start``) fall, within a few days; else None.

    Two or more payment days are needed to call a schedule regular, unless
    ``only`` (an interval the borrower named) is being checked.
    """
    later = sorted({d for d in days if d > start})
    if not later or (only is None and len(later) < 2):
        return None
    for every in (only,) if only else ("month", "biweekly", "week", "day"):
        tolerance = _TOLERANCE_DAYS[every]
        try:
            fits = all(
                abs((d - payment_day(start, every, k)).days) <= tolerance
                for k, d in enumerate(later, start=1)
            )
        except (ValueError, OverflowError):  # its days would run past 9999: not this interval
            fits = False
        if fits:
            return every
    return None
