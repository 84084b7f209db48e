"""Reading one question, and the conditions rules and deadlines are written in."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from debthelp.guidance.fields import Fields
from debthelp.guidance.kinds import KINDS, KindRules, kind_of, kinds_for
from debthelp.guidance.model import END, All, AnyOf, Condition, Leaf, Not, Option, Question
from debthelp.yamlio import LineDict

YESNO = ("yes", "no")
OPERATORS = ("equals", "includes", "less_than", "greater_than")


def read_question(
    r: Fields,
    node: LineDict,
    where: str,
    seen: dict[str, int],
    targets: list[tuple[str, str, int]],
) -> Question | None:
    r.keys(
        node,
        where,
        (
            "id",
            "kind",
            "text",
            "help",
            "why",
            "options",
            "next",
            "min",
            "max",
            "unit",
            "optional",
            "source",
        ),
    )
    qid = r.ident(node, "id", where)
    if qid is not None and not r.unique(where, seen, qid, node.line):
        qid = None
    if qid == END:
        r.problem(f"{where}.id", "v-reserved-id", node.line, value=END)
    kind = node.get("kind")
    if kind not in KINDS:
        r.problem(
            f"{where}.kind", "v-kind", node.line_of("kind"), value=kind, kinds=", ".join(KINDS)
        )
        kind = None
    rules = KINDS[kind] if kind is not None else KindRules()  # no kind: nothing allowed
    text = r.text(node, "text", where)
    help_text = r.text(node, "help", where, required=False)
    why = r.text(node, "why", where)
    sources = r.id_list(node, "source", where) if "source" in node else ()

    def target(value: Any, field_where: str, line: int) -> str | None:
        if not isinstance(value, str) or not value:
            r.problem(field_where, "v-bad-next", line, value=value)
            return None
        targets.append((field_where, value, line))
        return value

    nxt: str | None = None
    yes_next = no_next = None
    raw_next = node.get("next")
    next_line = node.line_of("next")
    if isinstance(raw_next, LineDict):
        if not rules.next_by_answer:
            r.problem(f"{where}.next", "v-next-mapping", next_line)
        else:
            r.keys(raw_next, f"{where}.next", YESNO)
            if "yes" in raw_next:
                yes_next = target(raw_next["yes"], f"{where}.next.yes", raw_next.line_of("yes"))
            if "no" in raw_next:
                no_next = target(raw_next["no"], f"{where}.next.no", raw_next.line_of("no"))
    elif raw_next is not None:
        nxt = target(raw_next, f"{where}.next", next_line)

    options: list[Option] = []
    raw_options = node.get("options")
    if rules.has_options:
        if not isinstance(raw_options, list) or not raw_options:
            r.problem(f"{where}.options", "v-options-missing", node.line)
        else:
            options = _options(
                r, node, raw_options, where=where, rules=rules, nxt=nxt, target=target
            )
    elif raw_options is not None:
        r.problem(f"{where}.options", "v-options-not-allowed", node.line_of("options"), kind=kind)

    if rules.needs_next and nxt is None:
        r.problem(f"{where}.next", "v-no-next", node.line)
    if rules.next_by_answer and nxt is None and (yes_next is None or no_next is None):
        r.problem(f"{where}.next", "v-no-next", node.line)

    minimum = maximum = None
    unit = None
    optional = False
    if rules.numeric:
        optional = r.flag(node, "optional", where)
        for bound in ("min", "max"):
            if bound in node:
                value = node[bound]
                if isinstance(value, bool) or not isinstance(value, int | float):
                    r.problem(f"{where}.{bound}", "v-not-number", node.line_of(bound))
                elif bound == "min":
                    minimum = float(value)
                else:
                    maximum = float(value)
        if minimum is not None and maximum is not None and minimum >= maximum:
            r.problem(f"{where}.max", "v-min-max", node.line_of("max"))
        unit = r.text(node, "unit", where, required=False)
    else:
        for bound in ("min", "max", "unit", "optional"):
            if bound in node:
                r.problem(f"{where}.{bound}", "v-number-only", node.line_of(bound))

    if qid is None or kind is None or text is None:
        return None
    return Question(
        id=qid,
        kind=kind,
        text=text,
        help=help_text,
        options=tuple(options),
        next=nxt,
        yes_next=yes_next,
        no_next=no_next,
        minimum=minimum,
        maximum=maximum,
        unit=unit,
        why=why,
        optional=optional,
        sources=sources,
    )


def _options(
    r: Fields,
    node: LineDict,
    raw_options: list[Any],
    *,
    where: str,
    rules: KindRules,
    nxt: str | None,
    target: Callable[[Any, str, int], str | None],
) -> list[Option]:
    """A question's options; ``target`` records where each leads, to be checked later."""
    options: list[Option] = []
    values: dict[str, int] = {}
    for index, opt in enumerate(raw_options):
        ow = f"{where}.options[{index}]"
        if not isinstance(opt, LineDict):
            r.problem(ow, "v-not-mapping", node.line_of("options"))
            continue
        r.keys(opt, ow, ("value", "label", "next", "exclusive", "skip_review"))
        value = r.ident(opt, "value", ow)
        if value is not None:
            ow = f"{where}.{value}"
            if value in values:
                r.problem(ow, "v-duplicate-value", opt.line, value=value)
                value = None
            else:
                values[value] = opt.line
        label = r.text(opt, "label", ow)
        opt_next = None
        if "next" in opt:
            if not rules.option_next:
                r.problem(f"{ow}.next", "v-option-next-multi", opt.line_of("next"))
            else:
                opt_next = target(opt["next"], f"{ow}.next", opt.line_of("next"))
        elif nxt is None:
            r.problem(f"{ow}.next", "v-no-next", opt.line)
        exclusive = r.flag(opt, "exclusive", ow)
        if exclusive and not rules.exclusive_options:
            r.problem(f"{ow}.exclusive", "v-exclusive-single", opt.line_of("exclusive"))
        skip_review = r.flag(opt, "skip_review", ow)
        if skip_review and opt_next != END:
            r.problem(f"{ow}.skip_review", "v-skip-review-end", opt.line_of("skip_review"))
        if value and label:
            options.append(Option(value, label, opt_next, exclusive, skip_review))
    return options


def read_condition(
    r: Fields, raw: Any, where: str, line: int, questions: Mapping[str, Question]
) -> Condition | None:
    if not isinstance(raw, LineDict):
        r.problem(where, "v-condition", line)
        return None
    line = raw.line
    if len(raw) == 1 and next(iter(raw)) in ("all", "any"):
        op = next(iter(raw))
        items = raw[op]
        if not isinstance(items, list) or not items:
            r.problem(f"{where}.{op}", "v-condition-list", line)
            return None
        parts = [
            read_condition(r, item, f"{where}.{op}[{i}]", line, questions)
            for i, item in enumerate(items)
        ]
        if any(p is None for p in parts):
            return None
        typed = tuple(p for p in parts if p is not None)
        return All(typed) if op == "all" else AnyOf(typed)
    if len(raw) == 1 and "not" in raw:
        inner = read_condition(r, raw["not"], f"{where}.not", line, questions)
        return None if inner is None else Not(inner)
    ops = [k for k in raw if k in OPERATORS]
    extra = [k for k in raw if k not in (*OPERATORS, "question")]
    if "question" not in raw or len(ops) != 1 or extra:
        r.problem(where, "v-condition", line)
        return None
    qid, op = raw["question"], ops[0]
    value = raw[op]
    question = questions.get(qid) if isinstance(qid, str) else None
    if question is None:
        r.problem(f"{where}.question", "v-unknown-question", line, value=qid)
        return None
    if question.kind not in kinds_for(op):
        r.problem(f"{where}.{op}", "v-operator-kind", line, op=op, kind=question.kind)
        return None
    value = kind_of(question).condition_value(value)
    if op in ("equals", "includes"):
        if value not in question.values():
            r.problem(
                f"{where}.{op}",
                "v-unknown-value",
                line,
                value=value,
                question=qid,
                valid=", ".join(question.values()),
            )
            return None
    elif isinstance(value, bool) or not isinstance(value, int | float):
        r.problem(f"{where}.{op}", "v-not-number", line)
        return None
    return Leaf(qid, op, value)
