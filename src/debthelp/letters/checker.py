"""Checking one part of the letters file: a paragraph's text, placeholders, sources,
``lenders:`` and ``when:``; every problem is collected, none stops the check.

``letters.reader`` walks the file's sections with one ``Checker``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from debthelp.datafile import known_sources
from debthelp.guidance import Problem, Text
from debthelp.letters.texts import (
    CONDITIONS,
    LENDER_GROUPS,
    LENDER_TYPES,
    PLACEHOLDER,
    SLOT,
    UNKNOWN,
    Field,
    Paragraph,
    lender_types,
    placeholders,
)
from debthelp.yamlio import LineDict

ANY_BRACE = re.compile(r"[{}]")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LENDER_NAMES = (*LENDER_TYPES, UNKNOWN, *LENDER_GROUPS)
WHEN_NAMES = (*CONDITIONS, *(f"not-{c}" for c in CONDITIONS))


class Checker:
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
            quoted = self.say[name].text if name in self.say else say_text(self.say_elsewhere[name])
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
        lenders = self.names(item, where, "lenders", LENDER_NAMES)
        when = self.names(item, where, "when", WHEN_NAMES)
        if text is None:
            return None
        for lang in ("zh", "en"):
            body = text(lang)
            stray = ANY_BRACE.findall(PLACEHOLDER.sub("", body))
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


def say_text(found: Any) -> Text | None:
    text = getattr(found, "text", found)
    return text if isinstance(text, Text) else None
