"""How ``debthelp check`` reads a labelled corpus: the figures issue 23 sets targets for.

A corpus is a YAML file of ``messages``, each with ``text``, ``claims``, ``signs``
(optional), ``asks`` (optional: a file without them is measured on claims and
readings only), ``reading`` and ``kind`` (optional; the writers' scheme:
court-impersonation, police-impersonation, loan-fraud, fake-customer-service,
credit-repair, collection-pressure, real-court-notice, bank-reminder, ordinary).

Printed: reading accuracy; scam recall and the frauds read as ``none``; claim and
ask precision and recall (micro, over every id), and per id; real court notices
read as ``scam``; the share of ordinary messages and bank reminders read as
``none``; then every miss (a wrong reading, a missed or extra claim or ask).

Each figure is printed beside issue 23's target for it ("met" or "NOT MET"); any YAML
file of that form can be given, e.g. a new held-out set. ``--per-file`` adds one line of
figures per file; ``--no-misses`` leaves out the list of misses (and the messages' text);
``--rules`` measures the patterns alone, without the learned reading (issue 23: both ways).

Run:  python benchmarks/check_eval.py CORPUS.yaml [MORE.yaml ...]
          [--per-file] [--no-misses] [--json] [--rules]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from debthelp.check import ASK_IDS, CLAIM_IDS, check, load_patterns  # noqa: E402

ORDINARY_KINDS = ("ordinary", "bank-reminder")


# Issue 23's targets on messages the patterns never saw: (figure, at least / at most, value).
TARGETS: tuple[tuple[str, str, float], ...] = (
    ("reading_accuracy", ">=", 0.90),
    ("scam_recall", ">=", 0.95),
    ("scams_read_as_none", "<=", 0),
    ("real_court_notices_read_as_scam", "<=", 0),
    ("ordinary_read_as_none", ">=", 0.90),
    ("claims.precision", ">=", 0.90),
    ("claims.recall", ">=", 0.85),
    ("asks.precision", ">=", 0.90),
    ("asks.recall", ">=", 0.85),
)


def load(paths: list[Path]) -> list[dict[str, Any]]:
    """The messages of every file: a mapping with ``messages``, or a bare list of them.
    A message needs ``text`` and ``reading``; one without them is reported and skipped."""
    import yaml

    items: list[dict[str, Any]] = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        messages = data.get("messages", []) if isinstance(data, dict) else data
        for number, item in enumerate(messages or []):
            if not isinstance(item, dict) or "text" not in item or "reading" not in item:
                print(f"{path.name}: message {number} has no text or reading; skipped")
                continue
            items.append({**item, "file": path.name})
    return items


def _figure(figures: dict[str, Any], name: str) -> float:
    value: Any = figures
    for part in name.split("."):
        value = value[part]
    return float(value)


def targets(figures: dict[str, Any]) -> list[tuple[str, float, str, bool]]:
    """Each target figure: its name, value, the target, and whether it is met."""
    out = []
    for name, sense, goal in TARGETS:
        value = _figure(figures, name)
        met = value >= goal if sense == ">=" else value <= goal
        out.append((name, value, f"{sense} {goal:g}", met))
    return out


def _prf(counts: Counter[str]) -> dict[str, float | int]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def evaluate(items: list[dict[str, Any]], *, learned: bool = True) -> dict[str, Any]:
    """Every figure, and every miss, for ``items`` (``learned``: with the learned
    reading, as ``debthelp check`` reads; False: the patterns alone)."""
    patterns = load_patterns()
    right = 0
    scams = scams_found = scams_none = 0
    court = court_scam = 0
    ordinary = ordinary_none = 0
    micro: dict[str, Counter[str]] = {"claims": Counter(), "asks": Counter()}
    per_id: dict[str, Counter[str]] = {ident: Counter() for ident in (*CLAIM_IDS, *ASK_IDS)}
    misses: list[dict[str, Any]] = []
    for item in items:
        result = check(item["text"], patterns, learned=learned)
        miss: dict[str, Any] = {}
        if result.reading == item["reading"]:
            right += 1
        else:
            miss["reading"] = f"{item['reading']} read as {result.reading}"
        if item["reading"] == "scam":
            scams += 1
            scams_found += result.reading == "scam"
            scams_none += result.reading == "none"
        kind = item.get("kind")
        if kind == "real-court-notice":
            court += 1
            court_scam += result.reading == "scam"
        if kind in ORDINARY_KINDS:
            ordinary += 1
            ordinary_none += result.reading == "none"
        for group, ids, found in (
            ("claims", CLAIM_IDS, {hit.id for hit in result.claims}),
            ("asks", ASK_IDS, {hit.id for hit in result.asks}),
        ):
            if group not in item:
                continue
            wanted = set(item[group] or ())
            for ident in ids:
                key = "tp" if ident in found and ident in wanted else None
                if key is None and ident in found:
                    key = "fp"
                elif key is None and ident in wanted:
                    key = "fn"
                if key:
                    micro[group][key] += 1
                    per_id[ident][key] += 1
            if found - wanted:
                miss[f"extra {group}"] = sorted(found - wanted)
            if wanted - found:
                miss[f"missed {group}"] = sorted(wanted - found)
        if miss:
            misses.append({"file": item["file"], "kind": kind, "text": item["text"], **miss})
    n = len(items)
    return {
        "messages": n,
        "reading_accuracy": right / n if n else 1.0,
        "scam_recall": scams_found / scams if scams else 1.0,
        "scams": scams,
        "scams_read_as_none": scams_none,
        "claims": _prf(micro["claims"]),
        "asks": _prf(micro["asks"]),
        "real_court_notices": court,
        "real_court_notices_read_as_scam": court_scam,
        "ordinary": ordinary,
        "ordinary_read_as_none": ordinary_none / ordinary if ordinary else 1.0,
        "per_id": {k: _prf(v) for k, v in per_id.items() if sum(v.values())},
        "misses": misses,
    }


def report(figures: dict[str, Any], *, misses: bool = True) -> str:
    c, a = figures["claims"], figures["asks"]
    lines = [
        f"messages                     {figures['messages']}",
        f"reading accuracy             {figures['reading_accuracy']:.3f}",
        f"scam recall                  {figures['scam_recall']:.3f}  (of {figures['scams']})",
        f"frauds read as none          {figures['scams_read_as_none']}",
        f"claims precision / recall    {c['precision']:.3f} / {c['recall']:.3f}"
        f"  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})",
        f"asks precision / recall      {a['precision']:.3f} / {a['recall']:.3f}"
        f"  (tp {a['tp']}, fp {a['fp']}, fn {a['fn']})",
        f"real court notices as scam   {figures['real_court_notices_read_as_scam']}"
        f"  (of {figures['real_court_notices']})",
        f"ordinary read as none        {figures['ordinary_read_as_none']:.3f}"
        f"  (of {figures['ordinary']})",
        "",
        "issue 23's targets:",
        *(
            f"  {name:34} {value:7.3f}  target {goal:7}  {'met' if met else 'NOT MET'}"
            for name, value, goal, met in targets(figures)
        ),
        "",
        f"{'id':18} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}",
    ]
    for ident, s in figures["per_id"].items():
        lines.append(
            f"{ident:18} {s['precision']:9.2f} {s['recall']:7.2f} {s['tp']:4d} {s['fp']:4d}"
            f" {s['fn']:4d}"
        )
    lines.extend(["", f"misses ({len(figures['misses'])}):"])
    for miss in figures["misses"] if misses else ():
        details = "; ".join(
            f"{k}: {', '.join(v) if isinstance(v, list) else v}"
            for k, v in miss.items()
            if k not in ("file", "kind", "text")
        )
        lines.append(f"- [{miss['file']} {miss['kind']}] {miss['text'][:90]}")
        lines.append(f"    {details}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--per-file", action="store_true", help="a line of figures per file")
    parser.add_argument("--no-misses", action="store_true", help="do not list the misses")
    parser.add_argument(
        "--rules", action="store_true", help="the patterns alone, without the learned reading"
    )
    args = parser.parse_args(argv)
    items = load(args.corpus)
    figures = evaluate(items, learned=not args.rules)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    if args.per_file:
        print(per_file(items, learned=not args.rules))
        print()
    print(report(figures, misses=not args.no_misses))
    return 0


def per_file(items: list[dict[str, Any]], *, learned: bool = True) -> str:
    """One line per file: messages, readings, scam recall (frauds read as none), claims and
    asks P / R, court notices read as scam, ordinary read as none."""
    lines = [
        "| file | messages | readings | scam recall (none) | claims P / R | asks P / R "
        "| court as scam | ordinary as none |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in dict.fromkeys(item["file"] for item in items):
        f = evaluate([item for item in items if item["file"] == name], learned=learned)
        c, a = f["claims"], f["asks"]
        lines.append(
            f"| {name} | {f['messages']} | {f['reading_accuracy']:.3f} "
            f"| {f['scam_recall']:.3f} ({f['scams_read_as_none']}) "
            f"| {c['precision']:.3f} / {c['recall']:.3f} "
            f"| {a['precision']:.3f} / {a['recall']:.3f} "
            f"| {f['real_court_notices_read_as_scam']} / {f['real_court_notices']} "
            f"| {f['ordinary_read_as_none']:.3f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
