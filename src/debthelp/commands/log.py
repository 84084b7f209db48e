"""``debthelp log``: one adapter per subcommand, from options to the core and a renderer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from debthelp.errors import DebtHelpError, ExitCode, InputError
from debthelp.i18n import Lang, t
from debthelp.term import can_prompt, say, write


def add_command(ctx: click.Context, *, lang: Lang, db: Path | None, values: dict[str, Any]) -> None:
    from debthelp.log import CHANNELS, NewEntry, add_entry, list_data

    # On a terminal, what the flags left out is asked for (Enter skips each).
    missing = [k for k in ("channel", "when", "sender", "said") if values.get(k) is None]
    if missing and can_prompt():
        from debthelp.wizard.log_prompts import ask_log_fields

        values = ask_log_fields(lang, values)
    if values.get("channel") is None:
        raise InputError("log.missing-channel", valid=", ".join(CHANNELS))
    entry, path = add_entry(
        NewEntry(
            channel=values["channel"],
            when=values.get("when"),
            sender=values.get("sender"),
            claimed_identity=values.get("claimed_identity"),
            said=values.get("said"),
            contacted=tuple(values.get("contacted") or ()),
            attach=tuple(values.get("attach") or ()),
            note=values.get("note"),
            corrects=values.get("corrects"),
            times=1 if values.get("times") is None else values["times"],
            lender=values.get("lender") or "unknown",
        ),
        db=db,
    )
    from debthelp.render.log_view import channel_label, when_label

    when, channel = when_label(entry.when), channel_label(entry.channel, lang)
    from debthelp.render.cjk import wrap
    from debthelp.term import width

    def lines(text: str) -> str:
        return "\n".join(wrap(text, width()))

    write(lines(t("log.saved", lang, id=entry.id, when=when, channel=channel)) + "\n")
    try:
        listed = list_data(path, lang=lang)["entries"]
    except DebtHelpError:  # saved; what it is tagged with is not worth failing over
        listed = []
    tags: list[dict[str, Any]] = next((e["tags"] for e in listed if e["id"] == entry.id), [])
    if tags:
        sep = t("log.tag-sep", lang)
        write(lines(t("log.saved-tags", lang, tags=sep.join(tag["label"] for tag in tags))) + "\n")
    for key in ("log.saved-where", "log.saved-next"):
        say(lines(t(key, lang, path=str(path))))


def list_command(
    ctx: click.Context,
    *,
    lang: Lang,
    db: Path | None,
    since: str | None,
    tag: str | None,
    fmt: str,
) -> None:
    from debthelp.gcpause import paused_gc
    from debthelp.log import list_data

    with paused_gc():  # the whole log is read, tagged and drawn: see gcpause
        data = list_data(db, lang=lang, since=since, tag=tag)
        _list(data, lang=lang, fmt=fmt, filtered=bool(since or tag))


def _list(data: dict[str, Any], *, lang: Lang, fmt: str, filtered: bool) -> None:
    from debthelp.render import dump_json
    from debthelp.render.log_view import to_text

    if fmt == "json":
        write(dump_json(data))
        return
    if not data["entries"]:
        write(t("log.no-match" if filtered else "log.no-entries", lang) + "\n")
        return
    if fmt == "markdown":
        from debthelp.render.log_view import entries_markdown

        title = f"# {t('log.title', lang)}\n"
        write(title + entries_markdown(data["entries"], lang) + "\n")
        return
    from debthelp.term import width

    write(to_text(data, lang, width=width()))


def export_command(
    ctx: click.Context, *, lang: Lang, db: Path | None, fmt: str, output: str | None
) -> None:
    from debthelp.gcpause import paused_gc
    from debthelp.log import export_data
    from debthelp.render.log_view import EXPORTERS

    with paused_gc():  # 100,000 entries are built and drawn: see gcpause
        text = EXPORTERS[fmt](export_data(db, lang=lang), lang)
    if output is None or output == "-":
        write(text)
        return
    from debthelp.files import write_private

    write_private(output, text)
    say(t("log.exported", lang, path=output))


def verify_command(ctx: click.Context, *, lang: Lang, db: Path | None, fmt: str) -> None:
    from debthelp.log import verify
    from debthelp.render import dump_json
    from debthelp.render.log_view import verify_lines

    verdict = verify(db).to_json()
    if fmt == "json":
        write(dump_json(verdict))
    else:
        from debthelp.render.cjk import wrap
        from debthelp.term import width

        lines = verify_lines(verdict, lang)
        shown = wrap(lines[0], width()) + [
            x for line in lines[1:] for x in wrap(line, width(), "    ", "  - ")
        ]
        write("\n".join(shown) + "\n")
    if not verdict["ok"]:
        ctx.exit(int(ExitCode.ERROR))


def wipe_command(ctx: click.Context, *, lang: Lang, db: Path | None, yes: bool) -> None:
    from debthelp.log import read_entries, wipe
    from debthelp.log.paths import db_path

    path = db_path(db)
    if not path.exists():
        write(t("log.wipe-nothing", lang, path=str(path)) + "\n")
        return
    if not yes:
        if not can_prompt():
            raise InputError("log.wipe-needs-yes")
        from debthelp.wizard.log_prompts import confirm_wipe

        count = len(read_entries(path))  # refuses a foreign file before asking
        if not confirm_wipe(lang, path=str(path), count=count):
            write(t("log.wipe-kept", lang) + "\n")
            return
    gone = wipe(path)
    if gone.existed:
        write(t("log.wipe-done", lang, path=str(gone.path), count=gone.entries) + "\n")
    else:
        write(t("log.wipe-nothing", lang, path=str(gone.path)) + "\n")
