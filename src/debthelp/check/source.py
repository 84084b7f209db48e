"""Where a message comes from: bytes from a file or a pipe, decoded, and the encoding named.

Messages are copied from phones and PCs: UTF-8, UTF-8 with a byte-order mark
(Windows Notepad), or GB18030/GBK (older Chinese Windows). The first that
decodes the whole message wins, in that order; GB18030 decodes almost any
bytes, so text that is not text at all (NUL bytes, an image) is refused first.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Final, Literal

from debthelp.errors import InputError

Encoding = Literal["utf-8", "utf-8-sig", "gb18030"]
# Far more than any message; enough to refuse a disk image before reading it all.
MAX_BYTES: Final = 1024 * 1024
_BOM: Final = b"\xef\xbb\xbf"
_OPEN_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def decode_message(data: bytes, *, name: str) -> tuple[str, Encoding]:
    """The text of ``data`` and the encoding it was in; ``InputError`` if it is not text."""
    if len(data) > MAX_BYTES:
        raise InputError("check.too-big", path=name, limit=MAX_BYTES // 1024)
    if b"\x00" in data:
        raise InputError("check.not-text", path=name)
    if data.startswith(_BOM):
        try:
            return data[len(_BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise InputError("check.not-text", path=name) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise InputError("check.not-text", path=name) from None


def read_message_file(path: Path) -> tuple[str, Encoding]:
    """A message file's text and encoding; a clear ``InputError`` for anything else.

    Opened without blocking and checked on the open descriptor (a FIFO never
    hangs, a folder or device is refused); at most ``MAX_BYTES + 1`` are read.
    """
    name = str(path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise InputError("file-missing", path=name) from None
    except IsADirectoryError:
        raise InputError("file-is-dir", path=name) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        raise InputError("file-unreadable", path=name, reason=_reason(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("file-is-dir", path=name)
        if not stat.S_ISREG(info.st_mode):
            raise InputError("file-not-regular", path=name)
        data = read_at_most(fd, MAX_BYTES + 1)
    except OSError as exc:
        raise InputError("file-unreadable", path=name, reason=_reason(exc)) from None
    finally:
        os.close(fd)
    return decode_message(data, name=name)


def read_at_most(fd: int, limit: int) -> bytes:
    """Up to ``limit`` bytes from ``fd``, until its end."""
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, 65536))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _reason(exc: Exception) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
