"""Reading answer files and saving files privately and atomically.

A saved file may hold someone's debts and the names of their lenders, so it is
created readable only by its owner (0600), and written to a temporary file in
the same folder first: a crash or Ctrl-C mid-write leaves the old file intact,
never a half-written one.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from debthelp.errors import InputError
from debthelp.textfile import read_given_text
from debthelp.yamlio import LineDict, load_yaml

MAX_ANSWERS_BYTES = 1024 * 1024


def read_answers(path: Path) -> dict[str, Any]:
    """An answers file, YAML or JSON (JSON is YAML): question id -> value."""
    text = read_given_text(path, error=InputError, max_bytes=MAX_ANSWERS_BYTES)
    data = load_yaml(text, path=str(path), error=InputError)
    if data is None:
        return {}
    if not isinstance(data, LineDict | dict):
        raise InputError("answers-not-mapping", path=str(path))
    return {str(k): _plain(v) for k, v in data.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def parse_pairs(pairs: list[str]) -> dict[str, str]:
    """``--answer id=value`` flags, later ones winning."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError("answer-bad-pair", value=pair)
        out[key.strip()] = value.strip()
    return out


# Our temporary files: short, so that a legal 255-byte file name still fits
# beside them, and recognisable, so that a copy left by a killed save is removed.
TMP_PREFIX = ".dh-"
TMP_SUFFIX = ".tmp"
_TMP_NAME = re.compile(r"\.dh-[A-Za-z0-9_]{6,12}\.tmp")
# A leftover this old is not another save still running.
STALE_SECONDS = 60
# Files this run has written, so that a later failure never claims none were.
SAVED: list[str] = []


def write_private(path: str | os.PathLike[str], text: str | Iterable[str]) -> None:
    """Write ``text`` to ``path`` atomically, readable and writable only by the owner.

    ``text`` may come in pieces (a long log export, drawn as it is written): the
    file is replaced only once every piece is written.

    Only a regular file is ever replaced (through a symlink, its target is); a
    folder, a FIFO, a device or a read-only file is refused with a message.
    """
    name = os.fspath(path)
    if name == "-":
        # "-" names standard output elsewhere; a file called "-" is never what was meant.
        raise InputError("save-path-dash")
    if name.endswith(("/", os.sep)):
        raise InputError("save-path-is-folder", path=name)
    try:
        target = Path(os.path.realpath(Path(name).expanduser()))
    except RuntimeError:  # ~someone who has no account here
        raise InputError("path-unknown-user", path=name) from None
    _check_replaceable(target, name)
    folder = target.parent
    _remove_stale(folder)
    try:
        fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=TMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise InputError("file-write-failed", path=name, reason=_reason(exc)) from None
    try:
        # mkstemp already creates the file 0600; keep it so whatever the umask.
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            if isinstance(text, str):
                handle.write(text)
            else:
                for piece in text:
                    handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        SAVED.append(name)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise InputError("file-write-failed", path=name, reason=_reason(exc)) from None
        raise


def _check_replaceable(target: Path, name: str) -> None:
    try:
        info = target.stat()
    except FileNotFoundError:
        return  # a new file: the folder decides (a missing folder fails at mkstemp)
    except OSError as exc:
        raise InputError("file-write-failed", path=name, reason=_reason(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("file-is-dir", path=name)
    if not stat.S_ISREG(info.st_mode):
        raise InputError("save-not-regular", path=name)
    # The owner's write bit, not only access(): root may write anything, but a
    # file someone made read-only is not to be replaced without being asked.
    if not info.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK):
        raise InputError("save-read-only", path=name)
    _check_not_evidence(target, info, name)


def _same(info: os.stat_result, other: str | os.PathLike[str]) -> bool:
    try:
        there = os.stat(other)
    except (OSError, ValueError):
        return False
    return (there.st_dev, there.st_ino) == (info.st_dev, info.st_ino)


def _check_not_evidence(target: Path, info: os.stat_result, name: str) -> None:
    """Refuse to replace the evidence log, its journal, or a file it recorded.

    A letter or an export saved over the log would leave no trace of the
    hash-chained record, and one saved over a recording would make the log's
    attachment "changed". Compared by device and inode, so another name for the
    same file (a link, ``./``, a symlink) is refused too. Only an existing
    target gets here, so the log is looked at only when there is something to
    protect.
    """
    try:
        with open(target, "rb") as handle:
            header = handle.read(16)
    except OSError:
        header = b""
    if header == b"SQLite format 3\x00":
        # Any database, not only today's log: no save of ours is a database,
        # and another debthelp log (an old --db) is evidence just the same.
        raise InputError("log.save-is-log", path=name)
    from debthelp.log import paths

    logs = list(dict.fromkeys([*paths.USED, _default_log()]))
    for log in logs:
        for suffix in ("-journal", "-wal", "-shm"):
            if os.path.realpath(f"{log}{suffix}") == str(target) or _same(info, f"{log}{suffix}"):
                raise InputError("log.save-is-log", path=name)
    for log in logs:
        for recorded in _attachments(log):
            if _same(info, recorded):
                raise InputError("log.save-is-attachment", path=name, log=str(log))


def _default_log() -> Path | None:
    from debthelp.errors import DebtHelpError
    from debthelp.log.paths import default_db_path

    try:
        return default_db_path()
    except DebtHelpError:  # DEBTHELP_HOME=~nosuchuser: there is no default log to protect
        return None


def _attachments(log: Path | None) -> list[str]:
    """The files ``log`` has recorded as attachments (none if it cannot be read)."""
    if log is None:
        return []
    import sqlite3

    from debthelp.errors import DebtHelpError
    from debthelp.log import store

    try:
        with store.reading(log) as conn:
            if conn is None:
                return []
            # Canonical JSON has '"attachments":[]' for an entry without any;
            # a quote inside a text field is escaped, so it cannot fake one.
            rows = conn.execute(
                "SELECT content FROM entries WHERE content NOT LIKE '%\"attachments\":[]%'"
            ).fetchall()
    except (DebtHelpError, sqlite3.Error, OSError):
        return []
    out: list[str] = []
    for (content,) in rows:
        try:
            items = json.loads(content).get("attachments") or []
            out.extend(str(a["path"]) for a in items if isinstance(a, dict) and "path" in a)
        except (ValueError, AttributeError, TypeError):
            continue
    return out


def _remove_stale(folder: Path) -> None:
    """Delete temporary files of ours that a killed save left behind: they hold answers."""
    import time

    cutoff = time.time() - STALE_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not _TMP_NAME.fullmatch(entry.name):
            continue
        with contextlib.suppress(OSError):
            info = entry.stat(follow_symlinks=False)
            mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
            if stat.S_ISREG(info.st_mode) and mine and info.st_mtime < cutoff:
                os.unlink(entry.path)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def dump_answers(answers: dict[str, Any]) -> str:
    # JSON is also valid YAML, so the saved file works with --answers either way,
    # and it needs no YAML dumper at start-up.
    return json.dumps(answers, ensure_ascii=False, indent=2) + "\n"
