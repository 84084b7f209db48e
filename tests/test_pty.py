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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pexpect
import pytest

from debthelp.engine import advise
from debthelp.i18n import t
from tests.util import report_text

BIN = Path(sys.executable).parent
DEBTHELP = BIN / "debthelp"
DOWN = "\x1b[B"
UP = "\x1b[A"
ENTER = "\r"
SPACE = " "
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]|\x1b[=>]")

# Chinese question texts, as in data/guidance.yaml (a unique part of each).
Q_SAFETY = "你现在安全吗"
Q_COLLECTORS = "催收方在做哪些事"
Q_LENDER = "欠的是哪一类机构或个人的钱"
Q_COST = "这笔借款的成本看起来怎么样"
Q_PAY = "你现在能还多少"
Q_HARDSHIP = "能说明困难的证明"
Q_PAPERS = "你收到过下面哪种文件或消息"
Q_DAYS = "多少天前收到这份法院文书"
Q_OFFERS = "说收费就能帮你"
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
    children: list[pexpect.spawn] = []

    def start(command: str, args: list[str]) -> pexpect.spawn:
        child = pexpect.spawn(
            command, args, env=env(), dimensions=(40, 120), timeout=15, encoding="utf-8"
        )
        children.append(child)
        return child

    yield start
    for child in children:
        child.close(force=True)


def answer(child: pexpect.spawn, steps: list[tuple[str, str]]) -> str:
    """For each (text on screen, keys): wait for the text, then type the keys."""
    seen = ""
    for expected, keys in steps:
        child.expect(expected)
        seen += (child.before or "") + (child.after or "")
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
            (Q_LENDER, DOWN * 4 + ENTER),  # a loan app or platform
            (Q_COST, ENTER),  # very high
            (Q_PAY, DOWN + ENTER),  # part of it
            (Q_HARDSHIP, DOWN * 2 + ENTER),  # yes, no, [back]
            (Q_PAY, DOWN + ENTER),  # back on "part": one down is "nothing"
            (Q_HARDSHIP, ENTER),  # yes
            (Q_PAPERS, DOWN * 2 + ENTER),  # a payment order
            (Q_DAYS, "3" + ENTER),
            (Q_OFFERS, ENTER),  # yes
            # Review: plan, safety, collectors, lender, ...: change the lender.
            (REVIEW, DOWN * 3 + ENTER),
            (LENDER_HELP, DOWN + ENTER),  # from "platform" one down: a private loan
            (REVIEW, ENTER),  # 生成建议
        ],
    )
    # The review screen offered the plan, and the back step really asked "pay" again.
    assert "生成建议" in plain(seen)
    assert plain(seen).count(Q_PAY) >= 2
    child.expect(PLAN_TITLE)
    # The second review screen shows the changed answer.
    private = guidance.questions["lender"].option("private").label("zh")
    assert private[:8] in plain(child.before or "")
    out = plain(child.after + finish(child))
    assert child.exitstatus == 0, out[-2000:]
    assert "Traceback" not in out

    final = {
        "safety": "safe",
        "collectors": ["calls"],
        "lender": "private",
        "cost": "high",
        "pay": "nothing",
        "hardship": "yes",
        "papers": "payment-order",
        "received-days": 3,
        "offers": "yes",
    }
    plan = advise(guidance, final)
    before = advise(guidance, {**final, "lender": "platform"})
    now = {tip.id: tip for s in plan.sections for tip in s.steps}
    then = {tip.id: tip for s in before.sections for tip in s.steps}
    assert set(now) != set(then)  # the change matters, so the plan shows it was made
    for tip in now.values():
        assert tip.title("zh") in out, tip.id
    for tip_id in set(then) - set(now):
        assert then[tip_id].title("zh") not in out, tip_id
    for section in plan.sections:
        assert section.section.title("zh") in out


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
    child = spawn("bash", ["-c", f"debthelp advise > '{target}'"])
    answer(
        child,
        [
            (Q_SAFETY, ENTER),
            (Q_COLLECTORS, SPACE + ENTER),
            (Q_LENDER, DOWN * 4 + ENTER),
            (Q_COST, ENTER),
            (Q_PAY, DOWN * 2 + ENTER),  # nothing
            (Q_HARDSHIP, ENTER),
            (Q_PAPERS, DOWN * 2 + ENTER),
            (Q_DAYS, "3" + ENTER),
            (Q_OFFERS, ENTER),
            (REVIEW, ENTER),
        ],
    )
    finish(child)
    assert child.exitstatus == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith(PLAN_TITLE + "\n")
    assert "\x1b" not in text
    for question in (
        Q_SAFETY,
        Q_COLLECTORS,
        Q_LENDER,
        Q_COST,
        Q_PAY,
        Q_HARDSHIP,
        Q_PAPERS,
        Q_DAYS,
        Q_OFFERS,
        REVIEW,
    ):
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
    }
    saved = tmp_path / "answers.json"
    saved.write_text(json.dumps(answers), encoding="utf-8")
    expected = subprocess.run(
        [str(DEBTHELP), "advise", "--answers", str(saved), "--format", "text"],
        check=False,
        env=env(),
        capture_output=True,
        encoding="utf-8",
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert expected.returncode == 0
    assert text == expected.stdout


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
    env = dict(os.environ, PROMPT_TOOLKIT_NO_CPR="1", LANG="zh_CN.UTF-8")
    child = pexpect.spawn(
        DEBTHELP, ["advise"], env=env, dimensions=(40, 120), timeout=5, encoding="utf-8"
    )
    try:
        child.expect("你现在安全吗")
        child.kill(2)
        index = child.expect([pexpect.EOF, pexpect.TIMEOUT])
        assert index == 0, "still waiting at the prompt 5 s after SIGINT"
    finally:
        child.close(force=True)
    assert child.exitstatus == 130
