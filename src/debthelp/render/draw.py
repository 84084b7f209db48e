"""Drawing a ``Doc``: plain text, Markdown, or rich panels on a terminal.

The only place rich is imported, and lazily: plain text, the format a pipe
gets, never pays for it. Every string is made printable before it is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

from debthelp.i18n import Lang, t
from debthelp.render.cjk import cell_width, paragraphs, wrap
from debthelp.render.doc import Doc, Item, layout


def _join_sources(item: Item, lang: Lang) -> str:
    return t("source-sep", lang).join(item.sources)


def _source_line(doc: Doc, item: Item, lang: Lang) -> str:
    if doc.cite_at_end:
        return t("source", lang, text=" ".join(f"[{sid}]" for sid in item.source_ids))
    return t("source", lang, text=_join_sources(item, lang))


def quote(text: str) -> str:
    """Words to say, inside quotation marks (curly ones read right in both languages)."""
    return f"\u201c{text}\u201d"


def to_text(doc: Doc, lang: Lang, width: int = 80, *, narrowest: int = 30) -> str:
    width = max(width, narrowest)
    out: list[str] = [*wrap(doc.title, width), "=" * min(cell_width(doc.title), width)]
    for note in doc.notes:
        out.extend(wrap(note, width))
    for placed_block in layout(doc, "*"):
        block = placed_block.block
        out.append("")
        out.extend(wrap(block.title, width))
        out.append(("=" if block.strong else "-") * min(cell_width(block.title), width))
        out.extend(line.rstrip() for line in block.pre)
        for marker, line in placed_block.lines:
            out.extend(wrap(line, width, " " * cell_width(marker), marker))
        for marker, item, gap in placed_block.items:
            head = f"[{t('urgent', lang)}] {item.title}" if item.urgent else item.title
            paras = paragraphs(item.body)
            if not head and paras:  # a body-only item starts on the marker line
                head = paras.pop(0)
            if gap:
                out.append("")
            pad = " " * cell_width(marker)
            out.extend(wrap(head, width, pad, marker))
            for para in paras:
                if para.startswith(("- ", "• ")):
                    out.extend(wrap(para[2:], width, pad + "  ", pad + "- "))
                else:
                    out.extend(wrap(para, width, pad))
            if item.say:
                out.extend(wrap(t("say-lead", lang), width, pad))
                for line in item.say:
                    out.extend(wrap(quote(line), width, pad + "   ", pad + "  "))
            if item.why:
                out.extend(wrap(t("why", lang, text=item.why), width, pad))
            if item.sources:
                out.extend(wrap(_source_line(doc, item, lang), width, pad))
            if item.more:
                out.extend(wrap(item.more, width, pad))
    if doc.footer:
        out.append("")
    for line in doc.footer:
        out.extend(wrap(line, width))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- Markdown


def _md_escape(text: str) -> str:
    return text.replace("*", r"\*").replace("_", r"\_")


def to_markdown(doc: Doc, lang: Lang) -> str:
    out = [f"# {doc.title}", ""]
    for note in doc.notes:
        out.extend([f"> {note}", ">"])
    if doc.notes:
        out.pop()
    for placed_block in layout(doc, "-"):
        block = placed_block.block
        out.extend(["", f"## {block.title}", ""])
        if block.pre:
            out.extend(["```text", *(line.rstrip() for line in block.pre), "```", ""])
        for marker, line in placed_block.lines:
            text = _md_escape(line)
            out.append(f"{marker.strip()} {'**' + text + '**' if block.strong else text}")
        for spaced, item, _gap in placed_block.items:
            marker = spaced.strip()
            pad = " " * (len(marker) + 1)
            urgent = f"**[{t('urgent', lang)}]** " if item.urgent else ""
            paras = paragraphs(item.body)
            if item.title:
                out.append(f"{marker} {urgent}**{_md_escape(item.title)}**")
            else:
                out.append(f"{marker} {urgent}{paras.pop(0) if paras else ''}")
            for para in paras:
                out.append("")
                out.append(pad + para)
            if item.say:
                out.extend(["", pad + t("say-lead", lang)])
                for line in item.say:  # a quotation, each line its own block quote
                    out.extend(["", pad + "> " + _md_escape(quote(line))])
            if item.why:
                out.extend(["", pad + t("why-md", lang, text=item.why)])
            if item.sources:
                # Markdown is kept and shared: every step carries its full citations.
                out.extend(["", pad + t("source-md", lang, text=_join_sources(item, lang))])
            if item.more:
                out.extend(["", pad + _md_escape(item.more)])
            out.append("")
    for line in doc.footer:
        out.extend(["", line])
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- rich


def print_rich(doc: Doc, lang: Lang, file: IO[str], width: int | None = None) -> None:
    """Panels for a terminal. Colour is decided by rich (NO_COLOR is respected);
    urgency is also spelt out in words so it never rests on colour alone."""
    from rich.console import Console, Group
    from rich.padding import Padding
    from rich.panel import Panel
    from rich.text import Text

    console = Console(file=file, highlight=False, soft_wrap=False, width=width)
    console.print()
    console.print(Text(doc.title, style="bold"))
    for note in doc.notes:
        console.print(Text(note, style="dim"))
    # rich wraps CJK text anywhere, even before a full stop; wrap it ourselves
    # (with the line-breaking rules of Chinese) to the room the panel leaves,
    # and let rich only draw.
    room = max(console.width - 4, 24)

    def para_text(text: str, style: str = "", room: int = room, first: str = "") -> Text:
        lines = wrap(text, room, " " * cell_width(first), first)
        return Text("\n".join(lines), style=style, no_wrap=True)

    # "*", not "•": a GBK console cannot show the bullet.
    for placed_block in layout(doc, "*"):
        block = placed_block.block
        parts: list[Any] = [Text("\n".join(block.pre), no_wrap=True)] if block.pre else []
        parts += [
            para_text(line, "bold" if block.strong else "", first=marker)
            for marker, line in placed_block.lines
        ]
        for marker, item, gap in placed_block.items:
            paras = paragraphs(item.body)
            urgent = f"[{t('urgent', lang)}] " if item.urgent else ""
            title = item.title or (paras.pop(0) if paras else "")
            head = para_text(urgent + title, "bold" if item.title else "", first=marker)
            if urgent:  # the word, not only the colour, says it is urgent
                head.stylize("bold red", len(marker), len(marker) + len(urgent))
            inner = room - cell_width(marker)
            # A "- " list item hangs under its own text, as in plain text.
            lines: list[Any] = [
                para_text(para[2:], room=inner, first="- ")
                if para.startswith(("- ", "• "))
                else para_text(para, room=inner)
                for para in paras
            ]
            if item.say:
                lines.append(para_text(t("say-lead", lang), "bold", room=inner))
                lines += [
                    para_text(quote(line), "italic", room=inner, first="  ") for line in item.say
                ]
            if item.why:
                lines.append(para_text(t("why", lang, text=item.why), "italic", room=inner))
            if item.sources:
                lines.append(para_text(_source_line(doc, item, lang), "dim", room=inner))
            if item.more:
                lines.append(para_text(item.more, "dim", room=inner))
            if parts and gap:
                parts.append(Text(""))
            parts.append(head)
            if lines:  # the body indented under the title, wrapped lines included
                parts.append(Padding(Group(*lines), (0, 0, 0, cell_width(marker))))
        console.print(
            Panel(
                Group(*parts),
                title=Text(block.title, style="bold"),
                title_align="left",
                border_style="bold" if block.strong else "",
            )
        )
    for line in doc.footer:
        console.print(Text("\n".join(wrap(line, max(console.width, 24))), no_wrap=True))
    # A terminal shows the end of what was printed, not its start: draw the
    # block that must not be missed ("Do these first") once more, last.
    strong = [pb for pb in layout(doc, "*") if pb.block.strong]
    if strong and len(doc.blocks) > 1:
        block = strong[0].block
        lines = [para_text(line, "bold", first=marker) for marker, line in strong[0].lines]
        console.print(
            Panel(
                Group(*lines),
                title=Text(t("plan-recap", lang, title=block.title), style="bold"),
                title_align="left",
                border_style="bold",
            )
        )


# Below this many columns, panels are not drawn: the plan is plain text.
NARROW = 40


def emit_doc(doc: Doc, fmt: str, lang: Lang, file: IO[str], *, tty: bool, width: int) -> None:
    """Write ``doc`` in a human format (``auto`` means rich on a terminal).

    Every string of the doc is made printable first: advice may come from
    someone else's guidance file, and rates from a schedule's notes.
    """
    doc = _printable_doc(doc)
    if fmt == "auto":
        fmt = "rich" if tty else "text"
    if fmt != "markdown":  # Markdown is kept and shared: the note is for this screen
        doc = with_path_note(doc, lang)
    if fmt == "rich" and width < NARROW:
        # Panels narrower than this crop their text (at 20 columns a deadline
        # lost its year, and 12348 its last digit): say so, and print plain
        # text wrapped to the screen instead (hostile pass F14).
        note = wrap(t("narrow-screen", lang, width=width, wide=NARROW), max(width, 10))
        file.write("\n".join(note) + "\n\n" + to_text(doc, lang, width, narrowest=10))
    elif fmt == "rich":
        print_rich(doc, lang, file, width)
    elif fmt == "markdown":
        file.write(to_markdown(doc, lang))
    else:
        file.write(to_text(doc, lang, width))


def with_path_note(doc: Doc, lang: Lang) -> Doc:
    """A last line saying how to make the ``debthelp …`` lines work as printed, when
    the person started the program by its path (``.venv/bin/debthelp``, the
    README's install) and ``debthelp`` alone would not find it (issue 24).

    Each line is not rewritten with the path: the commands to type would no
    longer fit the panels at 80 columns, and the text is the same on every screen.
    """
    import os

    from debthelp.hints import prog, shell_word

    name = prog()
    if name == "debthelp" or not _mentions_debthelp(doc):
        return doc
    activate = os.path.join(os.path.dirname(name), "activate")
    if os.path.isfile(activate):
        # The line to type on a line of its own: wrapped into the sentence, a
        # long path left "source" at the end of one line and the path on the next.
        notes: tuple[str, ...] = (
            t("path-note-activate", lang, prog=name),
            f"source {shell_word(activate)}",
        )
    else:
        notes = (t("path-note", lang, prog=name),)
    return doc._replace(footer=(*doc.footer, *notes))


def _mentions_debthelp(doc: Doc) -> bool:
    found: list[bool] = []

    def look(text: str) -> str:
        found.append("debthelp " in text)
        return text

    _map_doc(doc, look)
    return any(found)


def _printable_doc(doc: Doc) -> Doc:
    from debthelp.safetext import printable

    return _map_doc(doc, printable)


def _map_doc(doc: Doc, each: Callable[[str], str]) -> Doc:
    """``doc`` with ``each`` applied to every string it shows."""
    printable = each

    def item(i: Item) -> Item:
        return i._replace(
            title=printable(i.title),
            body=printable(i.body),
            why=printable(i.why),
            sources=tuple(map(printable, i.sources)),
            source_ids=tuple(map(printable, i.source_ids)),
            say=tuple(map(printable, i.say)),
            more=printable(i.more),
        )

    return doc._replace(
        title=printable(doc.title),
        notes=tuple(map(printable, doc.notes)),
        footer=tuple(map(printable, doc.footer)),
        blocks=tuple(
            b._replace(
                title=printable(b.title),
                lines=tuple(map(printable, b.lines)),
                pre=tuple(map(printable, b.pre)),
                items=tuple(map(item, b.items)),
            )
            for b in doc.blocks
        ),
    )
