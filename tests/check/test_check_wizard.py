"""The wizard's offer to check a "you have been sued" message before the plan."""

from __future__ import annotations

from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp.errors import Interrupted
from debthelp.wizard import run_wizard
from tests.wizard.test_wizard import CTRL_C, ENTER, EXPECTED

COURT = {**EXPECTED, "collectors": ["court-text"]}
MESSAGE = "【某某人民法院】您已被起诉，请点击 https://t.cn/x 查看"


def run(guidance: Any, keys: str, answers: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    got: list[str] = []
    with create_pipe_input() as inp:
        inp.send_text(keys)
        inp.close()
        result = run_wizard(
            guidance,
            "zh",
            answers,
            input=inp,  # type: ignore[arg-type]
            output=DummyOutput(),
            on_court_text=got.append,
        )
    return result, got


def test_offer_then_paste(guidance: Any) -> None:
    # Review: show the plan; the offer: y; the message, then Enter on an empty line.
    answers, got = run(guidance, ENTER + "y" + MESSAGE + ENTER + ENTER + ENTER, COURT)
    assert answers == COURT
    assert got == [MESSAGE]


def test_a_pasted_message_keeps_its_lines(guidance: Any) -> None:
    keys = ENTER + "y" + "第一行" + ENTER + "第二行：已立案" + ENTER + ENTER + ENTER
    assert run(guidance, keys, COURT)[1] == ["第一行\n第二行：已立案"]


def test_n_skips_with_one_key(guidance: Any) -> None:
    answers, got = run(guidance, ENTER + "n", COURT)
    assert answers == COURT and got == []


def test_an_empty_box_skips(guidance: Any) -> None:
    assert run(guidance, ENTER + "y" + ENTER, COURT)[1] == []


def test_no_offer_without_the_court_text_answer(guidance: Any) -> None:
    answers, got = run(guidance, ENTER, EXPECTED)
    assert answers == EXPECTED and got == []


@pytest.mark.parametrize("keys", [ENTER + CTRL_C, ENTER + "y" + "已起诉" + CTRL_C, ENTER + "y"])
def test_ctrl_c_or_end_of_input_cancels(guidance: Any, keys: str) -> None:
    with pytest.raises(Interrupted):
        run(guidance, keys, COURT)


def test_esc_does_nothing_at_the_offer(guidance: Any) -> None:
    assert run(guidance, ENTER + "\x1b" + "n", COURT)[1] == []
