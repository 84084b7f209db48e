"""The words to say (issue 11): each line leans on its facts and reaches a plan.

People ask "what do I say?" more than "what is the law?". Every quotable line in
the shipped guidance must cite what it leans on and be shown, quoted, in the
plan of a person it is for, in both languages (and in ``debthelp tips``).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from debthelp.guidance import Guidance
from debthelp.render import to_text
from debthelp.render.views import tips_doc
from tests.plan.test_plan import plan_for, text_of

FACT = re.compile(r"^[1-9][a-z]?-[0-9]+$")

# Who each saying is for: the answers of a person whose plan must quote it.
ROUTES: dict[str, dict[str, Any]] = {
    "words-phone": {},  # the base route: collectors phoning
    "safety-home-visit": {"collectors": ["visit-threat"]},
    "rules-third-parties": {"collectors": ["third-parties"]},
    "words-for-family": {"collectors": ["third-parties-threat"]},
    "propose-plan": {"pay": "nothing"},
    "negotiate-credit-card": {"lender": "credit-card", "pay": "part", "collectors": ["texts"]},
}

# The five situations issue 11 names, each with at least one line.
SITUATIONS = {
    "phone": ("phone-who-are-you", "phone-in-writing", "phone-no-promise", "phone-end-call"),
    "door": ("door-stay-shut", "door-please-leave", "door-tell-110"),
    "stop contacting others": ("stop-contacting-others",),
    "for the family member": ("family-not-my-debt",),
    "instalments or a pause": ("ask-instalments-or-pause", "ask-card-instalments"),
}


def test_the_five_situations_have_words(guidance: Guidance) -> None:
    for name, ids in SITUATIONS.items():
        for say_id in ids:
            assert guidance.say(say_id).text.zh, (name, say_id)


def test_every_saying_cites_its_sources_and_its_tip_a_fact(guidance: Guidance) -> None:
    for line in guidance.sayings():
        assert line.sources, line.id
        assert all(sid in guidance.sources for sid in line.sources), line.id
    for tip in {guidance.saying_tip(line.id) for line in guidance.sayings()}:
        assert any(FACT.match(sid) for sid in tip.all_sources), tip.id


def test_every_saying_is_for_someone(guidance: Guidance) -> None:
    holders = {guidance.saying_tip(line.id).id for line in guidance.sayings()}
    assert holders == set(ROUTES), "give each tip with sayings a route below"


@pytest.mark.parametrize("tip_id", sorted(ROUTES))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_plan_of_the_person_quotes_the_words(
    guidance: Guidance, tip_id: str, lang: str
) -> None:
    plan = plan_for(guidance, **ROUTES[tip_id])
    text = text_of(guidance, plan, lang)  # type: ignore[arg-type]
    tip = guidance.tip(tip_id)
    assert tip.title(lang) in text, (tip_id, lang)  # type: ignore[arg-type]
    flat = re.sub(r"\s+", "", text)
    for line in tip.say:
        words = re.sub(r"\s+", "", line.text(lang))  # type: ignore[arg-type]
        assert f"\u201c{words}\u201d" in flat, (tip_id, line.id)


def test_tips_lists_every_saying(guidance: Guidance) -> None:
    for lang in ("zh", "en"):
        text = re.sub(
            r"\s+", "", to_text(tips_doc(guidance, [t.id for t in guidance.topics], lang), lang, 80)
        )  # type: ignore[arg-type]
        for line in guidance.sayings():
            assert re.sub(r"\s+", "", line.text(lang)) in text, line.id  # type: ignore[arg-type]


def test_instalments_are_a_request_and_restart_the_clock(guidance: Guidance) -> None:
    """6-4 is U (no duty to agree): say it is a request; 4-3: agreeing restarts the period."""
    tip = guidance.saying_tip("ask-instalments-or-pause")
    assert "4-3" in tip.sources
    assert "诉讼时效" in tip.body.zh and "重新" in tip.body.zh
    assert "limitation period" in tip.body.en and "restart" in tip.body.en
    online = guidance.tip("negotiate-online-lender")
    assert "不是" in online.body.zh and "权利" in online.body.zh
    assert "not a right" in online.body.en
    assert "6-3" in guidance.say("ask-card-instalments").sources


# The article's background and its five questions reach the plans they answer
# (in the body or by title under Later): issue 11, "gaps the facts support".
BACKGROUND = {
    "why-collection": {"pay": "nothing"},  # seed §1.1: find who you owe
    "collection-methods": {"collectors": ["visit-threat"]},  # seed §1.2: will they come?
    "summary": {},  # seed §4
    "faq-home-visit": {"collectors": ["visit-threat"]},
    "faq-litigation-sms": {"collectors": ["court-text"]},
    "faq-mediation-centre": {"papers": "lawyer-letter"},
    "faq-one-day-late": {"months_overdue": 0},
    "faq-credit-card": {"lender": "credit-card"},
    "rules-overview": {},  # collectors are active on the base route
    "many-lenders": {"pay": "part"},  # 借新还旧 for everyone who cannot pay all
}


@pytest.mark.parametrize("tip_id", sorted(BACKGROUND))
def test_background_reaches_the_plan_it_answers(guidance: Guidance, tip_id: str) -> None:
    plan = plan_for(guidance, **BACKGROUND[tip_id])
    assert tip_id in [s.id for s in (*plan.steps, *plan.later)]


def test_the_rules_weight_reaches_every_plan_with_collectors(guidance: Guidance) -> None:
    for value in ("calls", "texts", "threats", "night", "visit-threat", "posting"):
        plan = plan_for(guidance, collectors=[value])
        assert "rules-overview" in [s.id for s in (*plan.steps, *plan.later)], value
    quiet = plan_for(guidance, collectors=["none"])
    assert "rules-overview" not in [s.id for s in (*quiet.steps, *quiet.later)]
