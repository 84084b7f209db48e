"""The dated one-year LPR table (``data/lpr.yaml``): finding, reading, checking, looking up.

Owns ``LprFixing``, ``LprTable``, ``default_lpr_path``, ``load_lpr_table`` and
``lpr_on``. The table is checked completely on every load: every problem is
reported at once as a catalogue key (``v-*`` or ``rate.lpr-v-*``) with where it
is and its line, so the one error handler words it in the user's language.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from debthelp import snapshot
from debthelp.datafile import Problem
from debthelp.errors import InvalidDataError
from debthelp.yamlio import LineDict, load_yaml, read_text

_TOP_KEYS = ("changes", "last_fixing", "confirmed_through")
_ROW_KEYS = ("from", "one_year", "source")


@dataclass(frozen=True)
class LprFixing:
    """A one-year LPR, in force from its publication day ``start`` until the next."""

    start: date
    one_year: float
    source: str


@dataclass(frozen=True)
class LprTable:
    """Every change of the one-year LPR, and how far the table is known to be right."""

    fixings: tuple[LprFixing, ...]  # every change, oldest first
    last_fixing: date  # the last monthly fixing known (with or without a change)
    confirmed_through: date  # the last day the table is known to be right


def shipped_file(name: str) -> Path:
    """A data file shipped with debthelp: inside the installed package, or data/ in a checkout."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "data" / name
    if packaged.is_file():
        return packaged
    return package.parents[1] / "data" / name


def default_lpr_path() -> Path:
    """The shipped table (``data/lpr.yaml``)."""
    return shipped_file("lpr.yaml")


def _invalid(path: str, problems: list[Problem]) -> InvalidDataError:
    return InvalidDataError("rate.lpr-table-invalid", problems=tuple(problems), path=path)


def _lpr_file_error(key: str, /, **params: Any) -> InvalidDataError:
    # yamlio's own keys (file-missing, yaml-syntax, ...) become the one problem listed.
    path = str(params.get("path", ""))
    return _invalid(path, [Problem(Path(path).name, key, 0, params)])


def load_lpr_table(path: Path | None = None) -> LprTable:
    """Read and fully check the dated one-year LPR table (``data/lpr.yaml``).

    The wheel carries the table parsed as JSON (``lpr.json``, ``debthelp.snapshot``):
    it is read while the YAML beside it is the one it was made from, so `debthelp
    rate` does not import the YAML parser. Every check below runs on it all the same.
    """
    file = default_lpr_path() if path is None else Path(path)
    text = read_text(file, error=_lpr_file_error)
    raw = _from_snapshot(file, text)
    if raw is None:
        raw = load_yaml(text, path=str(file), error=_lpr_file_error)
    return _checked_table(raw, file)


def snapshot_json(source: Path) -> str:
    """The parsed table as JSON, tagged with the digest of its YAML (for the wheel)."""
    return snapshot.snapshot_json(source, key="lpr", error=_lpr_file_error)


def _from_snapshot(file: Path, text: str) -> Any:
    """The snapshot beside ``file`` if it matches ``file``'s text, else None; its
    dates (ISO text in JSON) turned back into dates."""
    raw = snapshot.read_snapshot(file, text, key="lpr")
    if not isinstance(raw, LineDict):
        return None
    try:
        for row in [raw, *raw.get("changes", ())]:
            for key in ("from", "last_fixing", "confirmed_through"):
                if isinstance(row, LineDict) and isinstance(row.get(key), str):
                    row[key] = date.fromisoformat(row[key])
    except (TypeError, ValueError):
        return None  # not what the build writes: read the YAML
    return raw


def _checked_table(raw: Any, file: Path) -> LprTable:
    problems: list[Problem] = []
    fixings: list[LprFixing] = []
    last_fixing = confirmed = None
    if not isinstance(raw, LineDict):
        problems.append(Problem(file.name, "v-not-mapping", 0))
    else:
        for key in sorted(set(raw) - set(_TOP_KEYS)):
            problems.append(
                Problem(key, "v-unknown-key", raw.line_of(key), {"allowed": ", ".join(_TOP_KEYS)})
            )
        last_fixing = _exact_date(raw.get("last_fixing"))
        confirmed = _exact_date(raw.get("confirmed_through"))
        for name, value in (("last_fixing", last_fixing), ("confirmed_through", confirmed)):
            if value is None:
                problems.append(Problem(name, "v-not-date", raw.line_of(name)))
        rows = raw.get("changes")
        if not isinstance(rows, list) or not rows:
            key = "v-missing" if rows is None else "v-empty-list" if rows == [] else "v-not-list"
            problems.append(Problem("changes", key, raw.line_of("changes")))
            rows = []
        for index, row in enumerate(rows, start=1):
            fixing = _lpr_row(row, index, raw.line_of("changes"), problems)
            if fixing is None:
                continue
            if fixings and fixing.start <= fixings[-1].start:
                where = f"changes[{index}].from"
                problems.append(Problem(where, "rate.lpr-v-order", row.line_of("from")))
            fixings.append(fixing)
        if fixings and last_fixing and last_fixing < fixings[-1].start:
            problems.append(
                Problem("last_fixing", "rate.lpr-v-last-fixing-early", raw.line_of("last_fixing"))
            )
        if last_fixing and confirmed and confirmed < last_fixing:
            problems.append(
                Problem(
                    "confirmed_through",
                    "rate.lpr-v-confirmed-early",
                    raw.line_of("confirmed_through"),
                )
            )
    if problems or last_fixing is None or confirmed is None:
        raise _invalid(str(file), problems)
    return LprTable(tuple(fixings), last_fixing, confirmed)


def _exact_date(value: object) -> date | None:
    return value if isinstance(value, date) and not isinstance(value, datetime) else None


def _lpr_row(row: object, index: int, line: int, problems: list[Problem]) -> LprFixing | None:
    where = f"changes[{index}]"
    if not isinstance(row, LineDict):
        problems.append(Problem(where, "v-not-mapping", line))
        return None
    found = len(problems)
    for key in sorted(set(row) - set(_ROW_KEYS)):
        problems.append(
            Problem(
                f"{where}.{key}",
                "v-unknown-key",
                row.line_of(key),
                {"allowed": ", ".join(_ROW_KEYS)},
            )
        )
    start = _exact_date(row.get("from"))
    if start is None:
        problems.append(Problem(f"{where}.from", "v-not-date", row.line_of("from")))
    rate = row.get("one_year")
    if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 < rate < 100:
        problems.append(Problem(f"{where}.one_year", "rate.lpr-v-percent", row.line_of("one_year")))
    source = row.get("source")
    if not isinstance(source, str) or not source.strip():
        problems.append(Problem(f"{where}.source", "rate.lpr-v-source", row.line_of("source")))
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
