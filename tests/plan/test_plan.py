"""The plan answers "what do I do tonight?": situations a new user brings, and
sizes that hold on every route through the shipped questions.

The first screen is what a frightened person reads: the first 24 lines of
the text plan at 80 columns must carry the things to do first.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from debthelp.engine import BODY_LIMIT, DO_FIRST_LIMIT, Plan, advise, coerce_all, with_blanks
from debthelp.guidance import URGENCIES, Guidance
from debthelp.i18n import Lang
from debthelp.render import cell_width, do_first_lines, fit_plan, plan_doc, to_text
from tests.plan.test_plan_do_first_in_body import bound, made_and_fitted
from tests.util import concrete_answers, stable_sample

TODAY = dt.date(2026, 11, 30)
SCREEN = 24
BASE: dict[str, Any] = {
    "safety": "safe",
    "collectors": ["calls"],
    "lender": "platform",
    "cost": "unknown",
    "pay": "part",
    "hardship": "no",
    "papers": "none",
    "offers": "no",
}


def plan_for(guidance: Guidance, **changes: Any) -> Any:
    answers = {**BASE, **{k.replace("_", "-"): v for k, v in changes.items()}}
    if answers.get("lender") == "credit-card":
        answers.pop("cost")
    return advise(guidance, with_blanks(guidance, coerce_all(guidance, answers)), today=TODAY)


def text_of(guidance: Guidance, plan: Any, lang: Lang) -> str:
    return to_text(plan_doc(guidance, fit_plan(guidance, plan, lang), lang), lang, 80)


def first_screen(guidance: Guidance, plan: Any, lang: Lang) -> str:
    return "\n".join(text_of(guidance, plan, lang).splitlines()[:SCREEN])


SITUATIONS = [
    # name, answers changed, the first step, words the first screen must show (zh, en)
    (
        "reported threats",
        {"collectors": ["threats", "calls"]},
        "rules-threats-insults",
        ("110", "110"),
    ),
    (
        "a visit threatened for tonight",
        {"collectors": ["visit-threat"]},
        "safety-home-visit",
        ("不开门", "110"),
    ),
    (
        "a court-looking text with a link",
        {"collectors": ["court-text", "texts"]},
        "court-verify",
        ("12368", "12368"),
    ),
    (
        "a payment order received 3 days ago",
        {"papers": "payment-order", "received_days": 3},
        "court-payment-order",
        ("2026年12月12日", "12 Dec 2026"),
    ),
    (
        "a credit card 4 months overdue",
        {"lender": "credit-card", "months_overdue": 4},
        "malicious-overdraft",
        ("恶意透支", "malicious overdraft"),
    ),
    (
        "an offer to clean a credit record",
        {"offers": "yes", "paid_fixer": "no"},
        "scam-debt-agents",
        ("不付钱", "Don't pay"),
    ),
    ("paid a debt fixer", {"offers": "yes", "paid_fixer": "yes"}, "scam-if-paid", ("110", "110")),
]


@pytest.mark.parametrize(
    ("name", "changes", "first", "words"), SITUATIONS, ids=[s[0] for s in SITUATIONS]
)
def test_a_situation_gets_its_step_first_and_on_the_first_screen(
    guidance: Guidance, name: str, changes: dict[str, Any], first: str, words: tuple[str, str]
) -> None:
    plan = plan_for(guidance, **changes)
    assert plan.steps[0].id == first, (name, [s.id for s in plan.steps])
    assert plan.do_first, name
    for lang, word in zip(("zh", "en"), words, strict=True):
        screen = first_screen(guidance, plan, lang)
        assert word in screen, (name, lang, screen)
        lead = do_first_lines(plan, lang)
        # every "do this first" line is on the first screen, one line each
        for _id, line in lead:
            assert line[:16] in screen, (name, lang, line)


def test_the_deadline_is_a_date_with_the_days_left(guidance: Guidance) -> None:
    plan = plan_for(guidance, papers="payment-order", received_days=3)
    (due,) = plan.due
    assert (due.due, due.days_left) == (dt.date(2026, 12, 12), 12)
    lead = dict(do_first_lines(plan, "zh"))
    assert "2026年12月12日" in lead["payment-order-objection"]
    assert "12" in lead["payment-order-objection"]
    assert "12 Dec 2026" in dict(do_first_lines(plan, "en"))["payment-order-objection"]


def test_a_deadline_that_has_passed_says_so_and_where_to_go(guidance: Guidance) -> None:
    plan = plan_for(guidance, papers="judgment", received_days=20)
    (due,) = plan.due
    assert due.passed
    zh = dict(do_first_lines(plan, "zh"))["judgment-appeal"]
    en = dict(do_first_lines(plan, "en"))["judgment-appeal"]
    assert "已经过了" in zh and "12348" in zh and "律师" in zh
    assert "passed" in en and "12348" in en and "lawyer" in en


def test_self_harm_gets_the_numbers_first_and_the_disclaimer_after(guidance: Guidance) -> None:
    answers = {"safety": "cannot-go-on", "safety-continue": "stop"}
    plan = advise(guidance, coerce_all(guidance, answers), today=TODAY)
    assert {s.urgency for s in plan.steps} == {"now"}
    for lang in ("zh", "en"):
        text = text_of(guidance, plan, lang)
        screen = "\n".join(text.splitlines()[:SCREEN])
        assert "120" in screen and "12356" in screen
        assert text.index("12356") < text.index(guidance.disclaimer(lang)[:20])


def test_nobody_is_told_they_paid_a_scammer_unless_they_said_so(guidance: Guidance) -> None:
    for changes in ({}, {"offers": "yes", "paid_fixer": "no"}):
        plan = plan_for(guidance, **changes)
        assert "scam-if-paid" not in [s.id for s in (*plan.steps, *plan.later)]


# --------------------------------------------------------------------------- every route


def _check_sizes(
    guidance: Guidance,
    answers: dict[str, Any],
    plan: Plan | None = None,
    fitted: dict[str, Plan] | None = None,
) -> None:
    plan, fitted = made_and_fitted(guidance, answers, plan, fitted, today=TODAY)
    assert len(plan.steps) <= BODY_LIMIT
    assert len(plan.due) + len(plan.do_first) <= DO_FIRST_LIMIT
    levels = [URGENCIES.index(s.urgency) for s in plan.steps]
    assert levels == sorted(levels)
    for lang in ("zh", "en"):
        fit = fitted[lang]
        plain = to_text(plan_doc(guidance, fit, lang), lang, 80)
        assert plain.count("\n") <= bound(plan, fit, lang), (lang, answers)
        screen = plain.splitlines()[:SCREEN]
        deadlines = {due.deadline.id for due in plan.due}
        for line_id, line in do_first_lines(plan, lang):
            if line_id not in deadlines:  # a computed deadline line may take two
                assert cell_width(line) <= 80 - len("5. "), (lang, line)
            assert any(line[:16] in row for row in screen), (lang, line)


def test_a_sample_of_routes_fits(guidance: Guidance) -> None:
    """The default run's sample of the walk below: about one answer set in 150,
    chosen by content (tests.util.stable_sample), so the same sets are checked
    whatever order the routes come in, and the fullest, the sparsest and the
    least answers are all among them (taking every 150th by place took only the
    fullest: 150 is a multiple of the three sets each route yields)."""
    every = list(concrete_answers(guidance))
    sample = stable_sample(every, 150)
    assert len(every) / 300 <= len(sample) <= len(every) / 75
    place = {id(answers): i for i, answers in enumerate(every)}
    assert {place[id(answers)] % 3 for answers in sample} == {0, 1, 2}
    for answers in sample:
        _check_sizes(guidance, answers)
