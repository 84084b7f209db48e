"""Turning a ``RateResult`` into the report's sentences, in reading order.

Owns ``explain``: it picks which sentences apply to this borrower and the
values to fill in, as (key, values) pairs. A key names either an interface
sentence in the catalogue (``messages.py``) or a sentence that states law or
names a channel, in ``data/rate.yaml`` (see ``debthelp.rate.texts``); every key
is written out in full below, never built from pieces.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from debthelp.rate.calc import DEPENDS, RateLine, RateResult

_HEADLINES: Final[Mapping[str, str]] = {
    "month": "rate.explain-headline-month",
    "week": "rate.explain-headline-week",
    "day": "rate.explain-headline-day",
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
)


def explain(result: RateResult) -> list[tuple[str, dict[str, Any]]]:
    """What the numbers mean for this borrower, as (message key, values) in reading order.

    Values are numbers, not text: the catalogue's sentences carry the format
    (``{apr:.2f}``), so nothing is rounded before it is shown.
    """
    r = result
    values: dict[str, Any] = {
        "received": r.received,
        "apr": r.apr_percent,
        "effective": r.effective_annual_percent,
        "total_paid": r.total_paid,
        "total_cost": r.total_cost,
        "shortfall": -r.total_cost,
        "borrowed": r.borrowed,
        "deduction": r.upfront_deduction,
        "signed": r.signed.isoformat() if r.signed else "",
        "lpr": r.lpr_percent,
        "confirmed_through": r.lpr_confirmed_through.isoformat() if r.lpr_confirmed_through else "",
    }
    out: list[tuple[str, dict[str, Any]]] = []

    def sentence(key: str, *names: str, **extra: Any) -> None:
        out.append((key, {name: values[name] for name in names} | extra))

    if r.every is not None:
        sentence(
            _HEADLINES[r.every],
            "received",
            "apr",
            payment=r.payment,
            periods=r.periods,
        )
    else:
        assert r.schedule_start is not None and r.schedule_end is not None
        sentence(
            "rate.explain-headline-schedule",
            "received",
            "apr",
            "total_paid",
            start=r.schedule_start.isoformat(),
            end=r.schedule_end.isoformat(),
            count=r.payment_count,
        )
    if "rate.note-repaid-less" in r.notes:
        sentence("rate.note-repaid-less", "received", "total_paid", "shortfall")
    elif "rate.note-no-cost" in r.notes:
        sentence("rate.note-no-cost")
    else:
        sentence("rate.explain-cost", "total_paid", "total_cost", "effective")
    sentence("rate.explain-basis-schedule" if r.every is None else "rate.explain-basis")
    if r.upfront_deduction > 0:
        sentence("rate.explain-deduction", "borrowed", "received", "deduction")

    for line in r.lines:
        for key in _line_keys(line, r.lender):
            sentence(key, "apr", limit=line.percent, lpr=r.lpr_percent)
        if line.id == "private-4lpr":
            for note in _LPR_NOTES:
                if note in r.notes:
                    sentence(note, "signed", "confirmed_through")

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


def _line_keys(line: RateLine, lender: str) -> list[str]:
    """The sentences for one line, given who lends: crossed or not, and what it means."""
    if line.id == "private-4lpr":
        if line.applies is False:
            return ["rate.line-4lpr-licensed"]
        state = "no-figure" if line.percent is None else "over" if line.exceeded else "under"
        return [_FOUR_LPR[bool(line.applies), state]]
    if line.id == "small-loan-24":
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
