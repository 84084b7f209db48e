"""Issue 24's wizard items: no "yes" by default, a progress mark that never jumps,
answer echoes that wrap, and hints that work when typed."""

from __future__ import annotations

from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp.wizard.prompt import ask, session

ENTER = "\r"
UP = "\x1b[A"


def _ask(guidance: Any, qid: str, keys: str, *, can_go_back: bool) -> Any:
    with create_pipe_input() as inp, session(inp, DummyOutput()):
        inp.send_text(keys)
        inp.close()
        return ask(guidance.questions[qid], "zh", can_go_back=can_go_back, current=None)


@pytest.mark.parametrize("qid", ["hardship", "offers", "paid-fixer"])
@pytest.mark.parametrize("can_go_back", [True, False])
def test_enter_alone_never_says_yes(guidance: Any, qid: str, can_go_back: bool) -> None:
    """Issue 24: "是" was the default of questions whose yes has consequences."""
    assert _ask(guidance, qid, ENTER, can_go_back=can_go_back) == "no"


def test_yes_is_still_one_key_away(guidance: Any) -> None:
    assert _ask(guidance, "paid-fixer", UP + ENTER, can_go_back=True) == "yes"
    assert _ask(guidance, "paid-fixer", "y", can_go_back=False) == "yes"
