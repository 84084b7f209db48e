"""A monkey at the wizard: random keys in a real terminal until the run ends.

Independent of the questions asked: each session presses random keys (arrows,
Page Up/Down, Home, Tab, Backspace, Chinese characters, Esc, Enter, space, `b`,
digits, bracketed pastes whole and broken, "²", "①" and 4,400 nines) until the
process exits, and after its key budget sends Ctrl-C.
Property: the run ends with a plan (exit 0) or cancelled (exit 130); never
exit 1 after answers were given, never "意外错误", "unexpected error" or a
traceback. Seeded, so a failure names the session that reproduces it.
"""

from __future__ import annotations

import contextlib
import json
import math
import random
import signal
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pexpect
import pytest

from tests.util import pty_env, spawn_pty

pytestmark = pytest.mark.slow

# Printed at the end of the run by conftest's terminal summary.
SUMMARY: list[str] = []

SESSIONS = 320
SAMPLE = 12  # sessions in the default run
KEY_BUDGET = 60
TIME_BOX = 150.0  # seconds for the whole test; sessions not started by then are skipped
SEED = 20240501

KEYS = {
    "up": "\x1b[A",
    "down": "\x1b[B",
    "left": "\x1b[D",
    "right": "\x1b[C",
    "pgup": "\x1b[5~",
    "pgdn": "\x1b[6~",
    "home": "\x1b[H",
    "end": "\x1b[F",
    "tab": "\t",
    "backspace": "\x7f",
    "chinese": "返回",
    "yes": "是",
    "esc": "\x1b",
    "enter": "\r",
    "space": " ",
    "b": "b",
    **{str(d): str(d) for d in range(10)},
    # Bracketed pastes, whole and broken: a bare start made every prompt deaf
    # to Ctrl-C and Ctrl-D (hostile pass F5); Ctrl-C is always the last key.
    "paste": "\x1b[200~借条 2026\x1b[201~",
    "paste-start": "\x1b[200~",
    "paste-end": "\x1b[201~",
    # Digits int() refuses ("²", "①") or will not convert (past 4,300 of them):
    # F6. The long number is pasted, as a person would; typed as 4,400 keys it
    # takes prompt_toolkit longer than a session's time on a busy machine.
    "superscript": "²",
    "circled": "①",
    "huge": "\x1b[200~" + "9" * 4400 + "\x1b[201~",
}
# Enter and arrows often, so that some sessions get all the way to a plan.
WEIGHTS = {"enter": 14, "down": 6, "up": 3, "space": 4, "esc": 3}


def _session(index: int, tmp: Path) -> str | None:
    rng = random.Random(SEED + index)
    lang = "zh" if index % 2 else "en"
    names = list(KEYS)
    weights = [WEIGHTS.get(name, 1) for name in names]
    # PYTHONFAULTHANDLER: a hung session is dumped with SIGABRT below.
    env = pty_env(COLUMNS="100", LINES="40", PYTHONFAULTHANDLER="1")
    child = spawn_pty(
        sys.executable,
        ["-m", "debthelp", "--lang", lang],
        env=env,
        cwd=str(tmp),
        rows=40,
        cols=100,
        timeout=5,
        codec_errors="replace",
    )
    pressed: list[str] = []
    output: list[str] = []
    try:
        child.expect(r"\?", timeout=15)  # the first question is on screen
        output.append(child.before + child.after)
        for _ in range(KEY_BUDGET):
            if not child.isalive():
                break
            name = rng.choices(names, weights)[0]
            pressed.append(name)
            child.send(KEYS[name])
            try:
                output.append(child.read_nonblocking(65536, timeout=0.01))
            except pexpect.TIMEOUT:
                pass
            except pexpect.EOF:
                break
        if child.isalive():
            # At once, as the last key may be closing a prompt: a Ctrl-C at any
            # moment must cancel (tests/wizard/test_ctrlc.py aims at those moments).
            pressed.append("ctrl-c")
            child.sendcontrol("c")
        child.expect(pexpect.EOF, timeout=10)
        output.append(child.before)
    except (pexpect.TIMEOUT, pexpect.EOF) as exc:
        stack = ""
        if child.isalive():
            child.kill(signal.SIGABRT)
            with contextlib.suppress(pexpect.TIMEOUT, pexpect.EOF):
                child.expect(pexpect.EOF, timeout=5)
            stack = str(child.before)[-3000:]
        child.close(force=True)
        return f"session {index} ({lang}) {type(exc).__name__} after {pressed}\n{stack}"
    child.close()
    text = "".join(output)
    # Killed by the SIGINT itself (it came as the process was leaving): a
    # shell reports that as 130 too.
    code = 128 + child.signalstatus if child.signalstatus else child.exitstatus
    for bad in ("意外错误", "unexpected error", "Something unexpected", "Traceback"):
        if bad in text:
            return f"session {index} ({lang}): {bad!r} after {pressed}"
    if code not in (0, 130):
        return f"session {index} ({lang}): exit {code} after {pressed}: {text[-400:]!r}"
    return None


def _monkey(tmp_path: Path, sessions: int, time_box: float, at_least: int) -> None:
    deadline = time.monotonic() + time_box
    done: list[int] = []

    def one(index: int) -> str | None:
        if time.monotonic() > deadline:
            return None
        problem = _session(index, tmp_path)
        done.append(index)
        return problem

    # Sessions mostly wait on the terminal, so more run at once than there are CPUs.
    with ThreadPoolExecutor(max_workers=6) as pool:
        problems = [p for p in pool.map(one, range(sessions)) if p]
    assert not problems, "\n\n".join(problems)
    assert len(done) >= at_least, f"only {len(done)} sessions in {time_box:.0f} s"
    SUMMARY.append(f"monkey: {len(done)} sessions of random keys, none ended badly")
    _only_kept_plans(tmp_path)


def test_a_dozen_monkeys_end_in_a_plan_or_a_cancel(tmp_path: Path) -> None:
    """The default run's sample: the first 12 sessions, all of them, however long
    they take on a busy machine (each session's own timeouts catch a hang)."""
    _monkey(tmp_path, sessions=SAMPLE, time_box=math.inf, at_least=SAMPLE)


@pytest.mark.exhaustive
def test_random_keys_end_in_a_plan_or_a_cancel(tmp_path: Path) -> None:
    # Time-boxed: a 2-CPU machine runs about 150 in the box, a faster one all of them.
    _monkey(tmp_path, sessions=SESSIONS, time_box=TIME_BOX, at_least=60)


def _only_kept_plans(tmp_path: Path) -> None:
    # The wizard writes nothing, except a plan or the answers the keys chose to
    # keep at its last question ("keep this plan as a file?"): then only those,
    # readable only by their owner, whole, and no temporary file left beside them.
    for path in tmp_path.iterdir():
        assert path.is_file() and not path.name.startswith("."), path
        assert path.stat().st_mode & 0o777 == 0o600, path
        text = path.read_text(encoding="utf-8")
        if text.startswith("{"):  # the answers (issue 24): a whole JSON object
            assert isinstance(json.loads(text), dict), path
            continue
        assert text.startswith(("# 你的行动计划", "# Your plan")), path
        assert text.rstrip().endswith(".") or text.rstrip().endswith("。"), path
