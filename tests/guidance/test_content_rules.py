"""The content rules (debthelp.content_rules), run on every shipped data file and
message catalogue, and the proof that `debthelp validate` reports the same words.

The rules' own self-tests (each guard catches the wrong sentences the content audit
found and spares the correct ones) come first; then the shipped files, one test
per file, so a failing file names itself; then `validate`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp import content_rules as cr
from debthelp.cli import app
from debthelp.errors import GuidanceError
from debthelp.guidance import load_guidance
from debthelp.i18n import problem_lines
from tests.util import SHIPPED

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def declared() -> Any:
    return load_guidance(SHIPPED).sources


def unit(zh: str, en: str = "Some words.", sources: tuple[str, ...] = (), where: str = "x.body"):  # type: ignore[no-untyped-def]
    return cr.Unit("test.yaml", where, 1, zh, en, sources)


def keys(problems: list[Any]) -> list[str]:
    return [p.key for p in problems]


# =========================================================================== self-tests


@pytest.mark.parametrize("m", cr.MISSTATEMENTS, ids=lambda m: m.name)
def test_misstatement_guard_self_test(m: cr.Misstatement) -> None:
    for sample in m.catches:
        assert cr.claims(sample, m), f"guard misses a wrong statement: {sample!r}"
    for sample in m.spares:
        assert not cr.claims(sample, m), f"guard flags correct wording: {sample!r}"
    assert any(CJK.search(s) and cr.claims(s, m, "zh") for s in m.catches)
    assert any(not CJK.search(s[:20]) and cr.claims(s, m, "en") for s in m.catches)


def test_all_nine_misstatements_are_guarded() -> None:
    assert [m.number for m in cr.MISSTATEMENTS] == list(range(1, 10))


def test_misstatement_9_spares_the_checkers_own_none_reading() -> None:
    # data/patterns.yaml readings `none`: it says it found nothing it knows, not "safe".
    text = "没有发现已知的施压或诈骗套路。仍不放心，就用官方渠道核实。"
    assert not cr.claims(text, cr.MISSTATEMENTS[8])
    assert cr.claims("没有发现已知套路，这条消息是正常的。", cr.MISSTATEMENTS[8])


# The content audit's own examples (O8, L2, §3.2 M1-style numbers, O1, §5.3).
BUDGET_NOTE_ZH = (
    "要知道：你一旦同意还款计划、承诺分期，或者还了一部分钱，“诉讼时效”"
    "（对方可以起诉你的法定期限）就会重新开始计算。"
)
LETTER_NOTE_ZH = "答应分期还款、制定还款计划，会让诉讼时效（法院追讨的期限）重新计算。"
OLD_PROPOSE_PLAN_EN = (
    "Be aware: agreeing to instalments, paying part or asking for more time restarts the "
    "time the lender has to sue you (the limitation period). Promise only what you can do."
)


def test_time_bar_half_and_gloss_catch_the_audit_examples(declared: Any) -> None:
    for zh in (BUDGET_NOTE_ZH, LETTER_NOTE_ZH):
        found = keys(cr.check_unit(unit(zh, sources=("4-3",)), declared))
        assert "content-time-bar" in found and "content-time-bar-gloss" in found, zh
    found = keys(cr.check_unit(unit("时效。", OLD_PROPOSE_PLAN_EN, ("4-3",)), declared))
    assert found.count("content-time-bar") == 1 and "content-time-bar-gloss" in found


def test_time_bar_with_both_halves_passes(declared: Any) -> None:
    zh = "你答应分期，诉讼时效就会重新开始算；时效过后再答应还款，就不能再以“时效已过”拒绝还款。"
    en = (
        "Agreeing to instalments restarts the limitation period; agreeing to pay after it has "
        "run gives up the time-bar defence."
    )
    assert cr.check_unit(unit(zh, en, ("4-2", "4-3")), declared) == []


def test_time_bar_second_half_may_sit_beside_the_first(declared: Any) -> None:
    title = cr.Unit(
        "t.yaml", "tips.x.title", 1, "诉讼时效：很容易重新计算", "Easily restarted", ("4-3",)
    )
    body = cr.Unit(
        "t.yaml",
        "tips.x.body",
        2,
        "时效过后又同意还款，就不能再以时效为由拒绝。",
        "If you agree to pay after it ends, you lose that defence.",
        ("4-2",),
    )
    assert cr.check_units([title, body], declared) == []
    assert "content-time-bar" in keys(cr.check_units([title], declared))


def test_numbers_must_be_verified_and_backed(declared: Any) -> None:
    assert "content-number" in keys(
        cr.check_unit(unit("请拨打12363咨询。", sources=("3-7",)), declared)
    )
    assert "content-number-source" in keys(
        cr.check_unit(unit("可以打12378投诉。", sources=("2c-7",)), declared)
    )
    assert cr.check_unit(unit("可以打12378投诉。", "Call 12378.", ("3-1",)), declared) == []
    assert cr.check_unit(unit("拿不准可以打96110问。", "Ask 96110.", ("3-12",)), declared) == []


def test_a_rule_or_channel_needs_a_fact_not_only_the_article(declared: Any) -> None:
    found = keys(cr.check_unit(unit("拿不准打12348。", sources=("seed §2.2",)), declared))
    assert "content-unsourced" in found
    assert "content-unsourced" in keys(
        cr.check_unit(unit("《民法典》第1033条保护隐私。"), declared)
    )
    # advice that states no rule and names no channel needs no fact
    assert cr.check_unit(unit("先稳住情绪，再回应。", sources=("seed §2.1",)), declared) == []


def test_sources_must_be_declared_and_verified(declared: Any) -> None:
    found = keys(cr.check_unit(unit("行。", sources=("9-99", "4-9", "3-3")), declared))
    assert found.count("content-source-unknown") + found.count("content-source-unverified") == 3


def test_industry_rules_are_labelled_and_scoped(declared: Any) -> None:
    # O1: patterns.yaml impersonation truth, a CBA rule stated for every collector
    o1 = unit(
        "催收不得冒用行政机关、司法机关的名义。",
        "Collectors may not use the name of government or judicial bodies.",
        ("2c-2", "2c-7"),
    )
    assert keys(cr.check_unit(o1, declared)).count("content-industry-unlabelled") == 2
    # §5.3: labelled, but not whom it binds
    log_rule = unit(
        "中国银行业协会2026年指引（行业规范）：没有你的同意，22:00到第二天8:00不准催收",
        "China Banking Association 2026 guideline (industry norm): no collection 22:00-08:00",
        ("2c-5", "2c-7"),
    )
    assert keys(cr.check_unit(log_rule, declared)).count("content-industry-scope") == 2
    good = unit(
        "中国银行业协会2026年指引（行业规范，不是法律，管的是会员机构）：22:00到8:00不准催收。",
        "The CBA's 2026 guideline (an industry rule, not a law; it binds its members): none.",
        ("2c-7",),
    )
    assert cr.check_unit(good, declared) == []
    as_law = unit("中国银行业协会的指引属于法律，行业规范管的是会员机构。", sources=("2c-7",))
    assert "content-industry-as-law" in keys(cr.check_unit(as_law, declared))


def test_the_2012_police_law_is_cited_with_its_revision(declared: Any) -> None:
    assert "content-2b-1" in keys(cr.check_unit(unit("骚扰。", sources=("2b-1",)), declared))
    assert "content-2b-1" not in keys(
        cr.check_unit(unit("骚扰。", sources=("2b-1", "2b-2")), declared)
    )


def test_data_units_inherit_sources_and_read_field_sources() -> None:
    raw = {
        "tags": [
            {
                "id": "night",
                "source": ["2c-7"],
                "rule": {"zh": "规则", "en": "Rule"},
                "do_source": ["3-1"],
                "do": {"zh": "打12378", "en": "Call 12378"},
            }
        ]
    }
    got = {u.where: u.sources for u in cr.data_units("log.yaml", raw)}
    assert got == {"tags.night.rule": ("2c-7",), "tags.night.do": ("2c-7", "3-1")}


def test_every_data_file_and_catalogue_is_walked() -> None:
    files = {u.file for u in cr.load_data_units()} | {u.file for u in cr.load_message_units()}
    assert {*cr.DATA_FILES, *(f"messages/{m}.py" for m in cr.MESSAGE_MODULES)} <= files
    # the walk reaches the say lines, the questions and the disclaimer
    wheres = {u.where for u in cr.load_data_units(files=("guidance.yaml",))}
    assert "tips.propose-plan.say.ask-instalments-or-pause.text" in wheres
    assert "questions.papers.help" in wheres and "meta.disclaimer" in wheres


# =========================================================================== shipped files


def test_shipped_guidance_passes_the_content_rules(declared: Any) -> None:
    problems = cr.check_units(cr.load_data_units(files=("guidance.yaml",)), declared)
    assert not problems, "\n".join(
        problem_lines(GuidanceError("content-invalid", problems=tuple(problems)), "en")
    )


@pytest.mark.parametrize("name", [f for f in cr.DATA_FILES if f != "guidance.yaml"])
def test_shipped_data_file_passes_the_content_rules(declared: Any, name: str) -> None:
    problems = cr.check_units(cr.load_data_units(files=(name,)), declared)
    assert not problems, "\n".join(
        problem_lines(GuidanceError("content-invalid", problems=tuple(problems)), "en")
    )


@pytest.mark.parametrize("module", cr.MESSAGE_MODULES)
def test_message_catalogue_passes_the_content_rules(declared: Any, module: str) -> None:
    problems = [
        p
        for p in cr.check_units(cr.load_message_units(), declared)
        if p.where.startswith(f"messages/{module}.py ")
    ]
    assert not problems, "\n".join(
        problem_lines(GuidanceError("content-invalid", problems=tuple(problems)), "en")
    )


def test_the_core_hotline_lines_cite_their_facts(declared: Any) -> None:
    from debthelp.messages.core import MESSAGES, SOURCES

    for key in ("plan-deadline-passed", "plan-end", "welcome"):
        assert cr.phone_numbers(MESSAGES[key]["zh"]), key
        assert key in SOURCES
    core = [u for u in cr.load_message_units() if u.file == "messages/core.py"]
    assert cr.check_units(core, declared) == []


# =========================================================================== validate


def test_validate_reports_a_content_problem_in_the_same_words(
    tmp_path: Path, declared: Any
) -> None:
    """A tip that breaks a content rule fails `debthelp validate` with the words the
    content rules give it: one model, two doors."""
    text = SHIPPED.read_text(encoding="utf-8")
    bad_zh = (
        "谈分期前要知道：你答应分期，诉讼时效（对方可以起诉你的期限）就会重新计算。有事打12363。"
    )
    old = "        不要只说“我还不起”"
    assert old not in text  # the shipped tip was fixed; put the audit's sentence back
    anchor = "        先别急着答应付钱。"
    assert text.count(anchor) == 1
    broken = tmp_path / "guidance.yaml"
    broken.write_text(text.replace(anchor, f"        {bad_zh}\n\n{anchor}"), encoding="utf-8")

    guidance = load_guidance(broken)
    mine = [
        p
        for p in cr.check_units(
            cr.load_data_units(files=("guidance.yaml",), guidance=broken), guidance.sources
        )
        if "propose-plan" in p.where
    ]
    # the body also says the second half, so only the gloss and the number are wrong
    assert {p.key for p in mine} == {"content-time-bar-gloss", "content-number"}
    for lang in ("zh", "en"):
        result = CliRunner().invoke(app, ["validate", str(broken), "--lang", lang])
        assert result.exit_code == 1, result.stdout
        lines = problem_lines(GuidanceError("content-invalid", problems=tuple(mine)), lang)[1:]
        for line in lines:
            assert line in result.stderr.splitlines(), (line, result.stderr)


def test_every_content_message_renders_in_both_languages(declared: Any) -> None:
    from debthelp.messages import MESSAGES

    bad = [
        unit("拿不准打12348。", sources=("seed §2.2",)),
        unit("骚扰。", sources=("9-99", "4-9", "2b-1")),
        unit("请拨打12363咨询。", sources=("3-7",)),
        unit("催收不得冒用司法机关的名义。", sources=("2c-7",)),
        unit("中国银行业协会指引（行业规范）禁止夜间催收。", sources=("2c-7",)),
        unit("中国银行业协会的指引属于法律，行业规范管的是会员机构。", sources=("2c-7",)),
        unit("停息挂账是你的法定权利，最长60个月。", sources=("6-3",)),
        unit(BUDGET_NOTE_ZH, sources=("4-3",)),
    ]
    from debthelp.guidance import Source

    with_u = {**declared, "4-9": Source("4-9", declared["4-6"].cite, "U")}
    problems = cr.check_units(bad, with_u)
    wanted = {k for k in MESSAGES if k.startswith("content-") and k != "content-invalid"}
    assert {p.key for p in problems} == wanted
    for lang in ("zh", "en"):
        lines = problem_lines(GuidanceError("content-invalid", problems=tuple(problems)), lang)
        assert len(lines) == len(problems) + 1
        assert not [line for line in lines if "{" in line or "}" in line]
