"""One engine, two runtimes: the page's JavaScript gives the Python engine's plan.

For every route through the shipped questions (three answer sets each, the
walker of tests/plan/test_engine.py), ``src/debthelp/page/engine.js`` run in Node
must give exactly what ``debthelp.engine.advise`` gives: the same step ids in
the same order, the same Later, "Do these first" and court deadlines; and on
the way, the same help shown at once (``needed_now``) after each answer. One
Node process takes every case as JSON. A difference prints the answers that
show it.

The every-route run is ``slow``; every 50th route runs always. Node is
Debian's ``nodejs`` (CI installs it); with ``DEBTHELP_REQUIRE_NODE=1`` a
missing node fails instead of skipping.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from debthelp.engine import advise, needed_now, route_length, walk
from debthelp.guidance import Guidance, load_guidance
from debthelp.page import page_data
from tests.util import ROOT, concrete_answers, need_program, write

TODAY = dt.date(2026, 11, 30)
NODE = shutil.which("node") or shutil.which("nodejs")
RUNNER = Path(__file__).with_name("page_parity_runner.js")
ENGINE = ROOT / "src" / "debthelp" / "page" / "engine.js"


def need_node() -> str:
    return need_program(
        NODE, name="node", flag="DEBTHELP_REQUIRE_NODE", where="CI installs Debian's nodejs"
    )


@pytest.fixture(scope="module")
def shipped() -> Guidance:
    return load_guidance(None)


def run_js(guidance: Guidance, cases: list[dict[str, Any]], *, now: bool) -> list[Any]:
    """The JavaScript engine's summary of each case, from one Node process."""
    payload = {
        "engine": str(ENGINE),
        "data": page_data(guidance),
        "today": TODAY.isoformat(),
        "cases": cases,
        "now": now,
    }
    done = subprocess.run(
        [need_node(), str(RUNNER)],
        input=json.dumps(payload, ensure_ascii=False),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out: list[Any] = json.loads(done.stdout)
    assert len(out) == len(cases)
    return out


def python_summary(guidance: Guidance, answers: dict[str, Any], *, now: bool) -> dict[str, Any]:
    def ids(steps: Any) -> list[str]:
        return [s.id for s in steps]

    plan = advise(guidance, answers, today=TODAY)
    asked = list(walk(guidance, answers).asked)
    out: dict[str, Any] = {
        "steps": ids(plan.steps),
        "later": ids(plan.later),
        "do_first": ids(plan.do_first),
        "due": [
            [d.deadline.id, d.received.isoformat(), d.due.isoformat(), d.days_left]
            for d in plan.due
        ],
        "asked": asked,
        "length": route_length(guidance, answers),
    }
    if now:
        out["now"] = [
            ids(needed_now(guidance, {q: answers[q] for q in asked[: n + 1]}))
            for n in range(len(asked))
        ]
    return out


def compare(guidance: Guidance, cases: list[dict[str, Any]], *, now: bool) -> None:
    js = run_js(guidance, cases, now=now)
    differ = []
    for answers, got in zip(cases, js, strict=True):
        want = python_summary(guidance, answers, now=now)
        if got != want:
            differ.append({"answers": answers, "python": want, "javascript": got})
    assert not differ, (
        f"{len(differ)} of {len(cases)} answer sets differ; the first ones:\n"
        + "\n".join(json.dumps(d, ensure_ascii=False) for d in differ[:5])
    )


def test_every_50th_route_gives_the_same_plan(shipped: Guidance) -> None:
    # concrete_answers gives three answer sets per route, in route order.
    cases = [answers for n, answers in enumerate(concrete_answers(shipped)) if (n // 3) % 50 == 0]
    assert len(cases) > 100
    compare(shipped, cases, now=True)


@pytest.mark.exhaustive
def test_every_route_gives_the_same_plan(shipped: Guidance) -> None:
    cases = list(concrete_answers(shipped))
    assert len(cases) >= 3 * 5000  # about 5,763 routes today
    compare(shipped, cases, now=False)


SMALL = """\
format: 2
meta: {reviewed: 2026-11-01, disclaimer: {zh: 不是法律意见, en: Not legal advice}}
sources:
  - {id: "1-1", cite: {zh: 来源, en: Source}, confidence: V-P}
topics:
  - {id: t, title: {zh: 主题, en: Topic}}
tips:
TIPS
start: q1
questions:
  - id: q1
    kind: single
    text: {zh: 问, en: Q}
    why: {zh: 因为, en: Because}
    options:
      - {value: a, label: {zh: 甲, en: A}, next: n}
      - {value: b, label: {zh: 乙, en: B}, next: yn}
  - id: yn
    kind: yesno
    text: {zh: 是否, en: Yes or no}
    why: {zh: 因为, en: Because}
    next: {"yes": n, "no": end}
  - id: n
    kind: number
    optional: true
    min: 0
    max: 100
    text: {zh: 几, en: How many}
    why: {zh: 因为, en: Because}
    next: end
advice:
RULES
deadlines:
  - id: dl
    when: {question: q1, equals: a}
    days: 15
    received: n
    what: {zh: 做, en: do}
    source: ["1-1"]
"""


def small_guidance(tmp_path: Path, tips: int = 20) -> Guidance:
    """Twenty tips of mixed urgency and rules that call many at once: the body limit,
    the "later" rules, reported-before-general and the deadline all come into play."""
    urgencies = ["now", "deadline", "today", "soon", "later"]
    tip_lines = []
    for i in range(tips):
        first = f", first: {{zh: 先{i}, en: first {i}}}" if i % 3 else ""
        tip_lines.append(
            f"  - {{id: t{i}, topic: t, title: {{zh: 题{i}, en: T{i}}}, body: {{zh: 文, en: B}},"
            f' source: ["1-1"], urgency: {urgencies[i % 5]}{first}}}'
        )
    rules = [
        "  - {id: r0, tips: [t19, t18, t17, t16, t15, t14]}",
        "  - {id: r1, when: {question: q1, equals: a}, tips: [t0, t1, t2, t3, t4, t5, t6]}",
        "  - {id: r2, when: {not: {question: q1, equals: a}}, tips: [t7, t8, t9, t10]}",
        "  - {id: r3, later: true, when: {question: n, greater_than: 50}, tips: [t11, t12, t1]}",
        "  - {id: r4, when: {any: [{question: yn, equals: 'yes'}, {question: n, less_than: 5}]},"
        " tips: [t13, t14, t0]}",
        "  - {id: r5, later: true, tips: [t15]}",
    ]
    text = SMALL.replace("TIPS", "\n".join(tip_lines)).replace("RULES", "\n".join(rules))
    return load_guidance(write(tmp_path, text))


@pytest.mark.parametrize(
    "answers",
    [
        {"q1": "a", "n": 3},
        {"q1": "a", "n": 99},
        {"q1": "a", "n": ""},
        {"q1": "a", "n": 2.5},
        {"q1": "b", "yn": "no"},
        {"q1": "b", "yn": "yes", "n": 51},
        {"q1": "b", "yn": "yes", "n": 0},
        # an answer off the route (n after "no") must not count
        {"q1": "b", "yn": "no", "n": 3},
    ],
)
def test_ranking_limits_and_deadlines_agree_on_a_small_guidance(
    tmp_path: Path, answers: dict[str, Any]
) -> None:
    compare(small_guidance(tmp_path), [answers], now=True)


def test_a_divergence_names_the_answers(
    tmp_path: Path, shipped: Guidance, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparison itself can fail, and says with which answers."""
    need_node()
    broken = tmp_path / "engine.js"
    # A port that forgot "reported before general": ranks by urgency, then file order.
    source = ENGINE.read_text(encoding="utf-8")
    wrong = source.replace("if (reported[a] !== reported[b]) return reported[a] ? -1 : 1;", "")
    assert wrong != source
    broken.write_text(wrong, encoding="utf-8")
    monkeypatch.setattr("tests.page.test_page_parity.ENGINE", broken)
    cases = list(itertools.islice(concrete_answers(shipped), 0, 600, 3))
    with pytest.raises(AssertionError) as info:
        compare(shipped, cases, now=False)
    assert "differ" in str(info.value) and '"answers"' in str(info.value)


def test_a_missing_node_fails_where_node_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tests.page.test_page_parity.NODE", None)
    monkeypatch.setenv("DEBTHELP_REQUIRE_NODE", "1")
    with pytest.raises(pytest.fail.Exception):
        need_node()
    monkeypatch.delenv("DEBTHELP_REQUIRE_NODE")
    with pytest.raises(pytest.skip.Exception):
        need_node()
