"""The learned model's second opinion on the rules' result (issue 23): when it may
replace the rules' reading, and the asks it shows on a fraud the rules found no ask in.

Kept apart from the scan (``debthelp.check``) so the rules can be read, and tested,
without it; ``check(text, learned=False)`` is the rules alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from debthelp.check import _MAX_SPANS, CheckResult, Hit, Patterns, _merge
from debthelp.check.learned import (
    ASK_FLOOR,
    ASK_SHOWN,
    ASKS_SHOWN_MAX,
    LEARNED_MIN_CJK,
    LEARNED_SURE,
    LEARNED_SURE_OF_NEW_FRAUD,
    READINGS,
    Learned,
    features,
    shipped_model,
)
from debthelp.check.normal import Normalised, is_cjk


def second_opinion(
    result: CheckResult, norm: Normalised, p: Patterns, model: Learned | None = None
) -> CheckResult:
    """The rules' result with the learned model's reading (issue 23).

    - A ``scam`` by the rules stands: they found an ask or a claim that makes one.
    - Otherwise the model's reading replaces theirs when it is sure of it
      (``LEARNED_SURE``; ``LEARNED_SURE_OF_NEW_FRAUD`` to read a fraud where the rules
      found none: a bank's own code message is close to a fraud's words) and the
      message is of the kind it learned from: Chinese, of a message's length
      (``LEARNED_MIN_CJK``). On short or English texts it has too few character runs to
      go on, and read everyday ones ("班费转到我微信") and a collector's chat line as
      frauds.
    - Never ``none`` where the rules found an ask, or a claim or sign of pressure or
      fraud (``_alarms``).
    - Never a fraud where the rules saw an ask and read it as not asked
      (``_told_not_asked``).
    - A court-like notice the rules send to be checked (``verify``) stays so: the model
      read a real 12368 notice as a fraud and a bank's notice of a court freeze as
      nothing found, and ``verify`` already sends a fraud of that kind to the official
      channels.
    - On a message read as a fraud in which the rules found no ask, the asks the model
      finds likely (``ASK_SHOWN``, at most ``ASKS_SHOWN_MAX``; else its likeliest, from
      ``ASK_FLOOR``), marked by their strongest character runs, so the person sees what
      it wants. Where the rules found one, theirs alone: a pattern's words are plainer
      evidence than the model's character runs.

    Chosen on held-out sets 8 and 9 and on the project's own tests of hard messages,
    before set 10 was measured (BENCHMARKS.md). ``model``: the shipped one, read only
    when the message is one the model may speak on (a short text never loads it).
    """
    feats = features(norm.text)
    reading, by = result.reading, result.decided_by
    changed = False
    speaks = sum(map(is_cjk, norm.text)) >= LEARNED_MIN_CJK
    if not speaks:
        return result
    if model is None:
        model = shipped_model()
    if reading != "scam":
        probs = model.reading(feats)
        best = max(READINGS, key=probs.__getitem__)
        sure = LEARNED_SURE_OF_NEW_FRAUD if reading == "none" else LEARNED_SURE
        if (
            best != reading
            and probs[best] >= sure
            and not (best == "none" and _alarms(result, p))
            and not (best == "scam" and not result.asks and _told_not_asked(result, norm))
            and reading != "verify"
        ):
            reading, changed = best, True  # type: ignore[assignment]  # one of READINGS
    hits = result.hits
    added: list[Hit] = []
    if reading == "scam" and not any(hit.kind == "ask" for hit in hits):
        chances = {ident: ask.probability(feats) for ident, ask in model.asks.items()}
        ranked = sorted(chances, key=lambda i: (-chances[i], i))
        shown = [i for i in ranked if chances[i] >= ASK_SHOWN][:ASKS_SHOWN_MAX]
        if not shown and ranked and chances[ranked[0]] >= ASK_FLOOR:
            shown = ranked[:1]
        for ident in shown:  # one with nothing in the message to point at is not shown
            evidence = model.asks[ident].evidence(feats)
            if evidence:
                added.append(_learned_hit(ident, evidence, norm, result.text))
        hits = (*hits, *added)
    if changed:
        by = _decided(reading, hits, added, p)
    return replace(result, hits=hits, reading=reading, decided_by=by, learned=changed)


# Words by which a message speaks to its reader or of its writer ("我妈刚接到", "你看看"):
# a retelling of one's own or one's family's call, not a news item about someone else.
_PERSONAL = re.compile(r"[我你您咱]|\b(?:i|me|my|you|your|we|us|our)\b")


def _told_not_asked(result: CheckResult, norm: Normalised) -> bool:
    """The rules saw an ask's words and read them as not asked: a negation undid them
    ("验证码……切勿告诉他人"), or they were told as news of a fraud about someone else
    ("居民陈先生……要求他下载会议软件"). The model sees the words, not the negation or
    the telling; a retelling of one's own or one's family's call ("我妈刚打电话说……
    让她点链接") is left to the model."""
    if result.set_aside:
        return True
    return bool(result.told) and _PERSONAL.search(norm.text) is None


def _alarms(result: CheckResult, p: Patterns) -> bool:
    """The rules found an ask, or a claim or sign that points at a fraud or at pressure
    ("我是银行的……配合警方调查"): then the model never says ``none``."""
    for hit in result.hits:
        entry = p.entry(hit.id)
        if hit.kind == "ask" or (entry is not None and entry.level in ("scam", "pressure")):
            return True
    return False


def _learned_hit(ident: str, grams: list[str], norm: Normalised, text: str) -> Hit:
    """An ask the model found, marked where its strongest character runs stand."""
    folded = norm.text
    found: list[tuple[int, int]] = []
    for gram in grams:
        start = folded.find(gram)
        while start >= 0 and len(found) < _MAX_SPANS:
            found.append(norm.span(start, start + len(gram)))
            start = folded.find(gram, start + 1)
    spans = _merge(found)
    return Hit(ident, "ask", tuple(text[a:b] for a, b in spans), tuple(spans), True)


def _decided(reading: str, hits: tuple[Hit, ...], added: list[Hit], p: Patterns) -> str | None:
    """What is shown as deciding a learned reading: for a fraud, an ask the rules found,
    else the model's surest; for another reading, the first claim or sign of its level."""
    if reading == "scam":
        asks = [hit for hit in hits if hit.kind == "ask" and not hit.learned] or added
        return asks[0].id if asks else None
    for hit in hits:
        entry = p.entry(hit.id)
        if entry is not None and entry.level == reading:
            return hit.id
    return None
