"""Tags: which rules an entry shows were broken, each with its rule and what to do.

The sentences (``data/log.yaml``) state rules and name channels, so they live in
a data file with their fact ids; this module reads and checks that file and
decides which tags an entry gets:

- ``night``: the contact's local time is 22:00 to 08:00;
- ``frequency``: more than 6 call attempts from one number on one local day;
- ``third-party``: the channel says so, or someone was contacted;
- ``public-posting``, ``visit``: the channel says so;
- the tags of what was said and who the collector claimed to be (``threat``,
  ``impersonation``, ``third-party``, ``public-posting``, ``extra-fees``,
  ``visit``, ``criminal``): decided by ``debthelp check``'s scanner when the
  entry was added (``keywords``).

Tag ids are stable (JSON, ``log list --tag``, the complaint letter's sentences);
new ones are added at the end of ``TAG_IDS``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, Final

from debthelp.datafile import FACT_RE
from debthelp.errors import InvalidDataError
from debthelp.guidance import Problem, Text
from debthelp.log.entry import Record
from debthelp.log.tagrules import (
    GROUPS,
    LEVELS,
    Advice,
    RulePart,
    Scope,
    TagRule,
)
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
    "visit",
    "criminal",
)
NIGHT_FROM: Final = 22
NIGHT_UNTIL: Final = 8
MAX_CALLS_A_DAY: Final = 6
_TOP_KEYS = ("format", "lenders", "scope", "tags")
_KEYS = ("id", "label", "explain", "rules", "do")
_PART_KEYS = ("level", "binds", "source", "zh", "en")
_DO_KEYS = ("source", "zh", "en")
_SCOPE_KEYS = ("only", "none")


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
    if not isinstance(raw, LineDict) or raw.get("format") != 2:
        return out, [Problem("log.yaml", "v-format", 0, {"expected": 2})]
    _unknown_keys(raw, "log.yaml", _TOP_KEYS, problems)
    scope = _check_scope(raw, problems)
    items = raw.get("tags")
    if not isinstance(items, list):
        return out, [*problems, Problem("tags", "v-not-list", raw.line_of("tags"))]
    for index, item in enumerate(items):
        if not isinstance(item, LineDict):
            problems.append(Problem(f"tags[{index}]", "v-not-mapping", raw.line_of("tags")))
            continue
        rule = _check_one(item, index, scope, problems)
        if rule is not None:
            out[rule.id] = rule
    for missing in TAG_IDS:
        if missing not in out and not problems:
            problems.append(
                Problem("tags", "log.v-tag-missing", raw.line_of("tags"), {"value": missing})
            )
    return out, problems


def _unknown_keys(
    item: LineDict, where: str, allowed: tuple[str, ...], problems: list[Problem]
) -> None:
    for key in item:
        if key not in allowed:
            problems.append(
                Problem(
                    f"{where}.{key}",
                    "v-unknown-key",
                    item.line_of(key),
                    {"allowed": ", ".join(allowed)},
                )
            )


def _text(item: Any, where: str, line: int, problems: list[Problem]) -> Text | None:
    """A zh/en pair, both non-empty; None (and a problem per language) otherwise."""
    pair = {lang: item.get(lang) if isinstance(item, dict) else None for lang in ("zh", "en")}
    ok = True
    for lang, text in pair.items():
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(f"{where}.{lang}", "v-empty-lang", line, {"lang": lang}))
            ok = False
    return Text(zh=str(pair["zh"]).strip(), en=str(pair["en"]).strip()) if ok else None


def _check_scope(raw: LineDict, problems: list[Problem]) -> Scope:
    from debthelp.log.entry import LENDERS

    empty = Text(zh="", en="")
    names: dict[str, Text] = {}
    lenders = raw.get("lenders")
    for lender in LENDERS:
        value = lenders.get(lender) if isinstance(lenders, dict) else None
        text = _text(value, f"lenders.{lender}", raw.line_of("lenders"), problems)
        names[lender] = text or empty
    notes: dict[str, Text] = {}
    scope = raw.get("scope")
    for key in _SCOPE_KEYS:
        value = scope.get(key) if isinstance(scope, dict) else None
        text = _text(value, f"scope.{key}", raw.line_of("scope"), problems)
        if text is not None and not all("{lender}" in text(lang) for lang in ("zh", "en")):
            problems.append(Problem(f"scope.{key}.{{lender}}", "v-missing", raw.line_of("scope")))
        notes[key] = text or empty
    return Scope(lenders=names, only=notes["only"], none=notes["none"])


def _check_one(item: LineDict, index: int, scope: Scope, problems: list[Problem]) -> TagRule | None:
    from debthelp.log.entry import LENDERS

    found = len(problems)
    ident = item.get("id")
    where = ident if isinstance(ident, str) else f"tags[{index}]"
    _unknown_keys(item, where, _KEYS, problems)
    if ident not in TAG_IDS:
        problems.append(
            Problem(f"{where}.id", "log.v-tag-id", item.line_of("id"), {"value": ident})
        )
    label = _text(item.get("label"), f"{where}.label", item.line_of("label"), problems)
    explain = _text(item.get("explain"), f"{where}.explain", item.line_of("explain"), problems)
    parts: list[RulePart] = []
    raw_parts = item.get("rules")
    if not isinstance(raw_parts, list) or not raw_parts:
        problems.append(Problem(f"{where}.rules", "v-missing", item.line_of("rules")))
        raw_parts = []
    for number, raw in enumerate(raw_parts):
        at = f"{where}.rules[{number}]"
        if not isinstance(raw, LineDict):
            problems.append(Problem(at, "v-not-mapping", item.line_of("rules")))
            continue
        _unknown_keys(raw, at, _PART_KEYS, problems)
        level = raw.get("level")
        if level not in LEVELS:
            problems.append(
                Problem(
                    f"{at}.level",
                    "log.v-choice",
                    raw.line_of("level"),
                    {"value": level, "valid": ", ".join(LEVELS)},
                )
            )
        binds = raw.get("binds")
        allowed = (*LENDERS[:-1], "all")
        if not isinstance(binds, list) or not binds or any(b not in allowed for b in binds):
            problems.append(
                Problem(
                    f"{at}.binds",
                    "log.v-choice",
                    raw.line_of("binds"),
                    {"value": binds, "valid": ", ".join(allowed)},
                )
            )
            binds = []
        text = _text(raw, at, raw.line_of("zh"), problems)
        source = _sources(raw, "source", at, problems)
        if text is not None:
            parts.append(RulePart(str(level), tuple(str(b) for b in binds), text, source))
    advice: dict[str, Advice] = {}
    do = item.get("do")
    for group in GROUPS:
        raw = do.get(group) if isinstance(do, dict) else None
        at = f"{where}.do.{group}"
        if not isinstance(raw, LineDict):
            problems.append(Problem(at, "v-missing", item.line_of("do")))
            continue
        _unknown_keys(raw, at, _DO_KEYS, problems)
        text = _text(raw, at, raw.line_of("zh"), problems)
        source = _sources(raw, "source", at, problems)
        if text is not None:
            advice[group] = Advice(text, source)
    if len(problems) > found or label is None or explain is None:
        return None
    return TagRule(
        id=str(ident),
        label=label,
        explain=explain,
        rules=tuple(parts),
        do=advice,
        scope=scope,
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
    numbers: dict[str, str] = {}  # a log holds a few numbers, many times each
    for entry in entries:
        if entry["channel"] == "call" and entry["from"]:
            number = numbers.get(entry["from"])
            if number is None:
                number = numbers[entry["from"]] = _number(entry["from"])
            days[(number, entry["when"][:10])].append(entry)
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
    if entry["channel"] == "visit":
        found.add("visit")
    return tuple(t for t in TAG_IDS if t in found)
