"""Reading the values a person types or a schedule file holds (pure core).

Owns the parsers for money amounts, calendar days, numbers of payments, a
choice from a list and an LPR percentage, with the limits they enforce. They
are public because the wizard checks each answer with the same rules the core
applies, so a typed answer that passes the prompt never fails later.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Final, NamedTuple

from debthelp.dates import MAX_YEAR, MIN_YEAR, DateProblem, read_day, read_typed
from debthelp.errors import InputError

MAX_AMOUNT: Final = 1e12
MAX_PERIODS: Final = 10_000

LPR_MIN: Final = 0.5  # percent: a one-year LPR outside this range is a typo, not a rate
LPR_MAX: Final = 10.0
MAX_FLAT_PERCENT: Final = 100.0  # a quoted monthly or daily rate above 100% is a typo
_INT_RE = re.compile(r"[+]?\d+")
_AMOUNT_STRIP = str.maketrans("", "", ",，¥￥元 \u00a0")


class AmountKeys(NamedTuple):
    """The three messages for a bad amount, for one kind of place it was given."""

    bad: str
    not_positive: str
    too_large: str


# An amount given as a flag names the flag; one in a schedule names the file and row.
FLAG_AMOUNT: Final = AmountKeys(
    "rate.amount-bad", "rate.amount-not-positive", "rate.amount-too-large"
)
ROW_AMOUNT: Final = AmountKeys(
    "rate.schedule-amount-bad",
    "rate.schedule-amount-not-positive",
    "rate.schedule-amount-too-large",
)


def parse_number(value: object) -> float | None:
    """A number from a number or text (``8,000``, ``¥8000``, ``8000元``); None if it is none."""
    if isinstance(value, bool):
        return None
    try:
        if isinstance(value, int | float):
            return float(value)
        if isinstance(value, str):
            return float(value.strip().translate(_AMOUNT_STRIP))
    except (ValueError, OverflowError):
        return None
    return None


def parse_amount(value: object, keys: AmountKeys = FLAG_AMOUNT, **where: Any) -> float:
    """A money amount: a finite number above 0 and at most ``MAX_AMOUNT``.

    Raises ``InputError`` with one of ``keys``; ``where`` names the place for
    the message (``name="--received"``, or ``path=`` and ``row=``).
    """
    number = parse_number(value)
    if number is None or not math.isfinite(number):
        raise InputError(keys.bad, value=str(value), **where)
    if number <= 0:
        raise InputError(keys.not_positive, value=str(value), **where)
    if number > MAX_AMOUNT:
        raise InputError(keys.too_large, value=str(value), max=MAX_AMOUNT, **where)
    return number


def parse_date(value: object) -> date | None:
    """A calendar day from a date or typed text (``debthelp.dates``: ``2025-06-01``,
    ``2025/6/1``, ``2025年6月1日``, a time after it dropped); None if it is none."""
    return read_day(value)


class DateKeys(NamedTuple):
    """The two messages for a bad date: not a date, or a year out of range."""

    bad: str
    year: str


FLAG_DATE: Final = DateKeys("rate.date-bad", "rate.date-year")
ROW_DATE: Final = DateKeys("rate.schedule-date-bad", "rate.schedule-date-year")


def checked_date(value: object, keys: DateKeys = FLAG_DATE, **where: Any) -> date:
    """A calendar day as ``parse_date`` reads it, or ``InputError`` naming the place
    (``name="--signed"``, or ``path=`` and ``row=``) and, for a year out of range,
    the years accepted."""
    if isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        if MIN_YEAR <= day.year <= MAX_YEAR:
            return day
        reason = "year"
    else:
        try:
            return read_typed(str(value)).day
        except DateProblem as problem:
            reason = problem.reason
    key = keys.year if reason == "year" else keys.bad
    raise InputError(key, value=str(value), low=MIN_YEAR, high=MAX_YEAR, **where)


def parse_periods(value: object) -> int:
    """A whole number of payments from 1 to ``MAX_PERIODS``; raises ``InputError`` otherwise."""
    count: int | None = None
    if isinstance(value, bool):
        count = None
    elif isinstance(value, int):
        count = value
    elif isinstance(value, float) and value.is_integer():
        count = int(value)
    elif isinstance(value, str) and _INT_RE.fullmatch(value.strip()):
        count = _small_int(value.strip())
    if count is None:
        raise InputError("rate.periods-bad", value=str(value))
    if not 1 <= count <= MAX_PERIODS:
        shown = f"{count:,}" if count < 10**12 else str(value).strip()[:12] + "…"
        raise InputError("rate.periods-out-of-range", value=shown, max=MAX_PERIODS)
    return count


def _short(text: str) -> str:
    """A value echoed in a message, cut to something a person can read."""
    return text if len(text) <= 24 else text[:20] + "…"


def _small_int(digits: str) -> int:
    """Whole-number text as an int; past 12 digits, a number too big for any count
    (Python refuses to convert text of more than 4,300 digits)."""
    core = digits.lstrip("+").lstrip("0") or "0"
    return int(core) if len(core) <= 12 else 10**12


def parse_choice(value: object, choices: Sequence[str], key: str) -> str:
    """``value`` as one of ``choices`` (case and spaces ignored); else ``InputError(key)``."""
    text = value.strip().lower() if isinstance(value, str) else ""
    if text not in choices:
        raise InputError(key, value=str(value), choices=", ".join(choices))
    return text


def _percent_number(value: object) -> float | None:
    """A number written as ``3``, ``3%`` or ``3％`` (the percent sign is optional)."""
    if isinstance(value, str):
        value = value.strip().rstrip("%％").strip()
    number = parse_number(value)
    return number if number is not None and math.isfinite(number) else None


def parse_lpr_percent(value: object) -> float:
    """A one-year LPR in percent, from ``LPR_MIN`` to ``LPR_MAX`` (``3.0`` or ``3.0%``)."""
    number = _percent_number(value)
    if number is None or not LPR_MIN <= number <= LPR_MAX:
        raise InputError("rate.lpr-bad", value=str(value), low=LPR_MIN, high=LPR_MAX)
    return number


def parse_flat_percent(value: object, *, name: str) -> float:
    """A quoted monthly or daily rate in percent (``2%``, ``1.5``, ``0.05％``): 0 to 100."""
    number = _percent_number(value)
    if number is None or not 0 <= number <= MAX_FLAT_PERCENT:
        raise InputError("rate.flat-rate-bad", name=name, value=str(value))
    return number


def parse_fee(value: object, *, name: str) -> float:
    """A fee: an amount of 0 or more (0 means none), at most ``MAX_AMOUNT``."""
    number = parse_number(value)
    if number == 0:
        return 0.0
    return parse_amount(value, name=name)


def parse_count(value: object, *, name: str) -> int:
    """A count of payments already made: a whole number from 0 to ``MAX_PERIODS``."""
    text = value.strip() if isinstance(value, str) else value
    if isinstance(text, str) and _INT_RE.fullmatch(text):
        count = _small_int(text)
    elif isinstance(text, int) and not isinstance(text, bool):
        count = text
    else:
        raise InputError("rate.paid-bad", name=name, value=_short(str(value)))
    if not 0 <= count <= MAX_PERIODS:
        raise InputError("rate.paid-bad", name=name, value=_short(str(value)))
    return count


_QUOTED = (
    ("月息", "monthly_rate"),
    ("月利率", "monthly_rate"),
    ("monthly", "monthly_rate"),
    ("日息", "daily_rate"),
    ("日利率", "daily_rate"),
    ("daily", "daily_rate"),
)


def parse_payment_answer(value: object) -> tuple[str, float]:
    """An answer to "how much is each payment?": an amount, or a rate as quoted.

    ``1000`` or ``¥1,000`` gives ``("payment", 1000.0)``; ``月息1.5%`` (or
    ``monthly 1.5%``) gives ``("monthly_rate", 1.5)``; ``日息0.05%`` (or
    ``daily 0.05%``) gives ``("daily_rate", 0.05)``. Raises ``InputError`` otherwise.
    """
    text = value.strip() if isinstance(value, str) else value
    if isinstance(text, str):
        lowered = text.lower()
        for prefix, name in _QUOTED:
            if lowered.startswith(prefix):
                flag = "--monthly-rate" if name == "monthly_rate" else "--daily-rate"
                rest = text[len(prefix) :].strip().lstrip(":：").strip()
                return name, parse_flat_percent(rest, name=flag)
    return "payment", parse_amount(value, name="--payment")
