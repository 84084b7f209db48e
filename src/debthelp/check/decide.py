"""The patterns file's id lists, checked by one walker (``read_ids``): the ``decide``
rules, how the reading follows from the claims, signs and asks a message makes (the
first rule that holds gives it), and each entry's ``yields``. The rules are evaluated
by ``DecisionRule.decided_by`` (model), one walk that also names the deciding id."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from debthelp.check.model import READING_IDS, DecisionRule, PatternEntry
from debthelp.yamlio import LineDict

if TYPE_CHECKING:
    from debthelp.check.reader import _Checker


def read_decide(c: _Checker, raw: LineDict, known: set[str]) -> tuple[DecisionRule, ...]:
    """The reading's rules: each names a reading (not ``none``: that is what is left)
    and the claim, sign and ask ids it needs."""
    items = raw.get("decide")
    if not isinstance(items, list) or not items:
        c.add("decide", "v-missing" if items is None else "v-not-list", raw.line_of("decide"))
        return ()
    out: list[DecisionRule] = []
    for index, item in enumerate(items):
        where = f"decide[{index}]"
        if not isinstance(item, LineDict):
            c.add(where, "v-not-mapping", raw.line_of("decide"))
            continue
        c.unknown_keys(item, ("reading", "any", "all", "not"), where)
        reading = item.get("reading")
        valid = READING_IDS[:-1]
        if reading not in valid:
            c.add(
                f"{where}.reading",
                "check.v-id",
                item.line_of("reading"),
                value=reading,
                valid=", ".join(valid),
            )
            continue
        lists = {key: read_ids(c, item, key, where, known) for key in ("any", "all", "not")}
        if not lists["any"] and not lists["all"]:
            c.add(f"{where}.any", "v-missing", item.line)
            continue
        out.append(DecisionRule(str(reading), lists["any"], lists["all"], item.line, lists["not"]))
    return tuple(out)


def read_ids(
    c: _Checker, raw: LineDict, key: str, where: str, known: Collection[str] | None
) -> tuple[str, ...]:
    """The list of ids under ``key`` (none given: empty), each one of ``known`` when
    that is given: the one walker of every id list in the file (a ``decide`` rule's
    ``any``, ``all`` and ``not``, an entry's ``yields``)."""
    value = raw.get(key, [])
    if not isinstance(value, list):
        c.add(f"{where}.{key}", "v-not-list", raw.line_of(key))
        return ()
    out = []
    for ident in value:
        if not isinstance(ident, str) or (known is not None and ident not in known):
            c.add(
                f"{where}.{key}",
                "check.v-id",
                raw.line_of(key),
                value=ident,
                valid=", ".join(sorted(known or ())),
            )
            continue
        out.append(ident)
    return tuple(out)


def check_yields(c: _Checker, entries: Iterable[PatternEntry], known: Collection[str]) -> None:
    """Each entry yields to and quiets only ids the file defines (known once every
    entry is read)."""
    for entry in entries:
        for key, idents in (("yields", entry.yields), ("quiets", entry.quiets)):
            for ident in idents:
                if ident not in known:
                    c.add(
                        f"{entry.id}.{key}",
                        "check.v-id",
                        entry.line,
                        value=ident,
                        valid=", ".join(sorted(known)),
                    )
