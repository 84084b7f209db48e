"""Wrapping text the way Chinese is set: run-based, fast, never past the width."""

from __future__ import annotations

import re
import unicodedata


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def cell_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


# Chinese typesetting: these never start a line, these never end one.
NO_START = frozenset("，。、；：？！）》」』】〕”’…—,.;:?!)]}%")
NO_END = frozenset("（《「『【〔“‘([{")
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
            if not (moved[0] in NO_START or stays in NO_END):
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
            glued = prev != " " and (narrow[0] in NO_START or prev[-1] in NO_END)
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
            while 0 < k < len(run) and (run[k] in NO_START or run[k - 1] in NO_END):
                k -= 1
            if k == 0:
                if current > prefix and not just_carried:
                    line_end = parts[-1][-1:] if len(parts) > 1 else ""
                    break_line(run[0] in NO_START or line_end in NO_END, 2)
                    continue
                # A line too narrow for both rules: still progress, and break the
                # milder one. A line ending in opening marks reads better than
                # one starting with a comma.
                k = next(
                    (j for j in range(min(fits, len(run) - 1), 0, -1) if run[j] not in NO_START),
                    max(fits, 1),
                )
            parts.append(run[:k])
            current += 2 * k
            run = run[k:]
            newline()
        just_carried = False
    if "".join(parts).strip():
        lines.append("".join(parts).rstrip())
    return lines


def paragraphs(text: str) -> list[str]:
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
