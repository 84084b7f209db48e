"""``debthelp validate``: check a guidance file and every shipped data file; list each problem.

The options are declared in ``validate`` and turned into a call of the core by
``validate_command``; ``register`` adds the command to the app (``cli.root``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from debthelp.cli.clicks import click
from debthelp.cli.options import (
    GuidanceOpt,
    LangOpt,
    setup_lang,
)
from debthelp.i18n import Lang, t
from debthelp.term import write

if TYPE_CHECKING:
    pass


def validate(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(help="要检查的指导文件 / The guidance file to check.", show_default=False),
    ] = None,
    lang: LangOpt = None,
    guidance: GuidanceOpt = None,
) -> None:
    """检查指导文件，一次列出所有问题。/ Check a guidance file and list every problem.

    例 / Example:  debthelp validate data/guidance.yaml
    """
    validate_command(ctx, lang=setup_lang(ctx, lang), path=path or guidance)


def validate_command(ctx: click.Context, *, lang: Lang, path: Path | None) -> None:
    from debthelp.guidance import (
        default_guidance_path,
        guidance_path,
        load_guidance,
        summary,
        validate_guidance,
    )
    from debthelp.rate import load_rate_texts

    guidance = validate_guidance(path)
    # The rate report's and the letters' legal sentences cite the shipped guidance's
    # sources (and the letters quote its words to say), even when an author checks
    # a guidance file of their own.
    shipped = default_guidance_path()
    if guidance_path(path).resolve() == shipped.resolve():
        reference = guidance
    else:
        reference = load_guidance(shipped)
    sources = reference.sources
    # The content rules (sources, hotlines, industry rules, misstatements, the
    # time bar) for every sentence of every shipped data file and catalogue.
    from debthelp.content_rules import check_shipped
    from debthelp.errors import GuidanceError

    content = check_shipped(
        sources, guidance=guidance_path(path), guidance_declared=guidance.sources
    )
    if content:
        raise GuidanceError("content-invalid", problems=tuple(content))
    load_rate_texts(sources=sources)  # raises, listing every problem, if it is broken
    from debthelp.check import load_patterns

    load_patterns(sources=sources)  # debthelp check's patterns, likewise
    from debthelp.check.learned import default_model_path, load_model

    load_model(default_model_path(), complete=True)  # and its learned reading

    from debthelp.letters import guidance_say, load_letter_texts

    load_letter_texts(sources=sources, say_elsewhere=guidance_say(reference))
    s = summary(guidance)
    write(
        t(
            "validate-ok",
            lang,
            path=str(guidance_path(path)),
            questions=s.questions,
            tips=s.tips,
            topics=s.topics,
            terms=s.terms,
            paths=s.paths,
        )
        + "\n"
    )


def register(app: typer.Typer) -> None:
    app.command()(validate)
