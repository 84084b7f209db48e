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
    import datetime as dt

    from debthelp.engine import DueDate, Plan
    from debthelp.guidance import Guidance, Term, Tip
    from debthelp.rate import RateResult


class Item(NamedTuple):
    title: str
    body: str
    why: str = ""
    sources: tuple[str, ...] = ()  # full citations
    urgent: bool = False
    source_ids: tuple[str, ...] = ()  # the short form, when citations are listed at the end


class Block(NamedTuple):
    title: str
    items: tuple[Item, ...] = ()
    # One-line entries instead of items ("Do these first", "Later", the citations).
    lines: tuple[str, ...] = ()
    numbered: bool = False  # number the lines (items follow the Doc's numbering)
    strong: bool = False  # the block a reader must not miss: drawn bold


class Doc(NamedTuple):
    title: str
    blocks: tuple[Block, ...]
    notes: tuple[str, ...] = ()  # short lines under the title
    numbered: bool = False  # plan steps are numbered; tips are bulleted
    footer: tuple[str, ...] = ()
    # Items show only their source ids; the full citations are one block at the end.
    cite_at_end: bool = False


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
        source_ids=tip.sources,
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


# The plan's bands, most urgent first: one explicit key per urgency level.
_BAND_TITLES = {
    "now": "band-now",
    "deadline": "band-deadline",
    "today": "band-today",
    "soon": "band-soon",
    "later": "band-later",
}


def due_line(due: DueDate, lang: Lang) -> str:
    """One line for a court deadline: the date, the days left, what to do."""
    if due.passed:
        return t(
            "plan-deadline-passed", lang, what=due.deadline.what(lang), due=_day(due.due, lang)
        )
    return t(
        "plan-deadline",
        lang,
        what=due.deadline.what(lang),
        due=_day(due.due, lang),
        days=due.days_left,
    )


def _day(day: dt.date, lang: Lang) -> str:
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.strftime("%d %b %Y").lstrip("0")


def do_first_lines(plan: Plan, lang: Lang) -> list[tuple[str, str]]:
    """(id, text) of each "Do these first" line: court deadlines, then the actions."""
    out = [(due.deadline.id, due_line(due, lang)) for due in plan.due]
    out += [(step.id, step.tip.first(lang)) for step in plan.do_first if step.tip.first]
    return out


# What a frightened person reads is one screen or two: the default text plan
# stays within this many lines at 80 columns (an issue goal, tested on every route).
PLAN_LINES = 120
MIN_STEPS = 3
# Later lists this many titles, then how many more and where to read them.
LATER_SHOWN = 6


def fit_plan(
    guidance: Guidance, plan: Plan, lang: Lang, width: int = 80, budget: int = PLAN_LINES
) -> Plan:
    """The plan with as many body steps as fit in ``budget`` lines of text.

    The budget counts the plan itself, from its title to the line with the
    crisis numbers; the full citations follow it (their length depends on how
    many sources the steps cite, not on what the reader must do). Steps that
    do not fit move to Later by title, in rank order; ``--full`` skips this.
    """

    def fits(count: int) -> bool:
        doc = plan_doc(guidance, plan.shorter(count), lang, citations=False)
        return to_text(doc, lang, width).count("\n") <= budget

    low, high = min(MIN_STEPS, len(plan.steps)), len(plan.steps)
    if fits(high):
        return plan
    while low < high:  # the largest count that fits, by bisection
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return plan.shorter(low)


def plan_doc(guidance: Guidance, plan: Plan, lang: Lang, *, citations: bool = True) -> Doc:
    """The plan: what to do first, the ranked steps by urgency, what to read later."""
    blocks = []
    lead = do_first_lines(plan, lang)
    if lead:
        blocks.append(
            Block(
                t("plan-do-first", lang),
                lines=tuple(x for _i, x in lead),
                numbered=True,
                strong=True,
            )
        )
    for level, steps in plan.bands():
        items = tuple(tip_item(guidance, step.tip, lang, with_why=True) for step in steps)
        blocks.append(Block(t(_BAND_TITLES[level], lang), items))
    if plan.later:
        shown = plan.later[:LATER_SHOWN]
        lines = [
            t("plan-later-line", lang, title=s.tip.title(lang), topic=s.tip.topic) for s in shown
        ]
        rest = plan.later[LATER_SHOWN:]
        if rest:
            topics = dict.fromkeys(s.tip.topic for s in rest)
            lines.append(t("plan-later-more", lang, count=len(rest), topics=" ".join(topics)))
        blocks.append(Block(t("plan-later", lang), lines=tuple(lines)))
    cited: list[str] = []
    for step in plan.steps:
        cited += [sid for sid in step.tip.sources if sid not in cited]
    if cited and citations:
        blocks.append(
            Block(
                t("plan-sources", lang),
                lines=tuple(
                    f"[{sid}] {c}"
                    for sid, c in zip(cited, cite(guidance, cited, lang), strict=True)
                ),
            )
        )
    footer = (
        *terms_footer(guidance, blocks, lang),
        guidance.disclaimer(lang),
        t("reviewed", lang, date=guidance.reviewed.isoformat()),
        t("plan-end", lang),
    )
    return Doc(
        t("plan-title", lang),
        tuple(blocks),
        notes=(t("plan-intro", lang),),
        numbered=True,
        footer=footer,
        cite_at_end=True,
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
        "sources": _sources_json(guidance, tip.sources, lang),
        "urgent": tip.urgent,
    }


def _sources_json(guidance: Guidance, ids: Sequence[str], lang: Lang) -> list[dict[str, str]]:
    return [{"id": sid, "cite": c} for sid, c in zip(ids, cite(guidance, ids, lang), strict=True)]


def plan_json(guidance: Guidance, plan: Plan, lang: Lang) -> dict[str, Any]:
    return {
        "lang": lang,
        "answers": dict(plan.answers),
        "do_first": [{"id": i, "text": x} for i, x in do_first_lines(plan, lang)],
        "deadlines": [
            {
                "id": due.deadline.id,
                "what": due.deadline.what(lang),
                "received": due.received.isoformat(),
                "due": due.due.isoformat(),
                "days_left": due.days_left,
                "source": "; ".join(due.deadline.sources),
            }
            for due in plan.due
        ],
        "sections": [
            {
                "id": level,
                "title": t(_BAND_TITLES[level], lang),
                "steps": [
                    {
                        "id": step.id,
                        "title": step.tip.title(lang),
                        "text": step.tip.body(lang),
                        "why": step.tip.why(lang) if step.tip.why else "",
                        "source": "; ".join(step.tip.sources),
                        "sources": [
                            {"id": sid, "cite": c}
                            for sid, c in zip(
                                step.tip.sources,
                                cite(guidance, step.tip.sources, lang),
                                strict=True,
                            )
                        ],
                        "urgency": step.urgency,
                        "urgent": step.urgent,
                    }
                    for step in steps
                ],
            }
            for level, steps in plan.bands()
        ],
        "later": [
            {"id": s.id, "title": s.tip.title(lang), "topic": s.tip.topic} for s in plan.later
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
    from debthelp.rate import LINE_NAMES, explain, load_rate_texts

    texts = load_rate_texts()

    def sentence(key: str, **params: Any) -> str:
        # A sentence that states the law lives in data/rate.yaml; the rest in the catalogue.
        found = texts.get(key, lang, **params)
        return t(key, lang, **params) if found is None else found

    r = result
    figures = [
        (sentence("rate.fig-apr"), _pct(r.apr_percent)),
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
                sentence(LINE_NAMES[line.id]),
                f"{_pct(line.percent)}  {state}  {t(applies[line.applies], lang)}",
            )
        )
    sep = t("label-sep", lang)
    fig_items = tuple(Item(title=f"{name}{sep}{value}", body="") for name, value in figures)
    meaning = tuple(Item(title="", body=sentence(key, **params)) for key, params in explain(r))
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


class Placed(NamedTuple):
    """An item with its marker ("3. ", "* ") and whether a blank line comes before it."""

    marker: str
    item: Item
    gap: bool


class PlacedBlock(NamedTuple):
    block: Block
    items: tuple[Placed, ...]
    lines: tuple[tuple[str, str], ...]  # (marker, text)


def layout(doc: Doc, bullet: str) -> list[PlacedBlock]:
    """Number and space every item once, for every format.

    Plan steps are numbered across blocks; tips get ``bullet``. Short "label:
    value" items (no body, why or sources) sit on consecutive lines; others
    breathe. One-line blocks number their own lines or bullet them.
    """
    out = []
    number = 0
    for block in doc.blocks:
        placed = []
        previous_compact = False
        for item in block.items:
            number += 1
            compact = not (item.body or item.why or item.sources)
            marker = f"{number}. " if doc.numbered else f"{bullet} "
            placed.append(Placed(marker, item, not (compact and previous_compact)))
            previous_compact = compact
        lines = tuple(
            (f"{n}. " if block.numbered else f"{bullet} ", line)
            for n, line in enumerate(block.lines, 1)
        )
        out.append(PlacedBlock(block, tuple(placed), lines))
    return out


def _source_line(doc: Doc, item: Item, lang: Lang) -> str:
    if doc.cite_at_end:
        return t("source", lang, text=" ".join(f"[{sid}]" for sid in item.source_ids))
    return t("source", lang, text=_join_sources(item, lang))


def to_text(doc: Doc, lang: Lang, width: int = 80) -> str:
    width = max(width, 30)
    out: list[str] = [*wrap(doc.title, width), "=" * min(cell_width(doc.title), width)]
    for note in doc.notes:
        out.extend(wrap(note, width))
    for placed_block in layout(doc, "*"):
        block = placed_block.block
        out.append("")
        out.extend(wrap(block.title, width))
        out.append(("=" if block.strong else "-") * min(cell_width(block.title), width))
        for marker, line in placed_block.lines:
            out.extend(wrap(line, width, " " * cell_width(marker), marker))
        for marker, item, gap in placed_block.items:
            head = f"[{t('urgent', lang)}] {item.title}" if item.urgent else item.title
            paras = _paragraphs(item.body)
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
            if item.why:
                out.extend(wrap(t("why", lang, text=item.why), width, pad))
            if item.sources:
                out.extend(wrap(_source_line(doc, item, lang), width, pad))
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
        for marker, line in placed_block.lines:
            text = _md_escape(line)
            out.append(f"{marker.strip()} {'**' + text + '**' if block.strong else text}")
        for spaced, item, _gap in placed_block.items:
            marker = spaced.strip()
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
                # Markdown is kept and shared: every step carries its full citations.
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
        parts: list[Any] = [
            para_text(line, "bold" if block.strong else "", first=marker)
            for marker, line in placed_block.lines
        ]
        for marker, item, gap in placed_block.items:
            paras = _paragraphs(item.body)
            urgent = f"[{t('urgent', lang)}] " if item.urgent else ""
            title = item.title or (paras.pop(0) if paras else "")
            head = para_text(urgent + title, "bold" if item.title else "", first=marker)
            if urgent:  # the word, not only the colour, says it is urgent
                head.stylize("bold red", len(marker), len(marker) + len(urgent))
            inner = room - cell_width(marker)
            lines: list[Any] = [para_text(para, room=inner) for para in paras]
            if item.why:
                lines.append(para_text(t("why", lang, text=item.why), "italic", room=inner))
            if item.sources:
                lines.append(para_text(_source_line(doc, item, lang), "dim", room=inner))
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
            source_ids=tuple(map(printable, i.source_ids)),
        )

    return doc._replace(
        title=printable(doc.title),
        notes=tuple(map(printable, doc.notes)),
        footer=tuple(map(printable, doc.footer)),
        blocks=tuple(
            b._replace(
                title=printable(b.title),
                lines=tuple(map(printable, b.lines)),
                items=tuple(map(item, b.items)),
            )
            for b in doc.blocks
        ),
    )
