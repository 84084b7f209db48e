"""The log as data: the entries with their tags, and the complaint-ready export.

``export_data`` is the one dict every format is drawn from (and exactly what
``log export --format json`` prints): the verify result and the counts by tag
at the top, each rule once, then every entry.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

from debthelp.dates import read_day
from debthelp.errors import InputError
from debthelp.gcpause import paused_gc
from debthelp.i18n import Lang
from debthelp.log.entry import LENDERS, Record
from debthelp.log.paths import db_path
from debthelp.log.tags import TAG_IDS, entry_tags, frequent_ids, load_tag_rules
from debthelp.log.verify import read_and_verify


def as_json(
    entries: list[Record], short: dict[str, dict[str, dict[str, Any]]]
) -> tuple[list[tuple[str, ...]], Counter[tuple[tuple[str, ...], str]]]:
    """Each entry made, in place, what JSON shows of it: the stored record with
    its keywords taken out (found once when it was added; shown as tags), and
    ``corrected_by`` and ``tags`` added (after its keys, in the canonical,
    sorted order). Copying 100,000 records would cost more than the rest of an
    export; the records are read fresh for every call.

    ``short`` holds each tag's short form by lender type (``short_tags``): the
    rule line shows the rules that bind the entry's lender. Returns each
    entry's tag ids, and how many entries no later entry corrects have each
    kind (the same tags, the same lender type), for the counts.
    """
    frequent = frequent_ids(entries)
    corrections: dict[int, list[int]] = {}
    for e in entries:
        if e["corrects"] is not None:
            corrections.setdefault(e["corrects"], []).append(e["id"])
    # An entry's tags depend only on these few things, the same for most
    # entries of a long log: each set of them is tagged once, and each set
    # with a lender type is given its tags' short forms once.
    known: dict[tuple[Any, ...], tuple[str, ...]] = {}
    forms: dict[tuple[tuple[str, ...], str], tuple[dict[str, Any], ...]] = {}
    ids: list[tuple[str, ...]] = []
    counted: list[tuple[tuple[str, ...], str]] = []
    for e in entries:
        often = e["id"] in frequent
        key = (e["channel"], e["when"][11:13], often, not e["contacted"], *e["keywords"])
        tags = known.get(key)
        if tags is None:
            tags = known[key] = entry_tags(e, frequent=often)
        ids.append(tags)
        e.pop("keywords", None)
        kind = (tags, e["lender"])  # "unknown" for entries logged before the field
        later = corrections.get(e["id"])
        if later:
            e["corrected_by"] = list(later)
        else:
            e["corrected_by"] = []
            counted.append(kind)
        shown = forms.get(kind)
        if shown is None:
            lender = short[kind[1]]
            shown = forms[kind] = tuple(lender[t] for t in tags)
        e["tags"] = list(shown)
    return ids, Counter(counted)


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


def select(
    entries: list[Record],
    ids: list[tuple[str, ...]],
    *,
    since: dt.date | None,
    tag: str | None,
) -> list[Record]:
    """The entries (with their tag ids ``ids``) on or after ``since`` and with ``tag``."""
    if tag is not None and tag not in TAG_IDS:
        raise InputError("log.bad-tag", value=tag, valid=", ".join(TAG_IDS))
    day = since.isoformat() if since is not None else ""
    return [
        e
        for e, tags in zip(entries, ids, strict=True)
        if e["when"][:10] >= day and (tag is None or tag in tags)
    ]


def list_data(
    db: Path | None = None, *, lang: Lang = "zh", since: str | None = None, tag: str | None = None
) -> dict[str, Any]:
    """``log list --format json``: ``{"entries": [...]}``, filtered."""
    entries = read_and_verify(db_path(db), attachments=False)[1]
    ids, _ = as_json(entries, short_tags(lang))
    return {"entries": select(entries, ids, since=parse_since(since), tag=tag)}


def export_data(db: Path | None = None, *, lang: Lang = "zh") -> dict[str, Any]:
    """The complaint-ready timeline: verify result, counts by tag, each rule once, entries.

    Counts leave out entries that a later entry corrects (the correction counts instead).
    """
    with paused_gc():
        return _export(db, lang)


def _export(db: Path | None, lang: Lang) -> dict[str, Any]:
    verdict, entries = read_and_verify(db_path(db))
    _, kinds = as_json(entries, short_tags(lang))
    counts: Counter[str] = Counter()
    lenders: dict[str, set[str]] = {}
    # Counted by kind (the same tags, the same lender type), then by tag.
    for (tags, lender), n in kinds.items():
        for tag in tags:
            counts[tag] += n
            lenders.setdefault(tag, set()).add(lender)
    rules = load_tag_rules()
    used = [t for t in TAG_IDS if counts[t]]
    return {
        "format": 1,
        "lang": lang,
        "generated": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "verify": verdict.to_json(),
        "counts": {t: counts[t] for t in TAG_IDS},
        "rules": [rules[t].to_json(lang, lenders[t]) for t in used],
        "entries": entries,
    }
