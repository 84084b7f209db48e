"""What a warning tells rather than asks (issue 23): the words it quotes ("谨防“征信修复”
骗局") and the clauses in which it reports what fraudsters ask ("凡是自称公安要求转账的
都是诈骗"). The scan (``debthelp.check``) finds no ask in either."""

from __future__ import annotations

import re

from debthelp.check.model import Patterns

# Where a sentence ends, and a clause inside one (for ``reported_spans``). An ellipsis
# ("…", folded to "...") trails off, it does not end one: "我上个月被骗了… 结果先让交
# 会员费" is one story, its asks told, not asked.
_SENTENCE_END = re.compile(r"[。!?\n]|(?<!\.)\.(?=\s|$)")
_CLAUSE_CUT = re.compile(r"[,;:，；：]")
# Words in quotation marks (in the message as sent): inside a warning they are quoted, not asked.
_QUOTED = re.compile(r"[“「『\"'‘《]([^“”「」『』\"'‘’《》\n]{1,40})[”」』\"'’》]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The quoted stretches of ``text`` (original offsets), in a warning
    ("谨防“征信修复”骗局")."""
    return [match.span(1) for match in _QUOTED.finditer(text)]


def reported_spans(folded: str, p: Patterns) -> list[tuple[int, int]]:
    """The clauses of a warning that report a fraud rather than ask anything
    (folded offsets): in a sentence with a ``report`` word ("冒充", "诈骗",
    "phishing"), those from a ``report.by`` word on ("要求", "让您", "asking") that do
    not speak to the reader or as the sender ("请", "我们", "please"). A news item or
    an anti-fraud notice is known by this form, not by the scam words it quotes."""
    regex, unless, by = p.report_regex, p.report_unless_regex, p.report_by_regex
    own = p.report_self_regex
    if regex is None or by is None:
        return []
    out: list[tuple[int, int]] = []
    start = 0
    for end in [m.end() for m in _SENTENCE_END.finditer(folded)] + [len(folded)]:
        if end > start and regex.search(folded, start, end) is not None:
            reporting = False  # a reporting word seen in this sentence so far
            clause = start
            for cut in [m.start() for m in _CLAUSE_CUT.finditer(folded, start, end)] + [end]:
                if cut > clause:
                    reporting = reporting or by.search(folded, clause, cut) is not None
                    told = own is not None and own.search(folded, clause, cut) is not None
                    if reporting and (
                        told or unless is None or unless.search(folded, clause, cut) is None
                    ):
                        out.append((clause, cut))
                clause = cut + 1
        start = end
    return out
