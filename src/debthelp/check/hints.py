"""The plain words a regular expression cannot match without: its hints.

A ``re:`` pattern is compiled, and run, only on a message that holds one of its hints
(``Matcher.spans``): compiling all ~480 at start-up would cost more than the rest of
``debthelp check``. ``required_literals`` reads the pattern's text (no ``re`` parsing,
which would cost what it saves) and returns a set of strings one of which every match
contains, or ``()`` when it finds none; the patterns file's check refuses a ``re:``
pattern without one (``check.v-regex-hint``).

Read: the pattern's top-level alternatives (each must give hints; their union is the
answer), and in a sequence every item that must match (no ``?``, ``*``, ``{0,…}``):
runs of plain characters, escaped punctuation, and groups (recursively). Lookarounds,
anchors, classes, ``.`` and ``\\d``-like escapes give nothing. Of the candidates the one
whose shortest hint is longest is kept (the fewest messages pass its test).
"""

from __future__ import annotations

import re
from typing import Final

_QUANTIFIER: Final = re.compile(r"\{(\d*)(?:,(\d*))?\}")
_RUN: Final = re.compile(r"[^\\\[\]().^$|?*+{]+")
_SPECIAL: Final = re.compile(r"\\.|[\[()|]")
_CLASS_ESCAPES: Final = frozenset("dDwWsS")
_ZERO_WIDTH: Final = frozenset("bBAZ")
_CONTROL: Final = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}


# The quick reading, which most patterns meet: an opening group of plain alternatives,
# not optional ("(提供|发送|告诉)..."), or plain characters ("前[^,]..." needs "前"), after
# what consumes no text (lookbehinds, word boundaries).
_OPENING: Final = re.compile(
    r"^\((?:\?:)?([^()\[\]\\|?*+{}.^$]+(?:\|[^()\[\]\\|?*+{}.^$]+)*)\)(?![?*{])"
)
_LEAD: Final = re.compile(r"^(?:\(\?<[!=](?:[^()\\]|\\.)*\)|\\b)+")
_PLAIN: Final = re.compile(r"^[^()\[\]\\|?*+{}.^$]+(?![?*{])")


def required_literals(pattern: str) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` contains; ``()`` if none found.
    The quick reading first (a tenth of the cost: this runs for every pattern at
    start-up), then the whole pattern."""
    lead = _LEAD.match(pattern)
    body = pattern[lead.end() :] if lead else pattern
    if len(_split_top(body)) == 1:  # "a|b" at the top: either side may match alone
        match = _OPENING.match(body) or _PLAIN.match(body)
        if match:
            return tuple(sorted(match.group(match.lastindex or 0).split("|")))
    try:
        found = _alternatives(pattern)
    except (IndexError, ValueError):  # a pattern this reader does not follow: no hints
        return ()
    return tuple(sorted(found)) if found and all(found) else ()


def _alternatives(pattern: str) -> set[str] | None:
    parts = _split_top(pattern)
    if len(parts) == 1:
        return _sequence(pattern)
    out: set[str] = set()
    for part in parts:
        found = _sequence(part)
        if not found:
            return None
        out |= found
    return out


def _sequence(pattern: str) -> set[str] | None:
    candidates: list[set[str]] = []
    run = ""
    i = 0
    while i < len(pattern):
        plain = _RUN.match(pattern, i)
        if plain is not None:  # plain characters: all but the last, which a quantifier may take
            run += plain.group()[:-1]
            kind, value, i = "literal", plain.group()[-1], plain.end()
        else:
            kind, value, i = _item(pattern, i)
        need, i = _quantifier(pattern, i)
        if kind == "literal" and need == "one":
            run += value
            continue
        if run:
            candidates.append({run})
            run = ""
        if need == "optional":
            continue
        if kind == "literal":
            candidates.append({value})
        elif kind == "group":
            found = _alternatives(value)
            if found and all(found):
                candidates.append(found)
    if run:
        candidates.append({run})
    if not candidates:
        return None
    # the longest shortest hint; then one in Chinese (rarer than a Latin letter); then the fewest
    return max(
        candidates,
        key=lambda found: (min(map(len, found)), not any(h.isascii() for h in found), -len(found)),
    )


def _item(pattern: str, i: int) -> tuple[str, str, int]:
    """The item at ``i``: ("literal", char), ("group", inner text), ("zero", "") for
    lookarounds and anchors, or ("any", "") for what matches varied text."""
    char = pattern[i]
    if char == "\\":
        nxt = pattern[i + 1]
        if nxt in _CLASS_ESCAPES or nxt.isdigit():
            return "any", "", i + 2
        if nxt in _ZERO_WIDTH:
            return "zero", "", i + 2
        if nxt in _CONTROL:
            return "literal", _CONTROL[nxt], i + 2
        if nxt == "u":
            return "literal", chr(int(pattern[i + 2 : i + 6], 16)), i + 6
        if nxt == "x":
            return "literal", chr(int(pattern[i + 2 : i + 4], 16)), i + 4
        return "literal", nxt, i + 2
    if char == "[":
        return "any", "", _class_end(pattern, i)
    if char == "(":
        end = _group_end(pattern, i)
        inner = pattern[i + 1 : end]
        if inner.startswith(("?=", "?!", "?<=", "?<!")):
            return "zero", "", end + 1
        if inner.startswith("?:"):
            return "group", inner[2:], end + 1
        if inner.startswith("?P<"):
            return "group", inner[inner.index(">") + 1 :], end + 1
        if inner.startswith("?"):  # flags and the like: not followed
            raise ValueError(inner)
        return "group", inner, end + 1
    if char in "^$":
        return "zero", "", i + 1
    if char == ".":
        return "any", "", i + 1
    return "literal", char, i + 1


def _quantifier(pattern: str, i: int) -> tuple[str, int]:
    """What the quantifier at ``i`` (if any) asks: "one", "many" (at least one) or
    "optional"; and where the next item starts."""
    if i >= len(pattern):
        return "one", i
    char = pattern[i]
    need = "one"
    if char in "?*":
        need, i = "optional", i + 1
    elif char == "+":
        need, i = "many", i + 1
    elif char == "{":
        match = _QUANTIFIER.match(pattern, i)
        if match is None:
            return "one", i  # a plain "{"
        low = int(match.group(1) or 0)
        need = "optional" if low == 0 else ("one" if match.group(0) == "{1}" else "many")
        i = match.end()
    else:
        return "one", i
    if i < len(pattern) and pattern[i] in "?+":  # lazy or possessive
        i += 1
    return need, i


def _split_top(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (only the special characters are looked at)."""
    if "|" not in pattern:
        return [pattern]
    parts, depth, start, skip = [], 0, 0, 0
    for special in _SPECIAL.finditer(pattern):
        i, char = special.start(), special.group()
        if i < skip:  # inside a character class
            continue
        if char == "[":
            skip = _class_end(pattern, i)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _class_end(pattern: str, i: int) -> int:
    """Just past the character class opening at ``i``."""
    i += 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _group_end(pattern: str, i: int) -> int:
    """The index of the ``)`` closing the group opening at ``i``."""
    depth = 0
    while True:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
