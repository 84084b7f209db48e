"""The guidance model: immutable records and the one condition evaluator (pure core).

Vocabulary, used the same way everywhere:

- a *tip* is one unit of advice (``Tip``), shown by ``debthelp tips`` by topic;
- a *step* is a tip placed in a plan, with the urgency that orders it;
- a *question* is asked by the wizard, and the person's *answers* map question
  ids to values; the *route* is the list of questions their answers lead through;
- a *rule* (``Rule``) says which tips the answers call for, by a *condition*;
- a *saying* (``Say``) is one line a person can say or send word for word
  ("words to say"), held by a tip and quoted as it stands.

Records are NamedTuples, not frozen dataclasses: a dataclass compiles its
methods when the module is imported, which cost every `debthelp tips` about
3 ms for these classes; a NamedTuple costs a tenth of that and is as immutable.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple, Union

from debthelp.datafile import Problem as Problem  # noqa: PLC0414 - re-exported with the model
from debthelp.datafile import Text as Text  # noqa: PLC0414
from debthelp.guidance.kinds import END as END  # noqa: PLC0414 - re-exported with the model
from debthelp.guidance.kinds import QuestionKind, kind_of

FORMAT_VERSION = 2
# Urgency levels, most urgent first. The plan is ordered by them; the first two
# are "urgent" (marked 紧急 / Urgent wherever a step is shown).
URGENCIES = ("now", "deadline", "today", "soon", "later")
URGENT_LEVELS = frozenset({"now", "deadline"})

_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Source(NamedTuple):
    id: str
    cite: Text
    confidence: str | None


class Topic(NamedTuple):
    id: str
    title: Text


class Say(NamedTuple):
    """One quotable line: words a person can say on the phone, at the door, or send.

    The shape, in ``data/guidance.yaml`` under a tip::

        say:
          - id: ask-who-you-are          # unique across the whole file
            text: {zh: "……", en: "..."}  # the words themselves, no quotation marks
            source: ["2c-2", "2c-7"]     # the facts this line leans on (required)

    Renderers show each line as a quotation under its tip (and JSON gives it as
    ``say: [{id, text, source, sources}]``). Other parts of debthelp (letters,
    for one) reuse a line by its id: ``guidance.say("ask-who-you-are")`` gives
    the ``Say``, ``guidance.saying_tip(id)`` the tip that holds it, and
    ``guidance.sayings()`` every line in file order.
    """

    id: str
    text: Text
    sources: tuple[str, ...]


class Tip(NamedTuple):
    id: str
    topic: str
    title: Text
    body: Text
    why: Text | None
    sources: tuple[str, ...]
    urgency: str = "soon"
    # One line for the plan's "Do these first": a concrete act, with its number or place.
    first: Text | None = None
    # Words the person can say or send, quoted as they stand (see ``Say``).
    say: tuple[Say, ...] = ()
    # The lead of the step's short form in the default plan (``render.views.short_item``),
    # when neither ``first`` nor the body's first paragraph reads well on its own.
    brief: Text | None = None
    # Lines of the body a plan shows only when their condition holds for the
    # person's answers (the card rule for card holders); `debthelp tips` shows all.
    only_if: tuple[tuple[Text, Condition], ...] = ()

    @property
    def urgent(self) -> bool:
        return self.urgency in URGENT_LEVELS

    @property
    def all_sources(self) -> tuple[str, ...]:
        """The tip's sources, then those its sayings add, each once."""
        out = list(self.sources)
        for line in self.say:
            out += [sid for sid in line.sources if sid not in out]
        return tuple(out)


# What a person acts on in a tip's text: a service line to call (110, 12348,
# 96110, a bank's 95xxx) or a command to type (named by its first words). Kept as
# strings: ``re`` caches them, and `debthelp tips` does not compile them at start-up.
_SERVICE_LINE = r"(?<![\d.])(?:110|119|120|12\d{3}|96110|95\d{3})(?!\d)"
# A command and, for those that take one, its kind, topic or action (ASCII only:
# "debthelp budget 可以帮你算" is the command "debthelp budget").
_COMMAND = r"\bdebthelp (?:(?:letter|tips|log) [a-z][a-z0-9-]*|[a-z]+)"


def acts(text: str) -> set[str]:
    """The service lines and commands in ``text``: what a step's short form keeps
    (``render.views.short_body``) and a ``brief`` may only repeat from the body."""
    commands = (" ".join(c.split()) for c in re.findall(_COMMAND, text))
    return {*re.findall(_SERVICE_LINE, text), *commands}


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
    # An answer that ends the questions at once (the "see the help first" exit):
    # the plan follows with no review screen in between.
    skip_review: bool = False


class Question(NamedTuple):
    id: str
    kind: QuestionKind
    text: Text
    help: Text | None
    options: tuple[Option, ...]
    next: str | None  # where any answer goes unless an option or branch says otherwise
    yes_next: str | None = None  # yes/no branches, when `next` is a mapping
    no_next: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    unit: Text | None = None
    why: Text | None = None  # one line: why we ask (shown under the question)
    optional: bool = False  # a number question that may be left blank
    # The facts a question's words lean on, when they state a rule or name a
    # channel (``source:`` in the file; optional, checked like a tip's).
    sources: tuple[str, ...] = ()

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def values(self) -> tuple[str, ...]:
        return kind_of(self).values(self)

    def edges(self) -> tuple[tuple[str | None, str], ...]:
        """(answer that takes the edge, or None for any answer; target id or END)."""
        return kind_of(self).edges(self)

    def next_after(self, answer: Any) -> str:
        """Where a given answer leads: a question id or END."""
        for value, target in self.edges():
            if value is None or value == answer:
                return target
        return END


# --------------------------------------------------------------------------- conditions
#
# A condition is a small typed tree, never code and never evaluated as code.


class Leaf(NamedTuple):
    question: str
    op: str  # equals | includes | less_than | greater_than
    value: Any


class All(NamedTuple):
    parts: tuple[Condition, ...]


class AnyOf(NamedTuple):
    parts: tuple[Condition, ...]


class Not(NamedTuple):
    part: Condition


Condition = Union[Leaf, All, AnyOf, Not]  # noqa: UP007 - a runtime alias, kept 3.10-safe


class _Unknown:
    """An answer the route has but whose value is not known (graph checks)."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()


def evaluate(condition: Condition, answers: Mapping[str, Any]) -> bool | None:
    """The truth of ``condition`` for ``answers``: True, False, or None (unknown).

    A question the route skipped has no answer, so its leaves are false. An
    answer that is ``UNKNOWN`` (the graph checks use it for multiple-choice and
    number questions, whose value does not change the route) makes its leaf
    unknown, and unknowns combine by three-valued logic. With real answers the
    result is always True or False.
    """
    if isinstance(condition, Leaf):
        if condition.question not in answers:
            return False
        answer = answers[condition.question]
        if answer is UNKNOWN:
            return None
        if answer is None or answer == "":
            return False  # an optional number left blank meets no comparison
        return _leaf(condition, answer)
    if isinstance(condition, Not):
        inner = evaluate(condition.part, answers)
        return None if inner is None else not inner
    results = [evaluate(part, answers) for part in condition.parts]
    if isinstance(condition, All):
        if any(r is False for r in results):
            return False
        return True if all(r is True for r in results) else None
    if any(r is True for r in results):
        return True
    return False if all(r is False for r in results) else None


def _leaf(leaf: Leaf, answer: Any) -> bool:
    if leaf.op == "equals":
        return bool(answer == leaf.value)
    if leaf.op == "includes":
        return isinstance(answer, list) and leaf.value in answer
    if isinstance(answer, list | str):
        return False
    limit = float(leaf.value)
    return bool(answer < limit if leaf.op == "less_than" else answer > limit)


def for_answers(tip: Tip, answers: Mapping[str, Any]) -> Tip:
    """``tip`` as a plan shows it to the person who gave ``answers``: without the
    lines of its body whose ``only_if`` condition does not hold for them."""
    gone = [line for line, when in tip.only_if if not evaluate(when, answers)]
    if not gone:
        return tip

    def kept(text: str, lang: str) -> str:
        drop = {line.zh if lang == "zh" else line.en for line in gone}
        return "\n".join(row for row in text.split("\n") if row.strip() not in drop)

    return tip._replace(body=Text(kept(tip.body.zh, "zh"), kept(tip.body.en, "en")))


def mentions(condition: Condition, *, positive: bool = True) -> set[str]:
    """The questions a condition asks about *positively* (not under a ``not``).

    A rule whose condition names an answer positively is about something the
    person reported; one that only excludes answers (say, "everyone who did not
    stop early") is general advice. The plan puts the first kind first.
    """
    if isinstance(condition, Leaf):
        return {condition.question} if positive else set()
    if isinstance(condition, Not):
        return mentions(condition.part, positive=not positive)
    out: set[str] = set()
    for part in condition.parts:
        out |= mentions(part, positive=positive)
    return out


class Rule(NamedTuple):
    id: str
    tips: tuple[str, ...]
    when: Condition | None
    # Tips of a "later" rule are listed under "Later" by title, not in the plan body.
    later: bool = False
    # Tips of a "main" rule are the person's main remedy: never trimmed from the
    # body nor left out of "Do these first" for a general step.
    main: bool = False


class Deadline(NamedTuple):
    """A period that runs from the day court papers arrived (say, 15 days to object)."""

    id: str
    when: Condition
    days: int
    received: str  # the number question that says how many days ago they arrived
    what: Text  # what must be done by then
    sources: tuple[str, ...]


class Guidance(NamedTuple):
    path: str
    format: int
    reviewed: dt.date
    disclaimer: Text
    sources: Mapping[str, Source]
    topics: tuple[Topic, ...]
    tips: tuple[Tip, ...]
    terms: tuple[Term, ...] = ()
    start: str | None = None
    questions: Mapping[str, Question] = _EMPTY
    advice: tuple[Rule, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    tip_index: Mapping[str, Tip] = _EMPTY
    disclaimer_sources: tuple[str, ...] = ()  # meta.source: what the disclaimer leans on

    def tip(self, tip_id: str) -> Tip:
        return self.tip_index[tip_id]

    def sayings(self) -> tuple[Say, ...]:
        """Every quotable line, in file order."""
        return tuple(line for tip in self.tips for line in tip.say)

    def say(self, say_id: str) -> Say:
        """The quotable line ``say_id`` (KeyError if there is none)."""
        return next(line for line in self.saying_tip(say_id).say if line.id == say_id)

    def saying_tip(self, say_id: str) -> Tip:
        """The tip that holds the quotable line ``say_id`` (KeyError if none does)."""
        for tip in self.tips:
            if any(line.id == say_id for line in tip.say):
                return tip
        raise KeyError(say_id)

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def tips_in(self, topic_id: str) -> tuple[Tip, ...]:
        return tuple(tip for tip in self.tips if tip.topic == topic_id)
