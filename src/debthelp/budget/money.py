"""Money as whole fen (1 yuan = 100 fen) and rates as exact decimals (pure core).

Owns ``to_fen``, ``parse_rate`` and ``monthly_interest``: every amount the
budget adds or splits is an ``int`` of fen, so sums are exact to the cent. The
one place a fraction of a fen appears is a month's interest, rounded half up to
the fen (``monthly_interest``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

from debthelp.errors import InputError

MAX_YUAN: Final = Decimal(10) ** 12  # the same ceiling as `debthelp rate`
MAX_RATE: Final = Decimal(1000)  # percent a year
_STRIP = str.maketrans("", "", ",，¥￥元 \u00a0")


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | Decimal):
        text = str(value)
    elif isinstance(value, str):
        text = value.strip().translate(_STRIP)
    else:
        return None
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def to_fen(value: object) -> int | None:
    """An amount in yuan (``6000``, ``"6,000"``, ``"¥6000.5"``) as whole fen,
    rounded half up; None when it is not a number from 0 to 10**12 yuan."""
    number = _decimal(value)
    if number is None or number < 0 or number > MAX_YUAN:
        return None
    return int((number * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_rate(value: object) -> Decimal | None:
    """An annual rate in percent (``24``, ``"24%"``) from 0 to 1000; None otherwise."""
    text = value.strip().rstrip("%") if isinstance(value, str) else value
    number = _decimal(text)
    if number is None or number < 0 or number > MAX_RATE:
        return None
    return number


def amount_fen(value: object, name: str) -> int:
    """A flag's amount in fen, or ``InputError`` naming the flag."""
    fen = to_fen(value)
    if fen is None:
        raise InputError("budget.amount-bad", name=name, value=str(value))
    return fen


def monthly_interest(balance: int, rate: Decimal) -> int:
    """One month's interest on ``balance`` fen at ``rate`` percent a year:
    balance x rate / 100 / 12, rounded half up to the fen."""
    if balance <= 0 or rate == 0:
        return 0
    # In whole numbers, so no precision runs out however large a balance grows.
    top, bottom = rate.as_integer_ratio()
    return (2 * balance * top + 1200 * bottom) // (2400 * bottom)


def yuan(fen: int) -> float:
    """Fen as yuan for JSON and formatting (exact: every fen is a short decimal)."""
    return fen / 100
