"""The engine on the shipped guidance: every route through the tree, walked.

One row per route through the questions (a route is the sequence of questions
asked; answers that lead the same way share a route). Each row gives answers
and the complete plan expected, section by section, in order. A test checks
that the rows cover every route the shipped tree has, so a new branch cannot
slip in untested.
"""

from __future__ import annotations

from typing import Any

import pytest

from debthelp.engine import advise, coerce, coerce_all, walk
from debthelp.errors import InputError
from debthelp.guidance import paths

REPAY = ["assess-finances", "instalment-plan", "check-progress", "pay-official-channels"]
PREVENT = ["check-credit-report", "fix-wrong-records", "financial-knowledge"]
PREVENT_ALL = [*PREVENT, "borrow-purpose", "borrow-amount", "borrow-term"]
LAWYER = ["consult-lawyer", "legal-action"]
TALK = ["stay-calm", "sincere-attitude"]
HARD = ["hardship-proof", "propose-plan"]

ROWS: list[tuple[str, dict[str, Any], dict[str, list[str]]]] = [
    (
        "safe, pays in full, no papers",
        {
            "safety": "safe",
            "collectors": ["calls"],
            "lender": "credit-card",
            "cost": "normal",
            "pay": "all",
            "papers": "none",
            "offers": "no",
        },
        {
            "evidence": ["keep-records"],
            "lender": [*TALK, "agreement-in-writing"],
            "help": ["help-12378", *LAWYER],
            "repayment": REPAY,
            "scams": ["scam-debt-agents"],
            "prevention": PREVENT_ALL,
        },
    ),
    (
        "safe, pays in full, summons received 20 days ago",
        {
            "safety": "safe",
            "collectors": ["calls", "texts"],
            "lender": "bank",
            "cost": "unknown",
            "pay": "all",
            "papers": "summons",
            "received-days": 20,
            "offers": "no",
        },
        {
            "deadlines": ["court-summons", "court-deadline-passed", "court-verify"],
            "evidence": ["keep-records"],
            "lender": [*TALK, "agreement-in-writing"],
            "costs": ["ask-annual-rate", "interest-apr-disclosure", "interest-licensed-lenders"],
            "help": ["help-12378", "help-12368", "help-12348", *LAWYER],
            "repayment": REPAY,
            "scams": ["scam-debt-agents"],
            "prevention": PREVENT_ALL,
        },
    ),
    (
        "safe, pays part, has proof, lawyer's letter, offered 'optimisation'",
        {
            "safety": "safe",
            "collectors": ["third-parties", "night"],
            "lender": "consumer-finance",
            "cost": "high",
            "pay": "part",
            "hardship": "yes",
            "papers": "lawyer-letter",
            "offers": "yes",
        },
        {
            "deadlines": ["court-lawyer-letter", "court-verify"],
            "evidence": ["keep-records"],
            "lender": [*TALK, *HARD, "negotiate-online-lender", "agreement-in-writing"],
            "costs": ["ask-annual-rate", "interest-apr-disclosure", "interest-licensed-lenders"],
            "help": [
                "rules-third-parties",
                "rules-night-calls",
                "help-12321",
                "help-12378",
                "help-12315",
                "help-12368",
                "help-12348",
                *LAWYER,
            ],
            "repayment": REPAY,
            "scams": [
                "scam-if-paid",
                "scam-debt-agents",
                "scam-stop-interest",
                "scam-credit-repair",
                "scam-fake-court-links",
                "scam-fake-mediation",
            ],
            "prevention": PREVENT,
        },
    ),
    (
        "safe, pays nothing, private lender threatening, payment order 2 days ago",
        {
            "safety": "safe",
            "collectors": ["threats", "impersonation", "visits", "posting"],
            "lender": "private",
            "cost": "high",
            "pay": "nothing",
            "hardship": "no",
            "papers": "payment-order",
            "received-days": 2,
            "offers": "no",
        },
        {
            "safety-now": ["safety-home-visit"],
            "deadlines": ["court-payment-order", "court-verify"],
            "evidence": ["keep-records"],
            "lender": [*TALK, *HARD, "negotiate-online-lender", "agreement-in-writing"],
            "costs": [
                "ask-annual-rate",
                "interest-apr-disclosure",
                "interest-4lpr",
                "interest-upfront-deduction",
                "interest-old-24-36",
                "interest-criminal-36",
            ],
            "help": [
                "rules-threats-insults",
                "help-110",
                "rules-impersonation",
                "rules-public-posting",
                "help-12321",
                "help-12368",
                "help-12348",
                *LAWYER,
            ],
            "repayment": REPAY,
            "scams": ["scam-debt-agents", "scam-fake-court-links", "scam-fake-mediation"],
            "prevention": PREVENT,
        },
    ),
    (
        "in danger, goes on, pays in full, enforcement",
        {
            "safety": "danger",
            "safety-continue": "continue",
            "collectors": ["none"],
            "lender": "small-loan",
            "cost": "high",
            "pay": "all",
            "papers": "enforcement",
            "offers": "no",
        },
        {
            "safety-now": ["safety-call-110"],
            "deadlines": ["court-enforcement", "court-dishonest-list", "court-consumption-limits"],
            "evidence": ["keep-records"],
            "lender": [*TALK, "agreement-in-writing"],
            "costs": [
                "ask-annual-rate",
                "interest-apr-disclosure",
                "interest-small-loan-24",
                "interest-licensed-lenders",
                "interest-upfront-deduction",
            ],
            "help": ["help-unsure-channel", "help-12368", "help-12348", *LAWYER],
            "repayment": [*REPAY, "court-bankruptcy"],
            "scams": ["scam-debt-agents"],
            "prevention": PREVENT_ALL,
        },
    ),
    (
        "cannot go on, goes on, pays in full, judgment today",
        {
            "safety": "cannot-go-on",
            "safety-continue": "continue",
            "collectors": ["calls"],
            "lender": "platform",
            "cost": "unknown",
            "pay": "all",
            "papers": "judgment",
            "received-days": 0,
            "offers": "no",
        },
        {
            "safety-now": ["safety-self-harm", "safety-12356"],
            "deadlines": ["court-judgment-appeal", "court-verify"],
            "evidence": ["keep-records"],
            "lender": [*TALK, "agreement-in-writing"],
            "costs": [
                "ask-annual-rate",
                "interest-apr-disclosure",
                "interest-licensed-lenders",
                "interest-4lpr",
                "interest-upfront-deduction",
                "interest-old-24-36",
            ],
            "help": ["help-unsure-channel", "help-12368", "help-12348", *LAWYER],
            "repayment": REPAY,
            "scams": ["scam-debt-agents"],
            "prevention": PREVENT_ALL,
        },
    ),
    (
        "both, goes on, pays nothing, credit card, offered help",
        {
            "safety": "both",
            "safety-continue": "continue",
            "collectors": ["texts"],
            "lender": "credit-card",
            "cost": "normal",
            "pay": "nothing",
            "hardship": "yes",
            "papers": "none",
            "offers": "yes",
        },
        {
            "safety-now": ["safety-call-110", "safety-self-harm", "safety-12356"],
            "evidence": ["keep-records"],
            "lender": [*TALK, *HARD, "negotiate-credit-card", "agreement-in-writing"],
            "help": ["help-12378", "help-12315", *LAWYER],
            "repayment": REPAY,
            "scams": [
                "scam-if-paid",
                "scam-debt-agents",
                "scam-stop-interest",
                "scam-credit-repair",
            ],
            "prevention": PREVENT,
        },
    ),
    (
        "in danger, goes on, pays part, summons on day 15",
        {
            "safety": "danger",
            "safety-continue": "continue",
            "collectors": ["calls"],
            "lender": "bank",
            "cost": "normal",
            "pay": "part",
            "hardship": "no",
            "papers": "summons",
            "received-days": 15,
            "offers": "no",
        },
        {
            "safety-now": ["safety-call-110"],
            "deadlines": ["court-summons", "court-verify"],
            "evidence": ["keep-records"],
            "lender": [*TALK, *HARD, "negotiate-online-lender", "agreement-in-writing"],
            "help": ["help-12378", "help-12368", "help-12348", *LAWYER],
            "repayment": REPAY,
            "scams": ["scam-debt-agents"],
            "prevention": PREVENT,
        },
    ),
    (
        "early exit: both, safety only",
        {"safety": "both", "safety-continue": "stop"},
        {"safety-now": ["safety-call-110", "safety-self-harm", "safety-12356"]},
    ),
    (
        "early exit: in danger, safety only",
        {"safety": "danger", "safety-continue": "stop"},
        {"safety-now": ["safety-call-110"]},
    ),
    (
        "early exit: cannot go on, safety only",
        {"safety": "cannot-go-on", "safety-continue": "stop"},
        {"safety-now": ["safety-self-harm", "safety-12356"]},
    ),
]


@pytest.mark.parametrize(("name", "answers", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_every_route_gives_its_plan(guidance, name, answers, expected) -> None:
    plan = advise(guidance, coerce_all(guidance, answers))
    assert plan.step_ids() == expected


def test_rows_cover_every_route_in_the_tree(guidance) -> None:
    in_tree = {tuple(step.question for step in path) for path in paths(guidance)}
    in_table = {walk(guidance, coerce_all(guidance, a)).asked for _n, a, _e in ROWS}
    assert in_table == in_tree


def test_sections_come_in_urgency_order(guidance) -> None:
    order = [s.id for s in guidance.sections]
    for _name, answers, _expected in ROWS:
        plan = advise(guidance, coerce_all(guidance, answers))
        ids = [s.id for s in plan.sections]
        assert ids == sorted(ids, key=order.index)


def test_safety_always_comes_first_when_someone_is_in_danger(guidance) -> None:
    for _name, answers, _expected in ROWS:
        if answers["safety"] != "safe":
            plan = advise(guidance, coerce_all(guidance, answers))
            assert plan.sections[0].id == "safety-now"
            assert all(tip.urgent for tip in plan.sections[0].steps)


def test_answers_off_the_path_are_ignored(guidance) -> None:
    """A stale answer (to a question the path skips) must not change the plan."""
    base = dict(ROWS[0][1])
    stale = {**base, "hardship": "yes", "received-days": 99, "safety-continue": "stop"}
    assert advise(guidance, coerce_all(guidance, stale)) == advise(
        guidance, coerce_all(guidance, base)
    )


def test_missing_answer_names_the_question(guidance) -> None:
    answers = dict(ROWS[0][1])
    del answers["lender"]
    with pytest.raises(InputError) as info:
        advise(guidance, coerce_all(guidance, answers))
    assert info.value.key == "answer-missing"
    assert info.value.params["question"] == "lender"


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


def test_every_rule_fires_on_some_route_in_the_table(guidance) -> None:
    """Every rule fires on at least one route in the table, so no rule is dead."""
    fired: set[str] = set()
    for _name, answers, _expected in ROWS:
        for section in advise(guidance, coerce_all(guidance, answers)).sections:
            fired.update(tip.id for tip in section.steps)
    in_rules = {tip for rule in guidance.advice for tip in rule.tips}
    assert in_rules - fired == set()
