"""F4 of the hostile pass: the wizard's last step never loses the plan. A save
name that cannot be written is refused with its reason and asked again."""

from __future__ import annotations

from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp.errors import Interrupted
from debthelp.wizard.extras import offer_to_save

DOWN, ENTER, CLEAR = "\x1b[B", "\r", "\x15"  # Ctrl-U empties the name's line


def _offer(keys: str, lang: str = "zh") -> Path | None:
    with create_pipe_input() as inp:
        inp.send_text(keys)
        inp.close()
        return offer_to_save(lang, lambda: "# plan\n", input=inp, output=DummyOutput())  # type: ignore[arg-type]


def _name(name: str) -> str:
    return CLEAR + name + ENTER


@pytest.mark.parametrize(
    "bad",
    [
        "{tmp}",  # a folder
        "/dev/null",
        "{tmp}/no/such/dir/plan.md",
        "{tmp}/" + "x" * 300 + ".md",
        "~nosuchuser_dh/plan.md",
    ],
)
def test_an_unusable_name_is_refused_and_asked_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    good = tmp_path / "plan.md"
    saved = _offer(DOWN + ENTER + _name(bad.format(tmp=tmp_path)) + _name(str(good)))
    assert saved == good
    assert good.read_text(encoding="utf-8") == "# plan\n"
    err = capsys.readouterr().err
    assert "错误：" in err and "请换一个文件名再试" in err
    assert "计划已保存到" in err


def test_the_refusal_is_in_english_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "plan.md"
    assert _offer(DOWN + ENTER + _name("~nosuchuser_dh/p.md") + _name(str(good)), "en") == good
    err = capsys.readouterr().err
    assert "no such user's home folder" in err and "Try another file name" in err


def test_ctrl_c_after_a_refusal_cancels_without_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(Interrupted):
        _offer(DOWN + ENTER + _name("/dev/null") + "\x03")
    assert "请换一个文件名再试" in capsys.readouterr().err


def test_no_thanks_saves_nothing() -> None:
    assert _offer(ENTER) is None
