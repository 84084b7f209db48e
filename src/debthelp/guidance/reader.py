"""Reading a guidance file into the model, and listing *every* problem on the way.

``build(raw)`` takes parsed YAML (``LineDict``s that remember their lines) and
returns the ``Guidance`` with the list of problems, each as
``node-id.field: message (line N)``, so an author fixes a file in one pass.
Structure is checked here; the questions as a graph (loops, unreachable
questions, routes with no advice) are checked by ``graph``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from debthelp.datafile import FACT_RE as FACT_RE  # noqa: PLC0414 - re-exported
from debthelp.datafile import SEED_SOURCES as SEED_SOURCES  # noqa: PLC0414
from debthelp.datafile import known_sources as known_sources  # noqa: PLC0414
from debthelp.guidance.fields import Fields
from debthelp.guidance.kinds import kind_of
from debthelp.guidance.model import (
    END,
    FORMAT_VERSION,
    URGENCIES,
    Condition,
    Deadline,
    Guidance,
    Problem,
    Question,
    Rule,
    Say,
    Source,
    Term,
    Text,
    Tip,
    Topic,
    acts,
)
from debthelp.guidance.questions import read_condition, read_question
from debthelp.i18n import LANGS
from debthelp.yamlio import LineDict

CONFIDENCE = ("V-P", "V-S")


def build(
    raw: Any, *, path: str = "<guidance>", graph: bool = True
) -> tuple[Guidance | None, list[Problem]]:
    """Build the model from parsed YAML and return it with every problem found.

    Each section is read by its own function below, in the file's order; a later
    section checks its references against the ids the earlier ones declared.
    """
    r = Fields()
    if not isinstance(raw, LineDict):
        r.problem("(file)", "v-not-mapping", 1)
        return None, r.problems
    r.keys(raw, "(file)", SECTIONS)
    if raw.get("format") != FORMAT_VERSION:
        r.problem("format", "v-format", raw.line_of("format"), expected=FORMAT_VERSION)
    meta, reviewed, disclaimer, disclaimer_sources = _meta(r, raw)
    sources, declared = _sources(r, raw)

    def check_sources(ids: tuple[str, ...], where: str, line: int) -> None:
        for sid in ids:
            if sid not in declared:
                r.problem(f"{where}.source", "v-unknown-source", line, value=sid)

    if meta is not None and disclaimer_sources:
        check_sources(disclaimer_sources, "meta", meta.line_of("source"))
    topics, topic_ids = _topics(r, raw)
    tips, tip_ids = _tips(r, raw, topic_ids, check_sources)
    terms = _terms(r, raw, check_sources)
    questions, q_lines, start = _questions(r, raw, check_sources)
    tips = _only_if(r, raw, tips, questions)
    rules = _advice(r, raw, tip_ids, questions)
    deadlines = _deadlines(r, raw, questions, check_sources)

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
        start=start,
        questions=questions,
        advice=tuple(rules),
        deadlines=tuple(deadlines),
        tip_index={tip.id: tip for tip in tips},
        disclaimer_sources=disclaimer_sources,
    )
    # Graph checks need a complete, well-formed model, so they come last.
    # Imported here: a file without questions, or the wheel's snapshot (whose
    # YAML the build validated in full), never pays for the graph module.
    if questions and graph:
        from debthelp.guidance.graph import check_graph

        graph_problems = check_graph(guidance, q_lines)
        if graph_problems:
            return None, graph_problems
    return guidance, []


SECTIONS = (
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
)
# A problem for each cited id that ``sources`` does not declare: (ids, where, line).
SourceCheck = Callable[[tuple[str, ...], str, int], None]


def _meta(
    r: Fields, raw: LineDict
) -> tuple[LineDict | None, dt.date, Text | None, tuple[str, ...]]:
    reviewed = dt.date.min
    disclaimer: Text | None = None
    disclaimer_sources: tuple[str, ...] = ()
    meta = r.mapping(raw.get("meta"), "meta", raw.line_of("meta"))
    if meta is not None:
        r.keys(meta, "meta", ("reviewed", "disclaimer", "source"))
        value = meta.get("reviewed")
        if isinstance(value, dt.date):
            reviewed = value
        else:
            r.problem("meta.reviewed", "v-not-date", meta.line_of("reviewed"))
        disclaimer = r.text(meta, "disclaimer", "meta")
        if "source" in meta:
            disclaimer_sources = r.id_list(meta, "source", "meta")
    return meta, reviewed, disclaimer, disclaimer_sources


def _sources(r: Fields, raw: LineDict) -> tuple[dict[str, Source], set[str]]:
    """The sources, and every id declared (one whose entry has a problem too)."""
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
            r.one_of(node, "confidence", sid, CONFIDENCE, "v-confidence")
        else:
            r.problem(f"{sid}.id", "v-source-id", node.line_of("id"), value=sid)
        cite = r.text(node, "cite", sid)
        if cite is not None:
            sources[sid] = Source(sid, cite, confidence if isinstance(confidence, str) else None)
    return sources, set(seen)


def _topics(r: Fields, raw: LineDict) -> tuple[list[Topic], set[str]]:
    topics: list[Topic] = []
    seen: dict[str, int] = {}
    for node, where in r.items(raw, "topics", required=True):
        r.keys(node, where, ("id", "title"))
        tid = r.ident(node, "id", where)
        title = r.text(node, "title", where)
        if tid and r.unique(where, seen, tid, node.line) and title:
            topics.append(Topic(tid, title))
    return topics, set(seen)


def _tips(
    r: Fields, raw: LineDict, topic_ids: set[str], check_sources: SourceCheck
) -> tuple[list[Tip], set[str]]:
    tips: list[Tip] = []
    seen: dict[str, int] = {}
    said: dict[str, int] = {}  # saying ids are unique across the file: others quote them
    for node, where in r.items(raw, "tips", required=True):
        r.keys(
            node,
            where,
            (
                "id",
                "topic",
                "title",
                "body",
                "why",
                "source",
                "urgency",
                "first",
                "say",
                "brief",
                "only_if",
            ),
        )
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
        urgency = r.one_of(node, "urgency", where, URGENCIES, "v-urgency")
        first = r.text(node, "first", where, required=False)
        say = _sayings(r, node, where, said, check_sources)
        brief = r.text(node, "brief", where, required=False)
        if brief and body:
            _check_brief(r, brief, body, f"{where}.brief", node.line_of("brief"))
        if tip_id and r.unique(where, seen, tip_id, node.line) and title and body:
            tips.append(
                Tip(
                    tip_id,
                    str(topic),
                    title,
                    body,
                    why,
                    src,
                    str(urgency),
                    first,
                    tuple(say),
                    brief,
                )
            )
    return tips, set(seen)


def _check_brief(r: Fields, brief: Text, body: Text, where: str, line: int) -> None:
    """A tip's ``brief`` (the lead of its short form in the plan) repeats the body's
    service lines and commands, never adds one: the short form shows every one of
    the body's anyway, and a number or command only in the brief would be unsourced."""
    for lang in LANGS:
        extra = acts(brief(lang)) - acts(body(lang))
        if extra:
            r.problem(where, "v-brief-new-act", line, lang=lang, value=", ".join(sorted(extra)))


def _sayings(
    r: Fields, node: LineDict, where: str, said: dict[str, int], check_sources: SourceCheck
) -> list[Say]:
    say: list[Say] = []
    for item, say_where in r.items(node, "say", required=False, prefix=f"{where}.say"):
        r.keys(item, say_where, ("id", "text", "source"))
        say_id = r.ident(item, "id", say_where)
        say_text = r.text(item, "text", say_where)
        say_src = r.id_list(item, "source", say_where)
        check_sources(say_src, say_where, item.line_of("source"))
        if say_id and r.unique(say_where, said, say_id, item.line) and say_text:
            say.append(Say(say_id, say_text, say_src))
    return say


def _only_if(
    r: Fields, raw: LineDict, tips: list[Tip], questions: dict[str, Question]
) -> list[Tip]:
    """Each tip's ``only_if``: lines of its body (each exactly as in the body, in
    both languages) that a plan shows only when a condition on the answers holds.
    Read once the questions are known, as the rules' conditions are."""
    by_id = {tip.id: tip for tip in tips}
    nodes = raw.get("tips")
    for node in nodes if isinstance(nodes, list) else ():
        tip = by_id.get(str(node.get("id"))) if isinstance(node, LineDict) else None
        if tip is None:
            continue
        found: list[tuple[Text, Condition]] = []
        prefix = f"{tip.id}.only_if"
        for item, where in r.items(node, "only_if", required=False, prefix=prefix):
            r.keys(item, where, ("line", "when"))
            line = r.text(item, "line", where)
            if "when" not in item:
                r.problem(f"{where}.when", "v-missing", item.line)
                continue
            when = read_condition(r, item["when"], f"{where}.when", item.line_of("when"), questions)
            if line is None or when is None:
                continue
            for lang in LANGS:
                if line(lang) not in (row.strip() for row in tip.body(lang).splitlines()):
                    r.problem(f"{where}.line", "v-only-if-line", item.line_of("line"), lang=lang)
            found.append((line, when))
        if found:
            by_id[tip.id] = tip._replace(only_if=tuple(found))
    return [by_id[tip.id] for tip in tips]


def _terms(r: Fields, raw: LineDict, check_sources: SourceCheck) -> list[Term]:
    terms: list[Term] = []
    seen: dict[str, int] = {}
    for node, where in r.items(raw, "terms", required=False):
        r.keys(node, where, ("id", "term", "definition", "source"))
        term_id = r.ident(node, "id", where)
        term = r.text(node, "term", where)
        definition = r.text(node, "definition", where)
        src = r.id_list(node, "source", where)
        check_sources(src, where, node.line_of("source"))
        if term_id and r.unique(where, seen, term_id, node.line) and term and definition:
            terms.append(Term(term_id, term, definition, src))
    return terms


def _questions(
    r: Fields, raw: LineDict, check_sources: SourceCheck
) -> tuple[dict[str, Question], dict[str, int], str | None]:
    """The questions, the line of each id, and the first question."""
    questions: dict[str, Question] = {}
    q_lines: dict[str, int] = {}
    pending_targets: list[tuple[str, str, int]] = []  # (where, target, line)
    for node, where in r.items(raw, "questions", required=False):
        question = read_question(r, node, where, q_lines, pending_targets)
        if question is not None:
            questions[question.id] = question
            check_sources(question.sources, where, node.line_of("source"))

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
    return questions, q_lines, start if isinstance(start, str) else None


def _advice(
    r: Fields, raw: LineDict, tip_ids: set[str], questions: dict[str, Question]
) -> list[Rule]:
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for node, where in r.items(raw, "advice", required="questions" in raw):
        r.keys(node, where, ("id", "when", "tips", "later", "main"))
        rule_id = r.ident(node, "id", where)
        later = r.flag(node, "later", where)
        main = r.flag(node, "main", where)
        if later and main:
            r.problem(where, "v-main-later", node.line_of("main"), value=rule_id)
        rule_tips = r.id_list(node, "tips", where)
        for tip_id in rule_tips:
            if tip_id not in tip_ids:
                r.problem(f"{where}.tips", "v-unknown-tip", node.line_of("tips"), value=tip_id)
        when: Condition | None = None
        if "when" in node:
            when = read_condition(r, node["when"], f"{where}.when", node.line_of("when"), questions)
        if rule_id and r.unique(where, seen, rule_id, node.line):
            rules.append(Rule(rule_id, rule_tips, when, later, main))
    return rules


def _deadlines(
    r: Fields, raw: LineDict, questions: dict[str, Question], check_sources: SourceCheck
) -> list[Deadline]:
    deadlines: list[Deadline] = []
    seen: dict[str, int] = {}
    for node, where in r.items(raw, "deadlines", required=False):
        r.keys(node, where, ("id", "when", "days", "received", "what", "source"))
        dl_id = r.ident(node, "id", where)
        days = node.get("days")
        if isinstance(days, bool) or not isinstance(days, int) or not 0 < days <= 3650:
            r.problem(f"{where}.days", "v-deadline-days", node.line_of("days"))
        received = node.get("received")
        asked = questions.get(received) if isinstance(received, str) else None
        if asked is None or not kind_of(asked).numeric:
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
            dl_when = read_condition(
                r, node["when"], f"{where}.when", node.line_of("when"), questions
            )
        if dl_id and r.unique(where, seen, dl_id, node.line) and what and dl_when is not None:
            deadlines.append(Deadline(dl_id, dl_when, int(days or 0), str(received), what, src))
    return deadlines
