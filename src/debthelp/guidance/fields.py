"""The reader's small typed accessors: each returns a value or records a problem.

``Fields`` walks raw YAML (``LineDict``s that remember their lines) and never
stops at the first mistake: every accessor records what is wrong, with the
node id, the field and the line, and returns None so reading can go on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from debthelp.guidance.model import Problem, Text
from debthelp.i18n import MAX_LISTED, MORE_PROBLEMS
from debthelp.yamlio import LineDict

ID_RE = re.compile(r"^[a-z][a-z0-9_-]*$")


def _new_text(pair: tuple[str, str]) -> Text:
    # A NamedTuple's own constructor is generated Python; this is the C one
    # underneath it, for the tens of thousands of texts a large file holds.
    return tuple.__new__(Text, pair)


class Fields:
    """Walks the raw YAML, builds the model and collects every problem on the way."""

    def __init__(self) -> None:
        self._listed: list[Problem] = []
        self._unlisted = 0

    def problem(self, where: str, key: str, line: int, **params: Any) -> None:
        # Past MAX_LISTED only counted, so that memory stays bounded (hostile F17).
        if len(self._listed) < MAX_LISTED:
            self._listed.append(Problem(where, key, line, params))
        else:
            self._unlisted += 1

    @property
    def problems(self) -> list[Problem]:
        """Every problem kept, then (if some were only counted) how many more."""
        if not self._unlisted:
            return self._listed
        return [*self._listed, Problem("(file)", MORE_PROBLEMS, 0, {"count": self._unlisted})]

    # small typed accessors ------------------------------------------------------

    def mapping(self, value: Any, where: str, line: int) -> LineDict | None:
        if isinstance(value, LineDict):
            return value
        self.problem(where, "v-not-mapping", line)
        return None

    def keys(self, node: LineDict, where: str, allowed: tuple[str, ...]) -> None:
        for key in node:
            if key not in allowed:
                self.problem(
                    f"{where}.{key}", "v-unknown-key", node.line_of(key), allowed=", ".join(allowed)
                )

    def text(self, node: LineDict, key: str, where: str, *, required: bool = True) -> Text | None:
        value = node.get(key)
        if value is None:
            if required:
                self.problem(f"{where}.{key}", "v-missing", node.line)
            return None
        if not isinstance(value, LineDict):
            self.problem(f"{where}.{key}", "v-not-text", node.line_of(key))
            return None
        if len(value) == 2:  # the usual case, checked without the loops below
            zh, en = value.get("zh"), value.get("en")
            if isinstance(zh, str) and isinstance(en, str):
                zh, en = zh.strip(), en.strip()
                if zh and en:
                    return _new_text((zh, en))
        ok = True
        for lang in ("zh", "en"):
            part = value.get(lang)
            if not isinstance(part, str) or not part.strip():
                self.problem(
                    f"{where}.{key}.{lang}", "v-empty-lang", value.line_of(lang), lang=lang
                )
                ok = False
        self.keys(value, f"{where}.{key}", ("zh", "en"))
        if not ok:
            return None
        return Text(zh=value["zh"].strip(), en=value["en"].strip())

    def ident(self, node: LineDict, key: str, where: str) -> str | None:
        value = node.get(key)
        if value is None:
            self.problem(f"{where}.{key}", "v-missing", node.line)
            return None
        if not isinstance(value, str) or not ID_RE.fullmatch(value):
            self.problem(f"{where}.{key}", "v-bad-id", node.line_of(key), value=value)
            return None
        return value

    def id_list(self, node: LineDict, key: str, where: str) -> tuple[str, ...]:
        value = node.get(key)
        if value is None:
            self.problem(f"{where}.{key}", "v-missing", node.line)
            return ()
        items = value if isinstance(value, list) else [value]
        out = []
        for item in items:
            if not isinstance(item, str) or not item.strip():
                self.problem(f"{where}.{key}", "v-bad-id", node.line_of(key), value=item)
            else:
                out.append(item.strip())
        if not out:
            self.problem(f"{where}.{key}", "v-empty-list", node.line_of(key))
        return tuple(out)

    def one_of(
        self, node: LineDict, key: str, where: str, allowed: tuple[str, ...], problem: str
    ) -> str | None:
        """``node[key]`` if it is one of ``allowed``; else a problem naming them."""
        value = node.get(key)
        if value in allowed:
            return str(value)
        self.problem(
            f"{where}.{key}", problem, node.line_of(key), value=value, valid=", ".join(allowed)
        )
        return None

    def flag(self, node: LineDict, key: str, where: str) -> bool:
        value = node.get(key, False)
        if not isinstance(value, bool):
            self.problem(f"{where}.{key}", "v-not-bool", node.line_of(key))
            return False
        return value

    def items(
        self, raw: LineDict, key: str, *, required: bool, prefix: str | None = None
    ) -> Iterator[tuple[LineDict, str]]:
        """Each mapping in the list ``raw[key]``, with a readable 'where' for it
        (its id, else ``key[index]``; ``prefix`` names a nested list's owner)."""
        where_list = prefix or key
        value = raw.get(key)
        if value is None:
            if required:
                self.problem(key, "v-missing", raw.line)
            return
        if not isinstance(value, list):
            self.problem(where_list, "v-not-list", raw.line_of(key))
            return
        for index, item in enumerate(value):
            if not isinstance(item, LineDict):
                self.problem(f"{where_list}[{index}]", "v-not-mapping", raw.line_of(key))
                continue
            item_id = item.get("id")
            if isinstance(item_id, str) and item_id:
                where = f"{prefix}.{item_id}" if prefix else item_id
            else:
                where = f"{where_list}[{index}]"
            yield item, where

    def unique(self, where: str, seen: dict[str, int], ident: str, line: int) -> bool:
        if ident in seen:
            self.problem(f"{where}.id", "v-duplicate-id", line, id=ident, first=seen[ident])
            return False
        seen[ident] = line
        return True
