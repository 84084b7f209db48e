"""The budget core: money in fen, the debts reader, the month model, offers and strategies.

Every expected schedule below was worked out by hand, month by month, from the
model in README (interest = balance x rate / 1200, rounded half up to the fen;
then the minimums, then the rest to the target).
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debthelp.budget import (
    MAX_MONTHS,
    Debt,
    monthly_interest,
    order_of,
    parse_rate,
    plan_budget,
    pro_rata,
    read_debts,
    run_strategy,
    to_fen,
)
from debthelp.errors import InputError, InvalidDataError
from debthelp.messages import MESSAGES
from debthelp.render.cjk import cell_width
from tests.util import ROOT


def debt(name: str, balance: int, rate: str, minimum: int, lender: str = "platform") -> Debt:
    return Debt(name, lender, balance, Decimal(rate), minimum)


A = debt("A", 100000, "12", 10000)  # 1,000.00 at 12%, 100.00 a month
B = debt("B", 50000, "24", 5000)  # 500.00 at 24%, 50.00 a month


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("6000", 600000),
        ("6,000.5", 600050),
        ("¥0.005", 1),
        ("0.004", 0),
        ("1200元", 120000),
        (0, 0),
    ],
)
def test_amounts_become_whole_fen_rounded_half_up(text: object, fen: int) -> None:
    assert to_fen(text) == fen


@pytest.mark.parametrize("text", ["-1", "abc", "nan", "inf", "1e13", True, None, "", [1]])
def test_bad_amounts_are_refused(text: object) -> None:
    assert to_fen(text) is None


def test_rates_accept_a_percent_sign_and_refuse_over_1000() -> None:
    assert parse_rate("24%") == Decimal(24)
    assert parse_rate(1000) == Decimal(1000)
    assert parse_rate("1000.01") is None
    assert parse_rate("-1") is None


@pytest.mark.parametrize(
    ("balance", "rate", "interest"),
    [
        (100000, "12", 1000),
        (81910, "12", 819),
        (11620, "24", 232),
        (35227, "12", 352),
        (6450, "1", 5),
        (150, "4", 1),
        (149, "4", 0),
    ],
)
def test_monthly_interest_is_rate_over_1200_rounded_half_up(
    balance: int, rate: str, interest: int
) -> None:
    # 6450 x 1 / 1200 = 5.375 -> 5; 150 x 4 / 1200 = 0.5 -> 1 (half up); 149 -> 0.4967 -> 0
    assert monthly_interest(balance, Decimal(rate)) == interest


# --------------------------------------------------------------------------- strategies, by hand


def test_avalanche_by_hand_to_the_fen() -> None:
    result = run_strategy([A, B], "avalanche", 30000)
    # month 1: +10.00 and +10.00 interest; minimums 100 + 50, the other 150 to B (24%)
    # month 3: B's 68.52 clears it and 81.48 rolls on to A; month 6 clears A with 56.35
    assert [m.payments for m in result.schedule] == [
        (10000, 20000),
        (10000, 20000),
        (18148, 11852),
        (30000, 0),
        (30000, 0),
        (5635, 0),
    ]
    assert [m.balances for m in result.schedule][-4:] == [(64581, 0), (35227, 0), (5579, 0), (0, 0)]
    assert result.months == 6
    assert result.cleared == (6, 3)
    assert result.total_interest == 1000 + 1000 + 910 + 620 + 819 + 232 + 646 + 352 + 56


def test_snowball_by_hand_to_the_fen() -> None:
    small = debt("S", 50000, "12", 5000)
    big = debt("L", 100000, "24", 10000)
    snow = run_strategy([small, big], "snowball", 30000)
    assert [m.payments for m in snow.schedule] == [
        (20000, 10000),
        (20000, 10000),
        (10913, 19087),
        (0, 30000),
        (0, 30000),
        (0, 8684),
    ]
    assert snow.cleared == (3, 6)
    assert snow.total_interest == 500 + 2000 + 305 + 1840 + 108 + 1677 + 1329 + 755 + 170
    # avalanche pays the 24% debt first and so pays less interest on the same money
    assert run_strategy([small, big], "avalanche", 30000).total_interest < snow.total_interest


def test_pro_rata_schedule_splits_each_month_by_balance() -> None:
    result = run_strategy([A, B], "pro-rata", 30000)
    first = result.schedule[0]
    # 101,000 and 51,000 fen after interest: 300 x 101/152 = 199.342..., 300 x 51/152 = 100.657...
    assert first.payments == (19934, 10066)
    assert all(sum(m.payments) == 30000 for m in result.schedule[:-1])
    assert result.months == 6 and result.never_pays_off == ()


def test_orders() -> None:
    c = debt("C", 50000, "24", 0)
    assert order_of([A, B, c], "avalanche") == [1, 2, 0]  # 24% (smaller first), then 12%
    assert order_of([A, B, c], "snowball") == [1, 2, 0]  # 500 (higher rate... tie: file order)


# --------------------------------------------------------------------------- never pays off


def test_a_payment_below_the_interest_never_pays_off_and_stops_early() -> None:
    loan = debt("big", 1_000_000, "36", 1000)  # 300.00 interest a month, 10.00 paid
    result = run_strategy([loan], "avalanche", 1000)
    assert result.never_pays_off == ("big",)
    assert result.months is None
    assert len(result.schedule) == 1  # seen in the first month, not looped over


def test_nothing_to_pay_never_pays_off_even_at_zero_interest() -> None:
    result = run_strategy([debt("z", 1000, "0", 0)], "snowball", 0)
    assert result.never_pays_off == ("z",)


def test_schedules_stop_at_600_months() -> None:
    # 0.1% a year on 1,000,000.00 is 83.33 a month; 100.00 a month takes ~60,000 months.
    slow = debt("slow", 100_000_000, "0.1", 10000)
    result = run_strategy([slow], "avalanche", 10000)
    assert len(result.schedule) == MAX_MONTHS
    assert result.never_pays_off == ("slow",) and result.months is None


def test_one_hopeless_debt_does_not_stop_the_others() -> None:
    hopeless = debt("H", 10_000_000, "100", 1000)
    fine = debt("F", 10000, "0", 1000)
    result = run_strategy([hopeless, fine], "snowball", 2000)
    assert result.cleared[1] is not None
    assert result.never_pays_off == ("H",)


# --------------------------------------------------------------------------- budget and offers


def test_pro_rata_shares_sum_exactly_by_largest_remainder() -> None:
    assert pro_rata(100, [1, 1, 1]) == (34, 33, 33)
    assert pro_rata(1000, [3, 3, 4]) == (300, 300, 400)
    assert pro_rata(0, [5, 5]) == (0, 0)


@given(
    st.integers(0, 10**14),
    st.lists(st.integers(1, 10**14), min_size=1, max_size=30),
)
def test_pro_rata_always_sums_to_the_total(total: int, weights: list[int]) -> None:
    shares = pro_rata(total, weights)
    assert sum(shares) == total
    whole = sum(weights)
    assert all(abs(s * whole - total * w) < whole for s, w in zip(shares, weights, strict=True))


def test_shortfall_gives_pro_rata_offers() -> None:
    loans = [
        debt("a", 600000, "24", 100000),
        debt("b", 300000, "24", 80000),
        debt("c", 100000, "36", 50000),
    ]
    budget = plan_budget(debts=loans, income=600000, expenses=450000)
    assert budget.available == 150000
    assert budget.minimums == 230000
    assert budget.shortfall == 80000
    assert budget.offers == (90000, 45000, 15000)  # 1500 split 6:3:1
    assert sum(budget.offers) == budget.available
    assert not budget.token


def test_nothing_left_gives_token_offers() -> None:
    budget = plan_budget(debts=[A, B], income=300000, expenses=400000)
    assert budget.available == 0 and budget.token
    assert budget.offers == (100, 100)
    assert budget.shortfall == 15000


def test_no_shortfall_offers_the_minimums_and_extra_sets_the_monthly_money() -> None:
    budget = plan_budget(debts=[A, B], income=600000, expenses=500000, extra=5000)
    assert budget.shortfall == 0 and budget.offers == (10000, 5000)
    assert budget.monthly == 15000 + 5000
    assert [s.name for s in budget.strategies] == ["avalanche", "snowball", "pro-rata"]


def test_json_has_the_issue_keys_and_exact_amounts() -> None:
    data = plan_budget(debts=[A, B], income=600000, expenses=570000, strategy="avalanche").to_json()
    assert list(data) == [
        "income",
        "expenses",
        "available",
        "minimums",
        "shortfall",
        "monthly",
        "from_essentials",
        "horizon_months",
        "interest_comparable",
        "offers",
        "debts",
        "strategies",
    ]
    assert data["available"] == 300.0
    strategy = data["strategies"][0]
    assert list(strategy) == [
        "name",
        "months",
        "total_interest",
        "never_pays_off",
        "still_owed",
        "over_trillion_month",
        "schedule",
    ]
    assert strategy["total_interest"] == 56.35
    assert strategy["schedule"][2] == {
        "month": 3,
        "payments": {"A": 181.48, "B": 118.52},
        "balances": {"A": 645.81, "B": 0.0},
    }


# --------------------------------------------------------------------------- the debts file


CSV = (
    "name,lender,balance,rate,minimum,overdue_days\n"
    "借呗,platform,6000,24,1000,30\n"
    "花呗,platform,3000,18%,800,\n"
)
YAML = """\
- {name: 借呗, lender: platform, balance: 6000, rate: 24, minimum: 1000, overdue_days: 30}
- {name: 花呗, lender: platform, balance: "3,000", rate: 18%, minimum: 800}
"""


def test_csv_with_a_bom_and_yaml_give_the_same_debts(tmp_path: Path) -> None:
    csv_file = tmp_path / "d.csv"
    csv_file.write_bytes(b"\xef\xbb\xbf" + CSV.encode())
    yaml_file = tmp_path / "d.yaml"
    yaml_file.write_text(YAML, encoding="utf-8")
    assert read_debts(csv_file) == read_debts(yaml_file)
    first = read_debts(csv_file)[0]
    assert (first.name, first.balance, first.rate, first.minimum, first.overdue_days) == (
        "借呗",
        600000,
        Decimal(24),
        100000,
        30,
    )


def test_chinese_headers_work(tmp_path: Path) -> None:
    file = tmp_path / "d.csv"
    file.write_text("名称,放贷方,欠款,年利率,最低还款\n甲,bank,100,5,10\n", encoding="utf-8")
    assert read_debts(file)[0].lender == "bank"


def test_every_problem_is_listed_with_row_and_field(tmp_path: Path) -> None:
    file = tmp_path / "d.csv"
    file.write_text(
        "name,lender,balance,rate,minimum\n"
        "a,moon,-5,24,10\n"
        "b,bank,100,1001,x\n"
        "a,bank,100,5,10\n"
        ",bank,1e99,5,10\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidDataError) as caught:
        read_debts(file)
    got = {(p.where, p.key, p.line) for p in caught.value.problems}
    assert got == {
        ("a.lender", "budget.v-lender", 2),
        ("a.balance", "budget.v-amount", 2),
        ("b.rate", "budget.v-rate", 3),
        ("b.minimum", "budget.v-amount", 3),
        ("#4.name", "budget.v-missing", 5),
        ("#4.balance", "budget.v-amount", 5),
    }


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    file = tmp_path / "d.yaml"
    file.write_text(
        "- {name: a, balance: 1, rate: 1, minimum: 1}\n"
        "- {name: a, balance: 1, rate: 1, minimum: 1}\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidDataError) as caught:
        read_debts(file)
    assert [(p.where, p.key, p.line) for p in caught.value.problems] == [
        ("a.name", "budget.v-duplicate-name", 2)
    ]


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    file = tmp_path / "d.csv"
    file.write_text("name,balance,rate\na,1,1\n", encoding="utf-8")
    with pytest.raises(InvalidDataError) as caught:
        read_debts(file)
    assert [(p.key, p.params.get("value")) for p in caught.value.problems] == [
        ("budget.v-missing-column", "minimum")
    ]


@pytest.mark.parametrize("text", ["", "name,balance,rate,minimum\n", "[]\n", "debts: []\n"])
def test_an_empty_list_is_refused(tmp_path: Path, text: str) -> None:
    file = tmp_path / ("d.yaml" if text.startswith(("[", "d")) else "d.csv")
    file.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_debts(file)
    assert caught.value.key == "budget.debts-empty"


def test_a_rate_is_worked_out_from_payments_with_the_rate_solver(tmp_path: Path) -> None:
    from debthelp.budget import rate_from_payments

    file = tmp_path / "d.yaml"
    # 10,000 received, 12 x 1,000: the monthly IRR is 2.9229%, so 35.07% a year
    file.write_text(
        "- {name: app, lender: private, balance: 9000, minimum: 1000,"
        " payment: 1000, periods: 12, received: 10000}\n",
        encoding="utf-8",
    )
    found = read_debts(file, find_rate=rate_from_payments)[0]
    assert found.rate_computed and found.rate == Decimal("35.07")
    # no signing date, so no 4 x LPR figure; under the 36% line that applies to private loans
    assert not found.over_line


@pytest.mark.parametrize(
    ("lender", "payment", "over"),
    [("private", 1100, True), ("platform", 1000, True), ("bank", 1000, False)],
)
def test_a_worked_out_rate_is_flagged_over_a_line_that_may_apply(
    lender: str, payment: int, over: bool
) -> None:
    from debthelp.budget import rate_from_payments

    # 12 x 1,100 on 10,000 is 54.64% a year: over 36%; a platform's real lender may be a
    # small-loan company (24% line); the 24% and 36% lines do not apply to a bank.
    _, flagged = rate_from_payments(lender, {"received": 10000, "payment": payment, "periods": 12})
    assert flagged is over


def test_a_rate_with_payments_too_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "d.yaml"
    file.write_text("- {name: a, balance: 1, rate: 1, minimum: 1, payment: 1}\n", encoding="utf-8")
    with pytest.raises(InvalidDataError) as caught:
        read_debts(file)
    assert caught.value.problems[0].key == "budget.v-rate-and-payments"


def test_every_problem_key_of_the_reader_is_in_the_catalogue() -> None:
    source = (ROOT / "src" / "debthelp" / "budget" / "debts.py").read_text("utf-8")
    keys = set(re.findall(r'"(budget\.[a-z0-9-]+)"', source))
    assert len(keys) > 15
    assert keys <= set(MESSAGES)


# --------------------------------------------------------------------------- the sourced sentences


def test_every_budget_sentence_cites_declared_verified_sources(guidance) -> None:  # type: ignore[no-untyped-def]
    from debthelp.budget.texts import REQUIRED_IDS, load_budget_texts

    texts = load_budget_texts()
    assert set(texts.entries) == set(REQUIRED_IDS)
    for entry in texts.entries.values():
        assert entry.sources, entry.id
        for sid in entry.sources:
            assert sid in guidance.sources, (entry.id, sid)
    # 6-4 (no duty to grant instalments) is unverified: it must not be cited.
    assert not any("6-4" in e.sources for e in texts.entries.values())


def test_a_broken_sentences_file_lists_every_problem(tmp_path: Path) -> None:
    from debthelp.budget.texts import load_budget_texts

    file = tmp_path / "budget.yaml"
    file.write_text(
        "format: 1\ntexts:\n"
        "  - {id: budget.essentials-first, source: [seed §2.3], zh: '甲 {x}', en: A}\n"
        "  - {id: budget.nope, source: [zz], zh: 乙, en: B}\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidDataError) as caught:
        load_budget_texts(file)
    keys = [p.key for p in caught.value.problems]
    assert "v-placeholders" in keys and "v-rate-unused" in keys and "v-source-id" in keys
    assert keys.count("v-rate-missing") == 7


# --------------------------------------------------------------------------- the chart


def test_the_chart_falls_to_zero_with_a_column_per_strategy() -> None:
    from debthelp.render.budget_view import chart

    budget = plan_budget(debts=[A, B], income=400000, expenses=370000)
    lines = chart(budget, "en")
    assert "Avalanche" in lines[1] and "Snowball" in lines[1] and "Pro-rata" in lines[1]
    rows = lines[2:]
    # months 0 to 6, each strategy's total at the month's end; the bar shrinks to nothing
    assert [r.split()[0] for r in rows] == ["0", "1", "2", "3", "4", "5", "6"]
    assert rows[0].split()[1:4] == ["1,500", "1,500", "1,500"]
    assert rows[1].split()[1] == "1,220"  # 1,500 + 20.00 interest - 300.00 paid
    assert rows[0].endswith("█") and not rows[-1].endswith("█")
    assert all(cell_width(line) <= 80 for line in lines)


def test_the_lender_types_are_the_rate_commands() -> None:
    from debthelp import budget, rate

    # kept as a copy so the rate package is reached through one adapter; they must not drift
    assert budget.LENDERS == rate.LENDERS
