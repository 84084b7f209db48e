"""Every line of "Do these first" has its step in the body of the text plan.

Found by the lead using the wizard as a person would: a platform borrower who
was threatened, whose family was called, who can pay part and whose loan had
money taken off up front got five lines in 先做这几件事, but the body held only
the third-party rules and the words for the family; the threats step, how to
offer a plan (its words to say) and the up-front deduction (its ``debthelp
rate`` line) were titles under Later. Now, when steps must go, the steps not
in "Do these first" go first; below the first step each step is in its short
form (its lead, its service lines and commands, its words to say, where to read
it all); and every plan keeps within ``PLAN_LINES_BY_LANG`` on every route.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.engine import Plan, advise, coerce_all, with_blanks
from debthelp.guidance import Guidance
from debthelp.i18n import LANGS, Lang
from debthelp.render import do_first_lines, emit_doc, fit_plan, plan_doc, plan_json, to_text
from debthelp.render.plan import FULL_STEPS, PLAN_LINES_BY_LANG
from debthelp.render.views import source_label
from tests.util import concrete_answers, stable_sample

TODAY = dt.date(2026, 12, 6)
REPRO: dict[str, Any] = {
    "safety": "safe",
    "collectors": ["calls", "threats", "third-parties"],
    "lenders-count": 3,
    "months-overdue": 5,
    "lender": "platform",
    "cost": "high",
    "pay": "part",
    "hardship": "no",
    "papers": "none",
    "offers": "no",
}
REPRO_FIRST = (
    "rules-threats-insults",
    "rules-third-parties",
    "words-phone",
    "propose-plan",
    "interest-upfront-deduction",
)
UPFRONT_LINE = "debthelp rate --received 4000 --borrowed 5000 --payment 500 --periods 10"
SOURCE_LEAD = {"zh": "来源：[", "en": "Source: ["}


def run_advise(tmp_path: Path, lang: Lang, *extra: str) -> str:
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(REPRO), encoding="utf-8")
    args = ["advise", "--answers", str(answers), "--lang", lang, *extra]
    result = CliRunner().invoke(app, args, env={"DEBTHELP_TODAY": TODAY.isoformat()})
    assert result.exit_code == 0, result.output
    return result.output


def flat(text: str, lang: Lang) -> str:
    """``text`` with its wrapped lines joined again, to find a phrase in it."""
    return ("" if lang == "zh" else " ").join(line.strip() for line in text.splitlines())


def body_of(text: str, lang: Lang) -> str:
    """The steps: from after "Do these first" to Later (or the sources), unwrapped."""
    band = "\n今天做\n" if lang == "zh" else "\nToday\n"
    start = text.index(band)
    ends = ("\n以后再看\n", "\n来源\n") if lang == "zh" else ("\nLater\n", "\nSources\n")
    end = min(text.index(e, start) for e in ends if e in text[start:])
    return flat(text[start:end], lang)


def bound(plan: Plan, fitted: Plan, lang: Lang) -> int:
    """The lines the fitted text plan may take: ``PLAN_LINES_BY_LANG``, whatever
    its body holds (it was more when "Do these first" needed more; no longer)."""
    del plan, fitted
    return PLAN_LINES_BY_LANG[lang]


def protected(plan: Plan) -> set[str]:
    """The steps that come before any general one: "Do these first", ``now``,
    main remedies."""
    first = {s.id for s in plan.do_first}
    return {s.id for s in plan.steps if s.id in first or s.kept}


def lines_of(guidance: Guidance, plan: Plan, lang: Lang) -> int:
    return to_text(plan_doc(guidance, plan, lang), lang, 80).count("\n")


# --------------------------------------------------------------------------- the reproduction


@pytest.mark.parametrize("lang", LANGS)
def test_the_reported_plan_has_every_first_step_in_its_body(
    guidance: Guidance, tmp_path: Path, lang: Lang
) -> None:
    text = run_advise(tmp_path, lang)
    plan = advise(guidance, with_blanks(guidance, coerce_all(guidance, REPRO)), today=TODAY)
    assert tuple(s.id for s in plan.do_first) == REPRO_FIRST
    body = body_of(text, lang)
    for step in plan.do_first:  # each line of "Do these first" has its step below
        assert flat(step.tip.title(lang), lang) in body, (lang, step.id)
        for say in step.tip.say:  # with its words to say
            assert flat(say.text(lang), lang)[:30] in body, (lang, say.id)
    assert UPFRONT_LINE in [row.strip() for row in text.splitlines()]  # typed as printed
    civil_code = "《民法典》第670条" if lang == "zh" else "Civil Code, Art. 670"
    assert civil_code in flat(text, lang)  # 1a-4, the up-front deduction's law
    # Was 88 / 113 lines with two steps, 137 / 180 with five in full.
    assert text.count("\n") <= PLAN_LINES_BY_LANG[lang]
    # Each step's own source line is gone from the default view; the Sources
    # block lists every id of the steps shown in full (the facts of their words
    # included); a step in its short form says where to read it with its sources.
    assert SOURCE_LEAD[lang] not in text
    fitted = fit_plan(guidance, plan, lang)
    for step in fitted.steps[:FULL_STEPS]:
        for sid in step.tip.all_sources:
            assert f"* [{source_label(sid, lang)}] " in text, (lang, step.id, sid)
    more = "整条内容和出处：debthelp tips " if lang == "zh" else "with its sources: debthelp tips "
    assert body.count(more) == len(fitted.steps) - FULL_STEPS


def test_the_reported_plan_holds_the_same_steps_in_both_languages(guidance: Guidance) -> None:
    plan = advise(guidance, with_blanks(guidance, coerce_all(guidance, REPRO)), today=TODAY)
    ids = {lang: [s.id for s in fit_plan(guidance, plan, lang).steps] for lang in LANGS}
    assert ids["zh"] == ids["en"]
    assert set(REPRO_FIRST) <= set(ids["zh"])


def test_full_and_json_are_unchanged(guidance: Guidance, tmp_path: Path) -> None:
    """``--full`` still gives every step its own source line; JSON carries the
    whole plan, each step with its sources, whatever the text view left out."""
    full = run_advise(tmp_path, "zh", "--full")
    assert "来源：[2b-3] [2b-4]" in full
    data = json.loads(run_advise(tmp_path, "en", "--format", "json"))
    plan = advise(guidance, with_blanks(guidance, coerce_all(guidance, REPRO)), today=TODAY)
    assert data == json.loads(json.dumps(plan_json(guidance, plan, "en")))
    steps = [s for section in data["sections"] for s in section["steps"]]
    assert [s["id"] for s in steps] == [s.id for s in plan.steps]
    assert len(steps) == 12 and all(s["sources"] for s in steps)


# --------------------------------------------------------------------------- routes


def made_and_fitted(
    guidance: Guidance,
    answers: dict[str, Any],
    plan: Plan | None = None,
    fitted: dict[str, Plan] | None = None,
    *,
    today: dt.date = TODAY,
) -> tuple[Plan, dict[str, Plan]]:
    """The plan for ``answers`` and its form fitted to each language: those given, else
    made here. The one every-route walk (test_every_route.py) makes and fits each plan
    once and hands both to the three checks; the default run's samples leave them out."""
    plan = advise(guidance, answers, today=today) if plan is None else plan
    if fitted is None:
        fitted = {lang: fit_plan(guidance, plan, lang) for lang in LANGS}
    return plan, fitted


def check_route(
    guidance: Guidance,
    answers: dict[str, Any],
    plan: Plan | None = None,
    fitted: dict[str, Plan] | None = None,
) -> None:
    plan, fitted = made_and_fitted(guidance, answers, plan, fitted)
    ids = {lang: [s.id for s in p.steps] for lang, p in fitted.items()}
    assert ids["zh"] == ids["en"], answers
    first = {s.id for s in plan.do_first}
    assert first <= set(ids["zh"]), (sorted(first - set(ids["zh"])), answers)
    for lang in LANGS:
        assert fitted[lang].do_first == plan.do_first  # nothing above the fold moves
        assert do_first_lines(fitted[lang], lang) == do_first_lines(plan, lang)
    # A main remedy or a step for right now comes before any general step (issue
    # 24: never displaced by one), with or without a line in "Do these first".
    always = protected(plan)
    body = set(ids["zh"])
    # In their short form they always fit (there was once a larger bound for them).
    assert always <= body, (sorted(always - body), answers)
    for lang in LANGS:
        count = lines_of(guidance, fitted[lang], lang)
        assert count <= PLAN_LINES_BY_LANG[lang], (lang, count, answers)
    if len(body) < len(plan.steps):
        # Not cut for nothing: one more step would break the bound in one language.
        wider = replace(plan, brief=True).shorter(len(body) + 1)
        assert any(lines_of(guidance, wider, lang) > PLAN_LINES_BY_LANG[lang] for lang in LANGS), (
            answers
        )


def test_a_sample_of_routes_keeps_every_first_step_in_the_body(guidance: Guidance) -> None:
    """About one answer set in 150, chosen by content (the fullest, the
    sparsest and the least answers of many routes)."""
    every = list(concrete_answers(guidance))
    sample = stable_sample(every, 150)
    assert len(every) / 300 <= len(sample) <= len(every) / 75
    fullest = [a for a in sample if len(a.get("collectors", [])) > 8]
    assert fullest  # the plans that once needed a larger bound are among them
    for answers in sample:
        check_route(guidance, answers)


def test_started_by_its_path_the_printed_plan_keeps_its_bound(
    guidance: Guidance, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Started as ``.venv/bin/debthelp`` (the README's install), the plan ends with
    three lines on how to type its commands: they are counted too (a plan of
    120 lines was printed in 123)."""
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("debthelp", "activate"):
        (bin_dir / name).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [str(bin_dir / "debthelp"), "advise"])
    monkeypatch.setattr(shutil, "which", lambda name: None)
    every = list(concrete_answers(guidance))
    near = 0
    for answers in stable_sample(every, 400):
        plan = advise(guidance, answers, today=TODAY)
        for lang in LANGS:
            fitted = fit_plan(guidance, plan, lang)
            out = io.StringIO()
            emit_doc(plan_doc(guidance, fitted, lang), "text", lang, out, tty=False, width=80)
            printed = out.getvalue()
            assert "activate" in printed  # the note is there
            assert printed.count("\n") <= bound(plan, fitted, lang), (lang, answers)
            near += printed.count("\n") > bound(plan, fitted, lang) - 4
    assert near  # some plans come within the note's lines of the bound
