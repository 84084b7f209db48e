"""The plan as a ``Doc`` and as JSON: do these first, the ranked steps, Later.

``fit_plan`` keeps the text plan within one reading (``PLAN_LINES_BY_LANG`` at
80 columns), moving steps that do not fit to Later; it chooses the steps once,
for both languages.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from debthelp.i18n import LANGS, Lang, t
from debthelp.render.doc import Block, Doc
from debthelp.render.draw import to_text, with_path_note
from debthelp.render.views import (
    cite,
    say_json,
    short_item,
    source_label,
    terms_footer,
    tip_item,
)

if TYPE_CHECKING:  # only for types: `tips` must not pay for the engine or rate at start-up
    import datetime as dt
    from collections.abc import Mapping

    from debthelp.engine import DueDate, Plan
    from debthelp.guidance import Guidance


# The plan's bands, most urgent first: one explicit key per urgency level.
_BAND_TITLES = {
    "now": "band-now",
    "deadline": "band-deadline",
    "today": "band-today",
    "soon": "band-soon",
    "later": "band-later",
}


def due_line(due: DueDate, lang: Lang) -> str:
    """One line for a court deadline: the date, the days left, what to do."""
    if due.passed:
        return t(
            "plan-deadline-passed", lang, what=due.deadline.what(lang), due=_day(due.due, lang)
        )
    return t(
        "plan-deadline",
        lang,
        what=due.deadline.what(lang),
        due=_day(due.due, lang),
        days=due.days_left,
    )


def _day(day: dt.date, lang: Lang) -> str:
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.strftime("%d %b %Y").lstrip("0")


def do_first_lines(plan: Plan, lang: Lang) -> list[tuple[str, str]]:
    """(id, text) of each "Do these first" line: court deadlines, then the actions."""
    out = [(due.deadline.id, due_line(due, lang)) for due in plan.due]
    out += [(step.id, step.tip.first(lang)) for step in plan.do_first if step.tip.first]
    return out


# What a frightened person reads is one screen or two: the default text plan
# stays within this many lines at 80 columns (an issue goal, tested on every route;
# README, the plan section). The steps are chosen once for both languages, so the
# English text of the same steps, about a quarter longer, has its own bound. Every
# line of "Do these first", the steps for right now and the main remedies keep
# their step in the body (issue 24): below the first screen each step is in its
# short form (``render.views.short_item``: the lead, the service lines and commands,
# the words to say, where to read it all), and so they fit on every route.
PLAN_LINES = 120
PLAN_LINES_BY_LANG: dict[Lang, int] = {"zh": PLAN_LINES, "en": 150}
MIN_STEPS = 1
# The default plan shows this many steps in full (the first screen, under "Do
# these first"); each later one in its short form (``render.views.short_item``).
FULL_STEPS = 1
# Later lists this many titles, then how many more and where to read them.
LATER_SHOWN = 6


def fit_plan(
    guidance: Guidance,
    plan: Plan,
    lang: Lang,
    width: int = 80,
    budget: Mapping[Lang, int] = PLAN_LINES_BY_LANG,
) -> Plan:
    """The plan as the default view shows it (``Plan.brief``: the first
    ``FULL_STEPS`` in full, the rest in their short form), with as many body steps
    as fit in ``budget`` lines of text.

    The budget counts the whole plan as printed, citations included, and holds
    in both languages at once: the steps are chosen once, so the Chinese and the
    English plan show the same steps (``lang`` changes nothing). Steps that do
    not fit move to Later by title, in rank order; the steps of "Do these
    first" never do, and the ``now`` steps and the person's main remedies
    (``Step.kept``) come next, before any general step (``engine.keep``). In
    their short form they fit the budget on every route (tested). ``--full``
    skips this.
    """
    del lang  # the choice must not depend on the language
    brief = replace(plan, brief=True)

    def fits(count: int) -> bool:
        shorter = brief.shorter(count)
        return all(
            # Counted as printed: with the note on how to type the commands
            # (started as .venv/bin/debthelp), three lines more.
            to_text(with_path_note(plan_doc(guidance, shorter, each), each), each, width).count(
                "\n"
            )
            <= budget[each]
            for each in LANGS
        )

    if fits(len(plan.steps)):
        return brief
    # "Do these first" is chosen from the body: all its steps are there, then the
    # main remedies and the steps for right now (``engine.keep`` puts them first).
    first = {s.id for s in plan.do_first}
    kept = sum(1 for s in plan.steps if s.kept and s.id not in first)
    low = max(min(MIN_STEPS, len(plan.steps)), len(first) + kept)
    high = len(plan.steps)
    while low < high:  # the largest count that fits (low if none), by bisection
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return brief.shorter(low)


def plan_doc(guidance: Guidance, plan: Plan, lang: Lang) -> Doc:
    """The plan: what to do first, the ranked steps by urgency, what to read later."""
    blocks = []
    lead = do_first_lines(plan, lang)
    if lead:
        blocks.append(
            Block(
                t("plan-do-first", lang),
                lines=tuple(x for _i, x in lead),
                numbered=True,
                strong=True,
            )
        )
    number = 0
    for level, steps in plan.bands():
        items = []
        for step in steps:
            number += 1
            if plan.brief and number > FULL_STEPS:
                items.append(short_item(step.tip, lang))
            else:
                item = tip_item(guidance, step.tip, lang, with_why=True)
                # The Sources block below lists every id.
                items.append(item._replace(sources=(), source_ids=()) if plan.brief else item)
        blocks.append(Block(t(_BAND_TITLES[level], lang), tuple(items)))
    if plan.later:
        shown = plan.later[:LATER_SHOWN]
        lines = [
            t("plan-later-line", lang, title=s.tip.title(lang), topic=s.tip.topic) for s in shown
        ]
        rest = plan.later[LATER_SHOWN:]
        if rest:
            topics = dict.fromkeys(s.tip.topic for s in rest)
            lines.append(t("plan-later-more", lang, count=len(rest), topics=" ".join(topics)))
        blocks.append(Block(t("plan-later", lang), lines=tuple(lines)))
    cited: list[str] = []
    # A step in its short form sends the reader to the whole of it, sources and all.
    for step in plan.steps[: FULL_STEPS if plan.brief else None]:
        cited += [sid for sid in step.tip.all_sources if sid not in cited]
    if cited:
        blocks.append(
            Block(
                t("plan-sources", lang),
                lines=tuple(
                    f"[{source_label(sid, lang)}] {c}"
                    for sid, c in zip(cited, cite(guidance, cited, lang), strict=True)
                ),
            )
        )
    footer = (
        *terms_footer(guidance, blocks, lang),
        guidance.disclaimer(lang),
        t("reviewed", lang, date=guidance.reviewed.isoformat()),
        t("plan-end", lang),
    )
    return Doc(
        t("plan-title", lang),
        tuple(blocks),
        notes=(t("plan-intro", lang),),
        numbered=True,
        footer=footer,
        cite_at_end=True,
    )


def plan_json(guidance: Guidance, plan: Plan, lang: Lang) -> dict[str, Any]:
    return {
        "lang": lang,
        "answers": dict(plan.answers),
        "do_first": [{"id": i, "text": x} for i, x in do_first_lines(plan, lang)],
        "deadlines": [
            {
                "id": due.deadline.id,
                "what": due.deadline.what(lang),
                "received": due.received.isoformat(),
                "due": due.due.isoformat(),
                "days_left": due.days_left,
                "source": "; ".join(due.deadline.sources),
            }
            for due in plan.due
        ],
        "sections": [
            {
                "id": level,
                "title": t(_BAND_TITLES[level], lang),
                "steps": [
                    {
                        "id": step.id,
                        "title": step.tip.title(lang),
                        "text": step.tip.body(lang),
                        "say": say_json(guidance, step.tip, lang),
                        "why": step.tip.why(lang) if step.tip.why else "",
                        "source": "; ".join(step.tip.all_sources),
                        "sources": [
                            {"id": sid, "cite": c}
                            for sid, c in zip(
                                step.tip.all_sources,
                                cite(guidance, step.tip.all_sources, lang),
                                strict=True,
                            )
                        ],
                        "urgency": step.urgency,
                        "urgent": step.urgent,
                    }
                    for step in steps
                ],
            }
            for level, steps in plan.bands()
        ],
        "later": [
            {"id": s.id, "title": s.tip.title(lang), "topic": s.tip.topic} for s in plan.later
        ],
    }
