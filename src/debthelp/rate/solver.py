"""The IRR solver: the one rate per period that makes a set of cash flows cancel.

Owns ``solve_periodic_rate`` and nothing else: Newton's method kept inside a
bracket, with bisection whenever Newton would leave it or stall. Pure
arithmetic; it knows nothing of loans, lenders or legal lines.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Final

from debthelp.errors import InputError

_X_MAX: Final = 700.0  # log(1 + r): e**700 is still a finite float
_X_MIN: Final = -745.0  # below this 1 + r rounds to 0
_MAX_ITER: Final = 300
# x -> (NPV, dNPV/dx), both divided by the same positive factor
_Npv = Callable[[float], tuple[float, float]]


def solve_periodic_rate(flows: Sequence[tuple[float, float]]) -> float:
    """The rate r per period with sum(amount * (1 + r) ** -time) == 0.

    ``flows`` are (time in periods, amount) pairs from the borrower's side:
    +received at time 0, -payments later. Returns 0.0 when the amounts cancel,
    a negative rate when less is paid back than received. Solved for
    x = log(1 + r) by Newton's method kept inside a bracket that bisection
    shrinks whenever a Newton step would leave it or stalls, with every sum
    scaled so no power overflows. Raises ``InputError`` saying why when no rate
    exists.
    """
    times: list[float] = []
    amounts: list[float] = []
    for index, (time, amount) in enumerate(flows, start=1):
        t, a = float(time), float(amount)
        if not (math.isfinite(t) and math.isfinite(a)) or t < 0:
            raise InputError("rate.solve-bad-flow", index=index)
        if a != 0:
            times.append(t)
            amounts.append(a)
    if not any(a > 0 for a in amounts) or not any(a < 0 for a in amounts):
        raise InputError("rate.solve-one-sided")
    net = math.fsum(amounts)
    if abs(net) <= 1e-12 * math.fsum(abs(a) for a in amounts):
        return 0.0
    if min(times) == max(times):
        raise InputError("rate.solve-no-root")

    def value(x: float) -> tuple[float, float]:
        """NPV and its derivative in x, both divided by the same positive factor."""
        powers = [-x * t for t in times]
        top = max(powers)
        weights = [math.exp(p - top) for p in powers]
        npv = math.fsum(a * w for a, w in zip(amounts, weights, strict=True))
        slope = math.fsum(-t * a * w for t, a, w in zip(times, amounts, weights, strict=True))
        return npv, slope

    low, high = _bracket(value, net)
    if low == high:
        return math.expm1(low)
    return math.expm1(_newton_in_bracket(value, low, high))


def _bracket(value: _Npv, net: float) -> tuple[float, float]:
    """Two x with NPVs of opposite sign (or one x twice, where the NPV is 0)."""
    # Paying back more than was received means a positive rate for the usual
    # shape (money in first, out later), so look that way first.
    preferred = 1.0 if net < 0 else -1.0
    for direction in (preferred, -preferred):
        previous, width = 0.0, 1e-3
        while True:
            x = max(_X_MIN, min(_X_MAX, direction * width))
            npv, _ = value(x)
            if npv == 0:
                return x, x
            if (npv > 0) != (net > 0):
                return previous, x
            if x in (_X_MIN, _X_MAX):
                break
            previous, width = x, width * 2
    raise InputError("rate.solve-no-root")


def _newton_in_bracket(value: _Npv, a: float, b: float) -> float:
    """Safeguarded Newton (Numerical Recipes' rtsafe) on an x bracket."""
    fa, _ = value(a)
    low, high = (a, b) if fa < 0 else (b, a)  # value(low) < 0 < value(high)
    x = 0.5 * (low + high)
    step_before = step = abs(high - low)
    npv, slope = value(x)
    for _ in range(_MAX_ITER):
        outside = ((x - high) * slope - npv) * ((x - low) * slope - npv) > 0
        if outside or slope == 0 or abs(2 * npv) > abs(step_before * slope):
            step_before, step = step, 0.5 * (high - low)
            x = low + step
        else:
            step_before, step = step, npv / slope
            x -= step
        if abs(step) <= 1e-14 * max(1.0, abs(x)):
            return x
        npv, slope = value(x)
        if npv == 0:
            return x
        if npv < 0:
            low = x
        else:
            high = x
    if abs(high - low) <= 1e-9 * max(1.0, abs(x)):
        return x
    raise InputError("rate.solve-no-convergence")  # pragma: no cover - bisection converges
