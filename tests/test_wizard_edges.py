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


def test_log_adds_channel_list_wraps_at_40_columns_in_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The hardening pass left it: at 40 columns the English channels were cut."""
    import questionary

    from debthelp.render.cjk import cell_width
    from debthelp.wizard import log_prompts, prompt

    monkeypatch.setattr(prompt, "screen_width", lambda: 40)
    seen: list[str] = []
    real = questionary.select

    def select(message: str, choices: list[Any], **kw: Any) -> Any:
        seen.extend(str(c.title) for c in choices)
        return real(message, choices=choices, **kw)

    monkeypatch.setattr(log_prompts.questionary, "select", select)
    blank = {
        "channel": None,
        "when": "now",
        "sender": "x",
        "claimed_identity": "y",
        "said": "z",
        "times": 1,
        "contacted": [],
    }
    with create_pipe_input() as inp:
        inp.send_text(ENTER)
        inp.close()
        got = log_prompts.ask_log_fields("en", blank, input=inp, output=DummyOutput())  # type: ignore[arg-type]
    assert got["channel"] == "call"
    assert seen and any("\n" in title for title in seen)
    for title in seen:
        assert all(cell_width(line) + prompt.SELECT_INDENT <= 40 for line in title.split("\n"))
