"""The reader toolkit every data file shares (issue 25: one content model).

A sentence in both languages (``Text``), one thing wrong in a file
(``Problem``), and the one rule for ``source:`` lists (``known_sources``: the
ids a file may cite). Guidance, patterns, letters, log tags, budget notes and
rate texts all read their files with these, and so do ``debthelp validate``
and the content tests. Kept out of ``guidance/`` so that reading one data file
does not load the guidance's reader (``debthelp check`` starts faster).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from debthelp.i18n import Lang

_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Text(NamedTuple):
    """A sentence in both languages."""

    zh: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


class Problem(NamedTuple):
    """One thing wrong in a data file: ``where`` is ``node-id.field``."""

    where: str
    key: str
    line: int
    params: Mapping[str, Any] = _EMPTY


SEED_SOURCES = (
    "seed §1.1",
    "seed §1.2",
    "seed §2.1",
    "seed §2.2",
    "seed §2.3",
    "seed §3.1",
    "seed §3.2",
    "seed §3.3",
    "seed §4",
    "seed teasers",
)
FACT_RE = re.compile(r"^[1-9][a-z]?-(?:[0-9]+|note)$")


def known_sources(
    cited: list[Any],
    *,
    where: str,
    line: int,
    sources: Collection[str] | None,
    problems: list[Problem],
) -> tuple[str, ...]:
    """The ids of ``cited`` that may be cited; a problem for each other one.

    With ``sources`` (the ids the guidance declares), an id must be one of
    them; without it, it must at least look like a seed section or a fact id.
    Every data file that cites facts (rate, check, letters) checks them here.
    """
    out = []
    for sid in cited:
        if not isinstance(sid, str) or not sid.strip():
            problems.append(Problem(where, "v-bad-id", line, {"value": sid}))
        elif sources is not None and sid not in sources:
            problems.append(Problem(where, "v-unknown-source", line, {"value": sid}))
        elif sources is None and sid not in SEED_SOURCES and not FACT_RE.fullmatch(sid):
            problems.append(Problem(where, "v-source-id", line, {"value": sid}))
        else:
            out.append(sid)
    return tuple(out)
