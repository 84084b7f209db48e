"""From answers to a plan (pure core).

``coerce`` turns what a person or a file gave into a clean answer, ``walk``
follows the questions those answers lead through, and ``advise`` chooses and
orders the advice. None of them prints, prompts or knows about a terminal.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from debthelp.errors import InputError
from debthelp.guidance import END, Condition, Guidance, Question, Section, Tip

Answer = str | list[str] | float
Answers = dict[str, Answer]

_YES = {"yes", "y", "true", "1", "是", "对", "有"}
_NO = {"no", "n", "false", "0", "否", "不是", "没有"}
MAX_NUMBER = 1e12


@dataclass(frozen=True)
class PlanSection:
    id: str
    section: Section
    steps: tuple[Tip, ...]


@dataclass(frozen=True)
class Plan:
    """The advice for one set of answers, most urgent section first."""

    answers: Mapping[str, Answer]
    sections: tuple[PlanSection, ...]

    def step_ids(self) -> dict[str, list[str]]:
        return {s.id: [tip.id for tip in s.steps] for s in self.sections}


def coerce(question: Question, raw: Any) -> Answer:
    """A clean answer for ``question`` from a file value or a ``--answer`` string."""
    valid = ", ".join(question.values())
    if question.kind == "yesno":
        text = str(raw).strip().lower() if not isinstance(raw, bool) else ("yes" if raw else "no")
        if text in _YES:
            return "yes"
        if text in _NO:
            return "no"
        raise InputError("answer-bad-value", question=question.id, value=raw, valid=valid)
    if question.kind == "single":
        if isinstance(raw, str) and question.option(raw.strip()):
            return raw.strip()
        raise InputError("answer-bad-value", question=question.id, value=raw, valid=valid)
    if question.kind == "multi":
        if isinstance(raw, str):
            items = [part.strip() for part in raw.split(",") if part.strip()]
        elif isinstance(raw, list):
            items = raw
        else:
            raise InputError("answer-bad-value", question=question.id, value=raw, valid=valid)
        chosen: set[str] = set()
        for item in items:
            if not isinstance(item, str) or question.option(item) is None:
                raise InputError("answer-bad-value", question=question.id, value=item, valid=valid)
            chosen.add(item)
        if not chosen:
            raise InputError("answer-empty-multi", question=question.id, valid=valid)
        exclusive = [v for v in chosen if question.option(v).exclusive]  # type: ignore[union-attr]
        if exclusive and len(chosen) > 1:
            raise InputError("answer-exclusive", question=question.id, value=exclusive[0])
        # Option order, not typing order: the same answers always give the same output.
        return [v for v in question.values() if v in chosen]
    # number
    if isinstance(raw, bool):
        raise InputError("answer-not-number", question=question.id, value=raw)
    try:
        number = float(str(raw).strip().replace(",", "").replace("，", ""))
    except ValueError:
        raise InputError("answer-not-number", question=question.id, value=raw) from None
    if not math.isfinite(number) or abs(number) > MAX_NUMBER:
        raise InputError("answer-not-number", question=question.id, value=raw)
    low = question.minimum
    high = question.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        raise InputError(
            "answer-out-of-range",
            question=question.id,
            value=raw,
            low=_fmt(low),
            high=_fmt(high),
        )
    return int(number) if number.is_integer() else number


def _fmt(value: float | None) -> str:
    if value is None:
        return "…"
    return str(int(value)) if value.is_integer() else str(value)


def coerce_all(guidance: Guidance, raw: Mapping[str, Any]) -> Answers:
    """Clean every answer; an unknown question id is an error that lists the valid ones."""
    out: Answers = {}
    for qid, value in raw.items():
        question = guidance.questions.get(str(qid))
        if question is None:
            raise InputError(
                "answer-unknown-question", question=qid, valid=", ".join(guidance.questions)
            )
        out[question.id] = coerce(question, value)
    return out


@dataclass(frozen=True)
class Walk:
    """The questions a set of answers leads through, and the first one unanswered."""

    asked: tuple[str, ...]
    missing: str | None


def next_step(guidance: Guidance, qid: str, answer: Answer) -> str:
    target = guidance.questions[qid].next_after(answer)
    return target if target else END


def walk(guidance: Guidance, answers: Mapping[str, Answer]) -> Walk:
    asked: list[str] = []
    current = guidance.start
    while current and current != END:
        if current not in answers:
            return Walk(tuple(asked), current)
        asked.append(current)
        current = next_step(guidance, current, answers[current])
    return Walk(tuple(asked), None)


def holds(condition: Condition, answers: Mapping[str, Answer]) -> bool:
    head = condition[0]
    if head == "all":
        return all(holds(c, answers) for c in condition[1])
    if head == "any":
        return any(holds(c, answers) for c in condition[1])
    if head == "not":
        return not holds(condition[1], answers)
    _leaf, qid, op, value = condition
    if qid not in answers:
        return False  # a question the path skipped satisfies no leaf
    answer = answers[qid]
    if op == "equals":
        return bool(answer == value)
    if op == "includes":
        return isinstance(answer, list) and value in answer
    if isinstance(answer, list | str):
        return False
    limit = float(value)
    return answer < limit if op == "less_than" else answer > limit


def advise(guidance: Guidance, answers: Mapping[str, Answer]) -> Plan:
    """Choose and order the advice for ``answers`` (already coerced).

    Only answers on the path the person actually took count: an answer to a
    question their path skipped (say, after changing an earlier answer) must not
    change their plan.
    """
    route = walk(guidance, answers)
    if route.missing is not None:
        raise InputError("answer-missing", question=route.missing)
    used = {qid: answers[qid] for qid in route.asked}
    chosen: dict[str, list[Tip]] = {s.id: [] for s in guidance.sections}
    placed: set[str] = set()
    for rule in guidance.advice:
        if rule.when is not None and not holds(rule.when, used):
            continue
        for tip_id in rule.tips:
            if tip_id not in placed:
                placed.add(tip_id)
                chosen[rule.section].append(guidance.tip(tip_id))
    sections = []
    for section in guidance.sections:
        steps = chosen[section.id]
        if steps:
            # Urgent first, otherwise the author's order (sorted() is stable).
            ordered = tuple(sorted(steps, key=lambda tip: not tip.urgent))
            sections.append(PlanSection(section.id, section, ordered))
    return Plan(answers=used, sections=tuple(sections))
