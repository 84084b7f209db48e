"""``debthelp log`` as text, Markdown, CSV and HTML, drawn from ``export_data``'s dict.

Every format is built from the same dict, so they cannot disagree. Collector
text is shown literally: control and reordering characters become visible
``\\uXXXX`` (``safetext``), Markdown puts it in a code fence, HTML escapes it,
and CSV keeps a spreadsheet from reading it as a formula. Plain string
building, no rich: an export of 100,000 entries must take under two seconds.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Callable, Iterable, Iterator

from debthelp.i18n import Lang
from debthelp.render import log_export
from debthelp.render.html_page import page_head
from debthelp.render.log_export import (
    entries_markdown,
    json_pieces,
    markdown_pieces,
    to_json,
    to_markdown,
)
from debthelp.render.log_parts import (
    Data,
    _db_name,
    _fields,
    _heading,
    _ids,
    _tag_line,
    channel_label,
    count_lines,
    rule_lines,
    t,
    verify_lines,
    when_label,
)
from debthelp.safetext import printable

__all__ = [
    "EXPORTERS",
    "PIECES",
    "channel_label",
    "entries_markdown",
    "to_csv",
    "to_html",
    "to_json",
    "to_markdown",
    "to_text",
    "when_label",
]


# --------------------------------------------------------------------------- plain text


def to_text(data: Data, lang: Lang, *, width: int = 80) -> str:
    """``log list`` on a screen or in a pipe, wrapped the way Chinese is set."""
    from debthelp.render.cjk import wrap

    width = max(width, 30)
    sep = t("label-sep", lang)
    count = t("log.count-line", lang, count=len(data["entries"]))
    out = [
        f"{t('log.title', lang)}（{count}）"
        if lang == "zh"
        else f"{t('log.title', lang)} ({count})"
    ]
    for entry in data["entries"]:
        out += ["", *wrap(_heading(entry, lang), width)]
        for label, value in _fields(entry, lang):
            out += wrap(f"{label}{sep}{value}" if value else label, width, "      ", "    ")
        if entry["said"]:
            out.append(f"    {t('log.field-said', lang)}{sep}")
            for line in printable(entry["said"]).split("\n"):
                out += wrap(line, width, "      ") or ["      "]
        for tag in entry["tags"]:
            out += wrap(_tag_line(tag, lang), width, "      ", "    ! ")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- CSV


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """A spreadsheet must show collector text, never run it as a formula."""
    # ``printable`` changes nothing in a text that ``isprintable`` (most do).
    text = value if value.isprintable() else printable(value)
    return "'" + text if text.startswith(_FORMULA) else text


def to_csv(data: Data, lang: Lang) -> str:
    return "".join(csv_pieces(data, lang))


def csv_pieces(data: Data, lang: Lang) -> Iterator[str]:
    """UTF-8 with a BOM, so Excel shows the Chinese; the check result in the first rows.
    In pieces of a few thousand rows (see ``log_export``)."""
    yield "\ufeff"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for line in verify_lines(data["verify"], lang) + count_lines(data, lang):
        writer.writerow([_cell(line)])
    writer.writerow([])
    label: Callable[[str], str] = lambda key: t(key, lang)  # noqa: E731
    writer.writerow(
        [
            label("log.field-id"),
            label("log.field-when"),
            label("log.field-channel"),
            label("log.field-from"),
            label("log.field-times"),
            label("log.field-claimed"),
            label("log.field-said"),
            label("log.field-contacted"),
            label("log.field-attachments"),
            label("log.field-note"),
            label("log.field-tags"),
            "corrects",
            "corrected_by",
            label("log.field-recorded"),
        ]
    )
    # The same cell is made once for every entry that has it: a channel's
    # name, a list of tags (the entries share one dict per tag).
    channels: dict[str, str] = {}
    tag_cells: dict[tuple[int, ...], str] = {}
    rows: list[list[object]] = []
    size = log_export.PIECE
    for number, e in enumerate(data["entries"], 1):
        if number % size == 0:
            writer.writerows(rows)
            rows = []
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        channel = channels.get(e["channel"])
        if channel is None:
            channel = channels[e["channel"]] = channel_label(e["channel"], lang)
        key = tuple(map(id, e["tags"]))
        tags = tag_cells.get(key)
        if tags is None:
            tags = tag_cells[key] = _cell(
                "; ".join(f"{g['label']}{_ids(g['source'])}" for g in e["tags"])
            )
        files = e["attachments"]
        rows.append(
            [
                e["id"],
                e["when"],
                channel,
                _cell(e["from"]),
                e["times"],
                _cell(e["claimed_identity"]),
                _cell(e["said"]),
                _cell("; ".join(e["contacted"])),
                _cell("; ".join(f"{a['path']} ({a['size']}, {a['sha256']})" for a in files))
                if files
                else "",
                _cell(e["note"]),
                tags,
                "" if e["corrects"] is None else e["corrects"],
                ", ".join(str(i) for i in e["corrected_by"]) if e["corrected_by"] else "",
                e["recorded"],
            ]
        )
    writer.writerows(rows)
    yield buffer.getvalue()


# --------------------------------------------------------------------------- HTML


# Nothing in the page may load or run anything: it is evidence, opened offline
# (render.html_page writes the head and its Content-Security-Policy).
_STYLE = (
    "body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}"
    "td,th{border:1px solid #888;padding:4px;vertical-align:top;text-align:left}"
    "pre{white-space:pre-wrap;margin:0}"
)


_HTML_SPECIAL = re.compile("[&<>\"']")


def _esc(value: str) -> str:
    """``html.escape(printable(value), quote=True)``; most texts need neither, and
    are returned as they are after one look (an export escapes 600,000 of them)."""
    if value.isprintable() and _HTML_SPECIAL.search(value) is None:
        return value
    return html.escape(printable(value), quote=True)


def to_html(data: Data, lang: Lang) -> str:
    """One self-contained page: a plain table, every value escaped, no script, no links out."""
    return "".join(html_pieces(data, lang))


def html_pieces(data: Data, lang: Lang) -> Iterator[str]:
    """The page in pieces of ``PIECE`` table rows (see ``log_export``)."""
    esc = _esc
    title = esc(t("log.title-export", lang))
    generated = t("log.generated", lang, when=data["generated"], path=_db_name(data))
    out = [
        page_head(title=t("log.title-export", lang), lang=lang, style=_STYLE).rstrip("\n"),
        f"<h1>{title}</h1>",
        f"<p>{esc(generated)}</p>",
        f"<h2>{esc(t('log.heading-verify', lang))}</h2><ul>",
        *(f"<li>{esc(line)}</li>" for line in verify_lines(data["verify"], lang)),
        f"</ul><h2>{esc(t('log.heading-counts', lang))}</h2><ul>",
        *(f"<li>{esc(line)}</li>" for line in count_lines(data, lang)),
        "</ul>",
    ]
    if data["rules"]:
        out.append(f"<h2>{esc(t('log.heading-rules', lang))}</h2>")
        for rule in data["rules"]:
            out.append(f"<h3>{esc(rule['label'])}</h3><p>{esc(rule['explain'])}</p><ul>")
            out += [f"<li>{esc(line)}</li>" for line in rule_lines(rule, lang)]
            out.append("</ul>")
    heads = (
        "log.field-id",
        "log.field-when",
        "log.field-channel",
        "log.field-from",
        "log.field-said",
        "log.field-tags",
    )
    out.append(f"<h2>{esc(t('log.heading-entries', lang))}</h2><table><tr>")
    out += [f"<th>{esc(t(key, lang))}</th>" for key in heads]
    out.append("</tr>")
    yield "\n".join(out)
    # Escaped once, not once per entry: each channel's cell, each field's
    # label, and each list of tags (the entries share one dict per tag).
    channels: dict[str, str] = {}
    labels: dict[str, str] = {}
    tag_cells: dict[tuple[int, ...], str] = {}
    size = log_export.PIECE
    rows: list[str] = []
    for number, e in enumerate(data["entries"], 1):
        channel = channels.get(e["channel"])
        if channel is None:
            channel = channels[e["channel"]] = esc(channel_label(e["channel"], lang))
        details = []
        for label, value in _fields(e, lang):
            shown = labels.get(label)
            if shown is None:
                shown = labels[label] = esc(label)
            details.append(f"<br>{shown}: {esc(value)}" if value else f"<br>{shown}")
        key = tuple(map(id, e["tags"]))
        tags = tag_cells.get(key)
        if tags is None:
            tags = tag_cells[key] = "<br>".join(esc(_tag_line(tag, lang)) for tag in e["tags"])
        rows.append(
            f"\n<tr><td>{e['id']}</td><td>{esc(when_label(e['when']))}</td>"
            f"<td>{channel}</td><td>{esc(e['from'])}{''.join(details)}</td>"
            f"<td><pre>{esc(e['said'])}</pre></td><td>{tags}</td></tr>"
        )
        if number % size == 0:
            yield "".join(rows)
            rows = []
    rows.append("\n</table></body></html>\n")
    yield "".join(rows)


EXPORTERS: dict[str, Callable[[Data, Lang], str]] = {
    "json": to_json,
    "markdown": to_markdown,
    "csv": to_csv,
    "html": to_html,
}
# The same texts in pieces, for a file written as it is drawn (``log export -o``):
# each joins to exactly what ``EXPORTERS`` gives.
PIECES: dict[str, Callable[[Data, Lang], Iterable[str]]] = {
    "json": json_pieces,
    "markdown": markdown_pieces,
    "csv": csv_pieces,
    "html": html_pieces,
}
