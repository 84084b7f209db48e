"""Time of `debthelp letter` and `debthelp report`, in-process, at everyday size and at the limits.

Goal: a letter or a report in well under a second for a person's own data, and
a report still under 2 s with a budget of 100 debts over 600 months (1,800
points in its chart) and a log of 1,000 entries, with the HTML size reported.
In-process through CliRunner, median of warm rounds; the log is stood in by
its export's shape (the log module's own benchmarks time reading it).

Run:  python benchmarks/report.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def budget_at_the_limit(path: Path) -> None:
    names = [f"debt-{i}" for i in range(100)]
    schedule = [
        {
            "month": month,
            "payments": {n: 30.0 for n in names},
            "balances": {n: max(0.0, 18000.0 - 30.0 * month) for n in names},
        }
        for month in range(1, 601)
    ]
    plan = {"months": 600, "total_interest": 1.0, "never_pays_off": [], "schedule": schedule}
    data = {
        "income": 9000.0, "expenses": 6000.0, "available": 3000.0, "minimums": 9000.0,
        "shortfall": 6000.0, "offers": [{"name": n, "amount": 30.0} for n in names],
        "strategies": [{**plan, "name": s} for s in ("avalanche", "snowball", "pro-rata")],
    }  # fmt: skip
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def big_log(count: int) -> dict[str, Any]:
    entry = {
        "when": "2026-11-28T23:10:00+08:00", "channel": "call", "from": "13800001111",
        "said": "再不还钱，后果自负" * 4, "contacted": ["我妈妈"], "attachments": [],
        "tags": [{"id": "night", "label": "夜间", "rule": "22:00到8:00不准催收",
                  "source": ["2c-7"]}],
    }  # fmt: skip
    return {"verify": {"ok": True, "exists": True, "problems": []},
            "entries": [{**entry, "id": i} for i in range(count)]}  # fmt: skip


def timed(fn: Callable[[], Any], rounds: int) -> float:
    fn()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    from typer.testing import CliRunner

    import debthelp.letters
    from debthelp.cli import app

    runner = CliRunner()
    answers = str(ROOT / "examples" / "answers.yaml")
    budget = str(ROOT / "examples" / "budget.json")
    with tempfile.TemporaryDirectory() as folder:
        huge = Path(folder) / "budget.json"
        budget_at_the_limit(huge)
        cases: dict[str, tuple[list[str], int]] = {
            "letter negotiate (answers, budget)": (
                ["letter", "negotiate", "--answers", answers, "--budget", budget], 0),
            "report (answers, budget, rate, log of 3)": (
                ["report", "--answers", answers, "--budget", budget, "--rate",
                 str(ROOT / "examples" / "rate.yaml"), "--log"], 3),
            "report (100 debts x 600 months, log of 1,000)": (
                ["report", "--answers", answers, "--budget", str(huge), "--log"], 1000),
        }  # fmt: skip
        print("| case | median | output |")
        print("|---|---|---|")
        for name, (args, entries) in cases.items():
            log = debthelp.letters.log_from_export(big_log(entries))
            debthelp.letters.read_log = lambda db=None, lang="zh", log=log: log  # type: ignore[misc]
            size = len(runner.invoke(app, args).stdout.encode())
            ms = timed(lambda args=args: runner.invoke(app, args), rounds)
            print(f"| {name} | {ms:.0f} ms | {size / 1024:.0f} KB |")


if __name__ == "__main__":
    main()
