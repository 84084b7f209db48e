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
from collections.abc import Callable
from functools import cache
from typing import Any

from debthelp.i18n import Lang
from debthelp.i18n import t as _t
from debthelp.render.html_page import page_head
from debthelp.safetext import printable

Data = dict[str, Any]


@cache
def _label(key: str, lang: Lang) -> str:
    return _t(key, lang)


def t(key: str, lang: Lang, /, **params: Any) -> str:
    """The catalogue's ``t``; words without placeholders are looked up once
    (an export of 100,000 entries asks for the same labels 100,000 times)."""
    return _t(key, lang, **params) if params else _label(key, lang)


_CHANNEL_KEYS = {
    "call": "log.channel-call",
    "sms": "log.channel-sms",
    "wechat": "log.channel-wechat",
    "visit": "log.channel-visit",
    "third-party": "log.channel-third-party",
    "public-posting": "log.channel-public-posting",
    "other": "log.channel-other",
}
_LENDER_KEYS = {
    "unknown": "rate.lender-unknown",
    "credit-card": "rate.lender-credit-card",
    "bank": "rate.lender-bank",
    "consumer-finance": "rate.lender-consumer-finance",
    "small-loan": "rate.lender-small-loan",
    "platform": "rate.lender-platform",
    "private": "rate.lender-private",
}


def channel_label(channel: str, lang: Lang) -> str:
    key = _CHANNEL_KEYS.get(channel)
    return t(key, lang) if key else channel


def when_label(when: str) -> str:
    """``2026-11-29T23:10:00+08:00`` as ``2026-11-29 23:10 (+08:00)``."""
    return f"{when[:10]} {when[11:16]} ({when[19:] or 'UTC'})" if len(when) >= 19 else when


def verify_lines(verdict: Data, lang: Lang) -> list[str]:
    """The check's sentences and the receipt: in ``verify_view``, shared with ``log verify``."""
    from debthelp.render.verify_view import verify_lines as lines

    return lines(verdict, lang)


def count_lines(data: Data, lang: Lang) -> list[str]:
    labels = {r["id"]: r["label"] for r in data["rules"]}
    lines = [
        t("log.count-item", lang, label=labels[tag], count=n)
        for tag, n in data["counts"].items()
        if n
    ]
    return [*lines, t("log.counts-note", lang)] if lines else [t("log.counts-none", lang)]


def _fields(entry: Data, lang: Lang) -> list[tuple[str, str]]:
    """(label, value) for each field the entry has, values made printable."""
    out = []
    if entry["from"]:
        times = f" ×{entry['times']}" if entry["times"] > 1 else ""
        out.append((t("log.field-from", lang), printable(entry["from"]) + times))
    elif entry["times"] > 1:
        out.append((t("log.field-times", lang), str(entry["times"])))
    if entry["claimed_identity"]:
        out.append((t("log.field-claimed", lang), printable(entry["claimed_identity"])))
    if entry["contacted"]:
        out.append((t("log.field-contacted", lang), printable("; ".join(entry["contacted"]))))
    if entry["note"]:
        out.append((t("log.field-note", lang), printable(entry["note"])))
    if entry.get("lender", "unknown") != "unknown":
        out.append((t("log.field-lender", lang), t(_LENDER_KEYS[entry["lender"]], lang)))
    for attachment in entry["attachments"]:
        out.append((t("log.field-attachments", lang), _attachment(attachment, lang)))
    if entry["corrects"] is not None:
        out.append((t("log.field-corrects", lang, id=entry["corrects"]), ""))
    if entry["corrected_by"]:
        ids = ", ".join(str(i) for i in entry["corrected_by"])
        out.append((t("log.field-corrected-by", lang, ids=ids), ""))
    return out


def _attachment(a: Data, lang: Lang) -> str:
    return t(
        "log.attachment-line", lang, path=printable(a["path"]), size=a["size"], sha=a["sha256"]
    )


def rule_lines(rule: Data, lang: Lang) -> list[str]:
    """A rule in full: each rule it touches (its level and whom it binds), its
    sources, and what can be done, per kind of lender in the log."""
    lines = [f"{part['text']} [{', '.join(part['source'])}]" for part in rule["rules"]]
    if rule["scope"]:  # only the rules that bind the lender, or none binds it
        lines.append(rule["scope"])
    if rule["source"]:
        lines.append(t("log.rule-source", lang, ids=", ".join(rule["source"])))
    colon = "：" if lang == "zh" else ": "
    several = len(rule["do_by_lender"]) > 1
    for item in rule["do_by_lender"]:
        text = f"{item['for']}{colon}{item['do']}" if several else item["do"]
        lines.append(f"{t('log.rule-do', lang, text=text)} [{', '.join(item['source'])}]")
    return lines


def _ids(source: list[str]) -> str:
    """The fact ids after a rule line; nothing when no rule binds the lender (it says so)."""
    return f" [{', '.join(source)}]" if source else ""


def _tag_line(tag: Data, lang: Lang) -> str:
    return f"{tag['label']}{t('label-sep', lang)}{tag['rule']}{_ids(tag['source'])}"


def _heading(entry: Data, lang: Lang) -> str:
    return f"#{entry['id']}  {when_label(entry['when'])}  {channel_label(entry['channel'], lang)}"


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


# --------------------------------------------------------------------------- Markdown


def _fence(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0) if "`" in text else 0
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


_MD_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|"} | {"\n": " "})


def _md(text: str) -> str:
    """Our own words, and short collector fields, safe inside Markdown."""
    return printable(text).translate(_MD_ESCAPES)


def to_markdown(data: Data, lang: Lang) -> str:
    out = [f"# {t('log.title-export', lang)}", ""]
    out += [
        f"> {_md(t('log.generated', lang, when=data['generated'], path=_db_name(data)))}",
        "",
    ]
    out += [f"## {t('log.heading-verify', lang)}", ""]
    out += [f"- {_md(line)}" for line in verify_lines(data["verify"], lang)]
    out += ["", f"## {t('log.heading-counts', lang)}", ""]
    out += [f"- {_md(line)}" for line in count_lines(data, lang)]
    if data["rules"]:
        out += ["", f"## {t('log.heading-rules', lang)}"]
        for rule in data["rules"]:
            out += ["", f"### {rule['label']}", "", rule["explain"], ""]
            out += [f"- {line}" for line in rule_lines(rule, lang)]
    out += ["", f"## {t('log.heading-entries', lang)}"]
    if not data["entries"]:
        out += ["", t("log.no-entries", lang)]
    out.append(entries_markdown(data["entries"], lang))
    return "\n".join(out) + "\n"


def entries_markdown(entries: list[Data], lang: Lang) -> str:
    """The entries alone, as Markdown (``log list --format markdown``)."""
    out: list[str] = []
    sep = t("label-sep", lang)
    # A tag's line is the same for every entry of one lender type (the entries
    # share one dict per tag and type): escaped once, not 100,000 times.
    lines: dict[int, str] = {}
    for entry in entries:
        out += ["", f"### {_md(_heading(entry, lang))}", ""]
        for label, value in _fields(entry, lang):
            out.append(f"- {_md(label)}{sep}{_md(value)}" if value else f"- {_md(label)}")
        for tag in entry["tags"]:
            line = lines.get(id(tag))
            if line is None:
                rule = f"{_md(tag['rule'])}{_ids(tag['source'])}"
                line = lines[id(tag)] = f"- **{_md(tag['label'])}**{sep}{rule}"
            out.append(line)
        if entry["said"]:
            out += [
                "",
                f"{t('log.field-said', lang)}{sep}".rstrip(),
                "",
                _fence(printable(entry["said"])),
            ]
    return "\n".join(out)


# --------------------------------------------------------------------------- CSV


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """A spreadsheet must show collector text, never run it as a formula."""
    text = printable(value)
    return "'" + text if text.startswith(_FORMULA) else text


def to_csv(data: Data, lang: Lang) -> str:
    """UTF-8 with a BOM, so Excel shows the Chinese; the check result in the first rows."""
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
    for e in data["entries"]:
        writer.writerow(
            [
                e["id"],
                e["when"],
                channel_label(e["channel"], lang),
                _cell(e["from"]),
                e["times"],
                _cell(e["claimed_identity"]),
                _cell(e["said"]),
                _cell("; ".join(e["contacted"])),
                _cell(
                    "; ".join(f"{a['path']} ({a['size']}, {a['sha256']})" for a in e["attachments"])
                ),
                _cell(e["note"]),
                _cell("; ".join(f"{g['label']}{_ids(g['source'])}" for g in e["tags"])),
                "" if e["corrects"] is None else e["corrects"],
                ", ".join(str(i) for i in e["corrected_by"]),
                e["recorded"],
            ]
        )
    return "\ufeff" + buffer.getvalue()


# --------------------------------------------------------------------------- HTML


# Nothing in the page may load or run anything: it is evidence, opened offline
# (render.html_page writes the head and its Content-Security-Policy).
_STYLE = (
    "body{font-family:sans-serif;margin:1em}table{border-collapse:collapse}"
    "td,th{border:1px solid #888;padding:4px;vertical-align:top;text-align:left}"
    "pre{white-space:pre-wrap;margin:0}"
)


def to_html(data: Data, lang: Lang) -> str:
    """One self-contained page: a plain table, every value escaped, no script, no links out."""
    esc: Callable[[str], str] = lambda s: html.escape(printable(str(s)), quote=True)  # noqa: E731
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
    shown: dict[int, str] = {}  # each tag's cell, escaped once (see entries_markdown)
    out.append(f"<h2>{esc(t('log.heading-entries', lang))}</h2><table><tr>")
    out += [f"<th>{esc(t(key, lang))}</th>" for key in heads]
    out.append("</tr>")
    for e in data["entries"]:
        details = "".join(
            f"<br>{esc(label)}{': ' if value else ''}{esc(value)}"
            for label, value in _fields(e, lang)
        )
        tags = "<br>".join(
            shown.get(id(tag)) or shown.setdefault(id(tag), esc(_tag_line(tag, lang)))
            for tag in e["tags"]
        )
        out.append(
            f"<tr><td>{e['id']}</td><td>{esc(when_label(e['when']))}</td>"
            f"<td>{esc(channel_label(e['channel'], lang))}</td><td>{esc(e['from'])}{details}</td>"
            f"<td><pre>{esc(e['said'])}</pre></td><td>{tags}</td></tr>"
        )
    out.append("</table></body></html>")
    return "\n".join(out) + "\n"


def _db_name(data: Data) -> str:
    """The log file's name, not its full path: an export is material for others, and
    /home/NAME/... names the person and the machine (issue 24)."""
    import ntpath
    import posixpath

    db = str(data["verify"]["db"])
    return ntpath.basename(posixpath.basename(db)) or db


def to_json(data: Data, lang: Lang) -> str:
    """The export as JSON: the head indented, then one entry per line (a long
    log stays readable, and fast: each entry goes through the C encoder)."""
    import json

    head = {k: v for k, v in data.items() if k != "entries"}
    text = json.dumps(head, ensure_ascii=False, indent=2)
    lines = [json.dumps(e, ensure_ascii=False) for e in data["entries"]]
    body = "[\n    " + ",\n    ".join(lines) + "\n  ]" if lines else "[]"
    return printable(text[:-2] + f',\n  "entries": {body}\n}}\n')


EXPORTERS: dict[str, Callable[[Data, Lang], str]] = {
    "json": to_json,
    "markdown": to_markdown,
    "csv": to_csv,
    "html": to_html,
}
