"""A rate as a lender quotes it (月息, 日息), turned into the payments it means.

Owns ``flat_payments``: a quoted monthly or daily rate charged flat on the
whole amount (等本等息) or on the balance still owed, each payment to the fen
and the last one taking the rounding, so the total is exact.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal, localcontext

from debthelp.rate.rules import PERIODS_PER_YEAR


def flat_payments(
    principal: float, count: int, unit: str, flat: tuple[str, float], on: str = "whole"
) -> list[float]:
    """The payments of a quoted rate, each to the fen, the last taking the rounding.

    ``on="whole"`` (等本等息): principal / count + interest on the whole
    principal each period, so the payments add up to principal + interest
    exactly (a 0% quote to the principal itself). ``on="remaining"``: equal
    payments at the same periodic rate on the balance still owed, the last one
    clearing what is left. A quoted monthly rate is per month; a daily rate
    per day, 365 days a year.
    """
    kind, percent = flat
    with localcontext(Context(prec=60)):
        base = Decimal(repr(principal))
        per_period = (
            Decimal(repr(percent))
            / 100
            * (12 if kind == "month" else 365)
            / Decimal(repr(PERIODS_PER_YEAR[unit]))
        )
        if on == "whole":
            total = _to_fen(base + base * per_period * count)
            each = _to_fen(base / count + base * per_period)
            if each * (count - 1) > total:  # thousands of tiny payments: spread evenly
                each = (total / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
            payments = [each] * (count - 1) + [total - each * (count - 1)]
        else:
            if per_period == 0:
                each = _to_fen(base / count)
            else:
                each = _to_fen(base * per_period / (1 - (1 + per_period) ** -count))
            payments, left = [], base
            for k in range(count):
                interest = _to_fen(left * per_period)
                pay = left + interest if k == count - 1 else each
                payments.append(pay)
                left = left + interest - pay
    return [float(p) for p in payments]


def _to_fen(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
