"""Reading a guidance file into the model, and listing *every* problem on the way.

``build(raw)`` takes parsed YAML (``LineDict``s that remember their lines) and
returns the ``Guidance`` with the list of problems, each as
``node-id.field: message (line N)``, so an author fixes a file in one pass.
Structure is checked here; the questions as a graph (loops, unreachable
questions, routes with no advice) are checked by ``graph``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

from debthelp.guidance.graph import check_graph
from debthelp.guidance.kinds import KINDS
from debthelp.guidance.model import (
    END,
    FORMAT_VERSION,
    URGENCIES,
    All,
    AnyOf,
    Condition,
    Deadline,
    Guidance,
    Leaf,
    Not,
    Option,
    Problem,
    Question,
    Rule,
    Source,
    Term,
    Text,
    Tip,
    Topic,
)
from debthelp.yamlio import LineDict

YESNO = ("yes", "no")
OPERATORS = ("equals", "includes", "less_than", "greater_than")
# Which operator fits which kind of question.
OPERATOR_KINDS = {
    "equals": ("single", "yesno"),
    "includes": ("multi",),
    "less_than": ("number",),
    "greater_than": ("number",),
}
ID_RE = re.compile(r"^[a-z][a-z0-9_-]*$")
SEED_SOURCES = (
    "seed §1.1",
    "seed §1.2",
    "seed §2.1",
    "seed §2.2",
    "seed §2.3",
    "seed §3.1",
    "seed §3.2",
    "seed §3.3",
    "seed §4",
    "seed teasers",
)
FACT_RE = re.compile(r"^[1-9][a-z]?-(?:[0-9]+|note)$")
CONFIDENCE = ("V-P", "V-S")


class _Reader:
    """Walks the raw YAML, builds the model and collects every problem on the way."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, where: str, key: str, line: int, **params: Any) -> None:
        self.problems.append(Problem(where, key, line, params))

    # small typed accessors ------------------------------------------------------

    def mapping(self, value: Any, where: str, line: int) -> LineDict | None:
        if isinstance(value, LineDict):
            return value
        self.problem(where, "v-not-mapping", line)
        return None

    def keys(self, node: LineDict, where: str, allowed: tuple[str, ...]) -> None:
        for key in node:
            if key not in allowed:
                self.problem(
                    f"{where}.{key}", "v-unknown-key", node.line_of(key), allowed=", ".join(allowed)
                )

    def text(self, node: LineDict, key: str, where: str, *, required: bool = True) -> Text | None:
        line = node.line_of(key)
        value = node.get(key)
        if value is None:
            if required:
                self.problem(f"{where}.{key}", "v-missing", node.line)
            return None
        if not isinstance(value, LineDict):
            self.problem(f"{where}.{key}", "v-not-text", line)
            return None
        ok = True
        for lang in ("zh", "en"):
            part = value.get(lang)
            if not isinstance(part, str) or not part.strip():
                self.problem(
                    f"{where}.{key}.{lang}", "v-empty-lang", value.line_of(lang), lang=lang
                )
                ok = False
        self.keys(value, f"{where}.{key}", ("zh", "en"))
        if not ok:
            return None
        return Text(zh=value["zh"].strip(), en=value["en"].strip())

    def ident(self, node: LineDict, key: str, where: str) -> str | None:
        value = node.get(key)
        if value is None:
            self.problem(f"{where}.{key}", "v-missing", node.line)
            return None
        if not isinstance(value, str) or not ID_RE.fullmatch(value):
            self.problem(f"{where}.{key}", "v-bad-id", node.line_of(key), value=value)
            return None
        return value

    def id_list(self, node: LineDict, key: str, where: str) -> tuple[str, ...]:
        value = node.get(key)
        if value is None:
            self.problem(f"{where}.{key}", "v-missing", node.line)
            return ()
        items = value if isinstance(value, list) else [value]
        out = []
        for item in items:
            if not isinstance(item, str) or not item.strip():
                self.problem(f"{where}.{key}", "v-bad-id", node.line_of(key), value=item)
            else:
                out.append(item.strip())
        if not out:
            self.problem(f"{where}.{key}", "v-empty-list", node.line_of(key))
        return tuple(out)

    def flag(self, node: LineDict, key: str, where: str) -> bool:
        value = node.get(key, False)
        if not isinstance(value, bool):
            self.problem(f"{where}.{key}", "v-not-bool", node.line_of(key))
            return False
        return value

    def items(self, raw: LineDict, key: str, *, required: bool) -> Iterator[tuple[LineDict, str]]:
        """Each mapping in the list ``raw[key]``, with a readable 'where' for it."""
        value = raw.get(key)
        if value is None:
            if required:
                self.problem(key, "v-missing", raw.line)
            return
        if not isinstance(value, list):
            self.problem(key, "v-not-list", raw.line_of(key))
            return
        for index, item in enumerate(value):
            if not isinstance(item, LineDict):
                self.problem(f"{key}[{index}]", "v-not-mapping", raw.line_of(key))
                continue
            item_id = item.get("id")
            where = item_id if isinstance(item_id, str) and item_id else f"{key}[{index}]"
            yield item, where

    def unique(self, where: str, seen: dict[str, int], ident: str, line: int) -> bool:
        if ident in seen:
            self.problem(f"{where}.id", "v-duplicate-id", line, id=ident, first=seen[ident])
            return False
        seen[ident] = line
        return True


def build(raw: Any, *, path: str = "<guidance>") -> tuple[Guidance | None, list[Problem]]:
    """Build the model from parsed YAML and return it with every problem found."""
    r = _Reader()
    if not isinstance(raw, LineDict):
        r.problem("(file)", "v-not-mapping", 1)
        return None, r.problems
    r.keys(
        raw,
        "(file)",
        (
            "format",
            "meta",
            "sources",
            "topics",
            "tips",
            "terms",
            "start",
            "questions",
            "advice",
            "deadlines",
        ),
    )
    if raw.get("format") != FORMAT_VERSION:
        r.problem("format", "v-format", raw.line_of("format"), expected=FORMAT_VERSION)

    # meta ------------------------------------------------------------------------
    reviewed = dt.date.min
    disclaimer: Text | None = None
    meta = r.mapping(raw.get("meta"), "meta", raw.line_of("meta"))
    if meta is not None:
        r.keys(meta, "meta", ("reviewed", "disclaimer"))
        value = meta.get("reviewed")
        if isinstance(value, dt.date):
            reviewed = value
        else:
            r.problem("meta.reviewed", "v-not-date", meta.line_of("reviewed"))
        disclaimer = r.text(meta, "disclaimer", "meta")

    # sources -----------------------------------------------------------------------
    sources: dict[str, Source] = {}
    seen: dict[str, int] = {}
    for node, where in r.items(raw, "sources", required=True):
        r.keys(node, where, ("id", "cite", "confidence"))
        sid = node.get("id")
        if not isinstance(sid, str) or not sid.strip():
            r.problem(f"{where}.id", "v-missing", node.line)
            continue
        if not r.unique(where, seen, sid, node.line):
            continue
        confidence = node.get("confidence")
        if sid in SEED_SOURCES:
            if confidence is not None:
                r.problem(f"{sid}.confidence", "v-seed-confidence", node.line_of("confidence"))
        elif FACT_RE.fullmatch(sid):
            if confidence not in CONFIDENCE:
                r.problem(
                    f"{sid}.confidence",
                    "v-confidence",
                    node.line_of("confidence"),
                    value=confidence,
                )
        else:
            r.problem(f"{sid}.id", "v-source-id", node.line_of("id"), value=sid)
        cite = r.text(node, "cite", sid)
        if cite is not None:
            sources[sid] = Source(sid, cite, confidence if isinstance(confidence, str) else None)

    declared = set(seen)

    def check_sources(ids: tuple[str, ...], where: str, line: int) -> None:
        for sid in ids:
            if sid not in declared:
                r.problem(f"{where}.source", "v-unknown-source", line, value=sid)

    # topics ------------------------------------------------------------------------
    topics: list[Topic] = []
    seen = {}
    for node, where in r.items(raw, "topics", required=True):
        r.keys(node, where, ("id", "title"))
        tid = r.ident(node, "id", where)
        title = r.text(node, "title", where)
        if tid and r.unique(where, seen, tid, node.line) and title:
            topics.append(Topic(tid, title))
    topic_ids = set(seen)

    # tips --------------------------------------------------------------------------
    tips: list[Tip] = []
    seen = {}
    for node, where in r.items(raw, "tips", required=True):
        r.keys(node, where, ("id", "topic", "title", "body", "why", "source", "urgency", "first"))
        tip_id = r.ident(node, "id", where)
        topic = node.get("topic")
        if topic is None:
            r.problem(f"{where}.topic", "v-missing", node.line)
        elif topic not in topic_ids:
            r.problem(f"{where}.topic", "v-unknown-topic", node.line_of("topic"), value=topic)
        title = r.text(node, "title", where)
        body = r.text(node, "body", where)
        why = r.text(node, "why", where, required=False)
        src = r.id_list(node, "source", where)
        check_sources(src, where, node.line_of("source"))
        urgency = node.get("urgency")
        if urgency not in URGENCIES:
            r.problem(
                f"{where}.urgency",
                "v-urgency",
                node.line_of("urgency"),
                value=urgency,
                valid=", ".join(URGENCIES),
            )
        first = r.text(node, "first", where, required=False)
        if tip_id and r.unique(where, seen, tip_id, node.line) and title and body:
            tips.append(Tip(tip_id, str(topic), title, body, why, src, str(urgency), first))
    tip_ids = set(seen)

    # terms -------------------------------------------------------------------------
    terms: list[Term] = []
    seen = {}
    for node, where in r.items(raw, "terms", required=False):
        r.keys(node, where, ("id", "term", "definition", "source"))
        term_id = r.ident(node, "id", where)
        term = r.text(node, "term", where)
        definition = r.text(node, "definition", where)
        src = r.id_list(node, "source", where)
        check_sources(src, where, node.line_of("source"))
        if term_id and r.unique(where, seen, term_id, node.line) and term and definition:
            terms.append(Term(term_id, term, definition, src))

    # questions ---------------------------------------------------------------------
    questions: dict[str, Question] = {}
    q_lines: dict[str, int] = {}
    pending_targets: list[tuple[str, str, int]] = []  # (where, target, line)
    for node, where in r.items(raw, "questions", required=False):
        question = _read_question(r, node, where, q_lines, pending_targets)
        if question is not None:
            questions[question.id] = question

    start = raw.get("start")
    if questions or "start" in raw:
        if not isinstance(start, str):
            r.problem("start", "v-missing", raw.line)
            start = None
        elif start not in q_lines:
            r.problem("start", "v-unknown-question", raw.line_of("start"), value=start)
            start = None
    for where, target, line in pending_targets:
        if target != END and target not in q_lines:
            r.problem(where, "v-unknown-question", line, value=target)

    # advice ------------------------------------------------------------------------
    rules: list[Rule] = []
    seen = {}
    for node, where in r.items(raw, "advice", required="questions" in raw):
        r.keys(node, where, ("id", "when", "tips", "later"))
        rule_id = r.ident(node, "id", where)
        later = r.flag(node, "later", where)
        rule_tips = r.id_list(node, "tips", where)
        for tip_id in rule_tips:
            if tip_id not in tip_ids:
                r.problem(f"{where}.tips", "v-unknown-tip", node.line_of("tips"), value=tip_id)
        when: Condition | None = None
        if "when" in node:
            when = _read_condition(
                r, node["when"], f"{where}.when", node.line_of("when"), questions
            )
        if rule_id and r.unique(where, seen, rule_id, node.line):
            rules.append(Rule(rule_id, rule_tips, when, later))

    # deadlines ---------------------------------------------------------------------
    deadlines: list[Deadline] = []
    seen = {}
    for node, where in r.items(raw, "deadlines", required=False):
        r.keys(node, where, ("id", "when", "days", "received", "what", "source"))
        dl_id = r.ident(node, "id", where)
        days = node.get("days")
        if isinstance(days, bool) or not isinstance(days, int) or not 0 < days <= 3650:
            r.problem(f"{where}.days", "v-deadline-days", node.line_of("days"))
        received = node.get("received")
        asked = questions.get(received) if isinstance(received, str) else None
        if asked is None or asked.kind != "number":
            r.problem(
                f"{where}.received", "v-deadline-received", node.line_of("received"), value=received
            )
        what = r.text(node, "what", where)
        src = r.id_list(node, "source", where)
        check_sources(src, where, node.line_of("source"))
        dl_when = None
        if "when" not in node:
            r.problem(f"{where}.when", "v-missing", node.line)
        else:
            dl_when = _read_condition(
                r, node["when"], f"{where}.when", node.line_of("when"), questions
            )
        if dl_id and r.unique(where, seen, dl_id, node.line) and what and dl_when is not None:
            deadlines.append(Deadline(dl_id, dl_when, int(days or 0), str(received), what, src))

    if r.problems or disclaimer is None:
        return None, r.problems

    guidance = Guidance(
        path=path,
        format=FORMAT_VERSION,
        reviewed=reviewed,
        disclaimer=disclaimer,
        sources=sources,
        topics=tuple(topics),
        tips=tuple(tips),
        terms=tuple(terms),
        start=start if isinstance(start, str) else None,
        questions=questions,
        advice=tuple(rules),
        deadlines=tuple(deadlines),
        tip_index={tip.id: tip for tip in tips},
    )
    # Graph checks need a complete, well-formed model, so they come last.
    graph_problems = check_graph(guidance, q_lines)
    if graph_problems:
        return None, graph_problems
    return guidance, []


def _read_question(
    r: _Reader,
    node: LineDict,
    where: str,
    seen: dict[str, int],
    targets: list[tuple[str, str, int]],
) -> Question | None:
    r.keys(
        node,
        where,
        ("id", "kind", "text", "help", "why", "options", "next", "min", "max", "unit", "optional"),
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
    text = r.text(node, "text", where)
    help_text = r.text(node, "help", where, required=False)
    why = r.text(node, "why", where)

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
        if kind != "yesno":
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
    if kind in ("single", "multi"):
        if not isinstance(raw_options, list) or not raw_options:
            r.problem(f"{where}.options", "v-options-missing", node.line)
        else:
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
                    if kind != "single":
                        r.problem(f"{ow}.next", "v-option-next-multi", opt.line_of("next"))
                    else:
                        opt_next = target(opt["next"], f"{ow}.next", opt.line_of("next"))
                elif nxt is None:
                    r.problem(f"{ow}.next", "v-no-next", opt.line)
                exclusive = r.flag(opt, "exclusive", ow)
                if exclusive and kind != "multi":
                    r.problem(f"{ow}.exclusive", "v-exclusive-single", opt.line_of("exclusive"))
                skip_review = r.flag(opt, "skip_review", ow)
                if skip_review and opt_next != END:
                    r.problem(f"{ow}.skip_review", "v-skip-review-end", opt.line_of("skip_review"))
                if value and label:
                    options.append(Option(value, label, opt_next, exclusive, skip_review))
    elif raw_options is not None:
        r.problem(f"{where}.options", "v-options-not-allowed", node.line_of("options"), kind=kind)

    if kind in ("multi", "number") and nxt is None:
        r.problem(f"{where}.next", "v-no-next", node.line)
    if kind == "yesno" and nxt is None and (yes_next is None or no_next is None):
        r.problem(f"{where}.next", "v-no-next", node.line)

    minimum = maximum = None
    unit = None
    optional = False
    if kind == "number":
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
    )


def _read_condition(
    r: _Reader, raw: Any, where: str, line: int, questions: Mapping[str, Question]
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
            _read_condition(r, item, f"{where}.{op}[{i}]", line, questions)
            for i, item in enumerate(items)
        ]
        if any(p is None for p in parts):
            return None
        typed = tuple(p for p in parts if p is not None)
        return All(typed) if op == "all" else AnyOf(typed)
    if len(raw) == 1 and "not" in raw:
        inner = _read_condition(r, raw["not"], f"{where}.not", line, questions)
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
    if question.kind not in OPERATOR_KINDS[op]:
        r.problem(f"{where}.{op}", "v-operator-kind", line, op=op, kind=question.kind)
        return None
    if question.kind == "yesno" and isinstance(value, bool):
        value = "yes" if value else "no"  # YAML 1.1 reads a bare yes/no as a boolean
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
