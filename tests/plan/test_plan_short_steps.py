"""Issue 24, the plan's length: each step below the first is in its short form.

The default text plan (``advise``, the wizard's plan) shows its first step in
full and every later one short: the title, a lead (the tip's ``brief``, else its
one-line action, else its first paragraph), every service line and command of
the body (the line to type as it stands), the words to say, and where to read
the whole step with its sources (``debthelp tips TOPIC``). So every plan keeps
within 120 lines in Chinese and 150 in English on every route
(tests/plan/test_plan_do_first_in_body.py) with all of "Do these first" and the
main remedies in its body. ``--full``, Markdown and JSON show every step whole.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.engine import advise, coerce_all, with_blanks
from debthelp.guidance import Guidance, load_guidance
from debthelp.guidance.model import acts
from debthelp.i18n import LANGS, Lang, t
from debthelp.render import fit_plan
from debthelp.render.plan import FULL_STEPS
from debthelp.render.views import short_body, short_item
from tests.guidance.test_validator import VALID, edit, expect, line_of
from tests.plan.test_plan_do_first_in_body import REPRO, TODAY, flat
from tests.util import write

MORE = {
    "zh": "整条内容和出处：debthelp tips ",
    "en": "The whole step, with its sources: debthelp tips ",
}
WHY = {"zh": "为什么：", "en": "Why: "}


def run(tmp_path: Path, lang: Lang, *extra: str) -> str:
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(REPRO), encoding="utf-8")
    args = ["advise", "--answers", str(answers), "--lang", lang, *extra]
    result = CliRunner().invoke(app, args, env={"DEBTHELP_TODAY": TODAY.isoformat()})
    assert result.exit_code == 0, result.output
    return result.output


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.strip().split("\n\n") if p.strip()]


@pytest.mark.parametrize("lang", LANGS)
def test_every_short_form_keeps_each_line_to_call_and_command(
    guidance: Guidance, lang: Lang
) -> None:
    """Nothing the person must act on is lost: every service number and every
    ``debthelp`` command of the body is in the short form, and a line to type
    (a paragraph that is a command) is a paragraph of its own, as it stands."""
    for tip in guidance.tips:
        short = short_body(tip, lang)
        assert acts(tip.body(lang)) <= acts(short), (tip.id, acts(tip.body(lang)) - acts(short))
        for para in paragraphs(tip.body(lang)):
            if para.startswith("debthelp "):
                assert para in paragraphs(short), (tip.id, para)
        item = short_item(tip, lang)
        assert item.title == tip.title(lang) and not item.why and not item.sources
        assert item.say == tuple(line.text(lang) for line in tip.say)  # the words, whole
        assert item.more == t("plan-step-more", lang, topic=tip.topic)


def test_the_short_forms_are_short(guidance: Guidance) -> None:
    """Over all tips, the short form is little more than half the body (by characters;
    53% in Chinese when it was written, words to say not counted)."""
    for lang in LANGS:
        body = sum(len(tip.body(lang)) for tip in guidance.tips)
        short = sum(len(short_body(tip, lang)) for tip in guidance.tips)
        assert short < body * 0.6, (lang, short, body)


def test_a_short_form_leads_with_the_brief_or_the_action(guidance: Guidance) -> None:
    for tip in guidance.tips:
        for lang in LANGS:
            lead = paragraphs(short_body(tip, lang))[0]
            if tip.brief:
                assert lead == tip.brief(lang), tip.id
            elif tip.first:
                assert lead.startswith(tip.first(lang)), tip.id
            else:
                assert lead == paragraphs(tip.body(lang))[0], tip.id


def test_the_same_lines_and_commands_in_both_languages(guidance: Guidance) -> None:
    """The steps are the same in both languages, and so is what to call and type."""
    for tip in guidance.tips:
        assert acts(short_body(tip, "zh")) == acts(short_body(tip, "en")), tip.id


@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_shows_the_first_step_whole_and_the_rest_short(
    guidance: Guidance, tmp_path: Path, lang: Lang
) -> None:
    text = run(tmp_path, lang)
    plan = advise(guidance, with_blanks(guidance, coerce_all(guidance, REPRO)), today=TODAY)
    fitted = fit_plan(guidance, plan, lang)
    flat_text = flat(text, lang)
    assert flat_text.count(WHY[lang]) == FULL_STEPS  # the first step's "why" only
    for step in fitted.steps[FULL_STEPS:]:  # each later step ends with where to read it
        assert flat(MORE[lang] + step.tip.topic, lang) in flat_text, step.id
    assert text.count(MORE[lang]) == len(fitted.steps) - FULL_STEPS
    # The line to type is whole, on a line of its own, as the wizard's plan shows it.
    assert any(row.strip().startswith("debthelp rate --received") for row in text.splitlines()), (
        lang
    )


@pytest.mark.parametrize("lang", LANGS)
def test_full_shows_every_step_whole(guidance: Guidance, tmp_path: Path, lang: Lang) -> None:
    full = run(tmp_path, lang, "--full")
    plan = advise(
        guidance, with_blanks(guidance, coerce_all(guidance, REPRO)), today=TODAY, full=True
    )
    assert MORE[lang] not in full
    assert flat(full, lang).count(WHY[lang]) == sum(1 for s in plan.steps if s.tip.why)
    markdown = run(tmp_path, lang, "--format", "markdown")
    assert MORE[lang] not in markdown


def test_where_to_read_a_step_works_as_printed(guidance: Guidance) -> None:
    """``debthelp tips TOPIC`` shows the step whole, with its sources."""
    runner = CliRunner()
    for topic in {tip.topic for tip in guidance.tips}:
        for lang in LANGS:
            result = runner.invoke(app, ["tips", topic, "--lang", lang, "--no-pager"])
            assert result.exit_code == 0, (topic, result.output)
            shown = re.sub(r"\s+", "", result.output)
            for tip in guidance.tips_in(topic):
                assert re.sub(r"\s+", "", tip.title(lang)) in shown, (topic, tip.id)
                first = paragraphs(tip.body(lang))[0].removeprefix("- ")
                assert re.sub(r"\s+", "", first)[:20] in shown, (topic, tip.id)


# --------------------------------------------------------------------------- the brief field


BRIEF = "    brief: {zh: 受到威胁，马上打110。, en: Threatened? Call 110.}\n"


def test_a_brief_is_read_in_both_languages(tmp_path: Path) -> None:
    text = edit(VALID, "    title: {zh: 受到威胁就报警", BRIEF + "    title: {zh: 受到威胁就报警")
    tip = load_guidance(write(tmp_path, text)).tip("call-110")
    assert tip.brief is not None and tip.brief("en") == "Threatened? Call 110."
    assert short_body(tip, "zh").startswith("受到威胁，马上打110。")


def test_a_brief_in_one_language_is_reported(tmp_path: Path) -> None:
    one = "    brief: {zh: 受到威胁，马上打110。}\n"
    text = edit(VALID, "    title: {zh: 受到威胁就报警", one + "    title: {zh: 受到威胁就报警")
    expect(tmp_path, text, "v-empty-lang", "call-110.brief.en", line_of(text, "brief:"))


def test_a_brief_may_not_bring_a_number_the_body_lacks(tmp_path: Path) -> None:
    new = "    brief: {zh: 打12348问问。, en: Call 12348.}\n"
    text = edit(VALID, "    title: {zh: 受到威胁就报警", new + "    title: {zh: 受到威胁就报警")
    problem = expect(tmp_path, text, "v-brief-new-act", "call-110.brief", line_of(text, "brief:"))
    assert problem.params["value"] == "12348"


def test_the_shipped_briefs_only_repeat_their_body(guidance: Guidance) -> None:
    briefs = [tip for tip in guidance.tips if tip.brief]
    assert {"propose-plan", "interest-upfront-deduction", "rules-third-parties"} <= {
        tip.id for tip in briefs
    }
    for tip in briefs:
        for lang in LANGS:
            assert acts(tip.brief(lang)) <= acts(tip.body(lang)), (tip.id, lang)
            tip.brief(lang).encode("gbk")


def test_the_upfront_step_in_short_keeps_its_law_and_what_to_change(guidance: Guidance) -> None:
    """The up-front deduction's short form: the principal is what was received
    (1a-4: Civil Code art. 670), and which figures to put in the line to type."""
    tip = guidance.tip("interest-upfront-deduction")
    zh, en = short_body(tip, "zh"), short_body(tip, "en")
    assert "《民法典》第670条" in zh and "换成你自己的" in zh
    assert "Civil Code, Art. 670" in en and "your own figures" in en
    assert "1a-4" in tip.sources
