"""The questions as a graph: loops, unreachable questions, routes with no advice.

Every check here is iterative (no recursion, so a 20,000-question chain is
fine) and works on questions and edges, never by listing routes one by one:
a tree of 16 yes/no questions has 65,536 routes but only 32 edges.

"Every route ends in advice" is decided by carrying, along the edges in
topological order, the set of distinct *relevant* answer combinations that can
reach each question: only answers that some rule's condition mentions are
kept, so routes that differ in nothing a rule looks at merge into one state.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from debthelp.guidance.kinds import kind_of
from debthelp.guidance.model import (
    END,
    UNKNOWN,
    All,
    AnyOf,
    Condition,
    Guidance,
    Leaf,
    Not,
    Problem,
    evaluate,
)

# Distinct answer combinations carried through the graph before the check gives
# up and says the rules are too tangled to check (no real guidance comes near).
MAX_STATES = 200_000


class RouteStep(NamedTuple):
    question: str
    answer: str | None  # None: the route goes on whatever the answer (multi, number)


def successors(guidance: Guidance, qid: str) -> list[str]:
    return [t for _a, t in guidance.questions[qid].edges() if t != END]


def adjacency(guidance: Guidance) -> dict[str, list[str]]:
    """Every question's successors, worked out once for the walks below."""
    return {qid: successors(guidance, qid) for qid in guidance.questions}


def find_cycle(guidance: Guidance, adj: Mapping[str, list[str]] | None = None) -> list[str] | None:
    """A loop in the questions, as the ids around it, or None (iterative DFS)."""
    WHITE, GREY, BLACK = 0, 1, 2
    adj = adjacency(guidance) if adj is None else adj
    colour = dict.fromkeys(guidance.questions, WHITE)
    for root in guidance.questions:
        if colour[root] != WHITE:
            continue
        stack: list[tuple[str, Iterator[str]]] = [(root, iter(adj[root]))]
        colour[root] = GREY
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                colour[node] = BLACK
                stack.pop()
            elif child not in colour:
                continue  # an unknown target is reported by the reader
            elif colour[child] == GREY:
                ids = [n for n, _c in stack]
                return [*ids[ids.index(child) :], child]
            elif colour[child] == WHITE:
                colour[child] = GREY
                stack.append((child, iter(adj[child])))
    return None


def reachable(guidance: Guidance, adj: Mapping[str, list[str]] | None = None) -> set[str]:
    adj = adjacency(guidance) if adj is None else adj
    seen: set[str] = set()
    todo = [guidance.start] if guidance.start else []
    while todo:
        qid = todo.pop()
        if qid in seen or qid not in guidance.questions:
            continue
        seen.add(qid)
        todo.extend(adj[qid])
    return seen


def topological(guidance: Guidance) -> list[str]:
    """The reachable questions, each before every question it leads to (loop-free graph)."""
    adj = adjacency(guidance)
    nodes = reachable(guidance, adj)
    incoming = dict.fromkeys(nodes, 0)
    for qid in nodes:
        for target in adj[qid]:
            incoming[target] += 1
    ready = [q for q in nodes if incoming[q] == 0]
    order: list[str] = []
    while ready:
        qid = ready.pop()
        order.append(qid)
        for target in adj[qid]:
            incoming[target] -= 1
            if incoming[target] == 0:
                ready.append(target)
    return order


def count_routes(guidance: Guidance) -> int:
    """How many routes there are, counted without listing them."""
    order = topological(guidance)
    count: dict[str, int] = {}
    for qid in reversed(order):
        count[qid] = sum(
            1 if target == END else count[target] for _a, target in guidance.questions[qid].edges()
        )
    return count.get(guidance.start or "", 0)


def routes(guidance: Guidance) -> Iterator[tuple[RouteStep, ...]]:
    """Every route from the first question to the end, one at a time (for tests).

    There can be very many: use it on small trees, or count them first.
    """
    if not guidance.start:
        return
    stack: list[tuple[str, tuple[RouteStep, ...]]] = [(guidance.start, ())]
    while stack:
        qid, sofar = stack.pop()
        question = guidance.questions[qid]
        branching = kind_of(question).branches
        for answer, target in reversed(question.edges()):
            step = (*sofar, RouteStep(qid, answer if branching else None))
            if target == END:
                yield step
            else:
                stack.append((target, step))


def _mentioned(condition: Condition, out: set[str]) -> None:
    todo: list[Condition] = [condition]
    while todo:
        cond = todo.pop()
        if isinstance(cond, Leaf):
            out.add(cond.question)
        elif isinstance(cond, Not):
            todo.append(cond.part)
        elif isinstance(cond, All | AnyOf):
            todo.extend(cond.parts)


class _State(NamedTuple):
    """What a route has told so far that some undecided rule still looks at."""

    answers: frozenset[tuple[str, Any]]
    pending: tuple[int, ...]  # rules not yet decided, by horizon


def routes_without_advice(guidance: Guidance) -> tuple[list[list[RouteStep]], bool]:
    """Routes on which no rule is certainly true, one example per kind; and
    whether the check gave up (too many answer combinations).

    A state carries the answers that rules still undecided look at, and those
    rules, ordered by their *horizon* (the last question, in topological order,
    that they mention). Going to a question past a rule's horizon decides it:
    every question it names has been answered or skipped for good. A state with
    a rule certainly true is covered and goes no further; rules certainly false
    are dropped, with the answers only they looked at. So routes that differ in
    nothing an undecided rule looks at merge, and a tree whose rules are
    decided early (the usual case) is checked in time linear in its edges.
    """
    if not guidance.start or not guidance.questions:
        return [], False
    if any(rule.when is None for rule in guidance.advice):
        return [], False  # advice for everyone: every route has some
    order = topological(guidance)
    index = {qid: n for n, qid in enumerate(order)}
    end_index = len(order)
    conditions = [rule.when for rule in guidance.advice if rule.when is not None]
    names: list[set[str]] = []
    for cond in conditions:
        found: set[str] = set()
        _mentioned(cond, found)
        names.append(found)
    horizon = [max((index.get(q, -1) for q in found), default=-1) for found in names]
    naming: dict[str, list[int]] = {}
    for k, found in enumerate(names):
        for q in found:
            naming.setdefault(q, []).append(k)

    def decide(k: int, answers: dict[str, Any], at: int) -> bool | None:
        known = dict(answers)
        for q in names[k]:
            if q not in known and index.get(q, -1) >= at:
                known[q] = UNKNOWN  # still ahead: it may be asked or not
        return evaluate(conditions[k], known)

    start = _State(frozenset(), tuple(sorted(range(len(conditions)), key=horizon.__getitem__)))
    came_from: dict[tuple[str, _State], tuple[str, _State, str | None] | None] = {
        (guidance.start, start): None
    }
    states: dict[str, set[_State]] = {guidance.start: {start}}
    bad: list[list[RouteStep]] = []
    total = 1
    for qid in order:
        question = guidance.questions[qid]
        branching = kind_of(question).branches
        for state in states.pop(qid, ()):
            for answer, target in question.edges():
                at = end_index if target == END else index[target]
                value = answer if branching else UNKNOWN
                answers = dict(state.answers)
                if any(k in state.pending for k in naming.get(qid, ())):
                    answers[qid] = value
                check = {k for k in naming.get(qid, ()) if k in state.pending}
                check |= {k for k in state.pending if horizon[k] < at}
                outcome = {k: decide(k, answers, at) for k in check}
                origin = (qid, state, answer if branching else None)
                if any(v is True for v in outcome.values()):
                    continue  # covered, whatever comes next
                pending = tuple(k for k in state.pending if outcome.get(k) is not False)
                if target == END or not pending:
                    bad.append(_route_to(came_from, origin))
                    continue
                looked_at = set().union(*(names[k] for k in pending))
                new = _State(
                    frozenset((q, v) for q, v in answers.items() if q in looked_at), pending
                )
                bucket = states.setdefault(target, set())
                if new not in bucket:
                    bucket.add(new)
                    came_from[(target, new)] = origin
                    total += 1
                    if total > MAX_STATES:
                        return [], True
    return bad, False


def _route_to(
    came_from: dict[tuple[str, _State], tuple[str, _State, str | None] | None],
    origin: tuple[str, _State, str | None] | None,
) -> list[RouteStep]:
    route: list[RouteStep] = []
    step = origin
    while step is not None:
        qid, prev, answer = step
        route.append(RouteStep(qid, answer))
        step = came_from.get((qid, prev))
    return route[::-1]


def check_graph(guidance: Guidance, lines: Mapping[str, int]) -> list[Problem]:
    """Loops and unreachable questions: cheap, checked on every load."""
    if not guidance.questions:
        return []
    adj = adjacency(guidance)
    loop = find_cycle(guidance, adj)
    if loop:
        return [
            Problem(
                f"{loop[0]}.next", "v-cycle", lines.get(loop[0], 0), {"cycle": " → ".join(loop)}
            )
        ]
    reached = reachable(guidance, adj)
    return [
        Problem(f"{qid}.id", "v-unreachable", lines.get(qid, 0))
        for qid in guidance.questions
        if qid not in reached
    ]


def check_routes(guidance: Guidance) -> list[Problem]:
    """Every route through the questions must end in some advice.

    Separate from loading: ``validate`` and the build run it, so a shipped tree
    is known good and ``advise`` need not re-check it on every run.
    """
    bad, gave_up = routes_without_advice(guidance)
    if gave_up:
        return [Problem("advice", "v-too-complex", 0, {"limit": MAX_STATES})]
    problems = []
    for route in bad:
        last = route[-1]
        shown = " → ".join(f"{s.question}={s.answer or '*'}" for s in route)
        problems.append(Problem(f"{last.question}.next", "v-path-no-advice", 0, {"path": shown}))
    return problems


def depends_on(guidance: Guidance, qid: str) -> set[str]:
    """Questions whose being asked hangs on the answer to ``qid``.

    Those are the questions on any branch out of ``qid`` before the branches
    meet again (say, "how many days ago did you get it?" after "which court
    paper?"). Questions from the meeting point on are asked whatever the
    answer, so their answers stand. An early exit (an answer that ends the
    questions where another answer to the same question goes on, like "see the
    help first") meets the other branches only at the end; it must not make
    every later answer look dependent, so early exits are left out.

    Worked on the graph, never by listing routes: the meeting point is the
    first question, in topological order, that lies on every way on.
    """

    def onward(node: str) -> list[str]:
        targets = [t for _a, t in guidance.questions[node].edges()]
        goes_on = [t for t in targets if t != END]
        return list(dict.fromkeys(goes_on if goes_on else targets))

    starts = onward(qid)
    if len(starts) < 2:
        return set()
    order = {q: n for n, q in enumerate(topological(guidance))}

    def reach(start: str, avoid: str | None = None) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            node = todo.pop()
            if node in seen or node == avoid:
                continue
            seen.add(node)
            if node != END:
                todo.extend(onward(node))
        return seen

    reached = [reach(s) for s in starts]
    common = set.intersection(*reached) - {END}
    # On every way on: from no start can the end be reached without it.
    on_every_way = [n for n in common if not any(END in reach(s, avoid=n) for s in starts)]
    meet = min(on_every_way, key=order.__getitem__, default=END)
    out: set[str] = set()
    for start in starts:
        todo = [start]
        while todo:
            node = todo.pop()
            if node in (END, meet) or node in out:
                continue
            out.add(node)
            todo.extend(onward(node))
    return out
