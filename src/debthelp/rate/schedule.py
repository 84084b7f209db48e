"""Schedule files: a CSV or YAML list of what was received and every payment made.

Owns ``Payment``, ``Schedule`` and ``read_schedule``. The format, as a borrower
writes it:

    Dates may be written ``2025-06-01``, ``2025-6-1``, ``2025/6/1`` or
    ``2025年6月1日``. Payments at a regular interval (every month, two weeks,
    week or day, give or take a few days) are counted as instalments, like
    ``--payment``; others on actual days (a daily rate, 365 days a year). A
    payment may fall on the day the money arrived (a fee taken at once), never
    before it. The file may be UTF-8 (with or without a BOM) or GB18030/GBK, as
    Excel saves a CSV on a Chinese system.

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
# Amounts may carry thousands separators (``1,000``, so such a cell is quoted in a
# CSV: ``"1,000"``), ``¥`` or ``元``.

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from debthelp.errors import InputError
from debthelp.rate.values import ROW_AMOUNT, ROW_DATE, checked_date, parse_amount
from debthelp.textfile import read_given_text
from debthelp.yamlio import LineDict, load_yaml

MAX_ROWS: Final = 10_000
_HEADER_NAMES: Final[Mapping[str, str]] = {
    "date": "date",
    "日期": "date",
    "amount": "amount",
    "金额": "amount",
    "note": "note",
    "备注": "note",
}

# yamlio's keys, each under this command's name, written out so every key is literal.
_FILE_KEYS: Final[Mapping[str, str]] = {
    "file-missing": "rate.schedule-file-missing",
    "file-unreadable": "rate.schedule-file-unreadable",
    "file-is-dir": "rate.schedule-file-is-dir",
    "file-not-regular": "rate.schedule-file-not-regular",
    "file-too-big": "rate.schedule-file-too-big",
    "file-not-utf8": "rate.schedule-file-not-text",  # yamlio's; textfile's is the next
    "file-not-text": "rate.schedule-file-not-text",
    "yaml-syntax": "rate.schedule-yaml-syntax",
    "yaml-control-char": "rate.schedule-yaml-control-char",
    "yaml-syntax-value": "rate.schedule-yaml-syntax-value",
    "yaml-alias": "rate.schedule-yaml-alias",
    "yaml-too-deep": "rate.schedule-yaml-too-deep",
    "yaml-too-many": "rate.schedule-yaml-too-many",
    "yaml-bad-key": "rate.schedule-yaml-bad-key",
    "yaml-duplicate-key": "rate.schedule-yaml-duplicate-key",
}


@dataclass(frozen=True)
class Payment:
    """One payment: its day, its amount, the note beside it and its line in the file."""

    day: date
    amount: float
    note: str
    row: int  # the line in the file, for messages


@dataclass(frozen=True)
class Schedule:
    """The day the money arrived and every payment, as read from a file."""

    start: date  # the day the money reached the borrower
    payments: tuple[Payment, ...]
    received: float | None = None  # the amount received, when the file states it
    path: str = ""

    @property
    def total(self) -> float:
        """Everything paid, fees included."""
        return math.fsum(p.amount for p in self.payments)


def _schedule_file_error(key: str, /, **params: Any) -> InputError:
    return InputError(_FILE_KEYS[key], **params)


def read_schedule(path: Path | str) -> Schedule:
    """Read a CSV or YAML schedule (the format is in this module's docstring).

    ``.yaml``/``.yml`` files are read as YAML, anything else as CSV.
    """
    file = Path(path)
    text = read_given_text(file, error=_schedule_file_error)
    if not text.strip():
        raise InputError("rate.schedule-empty", path=str(file))
    if file.suffix.lower() in (".yaml", ".yml"):
        return _schedule_from_yaml(text, str(file))
    return _schedule_from_csv(text, str(file))


def _row_date(value: object, path: str, row: int) -> date:
    return checked_date(value, ROW_DATE, path=path, row=row)


def _payment(
    day_value: object, amount_value: object, note: object, *, path: str, row: int, amount_row: int
) -> Payment:
    day = _row_date(day_value, path, row)
    amount = parse_amount(amount_value, ROW_AMOUNT, path=path, row=amount_row)
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
    # Imported here: `debthelp rate` without --schedule never reads a CSV.
    import csv
    import io

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
                received = parse_amount(cells[1], ROW_AMOUNT, path=path, row=row)
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
        received = parse_amount(raw["received"], ROW_AMOUNT, path=path, row=raw.line_of("received"))
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
