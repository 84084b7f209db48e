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
from debthelp.guidance.reader import known_sources
from debthelp.letters.texts import (
    CONDITIONS,
    FORMAT_VERSION,
    KINDS,
    LENDER_GROUPS,
    LENDER_TYPES,
    PARTS,
    PLACEHOLDER,
    SLOT,
    UNKNOWN,
    Field,
    LetterTexts,
    Paragraph,
    Template,
    default_letters_path,
    lender_types,
    placeholders,
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


_ANY_BRACE = re.compile(r"[{}]")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TOP = ("format", "fields", "say", "parts", "rules", "letters")
_LENDER_NAMES = (*LENDER_TYPES, UNKNOWN, *LENDER_GROUPS)
_WHEN_NAMES = (*CONDITIONS, *(f"not-{c}" for c in CONDITIONS))


class _Checker:
    def __init__(self, sources: Collection[str] | None, say_elsewhere: Mapping[str, Any]) -> None:
        self.sources = sources
        self.say_elsewhere = say_elsewhere
        self.problems: list[Problem] = []
        self.fields: dict[str, Field] = {}
        self.say: dict[str, Paragraph] = {}

    def add(self, where: str, key: str, line: int, **params: Any) -> None:
        self.problems.append(Problem(where, key, line, params))

    def keys(self, item: LineDict, where: str, allowed: tuple[str, ...]) -> None:
        for key in item:
            if key not in allowed:
                self.add(
                    f"{where}.{key}", "v-unknown-key", item.line_of(key), allowed=", ".join(allowed)
                )

    def text(self, item: Any, where: str, line: int) -> Text | None:
        if not isinstance(item, LineDict):
            self.add(where, "v-not-mapping", line)
            return None
        found = {}
        for lang in ("zh", "en"):
            value = item.get(lang)
            if not isinstance(value, str) or not value.strip():
                self.add(f"{where}.{lang}", "v-empty-lang", item.line_of(lang), lang=lang)
            else:
                found[lang] = value.strip()
        if len(found) < 2:
            return None
        return Text(zh=found["zh"], en=found["en"])

    def cited(self, item: LineDict, where: str, *, required: bool) -> tuple[str, ...]:
        value = item.get("source")
        line = item.line_of("source")
        if value is None:
            if required:
                self.add(f"{where}.source", "v-missing", item.line)
            return ()
        if not isinstance(value, list):
            self.add(f"{where}.source", "v-not-list", line)
            return ()
        return known_sources(
            value,
            where=f"{where}.source",
            line=line,
            sources=self.sources,
            problems=self.problems,
        )

    def placeholder(self, match: re.Match[str], where: str, line: int, *, fields_ok: bool) -> None:
        said, name, slots = match.group(1), match.group(2), match.group(3)
        names = [f for f in (slots or "").split(",") if f]
        if not said:
            names = [name]
            if slots is not None:
                self.add(where, "letters.v-brace", line)
        elif name in self.say or name in self.say_elsewhere:
            quoted = (
                self.say[name].text if name in self.say else _say_text(self.say_elsewhere[name])
            )
            for lang in ("zh", "en"):
                count = len(SLOT.findall(quoted(lang))) if quoted is not None else len(names)
                if count != len(names):
                    self.add(
                        where,
                        "letters.v-slots",
                        line,
                        value=name,
                        lang=lang,
                        slots=count,
                        fields=len(names),
                    )
        else:
            self.add(where, "letters.v-unknown-say", line, value=name)
        for field in names:
            if not fields_ok or field not in self.fields:
                self.add(where, "letters.v-unknown-field", line, value=field)

    def paragraph(
        self, item: Any, where: str, line: int, *, fields_ok: bool = True
    ) -> Paragraph | None:
        text = self.text(item, where, line)
        if not isinstance(item, LineDict):
            return None
        self.keys(item, where, ("source", "lenders", "when", "zh", "en"))
        sources = self.cited(item, where, required=False)
        lenders = self.names(item, where, "lenders", _LENDER_NAMES)
        when = self.names(item, where, "when", _WHEN_NAMES)
        if text is None:
            return None
        for lang in ("zh", "en"):
            body = text(lang)
            stray = _ANY_BRACE.findall(PLACEHOLDER.sub("", body))
            if stray:
                self.add(f"{where}.{lang}", "letters.v-brace", item.line_of(lang))
            for match in PLACEHOLDER.finditer(body):
                self.placeholder(match, f"{where}.{lang}", item.line_of(lang), fields_ok=fields_ok)
        zh, en = placeholders(text.zh), placeholders(text.en)
        if zh != en:
            self.add(
                f"{where}.en",
                "v-placeholders",
                item.line_of("en"),
                zh=", ".join(sorted(zh)) or "-",
                en=", ".join(sorted(en)) or "-",
            )
        return Paragraph(text, sources, lender_types(lenders), when)

    def names(
        self, item: LineDict, where: str, key: str, valid: tuple[str, ...]
    ) -> tuple[str, ...]:
        """The `lenders:` or `when:` list of a paragraph, each name checked."""
        value = item.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not value:
            self.add(f"{where}.{key}", "v-not-list", item.line_of(key))
            return ()
        out = []
        for name in value:
            if name in valid:
                out.append(str(name))
            else:
                self.add(
                    f"{where}.{key}",
                    "letters.v-unknown-id",
                    item.line_of(key),
                    value=name,
                    valid=", ".join(valid),
                )
        return tuple(out)


def _say_text(found: Any) -> Text | None:
    text = getattr(found, "text", found)
    return text if isinstance(text, Text) else None


def check_letter_texts(
    raw: Any,
    *,
    sources: Collection[str] | None = None,
    say_elsewhere: Mapping[str, Text] | None = None,
) -> tuple[LetterTexts, list[Problem]]:
    """The checked contents of a parsed letters file, and every problem found."""
    check = _Checker(sources, say_elsewhere or {})
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


def _check_rules(check: _Checker, raw: LineDict) -> dict[str, tuple[Paragraph, ...]]:
    """`rules:` by tag id: third-person sentences a complaint cites, each with a source."""
    items = raw.get("rules", LineDict())
    out: dict[str, tuple[Paragraph, ...]] = {}
    if not isinstance(items, LineDict):
        check.add("rules", "v-not-mapping", raw.line_of("rules"))
        return out
    for tag, value in items.items():
        where = f"rules.{tag}"
        if not isinstance(tag, str) or not _ID_RE.fullmatch(tag):
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


def _check_fields(check: _Checker, raw: LineDict) -> None:
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


def _check_say(check: _Checker, raw: LineDict) -> None:
    items = raw.get("say", [])
    if not isinstance(items, list):
        check.add("say", "v-not-list", raw.line_of("say"))
        return
    for index, item in enumerate(items):
        ident = item.get("id") if isinstance(item, LineDict) else None
        where = f"say.{ident}" if isinstance(ident, str) else f"say[{index}]"
        if not isinstance(ident, str) or not _ID_RE.fullmatch(ident):
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
    check: _Checker, raw: LineDict, key: str, required: tuple[str, ...]
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


def _check_letters(check: _Checker, raw: LineDict) -> dict[str, Template]:
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
    check: _Checker, item: LineDict, where: str, key: str, *, required: bool
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
