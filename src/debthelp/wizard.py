"""The interactive wizard: asks the guidance's questions with questionary.

The only module that imports questionary or prompt_toolkit. It knows how to ask
and how to go back; which question comes next, and what the answers mean, it
asks the engine. Prompts are drawn on the terminal (stderr when stdout is
redirected), so ``debthelp > plan.txt`` leaves only the plan in the file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import questionary
from prompt_toolkit.application import create_app_session, create_app_session_from_tty
from questionary import Choice

from debthelp.engine import Answer, Answers, coerce, needed_now, route_length, walk
from debthelp.errors import DebtHelpError, Interrupted
from debthelp.guidance import END, Guidance, Question
from debthelp.guidance.kinds import kind_of
from debthelp.i18n import Lang, t

BACK = "__back__"
PLAN = "__plan__"
_BACK_WORDS = {"b", "back", "返回", "<"}


def _ask(question: Any) -> Any:
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
    import signal
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

    interrupted: list[bool] = []

    def exit_if_interrupted() -> None:
        future = app.future
        if interrupted and future is not None and not future.done():
            app.exit(exception=KeyboardInterrupt, style="class:aborting")

    def on_sigint(_signum: int, _frame: Any) -> None:
        interrupted.append(True)
        loop = getattr(app, "loop", None)
        if app.is_running and loop is not None:
            # Thread-safe, so that it also wakes the loop out of select().
            with contextlib.suppress(RuntimeError):  # the loop has just closed
                loop.call_soon_threadsafe(exit_if_interrupted)

    previous = signal.getsignal(signal.SIGINT)
    in_main_thread = _in_main_thread()
    if in_main_thread:
        signal.signal(signal.SIGINT, on_sigint)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings(
                "ignore", "coroutine .* was never awaited", category=RuntimeWarning
            )
            while True:
                app.pre_run_callables.append(exit_if_interrupted)
                # What questionary's unsafe_ask does, but with our SIGINT handler
                # left in place: prompt_toolkit's own delivered a SIGINT that came
                # as one prompt closed to that prompt, and it was lost.
                result = app.run(handle_sigint=False)
                if interrupted:
                    raise KeyboardInterrupt
                if result is None:
                    raise KeyboardInterrupt  # no prompt of ours answers None
                if result != "" or _takes_text(app):
                    return result
                # An empty pick from a list is no answer: ask the same again.
    finally:
        if in_main_thread:
            signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _takes_text(app: Any) -> bool:
    """Whether the prompt is one you type into (where "" can be an answer)."""
    from prompt_toolkit.layout.controls import BufferControl

    return isinstance(app.layout.current_control, BufferControl)


class _Back(Exception):
    """The person chose to go back to the previous question."""


@contextlib.contextmanager
def _session(input: Any = None, output: Any = None) -> Iterator[None]:
    if input is not None or output is not None:
        with create_app_session(input=input, output=output):
            yield
    else:
        # Prefer the terminal over redirected streams, so that prompts never end
        # up in the file that `debthelp > plan.txt` is writing.
        with create_app_session_from_tty():
            yield


def run_wizard(
    guidance: Guidance,
    lang: Lang,
    answers: Answers | None = None,
    *,
    input: Any = None,
    output: Any = None,
) -> Answers:
    """Ask what is still unanswered, then offer the review screen; return the answers.

    Answers already given (from a file or flags) are kept and not asked again.
    An answer that calls for help *now* (danger, self-harm, money just sent to a
    scammer) shows that help at once, before any other question; an answer
    marked ``skip_review`` ends the questions with no review screen.
    Ctrl-C or end of input raises ``Interrupted`` (carrying any help already
    shown, to show again); nothing is written anywhere.
    """
    given = dict(answers or {})
    shown: list[str] = []
    try:
        with _session(input, output):
            given = _ask_missing(guidance, lang, given, shown)
            if _skips_review(guidance, given):
                return given
            while True:
                choice = _review(guidance, lang, given)
                if choice == PLAN:
                    return given
                given = _change(guidance, lang, given, choice, shown)
    except (KeyboardInterrupt, EOFError):
        raise Interrupted(help_lines=tuple(shown)) from None


def _skips_review(guidance: Guidance, answers: Answers) -> bool:
    for qid in walk(guidance, answers).asked:
        opt = guidance.questions[qid].option(str(answers[qid]))
        if opt is not None and opt.skip_review:
            return True
    return False


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
        progress = t(
            "wizard-progress",
            lang,
            n=len(route.asked) + 1,
            total=route_length(guidance, {**answers, **{}}),
        )
        try:
            answers[qid] = ask(
                question,
                lang,
                can_go_back=previous is not None,
                current=remembered.get(qid),
                progress=progress,
            )
        except _Back:
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
    import shutil

    from prompt_toolkit import print_formatted_text

    width = min(max(shutil.get_terminal_size((80, 24)).columns - 1, 30), 500)
    print_formatted_text("\n" + "\n".join(review_lines(guidance, answers, lang, width)))
    choices = [Choice(t("wizard-show-plan", lang), value=PLAN)]
    for n, qid in enumerate(walk(guidance, answers).asked, 1):
        question = guidance.questions[qid]
        choices.append(Choice(f"{n}. {_clip(question.text(lang), width - 8)}", value=qid))
    result = _ask(
        questionary.select(
            t("wizard-review", lang),
            choices=choices,
            instruction=t("wizard-review-hint", lang),
        )
    )
    return str(result)


def _clip(text: str, columns: int) -> str:
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
    except _Back:
        return answers  # back from the review screen: nothing changes
    if new == answers.get(qid):
        return answers
    updated = dict(answers)
    updated[qid] = new
    for dependent in depends_on(guidance, qid):
        updated.pop(dependent, None)
    _show_help_now(guidance, lang, updated, shown)
    return _ask_missing(guidance, lang, updated, shown)


def depends_on(guidance: Guidance, qid: str) -> set[str]:
    """Questions whose being asked hangs on the answer to ``qid``.

    Those are the questions on any branch out of ``qid`` before the branches
    meet again (say, "how many days ago did you get it?" after "which court
    paper?"). Questions after the meeting point are asked whatever the answer,
    so their answers stand. A branch that leaves the questions early (the
    "just show me how to stay safe" exit) meets the others only at the end; it
    must not make every later answer look dependent, so the meeting point is
    found among the branches that go the whole way.
    """
    question = guidance.questions[qid]
    goes_on = any(target not in (None, END) for _a, target in question.edges())
    branches: list[tuple[list[str], bool]] = []
    for _answer, target in question.edges():
        if target in (None, END):
            branches.append(([END], goes_on))
        else:
            branches.extend(_routes(guidance, target))
    if len(branches) < 2:
        return set()
    full = [nodes for nodes, early in branches if not early] or [n for n, _e in branches]
    common = set(full[0]).intersection(*map(set, full[1:]))
    meet = next((node for node in full[0] if node in common), END)
    out: set[str] = set()
    for nodes, _early in branches:
        for node in nodes:
            if node == meet:
                break
            out.add(node)
    out.discard(END)
    return out


def _routes(guidance: Guidance, start: str) -> list[tuple[list[str], bool]]:
    """Every route from ``start`` to the end, and whether it is an early exit.

    An early exit is a route whose last step is an answer that ends the
    questions while another answer to the same question goes on.
    """
    if start == END:
        return [([END], False)]
    question = guidance.questions[start]
    goes_on = any(target not in (None, END) for _a, target in question.edges())
    out = []
    for _answer, target in question.edges():
        if target in (None, END):
            out.append(([start, END], goes_on))
        else:
            for rest, early in _routes(guidance, target):
                out.append(([start, *rest], early))
    return out


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

    room = _screen_width() - 3
    wrapped = [part for line in lines for part in wrap(line, room)]
    return ("\n  " + "\n  ".join(wrapped)) if wrapped else ""


def ask(
    question: Question,
    lang: Lang,
    *,
    can_go_back: bool,
    current: Answer | None,
    progress: str = "",
) -> Answer:
    """Ask one question and return a clean answer; raise ``_Back`` for Back."""
    asked = f"{progress}{question.text(lang)}"
    message = _fit(asked)
    back = [Choice(t("wizard-back", lang), value=BACK)] if can_go_back else []
    if question.kind == "single":
        choices = [Choice(o.label(lang), value=o.value) for o in question.options] + back
        default = current if isinstance(current, str) else None
        result = _ask(
            questionary.select(
                message,
                choices=choices,
                default=default,
                instruction=_hint(question, lang, "wizard-select-hint"),
            )
        )
    elif question.kind == "yesno":
        if not can_go_back:
            # Nothing to go back to: a plain confirm is the simplest question there is.
            yes = _ask(
                questionary.confirm(
                    message,
                    default=current != "no",
                    instruction=_hint(question, lang, None) or None,
                )
            )
            return "yes" if yes else "no"
        # A confirm has no room for Back, so after the first question yes/no is a choice.
        choices = [Choice(t("yes", lang), value="yes"), Choice(t("no", lang), value="no"), *back]
        result = _ask(
            questionary.select(
                message,
                choices=choices,
                default=current if isinstance(current, str) else None,
                instruction=_hint(question, lang, "wizard-select-hint"),
            )
        )
    elif question.kind == "multi":
        chosen = set(current) if isinstance(current, list) else set()
        choices = [
            Choice(o.label(lang), value=o.value, checked=o.value in chosen)
            for o in question.options
        ] + back
        prompt = questionary.checkbox(
            message,
            choices=choices,
            validate=lambda picked: _check_multi(question, lang, picked),
            instruction=_hint(question, lang, "wizard-multi-hint"),
        )
        # questionary sums up a multiple choice as "done (3 selections)", in
        # English only: erase its line and write the choices themselves instead.
        prompt.application.erase_when_done = True
        result = _ask(prompt)
        if BACK in result:
            _echo(message, t("wizard-back", lang))
            raise _Back()
        answer = coerce(question, list(result))
        _echo(message, describe(question, answer, lang))
        return answer
    else:
        hint = t("wizard-number-back", lang) if can_go_back else ""
        if question.optional:
            hint += t("wizard-number-optional", lang)
        unit = (
            f"（{question.unit(lang)}）"
            if (question.unit and lang == "zh")
            else (f" ({question.unit(lang)})" if question.unit else "")
        )
        result = _ask(
            questionary.text(
                _fit(asked + unit + hint),
                instruction=_hint(question, lang, None) or None,
                default="" if current is None else str(current),
                validate=lambda text: _check_number(question, lang, text, can_go_back),
            )
        )
        if can_go_back and result.strip().lower() in _BACK_WORDS:
            raise _Back()
        return coerce(question, result)
    if result == BACK:
        raise _Back()
    return coerce(question, result)


def _screen_width() -> int:
    import shutil

    return min(max(shutil.get_terminal_size((80, 24)).columns, 20), 500)


def _fit(message: str) -> str:
    """The question wrapped to the screen by the rules of Chinese line breaking.

    prompt_toolkit does not wrap a long question of wide characters: the end
    of it would be cut off, and a cut-off question is a wrong question.
    """
    from debthelp.render import wrap

    return "\n  ".join(wrap(message, _screen_width() - 3))


def _echo(message: str, answer: str) -> None:
    """Leave "? question answer" on the screen, styled as questionary does."""
    from prompt_toolkit import print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText
    from questionary.constants import DEFAULT_STYLE

    text = [("class:qmark", "?"), ("class:question", f" {message} "), ("class:answer", answer)]
    print_formatted_text(FormattedText(text), style=DEFAULT_STYLE)


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
        coerce(question, text)
    except DebtHelpError as error:
        if error.key == "answer-out-of-range":
            return t(
                "wizard-number-range", lang, low=error.params["low"], high=error.params["high"]
            )
        return t("wizard-number-invalid", lang)
    return True


# --------------------------------------------------------------------------- keeping the plan


def offer_to_save(
    lang: Lang, markdown: Any, *, input: Any = None, output: Any = None
) -> Path | None:
    """After the plan: offer to keep it as a Markdown file (default no; mode 0600)."""
    from debthelp.files import write_private

    try:
        with _session(input, output):
            keep = _ask(
                questionary.select(
                    t("wizard-save-plan", lang),
                    choices=[
                        Choice(t("wizard-save-no", lang), value="no"),
                        Choice(t("wizard-save-yes", lang), value="yes"),
                    ],
                    instruction=t("wizard-select-hint", lang),
                )
            )
            if keep != "yes":
                return None
            name = _ask(
                questionary.text(
                    t("wizard-save-name", lang),
                    default=t("wizard-save-default", lang),
                    validate=lambda text: bool(text.strip()) or t("wizard-save-name", lang),
                )
            )
    except (KeyboardInterrupt, EOFError):
        raise Interrupted() from None
    path = Path(str(name).strip()).expanduser()
    write_private(path, markdown())
    from debthelp.term import say

    say(t("wizard-saved", lang, path=str(path)))
    return path


# --------------------------------------------------------------------------- debthelp rate


def ask_rate_values(
    lang: Lang, values: dict[str, Any], *, input: Any = None, output: Any = None
) -> dict[str, Any]:
    """Ask, on the terminal, for the loan figures the command line left out.

    Only what is missing is asked; each answer is checked as it is typed, with
    the same rules the core applies, so the result never fails on a typo.
    """
    from debthelp.rate import EVERY_LABELS, LENDER_LABELS, LENDERS, PERIODS_PER_YEAR, missing_inputs

    out = dict(values)
    missing = missing_inputs(out)
    try:
        with _session(input, output):
            if "--received" in missing:
                out["received"] = _ask_text(lang, "rate.ask-received", _valid_amount)
            if "--payment" in missing:
                out["payment"] = _ask_text(lang, "rate.ask-payment", _valid_amount)
            if "--periods" in missing:
                out["periods"] = _ask_text(lang, "rate.ask-periods", _valid_periods)
                out["every"] = _ask(
                    questionary.select(
                        t("rate.ask-every", lang),
                        choices=[
                            Choice(t(EVERY_LABELS[u], lang), value=u) for u in PERIODS_PER_YEAR
                        ],
                    )
                )
            if out.get("borrowed") is None:
                out["borrowed"] = _ask_text(lang, "rate.ask-borrowed", _valid_amount, optional=True)
            if out.get("lender") in (None, "unknown"):
                out["lender"] = _ask(
                    questionary.select(
                        t("rate.ask-lender", lang),
                        choices=[Choice(t(LENDER_LABELS[who], lang), value=who) for who in LENDERS],
                        default="unknown",
                    )
                )
            if out.get("signed") is None:
                out["signed"] = _ask_text(lang, "rate.ask-signed", _valid_date, optional=True)
    except (KeyboardInterrupt, EOFError):
        raise Interrupted() from None
    return out


def _ask_text(lang: Lang, key: str, check: Any, *, optional: bool = False) -> str | None:
    def validate(text: str) -> bool | str:
        if optional and not text.strip():
            return True
        problem = check(text)
        return True if problem is None else t(problem, lang)

    answer = _ask(questionary.text(t(key, lang), validate=validate))
    text = str(answer).strip()
    return text or None


def _valid_amount(text: str) -> str | None:
    from debthelp.rate import parse_amount

    try:
        parse_amount(text)
    except DebtHelpError:
        return "rate.ask-invalid-amount"
    return None


def _valid_periods(text: str) -> str | None:
    from debthelp.rate import parse_periods

    try:
        parse_periods(text)
    except DebtHelpError:
        return "rate.ask-invalid-periods"
    return None


def _valid_date(text: str) -> str | None:
    from debthelp.rate import parse_date

    return None if parse_date(text) is not None else "rate.ask-invalid-date"


__all__ = [
    "ask_rate_values",
    "depends_on",
    "describe",
    "offer_to_save",
    "review_lines",
    "run_wizard",
]
