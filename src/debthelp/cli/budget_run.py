"""``debthelp budget``: read the debts and the month's money, plan, show the plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from debthelp.cli.clicks import click
from debthelp.errors import InputError, UsageError
from debthelp.i18n import Lang
from debthelp.term import can_prompt

STRATEGY_CHOICES = ("avalanche", "snowball", "pro-rata", "all")
# What the wizard's answers file can fill in for the budget's questions.
PREFILL_KEYS = ("lenders-count", "lender", "amount-overdue")


def budget_command(
    ctx: click.Context,
    *,
    lang: Lang,
    fmt: str,
    debts_file: Path | None,
    income: str | None,
    expenses: str | None,
    strategy: str,
    extra: str | None,
    csv_file: str | None,
    answers_file: Path | None,
) -> None:
    from debthelp.budget import amount_fen, plan_budget, rate_from_payments, read_debts
    from debthelp.cli.output import emit as _emit
    from debthelp.render import budget_doc, schedule_csv

    if strategy not in STRATEGY_CHOICES:
        raise UsageError("budget.strategy-bad", value=strategy, choices=", ".join(STRATEGY_CHOICES))
    income_fen = None if income is None else amount_fen(income, "--income")
    expenses_fen = None if expenses is None else amount_fen(expenses, "--expenses")
    extra_fen = None if extra is None else amount_fen(extra, "--extra")
    debts = None if debts_file is None else read_debts(debts_file, find_rate=rate_from_payments)
    prefill = _prefill(answers_file) if answers_file is not None else {}
    if income_fen is None or expenses_fen is None or debts is None:
        if not can_prompt():
            given = (("--income", income_fen), ("--expenses", expenses_fen), ("--debts", debts))
            missing = [flag for flag, value in given if value is None]
            raise InputError("budget.missing", what=", ".join(missing))
        from debthelp.wizard import ask_budget_values

        income_fen, expenses_fen, debts = ask_budget_values(
            lang, income=income_fen, expenses=expenses_fen, debts=debts, prefill=prefill
        )
    budget = plan_budget(
        debts=debts, income=income_fen, expenses=expenses_fen, strategy=strategy, extra=extra_fen
    )
    if csv_file is not None:
        from debthelp.cli.save import save

        save(csv_file, schedule_csv(budget), lang, note="budget.csv-saved")
    _emit(fmt, lang, data=budget.to_json, doc=lambda: budget_doc(budget, lang))


def _prefill(path: Path) -> dict[str, Any]:
    """The wizard's answers the budget can use: how many lenders, which kind, how much owed."""
    from debthelp.files import read_answers

    raw = read_answers(path)
    out: dict[str, Any] = {}
    for key in PREFILL_KEYS:
        value = raw.get(key)
        if value is None or value == "":
            continue
        if key == "lender":
            out[key] = str(value)
            continue
        try:
            number = float(str(value).replace(",", ""))
        except ValueError:
            raise InputError(
                "budget.answers-bad", path=str(path), key=key, value=str(value)
            ) from None
        if not 0 <= number <= 1e12:
            raise InputError("budget.answers-bad", path=str(path), key=key, value=str(value))
        out[key] = number
    return out
