"""The report as one self-contained HTML file: no script, no font, no image, no link out.

Sections come from the same data every other format uses (the plan's and the
rate check's ``Doc``, the budget, the log, the filled letters). Every string is
escaped here, once, by ``esc``: text from collectors, files and flags is shown
literally, never run; the head and its Content-Security-Policy are
``render.html_page``'s, as the log export's are. The CSS reads on a phone and prints on A4.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from debthelp.i18n import Lang, t
from debthelp.render.doc import Doc, layout
from debthelp.render.html_page import PAGE_END, page_head
from debthelp.render.views import source_label
from debthelp.safetext import printable

if TYPE_CHECKING:
    from debthelp.letters import EvidenceLog, Letter


def esc(text: Any) -> str:
    """Text from anywhere, safe inside HTML text and attribute values."""
    return html.escape(printable(str(text)), quote=True)


LONG_LIST = 6


class Section(NamedTuple):
    id: str
    title: str
    body: str  # HTML, already escaped


CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 12px; font: 16px/1.6 system-ui, -apple-system, "PingFang SC",
  "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #111; background: #fff;
  overflow-wrap: anywhere; }
main { max-width: 46rem; margin: 0 auto; }
h1 { font-size: 1.5rem; margin: .2rem 0; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #333; margin-top: 2rem; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.meta, .small, .src { color: #444; font-size: .9rem; }
.strong { border: 2px solid #b00; padding: .4rem .8rem; background: #fff4f4; }
.urgent { color: #b00; font-weight: bold; }
.body, .para { white-space: pre-line; }
blockquote { margin: .3rem 0 .5rem; padding: .3rem .7rem; border-left: 4px solid #1f5fbf;
  background: #f2f6fc; }
.letter { border: 1px solid #999; padding: .6rem .9rem; margin: .8rem 0; background: #fafafa; }
.blank-list { color: #7a4a00; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid #bbb; padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.num { text-align: right; white-space: nowrap; }
svg { width: 100%; height: auto; max-width: 40rem; }
nav ol { padding-left: 1.4rem; }
.timeline > li { border-left: 3px solid #999; padding-left: .6rem; margin-bottom: .8rem; }
@media (max-width: 480px) { body { padding: 8px; font-size: 15px; } table { font-size: .85rem; } }
ul.items > li { margin-bottom: .4rem; }
ul.items > li > p { margin: 0; }
.summary th { width: 30%; }
@media print {
  /* A typical case on about six A4 pages (issue 24): one small type size that
     every rem follows, tight spacing, no page break forced anywhere. */
  @page { size: A4; margin: 11mm 13mm; }
  html { font-size: 9pt; }
  body { padding: 0; font-size: 9pt; line-height: 1.25; }
  main { max-width: none; }
  nav { display: none; }
  h1 { font-size: 13pt; }
  h2 { font-size: 11pt; break-after: avoid; margin: .9rem 0 .3rem; border-bottom-width: 1px; }
  h3 { font-size: 9.5pt; margin: .5rem 0 .2rem; break-after: avoid; }
  p { margin: .15rem 0; }
  .meta, .small, .src { font-size: 8pt; }
  blockquote { margin: .1rem 0; padding: 0 .5rem; border-left-width: 2px; }
  ul, ol { margin: .1rem 0; padding-left: 1.1rem; }
  ul.items > li { margin-bottom: .1rem; }
  th, td { padding: .05rem .3rem; }
  tr, svg, blockquote { break-inside: avoid; }
  svg { max-width: 9cm; }
  .beside { display: flex; gap: 1rem; align-items: flex-start; }
  .beside > div { flex: 1; }
  .beside > figure { flex: 0 0 8cm; margin: 0; }
  .strong { padding: .1rem .5rem; }
  .later { columns: 2; column-gap: 1.2rem; }
  .later li { break-inside: avoid; }
  ol.timeline { padding-left: 1.6rem; }
  .timeline > li { margin-bottom: .25rem; padding-left: .4rem; border-left-width: 2px; }
  .timeline > li > p:first-child, .timeline > li > p.para { display: inline; }
  .timeline > li > p:first-child::after { content: "  "; }
  .tags ul, .tags li, .blank-list, .blanks, .blanks li { display: inline; padding: 0; margin: 0; }
  .tags li + li::before, .blanks li + li::before { content: "; "; }
  .tags .small::after, .blank-list::after { content: " "; }
  .letter { padding: .2rem .5rem; margin: .4rem 0; }
  .letter p.para { margin: .1rem 0; }
  .letter-notes { font-size: 8pt; color: #333; }
  .screen-only { display: none; }
}
"""


def body_html(text: str) -> str:
    """A step's body: its "- " lines as a real list, the rest as lines of text.

    Printed for a lawyer or a hearing, a list should look like one, not like
    dashes at the start of lines.
    """
    out: list[str] = []
    items: list[str] = []
    para: list[str] = []

    def flush() -> None:
        text = "\n".join(para).strip("\n")  # the list's margins stand for blank lines
        # A blank line parts paragraphs: a margin, not an empty line, when printed.
        for part in re.split(r"\n\s*\n", text) if text else ():
            out.append(f'<div class="body">{esc(part.strip(chr(10)))}</div>')
        para.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>")
            items.clear()

    for line in text.splitlines():
        if line.startswith("- "):
            if para:
                flush()
            items.append(line[2:].strip())
        else:
            if items:
                flush()
            para.append(line)
    flush()
    return "".join(out)


def doc_html(doc: Doc, lang: Lang) -> str:
    """A ``Doc`` (the plan, the rate check) as HTML, numbered as every format numbers it."""
    out = [f'<p class="meta">{esc(note)}</p>' for note in doc.notes]
    for placed in layout(doc, "•"):
        block = placed.block
        cls = ' class="strong"' if block.strong else ""
        out.append(f"<div{cls}><h3>{esc(block.title)}</h3>")
        if placed.lines:
            tag = "ol" if block.numbered else "ul"
            # A long list of short lines (the plan's "Later" titles) prints in two columns.
            many = "" if block.strong or len(placed.lines) <= LONG_LIST else ' class="later"'
            out.append(f"<{tag}{many}>" + "".join(f"<li>{esc(x)}</li>" for _m, x in placed.lines))
            out.append(f"</{tag}>")
        # Bulleted items (the rate check's) are a real list, as printed for a
        # lawyer; numbered ones (the plan's) keep their number across blocks.
        bulleted = [item for item in placed.items if not item.marker.strip(" •")]
        as_list = bool(bulleted) and len(bulleted) == len(placed.items)
        if as_list:
            out.append('<ul class="items">')
        for item in placed.items:
            p = item.item
            mark = f'<span class="urgent">{esc(t("urgent", lang))}</span> ' if p.urgent else ""
            if as_list:
                out.append("<li>" + (f"<p><b>{mark}{esc(p.title)}</b></p>" if p.title else ""))
            else:
                out.append(f"<div><p><b>{esc(item.marker)}{mark}{esc(p.title)}</b></p>")
            if p.body:
                out.append(body_html(p.body))
            if p.say:
                out.append(f"<p>{esc(t('say-lead', lang))}</p>")
                out += [f"<blockquote>\u201c{esc(line)}\u201d</blockquote>" for line in p.say]
            if p.why:
                out.append(f'<p class="small">{esc(p.why)}</p>')
            ids = p.source_ids if doc.cite_at_end else p.sources
            if ids:
                out.append(f'<p class="src">[{esc("; ".join(ids))}]</p>')
            out.append("</li>" if as_list else "</div>")
        if as_list:
            out.append("</ul>")
        out.append("</div>")
    out.extend(f'<p class="small">{esc(line)}</p>' for line in doc.footer)
    return "\n".join(out)


def log_html(log: EvidenceLog, lang: Lang) -> str:
    out = []
    if log.verified is not None:
        key = "report.verify-ok" if log.verified else "report.verify-bad"
        line = t(key, lang, entries=len(log.entries), problems=log.problems)
        out.append(f"<p><b>{esc(line)}</b></p>")
    if not log.entries:
        out.append(f"<p>{esc(t('report.log-empty', lang))}</p>")
        return "\n".join(out)
    out.append('<ol class="timeline">')
    for entry in log.entries:
        head = " · ".join(x for x in (entry.when, entry.channel, entry.sender) if x)
        said = entry.said
        if entry.contacted:
            said += t("letters.event-contacted", lang, who=entry.contacted)
        out.append(f"<li><p><b>{esc(head)}</b></p>")
        if said:
            out.append(f'<p class="para">{esc(said)}</p>')
        if entry.tags:
            label = esc(t("report.col-tags", lang))
            out.append(f'<div class="tags"><span class="small">{label}</span><ul>')
            out.append(
                "".join(
                    f"<li>{esc(rule or tid)}"
                    + (f' <span class="src">[{esc(src)}]</span>' if src else "")
                    + "</li>"
                    for tid, rule, src in entry.tags
                )
            )
            out.append("</ul></div>")
        out.append("</li>")
    out.append("</ol>")
    return "\n".join(out)


def letter_html(letter: Letter, lang: Lang) -> str:
    out = [f'<div class="letter"><h3>{esc(letter.title)}</h3>']
    out += [f'<p class="para">{esc(chr(10).join(p))}</p>' for p in letter.paragraphs]
    out.append("</div>")
    if letter.missing:
        # What each blank is; the screen's "or run the command again" is no use on paper.
        out.append(f'<p class="blank-list">{esc(t("report.blanks", lang))}</p>')
        out.append('<ul class="blanks">' + "".join(f"<li>{esc(m)}</li>" for m in letter.missing))
        out.append("</ul>")
    out.append('<div class="letter-notes">')
    out += [f'<p class="small">{esc(n)}</p>' for n in letter.notes]
    if letter.sources:
        ids = "; ".join(source_label(s, lang) for s in letter.sources)
        out.append(f'<p class="src">[{esc(ids)}]</p>')
    out.append("</div>")
    return "\n".join(out)


def source_lines(lines: Sequence[str]) -> str:
    """The full citations, one a line, as the last section of the page."""
    return '<ul class="src">' + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"


def summary_html(summary: tuple[str, Sequence[tuple[str, str]]] | None) -> str:
    """The situation at a glance, above everything else."""
    if summary is None or not summary[1]:
        return ""
    title, rows = summary
    body = "".join(
        f'<tr><th>{esc(label)}</th><td class="para">{esc(value)}</td></tr>' for label, value in rows
    )
    head = f'<section id="summary"><h2>{esc(title)}</h2>'
    return f'{head}<table class="summary">{body}</table></section>\n'


def report_page(
    *,
    title: str,
    lang: Lang,
    meta: Sequence[str],
    sections: Iterable[Section],
    footer: Sequence[str],
    summary: tuple[str, Sequence[tuple[str, str]]] | None = None,
) -> str:
    """The whole file. ``sections`` bodies are HTML this module made."""
    parts = list(sections)
    nav = "".join(f'<li><a href="#{esc(s.id)}">{esc(s.title)}</a></li>' for s in parts)
    body = "\n".join(
        f'<section id="{esc(s.id)}"><h2>{esc(s.title)}</h2>\n{s.body}\n</section>' for s in parts
    )
    return page_head(title=title, lang=lang, style=CSS) + (
        f"<main>\n<h1>{esc(title)}</h1>\n"
        + "".join(f'<p class="meta">{esc(m)}</p>\n' for m in meta)
        + summary_html(summary)
        + f"<nav><h2>{esc(t('report.contents', lang))}</h2><ol>{nav}</ol></nav>\n"
        + body
        + "\n<footer>"
        + "".join(f'<p class="small">{esc(f)}</p>' for f in footer)
        + "</footer>\n</main>\n"
        + PAGE_END
    )
