"""The learned model's second opinion on the rules' result (issue 23): which claims
and asks it adds or doubts, when it may replace the rules' reading, and what is then
shown as deciding it.

Kept apart from the scan (``debthelp.check``) so the rules can be read, and tested,
without it; ``check(text, learned=False)`` is the rules alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from debthelp.check import CheckResult, Hit, Patterns, decide
from debthelp.check.learned import (
    LABEL_AGREE,
    LABEL_DOUBT,
    LABEL_SURE,
    LEARNED_MIN_CJK,
    LEARNED_SURE,
    LEARNED_SURE_OF_NEW_FRAUD,
    READINGS,
    Learned,
    features,
    shipped_model,
)
from debthelp.check.normal import Normalised, is_cjk

# Claims the labels may not doubt: on sets 22 to 26 (1,200 messages the model never
# learned from) their doubts of a deadline were right 8 times and wrong 15, of a visit
# right 4 and wrong 8 (a collector's "上门" read as no visit: pressure read as none).
# Doubts elsewhere stay: right more often than wrong (third-party 25/9, lawsuit 21/4,
# credit-record 13/3), or about even, where a wrong claim costs precision more than a
# missed one costs recall (criminal 7/8, mediation 3/5, dishonest-list 2/4).
_NEVER_DOUBTED = frozenset({"deadline", "visit"})


def second_opinion(
    result: CheckResult, norm: Normalised, p: Patterns, model: Learned | None = None
) -> CheckResult:
    """The rules' result with the learned model's claims, asks and reading (issue 23).

    Only on a message of the kind the model learned from: Chinese, of a message's
    length (``LEARNED_MIN_CJK``). On short or English texts it has too few character
    runs to go on, and read everyday ones ("班费转到我微信") and a collector's chat line
    as frauds.

    First the claims (``_with_labels``): one the rules missed joins when the labels are
    sure of it; one whose words the rules found but that the labels doubt is left out
    ("法院起诉了那个老板": not said of the reader). Then the reading (``_reading``).
    Then, for a fraud in which the rules found no ask, the asks the labels are sure of
    (``_with_asks``).

    ``model``: the shipped one, read only when the message is one it may speak on (a
    short text never loads it).
    """
    if sum(map(is_cjk, norm.text)) < LEARNED_MIN_CJK:
        return result
    if model is None:
        model = shipped_model()
    feats = features(norm.text)
    labels = model.labels.probabilities(feats)
    probs = model.reading(feats)
    result = _with_labels(result, norm, p, labels, probs)
    result = _reading(result, norm, p, probs)
    return _with_asks(result, p, labels)


def _with_labels(
    result: CheckResult,
    norm: Normalised,
    p: Patterns,
    labels: dict[str, float],
    probs: dict[str, float],
) -> CheckResult:
    """The claims the labels doubt left out, those they are sure of added, and the
    reading decided again from what is left by the same rules (``decide``).

    - Only a claim of pressure or of a court is doubted, never one of a fraud's
      (``level`` scam), and never an ask or a sign.
    - The doubts stand only if the reading they leave is one they may: a fraud by the
      rules stays a fraud (it may lose a claim it does not rest on), and where the rules
      found an ask the reading is never ``none``: an ask is never overruled toward it.
    - No claim is added to a news item about others (a message that warns of frauds,
      "谨防……", with no word of "I" or "you"): its scam words are reported, not said; the
      labels read the words, not the reporting. A retelling of one's own or a relative's
      call keeps them: the writers label the fraud it tells.
    - Claims added that change the reading need the learned reading's agreement (at
      least ``LABEL_AGREE``): a 调解中心's "调解成功可减免" is not a paid debt fix because
      one label says so while the reading model reads a notice to check. Nor do they
      make a fraud of words the rules read as not asked ("验证码……切勿告诉他人").
    """
    warning = result.warning

    def decided(doubt: tuple[str, ...], add: list[Hit]) -> tuple[tuple[Hit, ...], str, str | None]:
        hits = tuple(hit for hit in result.hits if hit.id not in doubt) + tuple(add)
        reading, by = decide(hits, p, warning=warning)
        return hits, reading, by

    doubted = tuple(
        hit.id
        for hit in result.hits
        if hit.kind == "claim"
        and _level(hit.id, p) in ("pressure", "verify", "mild")
        and hit.id not in _NEVER_DOUBTED
        and labels.get(hit.id, 1.0) < LABEL_DOUBT
    )
    if doubted:
        _hits, left, _by = decided(doubted, [])
        if (result.reading == "scam" and left != "scam") or (left == "none" and result.asks):
            doubted = ()
    have = {hit.id for hit in result.hits}
    added = (
        []
        if warning and _PERSONAL.search(norm.text) is None
        else [
            Hit(entry.id, "claim", (), (), learned=True)
            for entry in p.claims
            if entry.id not in have and labels.get(entry.id, 0.0) >= LABEL_SURE
        ]
    )
    if added:
        _hits, before, _by = decided(doubted, [])
        _hits, after, _by = decided(doubted, added)
        if after != before and (
            probs.get(after, 0.0) < LABEL_AGREE
            or (after == "scam" and _told_not_asked(result, norm))
        ):
            added = []
    if not doubted and not added:
        return result
    hits, reading, by = decided(doubted, added)
    if result.reading == "scam" and result.decided_by in {hit.id for hit in hits}:
        by = result.decided_by  # the rules' fraud, shown by what they found
    return replace(result, hits=hits, reading=reading, decided_by=by, doubted=doubted)  # type: ignore[arg-type]  # decide gives a Reading


def _with_asks(result: CheckResult, p: Patterns, labels: dict[str, float]) -> CheckResult:
    """For a fraud in which the rules found no ask, the asks the labels are sure of
    (not those the rules found and set aside: "验证码请勿告诉他人"); the first is shown
    as deciding it when nothing the rules found did (or only a learned claim).

    Only to name what a fraud asks when no phrase showed it: beside the rules' own asks,
    a learned one was wrong one time in three on sets 8 to 12 (each left out in turn),
    alone one time in ten. Only for a fraud: an ask of a fraud's beside a reading of
    pressure would say two things at once."""
    if result.reading != "scam" or result.asks:
        return result
    have = {hit.id for hit in result.hits} | set(result.set_aside) | set(result.told)
    added = tuple(
        Hit(entry.id, "ask", (), (), learned=True)
        for entry in p.asks
        if entry.id not in have and labels.get(entry.id, 0.0) >= LABEL_SURE
    )
    if not added:
        return result
    # What the person is to refuse says more than a claim with no words to show.
    decided = next((hit for hit in result.hits if hit.id == result.decided_by), None)
    by = result.decided_by
    if decided is None or (decided.learned and decided.kind != "ask"):
        by = added[0].id
    return replace(result, hits=result.hits + added, decided_by=by)


def _level(ident: str, p: Patterns) -> str | None:
    entry = p.entry(ident)
    return None if entry is None else entry.level


def _reading(
    result: CheckResult, norm: Normalised, p: Patterns, probs: dict[str, float]
) -> CheckResult:
    """The model's reading in place of the rules' when it is sure of it
    (``LEARNED_SURE``; ``LEARNED_SURE_OF_NEW_FRAUD`` to read a fraud where the rules
    found none: a bank's own code message is close to a fraud's words).

    - A ``scam`` by the rules stands: they found an ask or a claim that makes one.
    - Never ``none`` where the rules found an ask, or a claim or sign of pressure or
      fraud (``_alarms``).
    - Never a fraud where the rules saw an ask and read it as not asked
      (``_told_not_asked``), nor where they found a court's words and no ask but the
      ones a real court's notice makes too, its link or a number to call
      (``_court_notice``).
    - A lender's or collector's own threat to sue (``lender-voice`` beside a lawsuit)
      stays pressure: what a lender plans is not a case a court has filed (4-7), though
      writers of the corpora split on it and the model learned both.
    - A court-like notice the rules send to be checked (``verify``) stays so: the model
      read a real 12368 notice as a fraud and a bank's notice of a court freeze as
      nothing found, and ``verify`` already sends a fraud of that kind to the official
      channels.

    Chosen on held-out sets 8 and 9 and on the project's own tests of hard messages,
    before set 10 was measured (BENCHMARKS.md).
    """
    if result.reading in ("scam", "verify"):
        return result
    best = max(READINGS, key=probs.__getitem__)
    sure = LEARNED_SURE_OF_NEW_FRAUD if result.reading == "none" else LEARNED_SURE
    if (
        best == result.reading
        or probs[best] < sure
        or (best == "none" and _alarms(result, p))
        or (best == "scam" and not result.asks and _told_not_asked(result, norm))
        or (best == "scam" and _court_notice(result))
        or (best == "verify" and _lenders_own_notice(result))
    ):
        return result
    return replace(
        result,
        reading=best,  # type: ignore[arg-type]  # one of READINGS, as Reading is
        decided_by=_decided(best, result.hits, p),
        learned=True,
    )


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


# What a real court notice asks too: to open its e-service link, to call 12368 or the
# court (4-7).
_COURT_ASKS = frozenset({"click-link", "call-back"})


def _court_notice(result: CheckResult) -> bool:
    """The rules found a court's or a mediator's words and no ask but a real notice's
    own: a real court notice prints a code to log in with and says staff never ask for
    it, which the rules read as a warning and the model, from the many fake court
    notices with codes, as a fraud (a 12368 judgment notice, 0.99). A court-like notice
    that asks no more than that is one to check, never a fraud by the model's word alone."""
    return all(hit.id in _COURT_ASKS for hit in result.asks) and any(
        hit.id in ("lawsuit", "mediation") and not hit.learned for hit in result.hits
    )


def _lenders_own_notice(result: CheckResult) -> bool:
    """The rules read pressure from the lender's own voice (``lender-voice``), with no
    mediator in it: a mediation centre's notice is one the writers read as to check."""
    ids = {hit.id for hit in result.hits}
    return result.reading == "pressure" and "lender-voice" in ids and "mediation" not in ids


def _alarms(result: CheckResult, p: Patterns) -> bool:
    """The rules found an ask, or a claim or sign that points at a fraud or at pressure
    ("我是银行的……配合警方调查"): then the model never says ``none``."""
    for hit in result.hits:
        entry = p.entry(hit.id)
        if hit.kind == "ask" or (entry is not None and entry.level in ("scam", "pressure")):
            return True
    return False


def _decided(reading: str, hits: tuple[Hit, ...], p: Patterns) -> str | None:
    """What is shown as deciding a learned reading: for a fraud, an ask the rules found;
    for another reading, the first claim or sign of its level; else nothing (the screen
    then says the reading was learned from examples, not from one phrase)."""
    for hit in hits:
        entry = p.entry(hit.id)
        if reading == "scam" and hit.kind == "ask":
            return hit.id
        if reading != "scam" and entry is not None and entry.level == reading:
            return hit.id
    return None
