"""The one reader of the dates and times a person types (pure core).

Every command that takes a date reads it here, so that what ``rate --signed``
accepts ``log add --when`` and a schedule file accept too:

- the day: ``2025-06-01``, ``2025-6-1``, ``2025/6/1``, ``2025.6.1`` or
  ``2025年6月1日`` (what Excel and phone apps write);
- an optional time after it: ``10:00``, ``10:00:30``, ``10点``, ``10点30分``
  (after a space, a ``T`` or ``日``);
- an optional UTC offset at the end: ``Z``, ``+08:00``, ``+0800``;
- full-width digits and punctuation (``２０２５／６／１``) as typed on a Chinese
  keyboard.

A year outside ``MIN_YEAR``..``MAX_YEAR`` is a typo, not a date: no loan, call
or payment a person asks about is that far away, and the calendar arithmetic
that follows would run off the ends of Python's calendar.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache
from typing import Final, Literal, NamedTuple

MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2200

_DAY = r"(?P<y>[0-9]{4})\s*(?:[-/.]|年)\s*(?P<m>[0-9]{1,2})\s*(?:[-/.]|月)\s*(?P<d>[0-9]{1,2})"
_CLOCK = r"(?P<H>[0-9]{1,2})\s*:\s*(?P<M>[0-9]{2})(?:\s*:\s*(?P<S>[0-9]{2}))?"
_HOUR = (
    r"(?P<h>[0-9]{1,2})\s*[点時时]"
    r"(?:\s*(?P<hm>[0-9]{1,2})\s*分?(?:\s*(?P<hs>[0-9]{1,2})\s*秒)?)?"
)
_OFFSET = r"(?P<z>Z|[+-][0-9]{2}:?[0-9]{2})"
_TYPED = rf"{_DAY}(?:\s*日)?(?:(?:\s+|\s*[Tt]\s*|(?<=日)\s*)(?:{_CLOCK}|{_HOUR}))?\s*{_OFFSET}?"

Reason = Literal["form", "day", "year"]


class DateProblem(ValueError):
    """Why typed text is not a date: ``form`` (not written as one), ``day`` (no
    such day or time, such as 2025-02-30 or 25:00) or ``year`` (outside
    ``MIN_YEAR``..``MAX_YEAR``)."""

    def __init__(self, reason: Reason, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason: Reason = reason
        self.text = text


class Typed(NamedTuple):
    """What a person typed: the day, the time if one was given, the offset if one was."""

    day: dt.date
    time: dt.time | None
    offset: dt.tzinfo | None


def normal(text: str) -> str:
    """Full-width digits, letters and punctuation as their ASCII forms, trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def read_typed(text: str) -> Typed:
    """The day, time and offset in ``text``; ``DateProblem`` says why there are none."""
    found = _typed().fullmatch(normal(text))
    if found is None:
        raise DateProblem("form", text)
    parts = found.groupdict()
    year, month, day = int(parts["y"]), int(parts["m"]), int(parts["d"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateProblem("year", text)
    try:
        the_day = dt.date(year, month, day)
        the_time = _time(parts)
        offset = None if parts["z"] is None else _offset(parts["z"])
    except ValueError:
        raise DateProblem("day", text) from None
    return Typed(the_day, the_time, offset)


def read_day(value: object) -> dt.date | None:
    """A calendar day from a date (a datetime's time is dropped) or typed text
    (any time in it is dropped); None when it is none (see ``read_typed``)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return read_typed(value).day
        except DateProblem:
            return None
    return None


@cache
def _typed() -> re.Pattern[str]:
    # Compiled when a date is first read (about 2 ms), not when a command starts.
    return re.compile(_TYPED)


def _time(parts: dict[str, str | None]) -> dt.time | None:
    hour = parts["H"] or parts["h"]
    if hour is None:
        return None
    minute = parts["M"] or parts["hm"] or "0"
    second = parts["S"] or parts["hs"] or "0"
    return dt.time(int(hour), int(minute), int(second))


def _offset(text: str) -> dt.tzinfo:
    if text == "Z":
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 23 or minutes > 59:
        raise ValueError(text)
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
