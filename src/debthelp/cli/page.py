"""``debthelp page``: the wizard and the plan as one offline HTML file for a phone.

The options are declared here and the work is done by ``debthelp.page``;
``cli.root`` only registers the command.
"""

from __future__ import annotations

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
    from debthelp.cli.save import save_or_print
    from debthelp.errors import UsageError
    from debthelp.guidance import load_guidance
    from debthelp.page import build_page

    chosen = setup_lang(ctx, lang)
    if output is None:
        raise UsageError("page.need-output")
    html = build_page(load_guidance(guidance), lang=chosen)
    # On stdout a file's bytes, UTF-8 whatever the terminal's encoding.
    save_or_print(output, html, chosen, note="page.saved", utf8=True)


def register(app: typer.Typer) -> None:
    app.command()(page)
