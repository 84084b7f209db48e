"""The records of the patterns file: what a claim or sign is, and how one keyword is compiled."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from debthelp.check.normal import fold
from debthelp.guidance import Text

FORMAT_VERSION: Final = 1
Kind = Literal["claim", "sign"]
Level = Literal["scam", "pressure", "verify", "mild"]

# The ids other commands rely on (JSON, the evidence log's tags): written out
# so a missing or misspelt one is caught when the file is checked.
CLAIM_IDS: Final = (
    "lawsuit",
    "criminal",
    "third-party",
    "posting",
    "visit",
    "mediation",
    "credit-record",
    "dishonest-list",
    "deadline",
    "fees",
    "personal-account",
    "link",
    "personal-data",
    "fix-offer",
)
REQUIRED_SIGNS: Final = ("threat", "impersonation")
READING_IDS: Final = ("scam", "pressure", "verify", "none")
LEVELS: Final = ("scam", "pressure", "verify", "mild")
TEXT_FIELDS: Final = ("title", "meaning", "truth", "verify", "do")
ENTRY_KEYS: Final = ("id", "level", "patterns", "source", *TEXT_FIELDS)
TOP_KEYS: Final = ("format", "threshold", "context", "negation", "readings", "claims", "signs")
ID_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_REGEX_PREFIX = "re:"
_WORDISH = re.compile(r"\w")


@dataclass(frozen=True)
class Rule:
    """One keyword or regular expression, compiled against folded text."""

    source: str  # as written in the file
    regex: re.Pattern[str]
    weight: float
    # The folded keyword, for a fast "is it there at all" before the regex runs.
    literal: str | None = None


@dataclass(frozen=True)
class Entry:
    """A claim or a sign: how to find it and what to say about it."""

    id: str
    kind: Kind
    level: Level
    rules: tuple[Rule, ...]
    texts: Mapping[str, Text]  # title, meaning, truth, verify, do
    sources: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class ReadingText:
    id: str
    text: Text
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Patterns:
    """Every claim and sign, the debt-context words, and the four readings."""

    path: str
    threshold: float
    context: tuple[Rule, ...]
    context_bonus: float
    negation: tuple[Rule, ...]
    negation_window: int
    claims: tuple[Entry, ...]
    signs: tuple[Entry, ...]
    readings: Mapping[str, ReadingText]

    def entry(self, ident: str) -> Entry | None:
        for entry in (*self.claims, *self.signs):
            if entry.id == ident:
                return entry
        return None


def compile_rule(text: str, weight: float = 1.0) -> Rule:
    """A keyword (folded; a whole word where it starts or ends with a letter, and
    never inside a web address) or a regular expression written ``re:...``."""
    if text.startswith(_REGEX_PREFIX):
        return Rule(text, re.compile(text[len(_REGEX_PREFIX) :]), weight)
    folded = fold(text)
    body = re.escape(folded)
    if folded and folded.isascii():
        if _WORDISH.match(folded[0]):
            body = r"(?<![\w./@-])" + body
        if _WORDISH.match(folded[-1]):
            body = body + r"(?![\w@-]|\.\w|/)"
    return Rule(text, re.compile(body), weight, folded or None)
