"""The evidence log: adding one entry, and exporting a log of 100,000 entries.

Goal (issue 14): exporting 100,000 entries within 2 s (issue 27: export within
3 s, verify within 2 s). Also measured: adding one entry in-process (the core's
``add_entry``, an fsync'd transaction) and as a whole ``debthelp log add``
process, ``verify`` alone and against a receipt, and the receipt ``log add``
prints.

Run:  python benchmarks/log.py [--entries 100000] [--rounds 3]
      python benchmarks/log.py --against OLD/src [--rounds 3]

``--against`` compares with older code (e.g. ``git archive COMMIT src data | tar
-x -C OLD``): on the same log, each export and ``verify`` runs in a child
process, old and new alternating (the machine is shared and noisy), timed in
CPU seconds after a warm-up on a small log, with the time frozen so that the
two outputs can be compared byte for byte (their SHA-256 must agree).

The big log is built directly (one transaction, the same canonical content and
hash chain ``add_entry`` writes), with a realistic mix: calls at all hours from
a few numbers, texts with threats, visits, third parties. Standard library
only, besides debthelp itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from debthelp.cli.log_run import export_command  # noqa: E402
from debthelp.log import NewEntry, add_entry, export_data, verify  # noqa: E402
from debthelp.log.book import receipt_for  # noqa: E402
from debthelp.log.entry import GENESIS, Entry, canonical, chain_hash  # noqa: E402
from debthelp.log.keywords import keyword_tags  # noqa: E402
from debthelp.log.store import writing  # noqa: E402
from debthelp.render.log_view import EXPORTERS  # noqa: E402

SAID = (
    "再不还钱就让你好看，后果自负",
    "请今天之内还款，谢谢",
    "我们已经联系你的通讯录了",
    "",
    "明天安排人上门，要交上门费300元",
)
CHANNELS = ("call", "call", "call", "sms", "wechat", "visit", "third-party")


def build(path: Path, n: int) -> None:
    with writing(path):
        pass  # creates the file and the tables
    conn = sqlite3.connect(path)
    prev = GENESIS
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    rows = []
    tags = {s: keyword_tags(s) for s in SAID}
    for i in range(1, n + 1):
        said = SAID[i % len(SAID)]
        entry = Entry(
            id=i,
            when=(start + dt.timedelta(minutes=37 * i)).isoformat(timespec="seconds"),
            recorded=start.isoformat(timespec="seconds"),
            channel=CHANNELS[i % len(CHANNELS)],
            sender=f"1380000{i % 7:04d}",
            claimed_identity="",
            said=f"{said} #{i}" if said else "",
            contacted=("我妈妈",) if i % 7 == 6 else (),
            attachments=(),
            note="",
            corrects=None,
            times=1 + i % 3,
            keywords=tags[said],
        )
        content = canonical(entry.content())
        digest = chain_hash(prev, content)
        rows.append((i, content, prev, digest))
        prev = digest
    conn.executemany("INSERT INTO entries VALUES (?, ?, ?, ?)", rows)
    conn.execute("UPDATE meta SET value=? WHERE key='count'", (str(n),))
    conn.execute("UPDATE meta SET value=? WHERE key='head'", (prev,))
    conn.commit()
    conn.close()


def timed(fn, rounds: int) -> float:  # type: ignore[no-untyped-def]
    """The median CPU time of ``rounds`` runs: on a shared, busy machine the
    wall clock measures the neighbours (the wall times are printed too)."""
    cpu, wall = [], []
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    WALL.append(statistics.median(wall))
    return statistics.median(cpu)


WALL: list[float] = []


# One timed run in a child: argv is WHAT (verify or a format), the big log, a
# small log (the warm-up: rules read, modules imported), the output file.
CHILD = """
import datetime as dt, hashlib, importlib, json, sys, time
what, big, small, out = sys.argv[1:]
fixed = dt.datetime(2026, 12, 6, 14, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=8)))
class Clock(dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return Clock.fromisoformat(fixed.isoformat())
    def astimezone(self, tz=None):
        return self if tz is None else super().astimezone(tz)
class Dt:
    datetime, date, timedelta, timezone = Clock, dt.date, dt.timedelta, dt.timezone
for name in ("debthelp.log.timeline", "debthelp.log.verify"):
    importlib.import_module(name).dt = Dt
try:
    import debthelp.cli.log_run as commands
    import debthelp.cli.save as saving
except ImportError:  # code from before the cli package (d650317 and older)
    import debthelp.commands.log as commands
    saving = commands
saving.say = lambda *a, **k: None
if what == "verify":
    from debthelp.log import verify
    verify(small)
    started = time.process_time()
    text = json.dumps(verify(big).to_json()).encode()
else:
    commands.export_command(None, lang="zh", db=small, fmt=what, output=out)
    started = time.process_time()
    commands.export_command(None, lang="zh", db=big, fmt=what, output=out)
    text = open(out, "rb").read()
cpu = time.process_time() - started
print(json.dumps([cpu, hashlib.sha256(text).hexdigest()]))
"""


def against(old_src: Path, entries: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.sqlite3", Path(tmp) / "small.sqlite3"
        build(big, entries)
        build(small, 50)
        sides = {"old": str(old_src.resolve()), "new": str(ROOT / "src")}
        found: dict[tuple[str, str], list[tuple[float, str]]] = {}
        for number in range(rounds):
            for what in ("verify", *EXPORTERS):
                for side in ("old", "new") if number % 2 == 0 else ("new", "old"):
                    env = {**os.environ, "PYTHONPATH": sides[side]}
                    out = Path(tmp) / f"{side}.{what}"
                    done = subprocess.run(
                        [sys.executable, "-c", CHILD, what, str(big), str(small), str(out)],
                        env=env,
                        capture_output=True,
                        text=True,
                        check=True,
                    )
                    cpu, digest = json.loads(done.stdout)
                    found.setdefault((what, side), []).append((cpu, digest))
        for what in ("verify", *EXPORTERS):
            old, new = found[(what, "old")], found[(what, "new")]
            before = statistics.median(c for c, _ in old)
            after = statistics.median(c for c, _ in new)
            same = len({d for _, d in old + new}) == 1
            label = "verify" if what == "verify" else f"log export --format {what}"
            print(
                f"{label}: {before:.2f} s -> {after:.2f} s CPU ({after / before:.2f}), "
                f"output {'the same' if same else 'DIFFERENT'}"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", type=Path, metavar="OLD_SRC")
    args = parser.parse_args()
    if args.against:
        against(args.against, args.entries, args.rounds)
        return
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.sqlite3"
        for _ in range(20):
            add_entry(NewEntry(channel="call", said="后果自负"), db=small)
        one = timed(lambda: add_entry(NewEntry(channel="call", said="再不还就上门"), db=small), 20)
        print(f"add one entry (in-process): {one * 1000:.1f} ms CPU, {WALL[-1] * 1000:.1f} ms wall")
        exe = str(Path(sys.executable).parent / "debthelp")
        env = {**os.environ, "DEBTHELP_HOME": tmp}
        timed(
            lambda: subprocess.run(
                [exe, "log", "add", "--channel", "sms", "--said", "后果自负"],
                env=env,
                capture_output=True,
                check=True,
            ),
            10,
        )
        print(f"debthelp log add (whole process, wall): {WALL[-1] * 1000:.0f} ms")

        big = Path(tmp) / "big.sqlite3"
        started = time.perf_counter()
        build(big, args.entries)
        print(f"built {args.entries:,} entries in {time.perf_counter() - started:.1f} s")
        cost = timed(lambda: verify(big), args.rounds)
        print(f"verify: {cost:.2f} s CPU ({WALL[-1]:.2f} s wall)")
        # A receipt made when the log held half as many entries (issue 27).
        code = receipt_for(big, args.entries // 2).shown()
        cost = timed(lambda: verify(big, receipt=code), args.rounds)
        print(f"verify --receipt: {cost:.2f} s CPU ({WALL[-1]:.2f} s wall)")
        # What `log add` does after its commit to print the receipt.
        cost = timed(lambda: receipt_for(big, args.entries), args.rounds)
        print(f"the receipt log add prints: {cost:.2f} s CPU ({WALL[-1]:.2f} s wall)")
        base = timed(lambda: export_data(big), args.rounds)
        print(f"export_data: {base:.2f} s CPU ({WALL[-1]:.2f} s wall)")
        # The whole command as `debthelp log export --format F --output FILE` runs
        # it, in-process: read, verify, tag, draw and save.
        for fmt in EXPORTERS:
            out = Path(tmp) / f"out.{fmt}"
            cost = timed(
                lambda fmt=fmt, out=out: export_command(
                    None, lang="zh", db=big, fmt=fmt, output=str(out)
                ),
                args.rounds,
            )
            print(f"log export --format {fmt}: {cost:.2f} s CPU ({WALL[-1]:.2f} s wall)")


if __name__ == "__main__":
    main()
