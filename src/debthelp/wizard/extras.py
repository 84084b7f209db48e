"""Prompts outside the question tree: keeping the plan, and the loan figures for ``rate``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import questionary
from questionary import Choice

from debthelp.errors import DebtHelpError, Interrupted
from debthelp.i18n import Lang, t
from debthelp.wizard.prompt import (
    SELECT_INDENT,
    fit,
    fit_choice,
    guarded,
    screen_width,
    select_echoed,
    session,
)

# --------------------------------------------------------------------------- keeping the plan


def offer_to_save(
    lang: Lang,
    markdown: Any,
    *,
    answers: Any = None,
    input: Any = None,
    output: Any = None,
) -> Path | None:
    """After the plan: offer to keep it as a Markdown file (default no; mode 0600),
    and, when ``answers`` (a function giving the answers file's text) is given, the
    answers too: ``letter``, ``report`` and ``budget --answers`` need them (issue 24).

    A name that cannot be written (a folder, a device, a missing folder, a
    name too long, ``~nosuchuser/...``) is refused with its reason and asked
    again: every answer is in the plan, and it must not be lost at the last step.
    Returns where the plan went (None: not kept).
    """
    saved: list[Path] = []
    kept_answers: list[Path] = []
    choices = [
        Choice(fit_choice(t("wizard-save-no", lang), SELECT_INDENT), value="no"),
        Choice(fit_choice(t("wizard-save-yes", lang), SELECT_INDENT), value="yes"),
    ]
    if answers is not None:
        choices += [
            Choice(fit_choice(t("wizard-save-both", lang), SELECT_INDENT), value="both"),
            Choice(fit_choice(t("wizard-save-answers", lang), SELECT_INDENT), value="answers"),
        ]
    try:
        with session(input, output):
            keep = select_echoed(
                fit(t("wizard-save-plan", lang)),
                choices,
                instruction="\n  " + t("wizard-select-hint", lang),
            )
            if keep in ("yes", "both"):
                _ask_name(
                    lang, "wizard-save-default", saved, lambda p: _save_plan(p, markdown, lang)
                )
            if keep in ("both", "answers"):
                _ask_name(
                    lang,
                    "wizard-save-answers-default",
                    kept_answers,
                    lambda p: _save_answers(p, answers, lang),
                )
    except (KeyboardInterrupt, EOFError):
        if not saved and not kept_answers:
            raise Interrupted() from None
        # Ctrl-C just after a save: what was kept is kept, and where it is was said.
    return saved[0] if saved else None


def _ask_name(lang: Lang, default_key: str, saved: list[Path], save: Any) -> None:
    """Ask a file name until ``save`` can write it; the path is put in ``saved``."""
    default = t(default_key, lang)
    while not saved:
        name = str(
            guarded(
                questionary.text(
                    t("wizard-save-name", lang),
                    default=default,
                    validate=lambda text: bool(text.strip()) or t("wizard-save-name", lang),
                )
            )
        ).strip()
        try:
            path = Path(name).expanduser()
        except RuntimeError:  # ~nosuchuser/...: no such home folder
            _refused(DebtHelpError("wizard-save-no-user", path=name), lang)
            default = name
            continue
        try:
            save(path)
        except DebtHelpError as error:
            _refused(error, lang)
            default = name  # to correct, not to type again
            continue
        saved.append(path)


def _save_answers(path: Path, answers: Any, lang: Lang) -> None:
    from debthelp.files import write_private
    from debthelp.hints import answers_saved
    from debthelp.render import wrap
    from debthelp.term import say

    write_private(path, answers())
    for text in answers_saved(lang, str(path)).splitlines():
        lead = " " * (len(text) - len(text.lstrip(" ")))  # the commands stay indented
        for line in wrap(text.strip(), screen_width() - 1, lead + "  ", lead):
            say(line)


def _save_plan(path: Path, markdown: Any, lang: Lang) -> None:
    from debthelp.files import write_private
    from debthelp.term import say

    write_private(path, markdown())
    say(t("wizard-saved", lang, path=str(path)))


def _refused(error: DebtHelpError, lang: Lang) -> None:
    """Why the name was refused, and that another may be given."""
    from debthelp.render import wrap
    from debthelp.term import say

    for text in (
        t("error-line", lang, message=t(error.key, lang, **error.params)),
        t("wizard-save-again", lang),
    ):
        for line in wrap(text, screen_width() - 1):
            say(line)


# --------------------------------------------------------------------------- debthelp rate


def ask_rate_values(
    lang: Lang, values: dict[str, Any], *, input: Any = None, output: Any = None
) -> dict[str, Any]:
    """Ask, on the terminal, for the loan figures the command line left out.

    Only what is missing is asked; each answer is checked as it is typed, with
    the same rules the core applies, so the result never fails on a typo.
    """
    from debthelp.rate import (
        EVERY_LABELS,
        LENDER_LABELS,
        LENDERS,
        PERIODS_PER_YEAR,
        missing_inputs,
        parse_payment_answer,
    )

    out = dict(values)
    missing = missing_inputs(out)
    try:
        with session(input, output):
            if "--received" in missing:
                out["received"] = _ask_text(lang, "rate.ask-received", _valid_amount)
            if "--payment" in missing:
                # An amount, or the rate as the app quotes it (月息1.5%, 日息0.05%).
                answer = _ask_text(lang, "rate.ask-payment", _valid_payment)
                name, _ = parse_payment_answer(answer)
                out[name] = answer if name == "payment" else answer_rate(answer)
            if "--periods" in missing:
                out["periods"] = _ask_text(lang, "rate.ask-periods", _valid_periods)
                out["every"] = guarded(
                    questionary.select(
                        t("rate.ask-every", lang),
                        choices=[
                            Choice(_fit(t(EVERY_LABELS[u], lang)), value=u)
                            for u in PERIODS_PER_YEAR
                        ],
                    )
                )
            if out.get("borrowed") is None:
                out["borrowed"] = _ask_text(lang, "rate.ask-borrowed", _valid_amount, optional=True)
            if out.get("lender") in (None, "unknown"):
                out["lender"] = guarded(
                    questionary.select(
                        t("rate.ask-lender", lang),
                        choices=[
                            Choice(_fit(t(LENDER_LABELS[who], lang)), value=who) for who in LENDERS
                        ],
                        default="unknown",
                    )
                )
            if out.get("signed") is None:
                out["signed"] = _ask_text(lang, "rate.ask-signed", _valid_date, optional=True)
    except (KeyboardInterrupt, EOFError):
        raise Interrupted() from None
    return out


def _fit(title: str) -> str:
    """A choice of a list, wrapped to the screen (hostile pass F14)."""
    return fit_choice(title, SELECT_INDENT)


def _ask_text(lang: Lang, key: str, check: Any, *, optional: bool = False) -> str | None:
    def validate(text: str) -> bool | str:
        if optional and not text.strip():
            return True
        problem = check(text)
        return True if problem is None else t(problem, lang)

    answer = guarded(questionary.text(t(key, lang), validate=validate))
    text = str(answer).strip()
    return text or None


def _refused_by(parse: Any, key: str) -> Any:
    """A prompt check that uses the command's own parser: what the prompt
    accepts, the calculation accepts too."""

    def check(text: str) -> str | None:
        try:
            parse(text)
        except (DebtHelpError, ValueError, ArithmeticError):
            # ValueError: "²" or 5,000 digits reaching int() inside a parser;
            # whatever the parser cannot read, the prompt refuses, never a traceback.
            return key
        return None

    return check


def _valid_amount(text: str) -> str | None:
    from debthelp.rate import parse_amount

    return _refused_by(parse_amount, "rate.ask-invalid-amount")(text)  # type: ignore[no-any-return]


def _valid_payment(text: str) -> str | None:
    from debthelp.rate import parse_payment_answer

    return _refused_by(parse_payment_answer, "rate.ask-invalid-payment")(text)  # type: ignore[no-any-return]


def answer_rate(text: str | None) -> str:
    """The percentage of a quoted-rate answer (``月息1.5%`` -> ``1.5``), for the core."""
    from debthelp.rate import parse_payment_answer

    return f"{parse_payment_answer(text)[1]!r}"


def _valid_periods(text: str) -> str | None:
    from debthelp.rate import parse_periods

    return _refused_by(parse_periods, "rate.ask-invalid-periods")(text)  # type: ignore[no-any-return]


def _valid_date(text: str) -> str | None:
    from debthelp.rate import parse_date

    return None if parse_date(text) is not None else "rate.ask-invalid-date"
