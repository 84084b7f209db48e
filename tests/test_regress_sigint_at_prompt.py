"""Regression (fixed) (wizard, minor): a real SIGINT (kill -INT, or Ctrl-C from a parent/job control
when the tty is in raw mode) while a questionary prompt is shown is swallowed:
prompt_toolkit turns it into a Keys.SIGINT key press and questionary binds only
Ctrl-C, so the prompt keeps waiting. Typing Ctrl-C (\\x03) works (exit 130).
Suggested fix: bind Keys.SIGINT like Ctrl-C in the wizard's prompts, or pass
handle_sigint=False so Python's KeyboardInterrupt is raised.

"""

import os
import sys
from pathlib import Path

import pexpect

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
