"""What a letter is filled from, read and checked: the budget file and the evidence log.

The budget file is what ``debthelp budget --format json`` prints; a file that is
not one is refused with every problem named. The evidence log is read through
one function, ``read_log``, the only place that knows the log's export.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from debthelp.errors import InputError
from debthelp.i18n import Lang, t
from debthelp.textfile import read_given_text

# `debthelp budget` at its limits (100 debts, 600 months, three strategies) writes ~6 MB.
MAX_BUDGET_BYTES = 32 * 1024 * 1024


class Offer(NamedTuple):
    name: str
    amount: float
    # Read when the budget file states them (offers[i] or debts[i], by name):
    balance: float | None = None  # "balance": the debt's starting balance, yuan
    rate: float | None = None  # "rate": its yearly rate, percent
    sixty: float | None = None  # "monthly_60": the level payment clearing it in 60 months
    # The budget's own check of the offer: whether it covers a month's interest, and
    # the months it clears the debt in were the interest paused (None: not stated).
    covers_interest: bool | None = None
    months_if_paused: int | None = None


class Card(NamedTuple):
    """A credit card's 60-month figures, as ``debthelp budget`` states them (fact 6-3)."""

    name: str
    payment: float  # "card_60_month_payment"
    shortfall: float  # "card_shortfall"
    over: tuple[str, ...]  # "card_over_60_months": the strategies running past 60 months


class BudgetFigures(NamedTuple):
    """The figures of a budget a letter or the report uses, as ``debthelp budget``
    saved them (the budget itself, worked out, is ``budget.plan.Budget``)."""

    income: float
    expenses: float
    available: float
    minimums: float
    shortfall: float
    offers: tuple[Offer, ...]
    strategies: tuple[Mapping[str, Any], ...]  # checked: name, months, schedule...
    # Read when the file states them (budget JSON since issue 22):
    monthly: float | None = None  # what the strategies pay a month
    from_essentials: float = 0.0  # how much of that comes out of the essentials
    cards: tuple[Card, ...] = ()


class LogEntry(NamedTuple):
    id: str
    when: str
    channel: str
    sender: str
    said: str
    contacted: str
    tags: tuple[tuple[str, str, str], ...]  # (id, rule, source)


class EvidenceLog(NamedTuple):
    """The evidence log as a letter and the report need it."""

    entries: tuple[LogEntry, ...]
    verified: bool | None  # the log's own integrity check (None: not reported)
    problems: int = 0  # what that check found
    available: bool = True


NO_LOG = EvidenceLog((), None, available=False)

_NUMBERS = ("income", "expenses", "available", "minimums", "shortfall")


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def read_budget(path: Path) -> BudgetFigures:
    """The budget JSON file, checked; ``InputError`` naming every problem otherwise."""
    text = read_given_text(path, error=InputError, max_bytes=MAX_BUDGET_BYTES)
    try:
        data = json.loads(text)
    except ValueError:
        raise InputError("letters.budget-not-json", path=str(path)) from None
    problems = budget_problems(data)
    if problems:
        raise InputError("letters.budget-invalid", path=str(path), problems="; ".join(problems))
    return BudgetFigures(
        income=float(data["income"]),
        expenses=float(data["expenses"]),
        available=float(data["available"]),
        minimums=float(data["minimums"]),
        shortfall=float(data["shortfall"]),
        offers=tuple(_offer(o, data.get("debts")) for o in data["offers"]),
        strategies=tuple(data["strategies"]),
        monthly=_float(data.get("monthly")),
        from_essentials=_float(data.get("from_essentials")) or 0.0,
        cards=_cards(data.get("debts")),
    )


def _float(value: Any) -> float | None:
    return float(value) if _number(value) and value >= 0 else None


def _cards(debts: Any) -> tuple[Card, ...]:
    """The debts the budget gave 60-month figures for: its credit cards."""
    out = []
    for debt in debts if isinstance(debts, list) else ():
        if not isinstance(debt, dict) or not isinstance(debt.get("name"), str):
            continue
        payment = _float(debt.get("card_60_month_payment"))
        if payment is None:
            continue
        over = debt.get("card_over_60_months")
        out.append(
            Card(
                debt["name"],
                payment,
                _float(debt.get("card_shortfall")) or 0.0,
                tuple(str(x) for x in over) if isinstance(over, list) else (),
            )
        )
    return tuple(out)


def _offer(raw: Mapping[str, Any], debts: Any) -> Offer:
    """An offer, with its debt's balance, rate and 60-month figure where the file gives them."""
    name = str(raw["name"])
    found: dict[str, Any] = dict(raw)
    if isinstance(debts, list):
        for debt in debts:
            if isinstance(debt, dict) and debt.get("name") == name:
                found = {**debt, **found}
                break

    def number(key: str) -> float | None:
        value = found.get(key)
        return (
            float(value)
            if isinstance(value, int | float) and _number(value) and value >= 0
            else None
        )

    covers = raw.get("covers_interest")
    paused = raw.get("months_if_paused")
    return Offer(
        name,
        float(raw["amount"]),
        number("balance"),
        number("rate"),
        number("monthly_60"),
        covers if isinstance(covers, bool) else None,
        paused if isinstance(paused, int) and not isinstance(paused, bool) and paused > 0 else None,
    )


def budget_problems(data: Any) -> list[str]:
    """Every way ``data`` is not what ``debthelp budget --format json`` prints."""
    if not isinstance(data, dict):
        return ["{…}"]
    out = [key for key in _NUMBERS if not _number(data.get(key))]
    offers = data.get("offers")
    if not isinstance(offers, list):
        out.append("offers")
    else:
        for index, offer in enumerate(offers):
            ok = isinstance(offer, dict) and isinstance(offer.get("name"), str)
            if not ok or not _number(offer.get("amount")):
                out.append(f"offers[{index}]")
    strategies = data.get("strategies")
    if not isinstance(strategies, list):
        out.append("strategies")
        return out
    for index, plan in enumerate(strategies):
        where = f"strategies[{index}]"
        if not isinstance(plan, dict) or not isinstance(plan.get("name"), str):
            out.append(where)
            continue
        if plan.get("months") is not None and not _number(plan.get("months")):
            out.append(f"{where}.months")
        if not isinstance(plan.get("never_pays_off", []), list):
            out.append(f"{where}.never_pays_off")
        schedule = plan.get("schedule")
        if not isinstance(schedule, list) or not all(_month_ok(m) for m in schedule):
            out.append(f"{where}.schedule")
    return out


def _month_ok(month: Any) -> bool:
    if not isinstance(month, dict) or not _number(month.get("month")):
        return False
    for key in ("payments", "balances"):
        values = month.get(key)
        if not isinstance(values, dict) or not all(_number(v) for v in values.values()):
            return False
    return True


# --------------------------------------------------------------------------- the evidence log


def read_log(db: Path | None = None, *, lang: Lang = "zh") -> EvidenceLog:
    """The evidence log (``debthelp log``), at ``db`` or where that command keeps it.

    The one adapter to ``debthelp.log``: its export becomes plain ``LogEntry``
    records here, so nothing else depends on its shape.
    """
    from debthelp.log import export_data

    return log_from_export(export_data(db, lang=lang), lang)


def log_from_export(data: Mapping[str, Any], lang: Lang = "zh") -> EvidenceLog:
    """``EvidenceLog`` from the dict ``debthelp log export --format json`` prints."""
    entries = []
    for raw in data.get("entries") or ():
        if not isinstance(raw, Mapping):
            continue
        tags = tuple(
            (str(tag.get("id", "")), str(tag.get("rule", "")), _joined(tag.get("source"), ", "))
            for tag in raw.get("tags") or ()
            if isinstance(tag, Mapping)
        )
        entries.append(
            LogEntry(
                id=str(raw.get("id", "")),
                when=_when(str(raw.get("when", ""))),
                channel=_channel(str(raw.get("channel", "")), lang),
                sender=str(raw.get("from", "") or ""),
                said=str(raw.get("said", "") or ""),
                contacted=_joined(raw.get("contacted")),
                tags=tags,
            )
        )
    verify = data.get("verify")
    if (
        not isinstance(verify, Mapping)
        or not isinstance(verify.get("ok"), bool)
        or verify.get("exists") is False  # no log file yet: nothing to check
    ):
        return EvidenceLog(tuple(entries), None)
    problems = verify.get("problems")
    count = len(problems) if isinstance(problems, list) else 0
    return EvidenceLog(tuple(entries), verify["ok"], count)


def _when(text: str) -> str:
    """ "2026-11-28T23:10:00+00:00" as a person writes it: "2026-11-28 23:10"."""
    return re.sub(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(:\d\d)?([+-]\d\d:\d\d|Z)?$", r"\1 \2", text)


def _channel(channel: str, lang: Lang) -> str:
    """The log's word for a channel id (its own catalogue), or the id as given."""
    key = f"log.channel-{channel}"
    found = t(key, lang)
    return channel if found == key else found


def _joined(value: Any, sep: str = "、") -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return sep.join(str(v) for v in value if v)
    return str(value)
