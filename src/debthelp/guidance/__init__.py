"""The guidance: every piece of advice, the wizard's questions, and the rules (pure core).

- ``model``: the records (tips, questions, rules, conditions) and the one
  condition evaluator; the vocabulary is written down there.
- ``kinds``: what each kind of question accepts, where each answer leads, how
  an answer is cleaned and read back. A new kind of question goes there.
- ``reader``: parsed YAML -> model, listing every structural problem at once.
- ``graph``: loops, reachability, and "every route ends in advice", all linear.
- ``store``: finding the file, the wheel's JSON snapshot, ``load_guidance``.

The file format is described in ``docs/guidance-format.md``.
"""

from __future__ import annotations

from typing import NamedTuple

from debthelp.guidance.model import (
    END,
    URGENCIES,
    Condition,
    Guidance,
    Option,
    Problem,
    Question,
    Rule,
    Source,
    Term,
    Text,
    Tip,
    Topic,
    evaluate,
)
from debthelp.guidance.store import (
    default_guidance_path,
    guidance_path,
    load_guidance,
    snapshot_json,
    validate_guidance,
)


class Summary(NamedTuple):
    questions: int
    tips: int
    topics: int
    terms: int
    paths: int


def summary(guidance: Guidance) -> Summary:
    from debthelp.guidance.graph import count_routes

    return Summary(
        questions=len(guidance.questions),
        tips=len(guidance.tips),
        topics=len(guidance.topics),
        terms=len(guidance.terms),
        paths=count_routes(guidance),
    )


__all__ = [
    "END",
    "URGENCIES",
    "Condition",
    "Guidance",
    "Option",
    "Problem",
    "Question",
    "Rule",
    "Source",
    "Summary",
    "Term",
    "Text",
    "Tip",
    "Topic",
    "default_guidance_path",
    "evaluate",
    "guidance_path",
    "load_guidance",
    "snapshot_json",
    "summary",
    "validate_guidance",
]
