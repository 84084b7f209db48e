"""The HTML and CSV exports' fast paths (issue 27) give exactly what the plain
versions gave, on any entry: each is checked against the code it replaced,
kept here as it was."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debthelp.lenders import LENDERS
from debthelp.log import CHANNELS, NewEntry, add_entry, export_data
from debthelp.render import log_export
from debthelp.render.html_page import page_head
from debthelp.render.log_parts import (
    Data,
    _db_name,
    _fields,
    _ids,
    _tag_line,
    channel_label,
    count_lines,
    rule_lines,
    t,
    verify_lines,
    when_label,
)
from debthelp.render.log_view import _STYLE, _cell, _esc, csv_pieces, html_pieces, to_csv, to_html
from debthelp.safetext import printable
from tests.cli.test_fuzz import fuzz_settings
from tests.log.test_log_export_fast import TRICKY

texts = st.text(alphabet=st.sampled_from(TRICKY + "=+-@") | st.characters(), max_size=12)

# --------------------------------------------------------------------------- as they were


def plain_html(data: Data, lang: Any) -> str:
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
    shown: dict[int, str] = {}
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


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def plain_cell(value: str) -> str:
    text = printable(value)
    return "'" + text if text.startswith(_FORMULA) else text


def plain_csv(data: Data, lang: Any) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for line in verify_lines(data["verify"], lang) + count_lines(data, lang):
        writer.writerow([plain_cell(line)])
    writer.writerow([])
    keys = ("id", "when", "channel", "from", "times", "claimed", "said", "contacted")
    more = ("attachments", "note", "tags")
    writer.writerow(
        [t(f"log.field-{k}", lang) for k in keys + more]
        + ["corrects", "corrected_by", t("log.field-recorded", lang)]
    )
    for e in data["entries"]:
        writer.writerow(
            [
                e["id"],
                e["when"],
                channel_label(e["channel"], lang),
                plain_cell(e["from"]),
                e["times"],
                plain_cell(e["claimed_identity"]),
                plain_cell(e["said"]),
                plain_cell("; ".join(e["contacted"])),
                plain_cell(
                    "; ".join(f"{a['path']} ({a['size']}, {a['sha256']})" for a in e["attachments"])
                ),
                plain_cell(e["note"]),
                plain_cell("; ".join(f"{g['label']}{_ids(g['source'])}" for g in e["tags"])),
                "" if e["corrects"] is None else e["corrects"],
                ", ".join(str(i) for i in e["corrected_by"]),
                e["recorded"],
            ]
        )
    return "\ufeff" + buffer.getvalue()


# --------------------------------------------------------------------------- the cases


@cache
def _head(folder: str, lang: str) -> Data:
    """A real export's head (the check, the counts, the rules), entries left out."""
    db = Path(folder) / f"head-{lang}.sqlite3"
    if not db.exists():
        add_entry(NewEntry(channel="call", when="2026-11-29 23:10+08:00", said="后果自负"), db=db)
    data = export_data(db, lang=lang)  # type: ignore[arg-type]
    data["entries"] = []
    return data


@st.composite
def entries(draw: st.DrawFn) -> list[Data]:
    shared = draw(
        st.lists(
            st.fixed_dictionaries(
                {"label": texts, "rule": texts, "source": st.lists(texts, max_size=2)}
            ),
            min_size=1,
            max_size=3,
        )
    )
    out = []
    for number in range(draw(st.integers(0, 5))):
        out.append(
            {
                "id": number + 1,
                "when": draw(st.sampled_from(["2026-11-29T23:10:00+08:00", "2026-11-29T23:10"])),
                "recorded": draw(texts),
                "channel": draw(st.sampled_from(CHANNELS) | texts),
                "from": draw(texts),
                "times": draw(st.integers(1, 3)),
                "claimed_identity": draw(texts),
                "said": draw(texts),
                "contacted": draw(st.lists(texts, max_size=2)),
                "attachments": draw(
                    st.lists(
                        st.fixed_dictionaries(
                            {"path": texts, "size": st.integers(0, 99), "sha256": texts}
                        ),
                        max_size=2,
                    )
                ),
                "note": draw(texts),
                "lender": draw(st.sampled_from(LENDERS)),
                "corrects": draw(st.none() | st.integers(1, 9)),
                "corrected_by": draw(st.lists(st.integers(1, 9), max_size=2)),
                "tags": draw(st.lists(st.sampled_from(shared), max_size=3)),
            }
        )
    return out


@fuzz_settings(1000)
@given(entries(), st.sampled_from(["zh", "en"]), st.sampled_from([1, 2, 4096]))
def test_html_and_csv_are_what_the_plain_versions_drew(
    tmp_path_factory: pytest.TempPathFactory, listed: list[Data], lang: str, piece: int
) -> None:
    data = {**_head(str(tmp_path_factory.getbasetemp()), lang), "entries": listed}
    log_export.PIECE, was = piece, log_export.PIECE
    try:
        assert to_html(data, lang) == plain_html(data, lang)  # type: ignore[arg-type]
        assert to_csv(data, lang) == plain_csv(data, lang)  # type: ignore[arg-type]
        assert len(list(html_pieces(data, lang))) == 1 + -(-(len(listed) + 1) // piece)  # type: ignore[arg-type]
        assert len(list(csv_pieces(data, lang))) == 2 + len(listed) // piece  # type: ignore[arg-type]
    finally:
        log_export.PIECE = was


@fuzz_settings(2000)
@given(texts)
def test_a_cell_and_an_escape_are_the_plain_ones(text: str) -> None:
    assert _cell(text) == plain_cell(text)
    assert _esc(text) == html.escape(printable(text), quote=True)
