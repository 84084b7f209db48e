"""How each kind of question is asked: the one place the wizard depends on the kinds.

``guidance.kinds`` says what each kind accepts; this says how a person is
asked it (questionary). A new kind in ``KINDS`` needs its asker in ``ASKERS``
(a test checks that each kind has one); nothing else in the wizard names a kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import questionary
from questionary import Choice

from debthelp.engine import Answer, coerce
from debthelp.guidance import Question
from debthelp.guidance.kinds import Multi, Number, Single, YesNo, kind_of
from debthelp.i18n import Lang, t
from debthelp.wizard.numbers import clear_after_refusal, plain_number
from debthelp.wizard.prompt import (
    _BACK_WORDS,
    BACK,
    CHECKBOX_INDENT,
    SELECT_INDENT,
    GoBack,
    _check_multi,
    _check_number,
    _echo,
    _echo_answers,
    _error_under_the_question,
    _hint,
    confirm,
    describe,
    fit,
    fit_choice,
    guarded,
)


class Asking(NamedTuple):
    """One question being asked: what every kind's asker needs."""

    question: Question
    lang: Lang
    asked: str  # the progress mark and the question's text
    message: str  # the same, fitted to the screen
    back: list[Choice]  # the Back choice, or none on the first question
    can_go_back: bool
    current: Answer | None


def ask(
    question: Question,
    lang: Lang,
    *,
    can_go_back: bool,
    current: Answer | None,
    progress: str = "",
) -> Answer:
    """Ask one question and return a clean answer; raise ``GoBack`` for Back."""
    asked = f"{progress}{question.text(lang)}"
    back = [Choice(t("wizard-back", lang), value=BACK)] if can_go_back else []
    asking = Asking(question, lang, asked, fit(asked), back, can_go_back, current)
    return ASKERS[question.kind](asking)


def _chosen(question: Question, result: Any) -> Answer:
    if result == BACK:
        raise GoBack()
    return coerce(question, result)


def _ask_single(a: Asking) -> Answer:
    question, lang, message = a.question, a.lang, a.message
    choices = [
        Choice(fit_choice(o.label(lang), SELECT_INDENT), value=o.value) for o in question.options
    ] + a.back
    default = a.current if isinstance(a.current, str) else None
    prompt = questionary.select(
        message,
        choices=choices,
        default=default,
        instruction=_hint(question, lang, "wizard-select-hint"),
    )
    # questionary echoes "? question answer" as one line, which the terminal
    # cuts mid-word at the screen's edge (and a wrapped title with its
    # indents): the echo is ours, wrapped at word boundaries (issue 24).
    prompt.application.erase_when_done = True
    result = guarded(prompt)
    shown = t("wizard-back", lang) if result == BACK else describe(question, result, lang)
    _echo(message, shown)
    return _chosen(question, result)


def _ask_yesno(a: Asking) -> Answer:
    question, lang, message = a.question, a.lang, a.message
    if not a.can_go_back:
        # Nothing to go back to: a plain confirm is the simplest question there is.
        # "Yes" has consequences here (a fixer paid, hardship proof, an offer):
        # Enter alone never says it (issue 24).
        yes = confirm(
            message, lang, default=a.current == "yes", instruction=_hint(question, lang, None)
        )
        return "yes" if yes else "no"
    # A confirm has no room for Back, so after the first question yes/no is a choice.
    choices = [Choice(t("yes", lang), value="yes"), Choice(t("no", lang), value="no"), *a.back]
    prompt = questionary.select(
        message,
        choices=choices,
        # The pointer starts on "no": Enter alone never says "yes" (issue 24).
        default=a.current if a.current in ("yes", "no") else "no",
        instruction=_hint(question, lang, "wizard-select-hint"),
    )
    prompt.application.erase_when_done = True
    result = guarded(prompt)
    _echo(message, t("wizard-back", lang) if result == BACK else t(result, lang))
    return _chosen(question, result)


def _ask_multi(a: Asking) -> Answer:
    question, lang, message = a.question, a.lang, a.message
    chosen = set(a.current) if isinstance(a.current, list) else set()
    choices = [
        Choice(fit_choice(o.label(lang), CHECKBOX_INDENT), value=o.value, checked=o.value in chosen)
        for o in question.options
    ] + a.back
    prompt = questionary.checkbox(
        message,
        choices=choices,
        validate=lambda picked: _check_multi(question, lang, picked),
        instruction=_hint(question, lang, "wizard-multi-hint"),
    )
    # questionary sums up a multiple choice as "done (3 selections)", in
    # English only: erase its line and write the choices themselves instead.
    prompt.application.erase_when_done = True
    _error_under_the_question(prompt)
    result = guarded(prompt)
    if BACK in result:
        _echo(message, t("wizard-back", lang))
        raise GoBack()
    answer = coerce(question, list(result))
    # One answer a line, as in the review: a long "、"-joined line wrapped
    # by the terminal anywhere, a line could start with "、" (issue 24).
    _echo(message, "")
    _echo_answers(kind_of(question).describe(question, answer, lang))
    return answer


def _ask_number(a: Asking) -> Answer:
    question, lang, asked, can_go_back, current = (
        a.question,
        a.lang,
        a.asked,
        a.can_go_back,
        a.current,
    )
    hint = t("wizard-number-back", lang) if can_go_back else ""
    if question.optional:
        hint += t("wizard-number-optional", lang)
    unit = (
        f"（{question.unit(lang)}）"
        if (question.unit and lang == "zh")
        else (f" ({question.unit(lang)})" if question.unit else "")
    )
    prompt = questionary.text(
        fit(asked + unit + hint),
        instruction=_hint(question, lang, None) or None,
        default="" if current is None else str(current),
        validate=lambda text: _check_number(question, lang, text, can_go_back),
    )
    clear_after_refusal(prompt)
    # questionary leaves the help lines above the answer ("...early. 4"):
    # the echo is the question and its answer only.
    prompt.application.erase_when_done = True
    result = guarded(prompt)
    _echo(fit(asked + unit), result.strip())
    if can_go_back and result.strip().lower() in _BACK_WORDS:
        raise GoBack()
    return coerce(question, plain_number(result))


# How each kind is asked: the one place the wizard depends on the kinds. A new
# kind in ``guidance.kinds.KINDS`` needs its asker here (a test checks each has one).
ASKERS: dict[str, Callable[[Asking], Answer]] = {
    Single.name: _ask_single,
    YesNo.name: _ask_yesno,
    Multi.name: _ask_multi,
    Number.name: _ask_number,
}
