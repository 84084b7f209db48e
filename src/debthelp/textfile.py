"""The one encoding detector for every text file a person gives debthelp (pure core).

A message to check, a repayment schedule, a debts list, an answers file, a budget:
people save them from phones, Excel and Notepad, in UTF-8, UTF-8 with a
byte-order mark (Windows Notepad, Excel's "CSV UTF-8") or GB18030/GBK (older
Chinese Windows, Excel's plain "CSV"). The first that decodes the whole file
wins, in that order. GB18030 decodes almost any bytes, so bytes that are not
text at all (a NUL byte: an image, a spreadsheet, UTF-16) are refused first.

debthelp's own data files are UTF-8 only and are read by ``yamlio.read_text``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal

from debthelp.yamlio import MAX_BYTES, ErrorFactory, read_bytes

Encoding = Literal["utf-8", "utf-8-sig", "gb18030"]
ENCODINGS: Final[tuple[Encoding, ...]] = ("utf-8", "utf-8-sig", "gb18030")
BOM: Final = b"\xef\xbb\xbf"


def decode_text(data: bytes) -> tuple[str, Encoding] | None:
    """The text in ``data`` and the encoding it was in; None if it is not text."""
    if b"\x00" in data:
        return None
    if data.startswith(BOM):
        try:
            return data[len(BOM) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        return None


def read_given(
    path: Path, *, error: ErrorFactory, max_bytes: int = MAX_BYTES
) -> tuple[str, Encoding]:
    """A person's file: its text and encoding, or an error naming the file.

    ``error`` is called with the ``yamlio`` keys (``file-missing``,
    ``file-too-big`` ...) and ``file-not-text`` when the bytes are none of
    the encodings above.
    """
    name = str(path)
    data = read_bytes(path, error=error, limit=max_bytes + 1)
    if len(data) > max_bytes:  # too big, or it grew after fstat, or lies about its size
        raise error("file-too-big", path=name, limit=_megabytes(max_bytes))
    found = decode_text(data)
    if found is None:
        raise error("file-not-text", path=name)
    return found


def read_given_text(path: Path, *, error: ErrorFactory, max_bytes: int = MAX_BYTES) -> str:
    """``read_given`` without the encoding: the text only."""
    return read_given(path, error=error, max_bytes=max_bytes)[0]


def _megabytes(limit: int) -> float:
    size = limit / (1024 * 1024)
    return int(size) if size.is_integer() else round(size, 2)
