"""The log file: SQLite from the standard library, opened so nothing is lost or overwritten.

- Created only by a command that writes (``add``), in a folder made 0700, as a
  file made 0600 before SQLite ever opens it; commands that only read open it
  read-only and create nothing.
- Each append runs in ``BEGIN IMMEDIATE``: the write lock is taken before the
  chain's head is read, so two processes adding at once queue up and the chain
  stays one line. ``synchronous=FULL`` with the rollback journal: once
  ``COMMIT`` returns, the entry survives a killed process (and a power cut).
- A file that is not a SQLite database, or a database that is not a debthelp
  log, is refused with a message and never written to.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from debthelp.errors import InputError

APP_ID: Final = "debthelp-log"
FORMAT: Final = "1"
_HEADER = b"SQLite format 3\x00"
# A stored count longer than this is not a count (int() of 5,000 digits raises).
MAX_COUNT_DIGITS: Final = 12
BUSY_MS: Final = 30_000

_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE entries (id INTEGER PRIMARY KEY, content TEXT NOT NULL,"
    " prev TEXT NOT NULL, hash TEXT NOT NULL)",
)


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def check_file(path: Path) -> bool:
    """Whether ``path`` holds a database (False: it does not exist or is empty).

    Anything else at the path (a folder, a text file, someone's other database
    renamed) raises ``InputError`` before SQLite opens it.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise InputError("log.db-unreadable", path=str(path), reason=_reason(exc)) from None
    # A pipe would keep open() waiting for a writer forever; a device is no log.
    if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        raise InputError("log.db-not-regular", path=str(path))
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return False
    except IsADirectoryError:
        raise InputError("log.db-is-folder", path=str(path)) from None
    except OSError as exc:
        raise InputError("log.db-unreadable", path=str(path), reason=_reason(exc)) from None
    if not header:
        return False
    if header[: len(_HEADER)] != _HEADER:
        raise InputError("log.db-foreign", path=str(path))
    # debthelp's logs use the rollback journal (format bytes 1, 1). Anything else
    # is damage or another program's file; opened, a WAL flag without its
    # shared-memory file would leave SQLite waiting for a lock.
    if len(header) < 100 or header[18:20] != b"\x01\x01":
        raise InputError("log.db-corrupt", path=str(path))
    return True


def _connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    return conn


def _uri(path: Path, mode: str) -> str:
    from urllib.parse import quote

    return f"file:{quote(str(path.absolute()))}?mode={mode}"


def _check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """Raise unless ``conn`` is a debthelp log (an empty database is allowed by the caller)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"meta", "entries"} <= tables:
        raise InputError("log.db-foreign", path=str(path))
    rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if rows.get("app") != APP_ID:
        raise InputError("log.db-foreign", path=str(path))
    if rows.get("format") != FORMAT:
        raise InputError("log.db-newer", path=str(path), found=str(rows.get("format")))


@contextlib.contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection | None]:
    """A read-only connection, or None when there is no log yet (nothing is created)."""
    if not check_file(path):
        yield None
        return
    # A process killed mid-append leaves a "hot" journal that only a writer can
    # roll back; a read-only connection would refuse the file. Rolling it back
    # creates nothing and changes no saved entry.
    hot = Path(f"{path}-journal").exists() and os.access(path, os.W_OK)
    try:
        conn = _connect(_uri(path, "rw" if hot else "ro"))
    except sqlite3.Error as exc:
        raise InputError("log.db-unreadable", path=str(path), reason=_reason(exc)) from None
    try:
        try:
            _check_ours(conn, path)
        except sqlite3.DatabaseError:
            raise InputError("log.db-corrupt", path=str(path)) from None
        yield conn
    except sqlite3.DatabaseError:
        raise InputError("log.db-corrupt", path=str(path)) from None
    finally:
        conn.close()


def _create_private(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(folder, 0o700)
        except OSError as exc:
            raise InputError("log.db-unwritable", path=str(path), reason=_reason(exc)) from None
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process made it a moment ago: it will be initialised below
    except OSError as exc:
        raise InputError("log.db-unwritable", path=str(path), reason=_reason(exc)) from None
    os.close(fd)


@contextlib.contextmanager
def writing(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection inside ``BEGIN IMMEDIATE``; committed on success, rolled back otherwise.

    Creates the folder and the file (and the tables) on first use.
    """
    if not check_file(path):
        _create_private(path)
    try:
        conn = _connect(_uri(path, "rw"))
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise _db_error(path, exc) from None
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if count == 0:
                for statement in _SCHEMA:
                    conn.execute(statement)
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("app", APP_ID), ("format", FORMAT), ("count", "0"), ("head", "")],
                )
            _check_ours(conn, path)
            # Never append to a damaged file: the new entry could land in a
            # broken page, and the person must keep the file as it is.
            if conn.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                raise InputError("log.db-corrupt", path=str(path))
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
    except sqlite3.DatabaseError as exc:
        raise _db_error(path, exc) from None
    finally:
        conn.close()


def _db_error(path: Path, exc: sqlite3.DatabaseError) -> InputError:
    if isinstance(exc, sqlite3.OperationalError):
        message = str(exc).lower()
        if "locked" in message or "busy" in message:
            return InputError("log.db-busy", path=str(path))
        if "readonly" in message or "unable to open" in message:
            return InputError("log.db-unwritable", path=str(path), reason=str(exc))
        if "disk" in message and "full" in message:
            return InputError("log.db-unwritable", path=str(path), reason=str(exc))
    return InputError("log.db-corrupt", path=str(path))


def rows(conn: sqlite3.Connection | None) -> list[tuple[int, str, str, str]]:
    if conn is None:
        return []
    return conn.execute("SELECT id, content, prev, hash FROM entries ORDER BY id").fetchall()


def meta(conn: sqlite3.Connection | None) -> dict[str, str]:
    if conn is None:
        return {}
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def stored_count(info: dict[str, str]) -> int | None:
    """The header's entry count, or None when it is missing or not a count."""
    value = info.get("count")
    if value is None or not (value.isascii() and value.isdigit()) or len(value) > MAX_COUNT_DIGITS:
        return None
    return int(value)


def last_row(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """The newest entry's id and stored hash, or None when there is none."""
    row = conn.execute("SELECT id, hash FROM entries ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def contents(conn: sqlite3.Connection | None, upto: int) -> list[str]:
    """The stored contents of the entries with ids up to ``upto``, in order."""
    if conn is None:
        return []
    query = "SELECT content FROM entries WHERE id <= ? ORDER BY id"
    return [r[0] for r in conn.execute(query, (upto,))]
