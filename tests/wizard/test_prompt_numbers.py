"""F6 of the hostile pass: "²", "①" and numbers past Python's 4,300-digit limit
at a prompt are refused like any other wrong answer, never a traceback from
inside prompt_toolkit's event loop."""

from __future__ import annotations

from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp.digits import bounded_int
from debthelp.wizard import budget as budget_prompts
from debthelp.wizard.extras import _valid_periods
from debthelp.wizard.log_prompts import ask_log_fields
from debthelp.wizard.prompt import session

ENTER, ERASE_LINE = "\r", "\x15"
HUGE = "9" * 5000
ODD = ["²", "①", "３", HUGE, "-1", "1.5", " "]


def _within(seconds: float, ask: Any) -> Any:
    """``ask()`` in a thread of its own: before the fix the prompt never ended
    (prompt_toolkit waited on "Press ENTER to continue"), and a test must fail,
    not hang."""
    import threading

    got: list[Any] = []
    worker = threading.Thread(target=lambda: got.append(ask()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "the prompt hung"
    assert got, "the prompt failed"
    return got[0]


@pytest.mark.parametrize("typed", ODD)
def test_bounded_int_refuses_what_int_cannot_read_or_should_not(typed: str) -> None:
    assert bounded_int(typed, 1, 10_000) is None


@pytest.mark.parametrize(
    ("typed", "value"), [("7", 7), (" 12 ", 12), ("0" * 5000 + "12", 12), ("10000", 10_000)]
)
def test_bounded_int_reads_plain_digits(typed: str, value: int) -> None:
    assert bounded_int(typed, 1, 10_000) == value


def test_bounded_int_keeps_its_bounds() -> None:
    assert bounded_int("0", 1, 9) is None and bounded_int("10", 1, 9) is None
    assert bounded_int("0", 0, 9) == 0


def _log_times(keys: str) -> Any:
    given = {"channel": "call", "when": "now", "sender": "x", "claimed_identity": "y", "said": "z"}
    with create_pipe_input() as inp:
        inp.send_text(keys)
        inp.close()
        answers = _within(20, lambda: ask_log_fields("zh", given, input=inp, output=DummyOutput()))  # type: ignore[arg-type]
        return answers["times"]


@pytest.mark.parametrize("typed", ["²", "①", HUGE])
def test_log_add_times_refuses_odd_digits_and_asks_again(typed: str) -> None:
    assert _log_times(typed + ENTER + ERASE_LINE + "3" + ENTER) == 3


@pytest.mark.parametrize("typed", ["²", "①", HUGE])
def test_log_add_times_check_refuses_odd_digits(typed: str) -> None:
    from debthelp.wizard.log_prompts import _check_times

    assert _check_times(typed) == "log.ask-invalid-times"


def test_log_add_times_reads_leading_zeros() -> None:
    assert _log_times("007" + ENTER) == 7


def _budget_periods(keys: str) -> Any:
    with create_pipe_input() as inp:
        inp.send_text(keys)
        inp.close()

        def ask() -> int:
            with session(inp, DummyOutput()):
                return budget_prompts._periods("zh")

        return _within(20, ask)


@pytest.mark.parametrize("typed", ["²", "①", HUGE])
def test_budget_months_refuse_odd_digits_and_ask_again(typed: str) -> None:
    assert _budget_periods(typed + ENTER + ERASE_LINE + "24" + ENTER) == 24


@pytest.mark.parametrize("typed", ["²", "①", HUGE])
def test_rate_payments_prompt_refuses_what_the_parser_cannot_read(typed: str) -> None:
    assert _valid_periods(typed) == "rate.ask-invalid-periods"
    assert _valid_periods("12") is None
