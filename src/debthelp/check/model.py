"""The records of the patterns file: what a claim or sign is, and how one keyword is compiled."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Final, Literal

from debthelp.check.hints import required_literals
from debthelp.check.normal import fold
from debthelp.datafile import Text

FORMAT_VERSION: Final = 1
Dimension = Literal["claim", "sign", "ask"]
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
# What a message asks the reader to do: a fraud is known by these, whoever it claims to be.
ASK_IDS: Final = (
    "pay-before-loan",
    "transfer",
    "code",
    "screen-share",
    "remote-app",
    "install-app",
    "chat-contact",
    "borrow-and-move",
    "click-link",
    "call-back",
)
READING_IDS: Final = ("scam", "pressure", "verify", "none")
LEVELS: Final = ("scam", "pressure", "verify", "mild")
TEXT_FIELDS: Final = ("title", "meaning", "truth", "verify", "do")
ENTRY_KEYS: Final = (
    "id",
    "level",
    "context",
    "yields",
    "quiets",
    "patterns",
    "source",
    *TEXT_FIELDS,
)
# The id a ``decide`` rule may name for "the message is a warning" (see ``warning``).
WARNING_ID: Final = "warning"
TOP_KEYS: Final = (
    "format",
    "threshold",
    "context",
    "negation",
    "negation-after",
    "warning",
    "report",
    "readings",
    "decide",
    "claims",
    "signs",
    "asks",
)
ID_RE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_REGEX_PREFIX = "re:"
_WORDISH = re.compile(r"\w")
_YOUR = re.compile(r"\byour\b")


@dataclass(frozen=True)
class Matcher:
    """One keyword or regular expression, matched against folded text.

    A Chinese keyword is found with ``str.find``; an English one needs word
    boundaries, so it gets a regular expression, compiled the first time the
    keyword is in a message: loading the file then compiles only the few
    ``re:`` patterns, not all five hundred.
    """

    source: str  # as written in the file
    pattern: str  # the regular expression
    weight: float
    # The folded keyword, for a fast "is it there at all"; None for a ``re:`` pattern.
    literal: str | None = None
    bounded: bool = True  # False: the literal is found as it is, no regular expression
    # For a ``re:`` pattern: plain words one of which every match holds (``hints``
    # module; the file's check requires some), so the expression is compiled, and
    # run, only when one is in the text (compiling all ~480 would cost more than the
    # rest of start-up).
    hints: tuple[str, ...] = ()
    # False (a group's ``negation: false``): words that are themselves a negation
    # ("不要告诉家人", "don't tell anyone") are not undone by one.
    negatable: bool = True

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Where the rule matches in ``text`` (empty matches never count)."""
        literal = self.literal
        if self.hints and not any(hint in text for hint in self.hints):
            return
        if literal is not None:
            if literal not in text:
                return
            if not self.bounded:
                at = text.find(literal)
                while at >= 0:
                    yield at, at + len(literal)
                    at = text.find(literal, at + len(literal))
                return
        for match in self.regex.finditer(text):
            if match.end() > match.start():
                yield match.start(), match.end()


@dataclass(frozen=True)
class PatternEntry:
    """A claim or a sign: how to find it and what to say about it."""

    id: str
    kind: Dimension
    level: Level
    matchers: tuple[Matcher, ...]
    texts: Mapping[str, Text]  # title, meaning, truth, verify, do
    sources: tuple[str, ...]
    line: int
    # False: the debt-context bonus never completes this entry's weak words.
    context: bool = True
    # Ids whose matches, when they cover every match of this entry, make it no
    # hit: "征信修复" is an offer (fix-offer), not a threat to the credit record.
    yields: tuple[str, ...] = ()
    # Ids left out beside this entry unless the reading is a fraud: a screen share at
    # a work meeting (work-meeting) is work, and "stop sharing, leave the meeting" is
    # no advice for it; beside someone claiming a role it is a fraud's ask again.
    quiets: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadingText:
    id: str
    text: Text
    sources: tuple[str, ...]


@dataclass(frozen=True)
class DecisionRule:
    """One rule of the reading: found every id of ``all``, none of ``none_of`` and, if
    ``any`` is given, at least one of it. The first rule that holds gives the reading."""

    reading: str
    any: tuple[str, ...]
    all: tuple[str, ...]
    line: int
    none_of: tuple[str, ...] = ()  # ``not`` in the file: none of these may be found

    def decided_by(self, found: Collection[str]) -> str | None:
        """The id that makes this rule hold for ``found`` (its first ``any`` id found, or
        its first ``all`` id), or None when it does not hold: one walk of the condition,
        for both the reading and what is shown as having decided it."""
        if any(ident in found for ident in self.none_of):
            return None
        if not all(ident in found for ident in self.all):
            return None
        if not self.any:
            return self.all[0] if self.all else None
        return next((ident for ident in self.any if ident in found), None)


@dataclass(frozen=True)
class Patterns:
    """Every claim and sign, the debt-context words, and the four readings."""

    path: str
    threshold: float
    context: tuple[Matcher, ...]
    context_bonus: float
    negation: tuple[Matcher, ...]
    negation_window: int
    claims: tuple[PatternEntry, ...]
    signs: tuple[PatternEntry, ...]
    readings: Mapping[str, ReadingText]
    asks: tuple[PatternEntry, ...] = ()
    decide: tuple[DecisionRule, ...] = ()
    # A negation just AFTER a match, in its clause: "验证码请勿告诉他人".
    negation_after: tuple[Matcher, ...] = ()
    negation_after_window: int = 0
    # Words that make a message a warning: inside one, quoted words are not asked.
    warning: tuple[Matcher, ...] = ()
    # Inside a warning, a sentence with a ``report`` word tells of a fraud
    # ("冒充…要求共享屏幕的都是诈骗"): its clauses from a ``report.by`` word on report
    # what fraudsters ask, unless a clause speaks to the reader or as the sender (a
    # ``report.unless`` word: "请", "我们", "please").
    report: tuple[Matcher, ...] = ()
    report_unless: tuple[Matcher, ...] = ()
    # ...and only from a word that reports what someone asks ("要求", "让您", "asking").
    report_by: tuple[Matcher, ...] = ()
    # ...and a clause that tells what someone asked the SENDER ("要我加QQ", "让我转到",
    # "asked me to") reports, whatever else it says: it is the sender's story, not an ask.
    report_self: tuple[Matcher, ...] = ()
    # A sender who tells what was asked of THEM and asks whether it is real ("要我把验证码
    # 念给他……是不是骗子？") is in it now: no warning, whatever words it has.
    report_judged: tuple[Matcher, ...] = ()

    @cached_property
    def negation_regex(self) -> re.Pattern[str] | None:
        """Every negation word in one expression: it is tried before each match."""
        return _one_regex(self.negation)

    @cached_property
    def negation_after_regex(self) -> re.Pattern[str] | None:
        """Every after-negation word in one expression: tried on and just after a match."""
        return _one_regex(self.negation_after)

    def warns(self, folded: str) -> bool:
        """``folded`` has a ``warning`` word, and is no sender's own case asked about
        (``asks_judgement``). Each matcher's own fast test (a keyword's ``in``, a
        regular expression's hint) rather than one joined expression: the joined one
        tried every word at every character (9 ms on 5,000 characters)."""
        return _found(self.warning, folded) and not self.asks_judgement(folded)

    def asks_judgement(self, folded: str) -> bool:
        """The sender tells what someone asked of them (``report.self``) and asks
        whether it is real (``report.judged``): the asks are theirs to refuse now."""
        return _found(self.report_judged, folded) and _found(self.report_self, folded)

    @cached_property
    def report_regex(self) -> re.Pattern[str] | None:
        return _one_regex(self.report)

    @cached_property
    def report_unless_regex(self) -> re.Pattern[str] | None:
        return _one_regex(self.report_unless)

    @cached_property
    def report_by_regex(self) -> re.Pattern[str] | None:
        return _one_regex(self.report_by)

    @cached_property
    def report_self_regex(self) -> re.Pattern[str] | None:
        return _one_regex(self.report_self)

    @cached_property
    def _by_id(self) -> dict[str, PatternEntry]:
        return {entry.id: entry for entry in (*self.claims, *self.signs, *self.asks)}

    def entry(self, ident: str) -> PatternEntry | None:
        return self._by_id.get(ident)


def _found(matchers: tuple[Matcher, ...], folded: str) -> bool:
    """One of ``matchers`` matches ``folded``, each by its own fast test."""
    return any(next(matcher.spans(folded), None) for matcher in matchers)


def _one_regex(matchers: tuple[Matcher, ...]) -> re.Pattern[str] | None:
    if not matchers:
        return None
    return re.compile("|".join(f"(?:{matcher.pattern})" for matcher in matchers))


def matcher_parts(matcher: Matcher) -> list[Any]:
    """What ``compile_matcher`` works out from a text, as JSON (the wheel's snapshot
    carries it: folding each keyword and finding each expression's hints was most of
    what reading the snapshot cost ``debthelp check`` at start-up)."""
    return [matcher.pattern, matcher.literal, matcher.bounded, list(matcher.hints)]


def matcher_from_parts(text: str, weight: float, parts: Any) -> Matcher | None:
    """The matcher ``matcher_parts`` described, or None if ``parts`` is not such a list
    (a damaged snapshot costs speed, never correctness)."""
    if not (isinstance(parts, list) and len(parts) == 4):
        return None
    pattern, literal, bounded, hints = parts
    if not (
        isinstance(pattern, str)
        and (literal is None or isinstance(literal, str))
        and isinstance(bounded, bool)
        and isinstance(hints, list)
        and all(isinstance(h, str) for h in hints)
    ):
        return None
    return Matcher(text, pattern, weight, literal, bounded, tuple(hints))


def compile_matcher(text: str, weight: float = 1.0, *, eager: bool = True) -> Matcher:
    """A keyword (folded; a whole word where it starts or ends with a letter, and
    never inside a web address) or a regular expression written ``re:...``
    (compiled now, so a mistake in it is found when the file is read)."""
    if text.startswith(_REGEX_PREFIX):
        pattern = text[len(_REGEX_PREFIX) :]
        rule = Matcher(text, pattern, weight, hints=required_literals(pattern))
        if eager:
            _ = rule.regex  # raises re.error for the validator to report
        return rule
    folded = fold(text)
    body = re.escape(folded)
    bounded = False
    literal: str | None = folded or None
    hints: tuple[str, ...] = ()
    if _YOUR.search(folded):  # chat English too: "ur family", "call ur boss"
        body = body.replace("your", "(?:your|ur)")
        literal = None  # no fast "is it there": "ur" is not "your"
        rest = max((part.strip() for part in folded.split("your")), key=len)
        hints = (rest,) if rest else ()
    if folded and folded.isascii():
        # Boundaries against Latin letters and digits only: "下载zoom", "装个todesk"
        # stand next to Chinese characters, which \w would count as letters.
        if _WORDISH.match(folded[0]):
            body = r"(?<![a-z0-9_./@-])" + body
            bounded = True
        if _WORDISH.match(folded[-1]):
            body = body + r"(?![a-z0-9_@-]|\.[a-z0-9]|/)"
            bounded = True
    return Matcher(text, body, weight, literal, bounded, hints)
