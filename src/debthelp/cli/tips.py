"""``debthelp tips``: all the advice, by topic (paged on a terminal).

The options are declared in ``tips`` and turned into a call of the core by
``tips_command``; ``register`` adds the command to the app (``cli.root``).
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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
from debthelp.errors import InputError
from debthelp.i18n import Lang, t
from debthelp.term import say, write

if TYPE_CHECKING:
    from debthelp.guidance import Guidance


def tips(
    ctx: typer.Context,
    topic: Annotated[
        list[str] | None,
        typer.Argument(help="主题 id 或名称（可多个）/ Topic ids or names.", show_default=False),
    ] = None,
    list_topics: Annotated[
        bool, typer.Option("--list", help="只列出主题 / List the topics only.")
    ] = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="在终端上也不分页，一次显示全部 / Print it all at once on a terminal too.",
        ),
    ] = False,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
    guidance: GuidanceOpt = None,
) -> None:
    """按主题查看全部建议（终端上分页显示）。/ All the advice, by topic (paged on a terminal).

    例 / Examples:

    debthelp tips

    debthelp tips 安全

    debthelp tips safety scams --lang en

    debthelp tips --format json > tips.json
    """
    tips_command(
        ctx,
        lang=setup_lang(ctx, lang),
        topics=topic or [],
        list_only=list_topics,
        fmt=check_format(fmt, DOC_FORMATS),
        guidance_path=guidance,
        pager=not no_pager,
    )


def tips_command(
    ctx: click.Context,
    *,
    lang: Lang,
    topics: list[str],
    list_only: bool,
    fmt: str,
    guidance_path: Path | None,
    pager: bool = True,
) -> None:
    from debthelp.guidance import load_guidance
    from debthelp.render import dump_json, tips_doc, tips_json

    guidance = load_guidance(guidance_path)
    known = [topic.id for topic in guidance.topics]
    chosen = [find_topic(guidance, topic, lang) for topic in topics] or known
    if list_only:
        if fmt == "json":
            data = {
                "lang": lang,
                "topics": [{"id": tp.id, "title": tp.title(lang)} for tp in guidance.topics],
            }
            write(dump_json(data))
        elif fmt == "markdown":  # a list, as the other formats' list, not plain text
            title = t("tips-topics-heading", lang)
            rows = "".join(f"- `{tp.id}` {tp.title(lang)}\n" for tp in guidance.topics)
            write(f"# {title}\n\n{rows}")
        else:
            write(_topic_list(guidance, lang))
        return
    if pager and fmt == "auto" and output.screen()[0] and not topics:
        # Every topic is some 900 lines: on a screen the safety tips scroll away.
        if _paged(lang, lambda: tips_doc(guidance, chosen, lang)):
            return
        write(_topic_list(guidance, lang))
        from debthelp.hints import as_started

        title = guidance.topics[0].title(lang)
        say(as_started(t("tips-what-next", lang, first=known[0], title=title)))
        return
    output.emit(
        fmt,
        lang,
        data=lambda: tips_json(guidance, chosen, lang),
        doc=lambda: tips_doc(guidance, chosen, lang),
    )


def _topic_list(guidance: "Guidance", lang: Lang) -> str:
    from debthelp.render.cjk import cell_width

    pad = max(int(cell_width(tp.id)) for tp in guidance.topics)
    return "".join(
        f"{tp.id}{' ' * (pad - cell_width(tp.id))}  {tp.title(lang)}\n" for tp in guidance.topics
    )


def _paged(lang: Lang, doc: Callable[[], Any]) -> bool:
    """The doc through the pager, drawn for the screen; False when there is no pager."""
    import io

    from debthelp.pager import page, pager_command
    from debthelp.render import emit_doc

    if pager_command() is None:
        return False
    buffer = io.StringIO()
    emit_doc(doc(), "auto", lang, buffer, tty=True, width=output.screen()[1])
    return page(buffer.getvalue())


def find_topic(guidance: "Guidance", word: str, lang: Lang) -> str:
    """A topic by its id, or by its title or part of it in either language
    (``debthelp tips 安全``, ``debthelp tips scams``, ``debthelp tips 骗局``)."""
    ids = [tp.id for tp in guidance.topics]
    if word in ids:
        return word
    wanted = word.strip().casefold()
    for exact in (True, False):
        found = [
            tp.id
            for tp in guidance.topics
            if any(
                (wanted == title.casefold()) if exact else (wanted and wanted in title.casefold())
                for title in (tp.title("zh"), tp.title("en"))
            )
        ]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise InputError("unknown-topic", value=word, valid=_topic_names(guidance, lang, found))
    raise InputError("unknown-topic", value=word, valid=_topic_names(guidance, lang, ids))


def _topic_names(guidance: "Guidance", lang: Lang, ids: list[str]) -> str:
    return t("list-sep", lang).join(
        f"{tp.id}（{tp.title(lang)}）" if lang == "zh" else f"{tp.id} ({tp.title(lang)})"
        for tp in guidance.topics
        if tp.id in ids
    )


def register(app: typer.Typer) -> None:
    app.command()(tips)
