"""A Ctrl-C while debthelp is still starting ends like one at a prompt.

The ~80 ms of imports before the command line's own handler (``catch.run``)
used to end in Python's KeyboardInterrupt traceback (6 in 60 tries);
``debthelp.cli.launch`` catches them. Run as the installed entry point is run.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import debthelp
from tests.util import default_signals

pytestmark = pytest.mark.slow

WANTED = 10  # cancels mid-start to see
MAX_TRIES = 120


def test_ctrl_c_during_start_up_is_a_clean_cancel() -> None:
    rng = random.Random(20261130)
    env = {**os.environ, "DEBTHELP_LANG": "en", "PYTHONFAULTHANDLER": ""}
    # Timing only the start-up makes the window findable: measure it once.
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "debthelp", "tips", "--format", "text"],
        env=env,
        capture_output=True,
        check=True,
        timeout=60,
    )
    whole = time.perf_counter() - started
    cancelled = tries = 0
    latest = max(0.05, whole)
    # Until WANTED runs were cancelled mid-start: a fixed number of tries failed once
    # when the machine grew quieter after `whole` was measured (most signals then came
    # after the end). A run that had already finished moves the window earlier.
    while cancelled < WANTED and tries < MAX_TRIES:
        tries += 1
        proc = subprocess.Popen(
            [sys.executable, "-m", "debthelp", "tips", "--format", "text"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=default_signals,  # noqa: PLW1509 - this test starts no threads
        )
        # From just after the interpreter itself is up (Python's own start-up
        # is not ours to catch) to the end of the run.
        time.sleep(rng.uniform(0.03, latest))
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=30)
        if _before_our_code(err):
            continue
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        # 130: cancelled; 0: it had finished; -2: killed before Python's handler existed.
        assert proc.returncode in (0, 130, -signal.SIGINT), (proc.returncode, err)
        if proc.returncode == 0:
            latest = max(0.05, latest * 0.8)
        if proc.returncode == 130:
            cancelled += 1
            assert "Cancelled" in err, err
    assert cancelled >= WANTED, f"only {cancelled} of {tries} were cancelled mid-start"


def _before_our_code(err: str) -> bool:
    """A traceback through Python's own start-up only (runpy looking for the
    package, or the standard library it imports first, as in "Could not import
    runpy module"), before any line of debthelp ran: not ours to catch. On a busy
    machine the 30 ms floor above can fall there (seen under xdist)."""
    frames = re.findall(r'File "([^"]+)"', err)
    return bool(frames) and not any(f.startswith(OURS) for f in frames)


# Where debthelp's own code is: a frame there means our code had started.
OURS = str(Path(debthelp.__file__).resolve().parent)


@pytest.mark.parametrize(("lang", "said"), [("en", "Cancelled."), ("zh", "已取消。")])
def test_a_ctrl_c_that_broke_an_import_is_still_said(lang: str, said: str) -> None:
    """Seen once in 40 tries under load: the interrupt left a module the message
    needs half imported, and the launcher exited 130 in silence."""
    code = (
        "import sys; sys.modules['debthelp.i18n'] = None\n"  # importing it now fails
        "from debthelp.cli import launch; launch._cancelled()"
    )
    env = {**os.environ, "DEBTHELP_LANG": lang, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 130
    assert said in done.stderr and "Traceback" not in done.stderr, done.stderr
