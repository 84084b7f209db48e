"""The hostile pass's findings in `rate` and `budget` (shared/reviews/2026-12-hostile-pass.md):
F9 (superscript digits), F10 (integers of thousands of digits), F11 (dates near 9999),
each with its reproduction: refused with a message, never an internal error."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.dates import MAX_YEAR, MIN_YEAR

HUGE = "9" * 5000


def refused(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    # Through CliRunner an internal error surfaces as the exception itself.
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1, result.output
    assert "unexpected" not in result.output and "ValueError" not in result.output
    assert "Traceback" not in result.output
    assert len(result.output) < 600, result.output  # a 5,000-digit value is not echoed whole
    return result.output


@pytest.mark.parametrize("value", ["²", "③", "①"])
def test_f9_a_superscript_number_of_days_is_refused(tmp_path: Path, value: str) -> None:
    debts = tmp_path / "d.csv"
    debts.write_text(f"name,lender,balance,rate,minimum,overdue_days\na,bank,100,5,10,{value}\n")
    out = refused("budget", "--lang", "en", "--debts", str(debts), "--income", "6000",
                  "--expenses", "4500")  # fmt: skip
    assert "a.overdue_days" in out


def test_f9_in_quoted_yaml_too(tmp_path: Path) -> None:
    debts = tmp_path / "d.yaml"
    debts.write_text("- {name: a, balance: 100, rate: 5, minimum: 10, overdue_days: '²'}\n")
    refused("budget", "--lang", "en", "--debts", str(debts), "--income", "6000",
            "--expenses", "4500")  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [
        ("--payment", "1000", "--periods", HUGE),
        ("--payment", "1000", "--periods", "0" * 5000 + "12", "--paid", HUGE),
        ("--monthly-rate", "1%", "--periods", HUGE),
    ],
)
def test_f10_thousands_of_digits_in_rate_are_refused(args: tuple[str, ...]) -> None:
    out = refused("rate", "--lang", "en", "--received", "8000", *args)
    assert "10,000" in out


def test_f10_a_zero_padded_count_still_works() -> None:
    result = CliRunner().invoke(
        app, ["rate", "--received", "8000", "--payment", "1000", "--periods", "0" * 5000 + "12"]
    )
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("column", ["periods", "overdue_days"])
def test_f10_thousands_of_digits_in_a_debts_file(tmp_path: Path, column: str) -> None:
    debts = tmp_path / "d.csv"
    if column == "periods":
        debts.write_text(
            f"name,lender,balance,minimum,payment,periods,received\na,bank,100,10,10,{HUGE},100\n"
        )
    else:
        debts.write_text(f"name,lender,balance,rate,minimum,overdue_days\na,bank,100,5,10,{HUGE}\n")
    refused("budget", "--lang", "en", "--debts", str(debts), "--income", "6000",
            "--expenses", "4500")  # fmt: skip


def test_f10_thousands_of_digits_in_a_report_rate_file(tmp_path: Path) -> None:
    loan = tmp_path / "r.yaml"
    loan.write_text(f'received: 100\npayment: 60\nperiods: "{HUGE}"\n')
    refused("report", "--lang", "en", "--rate", str(loan), "-o", str(tmp_path / "o.html"))


@pytest.mark.parametrize(
    "args",
    [
        ("--signed", "9999-06-01"),
        ("--signed", "9999-12-31", "--every", "day"),
        ("--signed", "9999-12-20", "--every", "week"),
    ],
)
def test_f11_payments_past_the_year_9999_are_refused(args: tuple[str, ...]) -> None:
    out = refused("rate", "--lang", "en", "--received", "100", "--payment", "60",
                  "--periods", "12", *args)  # fmt: skip
    assert "9999" in out


def test_f11_a_schedule_in_december_9999_is_refused_by_its_year(tmp_path: Path) -> None:
    # Issue 25: a year outside debthelp.dates' range is a typo, refused by name.
    plan = tmp_path / "s.csv"
    plan.write_text(
        "date,amount,note\n9999-12-01,8000,\n9999-12-02,1000,\n9999-12-03,1000,\n9999-12-04,1000,\n"
    )
    out = refused("rate", "--lang", "en", "--received", "8000", "--schedule", str(plan))
    assert "Line 2" in out and f"from {MIN_YEAR} to {MAX_YEAR}" in out


def test_f11_a_report_rate_file_signed_in_9999(tmp_path: Path) -> None:
    loan = tmp_path / "r.yaml"
    loan.write_text("received: 100\npayment: 60\nperiods: 12\nsigned: 9999-06-01\n")
    refused("report", "--lang", "en", "--rate", str(loan), "-o", str(tmp_path / "o.html"))


def test_a_single_payment_thousands_of_years_away(tmp_path: Path) -> None:
    # Found by the fuzz suite after issue 22: at a line's rate the one payment grows
    # past what a 60-digit decimal can round to the fen (InvalidOperation).
    plan = tmp_path / "s.csv"
    plan.write_text(f"date,amount,note\n2025-06-01,8000,received\n{MAX_YEAR}-08-01,7500,\n")
    result = CliRunner().invoke(
        app, ["rate", "--received", "8000", "--schedule", str(plan), "--format", "json", "--table"]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0
