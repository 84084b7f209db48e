"""Adding to the log, reading it back, and wiping it: what the commands call.

Append-only: there is no edit and no delete of one entry. A correction is a new
entry whose ``corrects`` names the entry it corrects.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from debthelp.errors import InputError
from debthelp.log import store
from debthelp.log.entry import (
    CHANNELS,
    GENESIS,
    LENDERS,
    MAX_ITEMS,
    MAX_TIMES,
    Entry,
    attach,
    canonical,
    chain_hash,
    clean_text,
    entry_from_record,
    iso,
    parse_when,
)
from debthelp.log.keywords import entry_keywords
from debthelp.log.paths import db_path
from debthelp.log.receipt import Receipt
from debthelp.log.receipt import make as make_receipt


@dataclass(frozen=True)
class NewEntry:
    """What the borrower gave for one contact, before it is checked."""

    channel: str
    when: str | None = None
    sender: str | None = None
    claimed_identity: str | None = None
    said: str | None = None
    contacted: tuple[str, ...] = ()
    attach: tuple[str, ...] = ()
    note: str | None = None
    corrects: int | None = None
    times: int = 1
    lender: str = "unknown"


def add_entry(
    new: NewEntry, *, db: Path | str | None = None, now: dt.datetime | None = None
) -> tuple[Entry, Path]:
    """Check ``new``, hash its attachments, and append it to the chain; the saved entry."""
    moment = now or dt.datetime.now().astimezone()
    if new.channel not in CHANNELS:
        raise InputError("log.bad-channel", value=new.channel, valid=", ".join(CHANNELS))
    if new.lender not in LENDERS:
        raise InputError("rate.lender-bad", value=new.lender, choices=", ".join(LENDERS))
    if not 1 <= new.times <= MAX_TIMES:
        raise InputError("log.bad-times", value=new.times, limit=MAX_TIMES)
    if len(new.contacted) > MAX_ITEMS:
        raise InputError("log.too-many", field="--contacted", limit=MAX_ITEMS)
    when = parse_when(new.when, moment)
    fields = {
        "sender": clean_text(new.sender, "--from"),
        "claimed_identity": clean_text(new.claimed_identity, "--claimed-identity"),
        "said": clean_text(new.said, "--said"),
        "note": clean_text(new.note, "--note"),
    }
    contacted = tuple(c for c in (clean_text(c, "--contacted") for c in new.contacted) if c)
    attachments = attach(list(new.attach))  # hashed before the lock is taken
    keywords = entry_keywords(fields["said"], fields["claimed_identity"])
    path = db_path(db)
    with store.writing(path) as conn:
        info = store.meta(conn)
        count = store.stored_count(info)
        last = store.last_row(conn)
        # The header must agree with the entries, as ``verify`` checks it: a
        # count lowered (or garbled) would make this entry collide with one
        # already there, a head changed would chain it to nothing.
        if count is None or (last or (0, GENESIS))[0] != count:
            raise InputError("log.header-mismatch", path=str(path))
        if last is not None and info.get("head") != last[1]:
            raise InputError("log.header-mismatch", path=str(path))
        prev = last[1] if last is not None else GENESIS
        if new.corrects is not None and not 1 <= new.corrects <= count:
            raise InputError("log.bad-corrects", value=new.corrects, count=count)
        entry = Entry(
            id=count + 1,
            when=iso(when),
            recorded=iso(moment),
            channel=new.channel,
            contacted=contacted,
            attachments=attachments,
            corrects=new.corrects,
            times=new.times,
            keywords=keywords,
            lender=new.lender,
            **fields,
        )
        content = canonical(entry.content())
        digest = chain_hash(prev, content)
        conn.execute(
            "INSERT INTO entries (id, content, prev, hash) VALUES (?, ?, ?, ?)",
            (entry.id, content, prev, digest),
        )
        conn.execute("UPDATE meta SET value = ? WHERE key = 'count'", (str(entry.id),))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'head'", (digest,))
        # A reminder, for ``verify``, that a receipt was shown for these entries
        # (the code itself is not kept: the copy that counts is elsewhere).
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('receipt', ?)",
            (f"{entry.id} {iso(moment)}",),
        )
    return entry, path


def receipt_for(db: Path | str | None, upto: int) -> Receipt:
    """The receipt of the first ``upto`` entries as the file holds them now."""
    with store.reading(db_path(db)) as conn:
        contents = store.contents(conn, upto)
    return make_receipt(contents)


def read_entries(db: Path | str | None = None) -> list[Entry]:
    """Every entry that can be read, in order (``verify`` says whether any was tampered with)."""
    from debthelp.log.verify import read_and_verify

    records = read_and_verify(db_path(db), attachments=False)[1]
    return [entry_from_record(r) for r in records]


@dataclass(frozen=True)
class Wiped:
    path: Path
    existed: bool
    entries: int


def wipe(db: Path | str | None = None) -> Wiped:
    """Delete the log file (only a debthelp log: anything else is refused).

    Given a symlink, the log it points to is what is deleted: deleting the link
    alone would leave every entry on the disk behind a message that said
    "deleted".
    """
    path = db_path(db)
    try:
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        present = store.check_file(path)
        if not present:
            if path.exists():  # an empty file left by an interrupted first add
                _unlink(path)
                return Wiped(path, True, 0)
            return Wiped(path, False, 0)
    except OSError as exc:  # a folder that cannot be searched: is_symlink/exists raise
        reason = exc.strerror or str(exc)
        raise InputError("log.db-unreadable", path=str(path), reason=reason) from None
    with store.reading(path) as conn:
        count = len(store.rows(conn))
    _unlink(path)
    for suffix in ("-journal", "-wal", "-shm"):
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            _unlink(extra)
    return Wiped(path, True, count)


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError("log.wipe-failed", path=str(path), reason=reason) from None
