"""A long result on a terminal goes through a pager, the way ``git`` and ``man`` do.

``$PAGER`` when it is set (run by the shell, as git runs it), else ``less -R``
when it is installed; never when stdout is not a terminal. ``less`` is given
``LESS=FRX`` unless the person set ``LESS`` (quit when it fits on one screen,
keep colours, leave the text on the screen), as git gives it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess


def pager_command() -> str | None:
    """The shell command to page with, or None when there is none to use."""
    chosen = os.environ.get("PAGER", "").strip()
    if chosen:
        return None if chosen == "cat" else chosen
    return "less -R" if shutil.which("less") else None


def page(text: str) -> bool:
    """Show ``text`` through the pager; False when there is no pager, or it
    would not start (the caller then prints something shorter)."""
    command = pager_command()
    if command is None:
        return False
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    env.setdefault("LESSCHARSET", "utf-8")
    try:
        child = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    # Ctrl-C is the pager's to handle (less stays open), not a reason to leave
    # it running without us.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        assert child.stdin is not None
        with contextlib.suppress(BrokenPipeError, OSError):  # quit before the end: fine
            child.stdin.write(text.encode("utf-8", "replace"))
        with contextlib.suppress(BrokenPipeError, OSError):
            child.stdin.close()
        code = child.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    # 127: the shell found no such program ($PAGER set to something not installed).
    return code != 127
