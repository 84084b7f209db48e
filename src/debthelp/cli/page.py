"""``debthelp page``: the wizard and the plan as one offline HTML file for a phone.

The options are declared here and the work is done by ``debthelp.page``;
``cli.root`` only registers the command.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from debthelp.cli.options import GuidanceOpt, LangOpt, setup_lang


def page(
    ctx: typer.Context,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="保存到文件（仅自己可读）；- 表示标准输出 / Save to this file (readable only "
            "by you); - for standard output.",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    guidance: GuidanceOpt = None,
) -> None:
    """生成一个离线网页：在手机上回答同样的问题，得到同样的计划。/
    One offline HTML file for a phone: the same questions, the same plan.

    两种语言都在文件里，--lang 决定先显示哪一种。网页不联网，也不保存任何内容，
    除非对方选择保存在自己的手机上。/ Both languages are in the file; --lang picks
    the first shown. The page never goes online and keeps nothing unless the
    person chooses to keep their answers on their phone.

    例 / Example:  debthelp page -o 网贷催收自助指南.html
    """
    from debthelp.errors import UsageError
    from debthelp.files import write_private
    from debthelp.guidance import load_guidance
    from debthelp.i18n import t
    from debthelp.page import build_page
    from debthelp.term import say

    chosen = setup_lang(ctx, lang)
    if output is None:
        raise UsageError("page.need-output")
    html = build_page(load_guidance(guidance), lang=chosen)
    if output == "-":
        _write_bytes(html.encode("utf-8"))  # a file's bytes, whatever the terminal's encoding
        return
    write_private(output, html)
    say(t("page.saved", chosen, path=output))


def _write_bytes(data: bytes) -> None:
    """``data`` on stdout as bytes, failing as ``term.write_raw`` fails."""
    from debthelp.errors import DebtHelpError

    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:  # closed, or replaced by something without bytes
        raise DebtHelpError("output-closed")
    try:
        sys.stdout.flush()
        stream.write(data)
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        raise DebtHelpError("output-failed", reason=reason) from None
