"""Turning results into what a person reads: rich, plain text, Markdown or JSON.

Every command builds one ``Doc`` (or a JSON-ready dict) from core data, and the
same ``Doc`` feeds every human format, so the formats cannot disagree. This is
the only module allowed to import rich, and it does so lazily: plain text, the
format a pipe gets, never pays for it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from debthelp.i18n import Lang, t

if TYPE_CHECKING:  # only for types: `tips` must not pay for the engine or rate at start-up
    from debthelp.engine import Plan
    from debthelp.guidance import Guidance, Term, Tip
    from debthelp.rate import RateResult


class Item(NamedTuple):
    title: str
    body: str
    why: str = ""
    sources: tuple[str, ...] = ()
    urgent: bool = False


class Block(NamedTuple):
    title: str
    items: tuple[Item, ...]
    intro: str = ""


class Doc(NamedTuple):
    title: str
    blocks: tuple[Block, ...]
    notes: tuple[str, ...] = ()  # short lines under the title (disclaimer, dates)
    numbered: bool = False  # plan steps are numbered; tips are bulleted
    footer: tuple[str, ...] = ()


# --------------------------------------------------------------------------- building docs


def cite(guidance: Guidance, source_ids: Iterable[str], lang: Lang) -> tuple[str, ...]:
    """The full citation of each source id, in ``lang``."""
    out = []
    for sid in source_ids:
        source = guidance.sources.get(sid)
        out.append(source.cite(lang) if source else sid)
    return tuple(out)


def cite_with_ids(guidance: Guidance, source_ids: Iterable[str], lang: Lang) -> tuple[str, ...]:
    # The id helps a volunteer find the fact in the fact sheet; keep it visible.
    return tuple(
        f"{c} [{sid}]" for sid, c in zip(source_ids, cite(guidance, source_ids, lang), strict=True)
    )


def tip_item(guidance: Guidance, tip: Tip, lang: Lang, *, with_why: bool) -> Item:
    return Item(
        title=tip.title(lang),
        body=tip.body(lang),
        why=tip.why(lang) if (with_why and tip.why) else "",
        sources=cite_with_ids(guidance, tip.sources, lang),
        urgent=tip.urgent,
    )


def _notes(guidance: Guidance, lang: Lang) -> tuple[str, ...]:
    return (
        guidance.disclaimer(lang),
        t("reviewed", lang, date=guidance.reviewed.isoformat()),
    )


def terms_footer(guidance: Guidance, blocks: Sequence[Block], lang: Lang) -> tuple[str, ...]:
    """A line naming the glossary terms the text uses, so a reader knows to ask."""
    text = "\n".join(f"{i.title}\n{i.body}\n{i.why}" for b in blocks for i in b.items)
    if lang == "en":
        text = text.lower()
    found = []
    for term in guidance.terms:
        # "LPR（贷款市场报价利率）" is found as "LPR", "Payment order (zhīfùlìng)" as
        # "payment order"
        name = term.term(lang).split("（")[0].split(" (")[0].strip()
        if name and (name if lang == "zh" else name.lower()) in text:
            found.append(name)
    if not found:
        return ()
    return (t("terms-footer", lang, terms=t("list-sep", lang).join(found)),)


def tips_doc(guidance: Guidance, topic_ids: Sequence[str], lang: Lang) -> Doc:
    blocks = []
    for topic_id in topic_ids:
        topic = guidance.topic(topic_id)
        if topic is None:
            continue
        items = tuple(
            tip_item(guidance, tip, lang, with_why=False) for tip in guidance.tips_in(topic_id)
        )
        blocks.append(Block(topic.title(lang), items))
    return Doc(
        t("tips-title", lang),
        tuple(blocks),
        notes=_notes(guidance, lang),
        footer=terms_footer(guidance, blocks, lang),
    )


def plan_doc(guidance: Guidance, plan: Plan, lang: Lang) -> Doc:
    blocks = tuple(
        Block(
            section.section.title(lang),
            tuple(tip_item(guidance, tip, lang, with_why=True) for tip in section.steps),
        )
        for section in plan.sections
    )
    return Doc(
        t("plan-title", lang),
        blocks,
        notes=(t("plan-intro", lang), *_notes(guidance, lang)),
        numbered=True,
        footer=terms_footer(guidance, blocks, lang),
    )


def tips_json(guidance: Guidance, topic_ids: Sequence[str], lang: Lang) -> dict[str, Any]:
    topics = []
    for topic_id in topic_ids:
        topic = guidance.topic(topic_id)
        if topic is None:
            continue
        topics.append(
            {
                "id": topic.id,
                "title": topic.title(lang),
                "tips": [_tip_json(guidance, tip, lang) for tip in guidance.tips_in(topic_id)],
            }
        )
    return {"lang": lang, "topics": topics}


def _tip_json(guidance: Guidance, tip: Tip, lang: Lang) -> dict[str, Any]:
    return {
        "id": tip.id,
        "title": tip.title(lang),
        "body": tip.body(lang),
        "source": "; ".join(tip.sources),
        "sources": [
            {"id": sid, "cite": c}
            for sid, c in zip(tip.sources, cite(guidance, tip.sources, lang), strict=True)
        ],
        "urgent": tip.urgent,
    }


def plan_json(guidance: Guidance, plan: Plan, lang: Lang) -> dict[str, Any]:
    return {
        "lang": lang,
        "answers": dict(plan.answers),
        "sections": [
            {
                "id": section.id,
                "title": section.section.title(lang),
                "steps": [
                    {
                        "id": tip.id,
                        "title": tip.title(lang),
                        "text": tip.body(lang),
                        "why": tip.why(lang) if tip.why else "",
                        "source": "; ".join(tip.sources),
                        "urgent": tip.urgent,
                    }
                    for tip in section.steps
                ],
            }
            for section in plan.sections
        ],
    }


def dump_json(data: Any) -> str:
    import json

    # sort_keys is off on purpose: key order is part of the documented shape,
    # and it is already deterministic because dicts keep insertion order.
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def glossary_doc(guidance: Guidance, terms: Sequence[Term], lang: Lang) -> Doc:
    items = tuple(
        Item(
            title=term.term(lang),
            body=term.definition(lang),
            sources=cite_with_ids(guidance, term.sources, lang),
        )
        for term in terms
    )
    return Doc(
        t("glossary-title", lang),
        (Block(t("glossary-block", lang), items),),
        notes=(guidance.disclaimer(lang),),
    )


def glossary_json(guidance: Guidance, terms: Sequence[Term], lang: Lang) -> dict[str, Any]:
    return {
        "lang": lang,
        "terms": [
            {
                "id": term.id,
                "term": term.term(lang),
                "definition": term.definition(lang),
                "source": "; ".join(term.sources),
            }
            for term in terms
        ],
    }


def _money(value: float | None, lang: Lang) -> str:
    return "—" if value is None else t("money", lang, amount=value)


def _pct(value: float | None) -> str:
    return "—" if value is None or not math.isfinite(value) else f"{value:.2f}%"


def rate_doc(result: RateResult, lang: Lang) -> Doc:
    """The figures first, then what they mean and what to do, in the core's order."""
    from debthelp.rate import explain

    r = result
    figures = [
        (t("rate.fig-apr", lang), _pct(r.apr_percent)),
        (t("rate.fig-effective", lang), _pct(r.effective_annual_percent)),
        (t("rate.fig-received", lang), _money(r.received, lang)),
    ]
    if r.borrowed is not None:
        figures.append((t("rate.fig-borrowed", lang), _money(r.borrowed, lang)))
        figures.append((t("rate.fig-deduction", lang), _money(r.upfront_deduction, lang)))
    figures += [
        (t("rate.fig-total-paid", lang), _money(r.total_paid, lang)),
        (t("rate.fig-total-cost", lang), _money(r.total_cost, lang)),
    ]
    for line in r.lines:
        state = (
            t("rate.state-unknown", lang)
            if line.exceeded is None
            else t("rate.state-over" if line.exceeded else "rate.state-under", lang)
        )
        applies = {True: "rate.applies-yes", False: "rate.applies-no", None: "rate.applies-depends"}
        figures.append(
            (
                t(f"rate.line-name-{line.id}", lang),
                f"{_pct(line.percent)}  {state}  {t(applies[line.applies], lang)}",
            )
        )
    sep = t("label-sep", lang)
    fig_items = tuple(Item(title=f"{name}{sep}{value}", body="") for name, value in figures)
    meaning = tuple(Item(title="", body=t(key, lang, **params)) for key, params in explain(r))
    return Doc(
        t("rate.title", lang),
        (
            Block(t("rate.block-figures", lang), fig_items),
            Block(t("rate.block-meaning", lang), meaning),
        ),
        footer=(t("rate.see-also", lang),),
    )


# --------------------------------------------------------------------------- plain text


def _join_sources(item: Item, lang: Lang) -> str:
    return t("source-sep", lang).join(item.sources)


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def cell_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


# Chinese typesetting: these never start a line, these never end one.
_NO_START = frozenset("，。、；：？！）》」』】〕”’…—,.;:?!)]}%")
_NO_END = frozenset("（《「『【〔“‘([{")
# Characters that always take two columns (CJK, kana, hangul, full-width forms).
# The class is kept short on purpose: compiling it is part of every start-up.
_WIDE = (
    "\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
    "\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6"
)
_SPLIT_WIDE = re.compile(f"([{_WIDE}]+)")


def _pieces(text: str) -> list[tuple[str, str, str]]:
    """(space, wide run, narrow word) triples, one of the three set, in order."""
    out: list[tuple[str, str, str]] = []
    for index, chunk in enumerate(_SPLIT_WIDE.split(text)):
        if index % 2:  # re.split puts the captured (wide) runs at odd places
            out.append(("", chunk, ""))
            continue
        for n, word in enumerate(chunk.split(" ")):
            if n:
                out.append((" ", "", ""))
            if word:
                out.append(("", "", word))
    return out


def wrap(text: str, width: int, indent: str = "", first: str | None = None) -> list[str]:
    """Wrap one paragraph to ``width`` columns, the way Chinese is set.

    A run of Chinese may break between any two characters, but a line never
    starts with a closing mark (，。）…) nor ends with an opening one (（“…):
    where that would happen, the character before moves down with it. Other
    text breaks at spaces. Runs are cut by arithmetic, not character by
    character, because `debthelp tips` wraps some 20,000 characters on every
    start. Only a single word longer than the line can overflow it.
    """
    first = indent if first is None else first
    lines: list[str] = []
    parts: list[str] = [first]  # parts[0] is the line's prefix
    indent_width = cell_width(indent)
    prefix = current = cell_width(first)
    just_carried = False

    def newline(moved: str = "") -> None:
        nonlocal parts, prefix, current, just_carried
        lines.append("".join(parts).rstrip())
        parts = [indent]
        prefix = current = indent_width
        if moved:
            parts.append(moved)
            current += cell_width(moved)
        just_carried = bool(moved)

    def carry() -> str:
        """Take the last unit off the line (one Chinese character or one word),
        with any opening marks before it, unless that would empty the line."""
        nonlocal current
        moved = ""
        while len(parts) > 1 and parts[-1] != " ":
            last = parts[-1]
            unit = last[-1] if cell_width(last[-1]) == 2 else last
            if len(parts) == 2 and unit == last:
                break  # the whole line: moving it down would gain nothing
            parts[-1] = last[: len(last) - len(unit)]
            if not parts[-1]:
                parts.pop()
            current -= cell_width(unit)
            moved = unit + moved
            # Go on while what moves may not start a line, or what stays may not end one.
            stays = parts[-1][-1:] if len(parts) > 1 else ""
            if not (moved[0] in _NO_START or stays in _NO_END):
                break
        return moved

    def break_line(glued: bool, need: int) -> None:
        """Start a new line; bring the glued end of this one along if it fits."""
        nonlocal current
        moved = carry() if glued else ""
        if moved and indent_width + cell_width(moved) + need > width:
            parts.append(moved)  # too long to move: a broken rule beats a broken width
            current += cell_width(moved)
            moved = ""
        newline(moved)

    for space, wide, narrow in _pieces(text):
        if space:
            if current > prefix:
                parts.append(" ")
                current += 1
            continue
        if narrow:
            w = cell_width(narrow)
            prev = parts[-1] if len(parts) > 1 else " "
            glued = prev != " " and (narrow[0] in _NO_START or prev[-1] in _NO_END)
            if current + w > width and current > prefix and not just_carried:
                break_line(glued, w)
            parts.append(narrow)
            current += w
            just_carried = False
            continue
        run = wide
        while run:
            fits = max((width - current) // 2, 0)
            if fits >= len(run):
                parts.append(run)
                current += 2 * len(run)
                break
            k = fits
            while 0 < k < len(run) and (run[k] in _NO_START or run[k - 1] in _NO_END):
                k -= 1
            if k == 0:
                if current > prefix and not just_carried:
                    line_end = parts[-1][-1:] if len(parts) > 1 else ""
                    break_line(run[0] in _NO_START or line_end in _NO_END, 2)
                    continue
                k = max(fits, 1)  # a line too narrow for the rules: still progress
            parts.append(run[:k])
            current += 2 * k
            run = run[k:]
            newline()
        just_carried = False
    if "".join(parts).strip():
        lines.append("".join(parts).rstrip())
    return lines


def _paragraphs(text: str) -> list[str]:
    """Split on blank lines; keep "- " list lines as their own paragraphs."""
    paras: list[str] = []
    for block in text.strip().split("\n\n"):
        buf: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            if line.startswith(("- ", "• ")):
                if buf:
                    paras.append(" ".join(buf))
                    buf = []
                paras.append(line)
            elif line:
                if buf and _joins_without_space(buf[-1], line):
                    buf[-1] += line
                else:
                    buf.append(line)
        if buf:
            paras.append(" ".join(buf))
    return paras


def _joins_without_space(before: str, after: str) -> bool:
    # Chinese lines broken in the source join without a space.
    return cell_width(before[-1]) == 2 or cell_width(after[0]) == 2


def to_text(doc: Doc, lang: Lang, width: int = 80) -> str:
    width = max(width, 30)
    out: list[str] = [*wrap(doc.title, width), "=" * min(cell_width(doc.title), width)]
    for note in doc.notes:
        out.extend(wrap(note, width))
    number = 0
    for block in doc.blocks:
        out.append("")
        out.extend(wrap(block.title, width))
        out.append("-" * min(cell_width(block.title), width))
        previous_compact = False
        for item in block.items:
            number += 1
            marker = f"{number}. " if doc.numbered else "* "
            head = f"[{t('urgent', lang)}] {item.title}" if item.urgent else item.title
            paras = _paragraphs(item.body)
            if not head and paras:  # a body-only item starts on the marker line
                head = paras.pop(0)
            # Short "label: value" items sit on consecutive lines; others breathe.
            compact = not (item.body or item.why or item.sources)
            if not (compact and previous_compact):
                out.append("")
            previous_compact = compact
            pad = " " * cell_width(marker)
            out.extend(wrap(head, width, pad, marker))
            for para in paras:
                if para.startswith(("- ", "• ")):
                    out.extend(wrap(para[2:], width, pad + "  ", pad + "- "))
                else:
                    out.extend(wrap(para, width, pad))
            if item.why:
                out.extend(wrap(t("why", lang, text=item.why), width, pad))
            if item.sources:
                out.extend(wrap(t("source", lang, text=_join_sources(item, lang)), width, pad))
    for line in doc.footer:
        out.append("")
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
    number = 0
    for block in doc.blocks:
        out.extend(["", f"## {block.title}", ""])
        for item in block.items:
            number += 1
            marker = f"{number}." if doc.numbered else "-"
            pad = " " * (len(marker) + 1)
            urgent = f"**[{t('urgent', lang)}]** " if item.urgent else ""
            paras = _paragraphs(item.body)
            if item.title:
                out.append(f"{marker} {urgent}**{_md_escape(item.title)}**")
            else:
                out.append(f"{marker} {urgent}{paras.pop(0) if paras else ''}")
            for para in paras:
                out.append("")
                out.append(pad + para)
            if item.why:
                out.extend(["", pad + t("why-md", lang, text=item.why)])
            if item.sources:
                out.extend(["", pad + t("source-md", lang, text=_join_sources(item, lang))])
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
    console.print(Text(doc.title, style="bold"))
    for note in doc.notes:
        console.print(Text(note, style="dim"))
    number = 0
    for block in doc.blocks:
        parts: list[Any] = []
        previous_compact = False
        for item in block.items:
            number += 1
            # "*", not "•": a GBK console cannot show the bullet.
            marker = f"{number}. " if doc.numbered else "* "
            paras = _paragraphs(item.body)
            urgent = f"[{t('urgent', lang)}] " if item.urgent else ""
            title = item.title or (paras.pop(0) if paras else "")
            # rich wraps CJK text anywhere, even before a full stop; wrap it
            # ourselves (with the line-breaking rules of Chinese) to the room the
            # panel leaves, and let rich only draw.
            room = max(console.width - 4 - len(marker), 20)
            head_lines = wrap(urgent + title, room + len(marker), " " * len(marker), marker)
            head = Text("\n".join(head_lines), style="bold" if item.title else "", no_wrap=True)
            if urgent:  # the word, not only the colour, says it is urgent
                head.stylize("bold red", len(marker), len(marker) + len(urgent))

            def para_text(text: str, style: str = "", room: int = room) -> Text:
                return Text("\n".join(wrap(text, room)), style=style, no_wrap=True)

            lines: list[Any] = [para_text(para) for para in paras]
            if item.why:
                lines.append(para_text(t("why", lang, text=item.why), "italic"))
            if item.sources:
                lines.append(para_text(t("source", lang, text=_join_sources(item, lang)), "dim"))
            # As in plain text: short "label: value" items sit together, others breathe.
            compact = not (item.body or item.why or item.sources)
            if parts and not (compact and previous_compact):
                parts.append(Text(""))
            previous_compact = compact
            parts.append(head)
            if lines:  # the body indented under the title, wrapped lines included
                parts.append(Padding(Group(*lines), (0, 0, 0, len(marker))))
        console.print(
            Panel(
                Group(*parts),
                title=Text(block.title, style="bold"),
                title_align="left",
            )
        )
    for line in doc.footer:
        console.print(Text(line))


def emit_doc(doc: Doc, fmt: str, lang: Lang, file: IO[str], *, tty: bool, width: int) -> None:
    """Write ``doc`` in a human format (``auto`` means rich on a terminal).

    Every string of the doc is made printable first: advice may come from
    someone else's guidance file, and rates from a schedule's notes.
    """
    doc = _printable_doc(doc)
    if fmt == "auto":
        fmt = "rich" if tty else "text"
    if fmt == "rich":
        print_rich(doc, lang, file, width)
    elif fmt == "markdown":
        file.write(to_markdown(doc, lang))
    else:
        file.write(to_text(doc, lang, width))


def _printable_doc(doc: Doc) -> Doc:
    from debthelp.safetext import printable

    def item(i: Item) -> Item:
        return i._replace(
            title=printable(i.title),
            body=printable(i.body),
            why=printable(i.why),
            sources=tuple(map(printable, i.sources)),
        )

    return doc._replace(
        title=printable(doc.title),
        notes=tuple(map(printable, doc.notes)),
        footer=tuple(map(printable, doc.footer)),
        blocks=tuple(
            b._replace(
                title=printable(b.title),
                intro=printable(b.intro),
                items=tuple(map(item, b.items)),
            )
            for b in doc.blocks
        ),
    )
