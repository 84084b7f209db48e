"""The rate report's legal sentences (``data/rate.yaml``): finding, reading, checking.

Owns ``RateTexts``, ``load_rate_texts`` and its complete validator. Every
sentence of the report that states the law, a legal or regulatory line, or names
a channel or hotline lives in that file with its sources, so it is checked like
a tip: its sources must be declared (and so V-P or V-S) in the guidance, and it
must have both languages with the same placeholders. Every problem is reported
at once, as ``id.field: message (line N)``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, NamedTuple

from debthelp import snapshot
from debthelp.datafile import Problem, Text, known_sources
from debthelp.errors import InvalidDataError
from debthelp.i18n import Lang
from debthelp.rate.lpr import shipped_file
from debthelp.yamlio import LineDict, load_yaml, read_text

FORMAT_VERSION: Final = 1
_ID_RE = re.compile(r"^rate\.[a-z0-9]+(?:-[a-z0-9]+)*$")
_ENTRY_KEYS = ("id", "source", "zh", "en")

# Every sentence the report takes from the file, written out so a missing or
# misspelt id is caught when the file is checked, not when a borrower reads it.
REQUIRED_IDS: Final = frozenset(
    {
        "rate.fig-apr",
        "rate.line-name-private-4lpr",
        "rate.line-name-small-loan-24",
        "rate.line-name-criminal-36",
        "rate.line-name-bank-card-court",
        "rate.explain-basis",
        "rate.explain-basis-schedule",
        "rate.explain-deduction",
        "rate.line-4lpr-private-over",
        "rate.line-4lpr-private-under",
        "rate.line-4lpr-private-no-figure",
        "rate.line-4lpr-depends-over",
        "rate.line-4lpr-depends-under",
        "rate.line-4lpr-depends-no-figure",
        "rate.line-4lpr-licensed",
        "rate.note-need-signed",
        "rate.note-lpr-unconfirmed",
        "rate.note-transitional",
        "rate.note-before-lpr",
        "rate.note-signed-on-change-day",
        "rate.line-sl24-over",
        "rate.line-sl24-when-over",
        "rate.line-sl24-under",
        "rate.line-sl24-depends-over",
        "rate.line-crim36-over",
        "rate.line-crim36-under",
        "rate.line-crim36-depends-over",
        "rate.line-bankcard",
        "rate.line-bankcard-if-card",
        "rate.explain-not-24-36",
        "rate.next-ask-in-writing",
        "rate.next-complain-12378",
        "rate.next-find-lender",
        "rate.next-lawyer-12348",
        "rate.line-sl24-not-covered",
        "rate.line-sl24-january",
        "rate.amounts-4lpr",
        "rate.amounts-4lpr-if",
        "rate.amounts-sl24",
        "rate.amounts-crim36",
        "rate.principal-owed",
        "rate.note-signed-from-schedule",
    }
)


class RateText(NamedTuple):
    """One sentence: its id (a message key), both languages and the facts behind it."""

    id: str
    text: Text
    sources: tuple[str, ...]
    line: int


class RateTexts(NamedTuple):
    """Every legal sentence of the rate report, by id."""

    path: str
    entries: Mapping[str, RateText]

    def get(self, key: str, lang: Lang, /, **params: Any) -> str | None:
        """The sentence ``key`` in ``lang`` with ``params`` filled in; None if not here."""
        entry = self.entries.get(key)
        if entry is None:
            return None
        text = entry.text(lang)
        return text.format(**params) if params else text


def default_rate_texts_path() -> Path:
    """The shipped file (``data/rate.yaml``)."""
    return shipped_file("rate.yaml")


def load_rate_texts(
    path: Path | None = None, *, sources: Collection[str] | None = None
) -> RateTexts:
    """Read and fully check ``data/rate.yaml``; raise ``InvalidDataError`` listing every problem.

    ``sources``: the source ids the guidance declares. Given, every cited source
    must be one of them; without it (the ``rate`` command does not load the
    guidance) each must at least look like a fact id or a seed section.
    """
    if path is None and sources is None:
        return _shipped()
    return _load(default_rate_texts_path() if path is None else Path(path), sources)


@lru_cache(maxsize=1)
def _shipped() -> RateTexts:
    # The shipped file does not change while the program runs: read it once, from
    # the wheel's JSON snapshot while that matches the YAML (`debthelp rate` then
    # never imports the YAML parser). Validation (`sources` given) reads the YAML.
    return _load(default_rate_texts_path(), None, from_snapshot=True)


def _load(file: Path, sources: Collection[str] | None, *, from_snapshot: bool = False) -> RateTexts:
    text = read_text(file, error=_file_error)
    raw = snapshot.read_snapshot(file, text, key="rate") if from_snapshot else None
    if raw is None:
        raw = load_yaml(text, path=str(file), error=_file_error)
    entries, problems = check_rate_texts(raw, sources=sources)
    if problems:
        raise InvalidDataError("rate-texts-invalid", problems=tuple(problems), path=str(file))
    return RateTexts(str(file), entries)


def snapshot_json(source: Path) -> str:
    """The parsed file as JSON, tagged with the digest of its YAML (for the wheel)."""
    return snapshot.snapshot_json(source, key="rate", error=_file_error)


def _file_error(key: str, /, **params: Any) -> InvalidDataError:
    # yamlio's own keys (file-missing, yaml-syntax, ...) become the one problem listed.
    path = str(params.get("path", ""))
    return InvalidDataError(
        "rate-texts-invalid", problems=(Problem(Path(path).name, key, 0, params),), path=path
    )


def placeholders(text: str) -> set[str]:
    """The names of the ``{placeholders}`` in ``text``."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def check_rate_texts(
    raw: Any, *, sources: Collection[str] | None = None
) -> tuple[dict[str, RateText], list[Problem]]:
    """Every well-formed entry of the parsed file, and every problem found."""
    problems: list[Problem] = []
    entries: dict[str, RateText] = {}
    if not isinstance(raw, LineDict):
        return entries, [Problem("rate.yaml", "v-not-mapping", 0)]
    for key in raw:
        if key not in ("format", "texts"):
            problems.append(
                Problem(key, "v-unknown-key", raw.line_of(key), {"allowed": "format, texts"})
            )
    if raw.get("format") != FORMAT_VERSION:
        problems.append(
            Problem("format", "v-format", raw.line_of("format"), {"expected": FORMAT_VERSION})
        )
    items = raw.get("texts")
    if not isinstance(items, list):
        key = "v-missing" if items is None else "v-not-list"
        return entries, [*problems, Problem("texts", key, raw.line_of("texts"))]
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        entry = _check_entry(
            item, index, raw.line_of("texts"), sources=sources, seen=seen, problems=problems
        )
        if entry is not None:
            entries[entry.id] = entry
    for missing in sorted(REQUIRED_IDS - set(seen)):
        problems.append(
            Problem("texts", "v-rate-missing", raw.line_of("texts"), {"value": missing})
        )
    return entries, problems


def _check_entry(
    item: object,
    index: int,
    line: int,
    *,
    sources: Collection[str] | None,
    seen: dict[str, int],
    problems: list[Problem],
) -> RateText | None:
    if not isinstance(item, LineDict):
        problems.append(Problem(f"texts[{index}]", "v-not-mapping", line))
        return None
    found = len(problems)
    ident = item.get("id")
    where = ident if isinstance(ident, str) and ident else f"texts[{index}]"
    for key in item:
        if key not in _ENTRY_KEYS:
            problems.append(
                Problem(
                    f"{where}.{key}",
                    "v-unknown-key",
                    item.line_of(key),
                    {"allowed": ", ".join(_ENTRY_KEYS)},
                )
            )
    if not isinstance(ident, str) or not _ID_RE.fullmatch(ident):
        key = "v-missing" if ident is None else "v-rate-id"
        problems.append(Problem(f"{where}.id", key, item.line_of("id"), {"value": ident}))
    elif ident in seen:
        problems.append(
            Problem(f"{where}.id", "v-duplicate-id", item.line, {"id": ident, "first": seen[ident]})
        )
    else:
        seen[ident] = item.line
        if ident not in REQUIRED_IDS:
            problems.append(Problem(f"{where}.id", "v-rate-unused", item.line, {"value": ident}))
        if _in_catalogue(ident):
            problems.append(
                Problem(f"{where}.id", "v-rate-in-catalogue", item.line, {"value": ident})
            )
    texts = {}
    for lang in ("zh", "en"):
        value = item.get(lang)
        if not isinstance(value, str) or not value.strip():
            problems.append(
                Problem(f"{where}.{lang}", "v-empty-lang", item.line_of(lang), {"lang": lang})
            )
        else:
            texts[lang] = value.strip()
    if len(texts) == 2 and placeholders(texts["zh"]) != placeholders(texts["en"]):
        problems.append(
            Problem(
                f"{where}.en",
                "v-placeholders",
                item.line_of("en"),
                {
                    "zh": ", ".join(sorted(placeholders(texts["zh"]))) or "-",
                    "en": ", ".join(sorted(placeholders(texts["en"]))) or "-",
                },
            )
        )
    cited = _check_sources(item, where, sources, problems)
    if len(problems) > found or not isinstance(ident, str):
        return None
    return RateText(ident, Text(zh=texts["zh"], en=texts["en"]), cited, item.line)


def _check_sources(
    item: LineDict, where: str, sources: Collection[str] | None, problems: list[Problem]
) -> tuple[str, ...]:
    value = item.get("source")
    line = item.line_of("source")
    if value is None:
        problems.append(Problem(f"{where}.source", "v-missing", item.line))
        return ()
    cited = value if isinstance(value, list) else [value]
    if not cited:
        problems.append(Problem(f"{where}.source", "v-empty-list", line))
    return known_sources(
        cited, where=f"{where}.source", line=line, sources=sources, problems=problems
    )


def _in_catalogue(key: str) -> bool:
    from debthelp.messages import MESSAGES

    return key in MESSAGES
