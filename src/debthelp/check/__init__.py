"""What a frightening message claims and asks, found by patterns that are data (pure core).

- ``normal``: folding the message (full-width, traditional characters, "起 诉")
  while keeping the way back to the original offsets.
- ``model``, ``reader``, ``decide``, ``patterns``: ``data/patterns.yaml``'s records, its
  complete check, and reading it once.
- here: ``scan`` (the claims, signs and asks a message makes, with where they
  are), ``decide`` (the reading they lead to, by the file's rules) and ``check``
  (both, then the learned reading's second opinion).
- ``learned``, ``second``: the learned reading (data/check_model.json) and how it
  is combined with the rules'; ``check(text, learned=False)`` is the rules alone.

One set of patterns, two uses: ``debthelp check`` explains the claims and asks,
and the evidence log tags what it records from the same ``Hit`` ids.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Literal

from debthelp.check.model import (
    ASK_IDS,
    CLAIM_IDS,
    LEVELS,
    READING_IDS,
    REQUIRED_SIGNS,
    WARNING_ID,
    DecisionRule,
    Dimension,
    Matcher,
    PatternEntry,
    Patterns,
    ReadingText,
)
from debthelp.check.normal import Normalised, is_cjk, normalise
from debthelp.check.patterns import default_patterns_path, load_patterns
from debthelp.check.reader import check_patterns
from debthelp.check.telling import quoted_spans, reported_spans

__all__ = [
    "ASK_IDS",
    "CLAIM_IDS",
    "READING_IDS",
    "REQUIRED_SIGNS",
    "CheckResult",
    "DecisionRule",
    "Dimension",
    "Hit",
    "Matcher",
    "PatternEntry",
    "Patterns",
    "ReadingText",
    "check",
    "check_patterns",
    "decide",
    "default_patterns_path",
    "is_warning",
    "load_patterns",
    "reading_of",
    "scan",
]

Reading = Literal["scam", "pressure", "verify", "none"]
# A condition before a negation: the negation belongs to it ("如果你不还", "if you do not").
_CONDITION = re.compile(r"如果|若|要是|假如|\bif\b|\bunless\b")
# The matches of one keyword looked at (and marked): a word repeated a thousand
# times in a pasted text says no more after the first few dozen, and each match
# is compared with the others (the cost grew with the square of the repeats).
_MAX_SPANS = 64
# Where a clause ends: a negation before it does not reach past it.
_CLAUSE_END = re.compile(r"[,.!?;:。！？；：\n]")
# Every ``level`` is known (the ids' display order uses it).
assert set(LEVELS) == {"scam", "pressure", "verify", "mild"}


@dataclass(frozen=True)
class Hit:
    """A claim or sign found in a message, and where (in the ORIGINAL text)."""

    id: str  # a claim, sign or ask id
    kind: Dimension  # a claim, a sign or an ask
    matched: tuple[str, ...]  # the matched substrings as they appear in the original text
    spans: tuple[tuple[int, int], ...]  # offsets into the original text, sorted, not overlapping
    # Found by the learned labels, not by the rules' words: nothing in the text is marked.
    learned: bool = False


@dataclass(frozen=True)
class CheckResult:
    """A message, what it claims and asks, and the overall reading."""

    text: str
    hits: tuple[Hit, ...]
    reading: Reading
    # The claim, sign or ask that decided the reading (None for ``none``).
    decided_by: str | None = None
    # The reading is the learned model's, not the rules' (``rules_reading``).
    learned: bool = False
    rules_reading: Reading | None = None
    # Asks whose words the rules saw and a negation undid ("验证码切勿告诉他人").
    set_aside: tuple[str, ...] = ()
    # Asks whose words were quoted in a warning or told as news ("要求他下载会议软件").
    told: tuple[str, ...] = ()
    # Claims whose words the rules found and the learned labels doubted: not said of the
    # reader ("法院起诉了那个老板"). Left out of ``hits`` and of the reading.
    doubted: tuple[str, ...] = ()
    # The message warns of frauds or tells of one (the file's ``warning`` words), found
    # once: the scan, the reading and the second opinion all ask (1 ms on 5,000 characters).
    warning: bool = False

    @property
    def claims(self) -> tuple[Hit, ...]:
        return tuple(hit for hit in self.hits if hit.kind == "claim")

    @property
    def signs(self) -> tuple[Hit, ...]:
        return tuple(hit for hit in self.hits if hit.kind == "sign")

    @property
    def asks(self) -> tuple[Hit, ...]:
        return tuple(hit for hit in self.hits if hit.kind == "ask")


def scan(text: str, patterns: Patterns | None = None) -> tuple[Hit, ...]:
    """Every claim, then every sign, then every ask ``text`` makes, in the file's order.

    The evidence log reads the same hits: ``kind`` tells an ask (what the
    message asks the reader to do, e.g. ``transfer``, ``code``) from a claim.

    A pattern counts its weight once however often it matches; an entry is
    found when its weights reach the file's threshold. Weak words (weight
    below it) count only together, or in a message about a debt (the
    file's ``context`` words add their bonus).
    """
    p = load_patterns() if patterns is None else patterns
    return _scan(text, normalise(text), p)


def _scan(
    text: str,
    norm: Normalised,
    p: Patterns,
    set_aside: list[str] | None = None,
    told: list[str] | None = None,
    *,
    warning: bool | None = None,
) -> tuple[Hit, ...]:
    """``scan``'s work; ``set_aside`` (if given) gets each ask not found because a
    negation undid its words ("验证码切勿告诉他人"), ``told`` each one not found because
    its words were quoted in a warning or told as news."""
    folded = norm.text
    context: bool | None = None  # looked for only when a weak word needs it
    if warning is None:
        warning = p.warns(folded)
    quoted = quoted_spans(text) if warning else []
    reported = reported_spans(folded, p) if warning else []
    breaks = _space_breaks(text, norm)
    hits: list[Hit] = []
    for entry in (*p.claims, *p.signs, *p.asks):
        score = 0.0
        found: list[tuple[int, int]] = []
        denied: list[tuple[int, int]] = []
        negations = 0  # of the denied, those a negation undid
        # Strong patterns first; a weaker one adds its weight only if it matched
        # somewhere the others did not ("调解" inside "调解员" counts once).
        for rule in entry.matchers:
            spans = []
            for span in islice(rule.spans(folded), _MAX_SPANS):
                if _covered(span, denied):
                    continue
                negated = rule.negatable and (
                    _negated(folded, span[0], p, breaks) or _negated_after(folded, span, p, breaks)
                )
                if (
                    negated
                    or (quoted and _inside(norm.span(*span), quoted))
                    or (reported and _inside(span, reported))
                ):
                    denied.append(span)  # and the words inside it: "do not share your code"
                    negations += negated
                else:
                    spans.append(span)
            if not spans:
                continue
            if not all(_covered(span, found) for span in spans):
                score += rule.weight
            found.extend(spans)
        if not found:
            if denied and entry.kind == "ask":
                into = set_aside if negations else told
                if into is not None:
                    into.append(entry.id)
            continue
        if score < p.threshold and entry.context:
            if context is None:
                context = any(next(rule.spans(folded), None) for rule in p.context)
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
    return _yielded(tuple(hits), p)


def _yielded(hits: tuple[Hit, ...], p: Patterns) -> tuple[Hit, ...]:
    """``hits`` without those whose every match lies inside a hit they yield to."""
    out = []
    for hit in hits:
        entry = p.entry(hit.id)
        if entry is not None and entry.yields:
            cover = [span for other in hits if other.id in entry.yields for span in other.spans]
            if cover and all(_inside(span, cover) for span in hit.spans):
                continue
        out.append(hit)
    return tuple(out)


def _quieted(hits: tuple[Hit, ...], p: Patterns) -> tuple[tuple[Hit, ...], list[str]]:
    """``hits`` without those an entry found beside them quiets (a screen share at a
    work meeting), and the ids left out; the caller asks this only of a message that is
    not a fraud."""
    quiet = {
        ident for hit in hits if (entry := p.entry(hit.id)) is not None for ident in entry.quiets
    }
    gone = [hit.id for hit in hits if hit.id in quiet]
    return (tuple(hit for hit in hits if hit.id not in quiet), gone) if gone else (hits, [])


def _space_breaks(text: str, norm: Normalised) -> list[int]:
    """Where a chat message breaks its clauses with spaces instead of commas ("你别装死啊
    电话也不接 明天我们的人就到你公司去", "不看zx 不查大数据 ➕V"): the folded offsets
    of what follows such a space, next to a Chinese character. None in a message spaced
    out letter by letter ("逾 期 通 知"), whose spaces hide words rather than part clauses."""
    folded, origin = norm.text, norm.origin
    out = []
    for i in range(1, len(folded)):
        if folded[i - 1] == " ":  # a space kept (beside a letter, a digit or a sign)
            before = folded[i - 2] if i > 1 else ""
            if folded[i] != " " and (is_cjk(folded[i]) or (before and is_cjk(before))):
                out.append(i)
        elif (
            origin[i] - origin[i - 1] > 1
            and is_cjk(folded[i - 1])
            and is_cjk(folded[i])
            and text[origin[i - 1] + 1 : origin[i]].isspace()
        ):  # a space dropped between two Chinese characters
            out.append(i)
    if not out:
        return out
    # Letter-spaced: most runs between the spaces are one character long.
    runs = [b - a for a, b in zip([0, *out], [*out, len(folded)], strict=True)]
    return [] if sum(run <= 2 for run in runs) * 2 > len(runs) else out


def _negated(folded: str, start: int, p: Patterns, breaks: Sequence[int] = ()) -> bool:
    """A negation word stands before ``start`` in the same clause ("请勿透露验证码"),
    or ends on the match's first character ("不会上门": the match starts at 会). A
    space that parts clauses in a chat message (``breaks``) ends a clause too."""
    regex = p.negation_regex
    if regex is None:
        return False
    low = max(0, start - p.negation_window)
    at = bisect_right(breaks, start)  # the last break at or before the match
    if at:
        low = max(low, breaks[at - 1])
    before = folded[low:start]
    cut = _CLAUSE_END.search(before[::-1])
    if cut is not None:
        before = before[len(before) - cut.start() :]
    window = before + folded[start : start + 1]
    found = [match for match in regex.finditer(window) if match.start() < len(before)]
    if not found:
        return False
    return _CONDITION.search(before) is None  # "if you do not pay, ..." is a threat


def _negated_after(
    folded: str, span: tuple[int, int], p: Patterns, breaks: Sequence[int] = ()
) -> bool:
    """A negation on the match or just after it, in the same clause ("验证码请勿告诉他人");
    a space that parts clauses in a chat message (``breaks``) ends it, as in ``_negated``
    ("把验证码发给他就行 这个靠谱吗": the question is the sender's, the ask stands)."""
    regex = p.negation_after_regex
    if regex is None:
        return False
    start, end = span
    stop = end + p.negation_after_window
    at = bisect_left(breaks, end)  # the first break at or after the match's end
    if at < len(breaks):
        stop = min(stop, breaks[at])
    after = folded[end:stop]
    cut = _CLAUSE_END.search(after)
    if cut is not None:
        after = after[: cut.start()]
    return regex.search(folded[start:end] + after) is not None


def _inside(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in regions)


def _covered(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def decide(
    hits: tuple[Hit, ...], patterns: Patterns | None = None, *, warning: bool = False
) -> tuple[Reading, str | None]:
    """The overall reading, and the id that decided it: the first of the file's
    ``decide`` rules that the hits meet (an ask for money, a code or a screen
    share makes a scam whoever the message claims to be); none met: ``none``.

    Never "certainly fake" and never "certainly real": the strongest a
    court-like notice reads on its own is ``verify``; and ``none`` says only
    that nothing known was found (legal-facts misstatement 9).
    """
    p = load_patterns() if patterns is None else patterns
    found = [hit.id for hit in hits]
    if warning:  # the message warns of frauds ("谨防", "骗局"): rules may say "not: [warning]"
        found.append(WARNING_ID)
    for rule in p.decide:
        by = rule.decided_by(found)
        if by is not None:
            return rule.reading, by  # type: ignore[return-value]  # checked against READING_IDS
    return "none", None


def reading_of(hits: tuple[Hit, ...], patterns: Patterns | None = None) -> Reading:
    """The overall reading (see ``decide``)."""
    return decide(hits, patterns)[0]


def check(text: str, patterns: Patterns | None = None, *, learned: bool = True) -> CheckResult:
    """What ``text`` claims, signals and asks, and the overall reading: the rules',
    with the learned model's second opinion (``learned``: see ``second.second_opinion``)."""
    p = load_patterns() if patterns is None else patterns
    norm = normalise(text)  # once: the scan and the warning test read the same folded text
    set_aside: list[str] = []
    told: list[str] = []
    warning = p.warns(norm.text)
    hits = _scan(text, norm, p, set_aside, told, warning=warning)
    reading, by = decide(hits, p, warning=warning)
    if reading != "scam":
        hits, quieted = _quieted(hits, p)
        if quieted:
            set_aside.extend(quieted)  # found, and no ask here: never made one again
            reading, by = decide(hits, p, warning=warning)
    result = CheckResult(
        text,
        hits,
        reading,
        by,
        rules_reading=reading,
        set_aside=tuple(set_aside),
        told=tuple(told),
        warning=warning,
    )
    if not learned:
        return result
    from debthelp.check.second import second_opinion

    return second_opinion(result, norm, p)


def is_warning(text: str, patterns: Patterns | None = None) -> bool:
    """The message warns of frauds (one of the file's ``warning`` words)."""
    p = load_patterns() if patterns is None else patterns
    return p.warns(normalise(text).text)
