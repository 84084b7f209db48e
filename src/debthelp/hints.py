"""Hints the program prints (what to type next), written so they work when typed."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sys

from debthelp.i18n import Lang, t

_SHELL_SPECIAL = re.compile(r"[\s'\"$`\\;&|<>()*?#!{}\[\]]")


def prog() -> str:
    """The program as the person started it: ``debthelp`` when that name finds this
    program on PATH, else the path they typed (``.venv/bin/debthelp`` after the
    README's install), so that a hint works when typed as printed."""
    arg0 = sys.argv[0] if sys.argv else ""
    if os.path.basename(arg0) not in ("debthelp", "debthelp.exe"):
        return "debthelp"  # `python -m debthelp`, or a test's runner
    found = shutil.which("debthelp")
    if found and os.path.realpath(found) == os.path.realpath(arg0):
        return "debthelp"
    return shell_word(arg0)


def as_started(text: str) -> str:
    """``text`` with each ``debthelp`` command named as the person started it."""
    name = prog()
    return text if name == "debthelp" else re.sub(r"\bdebthelp(?= )", lambda _m: name, text)


def answers_saved(lang: Lang, path: str) -> str:
    """Where the answers went, and each command that uses them, typed as printed."""
    return as_started(t("answers-saved", lang, path=shell_word(path)))


def shell_word(text: str) -> str:
    """``text`` as one word a shell reads back as it is: quoted only when it must be
    (a Chinese file name needs no quotes, one with a space does)."""
    return shlex.quote(text) if _SHELL_SPECIAL.search(text) else text
