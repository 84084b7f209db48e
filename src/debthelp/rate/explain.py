"""Turning a ``RateResult`` into the report's sentences, in reading order.

Owns ``explain``: it picks which sentences apply to this borrower and the
values to fill in, as (key, values) pairs, and ``percent_text``, the one way a
rate is written (enough decimals near a line, never ``-0.00``). A key names
either an interface sentence in the catalogue (``messages/``) or a sentence
that states law or names a channel, in ``data/rate.yaml`` (see
``debthelp.rate.texts``); every key is written out in full below, never built
from pieces.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any, Final

from debthelp.rate.result import RateLine, RateResult
from debthelp.rate.rules import ABSURD_PERCENT, DEPENDS

_HEADLINES: Final[Mapping[str, str]] = {
    "month": "rate.explain-headline-month",
    "biweekly": "rate.explain-headline-biweekly",
    "week": "rate.explain-headline-week",
    "day": "rate.explain-headline-day",
}
# A regular schedule, counted as instalments at its interval.
_REGULAR: Final[Mapping[str, str]] = {
    "month": "rate.explain-regular-month",
    "biweekly": "rate.explain-regular-biweekly",
    "week": "rate.explain-regular-week",
    "day": "rate.explain-regular-day",
}
# The 4 x LPR line, for a private lender and where it depends on who lends.
_FOUR_LPR: Final[Mapping[tuple[bool, str], str]] = {
    (True, "over"): "rate.line-4lpr-private-over",
    (True, "under"): "rate.line-4lpr-private-under",
    (True, "no-figure"): "rate.line-4lpr-private-no-figure",
    (False, "over"): "rate.line-4lpr-depends-over",
    (False, "under"): "rate.line-4lpr-depends-under",
    (False, "no-figure"): "rate.line-4lpr-depends-no-figure",
}
_LPR_NOTES: Final = (
    "rate.note-need-signed",
    "rate.note-transitional",
    "rate.note-before-lpr",
    "rate.note-lpr-unconfirmed",
    "rate.note-signed-on-change-day",
    "rate.note-signed-from-schedule",
)
# Within this many percentage points of a line, a rate is shown with more decimals.
NEAR_LINE: Final = 0.05
_MAX_PLACES: Final = 6


def percent_places(value: float, lines: Iterable[float | None]) -> int:
    """Decimals enough that a rate near a line never reads as equal to it (2 at least)."""
    places = 2
    for line in lines:
        if line is None or not math.isfinite(value) or abs(value - line) >= NEAR_LINE:
            continue
        while places < _MAX_PLACES and round(value, places) == round(line, places):
            places += 1
    return places


def percent_text(value: float, places: int = 2) -> str:
    """A rate as digits (no sign for a rate that rounds to zero, no ``%``)."""
    shown = round(value, places)
    return f"{0.0 if shown == 0 else shown:,.{places}f}"


def explain(result: RateResult) -> list[tuple[str, dict[str, Any]]]:
    """What the numbers mean for this borrower, as (message key, values) in reading order.

    Values are numbers, not text, except rates (``apr_text``): the catalogue's
    sentences carry the money format, so nothing is rounded before it is shown.
    """
    r = result
    limits = [line.percent for line in r.lines]
    places = percent_places(r.apr_percent, limits)
    daily_places = 2 if r.daily_apr_percent is None else percent_places(r.daily_apr_percent, limits)
    values: dict[str, Any] = {
        # The cash the person could use: a fee paid at the start is not part of it, so
        # `--fee 300 --received 1000` reads as `--received 700 --borrowed 1000` (1a-4).
        "received": r.net_received,
        "apr_text": percent_text(r.apr_percent, places),
        "effective_text": percent_text(r.effective_annual_percent)
        if math.isfinite(r.effective_annual_percent)
        else "",
        "daily_text": ""
        if r.daily_apr_percent is None
        else percent_text(r.daily_apr_percent, daily_places),
        "total_paid": r.total_paid,
        "total_cost": r.total_cost,
        "shortfall": -r.total_cost,
        "borrowed": r.borrowed,
        "deduction": r.upfront_deduction,
        "signed": r.signed.isoformat() if r.signed else "",
        "lpr": r.lpr_percent,
        "confirmed_through": r.lpr_confirmed_through.isoformat() if r.lpr_confirmed_through else "",
        "principal": r.net_received,
    }
    out: list[tuple[str, dict[str, Any]]] = []

    def sentence(key: str, *names: str, **extra: Any) -> None:
        out.append((key, {name: values[name] for name in names} | extra))

    absurd = r.apr_percent > ABSURD_PERCENT
    if absurd:
        sentence("rate.explain-headline-absurd")
    elif r.schedule_start is None:
        assert r.every is not None
        sentence(_HEADLINES[r.every], "received", "apr_text", payment=r.payment, periods=r.periods)
    else:
        assert r.schedule_end is not None
        sentence(
            "rate.explain-headline-schedule",
            "received",
            "apr_text",
            "total_paid",
            start=r.schedule_start.isoformat(),
            end=r.schedule_end.isoformat(),
            count=r.payment_count,
        )
    if r.schedule_start is not None:
        if r.convention == "instalment":
            assert r.every is not None
            sentence(_REGULAR[r.every], "daily_text")
        else:
            sentence("rate.explain-irregular")
    if "rate.note-repaid-less" in r.notes:
        sentence("rate.note-repaid-less", "principal", "total_paid", "shortfall")
    elif "rate.note-no-cost" in r.notes:
        sentence("rate.note-no-cost")
    elif r.effective_annual_percent > ABSURD_PERCENT:
        sentence("rate.explain-cost-huge", "total_paid", "total_cost", "principal")
    else:
        sentence("rate.explain-cost", "total_paid", "total_cost", "effective_text", "principal")
    sentence("rate.explain-basis-schedule" if r.convention == "daily" else "rate.explain-basis")
    if r.flat_rate is not None and r.payment is not None:
        kind, quoted = r.flat_rate
        base = round(r.payment - r.fee_each, 2)
        if r.charged_on == "remaining":
            sentence(
                "rate.explain-remaining-month" if kind == "month" else "rate.explain-remaining-day",
                percent=f"{quoted:g}",
                payment=base,
            )
        else:
            sentence(
                "rate.explain-flat" if kind == "month" else "rate.explain-flat-day",
                percent=f"{quoted:g}",
                principal=r.borrowed if r.borrowed is not None else r.received,
                payment=base,
            )
        if r.last_payment is not None:
            sentence("rate.explain-last-payment", last=r.last_payment, total=r.total_paid)
    if r.fee_at_start:
        sentence("rate.explain-fee-start", fee=r.fee_at_start, net=r.net_received)
    if r.fee_each:
        sentence("rate.explain-fee-each", fee=r.fee_each)
    if r.borrowed is not None and r.borrowed > r.received:
        sentence(
            "rate.explain-deduction",
            "borrowed",
            "principal",
            received=r.received,
            deduction=round(r.borrowed - r.received, 2),
        )

    negative = r.periodic_rate < 0
    for line in r.lines:
        # Paying back less than received is explained above, not compared with a line.
        if not (negative and line.percent is not None):
            for key in _line_keys(line, r):
                sentence(key, "apr_text", "signed", limit=line.percent, lpr=r.lpr_percent)
            out.extend(_amounts(line, r, values))
        if line.id == "private-4lpr":
            for note in _LPR_NOTES:
                if note in r.notes:
                    sentence(note, "signed", "confirmed_through")
    if r.daily_apr_percent is not None and not negative and not absurd:
        for line in r.lines:
            if _straddles(r.apr_percent, r.daily_apr_percent, line):
                sentence("rate.explain-straddle", "apr_text", "daily_text", limit=line.percent)
    sentence("rate.principal-owed", "principal")

    sentence("rate.explain-not-24-36")
    sentence("rate.next-keep-records")
    sentence("rate.next-ask-private" if r.lender == "private" else "rate.next-ask-in-writing")
    if r.lender in ("bank", "credit-card", "consumer-finance"):
        sentence("rate.next-complain-12378")
    elif r.lender in DEPENDS:
        sentence("rate.next-find-lender")
    sentence("rate.next-lawyer-12348")
    sentence("rate.explain-estimate")
    return out


def _straddles(apr: float, daily: float, line: RateLine) -> bool:
    if line.percent is None or line.applies is False:
        return False
    return (apr > line.percent) != (daily > line.percent)


def allowed_text(line: RateLine, result: RateResult) -> str:
    """What a line allows in all, as ``12 × 710.79 = 8,529.48`` or ``8,529.48`` (no unit)."""
    amounts = line.amounts
    assert amounts is not None
    if amounts.payment is not None and result.periods is not None:
        return f"{result.periods} × {amounts.payment:,.2f} = {amounts.total:,.2f}"
    return f"{amounts.total:,.2f}"


def _amounts(
    line: RateLine, r: RateResult, values: Mapping[str, Any]
) -> list[tuple[str, dict[str, Any]]]:
    """What a crossed line allows, and the payments so far against it."""
    amounts = line.amounts
    if amounts is None or not line.exceeded or line.applies is False:
        return []
    key = {
        "private-4lpr": "rate.amounts-4lpr" if line.applies else "rate.amounts-4lpr-if",
        "small-loan-24": "rate.amounts-sl24",
        "criminal-36": "rate.amounts-crim36",
    }[line.id]
    if line.id == "small-loan-24" and line.reason == "signed-before-2026":
        return []
    params = {
        "limit": line.percent,
        "principal": values["principal"],
        "allowed_text": allowed_text(line, r),
        "total_paid": r.total_paid,
        "above": amounts.above,
    }
    out: list[tuple[str, dict[str, Any]]] = [(key, params)]
    if amounts.paid_so_far is not None and line.id != "criminal-36":
        assert amounts.allowed_so_far is not None and amounts.balance_at_most is not None
        if amounts.paid_so_far > amounts.total:
            out.append(
                (
                    "rate.paid-beyond-line",
                    {
                        "paid": amounts.paid_so_far,
                        "limit": line.percent,
                        "allowed_total": amounts.total,
                        "over": amounts.paid_so_far - amounts.total,
                    },
                )
            )
        else:
            out.append(
                (
                    "rate.paid-against-line",
                    {
                        "paid": amounts.paid_so_far,
                        "limit": line.percent,
                        "allowed_so_far": amounts.allowed_so_far,
                        "balance": amounts.balance_at_most,
                        "owed": max(0.0, r.total_paid - amounts.paid_so_far),
                    },
                )
            )
    return out


def _line_keys(line: RateLine, r: RateResult) -> list[str]:
    """The sentences for one line, given who lends: crossed or not, and what it means."""
    lender = r.lender
    if line.id == "private-4lpr":
        if line.applies is False:
            return ["rate.line-4lpr-licensed"]
        state = "no-figure" if line.percent is None else "over" if line.exceeded else "under"
        return [_FOUR_LPR[bool(line.applies), state]]
    if line.id == "small-loan-24":
        if line.reason == "signed-before-2026":
            return ["rate.line-sl24-not-covered"] if lender != "unknown" or line.exceeded else []
        if line.reason == "signed-january-2026":
            return ["rate.line-sl24-january"]
        if lender == "small-loan":
            if not line.exceeded:
                return ["rate.line-sl24-under"]
            return ["rate.line-sl24-over" if line.applies else "rate.line-sl24-when-over"]
        return ["rate.line-sl24-depends-over"] if line.applies is None and line.exceeded else []
    if line.id == "criminal-36":
        if line.applies:
            return ["rate.line-crim36-over" if line.exceeded else "rate.line-crim36-under"]
        return ["rate.line-crim36-depends-over"] if line.applies is None and line.exceeded else []
    if line.id == "bank-card-court":
        if line.applies:
            return ["rate.line-bankcard"]
        return ["rate.line-bankcard-if-card"] if line.applies is None else []
    return []  # pragma: no cover - every line id is handled above
