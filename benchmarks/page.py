"""Size and speed of `debthelp page` on a mid-range phone (headless Chromium, CPU 4x slower).

Goals (issue 26): the file at most 400 KB; the first question on screen within
300 ms of opening the file; the plan on screen within 100 ms of the last tap.
The phone is stood in by Debian's chromium with the CPU throttled 4x through
CDP (``Emulation.setCPUThrottlingRate``), 390 x 844, touch.

Measured, each over ``--rounds`` fresh pages (best, median and worst: on a
shared machine the best is the page's own cost, the rest is waiting for a core):

- build: ``build_page`` in-process (the command's own work);
- first question: from navigation start to the first contentful paint, which is
  the opening screen with the safety question (the page draws it in one go);
- plan: from the tap on "Show my plan" to the next frame after it is drawn,
  on the route of tests/test_page_browser.py (the longest plan of the routes
  tried there);
- answer: the same for one answer (a tap on an option to the next question).

Run:  python benchmarks/page.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

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
# The first screen (the safety question) drawn, from navigation start; and the
# page's own script, start to end.
FIRST_SCREEN = """() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => {
  const drawn = performance.getEntriesByName('debthelp-drawn')[0].startTime;
  const nav = performance.getEntriesByType('navigation')[0];
  done([drawn, nav.domContentLoadedEventEnd]);
}, 0)))"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--throttle", type=float, default=4.0)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright
    from tests.test_page_browser import ROUTE, Phone

    guidance = load_guidance(None)
    builds = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        html = build_page(guidance, lang="zh")
        builds.append((time.perf_counter() - start) * 1000)
    size = len(html.encode("utf-8"))
    folder = Path(tempfile.mkdtemp(prefix="debthelp-page-bench-"))
    page_file = folder / "page.html"
    page_file.write_text(html, encoding="utf-8")

    paint, ready, answer, plan = [], [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for _ in range(args.rounds):
            phone = Phone.__new__(Phone)
            phone.context = browser.new_context(
                viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True
            )
            phone.requests, phone.problems, phone.url = [], [], page_file.as_uri()
            phone.last_tap = 0.0
            phone.page = phone.context.new_page()
            cdp = phone.context.new_cdp_session(phone.page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": args.throttle})
            phone.page.goto(page_file.as_uri())
            fcp, dcl = phone.page.evaluate(FIRST_SCREEN)
            paint.append(fcp)
            ready.append(dcl)
            time.sleep(0.3)  # past ui.js's guard against double taps
            answer.append(phone.page.evaluate(AFTER_CLICK, '.opts button[data-value="safe"]'))
            assert phone.question() == "collectors", "the measured tap was not taken"
            phone.walk(ROUTE)
            plan.append(phone.page.evaluate(AFTER_CLICK, "#show-plan"))
            phone.context.close()
        browser.close()

    def row(name: str, values: list[float], goal: str) -> None:
        best, middle, worst = min(values), statistics.median(values), max(values)
        print(f"| {name} | {best:.0f} ms | {middle:.0f} ms | {worst:.0f} ms | {goal} |")

    print(f"file: {size:,} bytes ({size / 1024:.0f} KB; goal at most 400 KB)")
    print(f"CPU throttled {args.throttle:g}x, {args.rounds} rounds\n")
    print("| measure | best | median | worst | goal |")
    print("|---|---|---|---|---|")
    row("build_page (in-process, not throttled)", builds, "-")
    row("first question drawn, from opening the file", paint, "300 ms")
    row("page script done (DOMContentLoaded end)", ready, "-")
    row("one answer: tap to the next question drawn", answer, "-")
    row("plan: tap on Show my plan to the plan drawn", plan, "100 ms")


if __name__ == "__main__":
    main()
