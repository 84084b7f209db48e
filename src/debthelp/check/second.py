"""The learned model's second opinion on the rules' result (issue 23): when it may
replace the rules' reading, and the asks it shows on a fraud the rules found no ask in.

Kept apart from the scan (``debthelp.check``) so the rules can be read, and tested,
without it; ``check(text, learned=False)`` is the rules alone.
"""

from __future__ import annotations

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
)
from debthelp.check.normal import Normalised, is_cjk


def second_opinion(
    result: CheckResult, norm: Normalised, p: Patterns, model: Learned
) -> CheckResult:
    """The rules' result with the learned model's reading (issue 23):

    - a ``scam`` by the rules stands: they found an ask or a claim that makes one;
    - otherwise the model's reading when it is sure of it (``LEARNED_SURE``) and the
      message is one of the kind it learned from: Chinese, of a message's length
      (``LEARNED_MIN_CJK`` characters). Surer still to read a fraud where the rules
      found none (``LEARNED_SURE_OF_NEW_FRAUD``: a bank's own code message is close to
      a fraud's words); and never ``none`` where the rules found an ask, or a claim or
      sign of pressure or fraud (``_alarms``). On short or English texts the model has
      too few character runs to go on, and read everyday ones ("班费转到我微信") as
      frauds;
    - on a message read as a fraud in which the rules found no ask, the asks the model
      finds likely (``ASK_SHOWN``, at most ``ASKS_SHOWN_MAX``; else its likeliest, from
      ``ASK_FLOOR``), marked by their strongest character runs, so the person sees what
      it wants. Where the rules found one, theirs alone: a pattern's words are plainer
      evidence than the model's character runs.

    Chosen on held-out set 8 before set 9 was measured (BENCHMARKS.md): the model
    alone read fewer frauds as frauds than this, and letting its asks decide
    (through the rules) read more ordinary messages as frauds.
    """
    feats = features(norm.text)
    reading, by = result.reading, result.decided_by
    changed = False
    speaks = sum(map(is_cjk, norm.text)) >= LEARNED_MIN_CJK
    if reading != "scam" and speaks:
        probs = model.reading(feats)
        best = max(READINGS, key=probs.__getitem__)
        sure = LEARNED_SURE_OF_NEW_FRAUD if reading == "none" else LEARNED_SURE
        if best != reading and probs[best] >= sure and not (best == "none" and _alarms(result, p)):
            reading, changed = best, True  # type: ignore[assignment]  # one of READINGS
    hits = result.hits
    added: list[Hit] = []
    if reading == "scam" and speaks and not any(hit.kind == "ask" for hit in hits):
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
