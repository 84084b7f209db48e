"""The wizard, driven in-process through a pipe, as questionary's own tests do."""

from __future__ import annotations

from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp.errors import Interrupted
from debthelp.wizard import depends_on, describe, run_wizard

DOWN = "\x1b[B"
UP = "\x1b[A"
ENTER = "\r"
SPACE = " "
CTRL_C = "\x03"

# Key presses for one full run: safe; calls; platform; high; nothing; yes;
# payment order; 3 days; offers yes.
SAFE = ENTER
CALLS = SPACE + ENTER
PLATFORM = DOWN * 4 + ENTER
HIGH = ENTER
NOTHING = DOWN * 2 + ENTER
YES = ENTER
PAYMENT_ORDER = DOWN * 2 + ENTER
FULL_RUN = SAFE + CALLS + PLATFORM + HIGH + NOTHING + YES + PAYMENT_ORDER + "3" + ENTER + YES
SHOW_PLAN = ENTER
EXPECTED = {
    "safety": "safe",
    "collectors": ["calls"],
    "lender": "platform",
    "cost": "high",
    "pay": "nothing",
    "hardship": "yes",
    "papers": "payment-order",
    "received-days": 3,
    "offers": "yes",
}


def run(
    guidance: Any, keys: str, *, lang: str = "zh", answers: dict[str, Any] | None = None
) -> dict[str, Any]:
    with create_pipe_input() as inp:
        inp.send_text(keys)
        # Closing the pipe after the keys turns a test whose keys run out into
        # end of input (Interrupted) instead of a prompt that waits for ever.
        inp.close()
        return run_wizard(guidance, lang, answers, input=inp, output=DummyOutput())  # type: ignore[arg-type]


def test_a_full_run_returns_every_answer_on_the_path(guidance) -> None:
    assert run(guidance, FULL_RUN + SHOW_PLAN) == EXPECTED


def test_the_same_keys_in_english_give_the_same_answers(guidance) -> None:
    assert run(guidance, FULL_RUN + SHOW_PLAN, lang="en") == EXPECTED


def test_back_returns_to_the_previous_question(guidance) -> None:
    # Answer "pay: part", then choose Back on the hardship question (its third
    # choice: yes, no, back). "pay" comes back with "part" selected: one down
    # is "nothing".
    part = DOWN + ENTER
    back = DOWN * 2 + ENTER
    keys = SAFE + CALLS + PLATFORM + HIGH + part + back + DOWN + ENTER
    keys += YES + PAYMENT_ORDER + "3" + ENTER + YES
    assert run(guidance, keys + SHOW_PLAN) == EXPECTED


def test_back_twice_goes_back_two_questions(guidance) -> None:
    # At "cost", Back (last choice) to "lender"; "lender" comes back with
    # "platform" (the fifth of six) selected, so two down is Back to "collectors".
    cost_back = DOWN * 3 + ENTER
    lender_back = DOWN * 2 + ENTER
    keys = SAFE + CALLS + PLATFORM + cost_back + lender_back
    # Collectors comes back with "calls" still ticked: untick it, tick texts.
    keys += SPACE + DOWN + SPACE + ENTER
    # "lender" is remembered: Enter keeps "platform".
    keys += ENTER + HIGH + NOTHING + YES + PAYMENT_ORDER + "3" + ENTER + YES + SHOW_PLAN
    assert run(guidance, keys)["collectors"] == ["texts"]


def test_back_from_a_number_question(guidance) -> None:
    keys = SAFE + CALLS + PLATFORM + HIGH + NOTHING + YES + PAYMENT_ORDER + "b" + ENTER
    keys += DOWN + ENTER  # "papers" comes back on "payment order"; one down is a summons
    keys += "7" + ENTER + YES + SHOW_PLAN
    result = run(guidance, keys)
    assert result["papers"] == "summons"
    assert result["received-days"] == 7


def test_review_change_reasks_the_answers_that_depend_on_it(guidance) -> None:
    # On the review screen pick "papers" (plan, safety, collectors, lender, cost,
    # pay, hardship, papers), change payment order -> summons; the days question
    # hangs on that answer, so it is asked again (empty), and then the review.
    keys = FULL_RUN + DOWN * 7 + ENTER + DOWN + ENTER + "20" + ENTER + SHOW_PLAN
    assert run(guidance, keys) == {**EXPECTED, "papers": "summons", "received-days": 20}


def test_review_change_drops_answers_the_new_path_skips(guidance) -> None:
    # Change "pay: nothing" to "pay: all": the hardship question is no longer on
    # the path, so its answer is dropped rather than kept silently.
    keys = FULL_RUN + DOWN * 5 + ENTER + UP * 2 + ENTER + SHOW_PLAN
    result = run(guidance, keys)
    assert result["pay"] == "all"
    assert "hardship" not in result
    assert result["papers"] == "payment-order"  # after the branches meet: kept


def test_review_unchanged_answer_keeps_everything(guidance) -> None:
    keys = FULL_RUN + DOWN * 3 + ENTER + ENTER + SHOW_PLAN  # lender: keep "platform"
    assert run(guidance, keys) == EXPECTED


def test_answers_already_given_are_not_asked(guidance) -> None:
    given = {k: v for k, v in EXPECTED.items() if k not in ("offers",)}
    # Only "offers" is asked: a plain confirm (nothing to go back to? no: it has a
    # previous question, so yes/no/back). Enter picks "yes", then Show plan.
    assert run(guidance, YES + SHOW_PLAN, answers=given) == EXPECTED


def test_number_rejects_bad_input_until_it_is_right(guidance) -> None:
    keys = SAFE + CALLS + PLATFORM + HIGH + NOTHING + YES + PAYMENT_ORDER
    keys += "abc" + ENTER + "\x7f" * 3 + "-5" + ENTER + "\x7f" * 2 + "4" + ENTER + YES + SHOW_PLAN
    assert run(guidance, keys)["received-days"] == 4


def test_multi_refuses_an_empty_choice_and_exclusive_mixes(guidance) -> None:
    none_option = DOWN * 8  # "nobody has contacted me yet"
    keys = SAFE + ENTER  # nothing ticked: refused, stays on the question
    keys += SPACE + none_option + SPACE + ENTER  # calls + none: refused
    keys += SPACE + ENTER  # untick "none": just calls
    keys += PLATFORM + HIGH + NOTHING + YES + PAYMENT_ORDER + "3" + ENTER + YES + SHOW_PLAN
    assert run(guidance, keys)["collectors"] == ["calls"]


@pytest.mark.parametrize("where", [0, 1, 4, 9])
def test_ctrl_c_at_any_prompt_cancels(guidance, where: int) -> None:
    steps = [SAFE, CALLS, PLATFORM, HIGH, NOTHING, YES, PAYMENT_ORDER, "3" + ENTER, YES, SHOW_PLAN]
    with pytest.raises(Interrupted):
        run(guidance, "".join(steps[:where]) + CTRL_C)


def test_end_of_input_cancels(guidance) -> None:
    with pytest.raises(Interrupted):
        run(guidance, SAFE + CALLS)


def test_dependents_are_the_questions_between_a_branch_and_where_it_rejoins(guidance) -> None:
    assert depends_on(guidance, "papers") == {"received-days"}
    assert depends_on(guidance, "pay") == {"hardship"}
    assert depends_on(guidance, "safety") == {"safety-continue"}
    assert depends_on(guidance, "collectors") == set()
    # An early exit does not make every later answer dependent.
    assert depends_on(guidance, "safety-continue") == set()


def test_describe_shows_answers_as_the_person_saw_them(guidance) -> None:
    q = guidance.questions
    assert describe(q["offers"], "yes", "zh") == "是"
    assert describe(q["received-days"], 3, "en") == "3 days"
    assert describe(q["collectors"], ["calls", "texts"], "zh") == "打电话催款、发短信或微信消息"
