"""What ``compute_rate`` returns: ``RateResult``, its ``RateLine``s, ``LineAmounts`` and ``Row``s.

Frozen dataclasses and their JSON form (``RateResult.to_json``); nothing here
computes a rate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from debthelp.rate.rules import LINE_LEVELS


@dataclass(frozen=True)
class LineAmounts:
    """What the same payment dates come to at a line's rate, on the cash received (1a-4).

    Every later payment is scaled by one factor so the loan costs exactly the
    line's rate; payments on the first day (fees taken at once) are not part of
    the principal and the line allows none of them. Money is rounded to the fen.
    """

    payment: float | None  # the instalment at the line (equal instalments only)
    total: float  # all the line allows, over every payment
    above: float  # what the contract asks beyond that (0 if none)
    share: float  # allowed / asked, for every later payment
    paid_so_far: float | None = None
    allowed_so_far: float | None = None
    # Still to pay if the line is kept, counted as a court would: each payment
    # set first against the interest the line allows, the rest against the
    # principal; never more than the contract itself still asks.
    balance_at_most: float | None = None


@dataclass(frozen=True)
class RateLine:
    """One line the annual rate is compared with.

    ``applies``: True, False, or None when it depends on who the real lender is
    (or on a date not given); ``reason`` says why, as a short code. ``exceeded``
    is computed whenever ``percent`` is known and the rate is not negative.
    """

    id: str
    percent: float | None
    applies: bool | None
    exceeded: bool | None
    source: str  # a fact id in shared/legal-facts.md
    reason: str = ""
    amounts: LineAmounts | None = None

    @property
    def level(self) -> str:
        return LINE_LEVELS[self.id]


@dataclass(frozen=True)
class Row:
    """One payment date of the amortisation table: under the contract, and under a line."""

    day: date | None
    time: float  # in periods since the money arrived
    amount: float
    interest: float
    principal: float
    line_amount: float | None = None
    line_interest: float | None = None
    line_principal: float | None = None


@dataclass(frozen=True)
class RateResult:
    apr_percent: float  # periodic IRR x periods per year x 100: the disclosure figure
    effective_annual_percent: float  # ((1 + periodic IRR) ** periods per year - 1) x 100
    periodic_rate: float
    periods_per_year: float
    received: float
    borrowed: float | None
    total_paid: float  # every payment after the day the money arrived: what the contract asks
    total_cost: float  # total_paid - principal; negative when less is paid back
    upfront_deduction: float  # (borrowed, else received) - principal: all taken before use
    lender: str
    signed: date | None
    lpr_percent: float | None  # the one-year LPR used for the 4x line
    lpr_source: str | None  # "given" (--lpr) or the table row's sources
    lines: tuple[RateLine, ...]
    notes: tuple[str, ...]  # message keys; ``explain`` fills in their values
    lpr_from: date | None = None  # publication day of the table row used
    lpr_confirmed_through: date | None = None
    payment: float | None = None  # equal instalments only (fees per payment included)
    periods: int | None = None
    every: str | None = None  # the interval: given, or found in a regular schedule
    schedule_start: date | None = None  # schedule only
    schedule_end: date | None = None
    payment_count: int = 0
    convention: str = "instalment"  # "instalment" (IRR x periods a year) or "daily" (x 365)
    daily_apr_percent: float | None = None  # a schedule's daily IRR x 365, beside the headline
    fee_at_start: float = 0.0
    fee_each: float = 0.0
    flat_rate: tuple[str, float] | None = None  # ("month" or "day", percent) as quoted
    signed_from: str | None = None  # "flag" or "schedule"
    paid_so_far: float | None = None
    paid_count: int | None = None
    rows: tuple[Row, ...] = ()
    table_line: str | None = None
    start: date | None = None  # the day the money arrived, when known
    end: date | None = None  # the last payment's day, when known
    first_day_paid: float = 0.0  # paid back on the day the money arrived (fees taken at once)
    last_payment: float | None = None  # a quoted rate's last payment, when rounding differs
    charged_on: str | None = None  # a quoted rate: "whole" (flat) or "remaining"

    def line(self, line_id: str) -> RateLine:
        for item in self.lines:
            if item.id == line_id:
                return item
        raise KeyError(line_id)

    @property
    def net_received(self) -> float:
        """The cash received less what went back on the first day: the principal (1a-4)."""
        return round(self.received - self.first_day_paid, 2) + 0.0

    @property
    def fees(self) -> float:
        count = self.periods if self.periods is not None else 0
        return self.fee_at_start + self.fee_each * count

    def to_json(self, *, table: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "apr_percent": _finite(self.apr_percent),
            "effective_annual_percent": _finite(self.effective_annual_percent),
            "periodic_rate": _finite(self.periodic_rate),
            "periods_per_year": self.periods_per_year,
            "convention": self.convention,
            "apr_daily_percent": _finite_or_none(self.daily_apr_percent),
            "received": _cents(self.received),
            "borrowed": _cents(self.borrowed),
            "principal": _cents(self.net_received),
            "payment": _cents(self.payment),
            "last_payment": _cents(self.last_payment),
            "periods": self.periods,
            "every": self.every,
            "quoted_rate": None
            if self.flat_rate is None
            else {
                "per": self.flat_rate[0],
                "percent": self.flat_rate[1],
                "charged_on": self.charged_on,
            },
            "fees": {
                "at_start": _cents(self.fee_at_start),
                "each_payment": _cents(self.fee_each),
                "total": _cents(self.fees),
            },
            "start": _iso(self.start),
            "end": _iso(self.end),
            "total_paid": _cents(self.total_paid),
            "total_cost": _cents(self.total_cost),
            "upfront_deduction": _cents(self.upfront_deduction),
            "paid_so_far": _cents(self.paid_so_far),
            "lines": [_line_json(item) for item in self.lines],
            "lender": self.lender,
            "signed": _iso(self.signed),
            "signed_from": self.signed_from,
            "lpr_percent": self.lpr_percent,
            "lpr_source": None
            if self.lpr_percent is None
            else ("flag" if self.lpr_source == "given" else "table"),
            "lpr_from": _iso(self.lpr_from),
            "notes": list(self.notes),
        }
        if table:
            data["table_line"] = self.table_line
            data["schedule"] = [
                {
                    "date": _iso(row.day),
                    "amount": _cents(row.amount),
                    "interest": _cents(row.interest),
                    "principal": _cents(row.principal),
                    "line_amount": _cents(row.line_amount),
                    "line_interest": _cents(row.line_interest),
                    "line_principal": _cents(row.line_principal),
                }
                for row in self.rows
            ]
        return data


def _line_json(item: RateLine) -> dict[str, Any]:
    amounts = item.amounts
    return {
        "id": item.id,
        "percent": item.percent,
        "applies": item.applies,
        "reason": item.reason,
        "level": item.level,
        "exceeded": item.exceeded,
        "source": item.source,
        "allowed_payment": _cents(amounts.payment) if amounts else None,
        "allowed_total": _cents(amounts.total) if amounts else None,
        "above_line": _cents(amounts.above) if amounts else None,
        "paid_so_far": _cents(amounts.paid_so_far) if amounts else None,
        "allowed_so_far": _cents(amounts.allowed_so_far) if amounts else None,
        "balance_at_most": _cents(amounts.balance_at_most) if amounts else None,
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _cents(value: float | None) -> float | None:
    """Money in JSON: a number rounded to the fen, halves up (never float noise)."""
    if value is None or not math.isfinite(value):
        return None
    if abs(value) >= 1e13:  # no fen left to round in a float this large
        return value
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + 0.0


def _finite(value: float) -> float | None:
    """JSON has no infinity: an overflowing compound rate becomes null."""
    return value if math.isfinite(value) else None


def _finite_or_none(value: float | None) -> float | None:
    return None if value is None else _finite(value)
