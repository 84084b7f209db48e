"""Each finding of the numbers check (shared/reviews/2026-12-numbers-check.md, issue 22),
with the review's own example, as a regular test.

M1-M5, M9-M11 and the daily-rate, card and hostile-pass items fail on the code
the review checked (d650317); M6-M8 are conventions the README now names, and
their tests pin the documented behaviour.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.cli import app

ROOT = Path(__file__).resolve().parents[2]
SIGNED = ("--lender", "private", "--signed", "2026-03-01", "--lpr", "3")


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def rate_json(*args: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(run("rate", *args, "--format", "json").stdout)
    return data


def line(data: dict[str, Any], line_id: str) -> dict[str, Any]:
    return next(x for x in data["lines"] if x["id"] == line_id)


# --------------------------------------------------------------------------- M1


def test_m1_a_fee_is_not_counted_twice() -> None:
    week = ("--payment", "1000", "--periods", "1", "--every", "week", *SIGNED)
    fee = rate_json("--received", "1000", "--fee", "300", *week)
    net = rate_json("--received", "700", "--borrowed", "1000", *week)
    assert line(fee, "private-4lpr")["above_line"] == 298.38
    assert line(net, "private-4lpr")["above_line"] == 298.38
    assert fee["total_cost"] == net["total_cost"] == 300.0
    assert fee["principal"] == net["principal"] == 700.0
    for key in ("received", "borrowed", "fees"):
        fee.pop(key), net.pop(key)
    assert fee == net


def test_m1_the_readme_example_above_the_line() -> None:
    data = rate_json(
        "--received", "10000", "--monthly-rate", "1.5%", "--fee", "300", "--periods", "12",
        "--signed", "2026-03-01", "--paid", "3",
    )  # fmt: skip
    four = line(data, "private-4lpr")
    assert data["total_paid"] == 11_800.0  # 11 x 983.33 + 983.37
    assert four["above_line"] == 11_800.0 - four["allowed_total"]
    assert four["paid_so_far"] == 2_949.99  # three payments; the fee is not repaid money


def test_m1_paid_amount_and_paid_count_agree() -> None:
    base = ("--received", "8000", "--fee", "300", "--payment", "800", "--periods", "12", *SIGNED)
    by_count = line(rate_json(*base, "--paid", "3"), "private-4lpr")
    # 2,700 paid so far: the 300 fee and three payments of 800.
    by_money = line(rate_json(*base, "--paid-amount", "2700"), "private-4lpr")
    assert by_money["paid_so_far"] == by_count["paid_so_far"] == 2_400.0
    assert by_money["balance_at_most"] == by_count["balance_at_most"]
    assert by_money["allowed_so_far"] == by_count["allowed_so_far"]


def test_m1_a_fee_as_a_same_day_schedule_row(tmp_path: Path) -> None:
    rows = [f"2025-{m:02d}-05,800," for m in range(4, 13)] + [
        f"2026-{m:02d}-05,800," for m in range(1, 4)
    ]
    with_fee = tmp_path / "fee.csv"
    with_fee.write_text(
        "date,amount,note\n2025-03-05,8000,received\n2025-03-05,300,fee\n" + "\n".join(rows) + "\n"
    )
    plain = tmp_path / "plain.csv"
    plain.write_text("date,amount,note\n2025-03-05,7700,received\n" + "\n".join(rows) + "\n")
    a = rate_json("--received", "8000", "--schedule", str(with_fee), *SIGNED)
    b = rate_json("--received", "7700", "--schedule", str(plain), *SIGNED)
    assert line(a, "private-4lpr")["above_line"] == line(b, "private-4lpr")["above_line"]
    assert line(a, "private-4lpr")["above_line"] == 1_390.32
    assert a["total_paid"] == b["total_paid"] == 9_600.0


# --------------------------------------------------------------------------- M2

NEVER = (
    "- {name: 借呗, lender: platform, balance: 12000, rate: 18, minimum: 1200}\n"
    "- {name: 某某贷, lender: small-loan, balance: 60000, rate: 36, minimum: 600}\n"
    "- {name: 花呗, lender: consumer-finance, balance: 5000, rate: 15, minimum: 600}\n"
)


def _chart_rows(text: str) -> list[list[str]]:
    part = text.split("Chart:")[1].split("Before you talk", maxsplit=1)[0]
    return [r.split() for r in part.splitlines() if r[:1].isdigit()]


def test_m2_a_debt_that_never_pays_off_keeps_its_balance(tmp_path: Path) -> None:
    never = tmp_path / "never.yaml"
    never.write_text(NEVER, encoding="utf-8")
    base = ("budget", "--debts", str(never), "--income", "6000", "--expenses", "4200")
    text = run(*base, "--lang", "en").stdout
    rows = _chart_rows(text)
    assert len(rows) > 5
    assert all(r[1] != "0" and r[2] != "0" for r in rows)  # avalanche and snowball never read 0
    data = json.loads(run(*base, "--format", "json").stdout)
    avalanche = data["strategies"][0]
    assert avalanche["months"] is None and avalanche["never_pays_off"] == ["某某贷"]
    owed = avalanche["still_owed"]["某某贷"]
    assert owed > 88_387.31  # where the old schedule stopped, at month 22
    shown = f"{owed:,.2f}"
    text = " ".join(text.split())
    assert f"never paid off at this rate: balance after {data['horizon_months']} months" in text
    assert shown in text  # the same figure in the text and the JSON
    # Every strategy's total interest covers the same months.
    assert {len(s["schedule"]) for s in data["strategies"]} == {data["horizon_months"]}
    for s in data["strategies"]:  # no digit cut from a total
        assert f"{s['total_interest']:,.2f}" in text
    # The proportional offer that cannot cover 某某贷's interest says so, and what a pause does.
    offer = data["offers"][1]
    assert offer["covers_interest"] is False and offer["months_if_paused"] == 43
    assert "does not cover a month's interest" in text and "about 43 months" in text
    md = run(*base, "--lang", "en", "--format", "markdown").stdout
    assert shown in md


def test_m2_past_a_trillion_yuan_says_so(tmp_path: Path) -> None:
    debts = tmp_path / "t.yaml"
    debts.write_text(
        "- {name: big, lender: private, balance: 50000, rate: 60, minimum: 2000}\n"
        "- {name: small, lender: platform, balance: 3000, rate: 10, minimum: 400}\n",
        encoding="utf-8",
    )
    base = ("budget", "--debts", str(debts), "--income", "6400", "--expenses", "4000")
    text = run(*base, "--lang", "en").stdout
    assert "18,006,969,573" not in text
    assert ">1 trillion" in text and "cannot be compared" in text
    data = json.loads(run(*base, "--format", "json").stdout)
    assert data["interest_comparable"] is False
    assert all(s["over_trillion_month"] for s in data["strategies"])
    zh = run(*base).stdout
    assert ">1万亿" in zh


# --------------------------------------------------------------------------- M3, M4, M5


def test_m3_a_zero_percent_quote_totals_what_was_borrowed() -> None:
    args = ("--received", "10000", "--monthly-rate", "0%", "--periods", "12")
    data = rate_json(*args)
    assert data["total_paid"] == 10_000.0 and data["total_cost"] == 0.0
    assert data["payment"] == 833.33 and data["last_payment"] == 833.37
    assert "rate.note-repaid-less" not in data["notes"]
    text = run("rate", *args, "--lang", "en").stdout
    assert "negative" not in text and "-0.04" not in text


def _sum(rows: list[dict[str, Any]], key: str) -> Decimal:
    return sum((Decimal(str(r[key])) for r in rows), Decimal(0))


def test_m4_the_table_closes() -> None:
    data = rate_json(
        "--received", "3907.54", "--borrowed", "4774.08", "--monthly-rate", "0.4%",
        "--periods", "28", "--every", "biweekly", "--paid", "1", "--table", "--lpr", "5.0",
        "--lender", "unknown", "--signed", "2024-06-10",
    )  # fmt: skip
    rows = data["schedule"]
    assert _sum(rows, "line_principal") == Decimal("3907.54")
    assert _sum(rows, "principal") == Decimal("3907.54")
    assert _sum(rows, "amount") == Decimal(str(data["total_paid"]))
    data = rate_json(
        "--received", "101025.63", "--fee", "960.33", "--fee-each", "69.31",
        "--borrowed", "113990.93", "--daily-rate", "0.17%", "--periods", "3", "--paid", "2",
        "--table", "--lpr", "5.0", "--lender", "platform", "--signed", "2024-01-01",
    )  # fmt: skip
    for row in data["schedule"]:
        total = Decimal(str(row["line_interest"])) + Decimal(str(row["line_principal"]))
        assert total == Decimal(str(row["line_amount"]))
    assert _sum(data["schedule"], "line_principal") == Decimal("100065.30")


def test_m5_an_exact_half_fen_rounds_up() -> None:
    data = rate_json(
        "--received", "51025.70", "--fee", "3170.45", "--borrowed", "58890.41",
        "--payment", "48188.97", "--periods", "1", "--lpr", "5.14%",
        "--lender", "credit-card", "--signed", "2023-02-23",
    )  # fmt: skip
    assert line(data, "small-loan-24")["allowed_payment"] == 48_812.36  # 47,855.25 x 1.02


# --------------------------------------------------------------------------- M6, M7, M8


def test_m6_a_few_fen_below_what_was_received_is_not_compared() -> None:
    data = rate_json(
        "--received", "34940.01", "--payment", "2183.75", "--periods", "16",
        "--every", "biweekly", "--lpr", "3.0%", "--lender", "small-loan", "--signed", "2023-09-10",
    )  # fmt: skip
    assert data["total_cost"] == -0.01
    assert all(x["exceeded"] is None for x in data["lines"])
    assert "rate.note-repaid-less" in data["notes"]


def test_m7_a_schedule_line_scales_the_persons_own_payments(tmp_path: Path) -> None:
    plan = tmp_path / "s.csv"
    plan.write_text(
        "date,amount,note\n2025-03-05,5000,\n2025-03-20,800,\n2025-05-02,1500,\n"
        "2025-05-30,2000,\n2025-08-15,1500,\n"
    )
    data = rate_json("--received", "5000", "--schedule", str(plan), "--lpr", "3")
    assert line(data, "private-4lpr")["allowed_total"] == 5_147.57
    assert "scaled" in run("rate", "--help").stdout


def test_m7_m8_m6_m9_are_answered_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### How the figures are worked out")[1].split("\n## ")[0]
    for finding in ("M6", "M7", "M8", "M9", "halves up", "decimal"):
        assert finding in section, finding


# --------------------------------------------------------------------------- M9


def test_m9_the_balance_is_as_a_court_counts_it() -> None:
    data = rate_json(
        "--received", "89556.61", "--borrowed", "97102.27", "--payment", "10591.42",
        "--periods", "24", "--paid", "9", "--lpr", "3.1",
        "--lender", "private", "--signed", "2025-01-01",
    )  # fmt: skip
    assert line(data, "private-4lpr")["balance_at_most"] == 0.0  # the lawful balance is repaid
    assert line(data, "small-loan-24")["balance_at_most"] == 4_334.55


def test_m9_never_more_than_the_contract_still_asks() -> None:
    data = rate_json(
        "--received", "10000", "--payment", "1000", "--periods", "12", "--paid", "12", "--lpr", "3"
    )
    assert [x["balance_at_most"] for x in data["lines"][:3]] == [0.0, 0.0, 0.0]


# --------------------------------------------------------------------------- M10, M11


def test_m10_extra_beyond_what_is_left_says_it_comes_from_essentials() -> None:
    base = ("budget", "--debts", str(ROOT / "examples" / "debts.yaml"))
    base += ("--income", "6000", "--expenses", "4500", "--extra", "500")
    text = " ".join(run(*base, "--lang", "en").stdout.split())
    assert "￥2,300.00 more than the ￥1,500.00 left" in text
    assert "come out of the money for your family's essentials" in text
    data = json.loads(run(*base, "--format", "json").stdout)
    assert data["from_essentials"] == 2_300.0 and data["monthly"] == 3_800.0
    zh = "".join(run(*base).stdout.split())
    assert "基本生活开支里出" in zh


MONEY = re.compile(
    r'"(?:total_paid|total_cost|payment|principal|paid_so_far|allowed_\w+|'
    r'above_line|balance_at_most|amount|interest|line_\w+)": (-?\d+\.\d+)'
)


def test_m11_json_money_has_no_float_noise() -> None:
    out = run(
        "rate", "--received", "3907.54", "--borrowed", "4774.08", "--monthly-rate", "0.4%",
        "--periods", "28", "--every", "biweekly", "--paid", "1", "--table", "--lpr", "5.0",
        "--fee-each", "0.1", "--format", "json",
    ).stdout  # fmt: skip
    figures = MONEY.findall(out)
    assert len(figures) > 50
    assert all(len(f.split(".")[1]) <= 2 for f in figures), figures


# --------------------------------------------------------------------------- daily rates, cards


def test_a_daily_quote_says_how_it_was_charged() -> None:
    text = run("rate", "--received", "10000", "--daily-rate", "0.05%", "--periods", "12",
               "--lang", "en").stdout  # fmt: skip
    assert "charged flat" in text and "--payment" in text and "--on remaining" in text
    data = rate_json("--received", "10000", "--daily-rate", "0.05%", "--periods", "12",
                     "--on", "remaining")  # fmt: skip
    assert data["payment"] == 917.99
    assert data["apr_percent"] == pytest.approx(18.25, abs=0.01)
    assert data["quoted_rate"] == {"per": "day", "percent": 0.05, "charged_on": "remaining"}


def test_on_needs_a_quote() -> None:
    result = CliRunner().invoke(
        app, ["rate", "--received", "100", "--payment", "10", "--periods", "12", "--on", "whole"]
    )
    assert result.exit_code != 0 and "--on" in result.output


def test_a_card_over_sixty_months_is_marked(tmp_path: Path) -> None:
    debts = tmp_path / "d.yaml"
    debts.write_text(
        "- {name: 信用卡, lender: credit-card, balance: 50000, rate: 18, minimum: 2500}\n"
        "- {name: 借呗, lender: platform, balance: 20000, rate: 18, minimum: 2000}\n",
        encoding="utf-8",
    )
    base = ("budget", "--debts", str(debts), "--income", "6000", "--expenses", "4500")
    data = json.loads(run(*base, "--format", "json").stdout)
    card = data["debts"][0]
    assert (
        card["card_60_month_payment"] == 1_269.68
    )  # 50,000 at 1.5% a month over 60, to the fen above
    offer = data["offers"][0]["amount"]
    assert card["card_shortfall"] == round(1_269.68 - offer, 2)
    assert card["card_over_60_months"]
    assert data["debts"][1]["card_60_month_payment"] is None
    text = " ".join(run(*base, "--lang", "en").stdout.split())
    assert "at most 5 years (60 months)" in text and "￥1,269.68 a month" in text
    assert "81 months!" in text and "Marked !: a credit card" in text


# --------------------------------------------------------------------------- the HTML report


def test_the_html_report_reads_as_the_text(tmp_path: Path) -> None:
    never = tmp_path / "never.yaml"
    never.write_text(NEVER, encoding="utf-8")
    budget = tmp_path / "budget.json"
    base = ("budget", "--debts", str(never), "--income", "6000", "--expenses", "4200")
    budget.write_text(run(*base, "--format", "json").stdout, encoding="utf-8")
    data = json.loads(budget.read_text(encoding="utf-8"))
    owed = data["strategies"][0]["still_owed"]["某某贷"]
    loan = tmp_path / "rate.yaml"
    loan.write_text(
        "received: 700\nborrowed: 1000\npayment: 1000\nperiods: 1\nevery: week\n"
        "lender: private\nsigned: 2026-03-01\nlpr: 3\n",
        encoding="utf-8",
    )
    page = tmp_path / "r.html"
    run("report", "--lang", "en", "--budget", str(budget), "--rate", str(loan), "-o", str(page))
    html = page.read_text(encoding="utf-8")
    assert f"balance after {data['horizon_months']} months ￥{owed:,.2f}" in html
    assert "￥298.38 above it" in html  # the M1 loan's figure, as `rate` prints it
