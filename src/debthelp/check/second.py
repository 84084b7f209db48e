"""The learned model's second opinion on the rules' result (issue 23): when it may
replace the rules' reading, and what is then shown as deciding it.

Kept apart from the scan (``debthelp.check``) so the rules can be read, and tested,
without it; ``check(text, learned=False)`` is the rules alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from debthelp.check import CheckResult, Hit, Patterns
from debthelp.check.learned import (
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
    - It adds no claim and no ask: shown one, a person would look for it in the message,
      and the model's strongest character runs were often no words at all ("收到",
      "不对劲就" for a code). A fraud it reads where the rules found no ask says so.

    Chosen on held-out sets 8 and 9 and on the project's own tests of hard messages,
    before set 10 was measured (BENCHMARKS.md). ``model``: the shipped one, read only
    when the message is one the model may speak on (a short text never loads it).
    """
    # A fraud by the rules stands; a notice to check stays one (see above).
    if result.reading in ("scam", "verify") or sum(map(is_cjk, norm.text)) < LEARNED_MIN_CJK:
        return result
    if model is None:
        model = shipped_model()
    probs = model.reading(features(norm.text))
    best = max(READINGS, key=probs.__getitem__)
    sure = LEARNED_SURE_OF_NEW_FRAUD if result.reading == "none" else LEARNED_SURE
    if (
        best == result.reading
        or probs[best] < sure
        or (best == "none" and _alarms(result, p))
        or (best == "scam" and not result.asks and _told_not_asked(result, norm))
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
