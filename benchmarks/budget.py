"""Planning a budget: the schedules must stay quick at the limits the reader allows.

Goal (issue 15): a person's plan (three debts) in well under 50 ms; the worst
the reader accepts (100 debts, schedules running the full 600 months, all three
strategies) under 2 s, JSON included, on this 2-core machine.

Run:  python benchmarks/budget.py [--rounds 5]

It reports, per case, the median of warm rounds (the first, cold, round is
dropped) of: ``plan_budget`` (every strategy's schedule), ``to_json`` plus
``json.dumps``, and the text report (``budget_doc`` + ``to_text``). Standard
library only, besides debthelp itself.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from debthelp.budget import Debt, plan_budget  # noqa: E402
from debthelp.render import budget_doc, to_text  # noqa: E402


def three() -> list[Debt]:
    return [
        Debt("借呗", "platform", 1_200_000, Decimal(18), 120_000),
        Debt("某某贷", "platform", 800_000, Decimal("35.9"), 150_000),
        Debt("花呗", "consumer-finance", 500_000, Decimal(15), 60_000),
    ]


def hundred() -> list[Debt]:
    # 100 debts of 10,000.00 at 1% to 30%, paid 10.00 a month each: 600 months, never cleared
    return [
        Debt(f"d{i}", "platform", 1_000_000, Decimal(1 + i % 30), 1_000 + i) for i in range(100)
    ]


def timed(fn, rounds: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds + 1):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:]) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    print("| case | months | plan | JSON | text report |")
    print("|---|---|---|---|---|")
    for label, debts, income in (("3 debts", three(), 150_000), ("100 debts", hundred(), 300_000)):
        plan = plan_budget(debts=debts, income=income, expenses=0)
        months = max(len(s.schedule) for s in plan.strategies)
        planning = timed(
            lambda d=debts, i=income: plan_budget(debts=d, income=i, expenses=0), rounds
        )
        dumping = timed(lambda p=plan: json.dumps(p.to_json(), ensure_ascii=False), rounds)
        drawing = timed(lambda p=plan: to_text(budget_doc(p, "zh"), "zh"), rounds)
        print(f"| {label} | {months} | {planning:.1f} ms | {dumping:.1f} ms | {drawing:.1f} ms |")


if __name__ == "__main__":
    main()
