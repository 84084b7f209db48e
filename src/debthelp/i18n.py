"""Choosing the language, and turning catalogue keys into sentences.

The catalogue itself is ``messages.py``; this module only decides *which* of its
two languages to use and fills in the placeholders.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal

from debthelp.errors import UsageError

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


def _from_tag(tag: str) -> Lang | None:
    """zh/zh_CN/zh-Hans... -> zh; en/en_US... -> en; anything else -> None."""
    low = tag.strip().lower()
    if low.startswith("zh"):
        return "zh"
    if low.startswith("en"):
        return "en"
    return None


def resolve_lang(flag: str | None, environ: Mapping[str, str] | None = None) -> Lang:
    """`--lang`, else DEBTHELP_LANG, else the locale.

    The locale follows POSIX precedence (the first of LC_ALL, LC_MESSAGES, LANG
    that is set wins). Unset, ``C`` or ``POSIX`` gives Chinese, because our first
    users read Chinese and a bare server locale says nothing about the reader.
    """
    env = os.environ if environ is None else environ
    if flag:
        lang = _from_tag(flag)
        if lang is None:
            raise UsageError("bad-lang", value=flag)
        return lang
    explicit = env.get("DEBTHELP_LANG", "").strip()
    if explicit:
        lang = _from_tag(explicit)
        if lang is None:
            raise UsageError("bad-lang-env", value=explicit)
        return lang
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "").strip()
        if value:
            base = value.split(".")[0].split("@")[0]
            if base in ("C", "POSIX"):
                return "zh"
            return _from_tag(base) or "en"
    return "zh"


def guess_lang(argv: list[str], environ: Mapping[str, str] | None = None) -> Lang:
    """The language for messages printed before a command has parsed its options."""
    flag = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            flag = argv[i + 1]
        elif arg.startswith("--lang="):
            flag = arg.split("=", 1)[1]
    try:
        return resolve_lang(flag, environ)
    except UsageError:
        try:
            return resolve_lang(None, environ)
        except UsageError:
            return "zh"


def t(key: str, lang: Lang, /, **params: Any) -> str:
    """The catalogue sentence ``key`` in ``lang``, with ``params`` filled in."""
    from debthelp.messages import MESSAGES

    entry = MESSAGES.get(key)
    if entry is None:  # a programming error, but never worth a crash in front of a user
        return key
    text = entry[lang]
    return text.format(**params) if params else text


def both(key: str, /, **params: Any) -> str:
    """``zh / en`` on one line, for the few places that cannot know the language."""
    return f"{t(key, 'zh', **params)} / {t(key, 'en', **params)}"


# A file with 400,000 mistakes is one mistake made 400,000 times: the first
# hundred say what it is, and the rest are counted (hostile pass F17: 60 MB of
# stderr and 460 MB of memory). A reader that stopped keeping problems ends its
# list with one of key MORE_PROBLEMS, whose ``count`` is how many it left out.
MAX_LISTED = 100
MORE_PROBLEMS = "problems-more"


def problem_lines(error: Any, lang: Lang) -> list[str]:
    """A data file's problems as lines: a heading, then ``  where: message (line N)``
    each, the first ``MAX_LISTED`` of them, then how many more there are."""
    listed = [p for p in error.problems if p.key != MORE_PROBLEMS]
    more = sum(int(p.params["count"]) for p in error.problems if p.key == MORE_PROBLEMS)
    more += max(len(listed) - MAX_LISTED, 0)
    total = min(len(listed), MAX_LISTED) + more
    lines = [t(error.key, lang, count=total, **error.params)]
    for problem in listed[:MAX_LISTED]:
        line = f" ({t('line', lang, line=problem.line)})" if problem.line else ""
        lines.append(f"  {problem.where}: {t(problem.key, lang, **problem.params)}{line}")
    if more:
        lines.append("  " + t(MORE_PROBLEMS, lang, count=f"{more:,}"))
    return lines
