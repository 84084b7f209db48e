"""``debthelp budget``: what can be paid each month, to whom, and for how long.

Its options (``budget``), ``register``, and the adapter: read the debts and
the month's money, plan, show the plan.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from debthelp.cli.clicks import click
from debthelp.cli.options import DOC_FORMATS, FormatOpt, LangOpt, check_format, setup_lang
from debthelp.errors import InputError, UsageError
from debthelp.i18n import Lang
from debthelp.term import can_prompt


def budget(
    ctx: typer.Context,
    debts: Annotated[
        Path | None,
        typer.Option(
            "--debts",
            help="欠款文件（YAML 或 CSV）/ A file of your debts (YAML or CSV).",
            show_default=False,
        ),
    ] = None,
    income: Annotated[
        str | None,
        typer.Option("--income", help="每月收入（元）/ Income a month (yuan).", show_default=False),
    ] = None,
    expenses: Annotated[
        str | None,
        typer.Option(
            "--expenses",
            help="每月基本生活开支（元）/ Essential living costs a month (yuan).",
            show_default=False,
        ),
    ] = None,
    strategy: Annotated[
        str,
        typer.Option(
            "--strategy", help="avalanche、snowball、pro-rata 或 all / Which way(s) to compare."
        ),
    ] = "all",
    extra: Annotated[
        str | None,
        typer.Option(
            "--extra",
            help="在最低还款之外每月多还（元）/ Pay this much a month above the minimums.",
            show_default=False,
        ),
    ] = None,
    csv_file: Annotated[
        str | None,
        typer.Option(
            "--csv",
            help="把逐月还款表存为 CSV（仅自己可读）/ "
            "Save the schedule as CSV (readable only by you).",
            show_default=False,
        ),
    ] = None,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            help="向导的答案文件，用来预填 / The wizard's answers file, to prefill.",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
) -> None:
    """算一算每月能还多少、给每家提多少、多久还清。/
    What you can pay each month, what to offer each lender, how long it takes.

    例 / Example:

    debthelp budget --debts debts.yaml --income 6000 --expenses 4500
    """
    budget_command(
        ctx,
        lang=setup_lang(ctx, lang),
        fmt=check_format(fmt, DOC_FORMATS),
        debts_file=debts,
        income=income,
        expenses=expenses,
        strategy=strategy,
        extra=extra,
        csv_file=csv_file,
        answers_file=answers,
    )


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


def register(app: typer.Typer) -> None:
    app.command()(budget)
