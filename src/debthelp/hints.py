"""Hints the program prints (what to type next), written so they work when typed."""

from __future__ import annotations

import re
import shlex

from debthelp.i18n import Lang, t

_SHELL_SPECIAL = re.compile(r"[\s'\"$`\\;&|<>()*?#!{}\[\]]")


def answers_saved(lang: Lang, path: str) -> str:
    """Where the answers went, and each command that uses them, typed as printed."""
    return t("answers-saved", lang, path=shell_word(path))


def shell_word(text: str) -> str:
    """``text`` as one word a shell reads back as it is: quoted only when it must be
    (a Chinese file name needs no quotes, one with a space does)."""
    return shlex.quote(text) if _SHELL_SPECIAL.search(text) else text
