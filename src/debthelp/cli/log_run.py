"""``debthelp log``: one adapter per subcommand, from options to the core and a renderer."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from debthelp.cli.clicks import click
from debthelp.errors import DebtHelpError, ExitCode, InputError
from debthelp.i18n import Lang, t
from debthelp.term import can_prompt, say, write


def add_command(
    ctx: click.Context, *, lang: Lang, db: Path | str | None, values: dict[str, Any]
) -> None:
    from debthelp.log import CHANNELS, NewEntry, add_entry

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
    # Saved: from here on nothing may say otherwise (F3). An output that fails
    # now is told on stderr, and the command still ends in success.
    try:
        _show_saved(entry, path, lang)
    except BrokenPipeError:
        raise  # the reader went away (| head): quietly done, as for every command
    except Exception:
        _say_saved(entry, path, lang)


def _say_saved(entry: Any, path: Path, lang: Lang) -> None:
    """What ``log add`` saved, on stderr, when stdout failed after the save; never raises."""
    from debthelp.log.book import receipt_for
    from debthelp.render.log_view import channel_label

    when = entry.when[:16].replace("T", " ")
    say(t("log.saved", lang, id=entry.id, when=when, channel=channel_label(entry.channel, lang)))
    with contextlib.suppress(Exception):  # saved; a receipt can be had from log verify
        say(t("log.receipt-line", lang, code=receipt_for(path, entry.id).shown()))
    say(t("log.saved-where", lang, path=str(path)))
    say(t("log.saved-not-shown", lang))


def _show_saved(entry: Any, path: Path, lang: Lang) -> None:
    from debthelp.log import list_data
    from debthelp.log.book import receipt_for
    from debthelp.render.cjk import wrap
    from debthelp.render.log_view import channel_label, when_label
    from debthelp.term import width

    when, channel = when_label(entry.when), channel_label(entry.channel, lang)

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
    try:
        receipt = receipt_for(path, entry.id)
    except DebtHelpError:  # saved; a receipt can be had from log verify
        receipt = None
    if receipt is not None:
        # The code on a line of its own, never wrapped: it is made to be copied.
        write(t("log.receipt-line", lang, code=receipt.shown()) + "\n")
        about = t(
            "log.receipt-about",
            lang,
            count=receipt.count,
            when=entry.recorded[:16].replace("T", " "),
        )
        say(lines(about))
    for key in ("log.saved-where", "log.saved-next"):
        say(lines(t(key, lang, path=str(path))))


def list_command(
    ctx: click.Context,
    *,
    lang: Lang,
    db: Path | str | None,
    since: str | None,
    tag: str | None,
    fmt: str,
) -> None:
    from debthelp.gcpause import paused_gc
    from debthelp.log import list_data
    from debthelp.log.paths import db_path

    with paused_gc():  # the whole log is read, tagged and drawn: see gcpause
        data = list_data(db_path(db), lang=lang, since=since, tag=tag)
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
    ctx: click.Context, *, lang: Lang, db: Path | str | None, fmt: str, output: str | None
) -> None:
    from debthelp.cli.save import save, save_or_print
    from debthelp.gcpause import paused_gc
    from debthelp.log import export_data
    from debthelp.log.paths import db_path
    from debthelp.render.log_view import EXPORTERS, PIECES

    with paused_gc():  # 100,000 entries are built and drawn: see gcpause
        data = export_data(db_path(db), lang=lang)
        if output is None or output == "-":
            save_or_print(None, EXPORTERS[fmt](data, lang), lang, note="log.exported")
        else:
            # Written as it is drawn: a long export is never whole in memory (issue 27).
            save(output, PIECES[fmt](data, lang), lang, note="log.exported")


def verify_command(
    ctx: click.Context, *, lang: Lang, db: Path | str | None, fmt: str, receipt: str | None = None
) -> None:
    from debthelp.log import verify
    from debthelp.render import dump_json
    from debthelp.render.verify_view import check_lines, receipt_lines

    verdict = verify(db, receipt=receipt).to_json()
    if fmt == "json":
        write(dump_json(verdict))
    else:
        from debthelp.render.cjk import wrap
        from debthelp.term import width

        lines = check_lines(verdict, lang)
        shown = wrap(lines[0], width()) + [
            x for line in lines[1:] for x in wrap(line, width(), "    ", "  - ")
        ]
        code_and_about = receipt_lines(verdict, lang)
        if code_and_about:
            # The code on a line of its own, never wrapped: it is made to be copied.
            shown += ["", code_and_about[0], *wrap(code_and_about[1], width())]
        write("\n".join(shown) + "\n")
    if not verdict["ok"]:
        ctx.exit(int(ExitCode.ERROR))


def wipe_command(ctx: click.Context, *, lang: Lang, db: Path | str | None, yes: bool) -> None:
    from debthelp.log import read_entries, wipe
    from debthelp.log.paths import db_path

    path = db_path(db)
    try:
        present = path.exists()
    except OSError as exc:  # a folder the user cannot search (F16)
        reason = exc.strerror or str(exc)
        raise InputError("log.db-unreadable", path=str(path), reason=reason) from None
    if not present:
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
        done = t("log.wipe-done", lang, path=str(gone.path), count=gone.entries)
    else:
        done = t("log.wipe-nothing", lang, path=str(gone.path))
    try:
        write(done + "\n")
    except DebtHelpError:
        # Deleted already: say so where it can still be read, and succeed (F3).
        say(done)
        say(t("log.done-not-shown", lang))
