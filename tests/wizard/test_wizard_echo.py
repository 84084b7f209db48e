"""Issue 24: the echo a question leaves once answered ("? question  answer") wraps at
word boundaries in English and by the Chinese rules in Chinese: questionary printed
it as one line, which an 80-column terminal cut mid-word ("…and I am n / ot sure…").
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.plain_text import PlainTextOutput

from debthelp.guidance import Guidance
from debthelp.i18n import Lang
from debthelp.render.cjk import cell_width
from debthelp.wizard import prompt
from debthelp.wizard.askers import ask
from debthelp.wizard.prompt import describe, session

DOWN = "\x1b[B"
ENTER = "\r"
PROGRESS = {"zh": "（第 5 题，还有约 5 题）", "en": "(Question 5, about 5 more) "}
# Chinese lines never start with these (render/cjk.py's rules).
NO_LINE_START = "、，。；：？！）」』”"


def echo_of(
    monkeypatch: pytest.MonkeyPatch, guidance: Guidance, qid: str, keys: str, lang: Lang
) -> tuple[Any, list[str]]:
    """The answer, and the lines the question leaves on an 80-column screen once
    answered: questionary's own drawing is erased, so the echo is what comes after
    the last time the question was drawn (a plain-text screen cannot erase)."""
    monkeypatch.setattr(prompt, "screen_width", lambda: 80)
    screen = io.StringIO()
    with create_pipe_input() as inp, session(inp, PlainTextOutput(screen)):
        inp.send_text(keys)
        inp.close()
        answer = ask(
            guidance.questions[qid], lang, can_go_back=True, current=None, progress=PROGRESS[lang]
        )
    text = screen.getvalue().replace("\r", "")
    echo = text[text.rindex("? " + PROGRESS[lang].strip()) :]
    return answer, [line for line in echo.splitlines() if line.strip()]


def words(lines: list[str], lang: Lang) -> str:
    """The echo's text with its line breaks undone (and the echo's marks taken off)."""
    parts = [line.strip().removeprefix("? ").removeprefix("→ ") for line in lines]
    return ("" if lang == "zh" else " ").join(parts)


def test_the_answer_the_review_found_cut_is_whole(
    guidance: Guidance, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer, lines = echo_of(monkeypatch, guidance, "lender", DOWN * 4 + ENTER, "en")
    assert answer == "platform"
    assert "  → A loan app or platform, and I am not sure who the real lender is" in lines
    assert all(cell_width(line) < 80 for line in lines)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_single_choice_echo_fits_at_80_columns(
    guidance: Guidance, monkeypatch: pytest.MonkeyPatch, lang: Lang
) -> None:
    """Each option of each single-choice question of the wizard: every echo line fits
    in 80 columns (CJK-wide characters count two), no word is cut, and no Chinese
    line starts with a mark that belongs to the end of the line before."""
    checked, own_line = 0, 0
    for qid, question in guidance.questions.items():
        if question.kind != "single":
            continue
        for n, option in enumerate(question.options):
            answer, lines = echo_of(monkeypatch, guidance, qid, DOWN * n + ENTER, lang)
            assert answer == option.value
            assert all(cell_width(line) < 80 for line in lines), lines
            text = words(lines, lang)
            assert text.endswith(describe(question, answer, lang)), lines
            if lang == "zh":
                starts = [line.strip().removeprefix("? ").removeprefix("→ ") for line in lines]
                assert not any(start[0] in NO_LINE_START for start in starts), lines
            checked += 1
            own_line += any(line.startswith("  → ") for line in lines)
    assert checked >= 20
    if lang == "en":
        assert own_line  # some answer did not fit beside its question: the case is covered


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_yes_no_echo_is_in_the_persons_language(
    guidance: Guidance, monkeypatch: pytest.MonkeyPatch, lang: Lang
) -> None:
    answer, lines = echo_of(monkeypatch, guidance, "hardship", ENTER, lang)
    assert answer == "no"
    assert words(lines, lang).endswith("否" if lang == "zh" else "No")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_number_echo_is_the_question_and_the_answer(
    guidance: Guidance, monkeypatch: pytest.MonkeyPatch, lang: Lang
) -> None:
    """questionary left the help lines above a typed answer ("…what to do first. 4")."""
    answer, lines = echo_of(monkeypatch, guidance, "months-overdue", "4" + ENTER, lang)
    assert answer == 4
    question = guidance.questions["months-overdue"]
    assert words(lines, lang).endswith(" 4")
    assert question.why is not None
    assert not any(question.why(lang)[:10] in line for line in lines)
    assert all(cell_width(line) < 80 for line in lines)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_review_echo_is_not_cut_mid_word(
    guidance: Guidance, monkeypatch: pytest.MonkeyPatch, lang: Lang
) -> None:
    """Found in tmux at 80 columns: "...go on to your plan: √ Show my pl / an"."""
    from debthelp.i18n import t
    from debthelp.wizard.flow import _review
    from debthelp.wizard.prompt import PLAN
    from tests.wizard.test_wizard import EXPECTED

    monkeypatch.setattr(prompt, "screen_width", lambda: 80)
    screen = io.StringIO()
    with create_pipe_input() as inp, session(inp, PlainTextOutput(screen)):
        inp.send_text(ENTER)
        inp.close()
        assert _review(guidance, lang, dict(EXPECTED)) == PLAN
    text = screen.getvalue().replace("\r", "")
    echo = [line for line in text[text.rindex("? ") :].splitlines() if line.strip()]
    assert all(cell_width(line) < 80 for line in echo), echo
    label = t("wizard-show-plan", lang)
    assert echo[-1].endswith(label)  # whole, on one line


def test_a_wrapped_choice_is_echoed_as_one_answer() -> None:
    from debthelp.wizard.echo import unfit

    assert unfit("很高：到手的钱被先扣了\n   一部分") == "很高：到手的钱被先扣了一部分"
    assert unfit("A loan app or platform,\n   and I am not sure") == (
        "A loan app or platform, and I am not sure"
    )
