"""The engine: how answers become a ranked, short plan.

Two kinds of test. Behaviour on a small guidance written here (ranking by
urgency, reported before general, the body limit, "later" rules, "Do these
first", deadlines, help shown at once), so each test fails for its own reason
whatever the shipped content says. And properties that hold on **every**
route through the shipped tree (order, sizes, dead rules).
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest

from debthelp.engine import (
    BODY_LIMIT,
    DO_FIRST_LIMIT,
    advise,
    coerce,
    coerce_all,
    missing_answers,
    needed_now,
    route_length,
    walk,
)
from debthelp.errors import InputError
from debthelp.guidance import URGENCIES, Guidance, load_guidance
from tests.util import concrete_answers, edges_of, stable_sample, write

TODAY = dt.date(2026, 11, 30)

SMALL = """\
format: 2
meta: {reviewed: 2026-11-01, disclaimer: {zh: 不是法律意见, en: Not legal advice}}
sources: [{id: '4-4', confidence: V-P, cite: {zh: 民诉法, en: CPL}}]
topics: [{id: t, title: {zh: 主题, en: Topic}}]
tips:
  - {id: general-soon, topic: t, urgency: soon, title: {zh: 甲, en: A}, body: {zh: 甲, en: A},
     source: ['4-4'], first: {zh: 做甲, en: Do A}}
  - {id: reported-soon, topic: t, urgency: soon, title: {zh: 乙, en: B}, body: {zh: 乙, en: B},
     source: ['4-4'], first: {zh: 做乙, en: Do B}}
  - {id: threat-today, topic: t, urgency: today, title: {zh: 丙, en: C}, body: {zh: 丙, en: C},
     source: ['4-4']}
  - {id: danger-now, topic: t, urgency: now, title: {zh: 丁, en: D}, body: {zh: 丁, en: D},
     source: ['4-4'], first: {zh: 打110, en: Call 110}}
  - {id: court-deadline, topic: t, urgency: deadline, title: {zh: 戊, en: E},
     body: {zh: 戊, en: E}, source: ['4-4'], first: {zh: 写异议, en: Object}}
  - {id: law-later, topic: t, urgency: later, title: {zh: 己, en: F}, body: {zh: 己, en: F},
     source: ['4-4']}
start: safety
questions:
  - id: safety
    kind: single
    text: {zh: 安全吗, en: Safe?}
    why: {zh: 安全第一, en: Safety first}
    options:
      - {value: safe, label: {zh: 安全, en: Safe}, next: seen}
      - {value: danger, label: {zh: 危险, en: Danger}, next: stop}
  - id: stop
    kind: single
    text: {zh: 先看求助？, en: Help first?}
    why: {zh: 可以先看, en: You may}
    options:
      - {value: stop, label: {zh: 先看, en: Help first}, next: end, skip_review: true}
      - {value: go, label: {zh: 继续, en: Go on}, next: seen}
  - id: seen
    kind: multi
    text: {zh: 发生了什么, en: What happened?}
    why: {zh: 决定先后, en: It sets the order}
    next: papers
    options:
      - {value: threats, label: {zh: 威胁, en: Threats}}
      - {value: calls, label: {zh: 电话, en: Calls}}
  - id: papers
    kind: single
    text: {zh: 文书, en: Papers}
    why: {zh: 有期限, en: Deadlines}
    next: end
    options:
      - {value: none, label: {zh: 没有, en: None}}
      - {value: order, label: {zh: 支付令, en: Payment order}, next: days}
  - id: days
    kind: number
    text: {zh: 几天前, en: Days ago}
    why: {zh: 算日期, en: For the date}
    min: 0
    max: 3650
    next: end
advice:
  - {id: core, when: {not: {question: stop, equals: stop}}, tips: [general-soon]}
  - {id: reported, when: {question: seen, includes: calls}, tips: [reported-soon]}
  - {id: threats, when: {question: seen, includes: threats}, tips: [threat-today]}
  - {id: danger, when: {question: safety, equals: danger}, tips: [danger-now]}
  - {id: court, when: {question: papers, equals: order}, tips: [court-deadline]}
  - {id: background, later: true, tips: [law-later]}
deadlines:
  - {id: objection, when: {question: papers, equals: order}, days: 15, received: days,
     what: {zh: 提出异议, en: object}, source: ['4-4']}
"""


@pytest.fixture
def small(tmp_path: Path) -> Guidance:
    return load_guidance(write(tmp_path, SMALL))


def ids(steps: Any) -> list[str]:
    return [s.id for s in steps]


def test_steps_are_ranked_by_urgency_across_the_whole_plan(small: Guidance) -> None:
    answers = {
        "safety": "danger",
        "stop": "go",
        "seen": ["threats", "calls"],
        "papers": "order",
        "days": 3,
    }
    plan = advise(small, answers, today=TODAY)
    assert ids(plan.steps) == [
        "danger-now",
        "court-deadline",
        "threat-today",
        "reported-soon",
        "general-soon",
    ]
    # the file lists general-soon first; what the person reported still comes first
    assert [s.reported for s in plan.steps] == [True, True, True, True, False]
    assert [s.urgent for s in plan.steps] == [True, True, False, False, False]


def test_later_rules_go_under_later_by_title(small: Guidance) -> None:
    plan = advise(small, {"safety": "safe", "seen": ["calls"], "papers": "none"}, today=TODAY)
    assert ids(plan.steps) == ["reported-soon", "general-soon"]
    assert ids(plan.later) == ["law-later"]
    full = advise(small, {"safety": "safe", "seen": ["calls"], "papers": "none"}, full=True)
    assert ids(full.steps) == ["reported-soon", "general-soon", "law-later"]
    assert full.later == ()


def test_the_body_is_cut_at_the_limit_and_the_rest_listed_later(small: Guidance) -> None:
    answers = {"safety": "danger", "stop": "go", "seen": ["threats", "calls"], "papers": "none"}
    plan = advise(small, answers, today=TODAY, limit=2)
    assert ids(plan.steps) == ["danger-now", "threat-today"]
    assert ids(plan.later) == ["reported-soon", "general-soon", "law-later"]


def test_do_first_takes_the_top_steps_with_a_line_after_deadlines(small: Guidance) -> None:
    answers = {"safety": "danger", "stop": "go", "seen": ["calls"], "papers": "order", "days": 3}
    plan = advise(small, answers, today=TODAY)
    assert ids(plan.do_first) == ["danger-now", "court-deadline", "reported-soon", "general-soon"]
    assert len(plan.due) + len(plan.do_first) <= DO_FIRST_LIMIT


def test_a_deadline_date_is_counted_from_the_day_received(small: Guidance) -> None:
    answers = {"safety": "safe", "seen": ["calls"], "papers": "order", "days": 3}
    (due,) = advise(small, answers, today=TODAY).due
    assert due.received == dt.date(2026, 11, 27)
    assert due.due == dt.date(2026, 12, 12)
    assert (due.days_left, due.passed) == (12, False)
    (late,) = advise(small, {**answers, "days": 20}, today=TODAY).due
    assert (late.due, late.days_left, late.passed) == (dt.date(2026, 11, 25), -5, True)


def test_the_early_exit_keeps_only_what_is_needed_now(small: Guidance) -> None:
    plan = advise(small, {"safety": "danger", "stop": "stop"}, today=TODAY)
    assert ids(plan.steps) == ["danger-now"]
    assert ids(plan.later) == ["law-later"]


def test_help_needed_now_is_known_before_the_questions_end(small: Guidance) -> None:
    assert ids(needed_now(small, {"safety": "danger"})) == ["danger-now"]
    assert needed_now(small, {"safety": "safe"}) == []
    # a rule that only excludes answers is unknown until they are given
    assert needed_now(small, {}) == []


def test_every_missing_answer_is_named_at_once(small: Guidance) -> None:
    assert missing_answers(small, {}) == ["safety", "seen", "papers"]
    assert missing_answers(small, {"safety": "danger"}) == ["stop"]
    assert missing_answers(small, {"safety": "safe", "papers": "order"}) == ["seen", "days"]
    assert route_length(small, {}) == 3
    assert route_length(small, {"safety": "safe", "papers": "order"}) == 4


def test_answers_off_the_route_are_ignored(small: Guidance) -> None:
    base = {"safety": "safe", "seen": ["calls"], "papers": "none"}
    stale = {**base, "stop": "stop", "days": 99}
    assert advise(small, stale, today=TODAY) == advise(small, base, today=TODAY)


def test_a_missing_answer_names_the_question(small: Guidance) -> None:
    with pytest.raises(InputError) as info:
        advise(small, {"safety": "safe", "papers": "none"})
    assert info.value.key == "answer-missing"
    assert info.value.params["question"] == "seen"


# --------------------------------------------------------------------------- every route, shipped


@pytest.fixture(scope="module")
def every_plan(guidance: Guidance) -> list[Any]:
    return [advise(guidance, a, today=TODAY) for a in concrete_answers(guidance)]


def test_a_sample_of_routes_is_in_urgency_order(guidance: Guidance) -> None:
    for answers in itertools.islice(concrete_answers(guidance), 0, None, 41):
        levels = [URGENCIES.index(s.urgency) for s in advise(guidance, answers, today=TODAY).steps]
        assert levels == sorted(levels), answers


def test_a_sample_of_plans_is_short_and_in_order(guidance: Guidance) -> None:
    """The default run's sample of the three walks below (they run with -m
    exhaustive): about one answer set in 40, chosen by content."""
    sample = stable_sample(concrete_answers(guidance), 40)
    assert len(sample) >= 100
    for answers in sample:
        plan = advise(guidance, answers, today=TODAY)
        assert [s.urgent for s in plan.steps] == sorted(
            (s.urgent for s in plan.steps), reverse=True
        )
        assert 1 <= len(plan.steps) <= BODY_LIMIT, answers
        assert len(plan.due) + len(plan.do_first) <= DO_FIRST_LIMIT
        assert plan.do_first or plan.due, ("nothing to do first", answers)


@pytest.mark.exhaustive
def test_no_urgent_step_ever_comes_after_a_less_urgent_one(every_plan: list[Any]) -> None:
    for plan in every_plan:
        levels = [URGENCIES.index(s.urgency) for s in plan.steps]
        assert levels == sorted(levels), (dict(plan.answers), ids(plan.steps))
        urgent = [s.urgent for s in plan.steps]
        assert urgent == sorted(urgent, reverse=True)


@pytest.mark.exhaustive
def test_every_plan_is_short(every_plan: list[Any]) -> None:
    for plan in every_plan:
        assert 1 <= len(plan.steps) <= BODY_LIMIT, dict(plan.answers)
        assert len(plan.due) + len(plan.do_first) <= DO_FIRST_LIMIT
        assert plan.do_first or plan.due, ("nothing to do first", dict(plan.answers))


@pytest.mark.exhaustive
def test_no_rule_is_dead(guidance: Guidance, every_plan: list[Any]) -> None:
    """Every tip a rule names reaches some plan (body or Later) on some route."""
    reached = {s.id for plan in every_plan for s in (*plan.steps, *plan.later)}
    named = {tip for rule in guidance.advice for tip in rule.tips}
    assert named - reached == set()


def test_every_question_changes_some_plan(guidance: Guidance) -> None:
    """A question whose answer changes nothing must not be asked. (An answer
    that changes the route changes the plan by that alone; look at the others.)"""
    bases = list(itertools.islice(concrete_answers(guidance), 0, None, 97))
    for qid, question in guidance.questions.items():
        if len({target for _a, target in question.edges()}) > 1:
            continue
        if question.kind == "multi":
            values: list[Any] = [[o.value] for o in question.options]
        elif question.kind in ("single", "yesno"):
            values = list(question.values())
        else:
            values = sorted(edges_of(guidance, qid)) + ([""] if question.optional else [])
        changed = False
        for base in (b for b in bases if qid in b):
            plans = {
                repr(advise(guidance, {**base, qid: v}, today=TODAY, full=True).steps)
                for v in values
            }
            if len(plans) > 1:
                changed = True
                break
        assert changed, f"{qid} changes no plan"


def test_walk_follows_the_answers(guidance: Guidance) -> None:
    route = walk(guidance, {"safety": "safe"})
    assert route.asked == ("safety",)
    assert route.missing is not None


@pytest.mark.parametrize(
    ("qid", "raw", "clean"),
    [
        ("offers", "yes", "yes"),
        ("offers", True, "yes"),
        ("offers", "否", "no"),
        ("offers", "N", "no"),
        ("collectors", "texts,calls", ["calls", "texts"]),
        ("collectors", ["night", "calls", "night"], ["calls", "night"]),
        ("lender", " bank ", "bank"),
        ("received-days", "12", 12),
        ("received-days", 3.5, 3.5),
        ("received-days", "1,000", 1000),
    ],
)
def test_coerce_accepts_what_people_type(guidance, qid, raw, clean) -> None:
    assert coerce(guidance.questions[qid], raw) == clean


@pytest.mark.parametrize(
    ("qid", "raw", "key"),
    [
        ("offers", "maybe", "answer-bad-value"),
        ("lender", "shark", "answer-bad-value"),
        ("lender", ["bank"], "answer-bad-value"),
        ("collectors", "calls,aliens", "answer-bad-value"),
        ("collectors", [], "answer-empty-multi"),
        ("collectors", ["none", "calls"], "answer-exclusive"),
        ("received-days", "soon", "answer-not-number"),
        ("received-days", "nan", "answer-not-number"),
        ("received-days", "inf", "answer-not-number"),
        ("received-days", True, "answer-not-number"),
        ("received-days", -1, "answer-out-of-range"),
        ("received-days", 1e9, "answer-out-of-range"),
    ],
)
def test_coerce_refuses_bad_answers_with_a_reason(guidance, qid, raw, key) -> None:
    with pytest.raises(InputError) as info:
        coerce(guidance.questions[qid], raw)
    assert info.value.key == key


def test_unknown_question_lists_the_valid_ids(guidance) -> None:
    with pytest.raises(InputError) as info:
        coerce_all(guidance, {"colour": "blue"})
    assert info.value.key == "answer-unknown-question"
    assert "safety" in info.value.params["valid"]
