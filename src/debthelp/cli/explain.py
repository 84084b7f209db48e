"""``debthelp explain``: plain-language explanations of legal and money terms.

The options are declared in ``explain`` and turned into a call of the core by
``explain_command``; ``register`` adds the command to the app (``cli.root``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from debthelp.cli import output
from debthelp.cli.clicks import click
from debthelp.cli.options import (
    DOC_FORMATS,
    FormatOpt,
    GuidanceOpt,
    LangOpt,
    check_format,
    setup_lang,
)
from debthelp.i18n import Lang

if TYPE_CHECKING:
    pass


def explain(
    ctx: typer.Context,
    term: Annotated[
        str | None,
        typer.Argument(
            help="术语（中文、英文或 id）/ A term, in Chinese, English or by id.",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
    guidance: GuidanceOpt = None,
) -> None:
    """用大白话解释法律和金融术语。/ Plain-language explanations of legal and money terms.

    例 / Examples:  debthelp explain     debthelp explain 支付令     debthelp explain lpr --lang en
    """
    explain_command(
        ctx,
        lang=setup_lang(ctx, lang),
        term=term,
        fmt=check_format(fmt, DOC_FORMATS),
        guidance_path=guidance,
    )


def explain_command(
    ctx: click.Context, *, lang: Lang, term: str | None, fmt: str, guidance_path: Path | None
) -> None:
    from debthelp.glossary import find_term
    from debthelp.guidance import load_guidance
    from debthelp.render import glossary_doc, glossary_json

    guidance = load_guidance(guidance_path)
    terms = list(guidance.terms) if term is None else [find_term(guidance, term, lang)]
    output.emit(
        fmt,
        lang,
        data=lambda: glossary_json(guidance, terms, lang),
        doc=lambda: glossary_doc(guidance, terms, lang),
    )


def register(app: typer.Typer) -> None:
    app.command()(explain)
