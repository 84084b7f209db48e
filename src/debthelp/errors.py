"""The one error hierarchy. Every failure a user can cause ends here.

An error carries a message *key* from the catalogue (``messages.py``) and the
values to fill in, never finished text: the one handler in ``cli.root`` renders it
in the user's language. That keeps the core free of any notion of language.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1  # the user's input or a data file is wrong
    USAGE = 2  # the command line itself is wrong
    INTERRUPTED = 130  # Ctrl-C or end of input at a prompt


class DebtHelpError(Exception):
    """Base of every error shown to a user. ``key`` names a catalogue message."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class GuidanceError(DebtHelpError):
    """The guidance file cannot be read or is not valid.

    ``problems`` holds every structural problem found, each already a
    ``Problem``; it is empty for a file that could not be parsed at all.
    """

    def __init__(self, key: str, /, problems: tuple[Any, ...] = (), **params: Any) -> None:
        super().__init__(key, **params)
        self.problems = problems


class InputError(DebtHelpError):
    """A value the user gave (a flag, an answers file, a number) is wrong."""


class InvalidDataError(InputError):
    """A data file shipped with debthelp (the LPR table, the rate report's sentences)
    is not valid.

    Like ``GuidanceError``, ``problems`` lists every problem found, each a
    guidance ``Problem`` whose key is a catalogue message, so the one handler
    words them in the user's language.
    """

    def __init__(self, key: str, /, problems: tuple[Any, ...] = (), **params: Any) -> None:
        super().__init__(key, **params)
        self.problems = problems


class UsageError(DebtHelpError):
    """The command line is wrong in a way typer cannot see by itself."""

    exit_code = ExitCode.USAGE


class Interrupted(DebtHelpError):
    """Ctrl-C or end of input at a prompt."""

    exit_code = ExitCode.INTERRUPTED

    def __init__(self, help_lines: tuple[str, ...] = ()) -> None:
        super().__init__("cancelled")
        # Help the person was already shown (the crisis numbers): shown again on
        # the way out, because leaving must not take the numbers off the screen.
        self.help_lines = help_lines
