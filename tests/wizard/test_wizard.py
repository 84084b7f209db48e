"""The wizard, driven in-process through a pipe, as questionary's own tests do."""

from __future__ import annotations

from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp.errors import Interrupted
from debthelp.guidance.graph import depends_on
from debthelp.wizard import describe, run_wizard

DOWN = "\x1b[B"
UP = "\x1b[A"
ENTER = "\r"
SPACE = " "
CTRL_C = "\x03"

# Key presses for one full run: safe; calls; lenders and months left blank;
# platform; high; nothing; yes; payment order; 3 days; offers yes; paid no.
SAFE = ENTER
CALLS = SPACE + ENTER
BLANK = ENTER
PLATFORM = DOWN * 4 + ENTER
HIGH = ENTER
NOTHING = DOWN * 2 + ENTER
YES = UP + ENTER  # a yes/no starts on "no" (issue 24)
NO = ENTER
PAYMENT_ORDER = DOWN * 2 + ENTER
BEFORE_LENDER = SAFE + CALLS + BLANK + BLANK
FULL_RUN = BEFORE_LENDER + PLATFORM + HIGH + NOTHING + YES + PAYMENT_ORDER + "3" + ENTER
FULL_RUN += YES + NO
SHOW_PLAN = ENTER
EXPECTED = {
    "safety": "safe",
    "collectors": ["calls"],
    "lenders-count": "",
    "months-overdue": "",
    "lender": "platform",
    "cost": "high",
    "pay": "nothing",
    "hardship": "yes",
    "papers": "payment-order",
    "received-days": 3,
    "offers": "yes",
    "paid-fixer": "no",
}
# On the review screen: the plan first, then the questions in route order.
REVIEW = {qid: DOWN * (n + 1) + ENTER for n, qid in enumerate(EXPECTED)}


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
    # choice: yes, no, back; the pointer starts on "no"). "pay" comes back with
    # "part" selected: one down is "nothing".
    part = DOWN + ENTER
    back = DOWN + ENTER
    keys = BEFORE_LENDER + PLATFORM + HIGH + part + back + DOWN + ENTER
    keys += YES + PAYMENT_ORDER + "3" + ENTER + YES + NO
    assert run(guidance, keys + SHOW_PLAN) == EXPECTED


def test_back_twice_goes_back_two_questions(guidance) -> None:
    # At "cost", Back (last choice) to "lender"; "lender" comes back with
    # "platform" (the fifth of six) selected, so two down is Back to "collectors".
    cost_back = DOWN * 3 + ENTER
    lender_back = DOWN * 2 + ENTER
    keys = BEFORE_LENDER + PLATFORM + cost_back + lender_back
    # "months-overdue" comes back (blank): "b" goes back once more, to "lenders-count".
    keys += "b" + ENTER + "2" + ENTER + BLANK
    # "lender" is remembered: Enter keeps "platform".
    keys += ENTER + HIGH + NOTHING + YES + PAYMENT_ORDER + "3" + ENTER + YES + NO + SHOW_PLAN
    assert run(guidance, keys) == {**EXPECTED, "lenders-count": 2}


def test_back_from_a_number_question(guidance) -> None:
    keys = BEFORE_LENDER + PLATFORM + HIGH + NOTHING + YES + PAYMENT_ORDER + "b" + ENTER
    keys += DOWN + ENTER  # "papers" comes back on "payment order"; one down is a summons
    keys += "7" + ENTER + YES + NO + SHOW_PLAN
    result = run(guidance, keys)
    assert result["papers"] == "summons"
    assert result["received-days"] == 7


def test_review_change_reasks_the_answers_that_depend_on_it(guidance) -> None:
    # On the review screen pick "papers", change payment order -> summons; the
    # days question hangs on that answer, so it is asked again (empty), and then
    # the review.
    keys = FULL_RUN + REVIEW["papers"] + DOWN + ENTER + "20" + ENTER + SHOW_PLAN
    assert run(guidance, keys) == {**EXPECTED, "papers": "summons", "received-days": 20}


def test_review_change_drops_answers_the_new_path_skips(guidance) -> None:
    # Change "pay: nothing" to "pay: all": the hardship question is no longer on
    # the path, so its answer is dropped rather than kept silently.
    keys = FULL_RUN + REVIEW["pay"] + UP * 2 + ENTER + SHOW_PLAN
    result = run(guidance, keys)
    assert result["pay"] == "all"
    assert "hardship" not in result
    assert result["papers"] == "payment-order"  # after the branches meet: kept


def test_review_unchanged_answer_keeps_everything(guidance) -> None:
    keys = FULL_RUN + REVIEW["lender"] + ENTER + SHOW_PLAN  # lender: keep "platform"
    assert run(guidance, keys) == EXPECTED


def test_answers_already_given_are_not_asked(guidance) -> None:
    given = {k: v for k, v in EXPECTED.items() if k not in ("offers", "paid-fixer")}
    # Only "offers" and then "paid-fixer" are asked (yes/no/back each).
    assert run(guidance, YES + NO + SHOW_PLAN, answers=given) == EXPECTED


def test_number_rejects_bad_input_until_it_is_right(guidance) -> None:
    keys = BEFORE_LENDER + PLATFORM + HIGH + NOTHING + YES + PAYMENT_ORDER
    keys += "abc" + ENTER + "\x7f" * 3 + "-5" + ENTER + "\x7f" * 2 + "4" + ENTER
    keys += YES + NO + SHOW_PLAN
    assert run(guidance, keys)["received-days"] == 4


def test_multi_refuses_an_empty_choice_and_exclusive_mixes(guidance) -> None:
    none_option = DOWN * 12  # "nobody has contacted me yet"
    keys = SAFE + ENTER  # nothing ticked: refused, stays on the question
    keys += SPACE + none_option + SPACE + ENTER  # calls + none: refused
    keys += SPACE + ENTER  # untick "none": just calls
    keys += BLANK + BLANK + PLATFORM + HIGH + NOTHING + YES + PAYMENT_ORDER + "3" + ENTER
    keys += YES + NO + SHOW_PLAN
    assert run(guidance, keys)["collectors"] == ["calls"]


@pytest.mark.parametrize("where", [0, 1, 3, 4, 9])
def test_ctrl_c_at_any_prompt_cancels(guidance, where: int) -> None:
    steps = [SAFE, CALLS, BLANK, BLANK, PLATFORM, HIGH, NOTHING, YES, PAYMENT_ORDER, "3" + ENTER]
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


def _run_seen(guidance: Any, keys: str, lang: str = "zh") -> tuple[Any, str]:
    """Run the wizard and return (answers or the exception, what it printed)."""
    import io

    from prompt_toolkit.output.plain_text import PlainTextOutput

    screen = io.StringIO()
    with create_pipe_input() as inp:
        inp.send_text(keys)
        inp.close()
        try:
            result: Any = run_wizard(
                guidance, lang, None, input=inp, output=PlainTextOutput(screen)
            )  # type: ignore[arg-type]
        except Interrupted as error:
            result = error
    return result, screen.getvalue()


CANNOT_GO_ON = DOWN * 2 + ENTER


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_self_harm_shows_the_numbers_at_once_and_help_first_ends_there(
    guidance: Any, lang: str
) -> None:
    # Enter takes the default of the next question, "see the help first": the
    # questions end there, with no review screen (the keys would run out).
    result, screen = _run_seen(guidance, CANNOT_GO_ON + ENTER, lang)
    assert result == {"safety": "cannot-go-on", "safety-continue": "stop"}
    numbers_at = screen.index("12356")
    assert "120" in screen[: numbers_at + 10]
    # the numbers come before the follow-up question is asked
    follow_up = guidance.questions["safety-continue"].text(lang)[:8]
    assert numbers_at < screen.index(follow_up)


def test_danger_shows_110_at_once(guidance: Any) -> None:
    result, screen = _run_seen(guidance, DOWN + ENTER + CTRL_C)
    follow_up = guidance.questions["safety-continue"].text("zh")[:8]
    assert "110" in screen[: screen.index(follow_up)]
    assert isinstance(result, Interrupted)
    assert any("110" in line for line in result.help_lines)


def test_ctrl_c_after_a_crisis_answer_carries_the_numbers_out(guidance: Any) -> None:
    result, _screen = _run_seen(guidance, CANNOT_GO_ON + CTRL_C)
    assert isinstance(result, Interrupted)
    assert any("12356" in line for line in result.help_lines)
    assert any("120" in line for line in result.help_lines)


def test_nothing_is_shown_at_once_for_a_safe_answer(guidance: Any) -> None:
    result, screen = _run_seen(guidance, SAFE + CTRL_C)
    assert isinstance(result, Interrupted)
    assert result.help_lines == ()
    assert "12356" not in screen


def test_the_progress_mark_counts_this_route(guidance: Any) -> None:
    _result, screen = _run_seen(guidance, CANNOT_GO_ON + CTRL_C)
    # The crisis path: the count goes on from 1, with no total that jumps to 2/2 (issue 24).
    assert "（第 1 题，还有约" in screen and "（第 2 题）" in screen and "第 2/2 题" not in screen


def test_pick_at_least_one_shows_without_cursor_reports(guidance: Any) -> None:
    # A plain-text output cannot report the cursor position, as with
    # PROMPT_TOOLKIT_NO_CPR: the message must still be drawn, under the question.
    result, screen = _run_seen(guidance, SAFE + ENTER + CTRL_C)
    assert isinstance(result, Interrupted)
    assert "请至少选一项" in screen
    error = screen.index("请至少选一项")
    # drawn right after the question and its help (the choices follow it)
    assert screen.rindex("催收方做了或说了哪些事", 0, error) < error


@pytest.mark.parametrize(("lang", "yes", "no"), [("zh", "是", "否"), ("en", "Yes", "No")])
def test_a_confirm_echoes_its_answer_in_the_persons_language(lang: str, yes: str, no: str) -> None:
    import io

    import questionary.prompts.confirm as confirm_module
    from prompt_toolkit.output.plain_text import PlainTextOutput

    from debthelp.wizard.prompt import confirm, session

    for key, expected, word in (("y", True, yes), ("n", False, no)):
        screen = io.StringIO()
        with create_pipe_input() as inp, session(inp, PlainTextOutput(screen)):
            inp.send_text(key)
            assert confirm("问题？", lang, default=True, instruction=None) is expected  # type: ignore[arg-type]
        assert word in screen.getvalue().splitlines()[-1]
    # questionary's own words are back for anyone else.
    assert (confirm_module.YES, confirm_module.NO) == ("Yes", "No")  # type: ignore[attr-defined]


@pytest.fixture
def outer_sigint() -> Any:
    """A SIGINT handler of the test's own around the session, whatever an earlier
    test (or an xdist worker) left installed: it records, it never raises. So a
    session that forgot to install its handler lets the signal reach this one and
    raises nothing, and one that forgot to put the previous handler back is seen."""
    import signal

    from debthelp.wizard import sigint

    assert sigint._watching == []  # no session left open by an earlier test
    seen: list[int] = []

    def outer(signum: int, _frame: Any) -> None:
        seen.append(signum)

    before = signal.signal(signal.SIGINT, outer)
    try:
        yield outer, seen
    finally:
        signal.signal(signal.SIGINT, before)


def test_a_sigint_between_two_prompts_is_held_and_stops_the_next_one(outer_sigint: Any) -> None:
    # Python's default handler would raise at once, wherever the code happened
    # to be (inside prompt_toolkit's teardown it could be swallowed, and the
    # Ctrl-C was lost). The session's own handler notes it; the next prompt
    # is never shown.
    import os
    import signal

    import questionary

    from debthelp.wizard import sigint
    from debthelp.wizard.prompt import guarded, session

    outer, seen = outer_sigint
    reached = []
    with create_pipe_input() as inp:
        # An answer for the second prompt too: shown by mistake, it returns
        # (and the test fails) instead of waiting for input that never comes.
        inp.send_text("a\rb\r")
        with pytest.raises(KeyboardInterrupt), session(inp, DummyOutput()):
            assert guarded(questionary.text("1")) == "a"
            os.kill(os.getpid(), signal.SIGINT)
            reached.append("after the signal")
            guarded(questionary.text("2"))
            reached.append("after the second prompt")
    assert reached == ["after the signal"]
    assert seen == []  # the session's handler took it, not the one outside
    assert signal.getsignal(signal.SIGINT) is outer  # and the one outside is back
    assert sigint._watching == []


def test_a_sigint_after_the_last_prompt_ends_the_session_with_an_interrupt(
    outer_sigint: Any,
) -> None:
    import os
    import signal

    from debthelp.wizard import sigint
    from debthelp.wizard.prompt import session

    outer, seen = outer_sigint
    with (
        pytest.raises(KeyboardInterrupt),
        create_pipe_input() as inp,
        session(inp, DummyOutput()),
    ):
        os.kill(os.getpid(), signal.SIGINT)
    assert seen == []
    assert signal.getsignal(signal.SIGINT) is outer
    assert sigint._watching == []
