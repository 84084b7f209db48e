"""Issue 24's wizard items: no "yes" by default, a progress mark that never jumps,
answer echoes that wrap, and hints that work when typed."""

from __future__ import annotations

from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp.wizard.askers import ask
from debthelp.wizard.prompt import session

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


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_progress_mark_counts_up_and_never_jumps(guidance: Any, lang: str) -> None:
    """Issue 24: "第 7/10 题" then "第 8/11 题"; now the number asked, and a guess."""
    import io
    import re

    from prompt_toolkit.output.plain_text import PlainTextOutput

    from debthelp.wizard import run_wizard
    from tests.wizard.test_wizard import EXPECTED, FULL_RUN, SHOW_PLAN

    screen = io.StringIO()
    with create_pipe_input() as inp:
        inp.send_text(FULL_RUN + SHOW_PLAN)
        inp.close()
        got = run_wizard(guidance, lang, None, input=inp, output=PlainTextOutput(screen))  # type: ignore[arg-type]
    assert got == EXPECTED
    text = screen.getvalue()
    pattern = r"第 (\d+) 题" if lang == "zh" else r"\(Question (\d+)"
    numbers = [int(n) for n in re.findall(pattern, text)]
    firsts = [n for i, n in enumerate(numbers) if i == 0 or n != numbers[i - 1]]
    assert firsts == list(range(1, len(EXPECTED) + 1)), firsts
    assert not re.search(r"第 \d+/\d+ 题|Question \d+ of \d+", text)


def test_the_last_question_says_no_count_left(guidance: Any) -> None:
    from debthelp.wizard.flow import progress_mark

    answers = {k: v for k, v in list(_all_but_last(guidance).items())}
    assert (
        progress_mark(guidance, answers, len(answers) + 1, "zh") == f"（第 {len(answers) + 1} 题）"
    )
    assert "还有约" in progress_mark(guidance, {}, 1, "zh")


def _all_but_last(guidance: Any) -> dict[str, Any]:
    from tests.wizard.test_wizard import EXPECTED

    return {k: v for k, v in EXPECTED.items() if k != "paid-fixer"}


def _screen_of(monkeypatch: pytest.MonkeyPatch, columns: int, keys: str, ask_it: Any) -> str:
    import io

    from prompt_toolkit.output.plain_text import PlainTextOutput

    from debthelp.wizard import prompt

    monkeypatch.setattr(prompt, "screen_width", lambda: columns)
    screen = io.StringIO()
    with create_pipe_input() as inp, session(inp, PlainTextOutput(screen)):
        inp.send_text(keys)
        inp.close()
        ask_it()
    return screen.getvalue()


def test_a_multiple_choice_echo_is_one_answer_a_line(
    guidance: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: a "、"-joined echo wrapped by the terminal could start a line with "、"."""
    question = guidance.questions["collectors"]
    keys = " " + "\x1b[B " * 3 + ENTER  # the first four
    got: list[Any] = []
    text = _screen_of(
        monkeypatch,
        40,
        keys,
        lambda: got.append(ask(question, "zh", can_go_back=False, current=None)),
    )
    labels = [question.option(v).label("zh") for v in got[0]]
    assert len(labels) == 4
    arrows = [line for line in text.splitlines() if line.lstrip().startswith("→")]
    assert len(arrows) == 4
    assert not any(line.lstrip().startswith("、") for line in text.splitlines())


def test_a_pasted_message_is_shown_in_full_width(monkeypatch: pytest.MonkeyPatch) -> None:
    from debthelp.wizard.flow import offer_check

    message = (
        "【某某法院】您因借款合同纠纷一案已被立案，请于三日内联系承办人处理，"
        "逾期将依法强制执行，详询 0755-12345678"
    )
    got: list[str] = []
    text = _screen_of(
        monkeypatch, 80, "y" + message + ENTER + ENTER, lambda: got.append(offer_check("zh"))
    )
    assert got == [message]
    from debthelp.render.cjk import cell_width

    # Below its question, from the left margin, as wide as the screen: questionary
    # drew it beside the question, in the few columns left of a long question.
    start = [line for line in text.splitlines() if line.startswith("  【某某法院】")]
    assert start and cell_width(start[0]) >= 60
