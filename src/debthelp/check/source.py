"""Where a message comes from: bytes from a file or a pipe, decoded, and the encoding named.

Messages are copied from phones and PCs: UTF-8, UTF-8 with a byte-order mark
(Windows Notepad), or GB18030/GBK (older Chinese Windows). The first that
decodes the whole message wins, in that order; GB18030 decodes almost any
bytes, so text that is not text at all (NUL bytes, an image) is refused first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal

from debthelp.errors import InputError
from debthelp.yamlio import read_bytes

Encoding = Literal["utf-8", "utf-8-sig", "gb18030"]
# Far more than any message; enough to refuse a disk image before reading it all.
MAX_BYTES: Final = 1024 * 1024
# The longest text ``debthelp check`` reads: far more than an SMS, a chat message
# or a call written down (a few thousand characters), and checked in well under a
# second. A longer text is refused in both languages, not cut (a fraud's ask may
# be at its end).
MAX_CHARS: Final = 10_000
_BOM: Final = b"\xef\xbb\xbf"


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
    """A message file's text and encoding; a clear ``InputError`` for anything else
    (read as every debthelp file is read: ``yamlio.read_bytes``)."""
    return decode_message(read_bytes(path, error=InputError, limit=MAX_BYTES + 1), name=str(path))
