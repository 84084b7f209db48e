"""The guidance validator: a small valid file loads, and each kind of mistake is
reported with the right message key, the right ``node-id.field`` and the real line.

Every broken file is the valid one below with one targeted text edit, so a test
fails for the reason it names and for no other.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debthelp.errors import GuidanceError
from debthelp.guidance import Guidance, Problem, load_guidance, summary, validate_guidance
from debthelp.guidance.graph import check_routes, routes, routes_without_advice
from debthelp.guidance.model import UNKNOWN, All, AnyOf, Leaf, Not, Rule, evaluate
from tests.util import write

VALID = """\
format: 2
meta:
  reviewed: 2024-05-01
  disclaimer: {zh: 这不是法律意见, en: This is not legal advice}
sources:
  - id: "seed §2.1"
    cite: {zh: 原文二、2.1 与催收方沟通, en: "Source article, part 2.1"}
  - id: "4-4"
    confidence: V-P
    cite: {zh: 《民事诉讼法》第225条, en: "Civil Procedure Law, Art. 225"}
topics:
  - id: communicate
    title: {zh: 与催收方沟通, en: Talking to collectors}
  - id: legal
    title: {zh: 法律保护, en: What the law says}
tips:
  - id: stay-calm
    topic: communicate
    urgency: soon
    title: {zh: 先稳住情绪, en: Steady yourself first}
    body: {zh: 深呼吸，慢慢来。, en: Breathe and take it slowly.}
    source: "seed §2.1"
  - id: call-110
    topic: legal
    urgency: now
    first: {zh: 受到威胁马上打110, en: Threatened? Call 110 now}
    title: {zh: 受到威胁就报警, en: Call 110 if threatened}
    body: {zh: 拨打110报警。, en: Dial 110.}
    why: {zh: 威胁是违法的, en: Threats are against the law}
    source: ["seed §2.1", "4-4"]
  - id: keep-evidence
    topic: legal
    urgency: today
    title: {zh: 保留证据, en: Keep evidence}
    body:
      zh: |
        截图并录音。

        保存好。
      en: |
        Take screenshots and record calls.

        Keep them safe.
    source: ["4-4"]
  - id: negotiate
    topic: communicate
    urgency: later
    title: {zh: 协商还款, en: Negotiate a repayment plan}
    body: {zh: 主动联系贷款方协商。, en: Contact the lender to agree a plan.}
    source: "seed §2.1"
terms:
  - id: payment-order
    term: {zh: 支付令, en: Payment order}
    definition: {zh: 法院要求还款的命令, en: A court order to pay}
    source: "4-4"
start: threatened
questions:
  - id: threatened
    kind: yesno
    text: {zh: 催收方威胁过你吗？, en: Have collectors threatened you?}
    why: {zh: 威胁要先处理, en: Threats come first}
    next: {yes: collectors, no: stage}
  - id: collectors
    kind: multi
    text: {zh: 催收方做了什么？, en: What have the collectors done?}
    why: {zh: 决定先做什么, en: It decides what comes first}
    next: stage
    options:
      - value: calls
        label: {zh: 频繁来电, en: Frequent calls}
      - value: contacts
        label: {zh: 联系亲友, en: Contacted family or friends}
      - value: none
        label: {zh: 以上都没有, en: None of these}
        exclusive: true
  - id: stage
    kind: single
    text: {zh: 到了哪一步？, en: How far has it gone?}
    help: {zh: 选最接近的一项, en: Pick the closest}
    why: {zh: 法院有期限, en: Courts have deadlines}
    next: amount
    options:
      - value: court
        label: {zh: 已经起诉, en: Taken to court}
        next: end
      - value: early
        label: {zh: 刚开始催收, en: Collection has just started}
  - id: amount
    kind: number
    text: {zh: 欠款多少元？, en: How much do you owe (yuan)?}
    why: {zh: 决定还款计划, en: It shapes the repayment plan}
    min: 0
    max: 10000000
    unit: {zh: 元, en: yuan}
    next: end
advice:
  - id: always-calm
    tips: [stay-calm]
  - id: threats-police
    when:
      all:
        - {question: threatened, equals: yes}
        - any:
            - {question: collectors, includes: contacts}
            - {question: amount, greater_than: 5000}
    tips: [call-110, keep-evidence]
  - id: court-stage
    when: {all: [{question: stage, equals: court}, {not: {question: collectors, includes: none}}]}
    tips: [keep-evidence]
  - id: small-debt
    when: {question: amount, less_than: 1000}
    tips: [negotiate]
"""


# --------------------------------------------------------------------------- helpers


def edit(text: str, old: str, new: str) -> str:
    """Replace ``old`` (which must occur exactly once) by ``new``."""
    assert text.count(old) == 1, f"fixture edit is ambiguous or stale: {old!r}"
    return text.replace(old, new)


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """The 1-based number of the ``nth`` line of ``text`` that contains ``needle``."""
    hits = [no for no, line in enumerate(text.splitlines(), start=1) if needle in line]
    assert len(hits) >= nth, f"{needle!r} occurs on {len(hits)} line(s), wanted #{nth}"
    return hits[nth - 1]


def problems_of(tmp_path: Path, text: str) -> tuple[Problem, ...]:
    with pytest.raises(GuidanceError) as info:
        load_guidance(write(tmp_path, text))
    error = info.value
    assert error.key == "guidance-invalid"
    assert error.params["path"] == str(tmp_path / "g.yaml")
    assert error.problems, "a guidance-invalid error must list its problems"
    assert all(isinstance(p, Problem) for p in error.problems)
    return tuple(error.problems)


def find(problems: tuple[Problem, ...], key: str, where: str) -> Problem:
    hits = [p for p in problems if p.key == key and p.where == where]
    listed = "\n".join(f"  {p.where}: {p.key} (line {p.line}) {dict(p.params)}" for p in problems)
    assert hits, f"no {key} at {where}; problems were:\n{listed}"
    return hits[0]


def expect(tmp_path: Path, text: str, key: str, where: str, line: int) -> Problem:
    problem = find(problems_of(tmp_path, text), key, where)
    assert problem.line == line, f"{where}: {key} reported on line {problem.line}, expected {line}"
    return problem


@pytest.fixture
def valid(tmp_path: Path) -> Guidance:
    return load_guidance(write(tmp_path, VALID))


# --------------------------------------------------------------------------- the valid file


def test_valid_file_loads(valid: Guidance) -> None:
    assert valid.format == 2
    assert valid.reviewed.isoformat() == "2024-05-01"
    assert valid.disclaimer.zh == "这不是法律意见"
    assert set(valid.sources) == {"seed §2.1", "4-4"}
    assert valid.sources["4-4"].confidence == "V-P"
    assert valid.sources["seed §2.1"].confidence is None
    assert [t.id for t in valid.topics] == ["communicate", "legal"]
    assert [t.id for t in valid.tips] == ["stay-calm", "call-110", "keep-evidence", "negotiate"]
    assert valid.tip("call-110").urgency == "now"
    assert valid.tip("call-110").urgent is True
    assert valid.tip("keep-evidence").urgency == "today"
    assert valid.tip("keep-evidence").urgent is False
    assert valid.tip("call-110").first is not None
    assert valid.tip("stay-calm").first is None
    assert valid.tip("call-110").sources == ("seed §2.1", "4-4")
    assert valid.tip("stay-calm").sources == ("seed §2.1",)
    assert valid.tip("call-110").why is not None
    assert valid.tip("stay-calm").why is None
    # block text keeps its paragraphs, trimmed at the ends
    assert (
        valid.tip("keep-evidence").body.en
        == "Take screenshots and record calls.\n\nKeep them safe."
    )
    assert valid.start == "threatened"
    assert list(valid.questions) == ["threatened", "collectors", "stage", "amount"]
    assert [r.id for r in valid.advice] == [
        "always-calm",
        "threats-police",
        "court-stage",
        "small-debt",
    ]
    assert valid.advice[0].when is None


def test_valid_questions_are_read_fully(valid: Guidance) -> None:
    collectors = valid.questions["collectors"]
    assert collectors.kind == "multi"
    assert collectors.values() == ("calls", "contacts", "none")
    assert [o.exclusive for o in collectors.options] == [False, False, True]
    stage = valid.questions["stage"]
    assert stage.next == "amount"
    assert stage.option("court").next == "end"  # type: ignore[union-attr]
    assert stage.option("early").next is None  # type: ignore[union-attr]
    assert stage.help is not None and stage.help.en == "Pick the closest"
    amount = valid.questions["amount"]
    assert (amount.minimum, amount.maximum) == (0.0, 10_000_000.0)
    assert amount.unit is not None and amount.unit.zh == "元"


def test_valid_conditions_are_read_as_typed_trees(valid: Guidance) -> None:
    rules = {r.id: r for r in valid.advice}
    assert rules["threats-police"].when == All(
        (
            Leaf("threatened", "equals", "yes"),
            AnyOf(
                (
                    Leaf("collectors", "includes", "contacts"),
                    Leaf("amount", "greater_than", 5000),
                )
            ),
        )
    )
    assert rules["court-stage"].when == All(
        (Leaf("stage", "equals", "court"), Not(Leaf("collectors", "includes", "none")))
    )
    assert rules["small-debt"].when == Leaf("amount", "less_than", 1000)


def test_summary_counts(valid: Guidance) -> None:
    s = summary(valid)
    assert (s.questions, s.tips, s.topics, s.terms) == (4, 4, 2, 1)
    # threatened=yes|no  x  stage=court (ends) | stage=early -> amount -> end
    assert s.paths == 4
    assert len(list(routes(valid))) == 4


def test_yaml_yes_no_work_as_next_keys_and_condition_values(valid: Guidance) -> None:
    # YAML 1.1 reads bare yes/no as booleans; the loader must still see ids and answers.
    threatened = valid.questions["threatened"]
    assert threatened.yes_next == "collectors"
    assert threatened.no_next == "stage"
    assert threatened.next is None
    assert threatened.next_after("yes") == "collectors"
    assert threatened.next_after("no") == "stage"
    leaf = valid.advice[1].when.parts[0]  # type: ignore[union-attr]
    assert leaf == Leaf("threatened", "equals", "yes")
    assert isinstance(leaf.value, str)


def test_yaml_no_as_condition_value_and_quoted_yes(tmp_path: Path) -> None:
    text = edit(
        VALID, "- {question: threatened, equals: yes}", '- {question: threatened, equals: "yes"}'
    )
    text = edit(
        text,
        "when: {question: amount, less_than: 1000}",
        "when: {any: [{question: amount, less_than: 1000}, {question: threatened, equals: no}]}",
    )
    text = edit(
        text, "next: {yes: collectors, no: stage}", 'next: {"yes": collectors, "no": stage}'
    )
    g = load_guidance(write(tmp_path, text))
    rules = {r.id: r for r in g.advice}
    assert rules["threats-police"].when.parts[0] == Leaf("threatened", "equals", "yes")  # type: ignore[union-attr]
    assert rules["small-debt"].when == AnyOf(
        (Leaf("amount", "less_than", 1000), Leaf("threatened", "equals", "no"))
    )
    assert (g.questions["threatened"].yes_next, g.questions["threatened"].no_next) == (
        "collectors",
        "stage",
    )


def test_yesno_next_in_block_style_with_bare_keys(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "    next: {yes: collectors, no: stage}\n",
        "    next:\n      yes: collectors\n      no: stage\n",
    )
    g = load_guidance(write(tmp_path, text))
    assert (g.questions["threatened"].yes_next, g.questions["threatened"].no_next) == (
        "collectors",
        "stage",
    )


# --------------------------------------------------------------------------- duplicates


def test_duplicate_tip_id(tmp_path: Path) -> None:
    text = edit(VALID, "  - id: keep-evidence\n", "  - id: stay-calm\n")
    p = expect(
        tmp_path, text, "v-duplicate-id", "stay-calm.id", line_of(text, "- id: stay-calm", 2)
    )
    assert p.params["id"] == "stay-calm"
    assert p.params["first"] == line_of(text, "- id: stay-calm", 1)


def test_duplicate_question_id(tmp_path: Path) -> None:
    text = edit(VALID, "  - id: amount\n", "  - id: stage\n")
    p = expect(tmp_path, text, "v-duplicate-id", "stage.id", line_of(text, "  - id: stage", 2))
    assert p.params["first"] == line_of(text, "  - id: stage", 1)


def test_duplicate_rule_id(tmp_path: Path) -> None:
    text = edit(VALID, "  - id: small-debt\n", "  - id: court-stage\n")
    expect(
        tmp_path, text, "v-duplicate-id", "court-stage.id", line_of(text, "- id: court-stage", 2)
    )


def test_duplicate_option_value(tmp_path: Path) -> None:
    text = edit(VALID, "      - value: contacts\n", "      - value: calls\n")
    p = expect(
        tmp_path, text, "v-duplicate-value", "collectors.calls", line_of(text, "- value: calls", 2)
    )
    assert p.params["value"] == "calls"


# --------------------------------------------------------------------------- next steps


def test_next_names_missing_question(tmp_path: Path) -> None:
    text = edit(VALID, "    next: stage\n", "    next: stages\n")
    p = expect(
        tmp_path, text, "v-unknown-question", "collectors.next", line_of(text, "next: stages")
    )
    assert p.params["value"] == "stages"


def test_yesno_branch_names_missing_question(tmp_path: Path) -> None:
    text = edit(VALID, "next: {yes: collectors, no: stage}", "next: {yes: collectors, no: nowhere}")
    expect(tmp_path, text, "v-unknown-question", "threatened.next.no", line_of(text, "no: nowhere"))


def test_option_next_names_missing_question(tmp_path: Path) -> None:
    text = edit(VALID, "        next: end\n", "        next: ending\n")
    expect(tmp_path, text, "v-unknown-question", "stage.court.next", line_of(text, "next: ending"))


def test_option_without_next_and_no_question_default(tmp_path: Path) -> None:
    text = edit(VALID, "    next: amount\n", "")
    expect(tmp_path, text, "v-no-next", "stage.early.next", line_of(text, "- value: early"))
    # the option with its own next is fine
    assert not [p for p in problems_of(tmp_path, text) if p.where == "stage.court.next"]


def test_yesno_with_only_one_branch_has_no_next(tmp_path: Path) -> None:
    text = edit(VALID, "next: {yes: collectors, no: stage}", "next: {yes: collectors}")
    expect(tmp_path, text, "v-no-next", "threatened.next", line_of(text, "- id: threatened"))


def test_next_mapping_on_non_yesno(tmp_path: Path) -> None:
    text = edit(VALID, "    next: stage\n", "    next: {yes: stage, no: stage}\n")
    expect(tmp_path, text, "v-next-mapping", "collectors.next", line_of(text, "next: {yes: stage"))


def test_start_names_missing_question(tmp_path: Path) -> None:
    text = edit(VALID, "start: threatened\n", "start: threat\n")
    p = expect(tmp_path, text, "v-unknown-question", "start", line_of(text, "start: threat"))
    assert p.params["value"] == "threat"


def test_multi_option_with_its_own_next(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "        label: {zh: 联系亲友, en: Contacted family or friends}\n",
        "        label: {zh: 联系亲友, en: Contacted family or friends}\n        next: end\n",
    )
    line = line_of(text, "- value: contacts") + 2
    assert text.splitlines()[line - 1].strip() == "next: end"
    expect(tmp_path, text, "v-option-next-multi", "collectors.contacts.next", line)


# --------------------------------------------------------------------------- conditions


def test_condition_names_missing_question(tmp_path: Path) -> None:
    text = edit(
        VALID, "{question: amount, less_than: 1000}", "{question: amounts, less_than: 1000}"
    )
    p = expect(
        tmp_path,
        text,
        "v-unknown-question",
        "small-debt.when.question",
        line_of(text, "question: amounts"),
    )
    assert p.params["value"] == "amounts"


def test_condition_names_missing_option_value(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "{question: collectors, includes: contacts}",
        "{question: collectors, includes: contact}",
    )
    p = expect(
        tmp_path,
        text,
        "v-unknown-value",
        "threats-police.when.all[1].any[0].includes",
        line_of(text, "includes: contact}"),
    )
    assert p.params["value"] == "contact"
    assert p.params["question"] == "collectors"
    assert p.params["valid"] == "calls, contacts, none"


def test_condition_yesno_value_not_yes_or_no(tmp_path: Path) -> None:
    text = edit(
        VALID, "{question: threatened, equals: yes}", "{question: threatened, equals: maybe}"
    )
    expect(
        tmp_path,
        text,
        "v-unknown-value",
        "threats-police.when.all[0].equals",
        line_of(text, "equals: maybe"),
    )


def test_includes_on_single_question(tmp_path: Path) -> None:
    text = edit(VALID, "{question: stage, equals: court}", "{question: stage, includes: court}")
    p = expect(
        tmp_path,
        text,
        "v-operator-kind",
        "court-stage.when.all[0].includes",
        line_of(text, "includes: court"),
    )
    assert (p.params["op"], p.params["kind"]) == ("includes", "single")


def test_less_than_on_yesno_question(tmp_path: Path) -> None:
    text = edit(
        VALID, "{question: threatened, equals: yes}", "{question: threatened, less_than: 3}"
    )
    p = expect(
        tmp_path,
        text,
        "v-operator-kind",
        "threats-police.when.all[0].less_than",
        line_of(text, "question: threatened, less_than"),
    )
    assert (p.params["op"], p.params["kind"]) == ("less_than", "yesno")


def test_equals_on_number_question(tmp_path: Path) -> None:
    text = edit(VALID, "{question: amount, less_than: 1000}", "{question: amount, equals: 1000}")
    p = expect(
        tmp_path, text, "v-operator-kind", "small-debt.when.equals", line_of(text, "equals: 1000")
    )
    assert (p.params["op"], p.params["kind"]) == ("equals", "number")


def test_number_operator_needs_a_number(tmp_path: Path) -> None:
    text = edit(VALID, "{question: amount, less_than: 1000}", "{question: amount, less_than: lots}")
    expect(
        tmp_path,
        text,
        "v-not-number",
        "small-debt.when.less_than",
        line_of(text, "less_than: lots"),
    )


def test_condition_with_two_operators(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "{question: amount, less_than: 1000}",
        "{question: amount, less_than: 1000, greater_than: 1}",
    )
    expect(tmp_path, text, "v-condition", "small-debt.when", line_of(text, "greater_than: 1}"))


def test_condition_empty_all(tmp_path: Path) -> None:
    text = edit(VALID, "when: {question: amount, less_than: 1000}", "when: {all: []}")
    expect(
        tmp_path, text, "v-condition-list", "small-debt.when.all", line_of(text, "when: {all: []}")
    )


# --------------------------------------------------------------------------- graph


def test_unreachable_question(tmp_path: Path) -> None:
    text = edit(VALID, "next: {yes: collectors, no: stage}", "next: {yes: stage, no: stage}")
    problems = problems_of(tmp_path, text)
    p = find(problems, "v-unreachable", "collectors.id")
    assert p.line == line_of(text, "- id: collectors")
    assert [q.key for q in problems] == ["v-unreachable"]


def test_cycle(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "    unit: {zh: 元, en: yuan}\n    next: end\n",
        "    unit: {zh: 元, en: yuan}\n    next: stage\n",
    )
    problems = problems_of(tmp_path, text)
    p = find(problems, "v-cycle", "stage.next")
    assert p.line == line_of(text, "- id: stage")
    assert p.params["cycle"] == "stage → amount → stage"
    assert len(problems) == 1


def test_self_loop(tmp_path: Path) -> None:
    text = edit(VALID, "    next: stage\n", "    next: collectors\n")
    p = find(problems_of(tmp_path, text), "v-cycle", "collectors.next")
    assert p.params["cycle"] == "collectors → collectors"


def test_path_ending_with_no_advice(tmp_path: Path) -> None:
    # The always-applying rule now only applies when threatened; the path
    # threatened=no -> stage=early -> amount ends with nothing certain.
    text = edit(
        VALID,
        "  - id: always-calm\n",
        "  - id: always-calm\n    when: {question: threatened, equals: yes}\n",
    )
    load_guidance(write(tmp_path, text))  # loading alone does not walk the routes
    with pytest.raises(GuidanceError) as info:
        validate_guidance(write(tmp_path, text))
    problems = tuple(info.value.problems)
    assert [p.key for p in problems] == ["v-path-no-advice"]
    p = find(problems, "v-path-no-advice", "amount.next")
    assert p.params["path"] == "threatened=no → stage=early → amount=*"


# --------------------------------------------------------------------------- texts


def test_missing_zh(tmp_path: Path) -> None:
    text = edit(VALID, "body: {zh: 深呼吸，慢慢来。, en: Breathe", "body: {en: Breathe")
    p = expect(
        tmp_path, text, "v-empty-lang", "stay-calm.body.zh", line_of(text, "body: {en: Breathe")
    )
    assert p.params["lang"] == "zh"


def test_empty_en(tmp_path: Path) -> None:
    text = edit(VALID, "title: {zh: 保留证据, en: Keep evidence}", 'title: {zh: 保留证据, en: ""}')
    p = expect(tmp_path, text, "v-empty-lang", "keep-evidence.title.en", line_of(text, 'en: ""'))
    assert p.params["lang"] == "en"


def test_blank_en_in_block_text(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "  disclaimer: {zh: 这不是法律意见, en: This is not legal advice}",
        '  disclaimer:\n    zh: 这不是法律意见\n    en: "   "',
    )
    expect(tmp_path, text, "v-empty-lang", "meta.disclaimer.en", line_of(text, 'en: "   "'))


def test_missing_required_text(tmp_path: Path) -> None:
    text = edit(VALID, "    title: {zh: 协商还款, en: Negotiate a repayment plan}\n", "")
    expect(tmp_path, text, "v-missing", "negotiate.title", line_of(text, "- id: negotiate"))


def test_text_that_is_not_bilingual(tmp_path: Path) -> None:
    text = edit(VALID, "title: {zh: 协商还款, en: Negotiate a repayment plan}", "title: Negotiate")
    expect(tmp_path, text, "v-not-text", "negotiate.title", line_of(text, "title: Negotiate"))


# --------------------------------------------------------------------- sources, topics, references


def test_tip_without_source(tmp_path: Path) -> None:
    text = edit(VALID, '    source: ["4-4"]\n', "")
    expect(
        tmp_path, text, "v-missing", "keep-evidence.source", line_of(text, "- id: keep-evidence")
    )


def test_tip_with_empty_source_list(tmp_path: Path) -> None:
    text = edit(VALID, '    source: ["4-4"]\n', "    source: []\n")
    expect(tmp_path, text, "v-empty-list", "keep-evidence.source", line_of(text, "source: []"))


def test_tip_citing_undeclared_source(tmp_path: Path) -> None:
    text = edit(VALID, '    source: ["4-4"]\n', '    source: ["4-5"]\n')
    p = expect(
        tmp_path, text, "v-unknown-source", "keep-evidence.source", line_of(text, 'source: ["4-5"]')
    )
    assert p.params["value"] == "4-5"


def test_term_citing_undeclared_source(tmp_path: Path) -> None:
    text = edit(VALID, '    source: "4-4"\n', '    source: "seed §3.1"\n')
    expect(
        tmp_path,
        text,
        "v-unknown-source",
        "payment-order.source",
        line_of(text, 'source: "seed §3.1"'),
    )


def test_unknown_topic(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "  - id: stay-calm\n    topic: communicate\n",
        "  - id: stay-calm\n    topic: talking\n",
    )
    p = expect(
        tmp_path, text, "v-unknown-topic", "stay-calm.topic", line_of(text, "topic: talking")
    )
    assert p.params["value"] == "talking"


def test_unknown_urgency(tmp_path: Path) -> None:
    text = edit(VALID, "    urgency: today\n", "    urgency: tonight\n")
    p = expect(
        tmp_path, text, "v-urgency", "keep-evidence.urgency", line_of(text, "urgency: tonight")
    )
    assert p.params["value"] == "tonight"


def test_skip_review_only_on_an_answer_that_ends(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "        label: {zh: 刚开始催收, en: Collection has just started}\n",
        "        label: {zh: 刚开始催收, en: Collection has just started}\n"
        "        skip_review: true\n",
    )
    expect(
        tmp_path,
        text,
        "v-skip-review-end",
        "stage.early.skip_review",
        line_of(text, "skip_review: true"),
    )


def test_unknown_tip_in_rule(tmp_path: Path) -> None:
    text = edit(VALID, "    tips: [negotiate]\n", "    tips: [negotiat]\n")
    p = expect(
        tmp_path, text, "v-unknown-tip", "small-debt.tips", line_of(text, "tips: [negotiat]")
    )
    assert p.params["value"] == "negotiat"


def test_fact_source_with_confidence_u(tmp_path: Path) -> None:
    text = edit(VALID, "    confidence: V-P\n", "    confidence: U\n")
    p = expect(tmp_path, text, "v-confidence", "4-4.confidence", line_of(text, "confidence: U"))
    assert p.params["value"] == "U"


def test_fact_source_without_confidence(tmp_path: Path) -> None:
    text = edit(VALID, "    confidence: V-P\n", "")
    p = expect(tmp_path, text, "v-confidence", "4-4.confidence", line_of(text, '- id: "4-4"'))
    assert p.params["value"] is None


def test_seed_source_with_confidence(tmp_path: Path) -> None:
    text = edit(VALID, '  - id: "seed §2.1"\n', '  - id: "seed §2.1"\n    confidence: V-P\n')
    expect(
        tmp_path,
        text,
        "v-seed-confidence",
        "seed §2.1.confidence",
        line_of(text, "confidence: V-P", 1),
    )


@pytest.mark.parametrize("bad", ["seed §9", "article 2", "4_4", "44", "4-"])
def test_bad_source_id(tmp_path: Path, bad: str) -> None:
    text = edit(VALID, '  - id: "4-4"\n', f'  - id: "{bad}"\n')
    p = expect(tmp_path, text, "v-source-id", f"{bad}.id", line_of(text, f'- id: "{bad}"'))
    assert p.params["value"] == bad


@pytest.mark.parametrize("good", ["1a-1", "3-13", "2-note"])
def test_other_fact_ids_are_accepted(tmp_path: Path, good: str) -> None:
    text = VALID.replace('"4-4"', f'"{good}"')
    g = load_guidance(write(tmp_path, text))
    assert good in g.sources


# --------------------------------------------------------------------------- ids, keys, shapes


@pytest.mark.parametrize("bad", ["Stay-calm", "9lives", "stay calm", "-calm", "stay.calm"])
def test_bad_tip_id_syntax(tmp_path: Path, bad: str) -> None:
    text = edit(VALID, "  - id: stay-calm\n", f'  - id: "{bad}"\n')
    p = expect(tmp_path, text, "v-bad-id", f"{bad}.id", line_of(text, f'- id: "{bad}"'))
    assert p.params["value"] == bad


def test_bad_option_value_syntax(tmp_path: Path) -> None:
    text = edit(VALID, "      - value: early\n", "      - value: Early\n")
    expect(tmp_path, text, "v-bad-id", "stage.options[1].value", line_of(text, "- value: Early"))


def test_question_id_end_is_reserved(tmp_path: Path) -> None:
    text = edit(VALID, "  - id: amount\n", "  - id: end\n")
    expect(tmp_path, text, "v-reserved-id", "end.id", line_of(text, "  - id: end"))


def test_unknown_key_in_tip(tmp_path: Path) -> None:
    text = edit(VALID, "  - id: negotiate\n", "  - id: negotiate\n    colour: red\n")
    p = expect(tmp_path, text, "v-unknown-key", "negotiate.colour", line_of(text, "colour: red"))
    assert "source" in p.params["allowed"]


def test_unknown_top_level_key(tmp_path: Path) -> None:
    text = edit(VALID, "start: threatened\n", "start: threatened\nbegin: threatened\n")
    expect(tmp_path, text, "v-unknown-key", "(file).begin", line_of(text, "begin: threatened"))


def test_unknown_language_in_text(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "title: {zh: 保留证据, en: Keep evidence}",
        "title: {zh: 保留证据, en: Keep evidence, ja: 証拠}",
    )
    expect(tmp_path, text, "v-unknown-key", "keep-evidence.title.ja", line_of(text, "ja: 証拠"))


@pytest.mark.parametrize("value", ["1", '"2"', "2.5"])
def test_wrong_format_version(tmp_path: Path, value: str) -> None:
    text = edit(VALID, "format: 2\n", f"format: {value}\n")
    p = expect(tmp_path, text, "v-format", "format", 1)
    assert p.params["expected"] == 2


def test_missing_format(tmp_path: Path) -> None:
    text = edit(VALID, "format: 2\n", "")
    find(problems_of(tmp_path, text), "v-format", "format")


def test_bad_reviewed_date(tmp_path: Path) -> None:
    text = edit(VALID, "  reviewed: 2024-05-01\n", "  reviewed: last spring\n")
    expect(tmp_path, text, "v-not-date", "meta.reviewed", line_of(text, "reviewed: last spring"))


def test_bad_kind(tmp_path: Path) -> None:
    text = edit(VALID, "    kind: number\n", "    kind: integer\n")
    p = expect(tmp_path, text, "v-kind", "amount.kind", line_of(text, "kind: integer"))
    assert p.params["value"] == "integer"
    assert p.params["kinds"] == "single, multi, yesno, number"


def test_options_on_yesno(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "    next: {yes: collectors, no: stage}\n",
        "    next: {yes: collectors, no: stage}\n    options:\n      - value: maybe\n"
        "        label: {zh: 也许, en: Maybe}\n",
    )
    p = expect(
        tmp_path,
        text,
        "v-options-not-allowed",
        "threatened.options",
        line_of(text, "    options:", 1),
    )
    assert p.params["kind"] == "yesno"


def test_single_without_options(tmp_path: Path) -> None:
    text = edit(VALID, "    kind: yesno\n", "    kind: single\n")
    expect(
        tmp_path, text, "v-options-missing", "threatened.options", line_of(text, "- id: threatened")
    )


def test_exclusive_on_single_option(tmp_path: Path) -> None:
    text = edit(VALID, "      - value: early\n", "      - value: early\n        exclusive: true\n")
    expect(
        tmp_path,
        text,
        "v-exclusive-single",
        "stage.early.exclusive",
        line_of(text, "- value: early") + 1,
    )


@pytest.mark.parametrize(("low", "high"), [("0", "0"), ("500", "100")])
def test_min_not_below_max(tmp_path: Path, low: str, high: str) -> None:
    text = edit(VALID, "    min: 0\n    max: 10000000\n", f"    min: {low}\n    max: {high}\n")
    expect(tmp_path, text, "v-min-max", "amount.max", line_of(text, f"    max: {high}"))


def test_min_on_non_number_question(tmp_path: Path) -> None:
    text = edit(VALID, "    kind: yesno\n", "    kind: yesno\n    min: 1\n")
    expect(tmp_path, text, "v-number-only", "threatened.min", line_of(text, "    min: 1"))


# --------------------------------------------------------------------------- all problems at once


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    text = VALID
    text = edit(text, "    confidence: V-P\n", "    confidence: U\n")
    text = edit(text, "  - id: keep-evidence\n", "  - id: stay-calm\n")
    text = edit(
        text, "  - id: negotiate\n    topic: communicate\n", "  - id: negotiate\n    topic: money\n"
    )
    text = edit(text, "    kind: number\n", "    kind: integer\n")
    text = edit(text, "    urgency: today\n", "    urgency: tonight\n")
    text = edit(text, "format: 2\n", "format: 2\nauthor: someone\n")
    text = edit(text, "body: {zh: 拨打110报警。, en: Dial 110.}", "body: {zh: 拨打110报警。}")
    problems = problems_of(tmp_path, text)
    expected = {
        ("v-confidence", "4-4.confidence", line_of(text, "confidence: U")),
        ("v-duplicate-id", "stay-calm.id", line_of(text, "- id: stay-calm", 2)),
        ("v-unknown-topic", "negotiate.topic", line_of(text, "topic: money")),
        ("v-kind", "amount.kind", line_of(text, "kind: integer")),
        ("v-urgency", "stay-calm.urgency", line_of(text, "urgency: tonight")),
        ("v-unknown-key", "(file).author", line_of(text, "author: someone")),
        ("v-empty-lang", "call-110.body.en", line_of(text, "body: {zh: 拨打110报警。}")),
    }
    got = {(p.key, p.where, p.line) for p in problems}
    assert expected <= got, f"missing: {expected - got}"
    assert len(problems) >= len(expected)


def test_problems_are_in_file_order_within_a_section(tmp_path: Path) -> None:
    text = edit(
        VALID, "  - id: stay-calm\n    topic: communicate\n", "  - id: stay-calm\n    topic: one\n"
    )
    text = edit(
        text, "  - id: negotiate\n    topic: communicate\n", "  - id: negotiate\n    topic: two\n"
    )
    problems = [p for p in problems_of(tmp_path, text) if p.key == "v-unknown-topic"]
    assert [p.where for p in problems] == ["stay-calm.topic", "negotiate.topic"]
    assert problems[0].line < problems[1].line


def test_top_level_not_a_mapping(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, "- 1\n- 2\n")
    assert [(p.key, p.where, p.line) for p in problems] == [("v-not-mapping", "(file)", 1)]


# ------------------------------------------------------------------ graph checks stay linear


def _yesno_chain(count: int, *, rule_on_each: bool = False) -> str:
    """A guidance file of ``count`` yes/no questions in a row: 2**count routes."""
    lines = [
        "format: 2",
        "meta: {reviewed: 2024-05-01, disclaimer: {zh: 不是法律意见, en: Not legal advice}}",
        "sources: [{id: '4-4', confidence: V-P, cite: {zh: 民诉法, en: CPL}}]",
        "topics: [{id: t, title: {zh: 主题, en: Topic}}]",
        "tips: [{id: a, topic: t, urgency: soon, title: {zh: 甲, en: A},"
        " body: {zh: 甲, en: A}, source: ['4-4']}]",
        "start: q0",
        "questions:",
    ]
    for n in range(count):
        target = f"q{n + 1}" if n + 1 < count else "end"
        lines.append(
            f"  - {{id: q{n}, kind: yesno, text: {{zh: 问, en: Q}},"
            f" why: {{zh: 因为, en: Because}}, next: {target}}}"
        )
    lines.append("advice:")
    if rule_on_each:
        # Every route is covered, but only by looking at every answer.
        for n in range(count):
            lines.append(f"  - {{id: r{n}, when: {{question: q{n}, equals: 'yes'}}, tips: [a]}}")
        lines.append(
            "  - {id: rest, when: {all: ["
            + ", ".join(f"{{question: q{n}, equals: 'no'}}" for n in range(count))
            + "]}, tips: [a]}"
        )
    else:
        lines.append("  - {id: r, when: {question: q0, equals: 'yes'}, tips: [a]}")
        lines.append("  - {id: s, when: {question: q0, equals: 'no'}, tips: [a]}")
    return "\n".join(lines) + "\n"


def test_routes_are_checked_without_listing_them(tmp_path: Path) -> None:
    # 40 yes/no questions: about 10**12 routes, far too many to list one by one.
    g = validate_guidance(write(tmp_path, _yesno_chain(40)))
    assert summary(g).paths == 2**40


def test_a_long_chain_needs_no_recursion(tmp_path: Path) -> None:
    g = validate_guidance(write(tmp_path, _yesno_chain(3000)))
    assert len(g.questions) == 3000


def test_every_answer_mattering_is_still_checked(tmp_path: Path) -> None:
    validate_guidance(write(tmp_path, _yesno_chain(12, rule_on_each=True)))
    broken = _yesno_chain(12, rule_on_each=True).replace(
        "  - {id: rest,", "  - {id: rest, later: true,"
    )
    validate_guidance(write(tmp_path, broken))  # a later rule still gives advice
    broken = _yesno_chain(12, rule_on_each=True).replace("equals: 'no'}]}", "equals: 'yes'}]}")
    with pytest.raises(GuidanceError) as info:
        validate_guidance(write(tmp_path, broken))
    assert [p.key for p in info.value.problems] == ["v-path-no-advice"]
    assert info.value.problems[0].params["path"].count("=no") == 12


# ------------------------------------------------------------------ once broken
# Crashes and silent acceptances found by review.


def test_duplicate_key_is_yaml_duplicate_key(tmp_path: Path) -> None:
    # yamlio._Builder._fail(self, node, key, **params) is called with key=key -> TypeError
    with pytest.raises(GuidanceError) as info:
        load_guidance(write(tmp_path, "format: 1\nformat: 1\n"))
    assert info.value.key == "yaml-duplicate-key"
    assert (info.value.params["line"], info.value.params["key"]) == (2, "format")


def test_cli_reports_an_invalid_guidance_file(capsys: pytest.CaptureFixture[str]) -> None:
    # cli.report formats t(error.key, **error.params) before the guidance-invalid
    # branch; that message needs {count}, which only the branch supplies -> KeyError
    from debthelp.cli.catch import report

    error = GuidanceError(
        "guidance-invalid",
        problems=(Problem("format", "v-format", 1, {"expected": 1}),),
        path="g.yaml",
    )
    report(error, "en")
    assert "format should be 1" in capsys.readouterr().err


@pytest.mark.parametrize(
    "value", ["2024-13-01", "2024-02-30", "!!int abc", "!!float abc", "!!timestamp nope"]
)
def test_bad_typed_scalar_is_a_guidance_error(tmp_path: Path, value: str) -> None:
    # yamlio: construct_object raises ValueError/AttributeError, only yaml.YAMLError is caught
    text = edit(VALID, "  reviewed: 2024-05-01\n", f"  reviewed: {value}\n")
    with pytest.raises(GuidanceError):
        load_guidance(write(tmp_path, text))


def test_python_tag_on_a_list_is_refused(tmp_path: Path) -> None:
    # yamlio._Builder ignores the tag of sequence/mapping nodes: accepted as ["4-4"]
    text = edit(
        VALID, '    source: ["4-4"]\n', '    source: !!python/object/apply:os.system ["4-4"]\n'
    )
    with pytest.raises(GuidanceError):
        load_guidance(write(tmp_path, text))


def test_id_with_trailing_newline_is_a_bad_id(tmp_path: Path) -> None:
    # ID_RE = ^[a-z][a-z0-9_-]*$ with .match: `$` also matches before a final "\n"
    text = VALID.replace("id: communicate\n", 'id: "communicate\\n"\n').replace(
        "topic: communicate\n", 'topic: "communicate\\n"\n'
    )
    with pytest.raises(GuidanceError) as info:
        load_guidance(write(tmp_path, text))
    assert any(p.key == "v-bad-id" for p in info.value.problems)


# The route check against brute force, on many small random trees: a wrong
# validator would let a route with no advice through, or refuse a good file.


@st.composite
def small_trees(draw: st.DrawFn) -> Guidance:
    size = draw(st.integers(1, 6))
    kinds = [draw(st.sampled_from(["single", "yesno", "multi"])) for _ in range(size)]
    questions = {}
    from debthelp.guidance.model import Option, Question, Text

    label = Text("甲", "A")
    for n, kind in enumerate(kinds):
        ahead = [f"q{m}" for m in range(n + 1, size)] + ["end"]
        if kind == "single":
            options = tuple(Option(v, label, draw(st.sampled_from(ahead))) for v in ("a", "b", "c"))
            questions[f"q{n}"] = Question(f"q{n}", "single", label, None, options, None)
        elif kind == "yesno":
            questions[f"q{n}"] = Question(
                f"q{n}",
                "yesno",
                label,
                None,
                (),
                None,
                yes_next=draw(st.sampled_from(ahead)),
                no_next=draw(st.sampled_from(ahead)),
            )
        else:
            options = tuple(Option(v, label) for v in ("a", "b"))
            questions[f"q{n}"] = Question(
                f"q{n}", "multi", label, None, options, draw(st.sampled_from(ahead))
            )

    def leaf() -> Any:
        n = draw(st.integers(0, size - 1))
        kind = kinds[n]
        if kind == "multi":
            return Leaf(f"q{n}", "includes", draw(st.sampled_from(["a", "b"])))
        values = ["a", "b", "c"] if kind == "single" else ["yes", "no"]
        return Leaf(f"q{n}", "equals", draw(st.sampled_from(values)))

    def condition(depth: int) -> Any:
        shape = draw(st.sampled_from(["leaf", "not", "all", "any"] if depth < 2 else ["leaf"]))
        if shape == "leaf":
            return leaf()
        if shape == "not":
            return Not(condition(depth + 1))
        parts = tuple(condition(depth + 1) for _ in range(draw(st.integers(1, 3))))
        return All(parts) if shape == "all" else AnyOf(parts)

    rules = tuple(Rule(f"r{k}", ("t",), condition(0)) for k in range(draw(st.integers(1, 4))))
    return Guidance(
        path="<random>",
        format=2,
        reviewed=None,
        disclaimer=label,
        sources={},  # type: ignore[arg-type]
        topics=(),
        tips=(),
        start="q0",
        questions=questions,
        advice=rules,
    )


@settings(max_examples=300, deadline=None)
@given(small_trees())
def test_the_route_check_agrees_with_listing_every_route(guidance: Guidance) -> None:
    def covered(route: Any) -> bool:
        known = {
            step.question: step.answer if step.answer is not None else UNKNOWN for step in route
        }
        return any(evaluate(rule.when, known) is True for rule in guidance.advice)  # type: ignore[arg-type]

    uncovered = [route for route in routes(guidance) if not covered(route)]
    bad, gave_up = routes_without_advice(guidance)
    assert not gave_up
    assert bool(bad) == bool(uncovered), (uncovered[:2], bad[:2])
    for route in bad:  # every route reported really has no advice
        assert not covered(route), route
    assert bool(check_routes(guidance)) == bool(uncovered)
