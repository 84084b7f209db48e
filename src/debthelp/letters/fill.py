"""Filling a letter: values from the answers, the budget, the log and flags.

``letter_values`` gathers what is known (later sources win: answers, budget
and log, then ``--name``/``--lender``/``--account``, then ``--field``);
``fill_letter`` puts it into a template. A value nobody gave is printed as
``BLANK`` and its label listed in ``Letter.missing``: nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from debthelp.errors import InputError
from debthelp.i18n import Lang, t
from debthelp.letters.inputs import Budget, EvidenceLog, Offer
from debthelp.letters.texts import PLACEHOLDER, SLOT, LetterTexts, Paragraph

BLANK = "＿＿＿＿"
# Lender kinds whose complaints the NFRA's 12378 line takes (facts 3-1, 3-2).
REGULATED = frozenset({"bank", "credit-card", "consumer-finance"})

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


def letter_values(
    *,
    lang: Lang,
    answers: Mapping[str, Any] | None = None,
    budget: Budget | None = None,
    log: EvidenceLog | None = None,
    name: str | None = None,
    lender: str | None = None,
    account: str | None = None,
    fields: Mapping[str, str] | None = None,
    known_fields: Mapping[str, Any] | None = None,
    today: dt.date | None = None,
) -> dict[str, Value]:
    """Every value known for a letter, by field id (absent when unknown)."""
    values: dict[str, Value] = {}
    answers = answers or {}
    amount = answers.get("amount-overdue")
    if isinstance(amount, int | float) and _positive(amount):
        values["amount"] = t("money", lang, amount=float(amount))
    months = answers.get("months-overdue")
    if isinstance(months, int | float) and _number(months):
        values["months_overdue"] = f"{float(months):g}"
    if log is not None:
        events = tuple(_event_line(e, lang) for e in log.entries)
        if events:
            values["events"] = events
        rules = _rule_lines(log)
        if rules:
            values["rules"] = rules
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
    head = ("　" if lang == "zh" else " · ").join(
        x for x in (entry.when, entry.channel, entry.sender) if x
    )
    said = entry.said.replace("\n", " ").strip()
    line = f"{head}：{said}" if lang == "zh" else f"{head}: {said}"
    if entry.contacted:
        line += t("letters.event-contacted", lang, who=entry.contacted)
    return line


def _rule_lines(log: EvidenceLog) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for entry in log.entries:
        for tag_id, rule, source in entry.tags:
            text = rule or tag_id
            if text and tag_id not in seen:
                seen[tag_id] = f"{text} [{source}]" if source else text
    return tuple(seen.values())


def _offer_for(budget: Budget, lender: Value | None) -> Offer | None:
    if isinstance(lender, str):
        wanted = lender.casefold()
        for offer in budget.offers:
            if offer.name.casefold() == wanted:
                return offer
        return None
    return budget.offers[0] if len(budget.offers) == 1 else None


def _from_budget(budget: Budget, lender: Value | None, lang: Lang) -> dict[str, Value]:
    """The monthly offer for this lender, and in how many months the budget's
    pro-rata strategy (else its first) pays it off (nothing when it never does)."""
    offer = _offer_for(budget, lender)
    if offer is None or offer.amount <= 0:
        return {}
    out: dict[str, Value] = {"monthly": t("money", lang, amount=offer.amount)}
    if lender is None:
        out["lender"] = offer.name
    if budget.strategies:
        # The offers are the budget's pro-rata shares: its pro-rata plan gives their term.
        plan = next((p for p in budget.strategies if p.get("name") == "pro-rata"), None)
        plan = plan or budget.strategies[0]
        if offer.name not in (plan.get("never_pays_off") or []):
            for month in plan.get("schedule") or []:
                balance = month.get("balances", {}).get(offer.name)
                if balance is not None and balance <= 0.005:
                    out["term"] = f"{int(month['month'])}"
                    break
    return out


def fill_letter(
    texts: LetterTexts,
    kind: str,
    lang: Lang,
    values: Mapping[str, Value],
    *,
    say: Mapping[str, Paragraph] | None = None,
    regulated: bool = False,
) -> Letter:
    """The letter ``kind`` in ``lang`` with ``values`` filled in and blanks listed.

    ``say``: quotable lines from the guidance, used before the file's own. A
    line's bracketed slots ("（姓名）") are filled by the fields the placeholder
    names (``{say.id:name,account}``), with blanks for unknown values.
    ``regulated``: the lender is a bank, card issuer or consumer finance company,
    so a complaint goes to the regulator's 12378 line (facts 3-1, 3-2).
    """
    template = texts.letters[kind]
    missing: list[str] = []
    missing_fields: list[str] = []
    sources: list[str] = []
    said = dict(say or {})

    def cite(paragraph: Paragraph) -> None:
        sources.extend(s for s in paragraph.sources if s not in sources)

    def fill(text: str) -> tuple[str, ...]:
        lone = PLACEHOLDER.fullmatch(text)
        if lone and not lone.group(1):
            value = values.get(lone.group(2))
            if isinstance(value, tuple) and value:
                return tuple(f"- {line}" for line in value)
        return (PLACEHOLDER.sub(one, text),)

    def one(match: Any) -> str:
        key = match.group(2)
        if match.group(1):
            line = said[key] if key in said else texts.say[key]
            cite(line)
            slots = iter((match.group(3) or "").split(","))

            def slot(found: Any) -> str:
                field = next(slots, None)
                return found.group() if field is None else value_of(field)

            return SLOT.sub(slot, line.text(lang))
        return value_of(key)

    def value_of(key: str) -> str:
        if key == "recipient" and "recipient" not in values:
            part = texts.parts["recipient-regulator" if regulated else "recipient-lender"]
            cite(part)
            return PLACEHOLDER.sub(one, part.text(lang))
        value = values.get(key)
        if isinstance(value, tuple):
            value = "；".join(value) if lang == "zh" else "; ".join(value)
        if not value:
            label = texts.fields[key].label(lang)
            if label not in missing:
                missing.append(label)
                missing_fields.append(key)
            return BLANK
        return value

    paragraphs = []
    for paragraph in template.paragraphs:
        cite(paragraph)
        paragraphs.append(fill(paragraph.text(lang)))
    notes = []
    for note in template.notes:
        cite(note)
        notes.append(note.text(lang))
    return Letter(
        kind=kind,
        lang=lang,
        title=template.title(lang),
        paragraphs=tuple(paragraphs),
        missing=tuple(missing),
        notes=tuple(notes),
        sources=tuple(sources),
        missing_fields=tuple(missing_fields),
    )
