"""The installed `debthelp` on a pseudo-terminal: the wizard as a person meets it.

Keys are sent only after the question they answer is on the screen, so these
tests wait for the program instead of racing it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pexpect
import pytest

from debthelp.engine import advise
from debthelp.i18n import t
from debthelp.render import do_first_lines, fit_plan
from tests.util import pty_env, ptys, report_text, spawn_pty

# Real processes, terminals or builds: run by the README command and CI, not by -m "not slow".
pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
DEBTHELP = BIN / "debthelp"
DOWN = "\x1b[B"
UP = "\x1b[A"
ENTER = "\r"
SPACE = " "
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]|\x1b[=>]")

# Chinese question texts, as in data/guidance.yaml (a unique part of each).
Q_SAFETY = "你现在安全吗"
Q_COLLECTORS = "催收方做了或说了哪些事"
Q_COUNT = "你一共欠几家的钱"
Q_MONTHS = "已经逾期几个月了"
Q_LENDER = "欠的是哪一类机构或个人的钱"
Q_COST = "这笔借款的成本看起来怎么样"
Q_PAY = "你现在能还多少"
Q_HARDSHIP = "能说明困难的证明"
Q_PAPERS = "你收到过下面哪种文件或消息"
Q_DAYS = "多少天前收到这份法院文书"
Q_OFFERS = "说收费就能帮你"
Q_PAID = "付过钱"
SAVE_OFFER = "要把这份计划存成文件吗"
REVIEW = "请检查你的回答"
# The lender question's help line: on its prompt only, never on the review screen
# (which shows the first 40 characters of every question).
LENDER_HELP = "关于我们"
PLAN_TITLE = "你的行动计划"


def env() -> dict[str, str]:
    out = dict(os.environ)
    out.update(PROMPT_TOOLKIT_NO_CPR="1", LANG="zh_CN.UTF-8", TERM="xterm-256color")
    out["PATH"] = f"{BIN}{os.pathsep}{out.get('PATH', '')}"
    for name in ("LC_ALL", "LC_MESSAGES", "DEBTHELP_LANG", "COLUMNS", "LINES"):
        out.pop(name, None)
    return out


@pytest.fixture()
def spawn() -> Iterator[Any]:
    with ptys() as start:
        yield lambda command, args: start(command, args, env=env(), rows=40, cols=120)


def answer(child: pexpect.spawn, steps: list[tuple[str, str]]) -> str:
    """For each (text on screen, keys): wait for the text, then type the keys."""
    seen = ""
    for expected, keys in steps:
        child.expect(expected)
        seen += (child.before or "") + (child.after or "")
        # The question is on screen a moment before its prompt reads keys;
        # keys sent in that moment can be lost, as a fast typist's would.
        time.sleep(0.15)
        child.send(keys)
    return seen


def finish(child: pexpect.spawn) -> str:
    child.expect(pexpect.EOF)
    rest = child.before or ""
    child.close()
    return rest


def plain(text: str) -> str:
    return ANSI.sub("", text)


def test_the_wizard_in_chinese_with_back_and_a_changed_answer(spawn: Any, guidance: Any) -> None:
    child = spawn(str(DEBTHELP), [])
    seen = answer(
        child,
        [
            (Q_SAFETY, ENTER),  # safe
            (Q_COLLECTORS, SPACE + ENTER),  # calls
            (Q_COUNT, ENTER),  # left blank
            (Q_MONTHS, "2" + ENTER),
            (Q_LENDER, DOWN * 4 + ENTER),  # a loan app or platform
            (Q_COST, ENTER),  # very high
            (Q_PAY, DOWN + ENTER),  # part of it
            (Q_HARDSHIP, DOWN + ENTER),  # yes, no (where the pointer starts), [back]
            (Q_PAY, DOWN + ENTER),  # back on "part": one down is "nothing"
            (Q_HARDSHIP, UP + ENTER),  # yes
            (Q_PAPERS, DOWN * 2 + ENTER),  # a payment order
            (Q_DAYS, "3" + ENTER),
            (Q_OFFERS, UP + ENTER),  # yes
            (Q_PAID, ENTER),  # no
            # Review: plan, then the questions in order; the lender is the fifth.
            (REVIEW, DOWN * 5 + ENTER),
            (LENDER_HELP, DOWN + ENTER),  # from "platform" one down: a private loan
            # The cost question hangs on the lender (a credit card skips it): asked again.
            (Q_COST, ENTER),
            (REVIEW, ENTER),  # 生成建议
            (SAVE_OFFER, ENTER),  # no, thanks
        ],
    )
    # The review screen offered the plan, and the back step really asked "pay" again.
    assert "生成建议" in plain(seen)
    assert plain(seen).count(Q_PAY) >= 2
    # The review shows every answer in full, the changed one included.
    private = guidance.questions["lender"].option("private").label("zh")
    assert private in plain(seen).replace("\r\n", "").replace("\n", "")
    out = plain(seen + finish(child))
    assert child.exitstatus == 0, out[-2000:]
    assert "Traceback" not in out
    assert PLAN_TITLE in out

    final = {
        "safety": "safe",
        "collectors": ["calls"],
        "lenders-count": "",
        "months-overdue": 2,
        "lender": "private",
        "cost": "high",
        "pay": "nothing",
        "hardship": "yes",
        "papers": "payment-order",
        "received-days": 3,
        "offers": "yes",
        "paid-fixer": "no",
    }
    whole = advise(guidance, final)
    before = advise(guidance, {**final, "lender": "platform"})
    # The change matters, so the plan shows it was made.
    assert [s.id for s in (*whole.steps, *whole.later)] != [
        s.id for s in (*before.steps, *before.later)
    ]
    plan = fit_plan(guidance, whole, "zh")
    now = {step.id: step.tip for step in plan.steps}
    flat = out.replace("\r\n", "\n")
    for tip in now.values():
        assert tip.title("zh")[:12] in flat, tip.id
    for line in do_first_lines(plan, "zh"):
        assert line[1][:12] in flat


def test_ctrl_c_at_the_first_prompt(spawn: Any) -> None:
    child = spawn(str(DEBTHELP), [])
    child.expect(Q_SAFETY)
    child.sendcontrol("c")
    out = plain(finish(child))
    assert child.exitstatus == 130
    assert "已取消" in out
    assert "Traceback" not in out


def test_plan_redirected_to_a_file_gets_no_prompts(spawn: Any, tmp_path: Path) -> None:
    target = tmp_path / "OUT.txt"
    child = spawn("bash", ["-c", f"DEBTHELP_TODAY=2026-11-30 debthelp advise > '{target}'"])
    answer(
        child,
        [
            (Q_SAFETY, ENTER),
            (Q_COLLECTORS, SPACE + ENTER),
            (Q_COUNT, ENTER),
            (Q_MONTHS, ENTER),
            (Q_LENDER, DOWN * 4 + ENTER),
            (Q_COST, ENTER),
            (Q_PAY, DOWN * 2 + ENTER),  # nothing
            (Q_HARDSHIP, UP + ENTER),
            (Q_PAPERS, DOWN * 2 + ENTER),
            (Q_DAYS, "3" + ENTER),
            (Q_OFFERS, UP + ENTER),
            (Q_PAID, ENTER),
            (REVIEW, ENTER),
        ],
    )
    rest = finish(child)
    assert child.exitstatus == 0
    assert SAVE_OFFER not in rest  # the plan went to a file: nothing to offer on screen
    text = target.read_text(encoding="utf-8")
    assert text.startswith(PLAN_TITLE + "\n")
    assert "\x1b" not in text
    for question in (Q_SAFETY, Q_COLLECTORS, Q_COUNT, Q_LENDER, Q_PAY, Q_PAPERS, Q_PAID, REVIEW):
        assert question not in text
    assert "生成建议" not in text
    # Exactly the plan the same answers give from a file.
    answers = {
        "safety": "safe",
        "collectors": ["calls"],
        "lender": "platform",
        "cost": "high",
        "pay": "nothing",
        "hardship": "yes",
        "papers": "payment-order",
        "received-days": 3,
        "offers": "yes",
        "paid-fixer": "no",
    }
    saved = tmp_path / "answers.json"
    saved.write_text(json.dumps(answers), encoding="utf-8")
    expected = subprocess.run(
        [str(DEBTHELP), "advise", "--answers", str(saved), "--format", "text"],
        check=False,
        env={**env(), "DEBTHELP_TODAY": "2026-11-30"},
        capture_output=True,
        encoding="utf-8",
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert expected.returncode == 0
    assert text == expected.stdout


def test_crisis_numbers_at_once_and_again_on_ctrl_c(spawn: Any) -> None:
    child = spawn(str(DEBTHELP), [])
    child.expect(Q_SAFETY)
    child.send(DOWN * 2 + ENTER)  # "I have thought of hurting myself"
    child.expect("12356")  # shown at once, before the next question
    child.expect("先看求助方式")
    child.sendcontrol("c")
    out = plain(finish(child))
    assert child.exitstatus == 130
    assert "已取消" in out
    assert "12356" in out.split("已取消")[1]  # the numbers again, on the way out


def test_see_the_help_first_ends_with_the_safety_plan(spawn: Any) -> None:
    child = spawn(str(DEBTHELP), [])
    child.expect(Q_SAFETY)
    child.send(DOWN * 2 + ENTER)
    child.expect("先看求助方式")
    child.send(ENTER)  # the default: see the help first, no review screen
    child.expect(SAVE_OFFER)
    seen = plain(child.before or "")
    assert REVIEW not in seen
    assert "先做这几件事" in seen and "12356" in seen
    child.send(ENTER)
    finish(child)
    assert child.exitstatus == 0


def test_rate_asks_for_what_is_missing(spawn: Any) -> None:
    child = spawn(str(DEBTHELP), ["rate"])
    seen = answer(
        child,
        [
            (t("rate.ask-received", "zh")[:6], "8000" + ENTER),
            (t("rate.ask-payment", "zh")[:6], "1000" + ENTER),
            (t("rate.ask-periods", "zh")[:6], "12" + ENTER),
            (t("rate.ask-every", "zh")[:5], ENTER),  # 每月, the first choice
            (t("rate.ask-borrowed", "zh")[:8], ENTER),  # same as received
            (t("rate.ask-lender", "zh")[:6], UP + ENTER),  # from "unknown" up to a private loan
            (t("rate.ask-signed", "zh")[:6], ENTER),  # not known
        ],
    )
    assert t("rate.every-month", "zh") in plain(seen)
    child.expect(t("rate.title", "zh"))
    out = plain(child.after + finish(child))
    assert child.exitstatus == 0, out[-2000:]
    assert "82.38%" in out
    assert report_text("rate.line-name-private-4lpr", "zh") in out
    assert t("rate.applies-yes", "zh") in out  # the private-loan lines apply
    assert "Traceback" not in out


def test_rate_prompt_refuses_a_bad_amount_until_it_is_right(spawn: Any) -> None:
    child = spawn(
        str(DEBTHELP),
        [
            "rate",
            "--payment",
            "1000",
            "--periods",
            "12",
            "--lender",
            "private",
            "--borrowed",
            "10000",
            "--signed",
            "2025-06-01",
            "--format",
            "json",
        ],
    )
    child.expect(t("rate.ask-received", "zh")[:6])
    child.send("-5" + ENTER)
    child.expect(t("rate.ask-invalid-amount", "zh")[:6])
    child.send("\x7f\x7f" + "8000" + ENTER)
    out = plain(finish(child))
    assert child.exitstatus == 0
    data = json.loads(out[out.index("{") : out.rindex("}") + 1])
    assert data["apr_percent"] == pytest.approx(82.38, abs=0.01)
    assert data["upfront_deduction"] == pytest.approx(2000)


# ------------------------------------------------------------------ once broken
# A real SIGINT at a prompt cancels (prompt_toolkit once swallowed it).


DEBTHELP = str(Path(sys.executable).parent / "debthelp")


def test_sigint_at_a_prompt_cancels() -> None:
    child = spawn_pty(
        DEBTHELP, ["advise"], env=pty_env(LANG="zh_CN.UTF-8"), rows=40, cols=120, timeout=5
    )
    try:
        child.expect("你现在安全吗")
        child.kill(2)
        index = child.expect([pexpect.EOF, pexpect.TIMEOUT])
        assert index == 0, "still waiting at the prompt 5 s after SIGINT"
    finally:
        child.close(force=True)
    assert child.exitstatus == 130
