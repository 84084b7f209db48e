"""Size and speed of `debthelp page` on a mid-range phone (headless Chromium, CPU 4x slower).

Goals (issue 26): the file at most 400 KB; the first question on screen within
300 ms of opening the file; the plan on screen within 100 ms of the last tap.
The phone is stood in by Debian's chromium with the CPU throttled 4x through
CDP (``Emulation.setCPUThrottlingRate``), 390 x 844, touch.

Measured, each over ``--rounds`` fresh pages (best, median and worst: on a
shared machine the best is the page's own cost, the rest is waiting for a core):

- build: ``build_page`` in-process (the command's own work);
- first question: from navigation start until the main thread has painted the
  first frame after the question's heading arrived (seen from outside the page,
  read from a trace: the same for any version of the page);
- CPU to the first question: the renderer's main-thread CPU time (the trace's
  thread time of each task) over the same span, and of it the layout's: far
  less sensitive than wall time to other work on the machine;
- taps work: when the page's script had drawn its first screen (its own
  ``performance.mark``), from navigation start; before it, the opening screen
  on view is the markup written into the file;
- answer: from a tap on an option to the frame after the next question;
- plan: from the tap on "Show my plan" to the frame after the plan, on the
  route of tests/page/test_page_browser.py (the longest plan of the routes tried).

``--against REV`` (repeatable) builds the page also from the page package of
git revision REV and measures the pages in turn in one run, each round starting
with the next (the machine's noise falls on all alike). ``--bare`` measures too
this page with its script and data taken out (the opening screen's markup
alone: what the browser's own work costs, the floor for the first question).
Run:  python benchmarks/page.py [--rounds 11] [--against fb93004 ...] [--bare]
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from debthelp.guidance import load_guidance  # noqa: E402
from debthelp.page import build_page  # noqa: E402

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Time from a click to the frame after the screen it draws (rAF, then a task).
AFTER_CLICK = """(selector) => new Promise((done) => {
  const start = performance.now();
  document.querySelector(selector).click();
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
})"""
# Before the page's own script: when the first question's heading arrives (marked
# for the trace, which then gives the end of the paint after it), and a flag once
# the frame that draws it is past.
SEE_FIRST = """
new MutationObserver((changes, watch) => {
  if (!document.querySelector('#app h1')) return;
  watch.disconnect();
  window.__h1 = performance.now();
  performance.mark('bench-h1');
  requestAnimationFrame(() => setTimeout(() => { window.__first = window.__h1; }, 0));
}).observe(document, {childList: true, subtree: true});
"""
FIRST = "() => new Promise((done) => { const wait = () => window.__first ? done(window.__first)"
FIRST += " : setTimeout(wait, 10); wait(); })"
TRACE = ["devtools.timeline", "blink.user_timing", "disabled-by-default-devtools.timeline"]


def old_page(rev: str, folder: Path) -> str:
    """The page as the page package of git revision ``rev`` built it (same guidance)."""
    package = folder / f"page_{rev.replace('/', '_')}"
    package.mkdir()
    names = subprocess.run(
        ["git", "-C", str(ROOT), "ls-tree", "--name-only", rev, "src/debthelp/page/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    for name in names:
        blob = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{rev}:{name}"], check=True, capture_output=True
        ).stdout
        (package / Path(name).name).write_bytes(blob)
    sys.path.insert(0, str(folder))
    module = importlib.import_module(package.name)
    return str(module.build_page(load_guidance(None), lang="zh"))


def first_paint(trace: bytes, h1_ms: float) -> dict[str, float]:
    """From the trace: when the main thread finished painting the first question (from
    navigation start), and its CPU time until then: all tasks, the layout, and the
    page's script (its evaluation, and any timer it set that ran before)."""
    events = json.loads(trace)["traceEvents"]
    mark = next(e for e in events if e.get("name") == "bench-h1")
    main = mark["tid"]
    start = mark["ts"] - h1_ms * 1000  # navigation start, on the trace's clock
    paint = min(
        (
            e
            for e in events
            if e.get("tid") == main
            and e.get("name") == "Paint"
            and e.get("ph") == "X"
            and e["ts"] >= mark["ts"]
        ),
        key=lambda e: e["ts"],
    )
    end = paint["ts"] + paint["dur"]
    tasks = [
        e for e in events if e.get("tid") == main and e.get("ph") == "X" and start <= e["ts"] < end
    ]

    def cpu(*names: str) -> float:
        return sum(e.get("tdur", 0) for e in tasks if e["name"] in names) / 1000

    return {
        "first": (end - start) / 1000,
        "cpu": cpu("RunTask"),
        "layout": cpu("Layout"),
        "script": cpu("EvaluateScript", "TimerFire"),
    }


def bare(html: str) -> str:
    """The page without its script and data: only what is written in the markup."""
    html = re.sub(r'^<script type="application/json".*?</script>\n', "", html, flags=re.S | re.M)
    return re.sub(r"^<script>.*?</script>\n", "", html, flags=re.S | re.M)


def name_of(url: str) -> str:
    return url.rsplit("/", 1)[-1].removesuffix(".html")


def measure(browser: Any, url: str, throttle: float, out: dict[str, list[float]]) -> None:
    from tests.page.test_page_browser import ROUTE, Phone

    phone = Phone.__new__(Phone)
    phone.context = browser.new_context(
        viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True
    )
    phone.context.add_init_script(SEE_FIRST)
    phone.requests, phone.problems, phone.url = [], [], url
    phone.page = phone.context.new_page()
    cdp = phone.context.new_cdp_session(phone.page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
    browser.start_tracing(page=phone.page, categories=TRACE)
    phone.page.goto(url)
    h1 = phone.page.evaluate(FIRST)
    for name, value in first_paint(browser.stop_tracing(), h1).items():
        out[name].append(value)
    if name_of(url) == "bare":  # nothing to tap without the script
        phone.context.close()
        return
    # when the script had drawn its first screen (its buttons work from then on)
    out["ready"].append(
        phone.page.evaluate(
            "() => new Promise((done) => { const wait = () => { const m = performance"
            ".getEntriesByName('debthelp-drawn'); m.length ? done(m[0].startTime)"
            " : setTimeout(wait, 10); }; wait(); })"
        )
    )
    # an older page named its data DEBTHELP_DATA (the tests' walk reads DEBTHELP_FIRST)
    phone.page.evaluate("() => { window.DEBTHELP_FIRST = window.DEBTHELP_FIRST || DEBTHELP_DATA; }")
    time.sleep(0.3)  # past ui.js's guard against double taps
    out["answer"].append(phone.page.evaluate(AFTER_CLICK, '.opts button[data-value="safe"]'))
    assert phone.question() == "collectors", "the measured tap was not taken"
    phone.last_tap = time.monotonic()
    phone.walk(ROUTE)
    out["plan"].append(phone.page.evaluate(AFTER_CLICK, "#show-plan"))
    phone.context.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--throttle", type=float, default=4.0)
    parser.add_argument(
        "--against", metavar="REV", action="append", default=[], help="also REV's page (repeatable)"
    )
    parser.add_argument(
        "--bare", action="store_true", help="also this page without its script (the floor)"
    )
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    guidance = load_guidance(None)
    builds = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        html = build_page(guidance, lang="zh")
        builds.append((time.perf_counter() - start) * 1000)
    folder = Path(tempfile.mkdtemp(prefix="debthelp-page-bench-"))
    pages = {"this page": html}
    for rev in args.against:
        pages[rev] = old_page(rev, folder)
    if args.bare:
        pages["bare"] = bare(html)
    urls = {}
    for n, (name, text) in enumerate(pages.items()):
        path = folder / ("bare.html" if name == "bare" else f"page{n}.html")
        path.write_text(text, encoding="utf-8")
        urls[name] = path.as_uri()
    measures = ("first", "cpu", "layout", "script", "ready", "answer", "plan")
    results = {name: {k: [] for k in measures} for name in pages}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for n in range(args.rounds):
            order = list(pages)[n % len(pages) :] + list(pages)[: n % len(pages)]
            for name in order:
                measure(browser, urls[name], args.throttle, results[name])
        browser.close()

    def row(name: str, values: list[float], goal: str) -> None:
        best, middle, worst = min(values), statistics.median(values), max(values)
        print(f"| {name} | {best:.0f} ms | {middle:.0f} ms | {worst:.0f} ms | {goal} |")

    print(f"CPU throttled {args.throttle:g}x, {args.rounds} rounds, pages in turn\n")
    print("| measure | best | median | worst | goal |")
    print("|---|---|---|---|---|")
    row("build_page (in-process, not throttled)", builds, "-")
    for name, text in pages.items():
        size = len(text.encode("utf-8"))
        got = results[name]
        print(f"| **{name}**: file {size / 1024:.0f} KB | | | | at most 400 KB |")
        row("first question on screen, from opening the file", got["first"], "300 ms")
        row("main-thread CPU until then", got["cpu"], "-")
        row("of which layout", got["layout"], "-")
        row("of which the page's script", got["script"], "-")
        if name != "bare":
            row("the script's first screen drawn (taps work)", got["ready"], "-")
        if name == "bare":
            continue
        row("one answer: tap to the next question drawn", got["answer"], "-")
        row("plan: tap on Show my plan to the plan drawn", got["plan"], "100 ms")


if __name__ == "__main__":
    main()
