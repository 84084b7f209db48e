"""Options every command shares (language, format, guidance file) and how they are settled."""

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from debthelp.cli.catch import LANG_IN_USE, LANG_KEY, ROOT_LANG_KEY
from debthelp.cli.clicks import click
from debthelp.errors import InputError, UsageError
from debthelp.i18n import Lang, resolve_lang, t
from debthelp.term import can_encode, say

# The formats of every command that prints advice (auto: panels on a terminal).
DOC_FORMATS = ("auto", "text", "markdown", "json")

LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="zh 或 en（默认看 DEBTHELP_LANG 和系统语言）/ "
        "zh or en (default: DEBTHELP_LANG, then the locale).",
        show_default=False,
    ),
]
GuidanceOpt = Annotated[
    Path | None,
    typer.Option(
        "--guidance",
        envvar="DEBTHELP_GUIDANCE",
        help="改用另一个指导文件 / Use another guidance file.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        help="auto（终端里用彩色面板，管道里用纯文本）、text、markdown、json / "
        "auto (panels on a terminal, plain text in a pipe), text, markdown or json.",
    ),
]


def setup_lang(ctx: click.Context, flag: str | None) -> Lang:
    """The command's language: its own --lang, else one given before the command
    (`debthelp --lang en tips`), else the environment and locale."""
    lang = resolve_lang(flag or ctx.meta.get(ROOT_LANG_KEY))
    if lang == "zh" and not can_encode(sys.stdout, "网贷"):
        # A terminal that cannot show Chinese would print question marks: switch
        # to English and say why, in words any terminal can show.
        say(t("terminal-no-chinese", "en"))
        lang = "en"
    ctx.meta[LANG_KEY] = lang
    LANG_IN_USE[:] = [lang]
    return lang


def check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    """``fmt`` if the running command can draw it; else refused by name (a usage
    error naming the command, the format and the command's formats), never text."""
    if fmt not in allowed:
        ctx = click.get_current_context(silent=True)
        command = ctx.command_path if ctx is not None else "debthelp"
        raise UsageError("format-refused", command=command, value=fmt, valid=", ".join(allowed))
    return fmt


def today() -> dt.date:
    """Today, or DEBTHELP_TODAY (YYYY-MM-DD) so a deadline's date can be reproduced."""
    fixed = os.environ.get("DEBTHELP_TODAY", "").strip()
    if fixed:
        try:
            return dt.date.fromisoformat(fixed)
        except ValueError:
            raise InputError("bad-today", value=fixed) from None
    return dt.date.today()
