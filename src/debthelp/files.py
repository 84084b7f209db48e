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
import tempfile
from pathlib import Path
from typing import Any

from debthelp.errors import InputError
from debthelp.yamlio import LineDict, load_yaml, read_text

MAX_ANSWERS_BYTES = 1024 * 1024


def read_answers(path: Path) -> dict[str, Any]:
    """An answers file, YAML or JSON (JSON is YAML): question id -> value."""
    text = read_text(path, error=InputError, max_bytes=MAX_ANSWERS_BYTES)
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


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, readable and writable only by the owner."""
    target = path.expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(
            "file-write-failed", path=str(path), reason=exc.strerror or str(exc)
        ) from None
    try:
        # mkstemp already creates the file 0600; keep it so whatever the umask.
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise InputError(
                "file-write-failed", path=str(path), reason=exc.strerror or str(exc)
            ) from None
        raise


def dump_answers(answers: dict[str, Any]) -> str:
    # JSON is also valid YAML, so the saved file works with --answers either way,
    # and it needs no YAML dumper at start-up.
    return json.dumps(answers, ensure_ascii=False, indent=2) + "\n"
