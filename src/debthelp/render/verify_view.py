"""``log verify``'s result as sentences: what the check found, what it can and
cannot prove, and the receipt to send elsewhere.

Shared by ``log verify`` and every export (through ``log_view.verify_lines``),
so the export carries the same words and the same receipt as the check.
"""

from __future__ import annotations

from typing import Any

from debthelp.i18n import Lang, t
from debthelp.safetext import printable

Shown = dict[str, Any]

_PROBLEM_KEYS = {
    "edited": "log.problem-edited",
    "deleted": "log.problem-deleted",
    "reordered": "log.problem-reordered",
    "unreadable": "log.problem-unreadable",
    "attachment-missing": "log.problem-attachment-missing",
    "attachment-changed": "log.problem-attachment-changed",
    "header": "log.problem-header",
}


def check_lines(verdict: Shown, lang: Lang) -> list[str]:
    """The headline, then one line per problem, then what a receipt showed or could show.

    A receipt that does not match comes first: the file agreeing with itself
    means nothing next to it.
    """
    check = verdict.get("receipt_check")
    if not verdict["exists"]:
        return [t("log.verify-none", lang, path=verdict["db"]), *_against(check, lang)]
    problems = verdict["problems"]
    lines = _against(check, lang) if check and not check["ok"] else []
    if problems:
        lines.append(t("log.verify-bad", lang, count=len(problems)))
    elif not lines:
        lines.append(
            t(
                "log.verify-ok",
                lang,
                entries=verdict["entries"],
                attachments=verdict["attachments"],
            )
        )
    for problem in problems:
        key = _PROBLEM_KEYS[problem["kind"]]
        if problem["kind"] == "deleted" and problem["detail"] == str(problem["entry"]):
            key = "log.problem-deleted-one"
        lines.append(t(key, lang, entry=problem["entry"], detail=printable(problem["detail"])))
    if check:
        if check["ok"]:
            lines += _against(check, lang)
    elif verdict["entries"]:
        made = verdict.get("receipt_made")
        if made:
            when = _when(made["at"])
            lines.append(t("log.verify-use-receipt", lang, when=when, count=made["entries"]))
        else:
            lines.append(t("log.verify-no-receipt", lang))
    return lines


def _when(iso: str) -> str:
    """``2026-11-29T23:10:00+08:00`` as ``2026-11-29 23:10``: a date to find a message by."""
    return f"{iso[:10]} {iso[11:16]}" if len(iso) >= 16 and iso[10:11] == "T" else printable(iso)


def _against(check: Shown | None, lang: Lang) -> list[str]:
    if not check:
        return []
    covered = check["covered"]
    if check["ok"]:
        lines = [t("log.receipt-ok", lang, count=covered)]
    else:
        lines = [t("log.receipt-bad", lang, count=covered)]
        for first, last in check["changed"]:
            key = "log.receipt-changed-one" if first == last else "log.receipt-changed-run"
            lines.append(t(key, lang, first=first, last=last))
        if check["missing"]:
            first, last = check["missing"]
            key = "log.receipt-missing-one" if first == last else "log.receipt-missing"
            lines.append(t(key, lang, first=first, last=last))
        if not check["changed"] and not check["missing"]:
            lines.append(t("log.receipt-unplaced", lang, count=covered))
    if check["added"]:
        first, last = covered + 1, covered + check["added"]
        key = "log.receipt-added-one" if first == last else "log.receipt-added"
        lines.append(t(key, lang, first=first, last=last))
    return lines


def receipt_lines(verdict: Shown, lang: Lang) -> list[str]:
    """The receipt of the log as checked, and what to do with it (none if it has problems)."""
    receipt = verdict.get("receipt")
    if not receipt:
        return []
    return [
        t("log.receipt-line", lang, code=receipt["code"]),
        t("log.receipt-about", lang, count=receipt["entries"], when=_when(receipt["at"])),
    ]


def verify_lines(verdict: Shown, lang: Lang) -> list[str]:
    return check_lines(verdict, lang) + receipt_lines(verdict, lang)
