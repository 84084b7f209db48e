"""Fuzzing ``debthelp budget``: debts files, flags, and extreme numbers.

Property, as in tests/cli/test_fuzz.py: each input ends in a plan, or in a
``DebtHelpError`` whose messages exist in both languages and render (exit 1;
2 for usage); never another exception, never a traceback. The plans found are
also checked: offers add up, no schedule passes 600 months, JSON is valid.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.errors import DebtHelpError
from tests.cli.test_fuzz import (
    BYTE_MUTATIONS,
    COUNT,
    HOSTILE,
    TEXT,
    VALUE,
    _write,
    _yamlish,
    clear,
    fuzz_settings,
)

pytestmark = pytest.mark.slow

FIELDS = [
    "name",
    "lender",
    "balance",
    "rate",
    "minimum",
    "overdue_days",
    "payment",
    "periods",
    "received",
]
NUMBER = st.one_of(
    HOSTILE,
    st.integers(-10, 10**13),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, places=3, min_value=-1, max_value=10**12).map(str),
)
LENDER = st.sampled_from(["bank", "credit-card", "platform", "private", "small-loan", "moon", ""])
GOOD_ROW = st.fixed_dictionaries(
    {
        "name": st.text(min_size=1, max_size=12),
        "lender": LENDER,
        "balance": NUMBER,
        "rate": NUMBER,
        "minimum": NUMBER,
    },
    optional={
        "overdue_days": NUMBER,
        "payment": NUMBER,
        "periods": NUMBER,
        "received": NUMBER,
        "zzz": TEXT,
    },
)


def plan_file(path: Path, income: int, expenses: int, extra: int | None) -> None:
    from debthelp.budget import plan_budget, rate_from_payments, read_debts
    from debthelp.render import budget_doc, schedule_csv, to_markdown, to_text

    COUNT["cases"] += 1
    try:
        debts = read_debts(path, find_rate=rate_from_payments)
    except DebtHelpError as error:
        clear(error)
        return
    budget = plan_budget(debts=debts, income=income, expenses=expenses, extra=extra)
    if budget.shortfall and not budget.token:
        assert sum(budget.offers) == budget.available
    assert all(len(s.schedule) <= 600 for s in budget.strategies)
    json.dumps(budget.to_json(), allow_nan=False)
    for lang in ("zh", "en"):
        doc = budget_doc(budget, lang)  # type: ignore[arg-type]
        to_text(doc, lang)  # type: ignore[arg-type]
        to_markdown(doc, lang)  # type: ignore[arg-type]
    list(csv.reader(io.StringIO(schedule_csv(budget))))


MONEY = st.integers(0, 10**14)


@fuzz_settings(500)
@given(
    rows=st.one_of(st.lists(GOOD_ROW, max_size=5), VALUE),
    prefix=BYTE_MUTATIONS,
    income=MONEY,
    expenses=MONEY,
    extra=st.one_of(st.none(), MONEY),
)
def test_yaml_debts_files(  # noqa: PLR0917 - one parameter per hypothesis strategy
    tmp_path_factory: pytest.TempPathFactory,
    rows: Any,
    prefix: bytes,
    income: int,
    expenses: int,
    extra: int | None,
) -> None:
    tmp = tmp_path_factory.getbasetemp()
    path = _write(tmp, "debts.yaml", prefix + _yamlish(rows).encode("utf-8", "surrogatepass"))
    plan_file(path, income, expenses, extra)


@fuzz_settings(400)
@given(
    header=st.lists(st.sampled_from([*FIELDS, "名称", "欠款", "x", ""]), min_size=0, max_size=7),
    cells=st.lists(st.lists(st.one_of(TEXT, NUMBER.map(str)), max_size=7), max_size=4),
    prefix=BYTE_MUTATIONS,
    income=MONEY,
)
def test_csv_debts_files(
    tmp_path_factory: pytest.TempPathFactory,
    header: list[str],
    cells: list[list[str]],
    prefix: bytes,
    income: int,
) -> None:
    tmp = tmp_path_factory.getbasetemp()
    text = ",".join(header) + "\n" + "\n".join(",".join(row) for row in cells) + "\n"
    path = _write(tmp, "debts.csv", prefix + text.encode("utf-8", "surrogatepass"))
    plan_file(path, income, 0, None)


@fuzz_settings(300)
@given(
    balances=st.lists(st.integers(1, 10**14), min_size=1, max_size=6),
    rates=st.lists(st.decimals(0, 1000, places=2), min_size=6, max_size=6),
    minimums=st.lists(st.integers(0, 10**14), min_size=6, max_size=6),
    income=MONEY,
    expenses=MONEY,
)
def test_extreme_numbers_always_end_in_a_plan(
    balances: list[int], rates: list[Any], minimums: list[int], income: int, expenses: int
) -> None:
    from debthelp.budget import Debt, plan_budget

    COUNT["cases"] += 1
    debts = [
        Debt(f"d{i}", "platform", b, r, m)
        for i, (b, r, m) in enumerate(zip(balances, rates, minimums, strict=False))
    ]
    budget = plan_budget(debts=debts, income=income, expenses=expenses)
    for strategy in budget.strategies:
        assert len(strategy.schedule) <= 600
        if strategy.months is not None:
            assert all(b == 0 for b in strategy.schedule[-1].balances)
        else:
            assert strategy.never_pays_off
        for month in strategy.schedule:
            assert sum(month.payments) <= budget.monthly
            assert all(b >= 0 for b in month.balances)


@fuzz_settings(200)
@given(
    income=st.one_of(TEXT, st.none()),
    expenses=st.one_of(TEXT, st.none()),
    extra=st.one_of(TEXT, st.none()),
    strategy=st.one_of(st.sampled_from(["avalanche", "snowball", "pro-rata", "all"]), TEXT),
    lang=st.sampled_from(["zh", "en"]),
)
def test_budget_flags(
    income: str | None, expenses: str | None, extra: str | None, strategy: str, lang: str
) -> None:
    from tests.util import ROOT

    args = ["budget", "--debts", str(ROOT / "examples" / "debts.csv"), "--lang", lang]
    for flag, value in (("--income", income), ("--expenses", expenses), ("--extra", extra)):
        if value is not None and "\x00" not in value and not value.startswith("-"):
            args += [flag, value]
    if "\x00" not in strategy and not strategy.startswith("-"):
        args += ["--strategy", strategy]
    COUNT["cases"] += 1
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (0, 1, 2), (args, result.exception)
    assert "Traceback" not in result.stdout + result.stderr
    if result.exit_code:
        assert result.stderr.strip()
