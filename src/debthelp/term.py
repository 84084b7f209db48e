"""The terminal: what the streams are, how wide the screen is, and writing to them.

Owned here so that ``cli.py`` (options and the one catch point) and
``commands.py`` (one function per command) both use it without importing each
other. Results go to stdout; prompts, notes and errors go to stderr.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import Any


def is_tty(stream: Any) -> bool:
    """Whether ``stream`` is a terminal; a closed or missing stream is not."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def stdout_is_tty() -> bool:
    return is_tty(sys.stdout)


def can_prompt() -> bool:
    """Questions need a person: input from a terminal, and a terminal to show them on."""
    return is_tty(sys.stdin) and (is_tty(sys.stdout) or is_tty(sys.stderr))


def width() -> int:
    """The terminal's width, or 80 when the output goes to a file or a pipe."""
    if stdout_is_tty():
        return shutil.get_terminal_size((80, 24)).columns
    env = os.environ.get("COLUMNS", "")
    return int(env) if env.isdigit() and int(env) > 0 else 80


def write(text: str) -> None:
    """A result, on stdout."""
    sys.stdout.write(text)
    sys.stdout.flush()


def say(text: str) -> None:
    """A note or an error, on stderr; a stderr that is gone is not worth a crash."""
    try:
        sys.stderr.write(text + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def can_encode(stream: Any, sample: str) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        sample.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True
