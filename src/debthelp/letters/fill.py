"""Filling a letter: values from the answers, the budget, the log and flags.

``letter_values`` gathers what is known (later sources win: answers, budget
and log, then ``--name``/``--lender``/``--account``/``--amount-owed``, then
``--field``); ``letter_situation`` says what the letter must be careful about
(the lender type, the log's tags, how long overdue); ``fill_letter`` puts it into
a template. A value nobody gave is printed as ``BLANK`` and its label listed in
``Letter.missing``: nothing is guessed, and no amount owed is ever taken from an
estimate (the wizard's amount question asks for a rough figure).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from debthelp.errors import InputError
from debthelp.i18n import Lang, t
from debthelp.letters.inputs import BudgetFigures, EvidenceLog, Offer
from debthelp.letters.sixty import MAX_MONTHS, level_payment, start_of
from debthelp.letters.texts import (
    LENDER_GROUPS,
    LENDER_TYPES,
    OLD_MONTHS,
    PLACEHOLDER,
    SLOT,
    UNKNOWN,
    LetterTexts,
    Paragraph,
)

BLANK = "＿＿＿＿"
# Lender kinds whose complaints the NFRA's 12378 line takes (facts 3-1, 3-2).
REGULATED = LENDER_GROUPS["nfra"]

Value = str | tuple[str, ...]


@dataclass(frozen=True)
class Letter:
    """One filled letter: what to send, and what to read before sending it."""

    kind: str
    lang: Lang
    title: str
    paragraphs: tuple[tuple[str, ...], ...]  # each paragraph's lines
    missing: tuple[str, ...]  # labels of the blanks, in the order they appear
    notes: tuple[str, ...]
    sources: tuple[str, ...]  # fact ids behind the letter's legal sentences
    missing_fields: tuple[str, ...] = ()  # the field id of each blank, in the same order
    lender_type: str = UNKNOWN
    body_sources: tuple[str, ...] = ()  # the fact ids behind the letter's own sentences


@dataclass(frozen=True)
class Situation:
    """What a letter must take care of beyond its values.

    ``lender_type``: one of ``LENDER_TYPES``, else ``UNKNOWN`` (the letter then
    cites only laws that bind everyone and says how to choose). ``tags``: the
    evidence log's tag ids, in order. ``months_overdue``: from the answers or
    ``--months-overdue``. ``never_pays_off``: the budget never clears this debt.
    ``hardship_proof``: the hardship answer (no proof: the letter asks for none).
    """

    lender_type: str = UNKNOWN
    tags: tuple[str, ...] = ()
    months_overdue: float | None = None
    never_pays_off: bool = False
    hardship_proof: bool | None = None


def letter_situation(
    *,
    answers: Mapping[str, Any] | None = None,
    log: EvidenceLog | None = None,
    budget: BudgetFigures | None = None,
    lender: str | None = None,
    lender_type: str | None = None,
    months_overdue: float | None = None,
) -> Situation:
    """The ``Situation`` from the wizard's answers (``lender``, ``months-overdue``),
    the log, the budget and the flags (which win over the answers)."""
    answers = answers or {}
    kind = lender_type if lender_type is not None else answers.get("lender")
    months = months_overdue
    if months is None and _number(answers.get("months-overdue")):
        months = float(answers["months-overdue"])
    tags: dict[str, None] = {}
    for entry in log.entries if log is not None else ():
        for tag_id, _rule, _source in entry.tags:
            tags.setdefault(tag_id)
        if entry.contacted:
            tags.setdefault("third-party")
    never = False
    if budget is not None:
        offer = _offer_for(budget, lender)
        plan = _pro_rata(budget)
        never = (
            offer is not None
            and plan is not None
            and offer.name in (plan.get("never_pays_off") or [])
        )
    return Situation(
        lender_type=kind if kind in LENDER_TYPES else UNKNOWN,
        tags=tuple(tags),
        months_overdue=months,
        never_pays_off=never,
        hardship_proof={"yes": True, "no": False}.get(str(answers.get("hardship"))),
    )


def letter_values(
    *,
    lang: Lang,
    answers: Mapping[str, Any] | None = None,
    budget: BudgetFigures | None = None,
    log: EvidenceLog | None = None,
    name: str | None = None,
    lender: str | None = None,
    account: str | None = None,
    fields: Mapping[str, str] | None = None,
    known_fields: Mapping[str, Any] | None = None,
    today: dt.date | None = None,
    amount_owed: float | None = None,
    months_overdue: float | None = None,
) -> dict[str, Value]:
    """Every value known for a letter, by field id (absent when unknown).

    The amount owed is only ``amount_owed`` (``--amount-owed``, the figure the
    person accepts) or a ``--field owed=`` they typed: never the wizard's estimate.
    """
    values: dict[str, Value] = {}
    answers = answers or {}
    if amount_owed is not None and _positive(amount_owed):
        values["owed"] = t("money", lang, amount=float(amount_owed))
    months = months_overdue if months_overdue is not None else answers.get("months-overdue")
    if isinstance(months, int | float) and _number(months):
        values["months_overdue"] = f"{float(months):g}"
    if log is not None:
        events = tuple(_event_line(e, lang) for e in log.entries)
        if events:
            values["events"] = events
        contacted = "、".join(dict.fromkeys(e.contacted for e in log.entries if e.contacted))
        if contacted:
            values["contacted"] = contacted
    for key, given in (("name", name), ("lender", lender), ("account", account)):
        if given is not None and given.strip():
            values[key] = given.strip()
    if budget is not None:
        values.update(_from_budget(budget, values.get("lender"), lang))
    for key, given in (fields or {}).items():
        if known_fields is not None and key not in known_fields:
            raise InputError(
                "letters.unknown-field", value=key, valid=", ".join(sorted(known_fields))
            )
        if given.strip():
            values[key] = given.strip()
    values.setdefault("date", _day(today or dt.date.today(), lang))
    return values


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _positive(value: Any) -> bool:
    return _number(value) and float(value) > 0


def _day(day: dt.date, lang: Lang) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.isoformat()


def _event_line(entry: Any, lang: Lang) -> str:
    """One logged event as the complaint states it: when, how, from whom, and the
    collector's own words in quotation marks (a "你" in them is theirs, quoted)."""
    how = entry.channel
    if entry.sender:
        how = f"{how}，来自{entry.sender}" if lang == "zh" else f"{how} from {entry.sender}"
    head = ("，" if lang == "zh" else ", ").join(x for x in (entry.when, how) if x)
    said = entry.said.replace("\n", " ").strip()
    line = head
    if said:
        line = f"{head}：“{said}”" if lang == "zh" else f"{head}: “{said}”"
    if entry.contacted:
        line += t("letters.event-contacted", lang, who=entry.contacted)
    return line


def _offer_for(budget: BudgetFigures, lender: Value | None) -> Offer | None:
    if isinstance(lender, str):
        wanted = lender.casefold()
        for offer in budget.offers:
            if offer.name.casefold() == wanted:
                return offer
        return None
    return budget.offers[0] if len(budget.offers) == 1 else None


def _pro_rata(budget: BudgetFigures) -> Mapping[str, Any] | None:
    # The offers are the budget's pro-rata shares: its pro-rata plan gives their term.
    if not budget.strategies:
        return None
    plan = next((p for p in budget.strategies if p.get("name") == "pro-rata"), None)
    return plan or budget.strategies[0]


def _from_budget(budget: BudgetFigures, lender: Value | None, lang: Lang) -> dict[str, Value]:
    """The monthly offer for this lender, in how many months the budget's pro-rata
    strategy (else its first) pays it off (nothing when it never does), and, when
    that is longer than 60 months or never, the level payment that clears it in 60
    (a card's personalised plan lasts at most 5 years, fact 6-3)."""
    offer = _offer_for(budget, lender)
    if offer is None or offer.amount <= 0:
        return {}
    out: dict[str, Value] = {"monthly": t("money", lang, amount=offer.amount)}
    if lender is None:
        out["lender"] = offer.name
    plan = _pro_rata(budget)
    if plan is None:
        return out
    never = offer.name in (plan.get("never_pays_off") or [])
    if not never:
        for month in plan.get("schedule") or []:
            balance = month.get("balances", {}).get(offer.name)
            if balance is not None and balance <= 0.005:
                out["term"] = f"{int(month['month'])}"
                break
    term = out.get("term")
    if never or (isinstance(term, str) and int(term) > MAX_MONTHS):
        sixty = _sixty(offer, plan)
        if sixty is not None:
            out["monthly60"] = t("money", lang, amount=sixty)
    return out


def _sixty(offer: Offer, plan: Mapping[str, Any]) -> float | None:
    """The 60-month level payment for ``offer``'s debt: from the budget file's own
    figure when it gives one, else from the balance and rate it states, else from
    those read back from its schedule."""
    if offer.sixty is not None:
        return offer.sixty
    if offer.balance is not None and offer.rate is not None:
        return level_payment(offer.balance, offer.rate)
    found = start_of(plan, offer.name)
    return level_payment(*found) if found is not None else None


def flags_of(values: Mapping[str, Value], situation: Situation) -> frozenset[str]:
    """The conditions a paragraph's ``when:`` tests, as they hold for this letter."""
    months = situation.months_overdue
    if months is None and isinstance(values.get("months_overdue"), str):
        months = _float(str(values["months_overdue"]))
    term_months = _float(str(values["term"])) if isinstance(values.get("term"), str) else None
    long_term = term_months is not None and term_months > MAX_MONTHS
    held = {
        "owed": bool(values.get("owed")),
        "old": months is not None and months >= OLD_MONTHS,
        "third-party": "third-party" in situation.tags or bool(values.get("contacted")),
        "over-60": situation.never_pays_off or long_term,
        "no-proof": situation.hardship_proof is False and not values.get("proof"),
    }
    return frozenset(flag for flag, holds in held.items() if holds)


def _float(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def fill_letter(
    texts: LetterTexts,
    kind: str,
    lang: Lang,
    values: Mapping[str, Value],
    *,
    say: Mapping[str, Paragraph] | None = None,
    situation: Situation | None = None,
) -> Letter:
    """The letter ``kind`` in ``lang`` with ``values`` filled in and blanks listed.

    ``say``: quotable lines from the guidance, used before the file's own. A
    line's bracketed slots ("（姓名）") are filled by the fields the placeholder
    names (``{say.id:name,account}``), with blanks for unknown values.
    ``situation``: the lender type (which rules bind it, where a complaint goes:
    12378 only for banks, card issuers and consumer finance companies, facts 3-1,
    3-2), the log's tags (the rules a complaint cites), how long overdue.
    Paragraphs and notes whose ``lenders:``/``when:`` do not hold are left out.
    """
    situation = situation or Situation()
    kind_of_lender = situation.lender_type
    flags = flags_of(values, situation)
    template = texts.letters[kind]
    missing: list[str] = []
    missing_fields: list[str] = []
    sources: list[str] = []
    said = dict(say or {})
    listing = True  # blanks in the letter are listed; blanks in the notes are not

    def cite(paragraph: Paragraph) -> None:
        sources.extend(s for s in paragraph.sources if s not in sources)

    def fill(text: str) -> tuple[str, ...]:
        lone = PLACEHOLDER.fullmatch(text)
        if lone and not lone.group(1):
            value = values.get(lone.group(2))
            if lone.group(2) == "rules" and not value:
                value = rule_lines()
            if isinstance(value, tuple) and value:
                return tuple(f"- {line}" for line in value)
        return (PLACEHOLDER.sub(one, text),)

    def rule_lines() -> tuple[str, ...]:
        """The letter's own rule sentences for the log's tags that bind this lender:
        the rules written for its kind first (regulations, industry rules), then the
        laws that bind everyone, each once."""
        found = [
            rule
            for tag in situation.tags
            for rule in texts.rules.get(tag, ())
            if rule.applies(kind_of_lender, flags)
        ]
        out: list[str] = []
        for rule in sorted(found, key=lambda r: not r.lenders):  # stable: tag order kept
            text = rule.text(lang)
            if text not in out:
                cite(rule)
                out.append(text)
        return tuple(out)

    def part_for(key: str) -> Paragraph | None:
        """The part that fills ``key`` for this lender ({recipient}, {loan}, {you})."""
        for pid, part in texts.parts.items():
            if pid.rsplit("-", 1)[0] == key and part.applies(kind_of_lender, flags):
                return part
        return None

    def one(match: Any) -> str:
        key = match.group(2)
        if match.group(1):
            # A quoted line is the reader's own words to say, not a rule the letter
            # cites: its sources (the guidance's, for its tip) are not listed here.
            line = said[key] if key in said else texts.say[key]
            slots = iter((match.group(3) or "").split(","))

            def slot(found: Any) -> str:
                field = next(slots, None)
                return found.group() if field is None else value_of(field)

            return SLOT.sub(slot, line.text(lang))
        return value_of(key)

    def value_of(key: str) -> str:
        part = None if key in values else part_for(key)
        if part is not None:
            cite(part)
            return PLACEHOLDER.sub(one, part.text(lang))
        value = values.get(key)
        if isinstance(value, tuple):
            value = "；".join(value) if lang == "zh" else "; ".join(value)
        if not value:
            label = texts.fields[key].label(lang)
            if listing and label not in missing:
                missing.append(label)
                missing_fields.append(key)
            return BLANK
        return value

    paragraphs = []
    for paragraph in template.paragraphs:
        if paragraph.applies(kind_of_lender, flags):
            cite(paragraph)
            paragraphs.append(fill(paragraph.text(lang)))
    listing = False
    body_sources = tuple(sources)
    notes = []
    for note in template.notes:
        if note.applies(kind_of_lender, flags):
            cite(note)
            notes.append(PLACEHOLDER.sub(one, note.text(lang)))
    title = next((t.text for t in template.titles if t.applies(kind_of_lender, flags)), None)
    return Letter(
        kind=kind,
        lang=lang,
        title=(title or template.title)(lang),
        paragraphs=tuple(paragraphs),
        missing=tuple(missing),
        notes=tuple(notes),
        sources=tuple(sources),
        missing_fields=tuple(missing_fields),
        lender_type=kind_of_lender,
        body_sources=body_sources,
    )
