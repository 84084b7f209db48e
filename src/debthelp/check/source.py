"""Where a message comes from: bytes from a file or a pipe, decoded, and the encoding named.

Messages are copied from phones and PCs: UTF-8, UTF-8 with a byte-order mark
(Windows Notepad), or GB18030/GBK (older Chinese Windows), told apart by the one
detector every file a person gives goes through (``debthelp.textfile``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from debthelp.errors import InputError
from debthelp.textfile import Encoding, decode_text
from debthelp.yamlio import read_bytes

# Far more than any message; enough to refuse a disk image before reading it all.
MAX_BYTES: Final = 1024 * 1024
# The longest text ``debthelp check`` reads: far more than an SMS, a chat message
# or a call written down (a few thousand characters), and checked in well under a
# second. A longer text is refused in both languages, not cut (a fraud's ask may
# be at its end).
MAX_CHARS: Final = 10_000


def decode_message(data: bytes, *, name: str) -> tuple[str, Encoding]:
    """The text of ``data`` and the encoding it was in; ``InputError`` if it is not text."""
    if len(data) > MAX_BYTES:
        raise InputError("check.too-big", path=name, limit=MAX_BYTES // 1024)
    found = decode_text(data)
    if found is None:
        raise InputError("check.not-text", path=name)
    return found


def read_message_file(path: Path) -> tuple[str, Encoding]:
    """A message file's text and encoding; a clear ``InputError`` for anything else
    (read as every debthelp file is read: ``yamlio.read_bytes``)."""
    return decode_message(read_bytes(path, error=InputError, limit=MAX_BYTES + 1), name=str(path))
