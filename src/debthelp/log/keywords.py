"""The tags what a collector said, and who they said they were, give an entry.

One scanner decides: ``debthelp.check.scan`` (data/patterns.yaml) reads the words
exactly as ``debthelp check`` does, and ``CLAIM_TO_TAG`` / ``SIGN_TO_TAG`` map its
claims and signs to the log's tag ids. The log keeps no keyword list of its own
for anything ``scan`` finds. It adds only what ``check`` cannot know about a
pasted message and the log does: that every entry is a collector's contact about
a debt. So

- the words are read with a debt word in front (``_DEBT``), so a weak word such
  as "上门" counts as it does in any debt message ("上门抓你");
- a visit is also a threat when the same words threaten arrest, harm or a
  night-time call ("上门抓你", "今晚去你家");
- a collector who says they are the court is posing as one ("我们是法院的"):
  ``check`` rightly reads a court message as "verify", since real courts send
  messages too (fact 4-7), so the court words are the log's own (``_COURT``).

The tags are found once, when the entry is added, and kept in the entry (so
they are part of what the hash chain protects, and an export of a long log
does not scan every message again).
"""

from __future__ import annotations

import re
from typing import Final

# check's claim id -> the log's tag id
CLAIM_TO_TAG: Final = {
    "third-party": "third-party",
    "posting": "public-posting",
    "fees": "extra-fees",
    "visit": "visit",
    "criminal": "criminal",
}
# check's sign id -> the log's tag id
SIGN_TO_TAG: Final = {
    "threat": "threat",
    "impersonation": "impersonation",
}
# Kept for callers of the first version: every check id the log maps.
CHECK_TO_TAG: Final = {**CLAIM_TO_TAG, **SIGN_TO_TAG}

# A debt word and a full stop: scan's own context rule then applies, and the stop
# ends the clause, so nothing the collector said joins onto it.
_DEBT: Final = "催收。"
# A visit at night is a threat (no visit 22:00-08:00 without consent, fact 2c-7).
_NIGHT: Final = re.compile(
    r"今晚|今夜|晚上|半夜|深夜|凌晨|夜里|\btonight\b|\bmidnight\b|\bat night\b"
)
# Saying one is the court. scan() has no such sign (see the module's docstring).
_COURT: Final = re.compile(
    r"(?:我是|我们是|这里是|本人是|我这边是|我们这边是)[^,.!?;:，。！？；：\n]{0,10}"
    r"(?:法院|法官|法庭|执行局)"
    r"|\b(?:i am|i'm|we are|this is)\s+(?:from\s+|with\s+|the\s+|a\s+|an\s+)*(?:court|judge)\b"
)
# --claimed-identity given as a word in English: read as the Chinese a caller says.
_IDENTITY_WORDS: Final = {
    "police": "警察",
    "court": "法院",
    "judge": "法官",
    "procuratorate": "检察院",
    "government": "政府",
    "regulator": "金融监管",
}


def keyword_tags(text: str) -> tuple[str, ...]:
    """The log's tag ids for what a collector said (``--said``)."""
    if not text.strip():
        return ()
    from debthelp.check import scan

    hits = scan(_DEBT + text)
    claims = {hit.id for hit in hits if hit.kind == "claim"}
    signs = {hit.id for hit in hits if hit.kind == "sign"}
    found = {tag for cid, tag in CLAIM_TO_TAG.items() if cid in claims}
    found |= {tag for sid, tag in SIGN_TO_TAG.items() if sid in signs}
    if "visit" in found and ("criminal" in found or _NIGHT.search(text.lower())):
        found.add("threat")
    if _says_court(text):
        found.add("impersonation")
    return _ordered(found)


def identity_tags(claimed: str) -> tuple[str, ...]:
    """Tags for who the collector said they were (``--claimed-identity``): read as
    "I am <claimed>", so check's sign for posing as the police or an official
    decides, and the court words for posing as a court."""
    words = claimed.strip()
    if not words:
        return ()
    words = _IDENTITY_WORDS.get(words.lower(), words)
    return tuple(t for t in keyword_tags(f"我是{words}") if t == "impersonation")


def entry_keywords(said: str, claimed: str) -> tuple[str, ...]:
    """Every keyword tag of one entry, each once, in the order of ``TAG_IDS``."""
    return _ordered({*keyword_tags(said), *identity_tags(claimed)})


def _says_court(text: str) -> bool:
    from debthelp.check.normal import normalise

    return _COURT.search(normalise(text).text) is not None


def _ordered(found: set[str]) -> tuple[str, ...]:
    from debthelp.log.tags import TAG_IDS

    return tuple(t for t in TAG_IDS if t in found)
