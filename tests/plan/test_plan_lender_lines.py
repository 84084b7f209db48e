"""Issue 24: a rule by lender type is shown to the people it binds.

A platform borrower whose family was called saw, at the end of the rules that
bind a platform, "信用卡：按监管规定，发卡银行只找你本人和担保人" / "Credit cards:
...": a rule for card-issuing banks. A line of a tip's body may now carry a
condition (``only_if`` in data/guidance.yaml); the engine leaves it out of the
plan of a person it does not hold for, and ``debthelp tips`` still shows it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.engine import advise, coerce_all, with_blanks
from debthelp.guidance import Guidance, load_guidance
from debthelp.guidance.model import for_answers
from debthelp.i18n import LANGS, Lang
from tests.guidance.test_validator import VALID, edit, expect, line_of
from tests.plan.test_plan_do_first_in_body import REPRO, TODAY
from tests.util import write

CARD_LINE = {"zh": "信用卡：按监管规定", "en": "Credit cards: by regulation"}


def plan_text(tmp_path: Path, answers: dict[str, Any], lang: Lang, *extra: str) -> str:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    args = ["advise", "--answers", str(path), "--lang", lang, *extra]
    result = CliRunner().invoke(app, args, env={"DEBTHELP_TODAY": TODAY.isoformat()})
    assert result.exit_code == 0, result.output
    return result.output


def third_party_body(guidance: Guidance, answers: dict[str, Any], lang: Lang) -> str:
    plan = advise(guidance, with_blanks(guidance, coerce_all(guidance, answers)), today=TODAY)
    (step,) = [s for s in plan.steps if s.id == "rules-third-parties"]
    return step.tip.body(lang)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("lender", ["platform", "bank", "consumer-finance", "small-loan"])
def test_a_borrower_who_is_no_card_holder_sees_no_card_rule(
    guidance: Guidance, tmp_path: Path, lang: Lang, lender: str
) -> None:
    answers = {**REPRO, "lender": lender}
    body = third_party_body(guidance, answers, lang)
    assert CARD_LINE[lang] not in body
    assert ("《民法典》" if lang == "zh" else "Civil Code") in body  # the rest is there
    for extra in ((), ("--full",)):
        assert CARD_LINE[lang] not in plan_text(tmp_path, answers, lang, *extra)
    data = json.loads(plan_text(tmp_path, answers, lang, "--format", "json"))
    texts = [s["text"] for section in data["sections"] for s in section["steps"]]
    assert texts and not any(CARD_LINE[lang] in text for text in texts)


@pytest.mark.parametrize("lang", LANGS)
def test_a_card_holder_sees_the_card_rule(guidance: Guidance, tmp_path: Path, lang: Lang) -> None:
    answers = {**REPRO, "lender": "credit-card", "cost": None}
    answers = {k: v for k, v in answers.items() if v is not None}
    body = third_party_body(guidance, answers, lang)
    assert CARD_LINE[lang] in body
    assert body == guidance.tip("rules-third-parties").body(lang)  # the whole body
    assert CARD_LINE[lang] in plan_text(tmp_path, answers, lang, "--full")


def test_tips_shows_every_line(guidance: Guidance) -> None:
    for lang in LANGS:
        result = CliRunner().invoke(
            app, ["tips", "collector-rules", "--lang", lang, "--no-pager", "-f", "text"]
        )
        assert result.exit_code == 0
        assert CARD_LINE[lang] in result.output


def test_a_tip_without_conditional_lines_is_the_same_tip(guidance: Guidance) -> None:
    tip = guidance.tip("words-for-family")
    assert for_answers(tip, {}) is tip
    card = guidance.tip("rules-third-parties")
    assert card.only_if
    assert for_answers(card, {"lender": "credit-card"}) is card


# --------------------------------------------------------------------------- validation

ONLY_IF = """\
    only_if:
      - line: {zh: 拨打110报警。, en: Dial 110.}
        when: {question: stage, equals: court}
"""
ANCHOR = "    why: {zh: 威胁是违法的"


def test_only_if_is_read_and_applied(tmp_path: Path) -> None:
    text = edit(VALID, ANCHOR, ONLY_IF + ANCHOR)
    guidance = load_guidance(write(tmp_path, text))
    tip = guidance.tip("call-110")
    assert len(tip.only_if) == 1
    assert for_answers(tip, {"stage": "court"}).body.en == "Dial 110."
    assert for_answers(tip, {"stage": "early"}).body.en == ""


def test_a_line_not_in_the_body_is_reported(tmp_path: Path) -> None:
    text = edit(VALID, ANCHOR, ONLY_IF.replace("en: Dial 110.", "en: Dial 999.") + ANCHOR)
    problem = expect(
        tmp_path, text, "v-only-if-line", "call-110.only_if[0].line", line_of(text, "Dial 999")
    )
    assert problem.params["lang"] == "en"


def test_a_condition_on_an_unknown_question_is_reported(tmp_path: Path) -> None:
    text = edit(VALID, ANCHOR, ONLY_IF.replace("question: stage", "question: lender") + ANCHOR)
    expect(
        tmp_path,
        text,
        "v-unknown-question",
        "call-110.only_if[0].when.question",
        line_of(text, "question: lender"),
    )


def test_a_line_without_a_condition_is_reported(tmp_path: Path) -> None:
    text = edit(
        VALID,
        ANCHOR,
        ONLY_IF.replace("        when: {question: stage, equals: court}\n", "") + ANCHOR,
    )
    expect(tmp_path, text, "v-missing", "call-110.only_if[0].when", line_of(text, "- line:"))
