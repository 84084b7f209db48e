"""From answers to a plan (pure core).

``coerce`` turns what a person or a file gave into a clean answer, ``walk``
follows the route those answers lead through the questions, and ``advise``
chooses the steps and ranks them. None of them prints, prompts or knows
about a terminal.

How a plan is made:

1. Every rule whose condition holds for the answers on the route calls for
   its tips. A rule that names an answer the person gave (not only answers they
   did *not* give) is about something they *reported*.
2. Each called-for tip becomes a step, ranked by its urgency (``now``,
   ``deadline``, ``today``, ``soon``, ``later``); within one urgency, steps
   about what the person reported come before general ones; then the author's
   order. So no step ever comes after a less urgent one.
3. The body holds at most ``limit`` steps (12): a frightened person reads one
   screen, not thirty steps. The rest, and the tips of "later" rules (the
   background law), are listed by title under Later. ``full=True`` keeps every
   step in the body. A tip of a ``main`` rule is the person's main remedy: when
   steps must be left out, ``now`` steps and main remedies stay (see ``keep``).
4. "Do these first" is the first few body steps that have a one-line action,
   after any court deadline, which is computed from the day the papers came;
   ``now`` steps and main remedies are chosen before the rest. It is the same
   with ``full=True``. When the text plan must be shorter (``Plan.shorter``),
   the steps of "Do these first" are the last to leave the body: every line
   of it has its step, with the words to say, below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from debthelp.errors import InputError
from debthelp.guidance import END, URGENCIES, Guidance, Question, Tip, evaluate
from debthelp.guidance.kinds import kind_of
from debthelp.guidance.model import UNKNOWN, Deadline, for_answers, mentions

Answer = str | list[str] | float
Answers = dict[str, Answer]

BODY_LIMIT = 12
DO_FIRST_LIMIT = 5


def coerce(question: Question, raw: Any) -> Answer:
    """A clean answer for ``question`` from a file value, a flag or a prompt."""
    return kind_of(question).coerce(question, raw)  # type: ignore[no-any-return]


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
    """The route a set of answers leads through, and the first question unanswered."""

    asked: tuple[str, ...]
    missing: str | None


def walk(guidance: Guidance, answers: Mapping[str, Answer]) -> Walk:
    asked: list[str] = []
    current = guidance.start
    while current and current != END:
        if current not in answers:
            return Walk(tuple(asked), current)
        asked.append(current)
        current = guidance.questions[current].next_after(answers[current])
    return Walk(tuple(asked), None)


def with_blanks(guidance: Guidance, answers: Mapping[str, Answer]) -> Answers:
    """``answers`` with every optional question on the route that was left out
    answered blank: a script or an answers file need not mention them."""
    out = dict(answers)
    while True:
        route = walk(guidance, out)
        if route.missing is None or not guidance.questions[route.missing].optional:
            return out
        out[route.missing] = ""


def _likely_route(guidance: Guidance, answers: Mapping[str, Answer]) -> Iterator[Question]:
    """The questions of the route, taking each unanswered question's first way on."""
    current = guidance.start
    while current and current != END:
        question = guidance.questions[current]
        yield question
        if current in answers:
            current = question.next_after(answers[current])
        else:
            current = question.edges()[0][1]


def missing_answers(guidance: Guidance, answers: Mapping[str, Answer]) -> list[str]:
    """Every question still unanswered on the route, so all can be named at once.
    Optional questions are not listed: they may be left out."""
    return [
        q.id for q in _likely_route(guidance, answers) if q.id not in answers and not q.optional
    ]


def route_length(guidance: Guidance, answers: Mapping[str, Answer]) -> int:
    """How many questions this route asks (for the wizard's "question 3 of 8")."""
    return sum(1 for _q in _likely_route(guidance, answers))


@dataclass(frozen=True)
class Step:
    """A tip placed in a plan."""

    tip: Tip
    reported: bool  # called for by something the person reported
    main: bool = False  # the person's main remedy (a tip of a "main" rule)

    @property
    def id(self) -> str:
        return self.tip.id

    @property
    def urgency(self) -> str:
        return self.tip.urgency

    @property
    def urgent(self) -> bool:
        return self.tip.urgent

    @property
    def kept(self) -> bool:
        """Never left out for a general step: a ``now`` step or a main remedy."""
        return self.main or self.urgency == "now"


def keep(
    steps: tuple[Step, ...] | list[Step], count: int, first: frozenset[str] = frozenset()
) -> tuple[Step, ...]:
    """``count`` of ``steps`` (in rank order): the steps whose ids are in ``first``
    chosen first ("Do these first" when the body is cut), then the kept ones
    (``now``, main remedies), then the rest by rank; returned in rank order. A
    main remedy is never displaced by a general step (issue 24)."""
    # A stable sort: within each group the rank order holds.
    ordered = sorted(steps, key=lambda s: (s.id not in first, not s.kept))
    chosen = {s.id for s in ordered[:count]}
    return tuple(s for s in steps if s.id in chosen)


@dataclass(frozen=True)
class DueDate:
    """A court deadline worked out from the day the papers arrived."""

    deadline: Deadline
    received: dt.date
    due: dt.date
    days_left: int  # negative once it has passed

    @property
    def passed(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class Plan:
    """The advice for one set of answers: ranked steps, most urgent first."""

    answers: Mapping[str, Answer]
    steps: tuple[Step, ...]  # the body, in rank order
    later: tuple[Step, ...]  # relevant too, shown by title under Later
    do_first: tuple[Step, ...]  # the one-line actions at the top
    due: tuple[DueDate, ...] = ()
    # Fitted to one reading (``render.fit_plan``): the first step in full without
    # its own source line (the Sources block at the end lists its ids), each later
    # one in its short form, which says where to read all of it.
    brief: bool = False

    def bands(self) -> list[tuple[str, tuple[Step, ...]]]:
        """The body grouped by urgency, in order (empty levels left out)."""
        out = []
        for level in URGENCIES:
            steps = tuple(s for s in self.steps if s.urgency == level)
            if steps:
                out.append((level, steps))
        return out

    def shorter(self, count: int) -> Plan:
        """The same plan with only ``count`` steps in the body (see ``keep``); the
        rest go to the top of Later, still in rank order. "Do these first" stays,
        and its steps are the last to leave the body."""
        if count >= len(self.steps):
            return self
        body = keep(self.steps, count, frozenset(s.id for s in self.do_first))
        shown = {s.id for s in body}
        dropped = tuple(s for s in self.steps if s.id not in shown)  # rank order kept
        return replace(self, steps=body, later=(*dropped, *self.later))


def advise(
    guidance: Guidance,
    answers: Mapping[str, Answer],
    *,
    today: dt.date | None = None,
    full: bool = False,
    limit: int = BODY_LIMIT,
) -> Plan:
    """Choose and rank the steps for ``answers`` (already coerced).

    Only answers on the route the person actually took count: an answer to a
    question their route skipped (say, after changing an earlier answer) must
    not change their plan.
    """
    route = walk(guidance, answers)
    if route.missing is not None and guidance.questions[route.missing].optional:
        # An optional question left out is answered blank, on a terminal too (an
        # answers file without lenders-count stopped the plan there, not in a pipe).
        answers = with_blanks(guidance, answers)
        route = walk(guidance, answers)
    if route.missing is not None:
        raise InputError("answer-missing", question=route.missing)
    used = {qid: answers[qid] for qid in route.asked}
    order: dict[str, int] = {}
    reported: dict[str, bool] = {}
    main: dict[str, bool] = {}
    in_body: dict[str, bool] = {}
    for rule in guidance.advice:
        if rule.when is not None and not evaluate(rule.when, used):
            continue
        about_answers = rule.when is not None and bool(mentions(rule.when))
        for tip_id in rule.tips:
            order.setdefault(tip_id, len(order))
            reported[tip_id] = reported.get(tip_id, False) or about_answers
            main[tip_id] = main.get(tip_id, False) or rule.main
            in_body[tip_id] = in_body.get(tip_id, False) or not rule.later
    ranked = sorted(
        order,
        key=lambda tid: (
            URGENCIES.index(guidance.tip(tid).urgency),
            not reported[tid],
            order[tid],
        ),
    )
    # Each tip as it reads for this person: without lines for other lenders (only_if).
    steps = [Step(for_answers(guidance.tip(tid), used), reported[tid], main[tid]) for tid in ranked]
    body = keep([s for s in steps if in_body[s.id]], limit)
    later = [s for s in steps if s.id not in {b.id for b in body}]
    due = tuple(_due_dates(guidance, used, today or dt.date.today()))
    room = max(DO_FIRST_LIMIT - len(due), 0)
    # From the default body even with ``full``: --full changes nothing above the fold.
    do_first = keep([s for s in body if s.tip.first is not None], room)
    if full:
        body, later = tuple(steps), []
    return Plan(answers=used, steps=body, later=tuple(later), do_first=do_first, due=due)


def needed_now(guidance: Guidance, answers: Mapping[str, Answer]) -> list[Step]:
    """The ``now`` steps that the answers given so far already call for.

    The wizard shows their one-line actions at once (the crisis numbers after
    "I have thought of hurting myself"), before asking anything else. A
    question not yet answered counts as unknown, so only rules that are
    certainly true so far count.
    """
    known: dict[str, Any] = {qid: UNKNOWN for qid in guidance.questions}
    known.update(answers)
    out: list[Step] = []
    for rule in guidance.advice:
        if rule.when is None or evaluate(rule.when, known) is not True:
            continue
        for tip_id in rule.tips:
            tip = guidance.tip(tip_id)
            if tip.urgency == "now" and tip.first and all(s.id != tip_id for s in out):
                out.append(Step(tip, True))
    return out


def _due_dates(guidance: Guidance, used: Mapping[str, Answer], today: dt.date) -> list[DueDate]:
    out = []
    for deadline in guidance.deadlines:
        if not evaluate(deadline.when, used):
            continue
        days_ago = used.get(deadline.received)
        if isinstance(days_ago, bool) or not isinstance(days_ago, int | float):
            continue
        received = _shifted(today, -int(days_ago))
        due = None if received is None else _shifted(received, deadline.days)
        if received is None or due is None:
            # Past the calendar's ends (a DEBTHELP_TODAY near year 1 or 9999):
            # no date is better than a wrong one; the tip still gives the days.
            continue
        out.append(DueDate(deadline, received, due, (due - today).days))
    return out


def _shifted(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``, or None past the calendar (years 1 to 9999)."""
    ordinal = day.toordinal() + days
    if not 1 <= ordinal <= dt.date.max.toordinal():
        return None
    return dt.date.fromordinal(ordinal)


__all__ = [
    "Answer",
    "Answers",
    "DueDate",
    "Plan",
    "Step",
    "Walk",
    "advise",
    "coerce",
    "coerce_all",
    "keep",
    "missing_answers",
    "needed_now",
    "route_length",
    "walk",
    "with_blanks",
]
