"""Keyword tags from what a collector said: the one seam to ``debthelp check``'s patterns.

``keyword_tags(text)`` is the only function the log uses. Until the message
checker (``debthelp.check``, reading data/patterns.yaml) is on this branch, a
small stand-in list of patterns is used here; switching is one line in
``keyword_tags``, so a message pasted into ``check`` and the same words logged
with ``--said`` get the same tags.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

# check's pattern id -> the log's tag id
CHECK_TO_TAG: Final = {
    "third-party": "third-party",
    "posting": "public-posting",
    "fees": "extra-fees",
    "threat": "threat",
    "impersonation": "impersonation",
}

# Stand-in patterns (kept deliberately narrow: a wrong tag on evidence misleads).
_FALLBACK: Final = {
    "third-party": r"通讯录|联系人|紧急联系"
    r"|你(的)?(家人|父母|爸|妈|老婆|老公|孩子|同事|领导|单位|朋友)"
    r"|\byour (contacts|family|parents|mother|father|wife|husband|boss|colleagues|employer)\b",
    "posting": r"曝光|公示|张贴|贴(到|在)|朋友圈|发到.{0,6}群|大字报"
    r"|\b(expose|post(ed|ing)? (it|you|your))\b|\bpublic notice\b",
    "fees": r"手续费|服务费|催收费|上门费|外访费|律师费|加收|额外.{0,4}(费|钱)"
    r"|\b(extra|collection|service|handling|lawyer'?s?) (fee|fees|charge|charges)\b",
    "threat": r"弄死|打死|杀了|砍死|打断|不得好死|后果自负|小心(你|点)|全家|让你好看|找人(收拾|弄)"
    r"|\b(kill|hurt|beat|break your|you'?ll regret|watch your back)\b",
    "impersonation": r"(我|我们)(是|这里是).{0,8}(警察|公安|派出所|法院|检察院|法官|政府|网警|经侦)"
    r"|(公安局|派出所|法院|检察院|经侦)(的|工作人员|民警)|警官|法官"
    r"|\b(this is|we are|i am|i'm) (the )?(police|court|judge|officer|government)\b",
}


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((key, re.compile(rx, re.IGNORECASE)) for key, rx in _FALLBACK.items())


def _scan_ids(text: str) -> tuple[str, ...]:
    """The check pattern ids found in ``text`` (the stand-in for ``debthelp.check.scan``)."""
    return tuple(key for key, rx in _compiled() if rx.search(text))


def keyword_tags(text: str) -> tuple[str, ...]:
    """The log's tag ids for the patterns found in ``text``."""
    if not text:
        return ()
    return tuple(CHECK_TO_TAG[i] for i in _scan_ids(text) if i in CHECK_TO_TAG)
