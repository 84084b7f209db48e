"""The options of ``debthelp check``, declared apart so ``cli.root`` stays short.

Registered in ``cli.root`` with ``app.command()(check)``; it only parses options
and hands them to ``cli.check_run``.
"""

from pathlib import Path
from typing import Annotated

import typer

from debthelp.cli.options import FormatOpt, LangOpt, check_format, setup_lang

# Drawn by ``check_run.emit_check``, not ``output.emit``: a format added to
# ``options.DOC_FORMATS`` is not one this command can draw until it is added here.
FORMATS = ("auto", "text", "markdown", "json")


def check(
    ctx: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(
            help="收到的消息；写 - 表示从标准输入读 / "
            "The message you received; - reads standard input.",
            show_default=False,
        ),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            help="从文件读消息（UTF-8 或 GB18030/GBK）/ Read the message from a file "
            "(UTF-8 or GB18030/GBK).",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
) -> None:
    """看看一条吓人的消息说了什么、哪些是真的、怎么核实。/
    What a frightening message claims, what is true, and how to check it.

    例 / Example:  debthelp check "您已被起诉，请点击链接查看"
    """
    from debthelp.cli.check_run import check_command

    check_command(
        ctx, lang=setup_lang(ctx, lang), fmt=check_format(fmt, FORMATS), text=text, file=file
    )


def register(app: typer.Typer) -> None:
    app.command()(check)
