"""``debthelp rate``, second pass: what each line allows on the cash received, the
inputs people have (quoted flat rates, fees, Chinese dates, GBK files), one
convention for one loan, and each line judged by lender and date.

Every money figure here is checked by hand to the fen (the closed-form annuity
P * i / (1 - (1 + i) ** -n), cross-checked with 50-digit ``Decimal``).
"""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.errors import InputError
from debthelp.rate import (
    LprTable,
    compute_rate,
    explain,
    load_lpr_table,
    lpr_on,
    parse_amount,
    parse_date,
    payment_day,
    percent_places,
    percent_text,
    read_schedule,
    regular_every,
    solve_apr,
    solve_periodic_rate,
)
from debthelp.render import rate_doc
from debthelp.render.draw import emit_doc  # noqa: F401  (the renderer the command uses)

D = date.fromisoformat


@pytest.fixture(scope="module")
def table() -> LprTable:
    return load_lpr_table()


def _keys(result: Any) -> list[str]:
    return [key for key, _ in explain(result)]


def _csv(tmp_path: Path, rows: list[tuple[date, float]], name: str = "s.csv") -> Path:
    path = tmp_path / name
    text = "date,amount\n" + "".join(f"{d.isoformat()},{a:.2f}\n" for d, a in rows)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the issue's example


def test_issue_example_to_the_fen(table: LprTable) -> None:
    # 10,000 borrowed, 8,000 received, 12 x 1,000 a month, private, signed 2025-06-01.
    assert lpr_on(table, D("2025-06-01")).one_year == 3.0  # type: ignore[union-attr]
    result = compute_rate(
        received=8_000,
        borrowed=10_000,
        payment=1_000,
        periods=12,
        lender="private",
        signed="2025-06-01",
        lpr_table=table,
    )
    four = result.line("private-4lpr")
    assert four.percent == pytest.approx(12.0) and four.applies is True and four.exceeded
    assert four.amounts is not None
    assert four.amounts.payment == 710.79  # 8,000 x 0.01 / (1 - 1.01 ** -12) = 710.7903...
    assert four.amounts.total == 8_529.48  # 12 x 710.79
    assert four.amounts.above == 3_470.52  # 12,000 - 8,529.48
    data = result.to_json()
    line = data["lines"][0]
    assert (line["allowed_total"], line["above_line"], line["allowed_payment"]) == (
        8_529.48,
        3_470.52,
        710.79,
    )
    assert data["lpr_source"] == "table" and data["lpr_from"] == "2025-05-20"
    assert data["start"] == "2025-06-01" and data["end"] == "2026-06-01"
    assert data["convention"] == "instalment" and data["every"] == "month"
    assert (data["borrowed"], data["payment"], data["periods"]) == (10_000, 1_000, 12)
    keys = _keys(result)
    assert "rate.amounts-4lpr" in keys and "rate.principal-owed" in keys
    params = dict(explain(result))["rate.amounts-4lpr"]
    assert params["allowed_text"] == "12 × 710.79 = 8,529.48" and params["above"] == 3_470.52
    json.dumps(result.to_json(table=True), allow_nan=False)


def test_paid_so_far_against_the_line(table: LprTable) -> None:
    args: dict[str, Any] = {
        "received": 8_000,
        "payment": 1_000,
        "periods": 12,
        "lender": "private",
        "signed": "2025-06-01",
        "lpr_table": table,
    }
    by_count = compute_rate(paid=3, **args).line("private-4lpr").amounts
    assert by_count is not None
    assert by_count.paid_so_far == 3_000
    assert by_count.allowed_so_far == 2_132.37  # 3 x 710.79
    # As a court counts it (payments set first against the line's interest, the
    # rest against the principal): below the simple sum 8,529.48 - 3,000 = 5,529.48.
    assert by_count.balance_at_most == 5_476.41
    by_money = compute_rate(paid_amount="3,000元", **args).line("private-4lpr").amounts
    assert by_money is not None
    assert by_money.allowed_so_far == 2_132.37  # the same share of every payment
    assert by_money.balance_at_most == 5_476.41
    beyond = compute_rate(paid=12, **args)
    assert "rate.paid-beyond-line" in _keys(beyond)
    assert beyond.line("private-4lpr").amounts.balance_at_most == 0  # type: ignore[union-attr]
    for changes, key in [
        ({"paid": 13}, "rate.paid-too-many"),
        ({"paid": "two"}, "rate.paid-bad"),
        ({"paid": -1}, "rate.paid-bad"),
        ({"paid": 1, "paid_amount": 1}, "rate.paid-both"),
        ({"paid_amount": "x"}, "rate.amount-bad"),
    ]:
        with pytest.raises(InputError) as exc:
            compute_rate(**args, **changes)
        assert exc.value.key == key


def test_done_when_monthly_rate_fee_and_twelve_payments(table: LprTable) -> None:
    # The app shows: 10,000 received, 月息1.5%, a 300 service fee, 12 monthly payments.
    result = compute_rate(
        received="10,000",
        monthly_rate="1.5%",
        fee=300,
        periods=12,
        signed="2026-03-01",
        lender="platform",
        paid=3,
        lpr_table=table,
    )
    assert result.payment == 983.33  # 10,000 / 12 + 1.5% x 10,000, to the fen
    assert (
        result.total_paid == 11_800
    )  # 11 x 983.33 + 983.37: the fee is not repaid, it cut the principal
    flows = [(0.0, 9_700.0)] + [(float(k), -983.33) for k in range(1, 12)] + [(12.0, -983.37)]
    assert result.apr_percent == pytest.approx(solve_periodic_rate(flows) * 1200, abs=1e-9)
    assert 37.8 < result.apr_percent < 37.9
    four = result.line("private-4lpr")
    assert four.applies is None and four.amounts is not None
    # The last payment takes the rounding, so the payments are not all equal.
    assert four.amounts.payment is None
    assert four.amounts.total == 10_342.00
    # Issue 22 M1: the fee cut the principal; it is not counted again as money repaid.
    assert four.amounts.above == 11_800 - 10_342.00
    assert four.amounts.paid_so_far == 2_949.99
    assert four.amounts.allowed_so_far == 2_585.49  # 3 x 861.83
    assert result.to_json()["fees"] == {"at_start": 300, "each_payment": 0, "total": 300}
    keys = _keys(result)
    for key in ("rate.explain-flat", "rate.explain-fee-start", "rate.amounts-4lpr-if"):
        assert key in keys


def test_daily_rate_and_fee_each(table: LprTable) -> None:
    result = compute_rate(
        received=3_000, daily_rate="0.05％", periods=6, fee_each="20", lpr_table=table
    )
    # flat: 3,000 / 6 + 3,000 x 0.05% x 365 / 12 = 500 + 45.625 -> 545.63 (to the fen), + 20
    assert result.payment == pytest.approx(565.63)
    assert result.fees == 120
    with pytest.raises(InputError) as exc:
        compute_rate(received=1, monthly_rate=1, daily_rate=1, periods=2, lpr_table=table)
    assert exc.value.key == "rate.flat-both"
    with pytest.raises(InputError) as exc:
        compute_rate(received=1, monthly_rate=1, payment=1, periods=2, lpr_table=table)
    assert exc.value.key == "rate.flat-and-payment"
    with pytest.raises(InputError) as exc:
        compute_rate(received=100, payment=60, periods=2, fee=100, lpr_table=table)
    assert exc.value.key == "rate.fee-too-big"
    for bad in ("-1%", "101", "abc", "nan"):
        with pytest.raises(InputError) as exc:
            compute_rate(received=1, monthly_rate=bad, periods=2, lpr_table=table)
        assert exc.value.key == "rate.flat-rate-bad"


def test_solve_apr_is_the_instalment_headline(table: LprTable) -> None:
    result = compute_rate(received=8_000, payment=1_000, periods=12, lpr_table=table)
    assert solve_apr(8_000, 1_000, 12) == pytest.approx(result.apr_percent, abs=1e-12)
    assert solve_apr("8,000", "350", "26", "biweekly") == pytest.approx(
        compute_rate(
            received=8_000, payment=350, periods=26, every="biweekly", lpr_table=table
        ).apr_percent
    )


# --------------------------------------------------------------------------- one loan, one answer


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    received=st.floats(100, 1e6),
    markup=st.floats(1.0, 3.0),
    count=st.integers(2, 36),
    every=st.sampled_from(["month", "biweekly", "week"]),
    start=st.dates(date(2020, 1, 1), date(2030, 1, 1)),
    jitter=st.lists(st.integers(-2, 2), min_size=36, max_size=36),
)
def test_property_regular_schedule_equals_instalments(
    *,
    received: float,
    markup: float,
    count: int,
    every: str,
    start: date,
    jitter: list[int],
) -> None:
    table = load_lpr_table()
    payment = round(received * markup / count, 2)
    rows = [(start, received)] + [
        (payment_day(start, every, k) + timedelta(days=jitter[k - 1]), payment)
        for k in range(1, count + 1)
    ]
    from debthelp.rate import Payment, Schedule

    plan = Schedule(start, tuple(Payment(d, a, "", i) for i, (d, a) in enumerate(rows[1:], 2)))
    dated = compute_rate(received=received, schedule=plan, lpr_table=table)
    plain = compute_rate(
        received=received, payment=payment, periods=count, every=every, lpr_table=table
    )
    assert dated.convention == "instalment" and dated.every == every
    assert dated.apr_percent == pytest.approx(plain.apr_percent, rel=1e-9, abs=1e-9)
    assert dated.daily_apr_percent is not None


def test_every_checks_the_schedule(table: LprTable, tmp_path: Path) -> None:
    start = D("2025-01-31")
    rows = [(start, 1_000.0)] + [(payment_day(start, "month", k), 100.0) for k in range(1, 13)]
    path = _csv(tmp_path, rows)
    assert compute_rate(received=1_000, schedule=path, every="month", lpr_table=table).every == (
        "month"
    )
    with pytest.raises(InputError) as exc:
        compute_rate(received=1_000, schedule=path, every="week", lpr_table=table)
    assert exc.value.key == "rate.every-schedule-mismatch"
    with pytest.raises(InputError) as exc:
        compute_rate(received=1_000, schedule=path, every="fortnight", lpr_table=table)
    assert exc.value.key == "rate.every-bad"
    # Irregular: counted on actual days, and said so.
    odd = _csv(tmp_path, [(start, 1_000.0), (D("2025-02-10"), 600.0), (D("2025-05-20"), 600.0)])
    result = compute_rate(received=1_000, schedule=odd, lpr_table=table)
    assert result.convention == "daily" and result.every is None
    assert "rate.explain-irregular" in _keys(result)


def test_regular_every_tolerance() -> None:
    start = D("2025-03-01")
    assert regular_every(start, [D("2025-04-03"), D("2025-04-29")]) == "month"
    assert regular_every(start, [D("2025-04-06"), D("2025-05-01")]) is None  # 5 days off
    assert regular_every(start, [D("2025-03-15"), D("2025-03-29")]) == "biweekly"
    assert regular_every(start, [D("2025-03-08"), D("2025-03-15")]) == "week"
    assert regular_every(start, [D("2025-04-01")]) is None  # one payment: not a pattern
    assert regular_every(start, [D("2025-04-01")], "month") == "month"


def test_conventions_on_opposite_sides_of_a_line(table: LprTable, tmp_path: Path) -> None:
    # Monthly payments from 31 January: 28, 31 and 30 days. Counted as instalments the rate
    # is just under 12% (1% a month x 0.998); counted on actual days it is above.
    start = D("2025-01-31")
    rows = [(start, 10_000.0)] + [(payment_day(start, "month", k), 3_400.09) for k in (1, 2, 3)]
    result = compute_rate(
        received=10_000,
        schedule=_csv(tmp_path, rows),
        lender="private",
        signed="2025-06-01",
        lpr_table=table,
    )
    assert result.apr_percent == pytest.approx(11.9766, abs=1e-4)
    assert result.daily_apr_percent == pytest.approx(12.3611, abs=1e-4)
    assert result.line("private-4lpr").exceeded is False
    keys = _keys(result)
    assert "rate.explain-straddle" in keys and "rate.explain-regular-month" in keys
    params = dict(explain(result))["rate.explain-straddle"]
    assert (params["apr_text"], params["daily_text"], params["limit"]) == ("11.98", "12.36", 12.0)


def test_near_a_line_shows_more_decimals(table: LprTable) -> None:
    i = 0.01 * 1.0003  # 12.0036% a year
    payment = 10_000 * i / (1 - (1 + i) ** -12)
    result = compute_rate(
        received=10_000, payment=payment, periods=12, lender="private", lpr=3, lpr_table=table
    )
    params = dict(explain(result))["rate.line-4lpr-private-over"]
    assert params["apr_text"] == "12.004" and params["limit"] == 12.0
    title = rate_doc(result, "en").blocks[0].items[0].title
    assert title.endswith("12.004%")


def test_percent_text() -> None:
    assert percent_text(-0.001) == "0.00"
    assert percent_text(12.004, percent_places(12.004, [12.0])) == "12.004"
    assert percent_text(12.00004, percent_places(12.00004, [12.0])) == "12.00004"
    assert percent_places(13.0, [12.0, None]) == 2
    assert percent_text(82.38415) == "82.38"


def test_absurd_and_negative_rates(table: LprTable) -> None:
    huge = compute_rate(received=1, payment=1e12, periods=1, every="day", lpr_table=table)
    keys = _keys(huge)
    assert keys[0] == "rate.explain-headline-absurd"
    text = "\n".join(item.title for item in rate_doc(huge, "en").blocks[0].items)
    assert "over 1,000,000%" in text and "e+" not in text
    less = compute_rate(
        received=1_000, payment=50, periods=12, lender="private", lpr=3, lpr_table=table
    )
    keys = _keys(less)
    assert "rate.note-repaid-less" in keys
    assert not any(k.startswith(("rate.line-4lpr", "rate.amounts")) for k in keys)
    assert less.table_line is None


def test_one_payment_reads_well(table: LprTable) -> None:
    result = compute_rate(received=1_000, payment=1_100, periods=1, lpr_table=table)
    doc = rate_doc(result, "en")
    text = " ".join(item.body for block in doc.blocks for item in block.items)
    assert "1 payments" not in text and "-0.00" not in text


# --------------------------------------------------------------------------- the lines, judged


@pytest.mark.parametrize(
    ("lender", "signed", "expected"),
    [
        ("private", "2025-06-01", (True, False, True, False)),
        ("private", "2020-08-19", (None, False, True, False)),
        ("small-loan", "2025-12-31", (False, False, False, False)),
        ("small-loan", "2026-01-15", (False, None, False, False)),
        ("small-loan", "2026-02-01", (False, True, False, False)),
        ("small-loan", None, (False, None, False, False)),
        ("platform", "2025-06-01", (None, False, None, False)),
        ("platform", "2026-03-01", (None, None, None, False)),
        ("unknown", "2025-06-01", (None, None, None, None)),
        ("unknown", None, (None, None, None, None)),
        ("bank", "2026-03-01", (False, False, False, None)),
        ("credit-card", None, (False, False, False, True)),
        ("consumer-finance", "2026-03-01", (False, False, False, False)),
    ],
)
def test_each_line_by_lender_and_date(
    table: LprTable, lender: str, signed: str | None, expected: tuple[bool | None, ...]
) -> None:
    result = compute_rate(
        received=8_000, payment=1_000, periods=12, lender=lender, signed=signed, lpr_table=table
    )
    assert tuple(line.applies for line in result.lines) == expected
    assert all(line.reason for line in result.lines)
    keys = _keys(result)
    small = result.line("small-loan-24")
    if small.reason == "signed-january-2026":
        assert "rate.line-sl24-january" in keys
    if lender in ("small-loan", "platform") and small.reason == "signed-before-2026":
        assert "rate.line-sl24-not-covered" in keys and "rate.line-sl24-when-over" not in keys
    # Only the lines that apply, or may, appear in the figures.
    names = "\n".join(item.title for item in rate_doc(result, "en").blocks[0].items)
    assert ("4 × LPR (private" in names) == (expected[0] is not False)
    assert ("36% (criminal" in names) == (expected[2] is not False)


def test_lpr_out_of_range_shows_the_form(table: LprTable) -> None:
    runner = CliRunner()
    for value in ("0.3", "12", "300%"):
        result = runner.invoke(
            app,
            ["rate", "--received", "8000", "--payment", "1000", "--periods", "12", "--lpr", value],
            env={"DEBTHELP_LANG": "en"},
        )
        assert result.exit_code == 1
        assert "--lpr 3.0" in result.output and "0.5" in result.output


# --------------------------------------------------------------------------- the inputs people have


@pytest.mark.parametrize(
    "text", ["2025-06-01", "2025-6-1", "2025/6/1", "2025/06/01", "2025.6.1", "2025年6月1日"]
)
def test_date_forms(text: str) -> None:
    assert parse_date(text) == D("2025-06-01")


@pytest.mark.parametrize(
    "text", ["2025/2/30", "2025年13月1日", "6/1/2025", "20250601", "2025年6月"]
)
def test_bad_date_forms(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["8,000", "8000元", "¥8,000.00", "￥ 8 000", "8，000"])
def test_amount_forms(text: str) -> None:
    assert parse_amount(text) == 8_000


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-8"])
def test_schedule_as_excel_saves_it(table: LprTable, tmp_path: Path, encoding: str) -> None:
    text = (
        '日期,金额,备注\n2025年6月1日,"8,000元",到账\n2025/7/1,￥1000,\n2025-8-1,1000,还款\n'
        '2025/9/1,"1,000",\n'
    )
    path = tmp_path / "s.csv"
    path.write_bytes(text.encode(encoding))
    plan = read_schedule(path)
    assert plan.start == D("2025-06-01") and plan.total == 3_000
    assert plan.payments[1].note == "还款"
    result = compute_rate(received=8_000, schedule=path, lender="private", lpr_table=table)
    # The schedule's first day stands for the signing day, and the report says so.
    assert result.signed == D("2025-06-01") and result.signed_from == "schedule"
    assert "rate.note-signed-from-schedule" in _keys(result)
    assert result.to_json()["signed_from"] == "schedule"


def test_cli_done_when_in_both_languages() -> None:
    args = [
        "rate",
        "--received",
        "10000",
        "--monthly-rate",
        "1.5%",
        "--fee",
        "300",
        "--periods",
        "12",
        "--signed",
        "2026年3月1日",
        "--paid",
        "3",
    ]
    runner = CliRunner()
    zh = runner.invoke(app, [*args, "--lang", "zh"])
    en = runner.invoke(app, [*args, "--lang", "en"])
    assert zh.exit_code == 0 and en.exit_code == 0, zh.output + en.output
    assert "37.82%" in zh.output and "1,458.00" in zh.output and "仍然要还" in zh.output
    assert "37.82%" in en.output and "above" in en.output and "still owed" in en.output
    data = json.loads(runner.invoke(app, [*args, "--format", "json", "--table"]).output)
    assert len(data["schedule"]) == 12 and data["table_line"] == "private-4lpr"
    row = data["schedule"][0]
    assert row["amount"] == pytest.approx(row["interest"] + row["principal"], abs=0.011)
    assert row["line_interest"] == 97.0  # 9,700 x 1% in the first month at the 12% line
    assert math.isclose(data["lines"][0]["allowed_so_far"], 3 * 861.83)


# --------------------------------------------------------------------------- the prompts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1000", ("payment", 1_000.0)),
        ("¥1,000元", ("payment", 1_000.0)),
        ("月息1.5%", ("monthly_rate", 1.5)),
        ("月息 1.5", ("monthly_rate", 1.5)),
        ("monthly 1.5%", ("monthly_rate", 1.5)),
        ("日息0.05％", ("daily_rate", 0.05)),
        ("daily: 0.05%", ("daily_rate", 0.05)),
    ],
)
def test_payment_answer_forms(text: str, expected: tuple[str, float]) -> None:
    from debthelp.rate import parse_payment_answer

    assert parse_payment_answer(text) == expected


def test_prompts_take_the_same_forms(table: LprTable) -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from debthelp.wizard import ask_rate_values

    with create_pipe_input() as inp:
        # received, a bad payment then a quoted rate, periods, every (first), borrowed (none),
        # lender (unknown), signed as 年月日.
        inp.send_text("¥10,000元\r月息\r\x7f\x7f月息1.5%\r12\r\r\r\r2026年3月1日\r")
        values = ask_rate_values("zh", {"lender": "unknown"}, input=inp, output=DummyOutput())
    assert values["monthly_rate"] == "1.5" and values.get("payment") is None
    assert values["signed"] == "2026年3月1日"
    result = compute_rate(lpr_table=table, **values)
    assert result.payment == pytest.approx(983.33)
    assert result.signed == D("2026-03-01")


def test_a_payment_centuries_away_is_reported_not_a_crash(tmp_path: Path) -> None:
    # Found by the fuzz suite: the line's allowed amounts grow past what
    # Decimal's context can round to the fen, and compute_rate raised.
    from debthelp.rate.amounts import fen

    assert fen(1e300) == 1e300
    assert fen(545.625) == 545.63
    schedule = tmp_path / "s.yaml"
    schedule.write_text(
        "start: 2025-06-01\nreceived: 8000\npayments:\n  - {date: '2167-01-01', amount: '1000'}\n",
        encoding="utf-8",
    )
    result = compute_rate(received="8000", schedule=schedule, lpr_table=load_lpr_table())
    assert result.to_json()["total_paid"] == 1000.0
