"""Ctrl-C at any moment of a run of prompts cancels it: never lost, never a traceback.

The slow test drives tests/wizard/ctrlc_driver.py (the wizard's prompts, round after
round) in a pseudo-terminal and sends Ctrl-C right after keys that close a
prompt: Enter, or Esc and arrows and then Enter, with 0-30 ms between. So it
lands everywhere: in a prompt (a key), as one prompt closes and the next opens
(a SIGINT), and as a whole session closes while the finished prompts are
garbage-collected, where Python once swallowed it ("Exception ignored in
WeakSet._remove ... KeyboardInterrupt") and the next prompt waited: 5 in 100
before the fix. A Ctrl-C is lost if the round is still going 3 s later; the
process's stack is then dumped (faulthandler, SIGABRT) into the failure.
"""

from __future__ import annotations

import contextlib
import random
import signal
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pexpect
import pytest

from debthelp.wizard import sigint
from tests.util import pty_env, spawn_pty

DRIVER = Path(__file__).with_name("ctrlc_driver.py")
SAMPLE = 30  # tries in the default run
TRIES = 200  # in the exhaustive run (a 30 s time box ran 60 to 100 here)
SEED = 20261130
# Printed at the end of the run by conftest's terminal summary.
SUMMARY: list[str] = []
KEYS = {"enter": "\r", "esc": "\x1b", "down": "\x1b[B", "up": "\x1b[A", "space": " "}


def _spawn() -> tuple[Any, int]:
    child = spawn_pty(
        sys.executable,
        [str(DRIVER)],
        env=pty_env(PYTHONFAULTHANDLER="1"),
        timeout=10,
        codec_errors="replace",
    )
    child.expect(r"ROUND (\d+)", timeout=20)
    return child, int(child.match.group(1))


@pytest.mark.slow
def test_ctrl_c_as_prompts_and_sessions_close_is_never_lost() -> None:
    """The default run's sample: the first 30 tries of the seeded sequence, however
    long they take on a busy machine (a time box here failed under load with
    fewer tries than it asked for)."""
    _ctrl_c_tries(SAMPLE)


@pytest.mark.exhaustive
def test_ctrl_c_many_times_is_never_lost() -> None:
    _ctrl_c_tries(TRIES)


def _ctrl_c_tries(count: int) -> None:
    rng = random.Random(SEED)
    child, round_ = _spawn()
    lost: list[str] = []
    tries = 0
    try:
        while tries < count:
            tries += 1
            # Close the first prompt, or the whole first session (the checkbox).
            closing = rng.choice(["Q pick", "Q tick", "Q tick"])
            child.expect("Q pick")
            if closing == "Q tick":
                time.sleep(0.02)
                child.send("\r")
                child.expect("Q tick")
            time.sleep(0.02)
            pressed = [rng.choice(list(KEYS)) for _ in range(rng.randint(0, 2))] + ["enter"]
            for key in pressed:
                child.send(KEYS[key])
                time.sleep(rng.uniform(0, 0.01))
            gap = rng.uniform(0, 0.03)
            time.sleep(gap)
            child.sendcontrol("c")
            try:
                # Seen at once when it works; 10 s only so that a busy machine
                # is not taken for a lost Ctrl-C (which waits for ever).
                child.expect(f"CANCELLED {round_}\r\n", timeout=10)
                shown = child.before
                child.expect(r"ROUND (\d+)")
                round_ = int(child.match.group(1))
            except pexpect.TIMEOUT:
                child.kill(signal.SIGABRT)
                with contextlib.suppress(pexpect.TIMEOUT, pexpect.EOF):
                    child.expect(pexpect.EOF, timeout=5)
                lost.append(
                    f"closing {closing} with {pressed}, Ctrl-C {gap * 1000:.0f} ms after:\n"
                    f"{child.before[-2500:]}"
                )
                child.close(force=True)
                if len(lost) >= 3:  # failed already: no need to spend minutes on more
                    break
                child, round_ = _spawn()
                continue
            for bad in ("Traceback", "Exception ignored"):
                assert bad not in shown, f"{bad} after {pressed}: {shown[-1500:]!r}"
    finally:
        child.close(force=True)
    SUMMARY.append(f"ctrl-c: {tries} sent as prompts closed, {len(lost)} lost")
    assert not lost, f"{len(lost)} of {tries} Ctrl-C lost:\n\n" + "\n\n".join(lost[:3])


# --------------------------------------------------------------------------- the hook itself


def test_a_swallowed_ctrl_c_is_sent_again() -> None:
    """A KeyboardInterrupt that Python could only report (raised in a weakref
    callback) reaches the SIGINT handler in force a moment later."""
    with sigint.watch_sigint() as watch:
        hook = sys.unraisablehook
        assert getattr(hook, "_debthelp", False)
        hook(SimpleNamespace(exc_type=KeyboardInterrupt, exc_value=KeyboardInterrupt()))
        for _ in range(100):
            if watch.seen:
                break
            time.sleep(0.01)
        assert watch.seen
        watch.seen = False  # this test's Ctrl-C was simulated: do not end in one


def test_other_unraisable_errors_are_reported_as_before() -> None:
    seen: list[Any] = []
    saved = sys.unraisablehook
    sys.unraisablehook = seen.append
    try:
        with sigint.watch_sigint() as watch:
            error = SimpleNamespace(exc_type=ValueError, exc_value=ValueError("x"))
            sys.unraisablehook(error)
            time.sleep(0.05)
            assert seen == [error]
            assert not watch.seen
            sigint.keep_lost_interrupts()  # installed once, not wrapped twice
            sys.unraisablehook(error)
            assert seen == [error, error]
    finally:
        sys.unraisablehook = saved
