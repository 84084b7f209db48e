"""Checking the parsed patterns file completely: every problem found, listed at once."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import Any

from debthelp.check.decide import check_yields, read_decide, read_ids
from debthelp.check.model import (
    ASK_IDS,
    CLAIM_IDS,
    ENTRY_KEYS,
    FORMAT_VERSION,
    ID_RE,
    LEVELS,
    READING_IDS,
    REQUIRED_SIGNS,
    TEXT_FIELDS,
    TOP_KEYS,
    WARNING_ID,
    Dimension,
    Matcher,
    PatternEntry,
    Patterns,
    ReadingText,
    compile_matcher,
    matcher_from_parts,
)
from debthelp.datafile import Problem, Text, known_sources
from debthelp.yamlio import LineDict


class _Checker:
    def __init__(self, sources: Collection[str] | None, eager: bool, known: Any) -> None:
        self.sources = sources
        self.eager = eager  # False: regular expressions compiled when first needed
        # text -> model.matcher_parts from the wheel's snapshot, when not eager (the build
        # checked every expression of that same file)
        self.known: Mapping[str, Any] = known if known is not None and not eager else {}
        self.problems: list[Problem] = []

    def add(self, where: str, key: str, line: int, **params: Any) -> None:
        self.problems.append(Problem(where, key, line, params))

    def number(
        self, raw: LineDict, key: str, where: str, default: float, high: float = 10
    ) -> float:
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= high:
            self.add(f"{where}.{key}", "check.v-weight", raw.line_of(key), value=value)
            return default
        return float(value)

    def matchers(self, group: object, where: str, line: int, weight: float) -> list[Matcher]:
        """The zh and en keyword lists of one mapping, compiled."""
        out: list[Matcher] = []
        if not isinstance(group, LineDict):
            self.add(where, "v-not-mapping", line)
            return out
        found = False
        for lang in ("zh", "en"):
            items = group.get(lang)
            if items is None:
                continue
            found = True
            if not isinstance(items, list) or not items:
                self.add(f"{where}.{lang}", "v-not-list", group.line_of(lang))
                continue
            for item in items:
                if not isinstance(item, str) or not item.strip():
                    self.add(f"{where}.{lang}", "v-bad-id", group.line_of(lang), value=item)
                    continue
                try:
                    rule = matcher_from_parts(
                        item, weight, self.known.get(item)
                    ) or compile_matcher(item, weight, eager=self.eager)
                except re.error as exc:
                    self.add(
                        f"{where}.{lang}",
                        "check.v-regex",
                        group.line_of(lang),
                        value=item,
                        problem=str(exc),
                    )
                    continue
                if self.eager and rule.literal is None and rule.regex.search("") is not None:
                    self.add(
                        f"{where}.{lang}", "check.v-empty-match", group.line_of(lang), value=item
                    )
                    continue
                if item.startswith("re:") and not rule.hints:
                    # compiled only where a hint is (start-up): every expression needs one
                    self.add(
                        f"{where}.{lang}", "check.v-regex-hint", group.line_of(lang), value=item
                    )
                    continue
                out.append(rule)
        if not found:
            self.add(f"{where}.zh", "v-missing", group.line)
        return out

    def text(self, raw: LineDict, key: str, where: str) -> Text | None:
        value = raw.get(key)
        if not isinstance(value, LineDict):
            self.add(
                f"{where}.{key}", "v-missing" if value is None else "v-not-text", raw.line_of(key)
            )
            return None
        return self.langs(value, f"{where}.{key}")

    def langs(self, mapping: LineDict, where: str) -> Text | None:
        """The ``zh`` and ``en`` of ``mapping``, both non-empty, or None (and a problem)."""
        texts = {}
        for lang in ("zh", "en"):
            item = mapping.get(lang)
            if not isinstance(item, str) or not item.strip():
                self.add(f"{where}.{lang}", "v-empty-lang", mapping.line_of(lang), lang=lang)
            else:
                texts[lang] = item.strip()
        return Text(zh=texts["zh"], en=texts["en"]) if len(texts) == 2 else None

    def cited(self, raw: LineDict, where: str) -> tuple[str, ...]:
        value = raw.get("source")
        line = raw.line_of("source")
        if value is None:
            self.add(f"{where}.source", "v-missing", raw.line)
            return ()
        items = value if isinstance(value, list) else [value]
        if not items:
            self.add(f"{where}.source", "v-empty-list", line)
        return known_sources(
            items,
            where=f"{where}.source",
            line=line,
            sources=self.sources,
            problems=self.problems,
        )

    def unknown_keys(self, raw: LineDict, allowed: tuple[str, ...], where: str) -> None:
        for key in raw:
            if key not in allowed:
                prefix = f"{where}.{key}" if where else key
                self.add(prefix, "v-unknown-key", raw.line_of(key), allowed=", ".join(allowed))


def check_patterns(
    raw: Any,
    *,
    path: str = "patterns.yaml",
    sources: Collection[str] | None = None,
    eager: bool = True,
    matchers: Mapping[str, Any] | None = None,
) -> tuple[Patterns | None, list[Problem]]:
    """The patterns of the parsed file (None if any part is broken), and every problem found.

    ``eager=False`` (the shipped file, checked in full by the tests and ``validate``)
    compiles each expression when first needed, and takes each text's matcher from
    ``matchers`` (the wheel's snapshot: ``model.matcher_parts``) when it is there.
    """
    c = _Checker(sources, eager, matchers)
    if not isinstance(raw, LineDict):
        return None, [Problem("patterns.yaml", "v-not-mapping", 0)]
    c.unknown_keys(raw, TOP_KEYS, "")
    if raw.get("format") != FORMAT_VERSION:
        c.add("format", "v-format", raw.line_of("format"), expected=FORMAT_VERSION)
    threshold = c.number(raw, "threshold", "patterns", 1.0)
    context: list[Matcher] = []
    bonus = 0.0
    ctx = raw.get("context")
    if isinstance(ctx, LineDict):
        c.unknown_keys(ctx, ("bonus", "zh", "en"), "context")
        bonus = c.number(ctx, "bonus", "context", 0.5)
        context = c.matchers(ctx, "context", ctx.line, 1.0)
    else:
        c.add("context", "v-missing" if ctx is None else "v-not-mapping", raw.line_of("context"))
    negation: list[Matcher] = []
    window = 0
    neg = raw.get("negation")
    if isinstance(neg, LineDict):
        c.unknown_keys(neg, ("window", "zh", "en"), "negation")
        window = int(c.number(neg, "window", "negation", 12, high=80))
        negation = c.matchers(neg, "negation", neg.line, 1.0)
    else:
        c.add("negation", "v-missing" if neg is None else "v-not-mapping", raw.line_of("negation"))
    after: list[Matcher] = []
    after_window = 0
    neg_after = raw.get("negation-after")
    if isinstance(neg_after, LineDict):
        c.unknown_keys(neg_after, ("window", "zh", "en"), "negation-after")
        after_window = int(c.number(neg_after, "window", "negation-after", 6, high=40))
        after = c.matchers(neg_after, "negation-after", neg_after.line, 1.0)
    elif neg_after is not None:
        c.add("negation-after", "v-not-mapping", raw.line_of("negation-after"))
    warning: list[Matcher] = []
    warn = raw.get("warning")
    if isinstance(warn, LineDict):
        c.unknown_keys(warn, ("zh", "en"), "warning")
        warning = c.matchers(warn, "warning", warn.line, 1.0)
    elif warn is not None:
        c.add("warning", "v-not-mapping", raw.line_of("warning"))
    report: list[Matcher] = []
    parts: dict[str, list[Matcher]] = {key: [] for key in ("unless", "by", "self", "judged")}
    rep = raw.get("report")
    if isinstance(rep, LineDict):
        c.unknown_keys(rep, ("zh", "en", *parts), "report")
        report = c.matchers(rep, "report", rep.line, 1.0)
        for key, out in parts.items():
            if rep.get(key) is not None:
                out.extend(c.matchers(rep.get(key), f"report.{key}", rep.line_of(key), 1.0))
    elif rep is not None:
        c.add("report", "v-not-mapping", raw.line_of("report"))
    readings = _readings(c, raw)
    claims = _entries(c, raw, "claims", "claim", CLAIM_IDS, exact=True)
    signs = _entries(c, raw, "signs", "sign", REQUIRED_SIGNS, exact=False)
    asks = _entries(c, raw, "asks", "ask", ASK_IDS, exact=True)
    known = {entry.id for entry in (*claims, *signs, *asks)} | {WARNING_ID}
    check_yields(c, (*claims, *signs, *asks), known)
    decide = read_decide(c, raw, known)
    if c.problems:
        return None, c.problems
    return (
        Patterns(
            path,
            threshold,
            tuple(context),
            bonus,
            tuple(negation),
            window,
            claims,
            signs,
            readings,
            asks=asks,
            decide=decide,
            negation_after=tuple(after),
            negation_after_window=after_window,
            warning=tuple(warning),
            report=tuple(report),
            report_unless=tuple(parts["unless"]),
            report_by=tuple(parts["by"]),
            report_self=tuple(parts["self"]),
            report_judged=tuple(parts["judged"]),
        ),
        c.problems,
    )


def _readings(c: _Checker, raw: LineDict) -> dict[str, ReadingText]:
    out: dict[str, ReadingText] = {}
    items = raw.get("readings")
    if not isinstance(items, list):
        c.add("readings", "v-missing" if items is None else "v-not-list", raw.line_of("readings"))
        return out
    for index, item in enumerate(items):
        if not isinstance(item, LineDict):
            c.add(f"readings[{index}]", "v-not-mapping", raw.line_of("readings"))
            continue
        ident = item.get("id")
        where = ident if isinstance(ident, str) else f"readings[{index}]"
        c.unknown_keys(item, ("id", "source", "zh", "en"), where)
        if ident not in READING_IDS:
            c.add(
                f"{where}.id",
                "check.v-id",
                item.line_of("id"),
                value=ident,
                valid=", ".join(READING_IDS),
            )
            continue
        if ident in out:
            c.add(f"{where}.id", "v-duplicate-id", item.line, id=ident, first=out[ident].id)
            continue
        cited = c.cited(item, where)
        text = c.langs(item, where)
        if text is not None:
            out[ident] = ReadingText(ident, text, cited)
    for missing in READING_IDS:
        if missing not in out and not any(p.where.startswith(missing) for p in c.problems):
            c.add("readings", "check.v-id-missing", raw.line_of("readings"), value=missing)
    return out


def _entries(
    c: _Checker, raw: LineDict, key: str, kind: Dimension, required: tuple[str, ...], *, exact: bool
) -> tuple[PatternEntry, ...]:
    items = raw.get(key)
    if not isinstance(items, list):
        c.add(key, "v-missing" if items is None else "v-not-list", raw.line_of(key))
        return ()
    out: list[PatternEntry] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        entry = _entry(c, item, (index, raw.line_of(key)), kind, seen)
        if entry is not None:
            out.append(entry)
    for ident, first in seen.items():
        if exact and ident not in required:
            c.add(f"{ident}.id", "check.v-id", first, value=ident, valid=", ".join(required))
    for ident in required:
        if ident not in seen:
            c.add(key, "check.v-id-missing", raw.line_of(key), value=ident)
    return tuple(out)


def _entry(
    c: _Checker, item: object, at: tuple[int, int], kind: Dimension, seen: dict[str, int]
) -> PatternEntry | None:
    index, line = at
    if not isinstance(item, LineDict):
        c.add(f"{kind}s[{index}]", "v-not-mapping", line)
        return None
    found = len(c.problems)
    ident = item.get("id")
    where = ident if isinstance(ident, str) and ident else f"{kind}s[{index}]"
    c.unknown_keys(item, ENTRY_KEYS, where)
    if not isinstance(ident, str) or not ID_RE.fullmatch(ident):
        c.add(
            f"{where}.id",
            "v-missing" if ident is None else "v-bad-id",
            item.line_of("id"),
            value=ident,
        )
    elif ident in seen:
        c.add(f"{where}.id", "v-duplicate-id", item.line, id=ident, first=seen[ident])
    else:
        seen[ident] = item.line
    level = item.get("level")
    if level not in LEVELS:
        c.add(
            f"{where}.level",
            "check.v-level",
            item.line_of("level"),
            value=level,
            valid=", ".join(LEVELS),
        )
    matchers: list[Matcher] = []
    groups = item.get("patterns")
    if not isinstance(groups, list) or not groups:
        c.add(
            f"{where}.patterns",
            "v-missing" if groups is None else "v-not-list",
            item.line_of("patterns"),
        )
    else:
        for number, group in enumerate(groups):
            gwhere = f"{where}.patterns[{number}]"
            if not isinstance(group, LineDict):
                c.add(gwhere, "v-not-mapping", item.line_of("patterns"))
                continue
            c.unknown_keys(group, ("weight", "once", "negation", "zh", "en"), gwhere)
            weight = c.number(group, "weight", gwhere, 1.0)
            compiled = c.matchers(group, gwhere, group.line, weight)
            negation = group.get("negation", True)
            if not isinstance(negation, bool):
                c.add(
                    f"{gwhere}.negation", "check.v-bool", group.line_of("negation"), value=negation
                )
            if group.get("once") is True and compiled:
                # One match of any of them counts the group's weight once ("贷款" and
                # "借款" are one hint, not two).
                # Its hints: every member's, when each has some (a keyword is its own
                # hint), so the joined expression is compiled only when one is there.
                hints = [
                    rule.hints or ((rule.literal,) if rule.literal else ()) for rule in compiled
                ]
                compiled = [
                    Matcher(
                        " | ".join(rule.source for rule in compiled),
                        "|".join(f"(?:{rule.pattern})" for rule in compiled),
                        weight,
                        hints=tuple(dict.fromkeys(h for group in hints for h in group))
                        if all(hints)
                        else (),
                    )
                ]
            if negation is False:
                compiled = [replace(rule, negatable=False) for rule in compiled]
            matchers.extend(compiled)
    yields, quiets = (read_ids(c, item, key, where, None) for key in ("yields", "quiets"))
    context = item.get("context", True)
    if not isinstance(context, bool):
        c.add(f"{where}.context", "check.v-bool", item.line_of("context"), value=context)
    texts = {field: c.text(item, field, where) for field in TEXT_FIELDS}
    cited = c.cited(item, where)
    if len(c.problems) > found or not isinstance(ident, str):
        return None
    return PatternEntry(
        ident,
        kind,
        level,  # type: ignore[arg-type]  # checked against LEVELS above
        # Strong first, and the longer of two keywords first: see scan().
        tuple(sorted(matchers, key=lambda m: (-m.weight, -len(m.literal or "")))),
        {k: v for k, v in texts.items() if v is not None},
        cited,
        item.line,
        context is not False,
        yields,
        quiets,
    )
