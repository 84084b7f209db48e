"""Whole numbers typed by a person or set in the environment, read safely.

``str.isdigit()`` is true for "²" and "①", which ``int()`` refuses, and
``int()`` refuses more than 4,300 digits (Python's guard against slow
conversions). Both ended in a traceback or an internal error (hostile pass F6,
F9, F10): here a text is a number only if it is ASCII digits, and it is
compared with its bounds before it is converted.
"""

from __future__ import annotations


def bounded_int(text: str, low: int, high: int) -> int | None:
    """``text`` as a whole number from ``low`` to ``high`` (0 <= low), else None.

    Spaces around it and leading zeros are allowed ("007" is 7, however many
    zeros); a sign, a decimal point, "²", "①" or full-width digits are not.
    """
    digits = text.strip()
    if not digits or not (digits.isascii() and digits.isdigit()):
        return None
    digits = digits.lstrip("0") or "0"
    if len(digits) > len(str(high)):
        return None  # too big: known without converting it
    value = int(digits)
    return value if low <= value <= high else None
