"""What a loan really costs a year, and which legal lines that crosses (pure core).

``compute_rate`` turns what the borrower actually received and what they pay back
into the periodic internal rate of return (IRR) of those cash flows, the annual
rate as Chinese disclosure rules count it (periodic IRR x periods per year, every
interest charge and fee included, on the money actually received), the effective
annual rate with compounding, and the lines that rate is compared with.
``explain`` turns the result into catalogue keys and values, in reading order.
Nothing here prints, prompts or rounds: renderers do.

Equal instalments
    ``received`` at time 0 and ``periods`` payments of ``payment``, the first one
    period after the money arrived; a period is a month, a week or a day.

A schedule file (uneven payments, fees, "membership" or "guarantee" charges)
    Every date is ``YYYY-MM-DD``; the rate is computed on actual days (a daily
    rate, 365 days a year). A payment may fall on the day the money arrived (a
    fee taken at once), never before it.

    CSV: a header line ``date,amount,note`` (``note`` may be left out; Chinese
    ``日期,金额,备注`` works too). The first row under it is the day the money
    reached you and the amount you received; every further row is one payment,
    in any order. Blank lines and lines starting with ``#`` are skipped; amounts
    may carry ``¥`` or ``元``::

        date,amount,note
        2025-06-01,8000,received
        2025-07-01,1000,
        2025-07-01,99,membership fee
        2025-08-01,1000,

    YAML: the day the money arrived, optionally the amount received, and the
    payments::

        start: 2025-06-01
        received: 8000          # optional
        payments:
          - {date: 2025-07-01, amount: 1000}
          - {date: 2025-07-01, amount: 99, note: membership fee}

    The amount received in the file, when given, must agree with ``--received``
    (to the fen): a mismatch usually means the first CSV row is a payment.
"""

from __future__ import annotations

import bisect
import csv
import io
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from debthelp.errors import InputError
from debthelp.yamlio import LineDict, load_yaml, read_text

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

MAX_AMOUNT: Final = 1e12
MAX_PERIODS: Final = 10_000
MAX_ROWS: Final = 10_000
LPR_MULTIPLE: Final = 4
FIRST_LPR: Final = date(2019, 8, 20)  # first fixing of the reformed LPR (fact 1a-2)
FOUR_LPR_FROM: Final = date(2020, 8, 20)  # 4xLPR replaced 24%/36% for private lending (1a-8)
SMALL_LOAN_CAP: Final = 24.0  # regulatory, small-loan companies (fact 1b-4)
SMALL_LOAN_CAP_FROM: Final = date(2026, 1, 1)  # "January 2026"; the exact day is not verified
CRIMINAL_LINE: Final = 36.0  # illegal-lending crime threshold (fact 1b-6)
# A rate this close to a line is on it, not over it: float noise is not a finding.
_LINE_EPS: Final = 1e-9

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INT_RE = re.compile(r"[+]?\d+")
_AMOUNT_STRIP = str.maketrans("", "", ",，¥￥元 \u00a0")
_HEADER_NAMES: Final[Mapping[str, str]] = {
    "date": "date",
    "日期": "date",
    "amount": "amount",
    "金额": "amount",
    "note": "note",
    "备注": "note",
}


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class LprFixing:
    """A one-year LPR, in force from its publication day ``start`` until the next."""

    start: date
    one_year: float
    source: str


@dataclass(frozen=True)
class LprTable:
    fixings: tuple[LprFixing, ...]  # every change, oldest first
    last_fixing: date  # the last monthly fixing known (with or without a change)
    confirmed_through: date  # the last day the table is known to be right


@dataclass(frozen=True)
class Payment:
    day: date
    amount: float
    note: str
    row: int  # the line in the file, for messages


@dataclass(frozen=True)
class Schedule:
    start: date  # the day the money reached the borrower
    payments: tuple[Payment, ...]
    received: float | None = None  # the amount received, when the file states it
    path: str = ""

    @property
    def total(self) -> float:
        return math.fsum(p.amount for p in self.payments)


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


# --------------------------------------------------------------------------- the solver

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


# --------------------------------------------------------------------------- values


def _number(value: object) -> float | None:
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


def _amount(value: object, prefix: str, **where: Any) -> float:
    """A money amount: a finite number above 0 and at most 1e12.

    ``prefix`` chooses the key family: ``rate.amount-*`` for a flag,
    ``rate.schedule-amount-*`` for a row of a schedule file.
    """
    number = _number(value)
    if number is None or not math.isfinite(number):
        raise InputError(f"{prefix}amount-bad", value=str(value), **where)
    if number <= 0:
        raise InputError(f"{prefix}amount-not-positive", value=str(value), **where)
    if number > MAX_AMOUNT:
        raise InputError(f"{prefix}amount-too-large", value=str(value), max=MAX_AMOUNT, **where)
    return number


def _date(value: object) -> date | None:
    """A calendar day from a date (a datetime's time is dropped) or ``YYYY-MM-DD``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE_RE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _periods(value: object) -> int:
    count: int | None = None
    if isinstance(value, bool):
        count = None
    elif isinstance(value, int):
        count = value
    elif isinstance(value, float) and value.is_integer():
        count = int(value)
    elif isinstance(value, str) and _INT_RE.fullmatch(value.strip()):
        count = int(value.strip())
    if count is None:
        raise InputError("rate.periods-bad", value=str(value))
    if not 1 <= count <= MAX_PERIODS:
        raise InputError("rate.periods-out-of-range", value=count, max=MAX_PERIODS)
    return count


def _choice(value: object, choices: Sequence[str], key: str) -> str:
    text = value.strip().lower() if isinstance(value, str) else ""
    if text not in choices:
        raise InputError(key, value=str(value), choices=", ".join(choices))
    return text


def _lpr_percent(value: object) -> float:
    number = _number(value.rstrip("%") if isinstance(value, str) else value)
    if number is None or not math.isfinite(number) or not 0 < number < 100:
        raise InputError("rate.lpr-bad", value=str(value))
    return number


# --------------------------------------------------------------------------- the LPR table


def default_lpr_path() -> Path:
    """The shipped table: inside the installed package, or data/ in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / "lpr.yaml"
    if packaged.is_file():
        return packaged
    return here.parents[1] / "data" / "lpr.yaml"


def _lpr_file_error(key: str, /, **params: Any) -> InputError:
    path = str(params.pop("path", ""))
    detail = ", ".join(f"{name}={value}" for name, value in params.items())
    return InputError("rate.lpr-table-invalid", path=path, problems=f"{key} {detail}".strip())


def load_lpr_table(path: Path | None = None) -> LprTable:
    """Read and fully check the dated one-year LPR table (``data/lpr.yaml``)."""
    file = default_lpr_path() if path is None else Path(path)
    raw = load_yaml(read_text(file, error=_lpr_file_error), path=str(file), error=_lpr_file_error)
    problems: list[str] = []
    fixings: list[LprFixing] = []
    last_fixing = confirmed = None
    if not isinstance(raw, LineDict):
        problems.append("the file must be a mapping")
    else:
        for key in sorted(set(raw) - {"changes", "last_fixing", "confirmed_through"}):
            problems.append(f"line {raw.line_of(key)}: unknown key {key!r}")
        last_fixing = _exact_date(raw.get("last_fixing"))
        confirmed = _exact_date(raw.get("confirmed_through"))
        if last_fixing is None:
            problems.append(f"line {raw.line_of('last_fixing')}: last_fixing must be a date")
        if confirmed is None:
            problems.append(
                f"line {raw.line_of('confirmed_through')}: confirmed_through must be a date"
            )
        rows = raw.get("changes")
        if not isinstance(rows, list) or not rows:
            problems.append(f"line {raw.line_of('changes')}: changes must be a non-empty list")
            rows = []
        for index, row in enumerate(rows, start=1):
            fixing = _lpr_row(row, index, raw.line_of("changes"), problems)
            if fixing is None:
                continue
            if fixings and fixing.start <= fixings[-1].start:
                problems.append(f"changes[{index}]: dates must be in increasing order")
            fixings.append(fixing)
        if fixings and last_fixing and last_fixing < fixings[-1].start:
            problems.append("last_fixing is before the last change")
        if last_fixing and confirmed and confirmed < last_fixing:
            problems.append("confirmed_through is before last_fixing")
    if problems or last_fixing is None or confirmed is None:
        raise InputError("rate.lpr-table-invalid", path=str(file), problems="; ".join(problems))
    return LprTable(tuple(fixings), last_fixing, confirmed)


def _exact_date(value: object) -> date | None:
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def _lpr_row(row: object, index: int, line: int, problems: list[str]) -> LprFixing | None:
    where = f"changes[{index}]"
    if not isinstance(row, LineDict):
        problems.append(f"line {line}: {where} must be a mapping")
        return None
    found = len(problems)
    for key in sorted(set(row) - {"from", "one_year", "source"}):
        problems.append(f"line {row.line_of(key)}: {where}: unknown key {key!r}")
    start = _exact_date(row.get("from"))
    if start is None:
        problems.append(f"line {row.line_of('from')}: {where}.from must be a date")
    rate = row.get("one_year")
    if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 < rate < 100:
        problems.append(
            f"line {row.line_of('one_year')}: {where}.one_year must be a percent in (0, 100)"
        )
    source = row.get("source")
    if not isinstance(source, str) or not source.strip():
        problems.append(f"line {row.line_of('source')}: {where}.source must be non-empty text")
    if len(problems) > found or start is None:
        return None
    assert isinstance(rate, int | float) and isinstance(source, str)
    return LprFixing(start, float(rate), source.strip())


def lpr_on(table: LprTable, day: date) -> LprFixing | None:
    """The fixing in force on ``day``; None before the first or after ``confirmed_through``."""
    if day < table.fixings[0].start or day > table.confirmed_through:
        return None
    index = bisect.bisect_right([f.start for f in table.fixings], day) - 1
    return table.fixings[index]


# --------------------------------------------------------------------------- schedule files


def _schedule_file_error(key: str, /, **params: Any) -> InputError:
    # yamlio's keys (file-missing, yaml-syntax, ...) under this command's prefix.
    return InputError(f"rate.schedule-{key}", **params)


def read_schedule(path: Path | str) -> Schedule:
    """Read a CSV or YAML schedule (the format is in this module's docstring).

    ``.yaml``/``.yml`` files are read as YAML, anything else as CSV.
    """
    file = Path(path)
    text = read_text(file, error=_schedule_file_error)
    if not text.strip():
        raise InputError("rate.schedule-empty", path=str(file))
    if file.suffix.lower() in (".yaml", ".yml"):
        return _schedule_from_yaml(text, str(file))
    return _schedule_from_csv(text, str(file))


def _row_date(value: object, path: str, row: int) -> date:
    day = _date(value)
    if day is None:
        raise InputError("rate.schedule-date-bad", path=path, row=row, value=str(value))
    return day


def _payment(
    day_value: object, amount_value: object, note: object, *, path: str, row: int, amount_row: int
) -> Payment:
    day = _row_date(day_value, path, row)
    amount = _amount(amount_value, "rate.schedule-", path=path, row=amount_row)
    return Payment(day, amount, "" if note is None else str(note).strip(), row)


def _schedule(start: date, received: float | None, payments: list[Payment], path: str) -> Schedule:
    for pay in payments:
        if pay.day < start:
            raise InputError(
                "rate.schedule-before-start",
                path=path,
                row=pay.row,
                date=pay.day.isoformat(),
                start=start.isoformat(),
            )
    if not payments:
        raise InputError("rate.schedule-no-payments", path=path)
    return Schedule(start, tuple(payments), received, path)


def _schedule_from_csv(text: str, path: str) -> Schedule:
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    start: date | None = None
    received: float | None = None
    payments: list[Payment] = []
    try:
        for fields in reader:
            row = reader.line_num
            cells = [cell.strip() for cell in fields]
            if not any(cells) or cells[0].startswith("#"):
                continue
            if header is None:
                names = [_HEADER_NAMES.get(cell.lower(), cell) for cell in cells]
                if names not in (["date", "amount"], ["date", "amount", "note"]):
                    raise InputError("rate.schedule-bad-header", path=path, found=",".join(cells))
                header = names
                continue
            while len(cells) > len(header) and not cells[-1]:
                cells.pop()
            if len(cells) < 2 or len(cells) > len(header):
                raise InputError("rate.schedule-bad-row", path=path, row=row, count=len(cells))
            note = cells[2] if len(cells) > 2 else ""
            if start is None:
                start = _row_date(cells[0], path, row)
                received = _amount(cells[1], "rate.schedule-", path=path, row=row)
                continue
            if len(payments) >= MAX_ROWS:
                raise InputError("rate.schedule-too-many-rows", path=path, max=MAX_ROWS)
            payments.append(_payment(cells[0], cells[1], note, path=path, row=row, amount_row=row))
    except csv.Error:
        raise InputError("rate.schedule-bad-row", path=path, row=reader.line_num, count=0) from None
    if header is None:
        raise InputError("rate.schedule-empty", path=path)
    if start is None:
        raise InputError("rate.schedule-no-payments", path=path)
    return _schedule(start, received, payments, path)


def _schedule_from_yaml(text: str, path: str) -> Schedule:
    raw = load_yaml(text, path=path, error=_schedule_file_error)
    if raw is None:
        raise InputError("rate.schedule-empty", path=path)
    if not isinstance(raw, LineDict):
        raise InputError("rate.schedule-yaml-shape", path=path)
    for key in raw:
        if key not in ("start", "received", "payments"):
            raise InputError("rate.schedule-unknown-key", path=path, row=raw.line_of(key), key=key)
    if "start" not in raw:
        raise InputError("rate.schedule-no-start", path=path)
    start = _row_date(raw["start"], path, raw.line_of("start"))
    received = None
    if raw.get("received") is not None:
        received = _amount(
            raw["received"], "rate.schedule-", path=path, row=raw.line_of("received")
        )
    items = raw.get("payments")
    if items is None or items == []:
        raise InputError("rate.schedule-no-payments", path=path)
    if not isinstance(items, list):
        raise InputError("rate.schedule-yaml-shape", path=path)
    if len(items) > MAX_ROWS:
        raise InputError("rate.schedule-too-many-rows", path=path, max=MAX_ROWS)
    payments: list[Payment] = []
    for item in items:
        if not isinstance(item, LineDict) or "date" not in item or "amount" not in item:
            row = item.line if isinstance(item, LineDict) else raw.line_of("payments")
            raise InputError("rate.schedule-bad-item", path=path, row=row)
        for key in item:
            if key not in ("date", "amount", "note"):
                raise InputError(
                    "rate.schedule-unknown-key", path=path, row=item.line_of(key), key=key
                )
        payments.append(
            _payment(
                item["date"],
                item["amount"],
                item.get("note"),
                path=path,
                row=item.line_of("date"),
                amount_row=item.line_of("amount"),
            )
        )
    return _schedule(start, received, payments, path)


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
    got = _amount(received, "rate.", name="--received")
    contract = None if borrowed is None else _amount(borrowed, "rate.", name="--borrowed")
    if contract is not None and contract < got:
        raise InputError("rate.borrowed-below-received", borrowed=contract, received=got)
    who = _choice(lender, LENDERS, "rate.lender-bad")
    signed_day = None
    if signed is not None:
        signed_day = _date(signed)
        if signed_day is None:
            raise InputError("rate.date-bad", name="--signed", value=str(signed))
    given_lpr = None if lpr is None else _lpr_percent(lpr)

    instalments: dict[str, Any] = {}
    plan: Schedule | None = None
    if schedule is not None:
        if payment is not None or periods is not None:
            raise InputError("rate.payment-and-schedule")
        plan = schedule if isinstance(schedule, Schedule) else read_schedule(schedule)
        flows, per_year = _schedule_flows(plan, got)
        total_paid = plan.total
    else:
        if payment is None and periods is None:
            raise InputError("rate.need-payment-or-schedule")
        if payment is None:
            raise InputError("rate.need-payment")
        if periods is None:
            raise InputError("rate.need-periods")
        each = _amount(payment, "rate.", name="--payment")
        count = _periods(periods)
        unit = _choice(every, tuple(PERIODS_PER_YEAR), "rate.every-bad")
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


# --------------------------------------------------------------------------- explaining

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

    def say(key: str, *names: str, **extra: Any) -> None:
        out.append((key, {name: values[name] for name in names} | extra))

    if r.every is not None:
        say(
            f"rate.explain-headline-{r.every}",
            "received",
            "apr",
            payment=r.payment,
            periods=r.periods,
        )
    else:
        assert r.schedule_start is not None and r.schedule_end is not None
        say(
            "rate.explain-headline-schedule",
            "received",
            "apr",
            "total_paid",
            start=r.schedule_start.isoformat(),
            end=r.schedule_end.isoformat(),
            count=r.payment_count,
        )
    if "rate.note-repaid-less" in r.notes:
        say("rate.note-repaid-less", "received", "total_paid", "shortfall")
    elif "rate.note-no-cost" in r.notes:
        say("rate.note-no-cost")
    else:
        say("rate.explain-cost", "total_paid", "total_cost", "effective")
    say("rate.explain-basis-schedule" if r.every is None else "rate.explain-basis")
    if r.upfront_deduction > 0:
        say("rate.explain-deduction", "borrowed", "received", "deduction")

    for line in r.lines:
        for key in _line_keys(line, r.lender):
            say(key, "apr", limit=line.percent, lpr=r.lpr_percent)
        if line.id == "private-4lpr":
            for note in _LPR_NOTES:
                if note in r.notes:
                    say(note, "signed", "confirmed_through")

    say("rate.explain-not-24-36")
    say("rate.next-keep-records")
    say("rate.next-ask-private" if r.lender == "private" else "rate.next-ask-in-writing")
    if r.lender in ("bank", "credit-card", "consumer-finance"):
        say("rate.next-complain-12378")
    elif r.lender in DEPENDS:
        say("rate.next-find-lender")
    say("rate.next-lawyer-12348")
    say("rate.explain-estimate")
    return out


def _line_keys(line: RateLine, lender: str) -> list[str]:
    """The sentences for one line, given who lends: crossed or not, and what it means."""
    over = "over" if line.exceeded else "under"
    if line.id == "private-4lpr":
        if line.applies is False:
            return ["rate.line-4lpr-licensed"]
        who = "private" if line.applies else "depends"
        if line.percent is None:
            return [f"rate.line-4lpr-{who}-no-figure"]
        return [f"rate.line-4lpr-{who}-{over}"]
    if line.id == "small-loan-24":
        if lender == "small-loan":
            if not line.exceeded:
                return ["rate.line-sl24-under"]
            return ["rate.line-sl24-over" if line.applies else "rate.line-sl24-when-over"]
        return ["rate.line-sl24-depends-over"] if line.applies is None and line.exceeded else []
    if line.id == "criminal-36":
        if line.applies:
            return [f"rate.line-crim36-{over}"]
        return ["rate.line-crim36-depends-over"] if line.applies is None and line.exceeded else []
    if line.id == "bank-card-court":
        if line.applies:
            return ["rate.line-bankcard"]
        return ["rate.line-bankcard-if-card"] if line.applies is None else []
    return []  # pragma: no cover - every line id is handled above
