"""Reading the letters file and checking it completely: every problem at once,
as ``id.field: message (line N)``.

A paragraph whose two languages use different placeholders, a placeholder that
is neither a declared field nor a known ``say`` line, a quoted line whose
bracketed slots and fields do not match, a source the guidance does not declare.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from debthelp.errors import InvalidDataError
from debthelp.guidance import Guidance, Problem, Text
from debthelp.letters.checker import ID_RE, Checker
from debthelp.letters.texts import (
    FORMAT_VERSION,
    KINDS,
    PARTS,
    Field,
    LetterTexts,
    Paragraph,
    Template,
    default_letters_path,
)
from debthelp.yamlio import LineDict, load_yaml, read_text


def load_letter_texts(
    path: Path | None = None,
    *,
    sources: Collection[str] | None = None,
    say_elsewhere: Mapping[str, Any] | None = None,
) -> LetterTexts:
    """Read and fully check the letters file; raise ``InvalidDataError`` listing every problem.

    ``sources``: the source ids the guidance declares (every cited one must be
    among them). ``say_elsewhere``: the guidance's own ``say`` lines, which a
    letter may quote and which must not be written here a second time.
    """
    if path is None and sources is None and say_elsewhere is None:
        return _shipped()
    file = default_letters_path() if path is None else Path(path)
    raw = load_yaml(read_text(file, error=_file_error), path=str(file), error=_file_error)
    elsewhere = dict(say_elsewhere or {})
    texts, problems = check_letter_texts(raw, sources=sources, say_elsewhere=elsewhere)
    if problems:
        raise InvalidDataError("letters.invalid", problems=tuple(problems), path=str(file))
    # The guidance's lines join the file's own, so a letter finds every line it quotes.
    quoted = {k: v for k, v in elsewhere.items() if isinstance(v, Paragraph)}
    return texts._replace(path=str(file), say={**quoted, **texts.say})


@lru_cache(maxsize=1)
def _shipped() -> LetterTexts:
    # The shipped letters quote the shipped guidance's words to say.
    from debthelp.guidance import load_guidance

    guidance = load_guidance(None)
    return load_letter_texts(
        default_letters_path(), sources=guidance.sources, say_elsewhere=guidance_say(guidance)
    )


def guidance_say(guidance: Guidance) -> dict[str, Paragraph]:
    """The guidance's quotable ``say`` lines ("words to say"), by id, as letter paragraphs."""
    return {line.id: Paragraph(line.text, line.sources) for line in guidance.sayings()}


def _file_error(key: str, /, **params: Any) -> InvalidDataError:
    path = str(params.get("path", ""))
    return InvalidDataError(
        "letters.invalid", problems=(Problem(Path(path).name, key, 0, params),), path=path
    )


_TOP = ("format", "fields", "say", "parts", "rules", "letters")


def check_letter_texts(
    raw: Any,
    *,
    sources: Collection[str] | None = None,
    say_elsewhere: Mapping[str, Text] | None = None,
) -> tuple[LetterTexts, list[Problem]]:
    """The checked contents of a parsed letters file, and every problem found."""
    check = Checker(sources, say_elsewhere or {})
    empty = LetterTexts("", {}, {}, {}, {}, {})
    if not isinstance(raw, LineDict):
        return empty, [Problem("letters.yaml", "v-not-mapping", 0)]
    check.keys(raw, "letters.yaml", _TOP)
    if raw.get("format") != FORMAT_VERSION:
        check.add("format", "v-format", raw.line_of("format"), expected=FORMAT_VERSION)
    _check_fields(check, raw)
    _check_say(check, raw)
    parts = _check_listed(check, raw, "parts", PARTS)
    rules = _check_rules(check, raw)
    letters = _check_letters(check, raw)
    return LetterTexts("", check.fields, check.say, parts, letters, rules), check.problems


def _check_rules(check: Checker, raw: LineDict) -> dict[str, tuple[Paragraph, ...]]:
    """`rules:` by tag id: third-person sentences a complaint cites, each with a source."""
    items = raw.get("rules", LineDict())
    out: dict[str, tuple[Paragraph, ...]] = {}
    if not isinstance(items, LineDict):
        check.add("rules", "v-not-mapping", raw.line_of("rules"))
        return out
    for tag, value in items.items():
        where = f"rules.{tag}"
        if not isinstance(tag, str) or not ID_RE.fullmatch(tag):
            check.add(where, "v-bad-id", items.line_of(tag), value=tag)
            continue
        if not isinstance(value, list) or not value:
            check.add(where, "v-not-list", items.line_of(tag))
            continue
        found = []
        for index, entry in enumerate(value):
            paragraph = check.paragraph(entry, f"{where}[{index}]", items.line_of(tag))
            if paragraph is None:
                continue
            if not paragraph.sources:
                check.add(f"{where}[{index}].source", "v-missing", items.line_of(tag))
            found.append(paragraph)
        out[tag] = tuple(found)
    return out


def _check_fields(check: Checker, raw: LineDict) -> None:
    fields = raw.get("fields")
    if not isinstance(fields, LineDict):
        check.add(
            "fields", "v-missing" if fields is None else "v-not-mapping", raw.line_of("fields")
        )
        return
    for fid, item in fields.items():
        where = f"fields.{fid}"
        if not re.fullmatch(r"[a-z][a-z0-9_]*", fid):
            check.add(where, "letters.v-field-id", fields.line_of(fid), value=fid)
            continue
        label = check.text(item, where, fields.line_of(fid))
        if isinstance(item, LineDict):
            check.keys(item, where, ("zh", "en", "list"))
            many = item.get("list", False)
            if not isinstance(many, bool):
                check.add(f"{where}.list", "v-not-bool", item.line_of("list"))
                many = False
            if label is not None:
                check.fields[fid] = Field(fid, label, many)


def _check_say(check: Checker, raw: LineDict) -> None:
    items = raw.get("say", [])
    if not isinstance(items, list):
        check.add("say", "v-not-list", raw.line_of("say"))
        return
    for index, item in enumerate(items):
        ident = item.get("id") if isinstance(item, LineDict) else None
        where = f"say.{ident}" if isinstance(ident, str) else f"say[{index}]"
        if not isinstance(ident, str) or not ID_RE.fullmatch(ident):
            check.add(
                f"{where}.id",
                "v-missing" if ident is None else "v-bad-id",
                raw.line_of("say"),
                value=ident,
            )
            continue
        if ident in check.say:
            check.add(f"{where}.id", "v-duplicate-id", item.line, id=ident, first=0)
            continue
        if ident in check.say_elsewhere:
            check.add(f"{where}.id", "letters.v-say-twice", item.line, value=ident)
        fixed = LineDict({k: v for k, v in item.items() if k != "id"})
        fixed.line, fixed.key_lines = item.line, item.key_lines
        paragraph = check.paragraph(fixed, where, item.line, fields_ok=False)
        if paragraph is not None:
            if not paragraph.sources:
                check.add(f"{where}.source", "v-missing", item.line)
            check.say[ident] = paragraph


def _check_listed(
    check: Checker, raw: LineDict, key: str, required: tuple[str, ...]
) -> dict[str, Paragraph]:
    items = raw.get(key)
    out: dict[str, Paragraph] = {}
    if not isinstance(items, list):
        check.add(key, "v-missing" if items is None else "v-not-list", raw.line_of(key))
        return out
    for index, item in enumerate(items):
        ident = item.get("id") if isinstance(item, LineDict) else None
        where = f"{key}.{ident}" if isinstance(ident, str) else f"{key}[{index}]"
        if not isinstance(ident, str) or ident not in required:
            check.add(
                f"{where}.id",
                "letters.v-unknown-id",
                raw.line_of(key),
                value=ident,
                valid=", ".join(required),
            )
            continue
        if ident in out:
            check.add(f"{where}.id", "v-duplicate-id", item.line, id=ident, first=0)
            continue
        fixed = LineDict({k: v for k, v in item.items() if k != "id"})
        fixed.line, fixed.key_lines = item.line, item.key_lines
        paragraph = check.paragraph(fixed, where, item.line)
        if paragraph is not None:
            out[ident] = paragraph
    for missing in required:
        if missing not in out and not any(
            p.where.startswith(f"{key}.{missing}.") for p in check.problems
        ):
            check.add(key, "letters.v-missing-id", raw.line_of(key), value=missing)
    return out


def _check_letters(check: Checker, raw: LineDict) -> dict[str, Template]:
    items = raw.get("letters")
    out: dict[str, Template] = {}
    if not isinstance(items, list):
        check.add("letters", "v-missing" if items is None else "v-not-list", raw.line_of("letters"))
        return out
    for index, item in enumerate(items):
        ident = item.get("id") if isinstance(item, LineDict) else None
        where = f"letters.{ident}" if isinstance(ident, str) else f"letters[{index}]"
        if not isinstance(item, LineDict) or not isinstance(ident, str) or ident not in KINDS:
            check.add(
                f"{where}.id",
                "letters.v-unknown-id",
                raw.line_of("letters"),
                value=ident,
                valid=", ".join(KINDS),
            )
            continue
        if ident in out:
            check.add(f"{where}.id", "v-duplicate-id", item.line, id=ident, first=0)
            continue
        check.keys(item, where, ("id", "title", "titles", "paragraphs", "notes"))
        title = check.text(item.get("title"), f"{where}.title", item.line_of("title"))
        titles = _paragraphs(check, item, where, "titles", required=False)
        paragraphs = _paragraphs(check, item, where, "paragraphs", required=True)
        notes = _paragraphs(check, item, where, "notes", required=False)
        if title is not None and paragraphs:
            out[ident] = Template(ident, title, paragraphs, notes, titles)
    for missing in KINDS:
        if missing not in out and not any(
            p.where.startswith(f"letters.{missing}.") for p in check.problems
        ):
            check.add("letters", "letters.v-missing-id", raw.line_of("letters"), value=missing)
    return out


def _paragraphs(
    check: Checker, item: LineDict, where: str, key: str, *, required: bool
) -> tuple[Paragraph, ...]:
    value = item.get(key)
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not value:
        check.add(
            f"{where}.{key}", "v-missing" if value is None else "v-not-list", item.line_of(key)
        )
        return ()
    out = []
    for index, entry in enumerate(value):
        paragraph = check.paragraph(entry, f"{where}.{key}[{index}]", item.line_of(key))
        if paragraph is not None:
            out.append(paragraph)
    return tuple(out)
