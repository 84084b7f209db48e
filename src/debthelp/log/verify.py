"""Checking the log: the chain recomputed, every attachment hashed again.

Reports each entry that was edited, deleted or moved, each attachment that
changed or went missing, and a header (the stored count and head) that does
not match the entries. Finds, never repairs: the log is evidence.

On its own this finds accidental damage and careless edits only: the chain has
no secret, so someone who rewrites an entry and recomputes every hash leaves a
file that agrees with itself. Given a receipt the person sent elsewhere
(``receipt``), it also proves the entries that receipt covered are unchanged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from debthelp.gcpause import paused_gc
from debthelp.log import receipt as receipts
from debthelp.log import store
from debthelp.log.entry import GENESIS, Record, chain_hash, hash_file, record_from_content
from debthelp.log.paths import db_path

# Kinds of problem, in the JSON and as message keys (log.problem-<kind>).
KINDS = (
    "edited",
    "deleted",
    "reordered",
    "unreadable",
    "attachment-missing",
    "attachment-changed",
    "header",
)


@dataclass(frozen=True)
class ChainFault:
    """One thing ``verify`` found wrong with the log (not a guidance ``Problem``):
    an entry edited, deleted, moved or unreadable, an attachment changed or
    missing, or a header that does not match the entries."""

    kind: str
    entry: int  # the entry's id (for "deleted", the first missing id)
    detail: str = ""  # the attachment's path, or the last missing id

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "entry": self.entry, "detail": self.detail}


@dataclass(frozen=True)
class Verdict:
    path: Path
    exists: bool
    entries: int
    attachments: int
    problems: tuple[ChainFault, ...]
    # The receipt of the log as it is now (None when there is nothing sound to receipt).
    receipt: receipts.Receipt | None = None
    # The last receipt ``log add`` made, as the file itself remembers it: (entries, when).
    receipt_made: tuple[int, str] | None = None
    # The log compared with a receipt the person gave (``--receipt``).
    against: receipts.Comparison | None = None
    checked_at: str = ""  # when this check ran (the receipt's date), local time

    @property
    def ok(self) -> bool:
        return not self.problems and (self.against is None or self.against.ok)

    def to_json(self) -> dict[str, Any]:
        made = self.receipt_made
        return {
            "ok": self.ok,
            "db": str(self.path),
            "exists": self.exists,
            "entries": self.entries,
            "attachments": self.attachments,
            "problems": [p.to_json() for p in self.problems],
            "receipt": (
                {
                    "code": self.receipt.shown(),
                    "entries": self.receipt.count,
                    "at": self.checked_at,
                }
                if self.receipt
                else None
            ),
            "receipt_made": {"entries": made[0], "at": made[1]} if made else None,
            "receipt_check": self.against.to_json() if self.against else None,
        }


def verify(
    db: Path | str | None = None, *, attachments: bool = True, receipt: str | None = None
) -> Verdict:
    """Recompute the chain (and re-hash attachments unless told not to); with
    ``receipt`` (a code the person kept elsewhere), compare the log with it too."""
    given = receipts.parse(receipt) if receipt is not None else None  # mistyped: before reading
    return read_and_verify(db, attachments=attachments, given=given)[0]


def read_and_verify(
    db: Path | str | None = None,
    *,
    attachments: bool = True,
    given: receipts.Receipt | None = None,
) -> tuple[Verdict, list[Record]]:
    """The verdict and every entry that could be read (as checked dicts), in one pass."""
    path = db_path(db)
    with store.reading(path) as conn:
        rows = store.rows(conn)
        info = store.meta(conn)
        exists = conn is not None
    with paused_gc():
        entries, problems, files, linked = _walk(rows, info)
        if attachments:
            problems.extend(_check_files(files))
        contents = [row[1] for row in rows]
        against = None
        if given is not None:
            # Within the entries whose stored chain is sound, the stored hash
            # is the recomputed head: no second pass over them.
            known = rows[given.count - 1][3] if 0 < given.count <= linked else None
            against = receipts.compare(given, contents, known)
        # A new receipt only for a sound log: one for a changed log would vouch
        # for the change. With no problem the stored chain is the recomputed
        # one, so its head is the last stored hash.
        sound = rows and not problems and (against is None or against.ok)
        current = receipts.make(contents, rows[-1][3]) if sound else None
    verdict = Verdict(
        path,
        exists,
        len(rows),
        len(files),
        tuple(_dedupe(problems)),
        receipt=current,
        receipt_made=_receipt_made(info),
        against=against,
        checked_at=dt.datetime.now().astimezone().isoformat(timespec="minutes"),
    )
    return verdict, entries


def _receipt_made(info: dict[str, str]) -> tuple[int, str] | None:
    """The file's own note of its last receipt (``count when``); None if absent or garbled.

    Only a reminder that one exists: the file could have been changed with it,
    so the copy the person sent elsewhere is what counts.
    """
    count, _, when = (info.get("receipt") or "").partition(" ")
    if count.isascii() and count.isdigit() and len(count) <= store.MAX_COUNT_DIGITS and when:
        return int(count), when[:40]
    return None


def _walk(
    rows: list[tuple[int, str, str, str]], info: dict[str, str]
) -> tuple[list[Record], list[ChainFault], list[tuple[int, str, int, str]], int]:
    """The entries read, the problems, the attachments, and how many rows from
    the first are soundly chained (each hash right and linked to the one before)."""
    problems: list[ChainFault] = []
    entries: list[Record] = []
    expected_id, expected_prev = 1, GENESIS
    files: list[tuple[int, str, int, str]] = []
    linked, chain = 0, GENESIS  # the sound rows so far, and the last one's hash
    for row_id, content, prev, digest in rows:
        try:
            entry = record_from_content(content)
        except (ValueError, KeyError, TypeError):
            problems.append(ChainFault("unreadable", row_id))
            expected_id, expected_prev = row_id + 1, digest
            chain = ""  # the prefix ends here
            continue
        entries.append(entry)
        entry_id = entry["id"]
        hashed = chain_hash(prev, content) == digest
        if chain and hashed and prev == chain:
            linked, chain = linked + 1, digest
        else:
            chain = ""
        if not hashed or entry_id != row_id:
            problems.append(ChainFault("edited", row_id))
        if entry_id > expected_id:
            problems.append(ChainFault("deleted", expected_id, str(entry_id - 1)))
        elif entry_id < expected_id or prev != expected_prev:
            # Moved, or its own id is right but the link to the one before is
            # not: the entry before it was replaced or the entries were moved.
            problems.append(ChainFault("reordered", row_id))
        expected_id, expected_prev = max(expected_id, entry_id) + 1, digest
        if entry["attachments"]:
            files.extend((row_id, a["path"], a["size"], a["sha256"]) for a in entry["attachments"])
    if not info:
        return entries, problems, files, linked
    # The header is checked like the entries: a count lowered or garbled would
    # pass here and then make the next ``add`` collide with an existing entry.
    count = store.stored_count(info)
    last = rows[-1][0] if rows else 0
    if count is None or count < last:
        problems.append(ChainFault("header", 0, "count"))
    elif count >= expected_id:
        problems.append(ChainFault("deleted", expected_id, str(count)))
    elif rows and info.get("head") != rows[-1][3] and count == len(rows):
        problems.append(ChainFault("edited", rows[-1][0]))
    elif not rows and (info.get("head") or "") not in ("", GENESIS):
        problems.append(ChainFault("header", 0, "head"))
    return entries, problems, files, linked


def _check_files(files: list[tuple[int, str, int, str]]) -> list[ChainFault]:
    out = []
    for entry_id, name, size, sha in files:
        try:
            now = hash_file(Path(name))
        except FileNotFoundError:
            out.append(ChainFault("attachment-missing", entry_id, name))
            continue
        except (OSError, ValueError):
            out.append(ChainFault("attachment-changed", entry_id, name))
            continue
        if now.size != size or now.sha256 != sha:
            out.append(ChainFault("attachment-changed", entry_id, name))
    return out


def _dedupe(problems: list[ChainFault]) -> list[ChainFault]:
    seen: set[ChainFault] = set()
    out = []
    for problem in problems:
        if problem not in seen:
            seen.add(problem)
            out.append(problem)
    return out
