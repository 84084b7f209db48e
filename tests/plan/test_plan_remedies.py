"""Issue 24, first half: situations that must lead to their remedy, the same plan
in both languages, and ``--full`` changing nothing above the fold.

A person's main remedy (a tip of a ``main: true`` rule) is in "Do these first"
and in the body of the text plan, in Chinese and in English, whatever else
they ticked; the body's steps and "Do these first" do not depend on the
language; every text plan keeps within ``PLAN_LINES_BY_LANG`` (120 lines in
Chinese, 150 in English; tests/plan/test_plan_do_first_in_body.py).
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest

from debthelp.engine import Plan, advise, coerce_all, with_blanks
from debthelp.guidance import Guidance, load_guidance
from debthelp.i18n import LANGS, Lang
from debthelp.render import do_first_lines, fit_plan, plan_doc, to_text
from tests.guidance.test_validator import VALID, edit, expect, line_of
from tests.plan.test_plan_do_first_in_body import bound, made_and_fitted
from tests.util import concrete_answers, write

TODAY = dt.date(2026, 12, 6)
EVERY_COLLECTOR = [
    "calls",
    "texts",
    "threats",
    "visits",
    "visit-threat",
    "third-parties",
    "third-parties-threat",
    "posting",
    "posting-threat",
    "court-text",
    "impersonation",
    "night",
]
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
# The tip's line to type: short enough to stay whole inside a panel at 80 columns
# (76 columns inside the border, less a step's "10. ").
UPFRONT_LINE = "debthelp rate --received 4000 --borrowed 5000 --payment 500 --periods 10"
CARD = {"lender": "credit-card", "months-overdue": 4, "cost": None}

# name, answers changed (None removes one), the main remedy, words its body must show (zh, en)
SITUATIONS: list[tuple[str, dict[str, Any], str, tuple[str, str]]] = [
    (
        "a card holder paying part, threatened",
        {**CARD, "collectors": ["calls", "threats"]},
        "negotiate-credit-card",
        ("个性化分期", "personalised instalment"),
    ),
    (
        "a card holder paying nothing, threatened",
        {**CARD, "collectors": ["calls", "threats"], "pay": "nothing"},
        "negotiate-credit-card",
        ("个性化分期", "personalised instalment"),
    ),
    (
        "a card holder threatened at night, a visit and a lawsuit threatened",
        {
            **CARD,
            "collectors": ["calls", "texts", "threats", "night", "visit-threat", "court-text"],
            "papers": "lawyer-letter",
        },
        "negotiate-credit-card",
        ("个性化分期", "personalised instalment"),
    ),
    (
        "money deducted up front",
        {"cost": "high"},
        "interest-upfront-deduction",
        (
            "debthelp rate --received 4000 --borrowed 5000",
            "debthelp rate --received 4000 --borrowed 5000",
        ),
    ),
    (
        "money deducted up front, a private lender",
        {"cost": "high", "lender": "private", "pay": "nothing"},
        "interest-upfront-deduction",
        ("实际到手", "actually received"),
    ),
    (
        "a consumer-finance borrower who can pay part",
        {"lender": "consumer-finance", "cost": "normal", "hardship": "yes"},
        "propose-plan",
        ("代理协商", "negotiation agent"),
    ),
    (
        "a platform borrower whose family was called",
        {"collectors": ["calls", "third-parties"], "pay": "nothing"},
        "rules-third-parties",
        ("《民法典》", "Civil Code"),
    ),
    (
        "a platform borrower whose family was called, threatened, posted online",
        {"collectors": ["calls", "threats", "third-parties", "posting", "night"]},
        "rules-third-parties",
        ("《民法典》", "Civil Code"),
    ),
]


def answers_for(guidance: Guidance, changes: dict[str, Any]) -> dict[str, Any]:
    raw = {**BASE, **changes}
    raw = {k: v for k, v in raw.items() if v is not None}
    return with_blanks(guidance, coerce_all(guidance, raw))


def text_plan(guidance: Guidance, plan: Plan, lang: Lang) -> str:
    return to_text(plan_doc(guidance, fit_plan(guidance, plan, lang), lang), lang, 80)


def flat(text: str, lang: Lang) -> str:
    """``text`` with its wrapped lines joined again, to find a phrase in it."""
    return ("" if lang == "zh" else " ").join(line.strip() for line in text.splitlines())


def body_of(text: str, lang: Lang) -> str:
    """The text between "Do these first" and Later (or the sources), unwrapped."""
    start = text.index("先做这几件事" if lang == "zh" else "Do these first")
    ends = ("\n以后再看\n", "\n来源\n") if lang == "zh" else ("\nLater\n", "\nSources\n")
    end = min(text.index(e, start) for e in ends if e in text[start:])
    return flat(text[start:end], lang)


@pytest.mark.parametrize("situation", SITUATIONS, ids=[s[0] for s in SITUATIONS])
@pytest.mark.parametrize("lang", LANGS)
def test_a_situation_gets_its_main_remedy_first_and_in_the_body(
    guidance: Guidance, lang: Lang, situation: tuple[str, dict[str, Any], str, tuple[str, str]]
) -> None:
    name, changes, remedy, words = situation
    plan = advise(guidance, answers_for(guidance, changes), today=TODAY)
    fitted = fit_plan(guidance, plan, lang)
    assert remedy in [s.id for s in fitted.steps], (name, [s.id for s in fitted.steps])
    assert remedy in [s.id for s in plan.do_first], (name, [s.id for s in plan.do_first])
    text = text_plan(guidance, plan, lang)
    assert text.count("\n") <= bound(plan, fitted, lang), (name, lang)
    tip = guidance.tip(remedy)
    body = body_of(text, lang)
    assert tip.title(lang)[:20] in body, (name, lang)
    assert dict(do_first_lines(plan, lang))[remedy] in text
    word = words[0 if lang == "zh" else 1]
    assert word in body, (name, lang, word)
    if remedy == "interest-upfront-deduction":  # a line to type is never broken
        assert UPFRONT_LINE in [row.strip() for row in text.splitlines()], (name, lang)


def test_the_upfront_step_cites_the_civil_code_and_gives_the_line_to_type(
    guidance: Guidance,
) -> None:
    tip = guidance.tip("interest-upfront-deduction")
    assert "1a-4" in tip.all_sources  # Civil Code art. 670; SPC private lending art. 26
    for lang in LANGS:
        assert UPFRONT_LINE in tip.body(lang)
        assert tip.first is not None and "debthelp rate" in tip.first(lang)


def test_the_line_to_type_runs(guidance: Guidance) -> None:
    """The typed line is a real command: ``rate`` accepts exactly those flags."""
    from typer.testing import CliRunner

    from debthelp.cli import app

    args = [*UPFRONT_LINE.split()[1:], "-f", "json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert '"upfront_deduction": 1000' in result.output


def test_someone_paying_part_sees_how_to_offer_it(guidance: Guidance) -> None:
    changes = {"collectors": ["calls", "threats"], "lender": "small-loan"}
    plan = advise(guidance, answers_for(guidance, changes), today=TODAY)
    for lang in LANGS:
        body = body_of(text_plan(guidance, plan, lang), lang)
        tip = guidance.tip("propose-plan")
        assert tip.title(lang) in body
        (say,) = tip.say
        assert say.text(lang)[:20] in body  # the words to offer it
        assert dict(do_first_lines(plan, lang))["propose-plan"]
    zh = body_of(text_plan(guidance, plan, "zh"), "zh")
    assert "重新开始算" in zh and "不能再以“时效已过”拒绝" in zh  # the 4-3 and 4-2 note
    en = body_of(text_plan(guidance, plan, "en"), "en")
    assert "restarts the limitation period" in en and "gives up the time-bar defence" in en


NEGOTIATING = (
    "propose-plan",
    "negotiate-credit-card",
    "negotiate-online-lender",
    "instalment-plan",
)


@pytest.mark.parametrize("tip_id", NEGOTIATING)
def test_every_negotiating_step_says_not_to_pay_an_agent(guidance: Guidance, tip_id: str) -> None:
    tip = guidance.tip(tip_id)
    assert "5-7" in tip.all_sources
    assert "代理协商" in tip.body("zh")
    assert "negotiation agent" in tip.body("en")


def test_a_platform_borrowers_third_party_step_opens_with_the_rules_that_bind_a_platform(
    guidance: Guidance,
) -> None:
    tip = guidance.tip("rules-third-parties")
    for lang, civil, pipl, card in (
        ("zh", "《民法典》", "《个人信息保护法》", "信用卡"),
        ("en", "Civil Code", "Personal Information Protection Law", "Credit cards"),
    ):
        body = tip.body(lang)
        assert body.index(civil) < body.index(pipl) < body.index(card), lang
    assert tip.all_sources[:2] == ("2b-3", "2b-4")


def test_whatever_else_was_ticked_the_card_remedy_is_done_first(guidance: Guidance) -> None:
    """Every collector answer ticked: the steps never left out (a visit tonight,
    the family contacted) are all in the body, in their short form below the
    first, and the card holder's remedy is still in "Do these first", in both
    languages."""
    changes = {**CARD, "collectors": EVERY_COLLECTOR, "offers": "yes", "paid-fixer": "no"}
    plan = advise(guidance, answers_for(guidance, changes), today=TODAY)
    assert "negotiate-credit-card" in [s.id for s in plan.do_first]
    for lang in LANGS:
        text = text_plan(guidance, plan, lang)
        fitted = fit_plan(guidance, plan, lang)
        assert text.count("\n") <= bound(plan, fitted, lang)
        assert flat(dict(do_first_lines(plan, lang))["negotiate-credit-card"], lang) in flat(
            text, lang
        )
        ids = [s.id for s in fitted.steps]
        assert {s.id for s in plan.steps if s.kept or s in plan.do_first} <= set(ids)


def test_full_changes_nothing_above_the_fold(guidance: Guidance) -> None:
    """The review's example: --full used to add the debt-agent warning to "Do
    these first" for someone who said nobody offered one."""
    answers = answers_for(guidance, {"offers": "no"})
    short = advise(guidance, answers, today=TODAY)
    full = advise(guidance, answers, today=TODAY, full=True)
    assert [s.id for s in full.do_first] == [s.id for s in short.do_first]
    assert "scam-debt-agents" not in [s.id for s in full.do_first]
    for lang in LANGS:
        assert do_first_lines(full, lang) == do_first_lines(short, lang)


def test_the_english_plan_of_the_review_fits_and_matches_the_chinese(guidance: Guidance) -> None:
    """A card holder who is threatened: the English text was 123 lines and kept
    other steps than the Chinese one."""
    changes = {**CARD, "collectors": ["calls", "threats"]}
    plan = advise(guidance, answers_for(guidance, changes), today=TODAY)
    ids = {lang: [s.id for s in fit_plan(guidance, plan, lang).steps] for lang in LANGS}
    assert ids["zh"] == ids["en"]
    for lang in LANGS:
        fitted = fit_plan(guidance, plan, lang)
        assert text_plan(guidance, plan, lang).count("\n") <= bound(plan, fitted, lang), lang


def test_a_rule_cannot_be_both_main_and_later(tmp_path: Path) -> None:
    both = "  - id: small-debt\n    main: true\n    later: true\n"
    text = edit(VALID, "  - id: small-debt\n", both)
    problem = expect(tmp_path, text, "v-main-later", "small-debt", line_of(text, "main: true"))
    assert problem.params["value"] == "small-debt"
    ok = edit(VALID, "  - id: small-debt\n", "  - id: small-debt\n    main: true\n")
    (rule,) = [r for r in load_guidance(write(tmp_path, ok)).advice if r.id == "small-debt"]
    assert rule.main


# --------------------------------------------------------------------------- routes


def _check_route(
    guidance: Guidance,
    answers: dict[str, Any],
    plan: Plan | None = None,
    fitted: dict[str, Plan] | None = None,
) -> None:
    plan, fitted = made_and_fitted(guidance, answers, plan, fitted, today=TODAY)
    ids = {lang: [s.id for s in p.steps] for lang, p in fitted.items()}
    assert ids["zh"] == ids["en"], answers
    for lang in LANGS:
        text = to_text(plan_doc(guidance, fitted[lang], lang), lang, 80)
        assert text.count("\n") <= bound(plan, fitted[lang], lang), (lang, answers)
    # A main remedy leaves the body only when the body holds nothing but
    # ``now`` steps, main remedies and the steps of "Do these first".
    body = fitted["zh"].steps
    if any(s.kept for s in plan.steps if s not in body):
        assert all(s.kept or s in plan.do_first for s in body), (ids["zh"], answers)
    # ... and "Do these first" likewise.
    firsts = [s for s in plan.steps if s.tip.first is not None]
    if any(s.kept for s in firsts if s not in plan.do_first):
        assert all(s.kept for s in plan.do_first), answers
    lead = {lang: [i for i, _x in do_first_lines(plan, lang)] for lang in LANGS}
    assert lead["zh"] == lead["en"], answers
    full = advise(guidance, answers, today=TODAY, full=True)
    assert [s.id for s in full.do_first] == [s.id for s in plan.do_first], answers
    assert full.due == plan.due


def test_every_fiftieth_route_gives_one_plan_in_both_languages(guidance: Guidance) -> None:
    for answers in itertools.islice(concrete_answers(guidance), 0, None, 50):
        _check_route(guidance, answers)
