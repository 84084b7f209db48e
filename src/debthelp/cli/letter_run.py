"""``debthelp letter KIND``: one filled letter, as text or Markdown, on stdout or saved."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debthelp.cli.clicks import click
from debthelp.errors import UsageError
from debthelp.i18n import Lang, t
from debthelp.term import say, stdout_is_tty, width

if TYPE_CHECKING:
    from debthelp.guidance import Guidance
    from debthelp.letters import EvidenceLog, LetterTexts, Situation


def load_letters(guidance: Guidance) -> LetterTexts:
    from debthelp.letters import guidance_say, load_letter_texts

    return load_letter_texts(None, sources=guidance.sources, say_elsewhere=guidance_say(guidance))


def kind_list(texts: LetterTexts, lang: Lang) -> str:
    """The kinds of letter, one a line with its title: "negotiate：协商还款申请书"."""
    from debthelp.letters import KINDS

    def title(kind: str) -> str:
        template = texts.letters.get(kind)
        return template.title(lang) if template is not None else kind

    colon = "：" if lang == "zh" else ": "
    return "\n" + "\n".join(f"  {k}{colon}{title(k)}" for k in KINDS)


def gather(
    *,
    lang: Lang,
    guidance: Guidance,
    texts: LetterTexts,
    answers_file: Path | None,
    budget_file: Path | None,
    log: EvidenceLog | None,
    name: str | None = None,
    lender: str | None = None,
    account: str | None = None,
    fields: list[str] | None = None,
    lender_type: str | None = None,
    amount_owed: float | None = None,
    months_overdue: float | None = None,
) -> tuple[dict[str, Any], dict[str, Any], Situation]:
    """(answers, values, situation): everything known for the letters, from files and flags."""
    from debthelp.cli.options import today as _today
    from debthelp.engine import coerce_all
    from debthelp.files import parse_pairs, read_answers
    from debthelp.letters import LENDER_TYPES, letter_situation, letter_values, read_budget

    if lender_type is not None and lender_type not in LENDER_TYPES:
        raise UsageError(
            "letters.bad-lender-type", value=lender_type, valid=", ".join(LENDER_TYPES)
        )
    if amount_owed is not None and not (math.isfinite(amount_owed) and amount_owed > 0):
        raise UsageError("letters.bad-amount-owed", value=f"{amount_owed:g}")
    if months_overdue is not None and not (
        math.isfinite(months_overdue) and 0 <= months_overdue <= 1200
    ):
        raise UsageError("letters.bad-months-overdue", value=f"{months_overdue:g}")

    answers: dict[str, Any] = {}
    if answers_file is not None:
        answers = dict(coerce_all(guidance, read_answers(answers_file)))
    budget = read_budget(budget_file) if budget_file is not None else None
    if budget is not None and lender is not None and budget.offers:
        names = [offer.name for offer in budget.offers]
        if lender.strip().casefold() not in {n.casefold() for n in names}:
            # Said, not left silent: the amounts stay blank in the letter (issue 24).
            say(
                t(
                    "letters.lender-not-in-budget",
                    lang,
                    lender=lender,
                    path=str(budget_file),
                    names=t("list-sep", lang).join(names),
                )
            )
    values = letter_values(
        lang=lang,
        answers=answers,
        budget=budget,
        log=log,
        name=name,
        lender=lender,
        account=account,
        fields=parse_pairs(fields or []),
        known_fields=texts.fields,
        today=_today(),
        amount_owed=amount_owed,
        months_overdue=months_overdue,
    )
    situation = letter_situation(
        answers=answers,
        log=log,
        budget=budget,
        lender=name_of_lender if isinstance(name_of_lender := values.get("lender"), str) else None,
        lender_type=lender_type,
        months_overdue=months_overdue,
    )
    return answers, values, situation


def letter_command(
    ctx: click.Context,
    *,
    lang: Lang,
    kind: str | None,
    answers_file: Path | None,
    budget_file: Path | None,
    use_log: bool,
    name: str | None,
    lender: str | None,
    account: str | None,
    fields: list[str],
    fmt: str,
    output: str | None,
    lender_type: str | None = None,
    amount_owed: float | None = None,
    months_overdue: float | None = None,
) -> None:
    from debthelp.cli.save import save_or_print
    from debthelp.guidance import load_guidance
    from debthelp.letters import KINDS, fill_letter, guidance_say, read_log
    from debthelp.render.letter_view import letter_markdown, letter_text

    guidance = load_guidance(None)
    texts = load_letters(guidance)
    if kind is None:
        # click's "Missing argument 'KIND'" is English only: name the five, in the
        # person's language, with what each is for (issue 24).
        raise UsageError("letters.need-kind", kinds=kind_list(texts, lang))
    if kind not in KINDS:
        raise UsageError("letters.bad-kind", value=kind, valid=kind_list(texts, lang))
    log = None
    if use_log:
        log = read_log(lang=lang)
        if not log.available:
            say(t("letters.no-log", lang))
    _answers, values, situation = gather(
        lang=lang,
        guidance=guidance,
        texts=texts,
        answers_file=answers_file,
        budget_file=budget_file,
        log=log,
        name=name,
        lender=lender,
        account=account,
        fields=fields,
        lender_type=lender_type,
        amount_owed=amount_owed,
        months_overdue=months_overdue,
    )
    letter = fill_letter(texts, kind, lang, values, say=guidance_say(guidance), situation=situation)
    if output == "-":  # the usual name for standard output
        output = None
    if fmt == "markdown":
        text = letter_markdown(guidance, letter, lang)
    else:
        # On a screen the notes after the letter are wrapped; in a file or pipe, nothing is.
        on_screen = output is None and stdout_is_tty()
        text = letter_text(guidance, letter, lang, width() if on_screen else None)
    save_or_print(output, text, lang, note="letters.saved")
