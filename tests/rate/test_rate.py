"""The rate core: the solver, the LPR table, schedule files, the lines and the explanation.

Expected rates come from outside the code under test: closed forms, a published
figure, or the small bisection ``_reference_rate`` below, which shares nothing
with ``solve_periodic_rate``.
"""

from __future__ import annotations

import json
import math
import re
import string
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debthelp import rate as rate_mod
from debthelp.errors import InputError
from debthelp.messages import MESSAGES
from debthelp.rate import (
    LprTable,
    Payment,
    Schedule,
    compute_rate,
    explain,
    load_lpr_table,
    load_rate_texts,
    lpr_on,
    read_schedule,
    solve_periodic_rate,
)
from tests.util import ROOT

LPR_FILE = ROOT / "data" / "lpr.yaml"
D = date.fromisoformat
_TABLE = load_lpr_table(LPR_FILE)  # for hypothesis tests, which cannot take fixtures

# The rate command's sentences: its part of the one catalogue, and the sentences
# that state the law, in data/rate.yaml.
RATE_TEXTS = load_rate_texts()
RATE_MESSAGES = {key: entry for key, entry in MESSAGES.items() if key.startswith("rate.")} | {
    key: {"zh": entry.text.zh, "en": entry.text.en} for key, entry in RATE_TEXTS.entries.items()
}


@pytest.fixture(scope="module")
def table() -> LprTable:
    return load_lpr_table(LPR_FILE)


def _reference_rate(flows: list[tuple[float, float]]) -> float:
    """Plain bisection on sum(a / (1 + r) ** t) for money-in-then-out flows (NPV rises with r)."""

    def npv(r: float) -> float:
        return math.fsum(a / (1 + r) ** t for t, a in flows)

    lo, hi = -0.99, 10.0
    assert npv(lo) < 0 < npv(hi)
    for _ in range(200):
        mid = (lo + hi) / 2
        if npv(mid) < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _keys(exc: pytest.ExceptionInfo[InputError]) -> str:
    return exc.value.key


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- (1) closed form


@pytest.mark.parametrize(
    ("every", "r", "n", "per_year"),
    [("month", 0.015, 24, 12), ("week", 0.002, 52, 52), ("day", 0.0005, 365, 365)],
)
def test_annuity_closed_form(table: LprTable, every: str, r: float, n: int, per_year: int) -> None:
    amount = 10_000.0
    payment = amount * r / (1 - (1 + r) ** -n)  # the annuity payment, by hand
    result = compute_rate(received=amount, payment=payment, periods=n, every=every, lpr_table=table)
    assert result.periodic_rate == pytest.approx(r, abs=1e-12)
    assert result.apr_percent == pytest.approx(r * per_year * 100, abs=0.01)
    assert result.effective_annual_percent == pytest.approx(
        ((1 + r) ** per_year - 1) * 100, abs=0.01
    )
    assert result.periods_per_year == per_year
    assert result.total_paid == pytest.approx(payment * n)


def test_solver_alone_on_closed_form() -> None:
    r, n, amount = 0.03, 36, 5_000.0
    payment = amount * r / (1 - (1 + r) ** -n)
    flows = [(0.0, amount)] + [(float(k), -payment) for k in range(1, n + 1)]
    assert solve_periodic_rate(flows) == pytest.approx(r, abs=1e-12)


# --------------------------------------------------------------------------- (2) flat fee 等本等息


def test_flat_fee_loan(table: LprTable) -> None:
    # 12,000 over 12 months with a 1% flat monthly fee: 1,000 principal + 120 fee a month.
    flows = [(0.0, 12_000.0)] + [(float(k), -1_120.0) for k in range(1, 13)]
    expected = _reference_rate(flows)
    assert expected == pytest.approx(0.017881, abs=1e-6)  # the widely published ~1.788%/month
    result = compute_rate(received=12_000, payment=1_120, periods=12, lpr_table=table)
    assert result.periodic_rate == pytest.approx(expected, abs=1e-9)
    assert result.apr_percent == pytest.approx(21.46, abs=0.01)  # published: 年化约 21.46%
    assert result.apr_percent == pytest.approx(expected * 12 * 100, abs=1e-6)


# --------------------------------------------------------------------------- (3) the issue's case


def test_issue_case_private_lender(table: LprTable) -> None:
    flows = [(0.0, 8_000.0)] + [(float(k), -1_000.0) for k in range(1, 13)]
    expected = _reference_rate(flows)
    # 8,000 = 1,000 x annuity factor(12, r): r = 6.8653 %/month, 82.38 % a year
    # (checked with 50-digit Decimal bisection too).
    assert expected == pytest.approx(0.0686535, abs=1e-6)
    result = compute_rate(
        received="8,000",
        borrowed=10_000,
        payment=1_000,
        periods=12,
        every="month",
        lender="private",
        signed="2025-06-01",
        lpr_table=table,
    )
    assert result.periodic_rate == pytest.approx(expected, abs=1e-9)
    assert result.apr_percent == pytest.approx(82.38, abs=0.01)
    assert result.effective_annual_percent == pytest.approx(
        ((1 + expected) ** 12 - 1) * 100, abs=0.01
    )
    assert result.upfront_deduction == 2_000
    assert result.total_paid == 12_000
    assert result.total_cost == 4_000
    assert result.lpr_percent == 3.0
    assert result.lpr_from == D("2025-05-20")
    four = result.line("private-4lpr")
    assert four.percent == pytest.approx(12.0)
    assert four.applies is True and four.exceeded is True
    crime = result.line("criminal-36")
    assert (crime.percent, crime.applies, crime.exceeded) == (36.0, True, True)
    assert result.line("small-loan-24").applies is False
    assert result.line("bank-card-court").applies is False
    assert result.notes == ()
    keys = [key for key, _ in explain(result)]
    assert keys[0] == "rate.explain-headline-month"
    assert "rate.explain-deduction" in keys
    assert "rate.line-4lpr-private-over" in keys
    assert "rate.line-crim36-over" in keys
    assert "rate.next-complain-12378" not in keys  # 12378 is for banks, not private lenders
    assert keys.index("rate.explain-deduction") < keys.index("rate.line-4lpr-private-over")


def test_to_json_has_exactly_the_documented_keys(table: LprTable) -> None:
    result = compute_rate(
        received=8_000, payment=1_000, periods=12, lender="private", lpr_table=table
    )
    data = result.to_json()
    assert set(data) == {
        "apr_percent",
        "effective_annual_percent",
        "periodic_rate",
        "periods_per_year",
        "convention",
        "apr_daily_percent",
        "received",
        "borrowed",
        "payment",
        "periods",
        "every",
        "fees",
        "start",
        "end",
        "total_paid",
        "total_cost",
        "upfront_deduction",
        "paid_so_far",
        "lines",
        "lender",
        "signed",
        "signed_from",
        "lpr_percent",
        "lpr_source",
        "lpr_from",
        "notes",
        "principal",
        "last_payment",
        "quoted_rate",
    }
    assert [line["id"] for line in data["lines"]] == [
        "private-4lpr",
        "small-loan-24",
        "criminal-36",
        "bank-card-court",
    ]
    for line in data["lines"]:
        assert set(line) == {
            "id",
            "percent",
            "applies",
            "reason",
            "level",
            "exceeded",
            "source",
            "allowed_payment",
            "allowed_total",
            "above_line",
            "paid_so_far",
            "allowed_so_far",
            "balance_at_most",
        }
    assert set(result.to_json(table=True)) - set(data) == {"schedule", "table_line"}
    assert data["upfront_deduction"] == 0
    json.dumps(data, allow_nan=False)


def test_huge_rate_stays_valid_json(table: LprTable) -> None:
    result = compute_rate(received=1, payment=1e12, periods=1, every="day", lpr_table=table)
    assert result.periodic_rate == pytest.approx(1e12 - 1, rel=1e-9)
    assert math.isinf(result.effective_annual_percent)
    data = result.to_json()
    assert data["effective_annual_percent"] is None
    json.dumps(data, allow_nan=False)


# --------------------------------------------------------------------------- (4) uneven schedules


def test_single_payment_schedule_closed_form(table: LprTable, tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "date,amount\n2025-01-01,1000\n2025-01-31,1100\n")
    result = compute_rate(received=1_000, schedule=path, lpr_table=table)
    daily = 1.1 ** (1 / 30) - 1
    assert result.periodic_rate == pytest.approx(daily, abs=1e-12)
    assert result.apr_percent == pytest.approx(daily * 365 * 100, abs=0.01)  # about 116.0 %
    assert result.periods_per_year == 365
    assert result.every is None and result.payment_count == 1


UNEVEN_CSV = """\
# typed from the app's repayment list
date,amount,note
2025-03-01,5000,received
2025-03-01,200,membership fee

2025-04-01,"2,700.00",
2025-05-01,¥2700,guarantee fee included
"""

UNEVEN_YAML = """\
start: 2025-03-01
received: 5000
payments:
  - {date: 2025-03-01, amount: 200, note: membership fee}
  - date: 2025-04-01
    amount: 2700
  - {date: 2025-05-01, amount: "2,700"}
"""


def test_uneven_schedule_csv_and_yaml_agree(table: LprTable, tmp_path: Path) -> None:
    flows = [(0.0, 5_000.0), (0.0, -200.0), (31.0, -2_700.0), (61.0, -2_700.0)]
    expected = _reference_rate(flows)
    csv_result = compute_rate(
        received=5_000,
        schedule=write(tmp_path, "s.csv", UNEVEN_CSV),
        lender="platform",
        lpr_table=table,
    )
    yaml_result = compute_rate(
        received=5_000,
        schedule=write(tmp_path, "s.yaml", UNEVEN_YAML),
        lender="platform",
        lpr_table=table,
    )
    # Monthly payments: the headline is the monthly IRR x 12, the daily figure beside it.
    monthly = _reference_rate([(0.0, 5_000.0), (0.0, -200.0), (1.0, -2_700.0), (2.0, -2_700.0)])
    for result in (csv_result, yaml_result):
        assert result.convention == "instalment" and result.every == "month"
        assert result.periodic_rate == pytest.approx(monthly, abs=1e-12)
        assert result.apr_percent == pytest.approx(monthly * 12 * 100, abs=1e-9)
        assert result.daily_apr_percent == pytest.approx(expected * 365 * 100, abs=1e-9)
        assert result.total_paid == 5_400  # the first-day row is not repaid: it cut the principal
        assert result.schedule_start == D("2025-03-01")
        assert result.schedule_end == D("2025-05-01")
        assert result.payment_count == 3
    schedule = read_schedule(tmp_path / "s.csv")
    assert [p.note for p in schedule.payments] == ["membership fee", "", "guarantee fee included"]
    assert [p.row for p in schedule.payments] == [4, 6, 7]
    assert schedule.received == 5_000


def test_schedule_in_chinese_header_and_any_order(table: LprTable, tmp_path: Path) -> None:
    text = (
        "日期,金额,备注\n2025-03-01,5000,到账\n2025-05-01,2700\n"
        "2025-03-01,200,会员费\n2025-04-01,2700\n"
    )
    path = write(tmp_path, "s.txt", text)
    result = compute_rate(received=5_000, schedule=path, lpr_table=table)
    flows = [(0.0, 5_000.0), (0.0, -200.0), (31.0, -2_700.0), (61.0, -2_700.0)]
    assert result.daily_apr_percent == pytest.approx(_reference_rate(flows) * 36500, abs=1e-9)


def test_schedule_object_without_a_file(table: LprTable) -> None:
    plan = Schedule(D("2025-01-01"), (Payment(D("2025-02-01"), 1_100, "", 2),))
    result = compute_rate(received=1_000, schedule=plan, lpr_table=table)
    assert result.periodic_rate == pytest.approx(1.1 ** (1 / 31) - 1, abs=1e-12)


def test_schedule_of_ten_thousand_rows(table: LprTable, tmp_path: Path) -> None:
    start = D("2000-01-01")
    rows = [f"{(start + timedelta(days=k)).isoformat()},1" for k in range(1, 10_001)]
    path = write(tmp_path, "s.csv", "date,amount\n2000-01-01,5000\n" + "\n".join(rows) + "\n")
    result = compute_rate(received=5_000, schedule=path, lpr_table=table)
    assert result.payment_count == 10_000 and result.periodic_rate > 0
    path.write_text(path.read_text() + "2030-01-01,1\n")
    with pytest.raises(InputError) as exc:
        read_schedule(path)
    assert _keys(exc) == "rate.schedule-too-many-rows"


# --------------------------------------------------------------------------- (5) the LPR table

TABLE_1 = [  # shared/lpr-history.md, Table 1
    ("2019-08-20", 4.25),
    ("2019-09-20", 4.20),
    ("2019-11-20", 4.15),
    ("2020-02-20", 4.05),
    ("2020-04-20", 3.85),
    ("2021-12-20", 3.80),
    ("2022-01-20", 3.70),
    ("2022-08-22", 3.65),
    ("2023-06-20", 3.55),
    ("2023-08-21", 3.45),
    ("2024-07-22", 3.35),
    ("2024-10-21", 3.10),
    ("2025-05-20", 3.00),
]


def test_table_is_table_1(table: LprTable) -> None:
    assert [(f.start.isoformat(), f.one_year) for f in table.fixings] == TABLE_1
    assert table.last_fixing == D("2026-09-20")
    assert table.confirmed_through == D("2026-10-19")
    for fixing in table.fixings:
        assert ";" in fixing.source  # at least two sources named


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2019-08-19", None),  # no LPR before the first fixing
        ("2019-08-20", 4.25),
        ("2019-09-19", 4.25),
        ("2019-09-20", 4.20),
        ("2020-08-19", 3.85),
        ("2021-02-20", 3.85),
        ("2022-08-21", 3.70),
        ("2022-08-22", 3.65),
        ("2024-10-20", 3.35),
        ("2024-10-21", 3.10),
        ("2025-04-21", 3.10),  # the April 2025 fixing left it at 3.10
        ("2025-05-19", 3.10),
        ("2025-05-20", 3.00),
        ("2026-09-20", 3.00),
        ("2026-10-19", 3.00),  # last confirmed day
        ("2026-10-20", None),  # October 2026 fixing not confirmed
        ("2030-01-01", None),
    ],
)
def test_lpr_on(table: LprTable, day: str, expected: float | None) -> None:
    fixing = lpr_on(table, D(day))
    assert (fixing.one_year if fixing else None) == expected


def _four(table: LprTable, **kwargs: Any) -> tuple[Any, tuple[str, ...]]:
    args: dict[str, Any] = {"received": 8_000, "payment": 1_000, "periods": 12, "lpr_table": table}
    result = compute_rate(**(args | kwargs))
    line = result.line("private-4lpr")
    return line.percent, result.notes


@pytest.mark.parametrize(
    ("kwargs", "percent", "notes"),
    [
        ({"lender": "private", "signed": "2025-05-19"}, 12.4, ()),
        ({"lender": "private", "signed": "2025-05-20"}, 12.0, ("rate.note-signed-on-change-day",)),
        ({"lender": "private", "signed": "2026-10-19"}, 12.0, ()),
        ({"lender": "private", "signed": "2026-10-20"}, None, ("rate.note-lpr-unconfirmed",)),
        ({"lender": "private", "signed": "2026-10-20", "lpr": "3.05%"}, 12.2, ()),
        ({"lender": "private"}, None, ("rate.note-need-signed",)),
        ({"lender": "private", "lpr": 3.1}, 12.4, ()),
        ({"lender": "private", "signed": "2020-08-19"}, None, ("rate.note-transitional",)),
        ({"lender": "private", "signed": "2020-08-20"}, 15.4, ()),
        (
            {"lender": "private", "signed": "2019-01-01"},
            None,
            ("rate.note-transitional", "rate.note-before-lpr"),
        ),
        ({"lender": "unknown"}, None, ("rate.note-need-signed",)),
        ({"lender": "platform", "signed": "2025-01-01"}, 12.4, ()),
        ({"lender": "bank"}, None, ()),  # not asked for: the 4x line does not concern banks
        ({"lender": "consumer-finance", "signed": "2026-12-01"}, None, ()),
        ({"lender": "small-loan", "signed": "2025-06-01"}, 12.0, ()),
    ],
)
def test_four_lpr_line_and_notes(
    table: LprTable, kwargs: dict[str, Any], percent: float | None, notes: tuple[str, ...]
) -> None:
    got_percent, got_notes = _four(table, **kwargs)
    assert got_percent == (None if percent is None else pytest.approx(percent))
    assert got_notes == notes


@pytest.mark.parametrize(
    ("lender", "signed", "applies"),
    [
        (
            "private",
            None,
            {
                "private-4lpr": True,
                "small-loan-24": False,
                "criminal-36": True,
                "bank-card-court": False,
            },
        ),
        (
            "bank",
            None,
            {
                "private-4lpr": False,
                "small-loan-24": False,
                "criminal-36": False,
                "bank-card-court": None,
            },
        ),
        (
            "credit-card",
            None,
            {
                "private-4lpr": False,
                "small-loan-24": False,
                "criminal-36": False,
                "bank-card-court": True,
            },
        ),
        (
            "consumer-finance",
            None,
            {
                "private-4lpr": False,
                "small-loan-24": False,
                "criminal-36": False,
                "bank-card-court": False,
            },
        ),
        (
            "small-loan",
            "2026-02-01",
            {
                "private-4lpr": False,
                "small-loan-24": True,
                "criminal-36": False,
                "bank-card-court": False,
            },
        ),
        (
            "small-loan",
            "2025-12-31",
            {
                "private-4lpr": False,
                "small-loan-24": False,
                "criminal-36": False,
                "bank-card-court": False,
            },
        ),
        (
            "platform",
            None,
            {
                "private-4lpr": None,
                "small-loan-24": None,
                "criminal-36": None,
                "bank-card-court": False,
            },
        ),
        (
            "unknown",
            None,
            {
                "private-4lpr": None,
                "small-loan-24": None,
                "criminal-36": None,
                "bank-card-court": None,
            },
        ),
    ],
)
def test_which_lines_apply(
    table: LprTable, lender: str, signed: str | None, applies: dict[str, bool | None]
) -> None:
    result = compute_rate(
        received=8_000, payment=1_000, periods=12, lender=lender, signed=signed, lpr_table=table
    )
    assert {line.id: line.applies for line in result.lines} == applies
    assert result.line("small-loan-24").exceeded is True  # compared with the APR, 82.38 %
    assert result.line("bank-card-court").percent is None


def test_rate_on_a_line_is_not_over_it(table: LprTable) -> None:
    r = 0.01  # exactly 12 % a year
    payment = 1_000 * r / (1 - (1 + r) ** -12)
    result = compute_rate(
        received=1_000, payment=payment, periods=12, lender="private", lpr=3, lpr_table=table
    )
    assert result.apr_percent == pytest.approx(12.0, abs=1e-9)
    assert result.line("private-4lpr").exceeded is False


# --------------------------------------------------------------------------- below and at zero


def test_paying_back_less_is_negative_not_a_crash(table: LprTable) -> None:
    flows = [(0.0, 1_000.0)] + [(float(k), -50.0) for k in range(1, 13)]
    result = compute_rate(
        received=1_000,
        payment=50,
        periods=12,
        lender="private",
        signed="2025-06-01",
        lpr_table=table,
    )
    assert result.periodic_rate == pytest.approx(_reference_rate(flows), abs=1e-9)
    assert result.apr_percent < 0 and result.total_cost == -400
    assert "rate.note-repaid-less" in result.notes
    assert all(line.exceeded in (False, None) for line in result.lines)
    assert "rate.note-repaid-less" in [key for key, _ in explain(result)]


def test_paying_back_exactly_is_zero(table: LprTable) -> None:
    result = compute_rate(received=1_200, payment=100, periods=12, lpr_table=table)
    assert result.periodic_rate == 0 and result.apr_percent == 0
    assert result.effective_annual_percent == 0
    assert "rate.note-no-cost" in result.notes


# --------------------------------------------------------------------------- (6) bad input

GOOD: dict[str, Any] = {"received": 8_000, "payment": 1_000, "periods": 12}


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"received": 0}, "rate.amount-not-positive"),
        ({"received": -1}, "rate.amount-not-positive"),
        ({"received": "-8000"}, "rate.amount-not-positive"),
        ({"received": float("nan")}, "rate.amount-bad"),
        ({"received": "nan"}, "rate.amount-bad"),
        ({"received": float("inf")}, "rate.amount-bad"),
        ({"received": "1e400"}, "rate.amount-bad"),
        ({"received": "eight thousand"}, "rate.amount-bad"),
        ({"received": True}, "rate.amount-bad"),
        ({"received": None}, "rate.amount-bad"),
        ({"received": 10**400}, "rate.amount-bad"),
        ({"received": 1e12 + 1}, "rate.amount-too-large"),
        ({"payment": 0}, "rate.amount-not-positive"),
        ({"payment": float("-inf")}, "rate.amount-bad"),
        ({"payment": 2e12}, "rate.amount-too-large"),
        ({"borrowed": "abc"}, "rate.amount-bad"),
        ({"borrowed": 0}, "rate.amount-not-positive"),
        ({"borrowed": 7_999}, "rate.borrowed-below-received"),
        ({"periods": 0}, "rate.periods-out-of-range"),
        ({"periods": -3}, "rate.periods-out-of-range"),
        ({"periods": 10_001}, "rate.periods-out-of-range"),
        ({"periods": 1.5}, "rate.periods-bad"),
        ({"periods": "12.5"}, "rate.periods-bad"),
        ({"periods": "twelve"}, "rate.periods-bad"),
        ({"periods": float("nan")}, "rate.periods-bad"),
        ({"periods": True}, "rate.periods-bad"),
        ({"every": "year"}, "rate.every-bad"),
        ({"every": ""}, "rate.every-bad"),
        ({"every": 12}, "rate.every-bad"),
        ({"lender": "loan-shark"}, "rate.lender-bad"),
        ({"lender": None}, "rate.lender-bad"),
        ({"signed": "2025-13-01"}, "rate.date-bad"),
        ({"signed": "2025-02-30"}, "rate.date-bad"),
        ({"signed": "2025/06/31"}, "rate.date-bad"),
        ({"signed": "2025年6月"}, "rate.date-bad"),
        ({"signed": "20250601"}, "rate.date-bad"),
        ({"signed": "yesterday"}, "rate.date-bad"),
        ({"signed": 20250601}, "rate.date-bad"),
        ({"lpr": 0}, "rate.lpr-bad"),
        ({"lpr": 100}, "rate.lpr-bad"),
        ({"lpr": 0.49}, "rate.lpr-bad"),
        ({"lpr": "10.01%"}, "rate.lpr-bad"),
        ({"lpr": 12}, "rate.lpr-bad"),
        ({"lpr": -3}, "rate.lpr-bad"),
        ({"lpr": float("nan")}, "rate.lpr-bad"),
        ({"lpr": "three"}, "rate.lpr-bad"),
        ({"payment": None}, "rate.need-payment"),
        ({"periods": None}, "rate.need-periods"),
        ({"payment": None, "periods": None}, "rate.need-payment-or-schedule"),
        ({"schedule": Schedule(D("2025-01-01"), ())}, "rate.payment-and-schedule"),
    ],
)
def test_bad_input(table: LprTable, changes: dict[str, Any], key: str) -> None:
    with pytest.raises(InputError) as exc:
        compute_rate(**(GOOD | changes), lpr_table=table)
    assert _keys(exc) == key
    assert key in RATE_MESSAGES


def test_amount_at_the_limit_is_fine(table: LprTable) -> None:
    result = compute_rate(received=1e12, payment=1e11, periods=12, lpr_table=table)
    assert result.periodic_rate > 0
    result = compute_rate(
        received=1_000, payment=0.01, periods=10_000, every="day", lpr_table=table
    )
    assert result.periodic_rate < 0


BAD_SCHEDULES: list[Any] = [
    ("s.csv", "", "rate.schedule-empty", {}),
    ("s.csv", "  \n\n", "rate.schedule-empty", {}),
    ("s.csv", "# only a comment\n", "rate.schedule-empty", {}),
    ("s.csv", "when,how much\n2025-01-01,1000\n", "rate.schedule-bad-header", {}),
    ("s.csv", "date，amount\n", "rate.schedule-bad-header", {}),
    ("s.csv", "date,amount\n", "rate.schedule-no-payments", {}),
    ("s.csv", "date,amount\n2025-01-01,1000\n", "rate.schedule-no-payments", {}),
    ("s.csv", "date,amount\n2025-01-01,1000\n2025-02-01\n", "rate.schedule-bad-row", {"row": 3}),
    (
        "s.csv",
        "date,amount\n2025-01-01,1000\n2025-02-01,5,x\n",
        "rate.schedule-bad-row",
        {"row": 3},
    ),
    (
        "s.csv",
        "date,amount\n2025-01-01,1000\n\n2025-2-30,1100\n",
        "rate.schedule-date-bad",
        {"row": 4},
    ),
    (
        "s.csv",
        "date,amount\n2025-01-01,1000\n2025-02-30,1100\n",
        "rate.schedule-date-bad",
        {"row": 3},
    ),
    (
        "s.csv",
        "date,amount\n2025-01-01,abc\n2025-02-01,1100\n",
        "rate.schedule-amount-bad",
        {"row": 2},
    ),
    (
        "s.csv",
        "date,amount\n2025-01-01,1000\n2025-02-01,nan\n",
        "rate.schedule-amount-bad",
        {"row": 3},
    ),
    (
        "s.csv",
        "date,amount\n2025-01-01,1000\n2025-02-01,-5\n",
        "rate.schedule-amount-not-positive",
        {"row": 3},
    ),
    (
        "s.csv",
        "date,amount\n2025-01-01,1000\n2025-02-01,0\n",
        "rate.schedule-amount-not-positive",
        {"row": 3},
    ),
    (
        "s.csv",
        "date,amount\n2025-01-01,1000\n2025-02-01,1e13\n",
        "rate.schedule-amount-too-large",
        {"row": 3},
    ),
    (
        "s.csv",
        "date,amount\n2025-01-01,1000\n2025-02-01,600\n2024-12-31,600\n",
        "rate.schedule-before-start",
        {"row": 4, "date": "2024-12-31", "start": "2025-01-01"},
    ),
    ("s.yaml", "# nothing\n", "rate.schedule-empty", {}),
    ("s.yaml", "- 1\n- 2\n", "rate.schedule-yaml-shape", {}),
    ("s.yaml", "start: 2025-01-01\npayments: 5\n", "rate.schedule-yaml-shape", {}),
    ("s.yaml", "payments: []\n", "rate.schedule-no-start", {}),
    ("s.yaml", "start: 2025-01-01\n", "rate.schedule-no-payments", {}),
    ("s.yaml", "start: 2025-01-01\npayments: []\n", "rate.schedule-no-payments", {}),
    (
        "s.yaml",
        "start: 2025-1-32\npayments:\n- {date: 2025-02-01, amount: 1}\n",
        "rate.schedule-date-bad",
        {"row": 1},
    ),
    (
        "s.yaml",
        "start: 2025-01-01\nrecieved: 5\npayments: []\n",
        "rate.schedule-unknown-key",
        {"row": 2},
    ),
    (
        "s.yaml",
        "start: 2025-01-01\npayments:\n- {date: 2025-02-01, amount: 1}\n- {date: 2025-03-01}\n",
        "rate.schedule-bad-item",
        {"row": 4},
    ),
    (
        "s.yaml",
        "start: 2025-01-01\npayments:\n- 2025-02-01\n",
        "rate.schedule-bad-item",
        {"row": 2},
    ),
    (
        "s.yaml",
        "start: 2025-01-01\npayments:\n- {date: 2025-02-01, amount: 1, fee: 2}\n",
        "rate.schedule-unknown-key",
        {"row": 3},
    ),
    (
        "s.yaml",
        "start: 2025-01-01\npayments:\n- date: 2025-02-01\n  amount: true\n",
        "rate.schedule-amount-bad",
        {"row": 4},
    ),
    (
        "s.yaml",
        "start: 2025-01-01\npayments:\n- date: 2024-02-01\n  amount: 5\n",
        "rate.schedule-before-start",
        {"row": 3},
    ),
    ("s.yaml", "start: [2025-01-01\n", "rate.schedule-yaml-syntax", {}),
    (
        "s.yaml",
        "start: 2025-01-01\npayments:\n- &p {date: 2025-02-01, amount: 1}\n- *p\n",
        "rate.schedule-yaml-alias",
        {},
    ),
    (
        "s.yaml",
        "start: 2025-01-01\nstart: 2025-01-02\n",
        "rate.schedule-yaml-duplicate-key",
        {},
    ),
]


@pytest.mark.parametrize(("name", "text", "key", "params"), BAD_SCHEDULES)
def test_bad_schedule_file(
    tmp_path: Path, name: str, text: str, key: str, params: dict[str, Any]
) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(InputError) as exc:
        read_schedule(path)
    assert _keys(exc) == key
    assert exc.value.params["path"] == str(path)
    for param, value in params.items():
        assert exc.value.params[param] == value
    assert key in RATE_MESSAGES


def test_schedule_file_missing_dir_not_utf8(tmp_path: Path) -> None:
    cases = [
        (tmp_path / "nope.csv", "rate.schedule-file-missing"),
        (tmp_path, "rate.schedule-file-is-dir"),
    ]
    neither = tmp_path / "neither.csv"  # bytes that are neither UTF-8 nor GB18030
    neither.write_bytes(b"date,amount\n2025-01-01,1000\xff\n")
    cases.append((neither, "rate.schedule-file-not-text"))
    for path, key in cases:
        with pytest.raises(InputError) as exc:
            read_schedule(path)
        assert _keys(exc) == key


def test_schedule_with_excel_bom(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes("\ufeffdate,amount\n2025-01-01,1000\n2025-02-01,1100\n".encode())
    assert read_schedule(path).start == D("2025-01-01")


@pytest.mark.parametrize(
    ("text", "received", "key"),
    [
        ("date,amount\n2025-01-01,1000\n2025-02-01,1100\n", 999, "rate.schedule-received-mismatch"),
        ("date,amount\n2025-01-01,1000\n2025-01-01,1100\n", 1000, "rate.schedule-all-on-start"),
        (
            "date,amount\n2025-01-01,1000\n2025-01-01,1000\n2025-02-01,5\n",
            1000,
            "rate.schedule-repaid-on-start",
        ),
    ],
)
def test_schedule_that_cannot_have_a_rate(
    table: LprTable, tmp_path: Path, text: str, received: float, key: str
) -> None:
    with pytest.raises(InputError) as exc:
        compute_rate(received=received, schedule=write(tmp_path, "s.csv", text), lpr_table=table)
    assert _keys(exc) == key


def test_first_csv_row_forgotten_is_caught(table: LprTable, tmp_path: Path) -> None:
    # Someone types only the payments: the first payment is taken as the money received.
    path = write(tmp_path, "s.csv", "date,amount\n2025-02-01,1000\n2025-03-01,1000\n")
    with pytest.raises(InputError) as exc:
        compute_rate(received=8_000, schedule=path, lpr_table=table)
    assert _keys(exc) == "rate.schedule-received-mismatch"


@pytest.mark.parametrize(
    ("flows", "key"),
    [
        ([], "rate.solve-one-sided"),
        ([(0, 100.0), (1, 50.0)], "rate.solve-one-sided"),
        ([(0, 100.0), (0, -150.0)], "rate.solve-no-root"),
        ([(0, 100.0), (float("nan"), -150.0)], "rate.solve-bad-flow"),
        ([(-1, 100.0), (1, -150.0)], "rate.solve-bad-flow"),
        ([(0, 100.0), (1, float("inf"))], "rate.solve-bad-flow"),
    ],
)
def test_solver_says_why(flows: list[tuple[float, float]], key: str) -> None:
    with pytest.raises(InputError) as exc:
        solve_periodic_rate(flows)
    assert _keys(exc) == key
    assert key in RATE_MESSAGES


def test_solver_unusual_shapes() -> None:
    # Money out first and back later (a deposit): the same rate, seen from the other side.
    assert solve_periodic_rate([(0, -100.0), (1, 110.0)]) == pytest.approx(0.10, abs=1e-12)
    # Fractional times and a payment on day 0 are fine.
    r = solve_periodic_rate([(0, 100.0), (0, -10.0), (0.5, -50.0), (1.5, -50.0)])
    assert 90 - 50 / (1 + r) ** 0.5 - 50 / (1 + r) ** 1.5 == pytest.approx(0, abs=1e-9)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "changes: []\nlast_fixing: 2026-09-20\nconfirmed_through: 2026-10-19\n",
            ("changes", "v-empty-list"),
        ),
        (
            "last_fixing: 2026-09-20\nchanges:\n"
            "- {from: 2019-08-20, one_year: 4.25, source: a; b}\n",
            ("confirmed_through", "v-not-date"),
        ),
        (
            "last_fixing: 2026-09-20\nconfirmed_through: 2026-10-19\nchanges:\n"
            "- {from: 2020-01-01, one_year: 4, source: x}\n"
            "- {from: 2019-01-01, one_year: 4, source: x}\n",
            ("changes[2].from", "rate.lpr-v-order"),
        ),
        (
            "last_fixing: 2026-09-20\nconfirmed_through: 2026-10-19\nchanges:\n"
            "- {from: 2020-01-01, one_year: '4', source: x}\n",
            ("changes[1].one_year", "rate.lpr-v-percent"),
        ),
        (
            "last_fixing: 2026-09-20\nconfirmed_through: 2026-09-19\nchanges:\n"
            "- {from: 2020-01-01, one_year: 4, source: x}\n",
            ("confirmed_through", "rate.lpr-v-confirmed-early"),
        ),
        ("- 1\n", ("lpr.yaml", "v-not-mapping")),
        ("a: [\n", ("lpr.yaml", "yaml-syntax")),
    ],
)
def test_broken_lpr_table(tmp_path: Path, text: str, problem: tuple[str, str]) -> None:
    with pytest.raises(InputError) as exc:
        load_lpr_table(write(tmp_path, "lpr.yaml", text))
    assert _keys(exc) == "rate.lpr-table-invalid"
    assert problem in [(p.where, p.key) for p in exc.value.problems]  # type: ignore[attr-defined]
    # every problem is a catalogue sentence, in both languages
    for p in exc.value.problems:  # type: ignore[attr-defined]
        assert p.key in MESSAGES, p


def test_broken_lpr_table_lists_every_problem_at_once(tmp_path: Path) -> None:
    text = (
        "extra: 1\nlast_fixing: nope\nconfirmed_through: 2026-10-19\nchanges:\n"
        "- {from: 2020-01-01, one_year: 400, source: ''}\n"
        "- 7\n"
    )
    with pytest.raises(InputError) as exc:
        load_lpr_table(write(tmp_path, "lpr.yaml", text))
    found = {(p.where, p.key) for p in exc.value.problems}  # type: ignore[attr-defined]
    assert found == {
        ("extra", "v-unknown-key"),
        ("last_fixing", "v-not-date"),
        ("changes[1].one_year", "rate.lpr-v-percent"),
        ("changes[1].source", "rate.lpr-v-source"),
        ("changes[2]", "v-not-mapping"),
    }


def test_missing_lpr_table(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        load_lpr_table(tmp_path / "none.yaml")
    assert _keys(exc) == "rate.lpr-table-invalid"


# --------------------------------------------------------------------------- (7) properties


def _npv_is_zero(flows: list[tuple[float, float]], r: float) -> bool:
    """sum(a (1+r)^-t) == 0 relative to the size of its terms; in logs, so nothing overflows."""
    log_growth = math.log1p(r)
    powers = [-t * log_growth for t, _ in flows]
    top = max(powers)
    terms = [a * math.exp(p - top) for (_, a), p in zip(flows, powers, strict=True)]
    return abs(math.fsum(terms)) <= 1e-8 * math.fsum(abs(x) for x in terms)


def _check_property(
    flows: list[tuple[float, float]], received: float, total: float, r: float
) -> None:
    assert math.isfinite(r) and r >= -1
    relative = (total - received) / (total + received)
    if abs(relative) <= 2e-12:
        assert abs(r) < 1e-9
        return
    assert (r > 0) == (relative > 0)
    if 1 + r >= 1e-3:  # nearer -1 the rate itself cannot hold the precision
        assert _npv_is_zero(flows, r)


money = st.floats(min_value=0.01, max_value=1e7, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    received=money,
    payment=money,
    periods=st.integers(min_value=1, max_value=600),
    every=st.sampled_from(["month", "week", "day"]),
)
def test_property_equal_instalments(
    received: float, payment: float, periods: int, every: str
) -> None:
    result = compute_rate(
        received=received, payment=payment, periods=periods, every=every, lpr_table=_TABLE
    )
    flows = [(0.0, received)] + [(float(k), -payment) for k in range(1, periods + 1)]
    _check_property(flows, received, payment * periods, result.periodic_rate)
    assert result.apr_percent == pytest.approx(result.periodic_rate * result.periods_per_year * 100)
    for key, params in explain(result):  # every explanation renders in both languages
        for lang in ("zh", "en"):
            RATE_MESSAGES[key][lang].format(**params)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    received=money,
    start=st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)),
    rows=st.lists(
        st.tuples(st.integers(min_value=0, max_value=3650), money), min_size=1, max_size=40
    ),
)
def test_property_schedule(received: float, start: date, rows: list[tuple[int, float]]) -> None:
    plan = Schedule(
        start, tuple(Payment(start + timedelta(days=d), a, "", i) for i, (d, a) in enumerate(rows))
    )
    same_day = math.fsum(a for d, a in rows if d == 0)
    try:
        result = compute_rate(received=received, schedule=plan, lpr_table=_TABLE)
    except InputError as exc:  # reported, not a crash
        assert exc.key in ("rate.schedule-all-on-start", "rate.schedule-repaid-on-start")
        assert all(d == 0 for d, _ in rows) or same_day >= received
        return
    flows = [(0.0, received)] + [(float(d), -a) for d, a in rows]
    if result.convention == "daily":
        assert result.periods_per_year == 365
        daily = result.periodic_rate
    else:
        # Payments that happen to fall at a regular interval are counted as
        # instalments (issue 12); the daily-IRR figure beside the headline must
        # still be the rate on actual days.
        assert result.periods_per_year in (12, 26, 52)
        assert result.daily_apr_percent is not None
        daily = result.daily_apr_percent / 100 / 365
    _check_property(flows, received, math.fsum(a for _, a in rows), daily)


def test_property_schedule_regular_by_chance() -> None:
    # Found by hypothesis: two payments 5 and 12 days after the start look weekly.
    test_property_schedule.hypothesis.inner_test(  # type: ignore[attr-defined]
        received=1.0, start=date(2015, 1, 1), rows=[(5, 1.0), (12, 1.0)]
    )
    test_property_schedule.hypothesis.inner_test(  # type: ignore[attr-defined]
        received=1001001.0, start=date(2015, 1, 1), rows=[(5, 1.0), (12, 1.0)]
    )


# --------------------------------------------------------------------------- explain, messages

LENDER_CASES = [
    (lender, signed, lpr)
    for lender in rate_mod.LENDERS
    for signed, lpr in [
        (None, None),
        ("2025-06-01", None),
        ("2025-05-20", None),
        ("2026-11-01", None),
        ("2026-11-01", 3.0),
        ("2019-01-01", None),
        ("2026-03-01", None),
    ]
]


@pytest.mark.parametrize(("lender", "signed", "lpr"), LENDER_CASES)
@pytest.mark.parametrize("loan", [(1_000, 10_000), (700, None), (50, None)])
def test_explain_renders_everywhere(
    table: LprTable,
    lender: str,
    signed: str | None,
    lpr: float | None,
    loan: tuple[float, float | None],
) -> None:
    payment, borrowed = loan
    result = compute_rate(
        received=8_000,
        payment=payment,
        periods=12,
        borrowed=borrowed,
        lender=lender,
        signed=signed,
        lpr=lpr,
        lpr_table=table,
    )
    steps = explain(result)
    keys = [key for key, _ in steps]
    assert len(keys) == len(set(keys))
    for note in result.notes:  # every note reaches the reader
        assert note in keys
    for key, params in steps:
        for lang in ("zh", "en"):
            text = RATE_MESSAGES[key][lang].format(**params)
            assert "{" not in text and "None" not in text
    assert keys[-2:] == ["rate.next-lawyer-12348", "rate.explain-estimate"]
    complain = "rate.next-complain-12378" in keys
    assert complain == (lender in ("bank", "credit-card", "consumer-finance"))


def test_explain_schedule_headline(table: LprTable, tmp_path: Path) -> None:
    result = compute_rate(
        received=5_000, schedule=write(tmp_path, "s.yaml", UNEVEN_YAML), lpr_table=table
    )
    key, params = explain(result)[0]
    assert key == "rate.explain-headline-schedule"
    assert (
        params["start"] == "2025-03-01" and params["end"] == "2025-05-01" and params["count"] == 3
    )
    keys = [k for k, _ in explain(result)]
    assert "rate.explain-regular-month" in keys and "rate.explain-basis" in keys


def test_headline_matches_the_issue_wording(table: LprTable) -> None:
    result = compute_rate(received=8_000, payment=1_000, periods=12, lpr_table=table)
    key, params = explain(result)[0]
    text = RATE_MESSAGES[key]["zh"].format(**params)
    assert text.startswith(
        "你实际能用的钱是 8,000.00 元，按月还 1,000.00 元、共 12 期，折算年化利率约 82.38%"
    )


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_is_bilingual_with_the_same_placeholders() -> None:
    for key, entry in RATE_MESSAGES.items():
        assert key.startswith("rate.")
        assert set(entry) == {"zh", "en"}, key
        assert entry["zh"].strip() and entry["en"].strip(), key
        assert _placeholders(entry["zh"]) == _placeholders(entry["en"]), key
        assert re.search(r"[\u4e00-\u9fff]", entry["zh"]), key


def test_only_the_allowed_phone_numbers() -> None:
    for entry in RATE_MESSAGES.values():
        for text in entry.values():
            for number in re.findall(r"(?<![\d.])(?:1[12]\d|1\d{4}|9\d{4})(?![\d.])", text):
                assert number in {"110", "12378", "12348"}, text


def test_every_key_the_code_can_raise_has_a_message() -> None:
    # The core raises and explains; the report and the prompts word the rest.
    # Every key is written out in full in the source (no key is built from pieces),
    # so a plain scan finds them all.
    src = ROOT / "src" / "debthelp"
    files = [*sorted((src / "rate").glob("*.py")), *sorted((src / "render").glob("*.py"))]
    files += sorted((src / "wizard").glob("*.py"))
    source = "".join(file.read_text(encoding="utf-8") for file in files)
    keys = set(re.findall(r'"(rate\.[a-z0-9-]+)"', source)) - {"rate.yaml"}
    assert all(not key.endswith("-") for key in keys)
    # The file readers' keys, worded for a schedule (test_messages checks that the
    # table covers every key yamlio and textfile raise).
    from debthelp.rate.schedule import _FILE_KEYS

    keys |= set(_FILE_KEYS.values())
    missing = sorted(keys - set(RATE_MESSAGES))
    assert not missing
    unused = sorted(k for k in set(RATE_MESSAGES) - keys)
    assert not unused


def test_never_calls_24_or_36_the_private_lending_cap() -> None:
    for key, entry in RATE_MESSAGES.items():
        if "24%" in entry["zh"] or "36%" in entry["zh"]:
            assert "民间借贷的上限" not in entry["zh"] or "过时" in entry["zh"], key


# --------------------------------------------------------------------------- data/rate.yaml


RATE_YAML = ROOT / "data" / "rate.yaml"


def _declared() -> set[str]:
    from debthelp.guidance import load_guidance

    return set(load_guidance().sources)


def test_shipped_rate_texts_validate_against_the_guidance() -> None:
    texts = load_rate_texts(RATE_YAML, sources=_declared())
    assert set(texts.entries) == rate_mod.texts.REQUIRED_IDS  # type: ignore[attr-defined]


def test_rate_texts_validator_reports_every_problem_at_once(tmp_path: Path) -> None:
    from debthelp.errors import InvalidDataError

    shipped = RATE_YAML.read_text(encoding="utf-8")
    broken = (
        shipped.replace(  # a broken entry: not a mapping
            "texts:\n", "texts:\n  - just a sentence\n", 1
        )
        .replace(  # an undeclared source
            '- id: rate.next-lawyer-12348\n    source: ["3-7"]',
            '- id: rate.next-lawyer-12348\n    source: ["9z-99"]',
        )
        .replace(  # a U source (the fact sheet marks 1b-7 U, so the guidance never declares it)
            '- id: rate.line-sl24-under\n    source: ["1b-4"]',
            '- id: rate.line-sl24-under\n    source: ["1b-7"]',
        )
    )
    lines = broken.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("  - id: rate.explain-basis\n"))
    en = next(i for i in range(at, len(lines)) if lines[i].startswith("    en: "))
    del lines[en]  # a missing language
    path = write(tmp_path, "rate.yaml", "".join(lines))
    with pytest.raises(InvalidDataError) as exc:
        load_rate_texts(path, sources=_declared())
    assert exc.value.key == "rate-texts-invalid"
    found = {(p.where, p.key) for p in exc.value.problems}
    assert found == {
        ("texts[0]", "v-not-mapping"),
        ("rate.next-lawyer-12348.source", "v-unknown-source"),
        ("rate.line-sl24-under.source", "v-unknown-source"),
        ("rate.explain-basis.en", "v-empty-lang"),
    }
    lines_of = {p.where: p.line for p in exc.value.problems}
    assert lines_of["rate.explain-basis.en"] > 0


def test_rate_texts_validator_checks_shape(tmp_path: Path) -> None:
    from debthelp.errors import InvalidDataError

    text = (
        "format: 2\nextra: 1\ntexts:\n"
        "  - {id: Bad Id, source: ['1a-1'], zh: 甲, en: A}\n"
        "  - {id: rate.not-used, source: [], zh: '{x}', en: '{y}', colour: red}\n"
    )
    with pytest.raises(InvalidDataError) as exc:
        load_rate_texts(write(tmp_path, "rate.yaml", text))
    found = {(p.where, p.key) for p in exc.value.problems}
    assert {
        ("format", "v-format"),
        ("extra", "v-unknown-key"),
        ("Bad Id.id", "v-rate-id"),
        ("rate.not-used.id", "v-rate-unused"),
        ("rate.not-used.colour", "v-unknown-key"),
        ("rate.not-used.source", "v-empty-list"),
        ("rate.not-used.en", "v-placeholders"),
        ("texts", "v-rate-missing"),
    } <= found
    for p in exc.value.problems:  # every problem is worded in both languages
        assert p.key in MESSAGES


def test_rate_texts_refuse_yaml_tricks(tmp_path: Path) -> None:
    from debthelp.errors import InvalidDataError

    with pytest.raises(InvalidDataError) as exc:
        load_rate_texts(write(tmp_path, "rate.yaml", "a: &x 1\nb: *x\n"))
    assert [p.key for p in exc.value.problems] == ["yaml-alias"]


def test_a_sentence_lives_in_one_place() -> None:
    assert not set(RATE_TEXTS.entries) & set(MESSAGES)
