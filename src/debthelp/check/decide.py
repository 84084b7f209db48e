"""The patterns file's ``decide`` rules, checked: how the reading follows from the
claims, signs and asks a message makes (the first rule that holds gives it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from debthelp.check.model import READING_IDS, Decision
from debthelp.yamlio import LineDict

if TYPE_CHECKING:
    from debthelp.check.reader import _Checker


def read_decide(c: _Checker, raw: LineDict, known: set[str]) -> tuple[Decision, ...]:
    """The reading's rules: each names a reading (not ``none``: that is what is left)
    and the claim, sign and ask ids it needs."""
    items = raw.get("decide")
    if not isinstance(items, list) or not items:
        c.add("decide", "v-missing" if items is None else "v-not-list", raw.line_of("decide"))
        return ()
    out: list[Decision] = []
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
        lists: dict[str, tuple[str, ...]] = {}
        for key in ("any", "all", "not"):
            value = item.get(key, [])
            if not isinstance(value, list):
                c.add(f"{where}.{key}", "v-not-list", item.line_of(key))
                value = []
            for ident in value:
                if ident not in known:
                    c.add(
                        f"{where}.{key}",
                        "check.v-id",
                        item.line_of(key),
                        value=ident,
                        valid=", ".join(sorted(known)),
                    )
            lists[key] = tuple(str(ident) for ident in value)
        if not lists["any"] and not lists["all"]:
            c.add(f"{where}.any", "v-missing", item.line)
            continue
        out.append(Decision(str(reading), lists["any"], lists["all"], item.line, lists["not"]))
    return tuple(out)
