"""Checking the log: the chain recomputed, every attachment hashed again.

Reports each entry that was edited, deleted or moved, and each attachment that
changed or went missing. Finds, never repairs: the log is evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from debthelp.gcpause import paused_gc
from debthelp.log import store
from debthelp.log.entry import GENESIS, Record, chain_hash, hash_file, record_from_content
from debthelp.log.paths import db_path

# Kinds of problem, in the JSON and as message keys (log.problem-<kind>).
KINDS = ("edited", "deleted", "reordered", "unreadable", "attachment-missing", "attachment-changed")


@dataclass(frozen=True)
class Problem:
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
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "db": str(self.path),
            "exists": self.exists,
            "entries": self.entries,
            "attachments": self.attachments,
            "problems": [p.to_json() for p in self.problems],
        }


def verify(db: Path | str | None = None, *, attachments: bool = True) -> Verdict:
    """Recompute the chain (and re-hash attachments unless told not to)."""
    return read_and_verify(db, attachments=attachments)[0]


def read_and_verify(
    db: Path | str | None = None, *, attachments: bool = True
) -> tuple[Verdict, list[Record]]:
    """The verdict and every entry that could be read (as checked dicts), in one pass."""
    path = db_path(db)
    with store.reading(path) as conn:
        rows = store.rows(conn)
        info = store.meta(conn)
        exists = conn is not None
    with paused_gc():
        entries, problems, files = _walk(rows, info)
    if attachments:
        problems.extend(_check_files(files))
    verdict = Verdict(path, exists, len(rows), len(files), tuple(_dedupe(problems)))
    return verdict, entries


def _walk(
    rows: list[tuple[int, str, str, str]], info: dict[str, str]
) -> tuple[list[Record], list[Problem], list[tuple[int, str, int, str]]]:
    problems: list[Problem] = []
    entries: list[Record] = []
    expected_id, expected_prev = 1, GENESIS
    files: list[tuple[int, str, int, str]] = []
    for row_id, content, prev, digest in rows:
        try:
            entry = record_from_content(content)
        except (ValueError, KeyError, TypeError):
            problems.append(Problem("unreadable", row_id))
            expected_id, expected_prev = row_id + 1, digest
            continue
        entries.append(entry)
        entry_id = entry["id"]
        if chain_hash(prev, content) != digest or entry_id != row_id:
            problems.append(Problem("edited", row_id))
        if entry_id > expected_id:
            problems.append(Problem("deleted", expected_id, str(entry_id - 1)))
        elif entry_id < expected_id or prev != expected_prev:
            # Moved, or its own id is right but the link to the one before is
            # not: the entry before it was replaced or the entries were moved.
            problems.append(Problem("reordered", row_id))
        expected_id, expected_prev = max(expected_id, entry_id) + 1, digest
        if entry["attachments"]:
            files.extend((row_id, a["path"], a["size"], a["sha256"]) for a in entry["attachments"])
    count = int(info.get("count", "0") or 0) if info else 0
    if count >= expected_id:
        problems.append(Problem("deleted", expected_id, str(count)))
    elif info and rows and info.get("head") != rows[-1][3] and count == len(rows):
        problems.append(Problem("edited", rows[-1][0]))
    return entries, problems, files


def _check_files(files: list[tuple[int, str, int, str]]) -> list[Problem]:
    out = []
    for entry_id, name, size, sha in files:
        try:
            now = hash_file(Path(name))
        except FileNotFoundError:
            out.append(Problem("attachment-missing", entry_id, name))
            continue
        except (OSError, ValueError):
            out.append(Problem("attachment-changed", entry_id, name))
            continue
        if now.size != size or now.sha256 != sha:
            out.append(Problem("attachment-changed", entry_id, name))
    return out


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    out = []
    for problem in problems:
        if problem not in seen:
            seen.add(problem)
            out.append(problem)
    return out
