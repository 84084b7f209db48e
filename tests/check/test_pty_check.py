"""`debthelp check` on a pseudo-terminal: the paste a person makes at 2 a.m."""

from __future__ import annotations

import re
from typing import Any

import pexpect
import pytest

from tests.wizard.test_pty import ANSI, DEBTHELP, spawn  # noqa: F401  (spawn is a fixture)

pytestmark = pytest.mark.slow


def screen(child: Any) -> str:
    return re.sub(r"\s+", " ", ANSI.sub("", child.before or ""))


def test_paste_ended_by_an_empty_line(spawn: Any) -> None:  # noqa: F811
    child = spawn(str(DEBTHELP), ["check", "--lang", "zh"])
    child.expect("粘贴")
    child.send("【诚信调解中心】您的欠款已转入我中心，\r")
    child.send("请于24小时内联系调解员。\r")
    child.send("\r")
    child.expect(pexpect.EOF)
    out = screen(child)
    assert "初步判断：这可能是真的法律步骤" in out
    assert re.search(r"\[[^]]*调解中心[^]]*\]", out) and "[24小时内]" in out
    assert out.count("调解中心不是法院") == 1  # the centre's voice and the claim: one entry
    child.close()
    assert child.exitstatus == 0


def test_ctrl_d_ends_the_paste_and_ctrl_d_alone_cancels(spawn: Any) -> None:  # noqa: F811
    child = spawn(str(DEBTHELP), ["check", "--lang", "en"])
    child.expect("Paste")
    child.send("We will call your employer today\r")
    child.sendeof()
    child.expect(pexpect.EOF)
    assert "Collection pressure" in screen(child)
    child.close()
    assert child.exitstatus == 0

    child = spawn(str(DEBTHELP), ["check", "--lang", "en"])
    child.expect("Paste")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_ctrl_c_cancels(spawn: Any) -> None:  # noqa: F811
    child = spawn(str(DEBTHELP), ["check", "--lang", "zh"])
    child.expect("粘贴")
    child.send("已起诉")
    child.sendintr()
    child.expect(pexpect.EOF)
    assert "Traceback" not in (child.before or "")
    child.close()
    assert child.exitstatus == 130
