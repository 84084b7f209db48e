"""Checking one message: the work ``debthelp check`` does after start-up.

Goal (issue 13): a 5,000-character message in under 50 ms of work after
start-up. The message is built from realistic collection, court, scam and
everyday sentences (so many patterns match, the slow case), cut to 5,000
characters. Reported: loading the patterns once (YAML + compiling ~500
patterns, paid once per run), then the median of warm rounds of the scan and
the reading (``check``) and of folding alone (``normalise``), plus a
5,000-character message with nothing to find, and what the learned reading adds
(reading its file once, and scoring).

Run:  python benchmarks/check.py [--rounds 50]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from debthelp.check import check, load_patterns  # noqa: E402
from debthelp.check.normal import normalise  # noqa: E402

SENTENCES = (
    "【某某区人民法院】您与某某小贷借款合同纠纷一案已立案，请点击 https://t.cn/A6xyz 查看。",
    "再不还款，今天下午就打电话给你单位领导和你家人，让大家都知道你是老赖！",
    "【华信调解中心】请于24小时内联系调解员，逾期将转入诉讼程序。",
    "专业团队帮你洗白征信、停息挂账，前期仅需咨询费899元。",
    "請把驗*證*碼發給我，馬上幫你處理。",
    "We will call your employer and post your photo on social media within 24 hours.",
    "周末一起去吃饭吧，顺便聊聊孩子上学的事情。",
)
SIZE = 5_000


def message(size: int = SIZE) -> str:
    text = ""
    while len(text) < size:
        text += "".join(SENTENCES)
    return text[:size]


def median_ms(func: object, rounds: int) -> float:
    times = []
    for _ in range(rounds + 1):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[1:])  # the first, cold, round is dropped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    start = time.perf_counter()
    patterns = load_patterns()
    load_ms = (time.perf_counter() - start) * 1000
    busy = message()
    quiet = ("今天天气很好，我们去公园散步吧。" * 400)[:SIZE]
    entries = (*patterns.claims, *patterns.signs, *patterns.asks)
    matchers = sum(len(e.matchers) for e in entries)
    print(f"patterns: {matchers} matchers; loading once: {load_ms:.1f} ms")
    hits = check(busy, patterns).hits
    from debthelp.check.learned import shipped_model

    shipped_model.cache_clear()  # the check above read it: read it again, timed
    start = time.perf_counter()
    shipped_model()
    model_ms = (time.perf_counter() - start) * 1000
    busy_ms = median_ms(lambda: check(busy, patterns), args.rounds)
    quiet_rules_ms = median_ms(lambda: check(quiet, patterns, learned=False), args.rounds)
    fold_ms = median_ms(lambda: normalise(busy), args.rounds)
    quiet_ms = median_ms(lambda: check(quiet, patterns), args.rounds)
    print(f"5,000 characters, {len(hits)} claims and signs found:")
    print(f"  check (fold, scan, reading): {busy_ms:.1f} ms")
    print(f"  fold alone:                  {fold_ms:.1f} ms")
    print("5,000 characters, nothing to find:")
    print(f"  check: {quiet_ms:.1f} ms")
    # (the learned reading and labels: both messages are scored; this one has no hits)
    print(f"  of which the learned reading and labels: {quiet_ms - quiet_rules_ms:.1f} ms")
    print(f"reading the learned model once: {model_ms:.1f} ms")


if __name__ == "__main__":
    main()
