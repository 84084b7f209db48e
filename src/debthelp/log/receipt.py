"""Receipts: a short code that anchors the log outside this computer.

The hash chain has no secret: whoever can edit the log file can change an entry
and recompute every hash after it, and the file still agrees with itself. What
it cannot do is change a copy the person already sent elsewhere. So ``log add``
and ``log verify`` print a receipt, which the person sends to themselves or to
someone they trust (a chat, a text, an email), where it gets a date. Later,
``log verify --receipt CODE`` proves that the log still holds exactly the
entries that receipt covered.

The code, before it is grouped for reading, is Crockford base32
(``0-9 A-Z`` without ``I L O U``) and holds, in order:

- ``DH1``: the version;
- 5 characters: the number of entries covered, ``K``;
- 16 characters (80 bits): the chain's head over those ``K`` entries;
- 2 characters (10 bits) per block: a fingerprint of each entry's own content,
  not chained, so a change shows *where* it is. Up to ``BLOCKS`` entries each
  have their own; beyond that each fingerprint covers a run of entries;
- 4 characters (20 bits): a checksum of everything before it, so a mistyped
  receipt is called mistyped, not taken for a changed log.

A fingerprint is short: an edit could match one by chance (1 in 1,024), but it
would still change the 80-bit head, so the change is found, only not placed.
Nothing in a receipt is secret; it proves only what the copy sent elsewhere
proves, from the day it was sent.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from debthelp.errors import InputError
from debthelp.log.entry import GENESIS, chain_hash

VERSION: Final = "DH1"
ALPHABET: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
COUNT_CHARS: Final = 5
HEAD_CHARS: Final = 16
FP_CHARS: Final = 2
CHECK_CHARS: Final = 4
# Fingerprints in one receipt: 64 characters, short enough to paste into a chat.
BLOCKS: Final = 32
MAX_COUNT: Final = 32**COUNT_CHARS - 1
# What people type instead: O for 0, I and L for 1, U for V (Crockford's rules).
_LOOKALIKE: Final = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_VALUE: Final = {ch: i for i, ch in enumerate(ALPHABET)}


def _encode(number: int, chars: int) -> str:
    out = []
    for _ in range(chars):
        out.append(ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(out))


def _bits(digest: bytes, chars: int) -> str:
    """The first ``5 * chars`` bits of ``digest`` as base32."""
    return _encode(int.from_bytes(digest, "big") >> (len(digest) * 8 - 5 * chars), chars)


def blocks(count: int) -> list[tuple[int, int]]:
    """The runs of entry numbers (first, last) that each fingerprint covers, for ``count``."""
    size = -(-count // BLOCKS) if count > BLOCKS else 1
    return [(first, min(first + size - 1, count)) for first in range(1, count + 1, size)]


def _fingerprint(contents: Sequence[str]) -> str:
    # Each content and a NUL after it, encoded in one piece.
    body = "\x00".join(contents) + "\x00" if contents else ""
    digest = hashlib.sha256(b"debthelp-receipt\n" + body.encode())
    return _bits(digest.digest(), FP_CHARS)


def _checksum(body: str) -> str:
    return _bits(hashlib.sha256(f"debthelp-receipt-check\n{body}".encode()).digest(), CHECK_CHARS)


def recomputed_head(contents: Sequence[str]) -> str:
    """The chain's head over ``contents`` as they are now (not the stored hashes)."""
    head = GENESIS
    for content in contents:
        head = chain_hash(head, content)
    return head


@dataclass(frozen=True)
class Receipt:
    count: int
    head: str  # HEAD_CHARS characters of the chain's head
    prints: tuple[str, ...]  # one per block

    @property
    def code(self) -> str:
        """The normalised code, without grouping."""
        body = VERSION + _encode(self.count, COUNT_CHARS) + self.head + "".join(self.prints)
        return body + _checksum(body)

    def shown(self) -> str:
        """The code grouped for reading and copying: ``DH1-00014-ABCD-…``."""
        code = self.code
        rest = code[len(VERSION) + COUNT_CHARS :]
        groups = [rest[i : i + 4] for i in range(0, len(rest), 4)]
        return "-".join([VERSION, code[len(VERSION) : len(VERSION) + COUNT_CHARS], *groups])


def make(contents: Sequence[str], head_hex: str | None = None) -> Receipt:
    """The receipt of the entries whose stored contents are ``contents``, in order.

    ``head_hex``: the chain's head when the caller has just checked that the
    stored chain is sound (it is then the recomputed one), saving a second pass.
    """
    count = len(contents)
    if count > MAX_COUNT:
        raise ValueError("too many entries for a receipt")
    head_hex = head_hex or recomputed_head(contents)
    head = _bits(bytes.fromhex(head_hex), HEAD_CHARS)
    prints = tuple(_fingerprint(contents[a - 1 : b]) for a, b in blocks(count))
    return Receipt(count, head, prints)


def normalise(text: str) -> str:
    """``text`` as code characters: full-width forms folded, case, spaces, dashes
    and look-alike letters forgiven, anything before the version dropped (a label
    such as "回执：" copied with it)."""
    folded = unicodedata.normalize("NFKC", text).upper()
    kept = "".join(ch for ch in folded if ch.isascii() and ch.isalnum())
    start = kept.find("DH")
    if start < 0:
        raise InputError("log.receipt-mistyped", value=text)
    return kept[start:].translate(_LOOKALIKE)


def parse(text: str) -> Receipt:
    """The receipt ``text`` holds; ``InputError`` (mistyped) if it is not a whole, right one."""
    if len(text) > 1000:
        raise InputError("log.receipt-mistyped", value=text[:40] + "…")
    code = normalise(text)
    fixed = len(VERSION) + COUNT_CHARS + HEAD_CHARS + CHECK_CHARS
    if (
        not code.startswith("DH")
        or len(code) < fixed
        or any(ch not in _VALUE for ch in code[len(VERSION) :])
    ):
        raise InputError("log.receipt-mistyped", value=text)
    if not code.startswith(VERSION):
        raise InputError("log.receipt-newer", value=text)
    body, check = code[:-CHECK_CHARS], code[-CHECK_CHARS:]
    count = 0
    for ch in code[len(VERSION) : len(VERSION) + COUNT_CHARS]:
        count = count * 32 + _VALUE[ch]
    if check != _checksum(body) or count < 1 or len(code) != fixed + FP_CHARS * len(blocks(count)):
        raise InputError("log.receipt-mistyped", value=text)
    start = len(VERSION) + COUNT_CHARS
    head = code[start : start + HEAD_CHARS]
    prints_text = body[start + HEAD_CHARS :]
    prints = tuple(prints_text[i : i + FP_CHARS] for i in range(0, len(prints_text), FP_CHARS))
    return Receipt(count, head, prints)


@dataclass(frozen=True)
class Comparison:
    """What a receipt says about the log as it is now."""

    covered: int  # entries the receipt covered
    changed: tuple[tuple[int, int], ...]  # runs (first, last) whose fingerprint differs
    missing: tuple[int, int] | None  # covered entries no longer in the log (first, last)
    head_differs: bool  # the chain over the covered entries is not the one receipted
    added: int  # entries after the covered ones

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.head_differs)

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "covered": self.covered,
            "changed": [list(run) for run in self.changed],
            "missing": list(self.missing) if self.missing else None,
            "head_differs": self.head_differs,
            "added": self.added,
        }


def compare(receipt: Receipt, contents: Sequence[str], head_hex: str | None = None) -> Comparison:
    """Check the log's entries (their stored contents, in order) against ``receipt``.

    ``head_hex``: the chain's head over the entries the receipt covers, when
    the caller has just found the stored chain sound that far (``verify``):
    it is then the recomputed one, saving a second pass.
    """
    covered = receipt.count
    have = contents[:covered]
    runs = blocks(covered)
    changed = []
    for (first, last), expected in zip(runs, receipt.prints, strict=True):
        part = have[first - 1 : last]
        # A run cut short by missing entries cannot be fingerprinted; the
        # missing ones are reported, and the head shows the rest changed or not.
        if len(part) == last - first + 1 and _fingerprint(part) != expected:
            changed.append((first, last))
    missing = (len(have) + 1, covered) if len(have) < covered else None
    if head_hex is None or len(have) < covered:
        head_hex = recomputed_head(have)
    head = _bits(bytes.fromhex(head_hex), HEAD_CHARS)
    return Comparison(
        covered=covered,
        changed=tuple(changed),
        missing=missing,
        head_differs=head != receipt.head,
        added=max(0, len(contents) - covered),
    )
