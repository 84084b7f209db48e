"""F14 of the hostile pass: narrow screens wrap, never crop. Below 40 columns
the plan is plain text wrapped to the screen, with a note saying why; the
wizard's choices wrap under themselves."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest

from debthelp.engine import advise, coerce_all
from debthelp.files import read_answers
from debthelp.render import cell_width, emit_doc, fit_plan, plan_doc
from debthelp.wizard import prompt
from tests.util import ROOT

ANSWERS = ROOT / "examples" / "answers.yaml"


def _screen(guidance: Any, lang: str, width: int) -> str:
    plan = advise(guidance, coerce_all(guidance, read_answers(ANSWERS)), today=dt.date(2026, 3, 15))
    out = io.StringIO()
    doc = plan_doc(guidance, fit_plan(guidance, plan, lang), lang)  # type: ignore[arg-type]
    emit_doc(doc, "auto", lang, out, tty=True, width=width)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("width", [20, 30, 39])
def test_a_narrow_screen_gets_wrapped_plain_text_and_a_note(guidance: Any, width: int) -> None:
    shown = _screen(guidance, "en", width)
    assert " ".join(shown.split()).startswith(f"The screen is only {width} columns wide")
    assert "│" not in shown and "╭" not in shown  # no panels to crop the text
    flat = " ".join(shown.split())
    assert "By 27 Mar 2026: file your defence" in flat  # the year was cropped
    assert "call 12348 today" in flat  # and the number's last digit
    # Only a single word longer than the line may overflow it (the terminal
    # then wraps it; nothing is cut).
    assert all(cell_width(line) <= width or " " not in line.strip() for line in shown.splitlines())


def test_the_note_in_chinese(guidance: Any) -> None:
    shown = _screen(guidance, "zh", 20)
    assert "屏幕只有 20 列宽" in "".join(shown.splitlines()[:3])
    assert "2026年3月27日前" in "".join(shown.split())


def test_forty_columns_still_get_panels(guidance: Any) -> None:
    assert "╭" in _screen(guidance, "en", 40)


SAFETY = "有人威胁要伤害我、跟踪我或不让我离开，我担心自己的安全"
SAFETY_EN = (
    "Someone threatens to hurt me, follows me or won't let me leave, and I fear for my safety"
)


@pytest.mark.parametrize("label", [SAFETY, SAFETY_EN])
def test_a_long_choice_wraps_under_itself_at_40_columns(
    monkeypatch: pytest.MonkeyPatch, label: str
) -> None:
    monkeypatch.setattr(prompt, "screen_width", lambda: 40)
    fitted = prompt.fit_choice(label, prompt.SELECT_INDENT)
    lines = fitted.split("\n")
    assert len(lines) > 1
    assert all(cell_width(line) + prompt.SELECT_INDENT <= 40 for line in lines)
    assert all(line.startswith(" " * prompt.SELECT_INDENT) for line in lines[1:])
    assert "".join(line.strip() for line in lines).replace(" ", "") == label.replace(" ", "")


def test_a_short_choice_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompt, "screen_width", lambda: 40)
    assert prompt.fit_choice("我现在是安全的", prompt.SELECT_INDENT) == "我现在是安全的"


def test_the_rate_lender_list_wraps_and_still_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from debthelp.rate import LENDERS
    from debthelp.wizard import extras

    monkeypatch.setattr(prompt, "screen_width", lambda: 40)
    given = {
        "received": "8000",
        "payment": "1000",
        "periods": "12",
        "every": "month",
        "borrowed": "10000",
        "signed": "2025-06-01",
        "lender": None,
    }
    wanted = LENDERS.index("private")
    start = LENDERS.index("unknown")  # the default the list opens on
    moves = "\x1b[B" * (wanted - start) if wanted >= start else "\x1b[A" * (start - wanted)
    with create_pipe_input() as inp:
        inp.send_text(moves + "\r")
        inp.close()
        got = extras.ask_rate_values("en", given, input=inp, output=DummyOutput())  # type: ignore[arg-type]
    assert got["lender"] == "private"
