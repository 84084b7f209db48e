"""Fuzzing the edges the hostile pass found: any date the calendar holds as
"today", numbers past Python's 4,300-digit limit at every prompt check and in
COLUMNS. Property: a result or a refusal, never another exception."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from debthelp import term
from debthelp.digits import bounded_int
from debthelp.engine import advise, coerce_all
from debthelp.files import read_answers
from tests.util import ROOT

ANSWERS = ROOT / "examples" / "answers.yaml"
FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Digits as people and programs write them, and some that only look like digits.
DIGITS = st.one_of(
    st.integers(min_value=0, max_value=10**6).map(str),
    st.integers(min_value=4290, max_value=6000).map(lambda n: "9" * n),
    st.integers(min_value=4290, max_value=6000).map(lambda n: "0" * n + "12"),
    st.sampled_from(["²", "³", "①", "٣", "３", "-1", "1.5", "1e5", " 7 ", "", "\x00"]),
    st.text(max_size=30),
)


@FAST
@given(today=st.dates(), days=st.integers(min_value=0, max_value=3650))
def test_any_today_and_any_days_ago_make_a_plan(guidance: Any, today: dt.date, days: int) -> None:
    raw = {**read_answers(ANSWERS), "received-days": days}
    plan = advise(guidance, coerce_all(guidance, raw), today=today)
    for due in plan.due:
        assert dt.date.min <= due.received <= due.due <= dt.date.max


@FAST
@given(text=DIGITS)
def test_bounded_int_never_raises(text: str) -> None:
    value = bounded_int(text, 1, 10_000)
    assert value is None or 1 <= value <= 10_000


@FAST
@given(text=DIGITS)
def test_columns_never_raise(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COLUMNS", text.replace("\x00", ""))
        assert 1 <= term.width() <= term.MAX_WIDTH


@FAST
@given(text=DIGITS)
def test_prompt_checks_never_raise(guidance: Any, text: str) -> None:
    from debthelp.wizard.budget import _check_amount
    from debthelp.wizard.extras import _valid_amount, _valid_date, _valid_payment, _valid_periods
    from debthelp.wizard.log_prompts import _check_times, _check_when

    assert _check_times(text) in (None, "log.ask-invalid-times")
    assert _valid_periods(text) in (None, "rate.ask-invalid-periods")
    assert _valid_amount(text) in (None, "rate.ask-invalid-amount")
    assert _valid_payment(text) in (None, "rate.ask-invalid-payment")
    assert _valid_date(text) in (None, "rate.ask-invalid-date")
    assert _check_when(text) in (None, "log.ask-invalid-when")
    assert _check_amount("zh")(text) is True or isinstance(_check_amount("zh")(text), str)
    from debthelp.budget import parse_rate
    from debthelp.wizard.prompt import _check_number

    parse_rate(text)
    for question in guidance.questions.values():
        if question.kind == "number":
            assert _check_number(question, "en", text, True) is True or isinstance(
                _check_number(question, "en", text, True), str
            )
