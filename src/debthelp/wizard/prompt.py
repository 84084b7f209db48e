"""Asking one question: the prompt, its keys, its checks, and going back.

``ask`` asks one question of any kind and returns a clean answer (raising
``GoBack`` for Back); ``guarded`` runs a questionary prompt so that every way
of giving up ends in ``KeyboardInterrupt``, never in an empty answer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import questionary
from prompt_toolkit.application import create_app_session, create_app_session_from_tty
from questionary import Choice

from debthelp.engine import Answer, coerce
from debthelp.errors import DebtHelpError
from debthelp.guidance import Question
from debthelp.guidance.kinds import kind_of
from debthelp.i18n import Lang, t
from debthelp.wizard.echo import echo, echo_answers, unfit
from debthelp.wizard.numbers import plain_number
from debthelp.wizard.paste import paste_ends_on_cancel
from debthelp.wizard.sigint import watch_sigint

BACK = "__back__"
PLAN = "__plan__"
_BACK_WORDS = {"b", "back", "返回", "<"}


def guarded(question: Any) -> Any:
    """Ask; every way of giving up ends in ``KeyboardInterrupt``, never in an
    empty answer.

    - Ctrl-C and Ctrl-D cancel at every prompt (Ctrl-D ended a text prompt
      with EOF but did nothing at a select).
    - Esc does nothing. prompt_toolkit waits after Esc for an Alt-key
      sequence, and Esc then Enter is Alt-Enter, which made a select return
      "". Bound eagerly, Esc no longer starts a sequence; arrow keys are
      decoded from their escape sequences before key bindings, so they still work.
    - A SIGINT at any moment cancels. For the whole of the prompt our handler
      takes note and ends the prompt (or ends it as soon as it starts); the
      interrupt is raised once the prompt has returned. Raised inside asyncio
      it could be lost, or leave "coroutine ... was never awaited".
    """
    import warnings

    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
    from prompt_toolkit.keys import Keys

    app = question.application
    extra = KeyBindings()

    @extra.add(Keys.SIGINT, eager=True)
    @extra.add(Keys.ControlD, eager=True)
    def _cancel(event: Any) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    @extra.add(Keys.Escape, eager=True)
    def _nothing(event: Any) -> None:
        """Esc is not an answer, nor the start of one."""

    app.key_bindings = merge_key_bindings([app.key_bindings, extra])
    paste_ends_on_cancel(app.input)

    with watch_sigint() as watch:
        if watch.seen:  # between two prompts: this one is never shown
            raise KeyboardInterrupt

        def exit_if_interrupted() -> None:
            future = app.future
            if watch.seen and future is not None and not future.done():
                app.exit(exception=KeyboardInterrupt, style="class:aborting")

        watch.wake = exit_if_interrupted
        watch.app = app
        try:
            with warnings.catch_warnings():
                warnings.filterwarnings(
                    "ignore", "coroutine .* was never awaited", category=RuntimeWarning
                )
                while True:
                    app.pre_run_callables.append(exit_if_interrupted)
                    # What questionary's unsafe_ask does, but with our SIGINT handler
                    # left in place: prompt_toolkit's own delivered a SIGINT that
                    # came as one prompt closed to that prompt, and it was lost.
                    result = app.run(handle_sigint=False)
                    if watch.seen or result is None:  # no prompt of ours answers None
                        raise KeyboardInterrupt
                    if result != "" or _takes_text(app):
                        return result
                    # An empty pick from a list is no answer: ask the same again.
        finally:
            watch.app = watch.wake = None


def confirm(message: str, lang: Lang, *, default: bool, instruction: str | None) -> bool:
    """A yes/no confirm whose echoed answer is in the person's language.

    questionary echoes the answer with its module constants ``YES``/``NO``
    ("Yes"/"No") and offers no option for them; a Chinese screen showing "Yes"
    reads as a foreign tool. They are swapped only while this prompt runs.
    """
    import questionary.prompts.confirm

    confirm_module: Any = questionary.prompts.confirm
    saved = confirm_module.YES, confirm_module.NO
    confirm_module.YES, confirm_module.NO = t("yes", lang), t("no", lang)
    try:
        question = questionary.confirm(message, default=default, instruction=instruction or None)
        return bool(guarded(question))
    finally:
        confirm_module.YES, confirm_module.NO = saved


def _takes_text(app: Any) -> bool:
    """Whether the prompt is one you type into (where "" can be an answer)."""
    from prompt_toolkit.layout.controls import BufferControl

    return isinstance(app.layout.current_control, BufferControl)


class GoBack(Exception):
    """The person chose to go back to the previous question."""


@contextlib.contextmanager
def session(input: Any = None, output: Any = None) -> Iterator[None]:
    """Prompts in a row: one terminal session and one SIGINT watch for all of them."""
    with watch_sigint():
        if input is not None or output is not None:
            with create_app_session(input=input, output=output):
                yield
        else:
            # Prefer the terminal over redirected streams, so that prompts never end
            # up in the file that `debthelp > plan.txt` is writing.
            with create_app_session_from_tty():
                yield


# --------------------------------------------------------------------------- asking one question


def describe(question: Question, answer: Answer, lang: Lang) -> str:
    """An answer as the person saw it, on one line."""
    return t("list-sep", lang).join(kind_of(question).describe(question, answer, lang))


def _hint(question: Question, lang: Lang, key: str | None) -> str:
    """The help line under a question, then how to answer it.

    It goes in questionary's `instruction`, which disappears once answered, so
    the screen keeps a tidy "question → answer" history.
    """
    lines = [question.help(lang)] if question.help else []
    if question.why:
        lines.append(t("wizard-why", lang, text=question.why(lang)))
    if key:
        lines.append(t(key, lang))
    from debthelp.render import wrap

    room = screen_width() - 3
    wrapped = [part for line in lines for part in wrap(line, room)]
    return ("\n  " + "\n  ".join(wrapped)) if wrapped else ""


def screen_width() -> int:
    import shutil

    return min(max(shutil.get_terminal_size((80, 24)).columns, 20), 500)


def fit(message: str) -> str:
    """The question wrapped to the screen by the rules of Chinese line breaking.

    prompt_toolkit does not wrap a long question of wide characters: the end
    of it would be cut off, and a cut-off question is a wrong question.
    """
    from debthelp.render import wrap

    return "\n  ".join(wrap(message, screen_width() - 3))


# Columns before a choice's title: questionary's pointer (" » ", or three
# spaces), then for a checkbox its indicator ("○ ").
SELECT_INDENT = 3
CHECKBOX_INDENT = 5


def fit_choice(title: str, indent: int) -> str:
    """A choice's title wrapped to the screen, its next lines under its first.

    prompt_toolkit cuts a line that is wider than the screen: at 40 columns
    (a phone) "有人威胁要伤害我、跟踪我或不让我离开，我担心自己的安全" lost
    its end, the safety question's most important words (hostile pass F14).
    """
    from debthelp.render import wrap

    lines = wrap(title, max(screen_width() - indent - 1, 8))
    return ("\n" + " " * indent).join(lines) if lines else title


def _error_under_the_question(prompt: Any) -> None:
    """Show "pick at least one" right under the question, not under the last
    choice: below a long list it falls off a short screen, and questionary
    draws it as a bottom toolbar, which prompt_toolkit hides when it cannot ask
    the terminal for the cursor position (PROMPT_TOOLKIT_NO_CPR)."""
    from prompt_toolkit.filters import Condition
    from prompt_toolkit.layout import ConditionalContainer, FormattedTextControl, Window

    split = prompt.application.layout.container
    children = list(getattr(split, "children", []))
    # questionary's checkbox: [question, choices, search, error toolbar]
    choices = children[1] if len(children) == 4 else None
    control = getattr(getattr(choices, "content", None), "content", None)
    if control is None or not hasattr(control, "error_message"):
        return  # another questionary layout: leave it as it is

    def message() -> Any:
        return control.error_message or ""

    error = ConditionalContainer(
        Window(FormattedTextControl(message), dont_extend_height=True),
        filter=Condition(lambda: control.error_message is not None),
    )
    split.children = [children[0], error, children[1], children[2]]


def select_echoed(message: str, choices: list[Choice], **options: Any) -> Any:
    """``questionary.select`` whose echo is ours (``_echo``): questionary's one-line
    "? question answer" is cut mid-word at the screen's edge (issue 24)."""
    prompt = questionary.select(message, choices=choices, **options)
    prompt.application.erase_when_done = True
    result = guarded(prompt)
    title = next((str(c.title) for c in choices if c.value == result), str(result))
    # A title fitted to the screen (``fit_choice``) is one answer again.
    _echo(message, unfit(title))
    return result


def _echo(message: str, answer: str) -> None:
    echo(message, answer, screen_width())


def _echo_answers(labels: list[str]) -> None:
    echo_answers(labels, screen_width())


def _check_multi(question: Question, lang: Lang, picked: list[str]) -> bool | str:
    if BACK in picked:
        return True if len(picked) == 1 else t("wizard-back-alone", lang)
    if not picked:
        return t("wizard-pick-one", lang)
    for value in picked:
        opt = question.option(value)
        if opt is not None and opt.exclusive and len(picked) > 1:
            return t("wizard-exclusive", lang, label=opt.label(lang))
    return True


def _check_number(question: Question, lang: Lang, text: str, can_go_back: bool) -> bool | str:
    if can_go_back and text.strip().lower() in _BACK_WORDS:
        return True
    try:
        coerce(question, plain_number(text))
    except DebtHelpError as error:
        if error.key == "answer-out-of-range":
            return t(
                "wizard-number-range", lang, low=error.params["low"], high=error.params["high"]
            )
        return t("wizard-number-invalid", lang)
    return True
