"""Issue 24: numbers as people write them at the wizard's prompts, and a refused
entry cleared by the next attempt instead of kept in front of it."""

from __future__ import annotations

from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp.wizard import budget as budget_prompts
from debthelp.wizard.askers import ask
from debthelp.wizard.numbers import plain_number
from debthelp.wizard.prompt import session

ENTER = "\r"


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("6万", "60000"),
        ("1.5万", "15000"),
        ("60,000", "60000"),
        ("6000元", "6000"),
        ("60k", "60000"),
        ("60K", "60000"),
        ("６０００", "6000"),
        ("¥6万元", "60000"),
        ("6 万", "60000"),
        ("1,234.5", "1234.5"),
        ("0.5万", "5000"),
    ],
)
def test_amounts_as_people_write_them(typed: str, plain: str) -> None:
    assert plain_number(typed) == plain


@pytest.mark.parametrize("typed", ["6万60,000", "abc", "万", "6万万", "1,23", "-5", ""])
def test_what_is_not_a_number_is_left_for_the_check(typed: str) -> None:
    assert plain_number(typed) == typed


def _amount(keys: str, lang: str = "zh") -> int:
    with create_pipe_input() as inp, session(inp, DummyOutput()):
        inp.send_text(keys)
        inp.close()  # keys run out: end of input, not a prompt waiting for ever
        return budget_prompts._amount(lang, "budget.ask-balance")  # type: ignore[arg-type]


@pytest.mark.parametrize(("typed", "fen"), [("6万", 6_000_000), ("1.5万", 1_500_000)])
def test_the_budget_wizard_takes_wan(typed: str, fen: int) -> None:
    assert _amount(typed + ENTER) == fen


def test_a_refused_amount_is_replaced_by_the_next_attempt() -> None:
    """The issue's own example: "6万" refused (here "6万x"), then "60,000" typed
    gave "6万x60,000", refused again, for ever."""
    assert _amount("6万x" + ENTER + "60,000" + ENTER) == 6_000_000


def test_backspace_still_edits_a_refused_amount() -> None:
    assert _amount("6万x" + ENTER + "\x7f" + ENTER) == 6_000_000


def test_the_guidance_number_question_takes_wan(guidance: Any) -> None:
    question = guidance.questions["amount-overdue"]
    with create_pipe_input() as inp, session(inp, DummyOutput()):
        inp.send_text("2万x" + ENTER + "2万" + ENTER)
        inp.close()
        got = ask(question, "zh", can_go_back=True, current=None)
    assert got == 20000
