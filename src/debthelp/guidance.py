"""The guidance model, its loader and its complete validator (pure core).

``load_guidance(path)`` returns a ``Guidance`` or raises ``GuidanceError`` whose
``problems`` lists *every* problem found, so an author fixes a file in one pass
instead of one error at a time. The file format is described in
``docs/guidance-format.md``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from debthelp.errors import GuidanceError
from debthelp.i18n import Lang
from debthelp.yamlio import LineDict, line_dict, load_yaml, read_text

FORMAT_VERSION = 1
END = "end"
KINDS = ("single", "multi", "yesno", "number")
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
MAX_PATHS = 100_000

Kind = Literal["single", "multi", "yesno", "number"]
_EMPTY: Mapping[str, Any] = MappingProxyType({})


# --------------------------------------------------------------------------- model
#
# Immutable records as NamedTuples, not frozen dataclasses: a dataclass
# generates and compiles its methods when the module is imported, which cost
# every `debthelp tips` about 3 ms for these thirteen classes; a NamedTuple
# costs a tenth of that and is just as immutable.


class Text(NamedTuple):
    """A sentence in both languages."""

    zh: str
    en: str

    def __call__(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


class Source(NamedTuple):
    id: str
    cite: Text
    confidence: str | None


class Topic(NamedTuple):
    id: str
    title: Text


class Tip(NamedTuple):
    id: str
    topic: str
    title: Text
    body: Text
    why: Text | None
    sources: tuple[str, ...]
    urgent: bool = False


class Term(NamedTuple):
    id: str
    term: Text
    definition: Text
    sources: tuple[str, ...]


class Option(NamedTuple):
    value: str
    label: Text
    next: str | None = None
    exclusive: bool = False


class Question(NamedTuple):
    id: str
    kind: Kind
    text: Text
    help: Text | None
    options: tuple[Option, ...]
    next: str | None  # default next step
    yes_next: str | None = None  # yesno branches, when `next` is a mapping
    no_next: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    unit: Text | None = None

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def values(self) -> tuple[str, ...]:
        if self.kind == "yesno":
            return YESNO
        return tuple(o.value for o in self.options)

    def next_after(self, answer: Any) -> str | None:
        """Where a given answer leads (a question id or END)."""
        if self.kind == "single":
            opt = self.option(str(answer))
            if opt is not None and opt.next:
                return opt.next
        if self.kind == "yesno":
            branch = self.yes_next if answer == "yes" else self.no_next
            if branch:
                return branch
        return self.next

    def edges(self) -> Iterator[tuple[str | None, str | None]]:
        """(answer that takes this edge or None for "any answer", target)."""
        if self.kind == "single":
            for opt in self.options:
                yield opt.value, opt.next or self.next
        elif self.kind == "yesno":
            yield "yes", self.yes_next or self.next
            yield "no", self.no_next or self.next
        else:
            yield None, self.next


# A condition is a small tree of tuples: never code, never evaluated as code.
#   ("all", (c, ...)) | ("any", (c, ...)) | ("not", c) | ("leaf", question, op, value)
Condition = tuple[Any, ...]


class Rule(NamedTuple):
    id: str
    section: str
    tips: tuple[str, ...]
    when: Condition | None


class Section(NamedTuple):
    id: str
    title: Text


class Guidance(NamedTuple):
    path: str
    format: int
    reviewed: dt.date
    disclaimer: Text
    sources: Mapping[str, Source]
    topics: tuple[Topic, ...]
    tips: tuple[Tip, ...]
    terms: tuple[Term, ...] = ()
    sections: tuple[Section, ...] = ()
    start: str | None = None
    questions: Mapping[str, Question] = _EMPTY
    advice: tuple[Rule, ...] = ()
    tip_index: Mapping[str, Tip] = _EMPTY

    def tip(self, tip_id: str) -> Tip:
        return self.tip_index[tip_id]

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def tips_in(self, topic_id: str) -> tuple[Tip, ...]:
        return tuple(tip for tip in self.tips if tip.topic == topic_id)


class Problem(NamedTuple):
    """One thing wrong in a guidance file: ``where`` is ``node-id.field``."""

    where: str
    key: str
    line: int
    params: Mapping[str, Any] = _EMPTY


class PathStep(NamedTuple):
    question: str
    answer: str | None  # None: the path goes on whatever the answer (multi, number)


class Summary(NamedTuple):
    questions: int
    tips: int
    topics: int
    terms: int
    paths: int


# --------------------------------------------------------------------------- finding the file


def default_guidance_path() -> Path:
    """The shipped file: inside the installed package, or data/ in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / "guidance.yaml"
    if packaged.is_file():
        return packaged
    return here.parents[1] / "data" / "guidance.yaml"


def guidance_path(explicit: str | os.PathLike[str] | None) -> Path:
    """``--guidance``, else ``DEBTHELP_GUIDANCE``, else the shipped file."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("DEBTHELP_GUIDANCE", "").strip()
    if env:
        return Path(env)
    return default_guidance_path()


def load_guidance(
    path: str | os.PathLike[str] | None = None, *, every_path: bool = True
) -> Guidance:
    """Read, parse and validate a guidance file.

    ``every_path=False`` skips one check: following each of the thousands of
    paths through the questions to prove each ends in advice. Commands that
    never walk the questions (``tips``, ``explain``) skip it to start fast;
    loops and unreachable questions are still caught on every load.
    """
    file = guidance_path(path)
    text = read_text(file, error=GuidanceError)
    raw = _from_snapshot(file, text)
    if raw is None:
        raw = load_yaml(text, path=str(file), error=GuidanceError)
    guidance, problems = build(raw, path=str(file), every_path=every_path)
    if problems or guidance is None:
        raise GuidanceError("guidance-invalid", problems=tuple(problems), path=str(file))
    return guidance


SNAPSHOT_NAME = "guidance.json"


def _digest(text: str) -> str:
    # Only to notice a YAML edited after the build, not to resist tampering:
    # CRC-32 and the length do that, and cost far less to import than hashlib.
    import zlib

    data = text.encode("utf-8")
    return f"crc32:{zlib.crc32(data):08x}:{len(data)}"


def snapshot_json(source: Path) -> str:
    """The parsed guidance as JSON, tagged with the hash of its YAML (for the wheel).

    Written by the build hook next to the packaged YAML; ``load_guidance`` uses
    it only while the YAML beside it still has that hash, so an edited YAML is
    never shadowed by a stale snapshot.
    """
    import json

    text = read_text(source, error=GuidanceError)
    raw = load_yaml(text, path=str(source), error=GuidanceError)
    return json.dumps(
        {"digest": _digest(text), "guidance": raw}, ensure_ascii=False, default=_json_default
    )


def _json_default(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _from_snapshot(file: Path, text: str) -> Any:
    """The snapshot's data if one sits beside ``file`` and matches it, else None."""
    snapshot = file.with_name(SNAPSHOT_NAME)
    if file.suffix != ".yaml" or not snapshot.is_file():
        return None
    import json

    try:
        data = json.loads(snapshot.read_text(encoding="utf-8"), object_pairs_hook=line_dict)
    except (OSError, ValueError):
        return None  # a damaged snapshot costs speed, never correctness
    if not isinstance(data, dict) or data.get("digest") != _digest(text):
        return None
    raw = data.get("guidance")
    meta = raw.get("meta") if isinstance(raw, LineDict) else None
    if isinstance(meta, LineDict) and isinstance(meta.get("reviewed"), str):
        try:
            meta["reviewed"] = dt.date.fromisoformat(meta["reviewed"])
        except ValueError:
            return None
    return raw


# --------------------------------------------------------------------------- building + checking


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


def build(
    raw: Any, *, path: str = "<guidance>", every_path: bool = True
) -> tuple[Guidance | None, list[Problem]]:
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
            "sections",
            "start",
            "questions",
            "advice",
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
        r.keys(node, where, ("id", "topic", "title", "body", "why", "source", "urgent"))
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
        urgent = r.flag(node, "urgent", where)
        if tip_id and r.unique(where, seen, tip_id, node.line) and title and body:
            tips.append(Tip(tip_id, str(topic), title, body, why, src, urgent))
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

    # sections ----------------------------------------------------------------------
    sections: list[Section] = []
    seen = {}
    for node, where in r.items(raw, "sections", required="questions" in raw):
        r.keys(node, where, ("id", "title"))
        sec_id = r.ident(node, "id", where)
        title = r.text(node, "title", where)
        if sec_id and r.unique(where, seen, sec_id, node.line) and title:
            sections.append(Section(sec_id, title))
    section_ids = set(seen)

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
        r.keys(node, where, ("id", "section", "when", "tips"))
        rule_id = r.ident(node, "id", where)
        section = node.get("section")
        if section not in section_ids:
            r.problem(
                f"{where}.section", "v-unknown-section", node.line_of("section"), value=section
            )
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
            rules.append(Rule(rule_id, str(section), rule_tips, when))

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
        sections=tuple(sections),
        start=start if isinstance(start, str) else None,
        questions=questions,
        advice=tuple(rules),
        tip_index={tip.id: tip for tip in tips},
    )
    # Graph checks need a complete, well-formed model, so they come last.
    graph_problems = check_graph(guidance, q_lines, every_path=every_path)
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
        ("id", "kind", "text", "help", "options", "next", "min", "max", "unit"),
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
                r.keys(opt, ow, ("value", "label", "next", "exclusive"))
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
                if value and label:
                    options.append(Option(value, label, opt_next, exclusive))
    elif raw_options is not None:
        r.problem(f"{where}.options", "v-options-not-allowed", node.line_of("options"), kind=kind)

    if kind in ("multi", "number") and nxt is None:
        r.problem(f"{where}.next", "v-no-next", node.line)
    if kind == "yesno" and nxt is None and (yes_next is None or no_next is None):
        r.problem(f"{where}.next", "v-no-next", node.line)

    minimum = maximum = None
    unit = None
    if kind == "number":
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
        for bound in ("min", "max", "unit"):
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
        return (op, tuple(parts))
    if len(raw) == 1 and "not" in raw:
        inner = _read_condition(r, raw["not"], f"{where}.not", line, questions)
        return None if inner is None else ("not", inner)
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
    return ("leaf", qid, op, value)


# --------------------------------------------------------------------------- graph checks


def _cycle(guidance: Guidance) -> list[str] | None:
    """A loop in the questions, as the list of ids around it, or None."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = dict.fromkeys(guidance.questions, WHITE)
    stack: list[str] = []

    def visit(qid: str) -> list[str] | None:
        colour[qid] = GREY
        stack.append(qid)
        for _answer, target in guidance.questions[qid].edges():
            if target is None or target == END or target not in colour:
                continue
            if colour[target] == GREY:
                return [*stack[stack.index(target) :], target]
            if colour[target] == WHITE:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        colour[qid] = BLACK
        return None

    for qid in guidance.questions:
        if colour[qid] == WHITE:
            found = visit(qid)
            if found:
                return found
    return None


def reachable(guidance: Guidance) -> set[str]:
    seen: set[str] = set()
    todo = [guidance.start] if guidance.start else []
    while todo:
        qid = todo.pop()
        if qid is None or qid == END or qid in seen or qid not in guidance.questions:
            continue
        seen.add(qid)
        todo.extend(t for _a, t in guidance.questions[qid].edges() if t)
    return seen


def paths(guidance: Guidance, limit: int = MAX_PATHS) -> list[tuple[PathStep, ...]]:
    """Every path from the first question to `end`. The graph must be loop-free."""
    out: list[tuple[PathStep, ...]] = []
    if not guidance.start:
        return out

    def walk(qid: str, sofar: tuple[PathStep, ...]) -> None:
        if len(out) > limit:
            return
        for answer, target in guidance.questions[qid].edges():
            step = (*sofar, PathStep(qid, answer))
            if target == END or target is None:
                out.append(step)
            else:
                walk(target, step)

    walk(guidance.start, ())
    return out


def count_paths(guidance: Guidance) -> int:
    """How many paths there are, counted without listing them (for the summary)."""
    memo: dict[str, int] = {}

    def count(qid: str) -> int:
        if qid not in memo:
            total = 0
            for _a, target in guidance.questions[qid].edges():
                total += 1 if target in (END, None) else count(str(target))
            memo[qid] = total
        return memo[qid]

    return count(guidance.start) if guidance.start else 0


def evaluate3(condition: Condition, known: Mapping[str, str | None]) -> bool | None:
    """Three-valued truth of a condition on a path.

    ``known`` maps each question on the path to its answer, or to None where the
    path goes on whatever the answer is (multi, number): then a leaf on it is
    *unknown*. A question off the path has no answer, so its leaves are false.
    """
    head = condition[0]
    if head == "all":
        results = [evaluate3(c, known) for c in condition[1]]
        if any(x is False for x in results):
            return False
        return True if all(x is True for x in results) else None
    if head == "any":
        results = [evaluate3(c, known) for c in condition[1]]
        if any(x is True for x in results):
            return True
        return False if all(x is False for x in results) else None
    if head == "not":
        inner = evaluate3(condition[1], known)
        return None if inner is None else not inner
    _leaf, qid, op, value = condition
    if qid not in known:
        return False
    answer = known[qid]
    if answer is None:
        return None
    return bool(op == "equals" and answer == value)


def check_graph(
    guidance: Guidance, lines: Mapping[str, int], *, every_path: bool = True
) -> list[Problem]:
    problems: list[Problem] = []
    if not guidance.questions:
        return problems
    loop = _cycle(guidance)
    if loop:
        problems.append(
            Problem(
                f"{loop[0]}.next", "v-cycle", lines.get(loop[0], 0), {"cycle": " → ".join(loop)}
            )
        )
        return problems  # paths cannot be listed through a loop
    reached = reachable(guidance)
    for qid in guidance.questions:
        if qid not in reached:
            problems.append(Problem(f"{qid}.id", "v-unreachable", lines.get(qid, 0)))
    if not every_path:
        return problems
    total = count_paths(guidance)
    if total > MAX_PATHS:
        problems.append(
            Problem("start", "v-too-many-paths", 0, {"count": total, "limit": MAX_PATHS})
        )
        return problems
    for path in paths(guidance):
        known = {step.question: step.answer for step in path}
        if not any(
            rule.when is None or evaluate3(rule.when, known) is True for rule in guidance.advice
        ):
            last = path[-1]
            route = " → ".join(f"{s.question}={s.answer or '*'}" for s in path)
            problems.append(
                Problem(
                    f"{last.question}.next",
                    "v-path-no-advice",
                    lines.get(last.question, 0),
                    {"path": route},
                )
            )
    return problems


def summary(guidance: Guidance) -> Summary:
    return Summary(
        questions=len(guidance.questions),
        tips=len(guidance.tips),
        topics=len(guidance.topics),
        terms=len(guidance.terms),
        paths=count_paths(guidance),
    )
