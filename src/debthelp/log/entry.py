"""One log entry: its fields, its canonical content, and the hash that chains it.

The content is canonical JSON (keys sorted, no spaces, UTF-8), so the same entry
always hashes to the same value on every machine. Each entry's hash is the
SHA-256 of the previous entry's hash and its own content: changing, removing or
moving any entry breaks every link after it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, NamedTuple

from debthelp.dates import DateProblem, read_typed
from debthelp.errors import InputError
from debthelp.lenders import LENDERS as LENDERS  # noqa: PLC0414 - re-exported
from debthelp.log.paths import expand_user

CHANNELS: Final = ("call", "sms", "wechat", "visit", "third-party", "public-posting", "other")
GENESIS: Final = "0" * 64
# Longer than any message worth pasting; a command line cannot carry much more anyway.
MAX_TEXT: Final = 50_000
MAX_ITEMS: Final = 100
MAX_TIMES: Final = 1000
_CHUNK = 1024 * 1024


class Attachment(NamedTuple):
    """A file recorded by reference: where it was, how big, and its SHA-256."""

    path: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


class Entry(NamedTuple):
    """One contact from a collector, as the borrower logged it.

    A NamedTuple, not a frozen dataclass: an export builds 100,000 of them.
    """

    id: int
    when: str  # ISO 8601 with the UTC offset of the place it happened
    recorded: str  # when it was logged, ISO 8601 with offset
    channel: str
    sender: str  # --from: a number or a name
    claimed_identity: str
    said: str
    contacted: tuple[str, ...]
    attachments: tuple[Attachment, ...]
    note: str
    corrects: int | None
    times: int  # call attempts this entry records
    keywords: tuple[str, ...] = ()  # tags the message patterns found when it was added
    lender: str = "unknown"  # one of LENDERS: what kind of lender this collector is for

    def content(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "when": self.when,
            "recorded": self.recorded,
            "channel": self.channel,
            "from": self.sender,
            "claimed_identity": self.claimed_identity,
            "said": self.said,
            "contacted": list(self.contacted),
            "attachments": [a.to_json() for a in self.attachments],
            "note": self.note,
            "corrects": self.corrects,
            "times": self.times,
            "keywords": list(self.keywords),
            "lender": self.lender,
        }

    def local_time(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.when)


def canonical(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def chain_hash(prev: str, content: str) -> str:
    return hashlib.sha256(f"{prev}\n{content}".encode()).hexdigest()


_decoder = json.JSONDecoder()
_decode = _decoder.decode
# What ``raw_decode`` calls (set by ``__init__``, so not in the type stubs).
_scan: Callable[[str, int], tuple[Any, int]] = vars(_decoder)["scan_once"]


def _parse(text: str) -> Any:
    """``_decode(text)``, a little faster for a stored content (no white space
    around it, as ``canonical`` writes it): the scanner alone; anything else
    goes through ``_decode`` and fails there as it always did."""
    try:
        data, end = _scan(text, 0)
    except StopIteration:
        return _decode(text)
    return data if end == len(text) else _decode(text)


Record = dict[str, Any]
# The stored content's keys and their JSON types (``corrects`` is an int or null).
_TYPES: Final = {
    "id": int,
    "when": str,
    "recorded": str,
    "channel": str,
    "from": str,
    "claimed_identity": str,
    "said": str,
    "contacted": list,
    "attachments": list,
    "note": str,
    "times": int,
    "keywords": list,
}
_KEYS: Final = tuple(_TYPES)
_KINDS: Final = tuple(_TYPES.values())
_VALUES: Final = operator.itemgetter(*_KEYS)
_WHEN_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def record_from_content(text: str) -> Record:
    """The stored content as a checked dict; ValueError if it is not an entry.

    The export works on these dicts directly (building 100,000 ``Entry``
    objects would cost more than the rest of the export).
    """
    data = _parse(text)
    if type(data) is not dict:
        raise ValueError("not an object")
    # Every key's type at once (this runs for each of 100,000 entries in an
    # export); the loop only to name the wrong one, or the missing one.
    try:
        kinds = tuple(map(type, _VALUES(data)))
    except KeyError:
        kinds = ()
    if kinds != _KINDS:
        for key, kind in _TYPES.items():
            if type(data.get(key)) is not kind:
                raise ValueError(key)
    corrects = data.get("corrects")
    if corrects is not None and type(corrects) is not int:
        raise ValueError("corrects")
    if not _WHEN_SHAPE.match(data["when"]):
        raise ValueError("when")
    # Optional: entries logged before the field existed have none (their hash
    # covers the content as it was written, so nothing is added to what is stored).
    lender = data.setdefault("lender", "unknown")
    if type(lender) is not str or lender not in LENDERS:
        raise ValueError("lender")
    listed = data["contacted"] + data["keywords"]
    if listed and set(map(type, listed)) != {str}:
        raise ValueError("contacted")
    for a in data["attachments"]:
        if type(a) is not dict or not (
            type(a.get("path")) is str
            and type(a.get("size")) is int
            and type(a.get("sha256")) is str
        ):
            raise ValueError("attachments")
    return data


def entry_from_record(data: Record) -> Entry:
    return Entry(
        id=data["id"],
        when=data["when"],
        recorded=data["recorded"],
        channel=data["channel"],
        sender=data["from"],
        claimed_identity=data["claimed_identity"],
        said=data["said"],
        contacted=tuple(data["contacted"]),
        attachments=tuple(
            Attachment(a["path"], a["size"], a["sha256"]) for a in data["attachments"]
        ),
        note=data["note"],
        corrects=data["corrects"],
        times=data["times"],
        keywords=tuple(data["keywords"]),
        lender=data.get("lender", "unknown"),
    )


def entry_from_content(text: str) -> Entry:
    """The entry a stored content string holds; ValueError if it is not one."""
    return entry_from_record(record_from_content(text))


# --------------------------------------------------------------------------- checking input


def clean_text(value: str | None, field: str) -> str:
    """A field as stored: undecodable bytes kept visibly as ``\\udcxx``, length capped."""
    if value is None:
        return ""
    text = value.encode("utf-8", "backslashreplace").decode("utf-8").strip()
    if len(text) > MAX_TEXT:
        raise InputError("log.text-too-long", field=field, limit=MAX_TEXT, length=len(text))
    return text


def parse_when(text: str | None, now: dt.datetime) -> dt.datetime:
    """A typed time (any form ``debthelp.dates`` reads, seconds and a UTC offset
    optional) in local time, or now.

    ``now`` is aware; a time without an offset is taken in the local time zone.
    Times before 2000 or more than a day ahead are refused: they are typos.
    """
    if text is None or not text.strip() or text.strip().lower() in ("now", "现在"):
        return now.replace(microsecond=0)
    try:
        typed = read_typed(text)
    except DateProblem as problem:
        key = "log.when-out-of-range" if problem.reason == "year" else "log.bad-when"
        raise InputError(key, value=text) from None
    moment = dt.datetime.combine(typed.day, typed.time or dt.time())
    try:
        # Without an offset: the local zone, daylight saving included.
        moment = moment.replace(tzinfo=typed.offset) if typed.offset else moment.astimezone()
    except (ValueError, OverflowError, OSError):
        raise InputError("log.bad-when", value=text) from None
    if moment.year < 2000 or moment > now + dt.timedelta(days=1):
        raise InputError("log.when-out-of-range", value=text)
    return moment


def iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def hash_file(path: Path) -> Attachment:
    """The attachment record of ``path``: never copied, only measured and hashed.

    Raises ``OSError`` (the caller words it) if it cannot be read, and
    ``IsADirectoryError`` for anything but a regular file.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(str(path))
        digest = hashlib.sha256()
        size = 0
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    return Attachment(str(path), size, digest.hexdigest())


def attach(paths: list[str]) -> tuple[Attachment, ...]:
    out = []
    for name in paths[:MAX_ITEMS]:
        path = expand_user(name)  # ~nosuchuser: a message, not a RuntimeError
        try:
            absolute = Path(os.path.abspath(path))
            out.append(hash_file(absolute))
        except IsADirectoryError:
            raise InputError("log.attach-not-file", path=name) from None
        except FileNotFoundError:
            raise InputError("log.attach-missing", path=name) from None
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise InputError("log.attach-unreadable", path=name, reason=reason) from None
    if len(paths) > MAX_ITEMS:
        raise InputError("log.too-many", field="--attach", limit=MAX_ITEMS)
    return tuple(out)
