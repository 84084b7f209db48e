"""The shape every human format is drawn from: a ``Doc`` of blocks of items.

``layout`` numbers and spaces the items once, for every format, so plain
text, Markdown and rich cannot disagree about which step is number 3.
"""

from __future__ import annotations

from typing import NamedTuple


class Item(NamedTuple):
    title: str
    body: str
    why: str = ""
    sources: tuple[str, ...] = ()  # full citations
    urgent: bool = False
    source_ids: tuple[str, ...] = ()  # the short form, when citations are listed at the end
    say: tuple[str, ...] = ()  # words to say, drawn as quotations (no quotation marks here)
    more: str = ""  # the last line: where to read the whole (a step's short form)


class Block(NamedTuple):
    title: str
    items: tuple[Item, ...] = ()
    # One-line entries instead of items ("Do these first", "Later", the citations).
    lines: tuple[str, ...] = ()
    numbered: bool = False  # number the lines (items follow the Doc's numbering)
    strong: bool = False  # the block a reader must not miss: drawn bold
    # Lines drawn as they are, never wrapped (a table, a chart): each fits 80 columns.
    pre: tuple[str, ...] = ()


class Doc(NamedTuple):
    title: str
    blocks: tuple[Block, ...]
    notes: tuple[str, ...] = ()  # short lines under the title
    numbered: bool = False  # plan steps are numbered; tips are bulleted
    footer: tuple[str, ...] = ()
    # Items show only their source ids; the full citations are one block at the end.
    cite_at_end: bool = False


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
            compact = not (item.body or item.why or item.sources or item.say or item.more)
            marker = f"{number}. " if doc.numbered else f"{bullet} "
            placed.append(Placed(marker, item, not (compact and previous_compact)))
            previous_compact = compact
        lines = tuple(
            (f"{n}. " if block.numbered else f"{bullet} ", line)
            for n, line in enumerate(block.lines, 1)
        )
        out.append(PlacedBlock(block, tuple(placed), lines))
    return out
