"""Loading and validating large synthetic guidance files: the checks must stay linear.

Goal (issue 9): load and validate trees of 200, 2,000 and 20,000 questions,
at most 50 ms warm at 2,000, growing linearly. Every tree is a chain of
single-choice questions whose two answers both lead on (so a tree of N
questions has 2**N routes, far too many to list), with a rule on every tenth
question and one for everyone, and its YAML written to a temporary file.

Run:  python benchmarks/validate.py [--rounds 5]

Two ways in, both through the functions the program calls, medians of warm
rounds (the first, cold, round of each is dropped):

* from the YAML, as ``debthelp validate FILE`` reads a file being written:
  parsing it (PyYAML's C loader and our line-number layer), building and
  checking the model (loops and reachability included), and the check that
  every route ends in advice; the sum is ``validate_guidance`` end to end;
* from the checked JSON snapshot the build writes beside the YAML, which is
  how the installed program reads its guidance: ``load_guidance`` (what
  ``advise`` and the wizard do: read, match the digest, decode, build) and
  ``validate_guidance`` (everything checked again: loops, reachability and
  every route).

Standard library only, besides debthelp itself.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from debthelp.errors import GuidanceError  # noqa: E402
from debthelp.gcpause import paused_gc  # noqa: E402
from debthelp.guidance.graph import check_routes, count_routes  # noqa: E402
from debthelp.guidance.reader import build  # noqa: E402
from debthelp.guidance.store import (  # noqa: E402
    SNAPSHOT_NAME,
    load_guidance,
    snapshot_json,
    validate_guidance,
)
from debthelp.yamlio import load_yaml, read_text  # noqa: E402

SIZES = (200, 2_000, 20_000)


def tree(size: int) -> str:
    lines = [
        "format: 2",
        "meta: {reviewed: 2026-11-30, disclaimer: {zh: 不是法律意见, en: Not legal advice}}",
        "sources: [{id: '4-4', confidence: V-P, cite: {zh: 民诉法, en: CPL}}]",
        "topics: [{id: t, title: {zh: 主题, en: Topic}}]",
        "tips:",
        "  - {id: a, topic: t, urgency: soon, title: {zh: 甲, en: A}, body: {zh: 甲, en: A},"
        " source: ['4-4']}",
        "start: q0",
        "questions:",
    ]
    for n in range(size):
        nxt = f"q{n + 1}" if n + 1 < size else "end"
        lines += [
            f"  - id: q{n}",
            "    kind: single",
            f"    text: {{zh: 问题{n}, en: Question {n}}}",
            "    why: {zh: 因为, en: Because}",
            f"    next: {nxt}",
            "    options:",
            "      - {value: a, label: {zh: 甲, en: A}}",
            "      - {value: b, label: {zh: 乙, en: B}}",
        ]
    lines.append("advice:")
    lines.append("  - {id: everyone, when: {not: {question: q0, equals: b}}, tips: [a]}")
    lines.append("  - {id: others, when: {question: q0, equals: b}, tips: [a]}")
    for n in range(0, size, 10):
        lines.append(f"  - {{id: r{n}, when: {{question: q{n}, equals: a}}, tips: [a]}}")
    return "\n".join(lines) + "\n"


def median_ms(times: list[float]) -> float:
    return statistics.median(times[1:]) * 1000  # the first round is cold


def timed(call: Callable[[Path], object], path: Path, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds + 1):
        start = time.perf_counter()
        call(path)
        times.append(time.perf_counter() - start)
    return times


def from_yaml(path: Path, rounds: int) -> tuple[list[float], list[float], list[float]]:
    """The three parts of validating from the YAML, timed separately."""
    parse, make, walk = [], [], []
    for _ in range(rounds + 1):
        with paused_gc():  # as validate_guidance reads
            start = time.perf_counter()
            raw = load_yaml(
                read_text(path, error=GuidanceError), path=str(path), error=GuidanceError
            )
            parsed = time.perf_counter()
            guidance, problems = build(raw, path=str(path))
            built = time.perf_counter()
            assert guidance is not None and not problems, problems[:3]
            assert check_routes(guidance) == []
            checked = time.perf_counter()
        parse.append(parsed - start)
        make.append(built - parsed)
        walk.append(checked - built)
    return parse, make, walk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    print("from the YAML (debthelp validate FILE):")
    print(
        f"{'questions':>9}  {'routes':>8}  {'parse':>9}  {'build':>8}  {'routes ok':>9}"
        f"  {'validate':>9}  {'per question':>12}"
    )
    snapshot_rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            path = Path(folder) / str(size) / "guidance.yaml"
            path.parent.mkdir()
            path.write_text(tree(size), encoding="utf-8")
            parse, make, walk = from_yaml(path, rounds)
            whole = median_ms(timed(validate_guidance, path, rounds))
            routes = count_routes(load_guidance(path))
            print(
                f"{size:>9,}  {'2^' + str(routes.bit_length() - 1):>8}  "
                f"{median_ms(parse):>7.1f}ms  {median_ms(make):>6.1f}ms  "
                f"{median_ms(walk):>7.1f}ms  {whole:>7.1f}ms  {whole / size * 1000:>9.1f} us"
            )
            # The same file with the build's checked snapshot beside it.
            path.with_name(SNAPSHOT_NAME).write_text(snapshot_json(path), encoding="utf-8")
            load = median_ms(timed(load_guidance, path, rounds))
            check = median_ms(timed(validate_guidance, path, rounds))
            snapshot_rows.append((size, load, check))
    print("\nfrom the checked snapshot (the installed program):")
    print(f"{'questions':>9}  {'load':>9}  {'validate':>9}  {'per question':>12}")
    for size, load, check in snapshot_rows:
        print(f"{size:>9,}  {load:>7.1f}ms  {check:>7.1f}ms  {check / size * 1000:>9.1f} us")


if __name__ == "__main__":
    main()
