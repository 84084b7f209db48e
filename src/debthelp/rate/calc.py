"""The calculation: what one loan really costs a year, and the lines that rate crosses.

Owns the loan's choices and legal constants (``PERIODS_PER_YEAR``, ``LENDERS``,
the 4 x LPR, 24% and 36% lines), the rule for which inputs are needed
(``missing_inputs``), ``compute_rate`` and its result ``RateResult`` with its
``RateLine``s and notes. ``compute_rate`` turns what the borrower actually
received and what they pay back into the periodic internal rate of return (IRR)
of those cash flows, the annual rate as Chinese disclosure rules count it
(periodic IRR x periods per year, every interest charge and fee included, on
the money actually received), the effective annual rate with compounding, and
the lines that rate is compared with. Nothing here prints, prompts or rounds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from debthelp.errors import InputError
from debthelp.rate.lpr import LprFixing, LprTable, lpr_on
from debthelp.rate.schedule import Schedule, read_schedule
from debthelp.rate.solver import solve_periodic_rate
from debthelp.rate.values import (
    parse_amount,
    parse_choice,
    parse_date,
    parse_lpr_percent,
    parse_periods,
)

PERIODS_PER_YEAR: Final[Mapping[str, float]] = {"month": 12.0, "week": 52.0, "day": 365.0}
LENDERS: Final = (
    "bank",
    "credit-card",
    "consumer-finance",
    "small-loan",
    "platform",
    "private",
    "unknown",
)
# Licensed lenders: the private-lending interpretation does not apply (facts 1a-6, 1a-7).
LICENSED: Final = frozenset({"bank", "credit-card", "consumer-finance", "small-loan"})
# Whoever really lends behind an app decides which rules apply.
DEPENDS: Final = frozenset({"platform", "unknown"})

LPR_MULTIPLE: Final = 4
FIRST_LPR: Final = date(2019, 8, 20)  # first fixing of the reformed LPR (fact 1a-2)
FOUR_LPR_FROM: Final = date(2020, 8, 20)  # 4xLPR replaced 24%/36% for private lending (1a-8)
SMALL_LOAN_CAP: Final = 24.0  # regulatory, small-loan companies (fact 1b-4)
SMALL_LOAN_CAP_FROM: Final = date(2026, 1, 1)  # "January 2026"; the exact day is not verified
CRIMINAL_LINE: Final = 36.0  # illegal-lending crime threshold (fact 1b-6)
# A rate this close to a line is on it, not over it: float noise is not a finding.
_LINE_EPS: Final = 1e-9

# The catalogue key naming each choice, written out so every key is literal.
EVERY_LABELS: Final[Mapping[str, str]] = {
    "month": "rate.every-month",
    "week": "rate.every-week",
    "day": "rate.every-day",
}
LENDER_LABELS: Final[Mapping[str, str]] = {
    "bank": "rate.lender-bank",
    "credit-card": "rate.lender-credit-card",
    "consumer-finance": "rate.lender-consumer-finance",
    "small-loan": "rate.lender-small-loan",
    "platform": "rate.lender-platform",
    "private": "rate.lender-private",
    "unknown": "rate.lender-unknown",
}
# The name of each line in the report (a sentence of data/rate.yaml).
LINE_NAMES: Final[Mapping[str, str]] = {
    "private-4lpr": "rate.line-name-private-4lpr",
    "small-loan-24": "rate.line-name-small-loan-24",
    "criminal-36": "rate.line-name-criminal-36",
    "bank-card-court": "rate.line-name-bank-card-court",
}


@dataclass(frozen=True)
class RateLine:
    """One line the annual rate is compared with.

    ``applies``: True, False, or None when it depends on who the real lender is
    (or on a date not given). ``exceeded`` is computed whenever ``percent`` is
    known, even where the line does not apply: ``explain`` says what it means.
    """

    id: str
    percent: float | None
    applies: bool | None
    exceeded: bool | None
    source: str  # a fact id in shared/legal-facts.md


@dataclass(frozen=True)
class RateResult:
    apr_percent: float  # periodic IRR x periods per year x 100: the disclosure figure
    effective_annual_percent: float  # ((1 + periodic IRR) ** periods per year - 1) x 100
    periodic_rate: float
    periods_per_year: float
    received: float
    borrowed: float | None
    total_paid: float
    total_cost: float  # total_paid - received; negative when less is paid back
    upfront_deduction: float  # borrowed - received, or 0
    lender: str
    signed: date | None
    lpr_percent: float | None  # the one-year LPR used for the 4x line
    lpr_source: str | None  # "given" (--lpr) or the table row's sources
    lines: tuple[RateLine, ...]
    notes: tuple[str, ...]  # message keys; ``explain`` fills in their values
    lpr_from: date | None = None  # publication day of the table row used
    lpr_confirmed_through: date | None = None
    payment: float | None = None  # equal instalments only
    periods: int | None = None
    every: str | None = None  # None for a schedule
    schedule_start: date | None = None  # schedule only
    schedule_end: date | None = None
    payment_count: int = 0

    def line(self, line_id: str) -> RateLine:
        for item in self.lines:
            if item.id == line_id:
                return item
        raise KeyError(line_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "apr_percent": _finite(self.apr_percent),
            "effective_annual_percent": _finite(self.effective_annual_percent),
            "periodic_rate": _finite(self.periodic_rate),
            "periods_per_year": self.periods_per_year,
            "received": self.received,
            "total_paid": self.total_paid,
            "total_cost": self.total_cost,
            "upfront_deduction": self.upfront_deduction,
            "lines": [
                {
                    "id": item.id,
                    "percent": item.percent,
                    "applies": item.applies,
                    "exceeded": item.exceeded,
                    "source": item.source,
                }
                for item in self.lines
            ],
            "lender": self.lender,
            "signed": self.signed.isoformat() if self.signed else None,
            "lpr_percent": self.lpr_percent,
            "notes": list(self.notes),
        }


def _finite(value: float) -> float | None:
    """JSON has no infinity: an overflowing compound rate becomes null."""
    return value if math.isfinite(value) else None


# --------------------------------------------------------------------------- what is needed


def missing_inputs(values: Mapping[str, object]) -> list[str]:
    """The flags still to give, in the order a person gives them.

    A rate needs ``received``, and either ``payment`` and ``periods`` (equal
    instalments) or a ``schedule``; a value of None counts as not given. The
    command, the wizard and ``compute_rate`` all ask this one question.
    """
    missing = []
    if values.get("received") is None:
        missing.append("--received")
    if values.get("schedule") is None:
        if values.get("payment") is None:
            missing.append("--payment")
        if values.get("periods") is None:
            missing.append("--periods")
    return missing


# --------------------------------------------------------------------------- computing


def compute_rate(
    *,
    received: object,
    payment: object = None,
    periods: object = None,
    every: object = "month",
    schedule: Schedule | Path | str | None = None,
    borrowed: object = None,
    lender: object = "unknown",
    signed: object = None,
    lpr: object = None,
    lpr_table: LprTable,
) -> RateResult:
    """The annual rate of one loan and the lines it is compared with.

    Give either ``payment`` and ``periods`` (equal instalments every ``every``)
    or ``schedule`` (a ``Schedule`` or a path to one). Numbers and dates may be
    given as text, as a person typed them; every bad value raises ``InputError``.
    """
    got = parse_amount(received, name="--received")
    contract = None if borrowed is None else parse_amount(borrowed, name="--borrowed")
    if contract is not None and contract < got:
        raise InputError("rate.borrowed-below-received", borrowed=contract, received=got)
    who = parse_choice(lender, LENDERS, "rate.lender-bad")
    signed_day = None
    if signed is not None:
        signed_day = parse_date(signed)
        if signed_day is None:
            raise InputError("rate.date-bad", name="--signed", value=str(signed))
    given_lpr = None if lpr is None else parse_lpr_percent(lpr)

    instalments: dict[str, Any] = {}
    plan: Schedule | None = None
    if schedule is not None:
        if payment is not None or periods is not None:
            raise InputError("rate.payment-and-schedule")
        plan = schedule if isinstance(schedule, Schedule) else read_schedule(schedule)
        flows, per_year = _schedule_flows(plan, got)
        total_paid = plan.total
    else:
        missing = missing_inputs({"received": got, "payment": payment, "periods": periods})
        if missing == ["--payment", "--periods"]:
            raise InputError("rate.need-payment-or-schedule")
        if missing == ["--payment"]:
            raise InputError("rate.need-payment")
        if missing == ["--periods"]:
            raise InputError("rate.need-periods")
        each = parse_amount(payment, name="--payment")
        count = parse_periods(periods)
        unit = parse_choice(every, tuple(PERIODS_PER_YEAR), "rate.every-bad")
        flows = [(0.0, got)] + [(float(k), -each) for k in range(1, count + 1)]
        per_year = PERIODS_PER_YEAR[unit]
        total_paid = each * count
        instalments = {"payment": each, "periods": count, "every": unit}

    periodic = solve_periodic_rate(flows)
    apr = periodic * per_year * 100
    fixing = lpr_on(lpr_table, signed_day) if signed_day is not None and given_lpr is None else None
    lpr_used = given_lpr if given_lpr is not None else (fixing.one_year if fixing else None)
    lines = _lines(apr, who, signed_day, lpr_used)
    notes = _notes(
        periodic=periodic,
        four_applies=lines[0].applies,
        signed=signed_day,
        given_lpr=given_lpr,
        fixing=fixing,
        table=lpr_table,
    )
    return RateResult(
        apr_percent=apr,
        effective_annual_percent=_effective_percent(periodic, per_year),
        periodic_rate=periodic,
        periods_per_year=per_year,
        received=got,
        borrowed=contract,
        total_paid=total_paid,
        total_cost=total_paid - got,
        upfront_deduction=0.0 if contract is None else contract - got,
        lender=who,
        signed=signed_day,
        lpr_percent=lpr_used,
        lpr_source="given" if given_lpr is not None else (fixing.source if fixing else None),
        lines=lines,
        notes=notes,
        lpr_from=fixing.start if fixing else None,
        lpr_confirmed_through=lpr_table.confirmed_through,
        schedule_start=plan.start if plan else None,
        schedule_end=max(p.day for p in plan.payments) if plan else None,
        payment_count=len(plan.payments) if plan else instalments["periods"],
        **instalments,
    )


def _schedule_flows(plan: Schedule, got: float) -> tuple[list[tuple[float, float]], float]:
    if plan.received is not None and abs(plan.received - got) > 0.005:
        raise InputError(
            "rate.schedule-received-mismatch", path=plan.path, in_file=plan.received, received=got
        )
    if all(p.day == plan.start for p in plan.payments):
        raise InputError("rate.schedule-all-on-start", path=plan.path, start=plan.start.isoformat())
    same_day = math.fsum(p.amount for p in plan.payments if p.day == plan.start)
    if same_day >= got:
        raise InputError(
            "rate.schedule-repaid-on-start",
            path=plan.path,
            start=plan.start.isoformat(),
            paid=same_day,
            received=got,
        )
    flows = [(0.0, got)] + [(float((p.day - plan.start).days), -p.amount) for p in plan.payments]
    return flows, PERIODS_PER_YEAR["day"]


def _effective_percent(periodic: float, per_year: float) -> float:
    if periodic <= -1:
        return -100.0
    try:
        return math.expm1(per_year * math.log1p(periodic)) * 100
    except OverflowError:
        return math.inf


def _over(apr: float, percent: float | None) -> bool | None:
    return None if percent is None else apr > percent + _LINE_EPS


def _lines(apr: float, lender: str, signed: date | None, lpr: float | None) -> tuple[RateLine, ...]:
    depends = lender in DEPENDS
    four = None if lpr is None or (signed and signed < FOUR_LPR_FROM) else LPR_MULTIPLE * lpr
    # The 24% cap stops new small-loan lending from January 2026: an earlier or
    # undated small loan may fall outside it.
    small_applies: bool | None = None if depends else False
    if lender == "small-loan":
        small_applies = True if signed and signed >= SMALL_LOAN_CAP_FROM else None
    private: bool | None = None if depends else lender == "private"
    card: bool | None = True if lender == "credit-card" else (None if lender == "bank" else False)
    return (
        RateLine("private-4lpr", four, private, _over(apr, four), "1a-1"),
        RateLine(
            "small-loan-24", SMALL_LOAN_CAP, small_applies, _over(apr, SMALL_LOAN_CAP), "1b-4"
        ),
        RateLine("criminal-36", CRIMINAL_LINE, private, _over(apr, CRIMINAL_LINE), "1b-6"),
        RateLine("bank-card-court", None, card, None, "1a-note"),
    )


def _notes(
    *,
    periodic: float,
    four_applies: bool | None,
    signed: date | None,
    given_lpr: float | None,
    fixing: LprFixing | None,
    table: LprTable,
) -> tuple[str, ...]:
    notes: list[str] = []
    if periodic < 0:
        notes.append("rate.note-repaid-less")
    elif periodic == 0:
        notes.append("rate.note-no-cost")
    if four_applies is False:
        return tuple(notes)  # the 4x line does not concern a licensed lender
    if signed is None:
        if given_lpr is None:
            notes.append("rate.note-need-signed")
    elif signed < FOUR_LPR_FROM:
        notes.append("rate.note-transitional")
        if signed < FIRST_LPR:
            notes.append("rate.note-before-lpr")
    elif given_lpr is None and fixing is None:
        notes.append("rate.note-lpr-unconfirmed")
    elif fixing is not None and fixing.start == signed and fixing != table.fixings[0]:
        notes.append("rate.note-signed-on-change-day")
    return tuple(notes)
