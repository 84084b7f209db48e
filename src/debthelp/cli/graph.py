"""``debthelp graph``: the question tree as a Mermaid or Graphviz dot diagram.

The options are declared in ``graph`` and turned into a call of the core by
``graph_command``; ``register`` adds the command to the app (``cli.root``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from debthelp.cli.clicks import click
from debthelp.cli.options import (
    GuidanceOpt,
    LangOpt,
    check_format,
    setup_lang,
)
from debthelp.i18n import Lang
from debthelp.term import write

if TYPE_CHECKING:
    pass


def graph(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="mermaid 或 dot / mermaid or dot.")
    ] = "mermaid",
    lang: LangOpt = None,
    guidance: GuidanceOpt = None,
) -> None:
    """把问题树画成图（Mermaid 或 Graphviz dot）。/ The question tree as a diagram.

    例 / Example:  debthelp graph --format dot | dot -Tsvg > tree.svg
    """
    graph_command(
        ctx,
        lang=setup_lang(ctx, lang),
        fmt=check_format(fmt, ("mermaid", "dot")),
        guidance_path=guidance,
    )


def graph_command(ctx: click.Context, *, lang: Lang, fmt: str, guidance_path: Path | None) -> None:
    from debthelp.diagram import to_dot, to_mermaid
    from debthelp.guidance import load_guidance

    guidance = load_guidance(guidance_path)
    write(to_mermaid(guidance, lang) if fmt == "mermaid" else to_dot(guidance, lang))


def register(app: typer.Typer) -> None:
    app.command()(graph)
