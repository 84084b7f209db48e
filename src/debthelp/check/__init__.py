"""What a frightening message claims, found by patterns that are data (pure core).

- ``normal``: folding the message (full-width, traditional characters, "起 诉")
  while keeping the way back to the original offsets.
- ``model``, ``reader``, ``patterns``: ``data/patterns.yaml``'s records, its
  complete check, and reading it once.
- here: ``scan`` (the claims and signs a message makes, with where they are)
  and ``check`` (those, plus the overall reading).

One set of patterns, two uses: ``debthelp check`` explains the claims, and the
evidence log tags what it records from the same ``Hit`` ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

from debthelp.check.model import (
    CLAIM_IDS,
    LEVELS,
    READING_IDS,
    REQUIRED_SIGNS,
    Entry,
    Patterns,
    ReadingText,
    Rule,
)
from debthelp.check.normal import normalise
from debthelp.check.patterns import default_patterns_path, load_patterns
from debthelp.check.reader import check_patterns

__all__ = [
    "CLAIM_IDS",
    "READING_IDS",
    "REQUIRED_SIGNS",
    "CheckResult",
    "Entry",
    "Hit",
    "Patterns",
    "ReadingText",
    "Rule",
    "check",
    "check_patterns",
    "default_patterns_path",
    "load_patterns",
    "reading_of",
    "scan",
]

Reading = Literal["scam", "pressure", "verify", "none"]
# The level a hit points to, strongest first; "mild" hits alone read as "none".
_ORDER: Final = {"scam": 0, "pressure": 1, "verify": 2, "mild": 3}
_READING_OF_LEVEL: Final[dict[str, Reading]] = {
    "scam": "scam",
    "pressure": "pressure",
    "verify": "verify",
    "mild": "none",
}
assert set(_ORDER) == set(LEVELS)
# Where a clause ends: a negation before it does not reach past it.
_CLAUSE_END = re.compile(r"[,.!?;:。！？；：\n]")


@dataclass(frozen=True)
class Hit:
    """A claim or sign found in a message, and where (in the ORIGINAL text)."""

    id: str  # a claim id or a sign id
    kind: Literal["claim", "sign"]
    matched: tuple[str, ...]  # the matched substrings as they appear in the original text
    spans: tuple[tuple[int, int], ...]  # offsets into the original text, sorted, not overlapping


@dataclass(frozen=True)
class CheckResult:
    """A message, what it claims, and the overall reading."""

    text: str
    hits: tuple[Hit, ...]
    reading: Reading

    @property
    def claims(self) -> tuple[Hit, ...]:
        return tuple(hit for hit in self.hits if hit.kind == "claim")

    @property
    def signs(self) -> tuple[Hit, ...]:
        return tuple(hit for hit in self.hits if hit.kind == "sign")


def scan(text: str, patterns: Patterns | None = None) -> tuple[Hit, ...]:
    """Every claim, then every sign, that ``text`` makes, in the file's order.

    A pattern counts its weight once however often it matches; an entry is
    found when its weights reach the file's threshold. Weak words (weight
    below it) count only together, or in a message about a debt (the
    file's ``context`` words add their bonus).
    """
    p = load_patterns() if patterns is None else patterns
    norm = normalise(text)
    folded = norm.text
    context: bool | None = None  # looked for only when a weak word needs it
    hits: list[Hit] = []
    for entry in (*p.claims, *p.signs):
        score = 0.0
        found: list[tuple[int, int]] = []
        for rule in entry.rules:
            if rule.literal is not None and rule.literal not in folded:
                continue  # most keywords are absent: a substring test rules them out fast
            spans = [
                (m.start(), m.end())
                for m in rule.regex.finditer(folded)
                if m.end() > m.start() and not _negated(folded, m.start(), p)
            ]
            if spans:
                score += rule.weight
                found.extend(spans)
        if not found:
            continue
        if score < p.threshold:
            if context is None:
                context = any(
                    (rule.literal is None or rule.literal in folded) and rule.regex.search(folded)
                    for rule in p.context
                )
            if context:
                score += p.context_bonus
        if score < p.threshold:
            continue
        spans = _merge(norm.span(start, end) for start, end in found)
        hits.append(
            Hit(
                entry.id,
                entry.kind,
                tuple(text[start:end] for start, end in spans),
                tuple(spans),
            )
        )
    return tuple(hits)


def _negated(folded: str, start: int, p: Patterns) -> bool:
    """A negation word stands before ``start`` in the same clause ("请勿透露验证码")."""
    if not p.negation:
        return False
    before = folded[max(0, start - p.negation_window) : start]
    cut = _CLAUSE_END.search(before[::-1])
    if cut is not None:
        before = before[len(before) - cut.start() :]
    return any(rule.regex.search(before) for rule in p.negation)


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def reading_of(hits: tuple[Hit, ...], patterns: Patterns | None = None) -> Reading:
    """The overall reading: the strongest level any hit points to.

    Never "certainly fake" and never "certainly real": the strongest a court-like
    notice reads on its own is ``verify``.
    """
    p = load_patterns() if patterns is None else patterns
    best = "mild"
    for hit in hits:
        entry = p.entry(hit.id)
        if entry is not None and _ORDER[entry.level] < _ORDER[best]:
            best = entry.level
    if not hits:
        return "none"
    return _READING_OF_LEVEL[best]


def check(text: str, patterns: Patterns | None = None) -> CheckResult:
    """What ``text`` claims and signals, and the overall reading."""
    p = load_patterns() if patterns is None else patterns
    hits = scan(text, p)
    return CheckResult(text, hits, reading_of(hits, p))
