"""The log as data: the entries with their tags, and the complaint-ready export.

``export_data`` is the one dict every format is drawn from (and exactly what
``log export --format json`` prints): the verify result and the counts by tag
at the top, each rule once, then every entry.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

from debthelp.dates import read_day
from debthelp.errors import InputError
from debthelp.gcpause import paused_gc
from debthelp.i18n import Lang
from debthelp.log.entry import LENDERS, Record
from debthelp.log.paths import db_path
from debthelp.log.tags import TAG_IDS, entry_tags, frequent_ids, load_tag_rules
from debthelp.log.verify import read_and_verify


class Tagged(NamedTuple):
    entry: Record
    tags: tuple[str, ...]
    corrected_by: tuple[int, ...]


def tagged(entries: list[Record]) -> list[Tagged]:
    frequent = frequent_ids(entries)
    corrections: dict[int, list[int]] = {}
    for e in entries:
        if e["corrects"] is not None:
            corrections.setdefault(e["corrects"], []).append(e["id"])
    # An entry's tags depend only on these few things, the same for most
    # entries of a long log: each set of them is tagged once.
    known: dict[tuple[Any, ...], tuple[str, ...]] = {}
    out = []
    for e in entries:
        often = e["id"] in frequent
        key = (e["channel"], e["when"][11:13], often, not e["contacted"], *e["keywords"])
        tags = known.get(key)
        if tags is None:
            tags = known[key] = entry_tags(e, frequent=often)
        out.append(Tagged(e, tags, tuple(corrections.get(e["id"], ()))))
    return out


def entry_json(item: Tagged, short: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """One entry for JSON; ``short`` holds each tag's short form by lender type
    (``short_tags``): the rule line shows the rules that bind the entry's lender.

    The stored record itself, with the tags and the corrections added (its keys
    in the canonical, sorted order): copying 100,000 records would cost more
    than the rest of an export. The records are read fresh for every call.
    """
    e = item.entry
    e.pop("keywords", None)  # found once when added; shown as tags
    e["corrected_by"] = list(item.corrected_by)
    forms = short[e["lender"]]  # "unknown" for entries logged before the field
    e["tags"] = [forms[t] for t in item.tags]
    return e


def short_tags(lang: Lang) -> dict[str, dict[str, dict[str, Any]]]:
    """Each tag's short form for each lender type, built once and shared by
    every entry that has it."""
    rules = load_tag_rules()
    return {
        lender: {tag: rule.short_json(lang, lender) for tag, rule in rules.items()}
        for lender in LENDERS
    }


def parse_since(text: str | None) -> dt.date | None:
    if text is None or not text.strip():
        return None
    day = read_day(text)  # the forms debthelp.dates reads, as --when
    if day is None:
        raise InputError("log.bad-since", value=text)
    return day


def select(items: list[Tagged], *, since: dt.date | None, tag: str | None) -> list[Tagged]:
    if tag is not None and tag not in TAG_IDS:
        raise InputError("log.bad-tag", value=tag, valid=", ".join(TAG_IDS))
    out = items
    if since is not None:
        day = since.isoformat()
        out = [i for i in out if i.entry["when"][:10] >= day]
    if tag is not None:
        out = [i for i in out if tag in i.tags]
    return out


def list_data(
    db: Path | None = None, *, lang: Lang = "zh", since: str | None = None, tag: str | None = None
) -> dict[str, Any]:
    """``log list --format json``: ``{"entries": [...]}``, filtered."""
    chosen = select(
        tagged(read_and_verify(db_path(db), attachments=False)[1]),
        since=parse_since(since),
        tag=tag,
    )
    short = short_tags(lang)
    return {"entries": [entry_json(i, short) for i in chosen]}


def export_data(db: Path | None = None, *, lang: Lang = "zh") -> dict[str, Any]:
    """The complaint-ready timeline: verify result, counts by tag, each rule once, entries.

    Counts leave out entries that a later entry corrects (the correction counts instead).
    """
    with paused_gc():
        return _export(db, lang)


def _export(db: Path | None, lang: Lang) -> dict[str, Any]:
    verdict, entries = read_and_verify(db_path(db))
    items = tagged(entries)
    counts: Counter[str] = Counter()
    lenders: dict[str, set[str]] = {}
    # Counted by kind (the same tags, the same lender type), then by tag.
    kinds = Counter((i.tags, i.entry["lender"]) for i in items if not i.corrected_by)
    for (tags, lender), n in kinds.items():
        for tag in tags:
            counts[tag] += n
            lenders.setdefault(tag, set()).add(lender)
    rules = load_tag_rules()
    short = short_tags(lang)
    used = [t for t in TAG_IDS if counts[t]]
    return {
        "format": 1,
        "lang": lang,
        "generated": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "verify": verdict.to_json(),
        "counts": {t: counts[t] for t in TAG_IDS},
        "rules": [rules[t].to_json(lang, lenders[t]) for t in used],
        "entries": [entry_json(i, short) for i in items],
    }
