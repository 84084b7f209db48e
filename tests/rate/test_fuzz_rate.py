"""Fuzzing the second pass of ``debthelp rate``: its new flags and input forms.

The property of ``tests/cli/test_fuzz.py``: each input ends in a result that renders
in both languages (and as JSON with the table), or in a ``DebtHelpError`` whose
message exists in both languages; never another exception, never a traceback
from the command line, exit codes 0, 1 or 2.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli.test_fuzz import TEXT, case, fuzz_settings, lpr_table

pytestmark = pytest.mark.slow

PERCENT = st.one_of(
    st.none(),
    TEXT,
    st.sampled_from(["1.5%", "2", "0.05％", "0", "100", "100.5%", "-1%", "1e309%", "%"]),
)
MONEY = st.one_of(st.none(), TEXT, st.sampled_from(["300", "0", "1,000元", "¥20", "1e12"]))
COUNT = st.one_of(st.none(), TEXT, st.sampled_from(["0", "3", "12", "13", "-1", "1.5"]))
DATES = st.one_of(
    st.none(),
    TEXT,
    st.dates().map(str),
    st.dates().map(lambda d: f"{d.year}/{d.month}/{d.day}"),
    st.dates().map(lambda d: f"{d.year}年{d.month}月{d.day}日"),
    st.sampled_from(["2026年1月15日", "2025/12/31", "2026-2-1", "2025年2月30日"]),
)


def _render(result: Any) -> None:
    from debthelp.rate import explain
    from debthelp.render import rate_doc

    explain(result)
    json.dumps(result.to_json(table=True), allow_nan=False)
    for lang in ("zh", "en"):
        rate_doc(result, lang, table=True)  # type: ignore[arg-type]


@fuzz_settings(1500)
@given(
    received=st.one_of(TEXT, st.sampled_from(["10000", "10,000", "¥9,700"])),
    payment=st.one_of(st.none(), TEXT, st.sampled_from(["983.33", "0.01"])),
    periods=st.one_of(TEXT, st.sampled_from(["12", "1", "10000"])),
    every=st.one_of(st.none(), st.sampled_from(["month", "biweekly", "week", "day"]), TEXT),
    monthly_rate=PERCENT,
    daily_rate=PERCENT,
    fee=MONEY,
    fee_each=MONEY,
    paid=COUNT,
    paid_amount=MONEY,
    borrowed=st.one_of(st.none(), st.just("12000"), TEXT),
    lender=st.sampled_from(
        ["bank", "credit-card", "consumer-finance", "small-loan", "platform", "private", "unknown"]
    ),
    signed=DATES,
    lpr=st.one_of(st.none(), TEXT, st.sampled_from(["0.5", "10", "0.49", "3.0%"])),
)
def test_rate_new_flags(**values: Any) -> None:
    from debthelp.rate import compute_rate

    def run() -> None:
        if values["payment"] is None and values["monthly_rate"] is None:
            values["daily_rate"] = values["daily_rate"] or "0.05%"
        _render(compute_rate(lpr_table=lpr_table(), **values))

    case(run)


@fuzz_settings(600)
@given(
    count=st.integers(1, 40),
    every=st.sampled_from(["month", "biweekly", "week", "day"]),
    check=st.one_of(st.none(), st.sampled_from(["month", "biweekly", "week", "day", "year"])),
    jitter=st.lists(st.integers(-6, 6), min_size=40, max_size=40),
    amount=st.floats(0.01, 1e7),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030"]),
    form=st.sampled_from(["{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}年{m}月{d}日", "{y}-{m}-{d}"]),
    fee=st.one_of(st.none(), st.sampled_from(["100", "0", "99999999"])),
)
def test_schedule_forms(
    tmp_path_factory: pytest.TempPathFactory,
    *,
    count: int,
    every: str,
    check: str | None,
    jitter: list[int],
    amount: float,
    encoding: str,
    form: str,
    fee: str | None,
) -> None:
    from debthelp.rate import compute_rate, payment_day

    start = date(2025, 6, 1)
    days = [start] + [
        payment_day(start, every, k) + timedelta(days=jitter[k - 1]) for k in range(1, count + 1)
    ]
    days = [max(start, d) for d in days]
    lines = ["日期,金额,备注"] + [
        f'{form.format(y=d.year, m=d.month, d=d.day)},"{amount if i else 8000:,.2f}元",'
        for i, d in enumerate(days)
    ]
    path = Path(tmp_path_factory.getbasetemp()) / "forms.csv"

    def run() -> None:
        path.write_bytes("\n".join(lines).encode(encoding))
        result = compute_rate(
            received="8,000", schedule=path, every=check, fee=fee, lpr_table=lpr_table()
        )
        _render(result)

    case(run)


@fuzz_settings(400)
@given(
    flags=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "--monthly-rate",
                    "--daily-rate",
                    "--fee",
                    "--fee-each",
                    "--paid",
                    "--paid-amount",
                    "--every",
                    "--signed",
                    "--lpr",
                ]
            ),
            st.one_of(TEXT, st.sampled_from(["1.5%", "300", "3", "biweekly", "2025年6月1日"])),
        ),
        max_size=4,
    ),
    table=st.booleans(),
    fmt=st.sampled_from(["text", "json", "markdown"]),
    lang=st.sampled_from(["zh", "en"]),
)
def test_rate_command_line(
    cli: Any, flags: list[tuple[str, str]], table: bool, fmt: str, lang: str
) -> None:
    args = ["rate", "--received", "10000", "--periods", "12", "--format", fmt, "--lang", lang]
    if not any(flag in ("--monthly-rate", "--daily-rate") for flag, _ in flags):
        args += ["--payment", "1000"]
    for flag, value in flags:
        args += [flag, value]
    if table:
        args.append("--table")
    cli(args)


@pytest.fixture(scope="module")
def cli(monkeypatch_module: pytest.MonkeyPatch) -> Any:
    from tests.cli.test_fuzz import cli as make_cli

    return make_cli.__wrapped__(monkeypatch_module)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def monkeypatch_module() -> Any:
    with pytest.MonkeyPatch.context() as mp:
        yield mp
