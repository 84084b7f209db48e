"""Keyword tags from what a collector said: the one seam to ``debthelp check``'s patterns.

One set of patterns (data/patterns.yaml), two uses: a message pasted into
``debthelp check`` and the same words logged with ``--said`` get the same tags.
``keyword_tags`` maps check's claim and sign ids to the log's tag ids.

The tags are found once, when the entry is added, and kept in the entry (so
they are part of what the hash chain protects, and an export of a long log
does not scan every message again).
"""

from __future__ import annotations

from typing import Final

# check's pattern id -> the log's tag id
CHECK_TO_TAG: Final = {
    "third-party": "third-party",
    "posting": "public-posting",
    "fees": "extra-fees",
    "threat": "threat",
    "impersonation": "impersonation",
}


def keyword_tags(text: str) -> tuple[str, ...]:
    """The log's tag ids for the patterns ``debthelp check`` finds in ``text``."""
    if not text.strip():
        return ()
    from debthelp.check import scan

    found = {hit.id for hit in scan(text)}
    return tuple(tag for check_id, tag in CHECK_TO_TAG.items() if check_id in found)


def identity_tags(claimed: str) -> tuple[str, ...]:
    """Tags for who the collector said they were: read as "I am <claimed>", so
    check's own pattern for posing as the police or an official decides."""
    if not claimed.strip():
        return ()
    return tuple(t for t in keyword_tags(f"我是{claimed}") if t == "impersonation")
