"""The hostile pass's terminal sessions, each kept fixed on a real pseudo-terminal:
a bare bracketed-paste start (F5), an unusable save name at the wizard's last
step (F4) and a narrow screen (F14)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pexpect
import pytest

from tests.util import ptys
from tests.wizard.test_pty import DEBTHELP, ENTER, Q_SAFETY, SAVE_OFFER, env, plain

pytestmark = pytest.mark.slow

DOWN, CLEAR = "\x1b[B", "\x15"
PASTE_START = "\x1b[200~"
REVIEW = "请检查你的回答"
# Every answer but the first question's, so the wizard asks one thing and
# goes on to the plan and the offer to keep it.
ALL_BUT_SAFETY = {
    "collectors": ["calls"],
    "lenders-count": 3,
    "months-overdue": 2,
    "amount-overdue": 5000,
    "lender": "platform",
    "cost": "high",
    "pay": "nothing",
    "hardship": "yes",
    "papers": "payment-order",
    "received-days": 3,
    "offers": "yes",
    "paid-fixer": "no",
}


@pytest.fixture()
def spawn(tmp_path: Path) -> Iterator[Any]:
    with ptys() as spawn_one:

        def start(args: list[str], rows: int = 24, cols: int = 80, **extra: str) -> Any:
            home = {"HOME": str(tmp_path), "DEBTHELP_HOME": str(tmp_path / "h")}
            return spawn_one(
                str(DEBTHELP),
                args,
                env={**env(), **home, **extra},
                rows=rows,
                cols=cols,
                timeout=20,
                cwd=str(tmp_path),
            )

        yield start


@pytest.mark.parametrize("cancel", ["c", "d"])
def test_ctrl_c_and_ctrl_d_cancel_after_a_bare_paste_start(spawn: Any, cancel: str) -> None:
    child = spawn([])
    child.expect(Q_SAFETY)
    time.sleep(0.3)
    child.send(PASTE_START)
    time.sleep(0.5)
    child.sendcontrol(cancel)
    child.expect(pexpect.EOF, timeout=10)  # before the fix: still running
    child.close()
    assert child.exitstatus == 130


def _to_the_save_name(spawn: Any, tmp_path: Path, lang: str = "zh") -> pexpect.spawn:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ALL_BUT_SAFETY), encoding="utf-8")
    child = spawn(["advise", "--lang", lang, "--answers", str(answers)])
    child.expect("安全吗" if lang == "zh" else "safe")
    time.sleep(0.2)
    child.send(ENTER)
    offer = SAVE_OFFER if lang == "zh" else "Keep this plan"
    if child.expect([REVIEW if lang == "zh" else "Check your answers", offer]) == 0:
        time.sleep(0.2)
        child.send(ENTER)  # the review: make the plan
        child.expect(offer)
    time.sleep(0.2)
    child.send(DOWN + ENTER)  # save it as a file
    child.expect("文件名" if lang == "zh" else "File name")
    time.sleep(0.2)
    return child


@pytest.mark.parametrize("bad", ["/dev/null", "{tmp}/no/such/dir/p.md", "~nosuchuser_dh/p.md"])
def test_a_bad_save_name_is_asked_again_and_the_plan_kept(
    spawn: Any, tmp_path: Path, bad: str
) -> None:
    child = _to_the_save_name(spawn, tmp_path)
    child.send(CLEAR + bad.format(tmp=tmp_path) + ENTER)
    child.expect("请换一个文件名再试")
    child.expect("文件名")  # asked again, not the end of the session
    time.sleep(0.2)
    child.send(CLEAR + str(tmp_path / "plan.md") + ENTER)
    child.expect("计划已保存到")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert (tmp_path / "plan.md").read_text(encoding="utf-8").startswith("# 你的行动计划")


def test_ctrl_c_after_a_bad_save_name_is_a_cancel_not_an_error(spawn: Any, tmp_path: Path) -> None:
    child = _to_the_save_name(spawn, tmp_path, "en")
    child.send(CLEAR + "/dev/null" + ENTER)
    child.expect("Try another file name")
    time.sleep(0.3)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "unexpected" not in plain(child.before or "")


def test_the_safety_choices_wrap_at_40_columns(spawn: Any) -> None:
    child = spawn([], rows=24, cols=40)
    child.expect("以上两种情况都有")  # the last choice is drawn
    screen = "".join(plain(child.before or "").split())
    time.sleep(0.3)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    assert "我担心自己的安全" in screen  # was cut off at the 40th column


def test_a_plan_at_20_columns_keeps_the_year_and_the_number(spawn: Any) -> None:
    answers = str(Path(__file__).resolve().parents[2] / "examples" / "answers.yaml")
    child = spawn(
        ["advise", "--lang", "en", "--answers", answers],
        rows=24,
        cols=20,
        DEBTHELP_TODAY="2026-03-15",
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    flat = " ".join(plain(child.before or "").split())
    assert "The screen is only 20 columns wide" in flat
    assert "By 27 Mar 2026: file your defence" in flat
    assert "call 12348 today" in flat
