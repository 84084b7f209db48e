"""Issue 25: one reader for every date and time a person types (``debthelp.dates``).

``rate --signed``, a schedule's dates and ``log add --when`` accept the same forms
(before, ``rate --signed 2025/6/1`` worked and ``log add --when "2025/6/1 10:00"``
was refused) and refuse impossible days and years near 1 and 9999 by name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.dates import MAX_YEAR, MIN_YEAR, DateProblem, read_day, read_typed
from debthelp.errors import InputError
from debthelp.i18n import t
from debthelp.log.entry import parse_when
from debthelp.rate import compute_rate, load_lpr_table
from tests.util import ROOT

DAY = dt.date(2025, 6, 1)
TABLE = load_lpr_table(ROOT / "data" / "lpr.yaml")
NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))

DAYS = ["2025/6/1", "2025-6-1", "2025-06-01", "2025.6.1", "2025年6月1日", "２０２５年６月１日"]
TIMES = {
    "10:00": dt.time(10, 0),
    "10:00:30": dt.time(10, 0, 30),
    "10点": dt.time(10, 0),
    "10点30分": dt.time(10, 30),
    "１０：００": dt.time(10, 0),
}


@pytest.mark.parametrize("day", DAYS)
def test_every_form_of_a_day(day: str) -> None:
    assert read_typed(day) == (DAY, None, None)
    assert read_day(day) == DAY


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("time", TIMES)
def test_every_form_of_a_day_with_a_time(day: str, time: str) -> None:
    assert read_typed(f"{day} {time}").time == TIMES[time]
    assert read_typed(f"{day} {time}").day == DAY


def test_a_time_right_after_ri_an_iso_t_and_an_offset() -> None:
    assert read_typed("2025年6月1日10点").time == dt.time(10)
    typed = read_typed("2025-06-01T10:00+08:00")
    assert typed.time == dt.time(10) and typed.offset == dt.timezone(dt.timedelta(hours=8))
    assert read_typed("2025-06-01 10:00Z").offset == dt.UTC


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2025-02-30", "day"),
        ("2025年2月29日", "day"),
        ("2025-13-01", "day"),
        ("2025-06-01 25:00", "day"),
        ("2025-06-01 10:61", "day"),
        ("2025-06-01 10:00+99:00", "day"),
        ("0001-01-01", "year"),
        ("0001-01-02 10:00", "year"),
        ("9999-12-31", "year"),
        ("9999-12-31 23:59", "year"),
        (f"{MIN_YEAR - 1}-12-31", "year"),
        (f"{MAX_YEAR + 1}-01-01", "year"),
        ("yesterday", "form"),
        ("6/1/2025", "form"),
        ("2025-06-01 10", "form"),
        ("", "form"),
    ],
)
def test_impossible_dates_say_why(text: str, reason: str) -> None:
    with pytest.raises(DateProblem) as caught:
        read_typed(text)
    assert caught.value.reason == reason
    assert read_day(text) is None


def test_the_years_at_the_ends_of_the_range_are_dates() -> None:
    assert read_day(f"{MIN_YEAR}-01-01") == dt.date(MIN_YEAR, 1, 1)
    assert read_day(f"{MAX_YEAR}-12-31") == dt.date(MAX_YEAR, 12, 31)


@pytest.mark.parametrize("signed", [*DAYS, "2025/6/1 10:00", "2025年6月1日 10点"])
def test_rate_signed_reads_every_form(signed: str) -> None:
    result = compute_rate(received=8000, periods=12, payment=1000, signed=signed, lpr_table=TABLE)
    assert result.signed == DAY


@pytest.mark.parametrize("when", [
    "2025/6/1 10:00", "2025年6月1日 10点", "２０２５-６-１ １０：００"
])  # fmt: skip
def test_log_when_reads_every_form(when: str) -> None:
    assert parse_when(when, NOW).replace(tzinfo=None) == dt.datetime(2025, 6, 1, 10, 0)


def test_both_commands_take_the_same_typed_date(tmp_path: Path) -> None:
    signed = CliRunner().invoke(
        app, ["rate", "--received", "8000", "--periods", "12", "--payment", "1000",
              "--signed", "2025/6/1", "--format", "json"]
    )  # fmt: skip
    assert signed.exit_code == 0, signed.output
    assert '"2025-06-01"' in signed.stdout
    db = str(tmp_path / "log.db")
    logged = CliRunner().invoke(
        app, ["log", "add", "--db", db, "--channel", "sms", "--said", "还钱",
              "--when", "2025/6/1 10:00"]
    )  # fmt: skip
    assert logged.exit_code == 0, logged.output
    listed = CliRunner().invoke(app, ["log", "list", "--db", db, "--format", "json"])
    assert "2025-06-01T10:00:00" in listed.stdout


@pytest.mark.parametrize(
    ("signed", "key"),
    [("0001-01-01", "rate.date-year"), ("9999-12-31", "rate.date-year"),
     ("2025-02-30", "rate.date-bad"), (dt.date(1, 1, 1), "rate.date-year")],
)  # fmt: skip
def test_rate_refuses_bad_dates_by_name(signed: object, key: str) -> None:
    with pytest.raises(InputError) as caught:
        compute_rate(received=8000, periods=12, payment=1000, signed=signed, lpr_table=TABLE)
    assert caught.value.key == key
    words = t(key, "en", **caught.value.params)
    assert "--signed" in words
    if key == "rate.date-year":
        assert f"from {MIN_YEAR} to {MAX_YEAR}" in words


@pytest.mark.parametrize(
    ("when", "key"),
    [("0001-01-01 10:00", "log.when-out-of-range"), ("9999-12-31 10:00", "log.when-out-of-range"),
     ("2025-02-30 10:00", "log.bad-when")],
)  # fmt: skip
def test_log_refuses_bad_dates_by_name(when: str, key: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_when(when, NOW)
    assert caught.value.key == key


@pytest.mark.parametrize(("day", "key"), [("0001-01-01", "year"), ("2025-02-30", "bad")])
def test_a_schedule_refuses_bad_dates_by_row(tmp_path: Path, day: str, key: str) -> None:
    path = tmp_path / "s.csv"
    path.write_text(f"date,amount,note\n2025/6/1 10:00,8000,\n{day},1000,\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        compute_rate(received=8000, schedule=str(path), lpr_table=TABLE)
    assert caught.value.key == f"rate.schedule-date-{key}"
    assert caught.value.params["row"] == 3
