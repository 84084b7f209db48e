"""The log's two largest exports, Markdown and JSON, drawn in one pass each.

An export of 100,000 entries is tens of megabytes of text (issue 27: within
3 s). What costs is work per entry and copies of the whole text, so: words
that are the same for every entry (labels, channel names, a tag's line) are
escaped once; an entry's own text takes the slow, character by character path
only when it holds something to escape; and the text is drawn in pieces
(``*_pieces``), which ``log export -o`` writes one by one, so that the whole
text is never copied, or held in memory, at once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from debthelp.i18n import Lang
from debthelp.render.log_parts import (
    Data,
    _db_name,
    _fields,
    _ids,
    channel_label,
    count_lines,
    rule_lines,
    t,
    verify_lines,
    when_label,
)
from debthelp.safetext import printable

# --------------------------------------------------------------------------- Markdown


def _fence(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0) if "`" in text else 0
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


_MD_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|"} | {"\n": " "})
# The characters ``_MD_ESCAPES`` changes, but the newline: a text with one is
# not ``isprintable`` and takes the full path anyway.
_MD_SPECIAL = re.compile(r"[\\`*_\[\]<>|]")


def _md(text: str) -> str:
    """Our own words, and short collector fields, safe inside Markdown."""
    # Most texts hold nothing to escape; ``translate`` would still look up
    # every character (the largest cost of a long export).
    if text.isprintable() and _MD_SPECIAL.search(text) is None:
        return text
    return printable(text).translate(_MD_ESCAPES)


def to_markdown(data: Data, lang: Lang) -> str:
    return "".join(markdown_pieces(data, lang))


def markdown_pieces(data: Data, lang: Lang) -> Iterator[str]:
    """The Markdown export, in pieces that join to the whole text."""
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
    yield "\n".join(out) + "\n"
    yield from joined(_markdown_lines(data["entries"], lang), "\n")
    yield "\n"


def entries_markdown(entries: list[Data], lang: Lang) -> str:
    """The entries alone, as Markdown (``log list --format markdown``)."""
    return "\n".join(_markdown_lines(entries, lang))


def _markdown_lines(entries: list[Data], lang: Lang) -> Iterator[str]:
    sep = t("label-sep", lang)
    said = f"{t('log.field-said', lang)}{sep}".rstrip()
    # Escaped once, not once per entry: each channel's name, each field label,
    # and each tag's line (the entries share one dict per tag and lender type).
    channels: dict[str, str] = {}
    labels: dict[str, str] = {}
    tags: dict[int, str] = {}
    for entry in entries:
        channel = channels.get(entry["channel"])
        if channel is None:
            channel = channels[entry["channel"]] = _md(channel_label(entry["channel"], lang))
        yield ""
        # ``_md`` of the whole heading, in parts: it changes character by character.
        yield f"### #{entry['id']}  {_md(when_label(entry['when']))}  {channel}"
        yield ""
        for label, value in _fields(entry, lang):
            shown = labels.get(label)
            if shown is None:
                shown = labels[label] = _md(label)
            yield f"- {shown}{sep}{_md(value)}" if value else f"- {shown}"
        for tag in entry["tags"]:
            line = tags.get(id(tag))
            if line is None:
                rule = f"{_md(tag['rule'])}{_ids(tag['source'])}"
                line = tags[id(tag)] = f"- **{_md(tag['label'])}**{sep}{rule}"
            yield line
        if entry["said"]:
            yield ""
            yield said
            yield ""
            yield _fence(printable(entry["said"]))


# Lines (or CSV rows) in one piece of an export written as it is drawn.
PIECE = 4096


def joined(lines: Iterable[str], sep: str) -> Iterator[str]:
    """``sep.join(lines)`` in pieces of ``PIECE`` lines."""
    size = PIECE
    batch: list[str] = []
    lead = ""  # the separator before every piece but the first
    for line in lines:
        batch.append(line)
        if len(batch) == size:
            yield lead + sep.join(batch)
            lead, batch = sep, []
    if batch:
        yield lead + sep.join(batch)


# --------------------------------------------------------------------------- JSON


def to_json(data: Data, lang: Lang) -> str:
    return "".join(json_pieces(data, lang))


def json_pieces(data: Data, lang: Lang) -> Iterator[str]:
    """The export as JSON, in pieces: the head indented, then one entry per line
    (a long log stays readable, and fast: each entry goes through the C encoder).

    The encoder escapes every control character but DEL and C1, and never
    writes a raw line break, so ``printable`` is applied line by line (a line
    that ``isprintable`` as it is needs nothing). An entry's tags, its last key
    and most of its text, are the same dicts for many entries: each list of
    them is encoded once.
    """
    head = {k: v for k, v in data.items() if k != "entries"}
    text = json.dumps(head, ensure_ascii=False, indent=2)
    yield printable(text[:-2]) + ',\n  "entries": '
    if not data["entries"]:
        yield "[]\n}\n"
        return
    yield "[\n    "
    yield from _entry_pieces(data["entries"], ",\n    ")
    yield "\n  ]\n}\n"


def _encoder() -> Callable[[Any], str]:
    """``json.JSONEncoder(ensure_ascii=False, check_circular=False).encode``,
    without building a new C encoder for every call (it does, once per entry)."""
    plain = json.JSONEncoder(ensure_ascii=False, check_circular=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator: the encoder's own path
        return plain.encode
    # The arguments ``JSONEncoder.iterencode`` gives it (Python 3.10 to 3.13).
    encode = make(
        None, plain.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True
    )
    return lambda obj: "".join(encode(obj, 0))


def _entry_pieces(entries: list[Data], sep: str) -> Iterator[str]:
    """``sep.join(lines)`` in pieces of ``PIECE`` lines, each line
    ``json.dumps(entry, ensure_ascii=False)`` made printable.

    An entry as ``timeline.as_json`` made it ends with its tags: the rest is encoded
    alone and the tags' text, encoded once for each list of the same dicts, is
    put after it. A line is never built whole: its parts go into the piece's
    list, which is joined once (an export of 100,000 entries is 80 MB).
    """
    encode = _encoder()
    tails: dict[tuple[int, ...], str] = {}  # the ids of a list's tag dicts: its JSON, closed
    size = PIECE
    parts: list[str] = []
    lead = ""  # the separator before every piece but the first
    for number, entry in enumerate(entries, 1):
        parts.append(sep)
        if not entry or next(reversed(entry)) != "tags":  # not as ``timeline.as_json`` made it
            line = encode(entry)
            parts.append(line if line.isprintable() else printable(line))
        else:
            tags = entry.pop("tags")
            try:
                line = encode(entry)
            finally:
                entry["tags"] = tags  # back in its place, the last key
            key = tuple(map(id, tags))
            tail = tails.get(key)
            if tail is None:
                tail = tails[key] = f'"tags": {printable(encode(tags))}}}'
            # ``{...}`` without its brace, then the tags as the encoder joins a key.
            body = line[:-1]
            parts.append(body if body.isprintable() else printable(body))
            if len(line) > 2:
                parts.append(", ")
            parts.append(tail)
        if number % size == 0:
            parts[0] = lead
            yield "".join(parts)
            lead, parts = sep, []
    if parts:
        parts[0] = lead
        yield "".join(parts)
