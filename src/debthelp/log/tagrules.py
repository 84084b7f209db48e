"""The model of ``data/log.yaml``: a tag, the rules it touches, whom each binds,
and what to do about it for each kind of lender.

Pure data and the choices made from it (which rules a lender type is shown, and
which advice it gets); ``tags`` reads and checks the file into these.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from debthelp.guidance import Text
from debthelp.i18n import Lang

# Which "what you can do" a lender type gets: 12378 takes complaints about banks
# (cards included) and consumer finance companies only (facts 3-1, 3-2).
GROUP_OF: Final = {
    "bank": "regulated",
    "credit-card": "regulated",
    "consumer-finance": "regulated",
    "small-loan": "online",
    "platform": "online",
    "private": "private",
    "unknown": "unknown",
}
GROUPS: Final = ("regulated", "online", "private", "unknown")
LEVELS: Final = ("law", "judicial", "regulation", "industry")


@dataclass(frozen=True)
class RulePart:
    """One rule a tag touches, at its level, and the lender types it binds."""

    level: str  # one of LEVELS
    binds: tuple[str, ...]  # lender types, or ("all",)
    text: Text  # says its level and whom it binds
    source: tuple[str, ...]

    def binds_lender(self, lender: str) -> bool:
        return "all" in self.binds or lender in self.binds

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "level": self.level,
            "binds": list(self.binds),
            "text": self.text(lang),
            "source": list(self.source),
        }


@dataclass(frozen=True)
class Advice:
    text: Text
    source: tuple[str, ...]


@dataclass(frozen=True)
class Scope:
    """Lender names and the two notes that say which rules are shown."""

    lenders: Mapping[str, Text]
    only: Text  # "{lender}": only the rules that bind it are listed
    none: Text  # "{lender}": none of the rules binds it

    def note(self, key: str, lender: str, lang: Lang) -> str:
        text = (self.only if key == "only" else self.none)(lang)
        return text.replace("{lender}", self.lenders[lender](lang))


@dataclass(frozen=True)
class TagRule:
    id: str
    label: Text
    explain: Text  # what the tag means, shown once
    rules: tuple[RulePart, ...]
    do: Mapping[str, Advice]  # by lender group (GROUPS)
    scope: Scope

    @property
    def source(self) -> tuple[str, ...]:
        """Every rule's facts, in the fact sheet's order."""
        return _sorted_ids(s for part in self.rules for s in part.source)

    @property
    def do_source(self) -> tuple[str, ...]:
        return _sorted_ids(s for advice in self.do.values() for s in advice.source)

    def parts_for(self, lender: str) -> tuple[RulePart, ...]:
        """The rules shown for ``lender``: all of them when it is unknown (each says
        whom it binds), else only those that bind it."""
        if lender == "unknown":
            return self.rules
        return tuple(part for part in self.rules if part.binds_lender(lender))

    def scope_note(self, lender: str, lang: Lang) -> str:
        """Which rules are shown for ``lender``: "" when it is unknown (all are)."""
        if lender == "unknown":
            return ""
        return self.scope.note("only" if self.parts_for(lender) else "none", lender, lang)

    def rule_line(self, lender: str, lang: Lang) -> str:
        """The one line shown on each entry, for the entry's lender type."""
        parts = self.parts_for(lender)
        if not parts:
            return self.scope.note("none", lender, lang)
        text = ("；" if lang == "zh" else "; ").join(part.text(lang) for part in parts)
        if lender == "unknown":
            return text
        return f"{text}{'' if lang == 'zh' else ' '}{self.scope.note('only', lender, lang)}"

    def _joined_do(self, by_group: list[dict[str, Any]], lang: Lang) -> str:
        """One text: a single group's advice as it is; several, each after the
        lender types it is for ("银行、个人出借人：…")."""
        if len(by_group) == 1:
            return str(by_group[0]["do"])
        colon = "：" if lang == "zh" else ": "
        return " ".join(f"{item['for']}{colon}{item['do']}" for item in by_group)

    def advice(self, lender: str) -> Advice:
        return self.do[GROUP_OF.get(lender, "unknown")]

    def short_json(self, lang: Lang, lender: str = "unknown") -> dict[str, Any]:
        """The form each entry carries: which rules, in one line, and their facts
        (each rule in full is in the export's ``rules``, once)."""
        parts = self.parts_for(lender)
        return {
            "id": self.id,
            "label": self.label(lang),
            "rule": self.rule_line(lender, lang),
            "source": list(_sorted_ids(s for part in parts for s in part.source)),
        }

    def to_json(self, lang: Lang, lenders: Iterable[str] = ("unknown",)) -> dict[str, Any]:
        """The rule in full, for the lender types of the entries that have the tag:
        one known type gets only the rules that bind it and its own advice; several
        types get every rule (each says whom it binds) and each group's advice."""
        kinds = sorted(set(lenders) or {"unknown"}, key=list(GROUP_OF).index)
        lender = kinds[0] if len(kinds) == 1 else "unknown"
        parts = self.parts_for(lender)
        groups = list(dict.fromkeys(GROUP_OF[k] for k in kinds))
        by_group = [
            {
                "lenders": [k for k in kinds if GROUP_OF[k] == group],
                "for": ("、" if lang == "zh" else ", ").join(
                    self.scope.lenders[k](lang) for k in kinds if GROUP_OF[k] == group
                ),
                "do": self.do[group].text(lang),
                "source": list(self.do[group].source),
            }
            for group in groups
        ]
        return {
            "id": self.id,
            "label": self.label(lang),
            "rule": self.rule_line(lender, lang),
            "explain": self.explain(lang),
            "source": list(_sorted_ids(s for part in parts for s in part.source)),
            "rules": [part.to_json(lang) for part in parts],
            "scope": self.scope_note(lender, lang),
            "lenders": kinds,
            "do": self._joined_do(by_group, lang),
            "do_source": list(_sorted_ids(s for item in by_group for s in item["source"])),
            "do_by_lender": by_group,
        }


def _id_key(sid: str) -> tuple[int, str, int]:
    head, _, tail = sid.partition("-")
    number = int(tail) if tail.isdigit() else 0
    return (int(head[0]), head[1:], number)


def _sorted_ids(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(ids), key=_id_key))
