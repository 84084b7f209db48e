"""``debthelp questions``: every question, its kind and its valid answers.

The options are declared in ``questions`` and turned into a call of the core by
``questions_command``; ``register`` adds the command to the app (``cli.root``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from debthelp.cli import output
from debthelp.cli.clicks import click
from debthelp.cli.options import (
    GuidanceOpt,
    LangOpt,
    check_format,
    setup_lang,
)
from debthelp.i18n import Lang, t
from debthelp.term import write

if TYPE_CHECKING:
    pass


def questions(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text 或 json / text or json.")
    ] = "text",
    lang: LangOpt = None,
    guidance: GuidanceOpt = None,
) -> None:
    """列出所有问题、题型和可选答案，便于写答案文件。/ Every question, its kind and valid answers.

    例 / Example:  debthelp questions --format json
    """
    questions_command(
        ctx,
        lang=setup_lang(ctx, lang),
        fmt=check_format(fmt, ("text", "json")),
        guidance_path=guidance,
    )


def questions_data(guidance: Any, lang: Lang) -> list[dict[str, Any]]:
    from debthelp.guidance.kinds import kind_of

    out = []
    for question in guidance.questions.values():
        entry: dict[str, Any] = {
            "id": question.id,
            "kind": question.kind,
            "text": question.text(lang),
        }
        entry["why"] = question.why(lang) if question.why else ""
        entry.update(kind_of(question).listing(question, lang))
        out.append(entry)
    return out


def questions_command(
    ctx: click.Context, *, lang: Lang, fmt: str, guidance_path: Path | None
) -> None:
    from debthelp.guidance import load_guidance
    from debthelp.render import dump_json

    guidance = load_guidance(guidance_path)
    data = questions_data(guidance, lang)
    if fmt == "json":
        write(dump_json({"lang": lang, "start": guidance.start, "questions": data}))
        return
    from debthelp.guidance.kinds import KINDS
    from debthelp.render import wrap

    columns = output.screen()[1]
    lines = []
    for entry in data:
        lines.append(f"{entry['id']}  ({t(KINDS[entry['kind']].label_key, lang)})")
        lines.extend(wrap(entry["text"], columns, "    "))
        for value in entry.get("values", []):
            lines.extend(wrap(f"{value['value']}: {value['label']}", columns, "      ", "    - "))
        if KINDS[entry["kind"]].numeric:
            low = "…" if entry["min"] is None else f"{entry['min']:g}"
            high = "…" if entry["max"] is None else f"{entry['max']:g}"
            lines.append(f"    {t('number-range', lang, low=low, high=high)}")
            if entry["optional"]:
                lines.append(f"    {t('number-optional', lang)}")
        lines.append("")
    write("\n".join(lines))


def register(app: typer.Typer) -> None:
    app.command()(questions)
