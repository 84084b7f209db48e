"""Debts files: a YAML list or a CSV table of what is owed (pure core).

Owns ``Debt``, ``read_debts`` and ``debts_from_rows``. The format, as a
borrower writes it (the same field names in both)::

    name      what you call the debt (unique): 借呗, 花呗, 招行信用卡
    lender    bank, credit-card, consumer-finance, small-loan, platform,
              private or unknown (as for `debthelp rate`; unknown if left out)
    balance   what is owed now, in yuan
    rate      the annual rate in percent (24 or 24%)
    minimum   the monthly payment asked for, in yuan
    overdue_days   optional: days overdue

    A debt's ``rate`` may be left out when ``payment``, ``periods`` and
    ``received`` are given (its equal monthly payment, how many, and the cash
    that reached you): the rate is then worked out as `debthelp rate` does.

CSV: a header row of those names (Chinese 名称, 放贷方, 欠款, 年利率, 最低还款,
逾期天数 work too), one debt a row; blank lines and lines starting with ``#``
are skipped. YAML: a list of mappings, or ``debts:`` holding that list.
Every problem is reported at once, as ``name.field: message (line N)``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from debthelp.budget.money import parse_rate, to_fen
from debthelp.errors import InputError, InvalidDataError
from debthelp.guidance import Problem
from debthelp.lenders import LENDERS as LENDERS  # noqa: PLC0414 - re-exported
from debthelp.textfile import read_given_text
from debthelp.yamlio import LineDict, load_yaml

MAX_DEBTS: Final = 100
MAX_OVERDUE_DAYS: Final = 36_500
MAX_NAME: Final = 40
FIELDS: Final = (
    "name",
    "lender",
    "balance",
    "rate",
    "minimum",
    "overdue_days",
    "payment",
    "periods",
    "received",
)
_REQUIRED: Final = ("name", "balance", "minimum")
_FROM_PAYMENTS: Final = ("payment", "periods", "received")
_HEADER_NAMES: Final[Mapping[str, str]] = {
    "名称": "name",
    "放贷方": "lender",
    "欠款": "balance",
    "年利率": "rate",
    "最低还款": "minimum",
    "逾期天数": "overdue_days",
    "每期还款": "payment",
    "期数": "periods",
    "到手": "received",
}
_PERIODS_MAX: Final = 10_000  # as `debthelp rate`


@dataclass(frozen=True)
class Debt:
    """One debt: amounts in fen, the annual rate in percent."""

    name: str
    lender: str
    balance: int
    rate: Decimal
    minimum: int
    overdue_days: int | None = None
    rate_computed: bool = False  # worked out from payment, periods and received
    over_line: bool = False  # the computed rate is above a line that may apply


RateFinder = Callable[[str, Mapping[str, object]], tuple[Decimal, bool]]


def _file_error(key: str, /, **params: Any) -> InputError:
    return InputError(key, **params)


def read_debts(path: Path | str, *, find_rate: RateFinder | None = None) -> tuple[Debt, ...]:
    """Read a YAML (``.yaml``/``.yml``) or CSV debts file; every problem listed at once."""
    file = Path(path)
    text = read_given_text(file, error=_file_error)
    if not text.strip():
        raise InputError("budget.debts-empty", path=str(file))
    if file.suffix.lower() in (".yaml", ".yml"):
        rows = _yaml_rows(text, str(file))
    else:
        rows = _csv_rows(text, str(file))
    return debts_from_rows(rows, path=str(file), find_rate=find_rate)


DebtRow = tuple[int, Mapping[str, object], Mapping[str, int]]  # line, values, each field's line


def _csv_rows(text: str, path: str) -> list[DebtRow]:
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    rows: list[DebtRow] = []
    problems: list[Problem] = []
    try:
        for fields in reader:
            line = reader.line_num
            cells = [cell.strip() for cell in fields]
            if not any(cells) or cells[0].startswith("#"):
                continue
            if header is None:
                header = [_HEADER_NAMES.get(cell, cell.lower()) for cell in cells]
                problems.extend(_header_problems(header, line))
                if problems:
                    break
                continue
            while len(cells) > len(header) and not cells[-1]:
                cells.pop()
            if len(cells) > len(header):
                problems.append(Problem(f"#{len(rows) + 1}", "budget.v-too-many-cells", line))
                continue
            values = {k: v for k, v in zip(header, cells, strict=False) if v != ""}
            rows.append((line, values, dict.fromkeys(values, line)))
            if len(rows) > MAX_DEBTS:
                break
    except csv.Error:
        problems.append(Problem("csv", "budget.v-csv-broken", reader.line_num))
    if problems:
        raise InvalidDataError("budget.debts-invalid", problems=tuple(problems), path=path)
    if header is None:
        raise InputError("budget.debts-empty", path=path)
    return rows


def _header_problems(header: list[str], line: int) -> list[Problem]:
    problems = []
    for name in header:
        if name not in FIELDS:
            problems.append(
                Problem(
                    "header",
                    "budget.v-unknown-field",
                    line,
                    {"value": name, "allowed": ", ".join(FIELDS)},
                )
            )
    for name in _REQUIRED:
        if name not in header:
            problems.append(Problem("header", "budget.v-missing-column", line, {"value": name}))
    if len(set(header)) != len(header):
        problems.append(Problem("header", "budget.v-duplicate-column", line))
    return problems


def _yaml_rows(text: str, path: str) -> list[DebtRow]:
    raw = load_yaml(text, path=path, error=_file_error)
    if isinstance(raw, LineDict) and list(raw) == ["debts"]:
        raw = raw["debts"]
    if raw is None:
        raise InputError("budget.debts-empty", path=path)
    if not isinstance(raw, list):
        raise InputError("budget.debts-yaml-shape", path=path)
    rows: list[DebtRow] = []
    problems: list[Problem] = []
    for index, item in enumerate(raw[: MAX_DEBTS + 1], start=1):
        if not isinstance(item, LineDict):
            problems.append(Problem(f"#{index}", "budget.v-not-mapping", 0))
            continue
        rows.append((item.line, dict(item), {k: item.line_of(k) for k in item}))
    if problems:
        raise InvalidDataError("budget.debts-invalid", problems=tuple(problems), path=path)
    return rows


def debts_from_rows(
    rows: list[DebtRow], *, path: str, find_rate: RateFinder | None = None
) -> tuple[Debt, ...]:
    """Check every row and build the debts, or raise listing every problem."""
    if not rows:
        raise InputError("budget.debts-empty", path=path)
    if len(rows) > MAX_DEBTS:
        raise InputError("budget.debts-too-many", path=path, max=MAX_DEBTS)
    problems: list[Problem] = []
    debts: list[Debt] = []
    seen: dict[str, int] = {}
    for index, (line, values, lines) in enumerate(rows, start=1):
        before = len(problems)
        debt = _debt(index, line, values, lines, problems, find_rate)
        if debt is not None and debt.name in seen:
            problems.append(
                Problem(
                    f"{debt.name}.name", "budget.v-duplicate-name", line, {"first": seen[debt.name]}
                )
            )
        elif debt is not None and len(problems) == before:
            seen[debt.name] = line
            debts.append(debt)
    if problems:
        raise InvalidDataError("budget.debts-invalid", problems=tuple(problems), path=path)
    return tuple(debts)


def _debt(  # noqa: PLR0917 - one row's parts, passed straight through
    index: int,
    line: int,
    values: Mapping[str, object],
    lines: Mapping[str, int],
    problems: list[Problem],
    find_rate: RateFinder | None,
) -> Debt | None:
    raw_name = values.get("name")
    name = str(raw_name).strip() if raw_name is not None else ""
    where = name if name and len(name) <= MAX_NAME else f"#{index}"

    def bad(field: str, key: str, **params: object) -> None:
        # A value echoed back is cut to what a person can read (a 5,000-digit cell).
        if isinstance(params.get("value"), str) and len(str(params["value"])) > 24:
            params["value"] = str(params["value"])[:20] + "…"
        problems.append(Problem(f"{where}.{field}", key, lines.get(field, line), params))

    for key in values:
        if key not in FIELDS:
            bad(str(key), "budget.v-unknown-field", value=str(key), allowed=", ".join(FIELDS))
    if not name:
        bad("name", "budget.v-missing")
    elif len(name) > MAX_NAME or not name.isprintable():
        bad("name", "budget.v-name-bad", max=MAX_NAME)
    given_lender = values.get("lender")
    lender = "unknown" if given_lender is None else str(given_lender).strip().lower()
    if lender not in LENDERS:
        bad(
            "lender", "budget.v-lender", value=str(values.get("lender")), allowed=", ".join(LENDERS)
        )
    amounts: dict[str, int] = {}
    for field in ("balance", "minimum"):
        if values.get(field) is None:
            bad(field, "budget.v-missing")
            continue
        fen = to_fen(values[field])
        if fen is None:
            bad(field, "budget.v-amount", value=str(values[field]))
        else:
            amounts[field] = fen
    if amounts.get("balance") == 0:
        bad("balance", "budget.v-balance-zero")
    overdue = None
    if values.get("overdue_days") is not None:
        overdue = _whole(values["overdue_days"], MAX_OVERDUE_DAYS)
        if overdue is None:
            bad(
                "overdue_days",
                "budget.v-days",
                value=str(values["overdue_days"]),
                max=MAX_OVERDUE_DAYS,
            )
    rate, computed, over = _rate(values, bad, lender, find_rate)
    if rate is None or len(amounts) < 2 or not name:
        return None
    return Debt(name, lender, amounts["balance"], rate, amounts["minimum"], overdue, computed, over)


def _rate(
    values: Mapping[str, object],
    bad: Callable[..., None],
    lender: str,
    find_rate: RateFinder | None,
) -> tuple[Decimal | None, bool, bool]:
    given = [f for f in _FROM_PAYMENTS if values.get(f) is not None]
    if values.get("rate") is not None:
        if given:
            bad("rate", "budget.v-rate-and-payments")
            return None, False, False
        rate = parse_rate(values["rate"])
        if rate is None:
            bad("rate", "budget.v-rate", value=str(values["rate"]))
        return rate, False, False
    if len(given) < len(_FROM_PAYMENTS):
        missing = [f for f in _FROM_PAYMENTS if f not in given]
        bad("rate", "budget.v-rate-missing", fields=", ".join(missing))
        return None, False, False
    if lender not in LENDERS or find_rate is None:
        return None, False, False
    try:
        rate, over = find_rate(lender, {f: values[f] for f in _FROM_PAYMENTS})
    except InputError as error:  # the rate command's own words for what is wrong
        bad("rate", error.key, **error.params)
        return None, False, False
    if not rate.is_finite() or rate > Decimal(1000) or rate < 0:
        bad("rate", "budget.v-rate", value=f"{rate:.2f}")
        return None, False, False
    return rate, True, over


def _whole(value: object, high: int) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isdecimal():
        # isdecimal, not isdigit: '²' and '①' are digits that int() refuses.
        # Past a dozen digits no count can be in range (and int() refuses
        # text of more than 4,300 digits).
        text = value.strip().lstrip("0") or "0"
        if len(text) > 12:
            return None
        number = int(text)
    else:
        return None
    return number if 0 <= number <= high else None
