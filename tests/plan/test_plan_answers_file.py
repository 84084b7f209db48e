"""An answers file may leave out the optional questions (examples/answers.yaml says
so): on a terminal too. There ``advise`` stopped with "the answer to
'lenders-count' is missing" (in a pipe the blanks were filled in first)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from debthelp.engine import advise, coerce_all, with_blanks
from debthelp.guidance import Guidance

CARD = {
    "safety": "safe",
    "collectors": ["calls", "threats"],
    "lender": "credit-card",
    "pay": "part",
    "hardship": "no",
    "papers": "none",
    "offers": "no",
}


def test_optional_questions_left_out_are_blank(guidance: Guidance) -> None:
    answers: dict[str, Any] = coerce_all(guidance, CARD)
    assert "lenders-count" not in answers and guidance.questions["lenders-count"].optional
    plan = advise(guidance, answers, today=dt.date(2026, 12, 6))
    blanked = advise(guidance, with_blanks(guidance, answers), today=dt.date(2026, 12, 6))
    assert [s.id for s in plan.steps] == [s.id for s in blanked.steps]
    assert "negotiate-credit-card" in [s.id for s in plan.steps]


def test_a_required_answer_is_still_required(guidance: Guidance) -> None:
    import pytest

    from debthelp.errors import InputError

    answers = coerce_all(guidance, {k: v for k, v in CARD.items() if k != "pay"})
    with pytest.raises(InputError) as caught:
        advise(guidance, answers)
    assert caught.value.params["question"] == "pay"
