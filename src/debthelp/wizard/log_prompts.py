"""Prompts of ``debthelp log``: the fields ``log add`` was not given, and wipe's confirmation.

Quick to answer while the phone is still warm: how they got in touch is a pick
from a list, everything else can be skipped with Enter, and the time defaults
to now. Each answer is checked with the core's own parser as it is typed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import questionary
from questionary import Choice

from debthelp.errors import DebtHelpError, Interrupted
from debthelp.i18n import Lang, t
from debthelp.lenders import LENDER_LABELS, UNKNOWN
from debthelp.render.log_parts import CHANNEL_KEYS
from debthelp.wizard.prompt import SELECT_INDENT, fit, fit_choice, guarded, session

# The rate question's words for the lender types; "unknown" first, so Enter skips it.
_LENDER_KEYS = {
    lender: LENDER_LABELS[lender]
    for lender in (
        UNKNOWN,
        "credit-card",
        "bank",
        "consumer-finance",
        "small-loan",
        "platform",
        "private",
    )
}


def ask_log_fields(
    lang: Lang, values: dict[str, Any], *, input: Any = None, output: Any = None
) -> dict[str, Any]:
    """Ask for the fields of one entry that the command line left out.

    ``values`` holds what was given (None for a missing field); only the
    missing ones are asked. The channel must be picked; the rest may be empty.
    """
    out = dict(values)
    try:
        with session(input, output):
            if out.get("channel") is None:
                out["channel"] = guarded(
                    questionary.select(
                        fit(t("log.ask-channel", lang)),
                        choices=[
                            # Wrapped under themselves: at 40 columns the English
                            # channels were cut (hardening F14, left to this change).
                            Choice(fit_choice(t(key, lang), SELECT_INDENT), value=ch)
                            for ch, key in CHANNEL_KEYS.items()
                        ],
                        instruction="\n  " + t("wizard-select-hint", lang),
                    )
                )
            if "lender" in out and out["lender"] is None:  # only when the caller offers it
                out["lender"] = _ask_lender(lang)
            if out.get("when") is None:
                out["when"] = _text(lang, "log.ask-when", _check_when)
            if out.get("sender") is None:
                out["sender"] = _text(lang, "log.ask-from")
            if out.get("times") is None and out["channel"] == "call":
                times = _text(lang, "log.ask-times", _check_times)
                out["times"] = _times(times)
            if out.get("claimed_identity") is None and out["channel"] != "public-posting":
                out["claimed_identity"] = _text(lang, "log.ask-claimed")
            if out.get("said") is None:
                out["said"] = _text(lang, "log.ask-said")
            if not out.get("contacted") and out["channel"] in ("third-party", "public-posting"):
                answer = _text(lang, "log.ask-contacted") or ""
                parts = answer.replace("，", ",").replace("、", ",").split(",")
                out["contacted"] = tuple(p.strip() for p in parts if p.strip())
    except (KeyboardInterrupt, EOFError):
        raise Interrupted() from None
    return out


def _ask_lender(lang: Lang) -> str:
    """The kind of lender (the rules that bind it and where to complain depend on it),
    in the words of the rate question."""
    return str(
        guarded(
            questionary.select(
                fit(t("rate.ask-lender", lang)),
                choices=[
                    Choice(fit_choice(t(key, lang), SELECT_INDENT), value=k)
                    for k, key in _LENDER_KEYS.items()
                ],
                instruction="\n  " + t("wizard-select-hint", lang),
            )
        )
    )


def _check_times(text: str) -> str | None:
    from debthelp.digits import bounded_int
    from debthelp.log.entry import MAX_TIMES

    return None if bounded_int(text, 1, MAX_TIMES) is not None else "log.ask-invalid-times"


def _times(text: str | None) -> int | None:
    """The checked count as a number ("007" is 7), None when skipped."""
    from debthelp.digits import bounded_int
    from debthelp.log.entry import MAX_TIMES

    return bounded_int(text, 1, MAX_TIMES) if text else None


def _check_when(text: str) -> str | None:
    from debthelp.log.entry import parse_when

    try:
        parse_when(text, dt.datetime.now().astimezone())
    except DebtHelpError:
        return "log.ask-invalid-when"
    return None


def _text(lang: Lang, key: str, check: Any = None) -> str | None:
    def validate(text: str) -> bool | str:
        if check is None or not text.strip():
            return True
        problem = check(text)
        return True if problem is None else t(problem, lang)

    answer = guarded(questionary.text(fit(t(key, lang)), validate=validate))
    text = str(answer).strip()
    return text or None


def confirm_wipe(
    lang: Lang, *, path: str, count: int, input: Any = None, output: Any = None
) -> bool:
    """Whether the person typed the confirmation word (in their language, or English)."""
    word = t("log.wipe-word", lang)
    try:
        with session(input, output):
            answer = guarded(
                questionary.text(fit(t("log.wipe-ask", lang, path=path, count=count, word=word)))
            )
    except (KeyboardInterrupt, EOFError):
        raise Interrupted() from None
    typed = str(answer).strip().lower()
    return typed in (word.lower(), "delete")
