"""Tags: which rules an entry shows were broken, each with its rule and what to do.

The sentences (``data/log.yaml``) state rules and name channels, so they live in
a data file with their fact ids; this module reads and checks that file and
decides which tags an entry gets:

- ``night``: the contact's local time is 22:00 to 08:00;
- ``frequency``: more than 6 call attempts from one number on one local day;
- ``third-party``: the channel says so, or someone was contacted;
- ``public-posting``: the channel says so;
- keyword tags (``threat``, ``impersonation``, ``third-party``,
  ``public-posting``, ``extra-fees``) found by ``debthelp check``'s patterns in
  what the collector said and who they claimed to be, when the entry was added.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

from debthelp.errors import InvalidDataError
from debthelp.guidance import Problem, Text
from debthelp.guidance.reader import FACT_RE
from debthelp.i18n import Lang
from debthelp.log.entry import Record
from debthelp.rate.lpr import shipped_file
from debthelp.yamlio import LineDict, load_yaml, read_text

TAG_IDS: Final = (
    "night",
    "third-party",
    "impersonation",
    "threat",
    "frequency",
    "public-posting",
    "extra-fees",
)
NIGHT_FROM: Final = 22
NIGHT_UNTIL: Final = 8
MAX_CALLS_A_DAY: Final = 6
_TEXT_KEYS = ("label", "rule", "explain", "do")
_KEYS = ("id", "label", "source", "rule", "explain", "do_source", "do")


@dataclass(frozen=True)
class TagRule:
    id: str
    label: Text
    rule: Text  # one line, shown on each entry
    explain: Text  # the whole rule, shown once
    source: tuple[str, ...]
    do: Text
    do_source: tuple[str, ...]

    def short_json(self, lang: Lang) -> dict[str, Any]:
        """The form each entry carries: which rule, in one line, and its facts."""
        return {
            "id": self.id,
            "label": self.label(lang),
            "rule": self.rule(lang),
            "source": list(self.source),
        }

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label(lang),
            "rule": self.rule(lang),
            "explain": self.explain(lang),
            "source": list(self.source),
            "do": self.do(lang),
            "do_source": list(self.do_source),
        }


def tags_path() -> Path:
    return shipped_file("log.yaml")


@cache
def load_tag_rules(path: Path | None = None) -> Mapping[str, TagRule]:
    """Every tag's rule, checked completely; ``InvalidDataError`` lists every problem."""
    file = tags_path() if path is None else path
    raw = load_yaml(read_text(file, error=_file_error), path=str(file), error=_file_error)
    rules, problems = check_tag_rules(raw)
    if problems:
        raise InvalidDataError("log.tags-invalid", problems=tuple(problems), path=str(file))
    return rules


def _file_error(key: str, /, **params: Any) -> InvalidDataError:
    path = str(params.get("path", ""))
    return InvalidDataError(
        "log.tags-invalid", problems=(Problem(Path(path).name, key, 0, params),), path=path
    )


def check_tag_rules(raw: Any) -> tuple[dict[str, TagRule], list[Problem]]:
    problems: list[Problem] = []
    out: dict[str, TagRule] = {}
    if not isinstance(raw, LineDict) or raw.get("format") != 1:
        return out, [Problem("log.yaml", "v-format", 0, {"expected": 1})]
    items = raw.get("tags")
    if not isinstance(items, list):
        return out, [Problem("tags", "v-not-list", raw.line_of("tags"))]
    for index, item in enumerate(items):
        if not isinstance(item, LineDict):
            problems.append(Problem(f"tags[{index}]", "v-not-mapping", raw.line_of("tags")))
            continue
        rule = _check_one(item, index, problems)
        if rule is not None:
            out[rule.id] = rule
    for missing in TAG_IDS:
        if missing not in out and not problems:
            problems.append(
                Problem("tags", "log.v-tag-missing", raw.line_of("tags"), {"value": missing})
            )
    return out, problems


def _check_one(item: LineDict, index: int, problems: list[Problem]) -> TagRule | None:
    found = len(problems)
    ident = item.get("id")
    where = ident if isinstance(ident, str) else f"tags[{index}]"
    for key in item:
        if key not in _KEYS:
            problems.append(
                Problem(
                    f"{where}.{key}",
                    "v-unknown-key",
                    item.line_of(key),
                    {"allowed": ", ".join(_KEYS)},
                )
            )
    if ident not in TAG_IDS:
        problems.append(
            Problem(f"{where}.id", "log.v-tag-id", item.line_of("id"), {"value": ident})
        )
    texts: dict[str, Text] = {}
    for key in _TEXT_KEYS:
        value = item.get(key)
        pair = {lang: value.get(lang) if isinstance(value, dict) else None for lang in ("zh", "en")}
        for lang, text in pair.items():
            if not isinstance(text, str) or not text.strip():
                problems.append(
                    Problem(
                        f"{where}.{key}.{lang}", "v-empty-lang", item.line_of(key), {"lang": lang}
                    )
                )
        if all(isinstance(v, str) for v in pair.values()):
            texts[key] = Text(zh=str(pair["zh"]).strip(), en=str(pair["en"]).strip())
    cited = {key: _sources(item, key, where, problems) for key in ("source", "do_source")}
    if len(problems) > found:
        return None
    return TagRule(
        id=str(ident),
        label=texts["label"],
        rule=texts["rule"],
        explain=texts["explain"],
        source=cited["source"],
        do=texts["do"],
        do_source=cited["do_source"],
    )


def _sources(item: LineDict, key: str, where: str, problems: list[Problem]) -> tuple[str, ...]:
    value = item.get(key)
    if not isinstance(value, list) or not value:
        problems.append(Problem(f"{where}.{key}", "v-missing", item.line_of(key)))
        return ()
    for sid in value:
        if not isinstance(sid, str) or not FACT_RE.fullmatch(sid):
            problems.append(
                Problem(f"{where}.{key}", "v-source-id", item.line_of(key), {"value": sid})
            )
    return tuple(str(s) for s in value)


# --------------------------------------------------------------------------- deciding the tags


def is_night(entry: Record) -> bool:
    """22:00 to 08:00 in the entry's own local time (the offset it was logged with)."""
    hour = int(entry["when"][11:13])
    return hour >= NIGHT_FROM or hour < NIGHT_UNTIL


def frequent_ids(entries: Iterable[Record]) -> set[int]:
    """Ids of the calls on a local day when one number called more than 6 times.

    Grouped by the caller's number as logged (--from): calls with no number are
    not counted, so the tag is never given on a guess.
    """
    days: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for entry in entries:
        if entry["channel"] == "call" and entry["from"]:
            days[(_number(entry["from"]), entry["when"][:10])].append(entry)
    out: set[int] = set()
    for group in days.values():
        if sum(e["times"] for e in group) > MAX_CALLS_A_DAY:
            out.update(e["id"] for e in group)
    return out


def _number(sender: str) -> str:
    digits = "".join(ch for ch in sender if ch.isdigit())
    return digits if len(digits) >= 5 else sender.strip().lower()


def entry_tags(entry: Record, *, frequent: bool) -> tuple[str, ...]:
    """The tag ids of ``entry``, in the stable order of ``TAG_IDS``."""
    found = set(entry["keywords"])
    if is_night(entry):
        found.add("night")
    if frequent:
        found.add("frequency")
    if entry["channel"] == "third-party" or entry["contacted"]:
        found.add("third-party")
    if entry["channel"] == "public-posting":
        found.add("public-posting")
    return tuple(t for t in TAG_IDS if t in found)
