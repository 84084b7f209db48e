"""The wizard's walk: ask what is missing, show help at once, review, change.

Which question comes next and what the answers mean it asks the engine;
which answers hang on a changed one it asks ``guidance.graph.depends_on``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

import questionary
from questionary import Choice

from debthelp.engine import Answers, needed_now, route_length, walk
from debthelp.errors import Interrupted
from debthelp.guidance import Guidance
from debthelp.guidance.kinds import kind_of
from debthelp.i18n import Lang, t
from debthelp.wizard.askers import ask
from debthelp.wizard.prompt import (
    PLAN,
    GoBack,
    confirm,
    fit,
    guarded,
    screen_width,
    select_echoed,
    session,
)

# The answer that says "a text says I have been sued" (data/guidance.yaml): with it,
# the wizard offers to check the message itself before the plan (debthelp check).
COURT_TEXT: Final = ("collectors", "court-text")


def run_wizard(
    guidance: Guidance,
    lang: Lang,
    answers: Answers | None = None,
    *,
    input: Any = None,
    output: Any = None,
    on_court_text: Callable[[str], None] | None = None,
) -> Answers:
    """Ask what is still unanswered, then offer the review screen; return the answers.

    Answers already given (from a file or flags) are kept and not asked again.
    An answer that calls for help *now* (danger, self-harm, money just sent to a
    scammer) shows that help at once, before any other question; an answer
    marked ``skip_review`` ends the questions with no review screen.
    Ctrl-C or end of input raises ``Interrupted`` (carrying any help already
    shown, to show again); nothing is written anywhere. Given ``on_court_text``,
    a person who said a text claims they have been sued is offered, last, to
    paste it; ``on_court_text`` gets the message (``n`` skips with one key).
    """
    given = dict(answers or {})
    shown: list[str] = []
    try:
        with session(input, output):
            given = _ask_missing(guidance, lang, given, shown)
            if not _skips_review(guidance, given):
                while True:
                    choice = _review(guidance, lang, given)
                    if choice == PLAN:
                        break
                    given = _change(guidance, lang, given, choice, shown)
            if on_court_text is not None and _chose(given, *COURT_TEXT):
                message = offer_check(lang)
                if message:
                    on_court_text(message)
                    # The plan comes next and would scroll the result away: wait.
                    guarded(questionary.text(fit(t("check.wizard-continue", lang))))
            return given
    except (KeyboardInterrupt, EOFError):
        raise Interrupted(help_lines=tuple(shown)) from None


def _chose(answers: Answers, qid: str, value: str) -> bool:
    answer = answers.get(qid)
    return answer == value or (isinstance(answer, list) and value in answer)


def offer_check(lang: Lang) -> str:
    """Ask whether to paste the message now; the message, or "" if skipped.

    One key skips (``n``, or Enter on an empty box); Ctrl-C and Ctrl-D cancel
    and Esc does nothing, as at every other prompt. The paste ends with an
    empty line (Enter twice).
    """
    wanted = confirm(
        fit(t("check.wizard-offer", lang)),
        lang,
        default=True,
        instruction=t("check.wizard-offer-hint", lang),
    )
    if not wanted:
        return ""
    prompt = _paste_prompt(lang)
    # questionary echoes a multi-line answer beside the question, a strip a few
    # columns wide: the message is shown again below it, at the screen's width.
    prompt.application.erase_when_done = True
    message = str(guarded(prompt)).strip()
    _echo_paste(fit(t("check.wizard-paste", lang)), message)
    return message


def _echo_paste(question: str, message: str) -> None:
    """The question, then the pasted message in full width, wrapped at word boundaries."""
    from prompt_toolkit import print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText
    from questionary.constants import DEFAULT_STYLE

    from debthelp.render import wrap

    room = max(screen_width() - 1, 20)
    lines = [("class:qmark", "?"), ("class:question", f" {question}\n")]
    for paragraph in message.splitlines() or [""]:
        for line in wrap(paragraph, room, "  ", "  ") or ["  "]:
            lines.append(("class:answer", line + "\n"))
    print_formatted_text(FormattedText(lines), style=DEFAULT_STYLE, end="")


def _paste_prompt(lang: Lang) -> Any:
    """A box for a pasted message: Enter on an empty line (or in an empty box) ends it."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
    from prompt_toolkit.keys import Keys

    prompt = questionary.text(
        fit(t("check.wizard-paste", lang)),
        multiline=True,
        instruction=t("check.wizard-paste-hint", lang),
    )
    keys = KeyBindings()

    @keys.add(Keys.Enter, eager=True)
    def _enter(event: Any) -> None:
        buffer = event.current_buffer
        lines = buffer.text.split("\n")
        if not buffer.text.strip() or not lines[-1].strip():
            buffer.text = buffer.text.rstrip()
            buffer.validate_and_handle()
        else:
            buffer.insert_text("\n")

    app: Any = prompt.application
    app.key_bindings = merge_key_bindings([app.key_bindings, keys])
    return prompt


def _skips_review(guidance: Guidance, answers: Answers) -> bool:
    for qid in walk(guidance, answers).asked:
        opt = guidance.questions[qid].option(str(answers[qid]))
        if opt is not None and opt.skip_review:
            return True
    return False


def progress_mark(guidance: Guidance, answers: Answers, n: int, lang: Lang) -> str:
    """ "Question 8, about 3 more": what is known (this is the 8th) and an estimate.

    A total ("8/11") jumped as answers changed the route (7/10, then 8/11; 2/2 on
    the crisis path): the count never goes back, and the rest is said to be a guess.
    """
    left = max(route_length(guidance, answers) - n, 0)
    if left == 0:
        return t("wizard-progress-last", lang, n=n)
    return t("wizard-progress", lang, n=n, left=left)


def _ask_missing(guidance: Guidance, lang: Lang, answers: Answers, shown: list[str]) -> Answers:
    """Walk forward, asking each unanswered question; Back steps one question back.

    An answer undone by Back is remembered and offered as the default when its
    question comes round again, so going back never costs a person their work.
    """
    answers = dict(answers)
    remembered: Answers = {}
    while True:
        route = walk(guidance, answers)
        if route.missing is None:
            return _on_path(guidance, answers)
        qid = route.missing
        question = guidance.questions[qid]
        previous = route.asked[-1] if route.asked else None
        progress = progress_mark(guidance, answers, len(route.asked) + 1, lang)
        try:
            answers[qid] = ask(
                question,
                lang,
                can_go_back=previous is not None,
                current=remembered.get(qid),
                progress=progress,
            )
        except GoBack:
            if previous is not None:
                # Forget the previous answer so the walk stops there and asks it again.
                remembered[previous] = answers.pop(previous)
            continue
        _show_help_now(guidance, lang, answers, shown)


def _show_help_now(guidance: Guidance, lang: Lang, answers: Answers, shown: list[str]) -> None:
    """Print at once the one-line help that the answers so far call for, once each."""
    lines = [
        step.tip.first(lang)
        for step in needed_now(guidance, answers)
        if step.tip.first and step.tip.first(lang) not in shown
    ]
    if not lines:
        return
    shown.extend(lines)
    from prompt_toolkit import print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText

    text = [("bold", t("wizard-help-now", lang) + "\n")]
    text += [("bold", f"  ! {line}\n") for line in lines]
    print_formatted_text(FormattedText(text))


def _on_path(guidance: Guidance, answers: Answers) -> Answers:
    route = walk(guidance, answers)
    return {qid: answers[qid] for qid in route.asked}


def review_lines(guidance: Guidance, answers: Answers, lang: Lang, width: int) -> list[str]:
    """Every answer in full, wrapped to the screen; a multiple choice one per line."""
    from debthelp.render import wrap

    out: list[str] = []
    for n, qid in enumerate(walk(guidance, answers).asked, 1):
        question = guidance.questions[qid]
        marker = f"{n}. "
        out.extend(wrap(question.text(lang), width, " " * len(marker), marker))
        for label in kind_of(question).describe(question, answers[qid], lang):
            out.extend(wrap(label, width, " " * (len(marker) + 2), " " * len(marker) + "→ "))
    return out


def _review(guidance: Guidance, lang: Lang, answers: Answers) -> str:
    from prompt_toolkit import print_formatted_text

    width = max(screen_width() - 1, 30)
    print_formatted_text("\n" + "\n".join(review_lines(guidance, answers, lang, width)))
    choices = [Choice(t("wizard-show-plan", lang), value=PLAN)]
    for n, qid in enumerate(walk(guidance, answers).asked, 1):
        question = guidance.questions[qid]
        choices.append(Choice(f"{n}. {clip(question.text(lang), width - 8)}", value=qid))
    result = select_echoed(
        fit(t("wizard-review", lang)),
        choices,
        instruction="\n  " + t("wizard-review-hint", lang),
    )
    return str(result)


def clip(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` terminal columns (a Chinese character takes two)."""
    from debthelp.render import cell_width

    if cell_width(text) <= columns:
        return text
    out = ""
    for ch in text:
        if cell_width(out + ch) > columns - 1:
            break
        out += ch
    return out + "…"


def _change(
    guidance: Guidance, lang: Lang, answers: Answers, qid: str, shown: list[str]
) -> Answers:
    """Ask ``qid`` again; if the answer changes, ask again what depended on it."""
    question = guidance.questions[qid]
    try:
        new = ask(question, lang, can_go_back=True, current=answers.get(qid))
    except GoBack:
        return answers  # back from the review screen: nothing changes
    if new == answers.get(qid):
        return answers
    # Imported only when an answer is changed: the graph module costs start-up
    # time, and the first question must appear quickly.
    from debthelp.guidance.graph import depends_on

    updated = dict(answers)
    updated[qid] = new
    for dependent in depends_on(guidance, qid):
        updated.pop(dependent, None)
    _show_help_now(guidance, lang, updated, shown)
    return _ask_missing(guidance, lang, updated, shown)
