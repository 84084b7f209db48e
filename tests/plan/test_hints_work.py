"""Issue 24: every hint the program prints works when typed as printed.

The hints are collected from the one message catalogue (footers, "saved to"
notes, next-step lines): each ``debthelp ...`` in them is parsed against the
real command line (the command exists, each option belongs to it, each topic
and term it names is one the program has). A next-step hint never gives a bare
option that works on one command only, as ``--save-answers FILE`` did.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
import typer
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp.cli import app
from debthelp.hints import answers_saved, shell_word
from debthelp.messages import MESSAGES

DOWN, ENTER = "\x1b[B", "\r"
# A command starts at "debthelp" and runs up to the first Chinese character or
# punctuation that ends a sentence.
# Two spaces end it too: a table of commands and what each does.
_WORD = r"[^\s，。；、：（）()`'\"]"
# A file name may be Chinese ("我的回答.json"); a Chinese word without a dot ends it.
COMMAND = re.compile(
    rf"debthelp((?: (?:{_WORD}*[./]{_WORD}*|[^\s，。；、：（）()`'\"\u4e00-\u9fff]+))*)"
)
# Hints: the lines that tell a person what to type next.
NEXT_STEP_KEYS = (
    "plan-end",
    "answers-saved",
    "plan-later-more",
    "log.saved-next",
    "log.no-entries",
    "budget.see-also",
    "rate.see-also",
    "report.no-answers-hint",
    "report.no-budget-hint",
    "letters.budget-not-json",
    "check.empty",
    "output-closed",
)
PLACEHOLDER = re.compile(r"^\{\w+\}|^[A-Z][A-Z-]*$|^…$")


_GROUP = typer.main.get_command(app)


def _root() -> click.Group:
    assert isinstance(_GROUP, click.Group)
    return _GROUP


def commands_in(text: str) -> list[list[str]]:
    """Each command line in ``text``: "debthelp" then a command, an option or a
    redirection; "debthelp" as a name in a sentence ("debthelp will not...") is not one."""
    out = []
    for match in COMMAND.finditer(text):
        words = [w.rstrip(".,;:") for w in match.group(1).split()]
        cut = next((i for i, w in enumerate(words) if w in (">", "|", "2>")), len(words))
        if cut == 0 and words:
            out.append([])  # `debthelp > plan.txt`: the wizard, its plan to a file
        elif words and (words[0].startswith("-") or _root().get_command(_CTX, words[0])):
            out.append(_command_part(words[:cut]))
    return out


def _command_part(words: list[str]) -> list[str]:
    """The words of one command line, up to where the sentence goes on in prose."""
    command: click.Command = _root()
    taken: list[str] = []
    rest = list(words)
    while isinstance(command, click.Group) and rest and not rest[0].startswith("-"):
        sub = command.get_command(_CTX, rest[0])
        if sub is None:
            break
        command = sub
        taken.append(rest.pop(0))
    arguments = [p for p in command.params if isinstance(p, click.Argument)]
    room = sum(1000 if p.nargs < 0 else p.nargs for p in arguments)
    flags = {
        o
        for p in command.params
        if isinstance(p, click.Option) and (p.is_flag or p.count)
        for o in p.opts
    }
    while rest:
        word = rest.pop(0)
        if word.startswith("-"):
            taken.append(word)
            if word not in flags and "=" not in word and rest:
                taken.append(rest.pop(0))  # the option's value
        elif room > 0:
            taken.append(word)
            room -= 1
        else:
            break  # prose: "run debthelp log verify for details"
    return taken


_CTX = click.Context(click.Group("debthelp"))


def problems_with(words: list[str]) -> list[str]:
    """What in ``debthelp WORDS`` the real command line would refuse."""
    from debthelp.errors import DebtHelpError
    from debthelp.glossary import find_term
    from debthelp.guidance import load_guidance

    command: click.Command = _root()
    rest = list(words)
    while isinstance(command, click.Group) and rest and not rest[0].startswith("-"):
        sub = command.get_command(_CTX, rest[0])
        if sub is None:
            return [f"no command {rest[0]!r}"]
        command, rest = sub, rest[1:]
    options = {o for p in command.params for o in getattr(p, "opts", [])}
    options |= {"-h", "--help"}
    flags = {o for p in command.params if isinstance(p, click.Option) and p.is_flag for o in p.opts}
    problems, args = [], []
    while rest:
        word = rest.pop(0)
        if word.startswith("-"):
            if word.split("=")[0] not in options:
                problems.append(f"{command.name} has no option {word}")
            elif word not in flags and "=" not in word and rest:
                rest.pop(0)
        else:
            args.append(word)
    guidance = load_guidance(None)
    if command.name == "tips":
        ids = {topic.id for topic in guidance.topics}
        problems += [f"no topic {a}" for a in args if not PLACEHOLDER.match(a) and a not in ids]
    if command.name == "explain":
        for word in args:
            if PLACEHOLDER.match(word):
                continue
            try:
                find_term(guidance, word)
            except DebtHelpError:
                problems.append(f"no term {word}")
    return problems


def every_hint() -> list[tuple[str, str, list[str]]]:
    found = []
    for key, texts in MESSAGES.items():
        for lang, text in texts.items():
            found += [(key, lang, words) for words in commands_in(text)]
    return found


def test_the_collector_finds_the_hints() -> None:
    keys = {key for key, _lang, _w in every_hint()}
    assert set(NEXT_STEP_KEYS) <= keys
    assert len(every_hint()) > 40


@pytest.mark.parametrize(
    ("key", "lang", "words"),
    every_hint(),
    ids=lambda v: v if isinstance(v, str) else " ".join(v),
)
def test_each_hint_is_a_real_command_line(key: str, lang: str, words: list[str]) -> None:
    assert problems_with(words) == [], (key, lang, words)


@pytest.mark.parametrize("key", NEXT_STEP_KEYS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_next_step_never_gives_a_bare_option(key: str, lang: str) -> None:
    """The plan's footer said "保存答案：--save-answers 文件名": typed, that is
    no command; and `debthelp --save-answers x` is refused (issue 24)."""
    text = MESSAGES[key][lang]
    spans = [m.span() for m in COMMAND.finditer(text)]
    for option in re.finditer(r"(?<![\w-])--?[a-z][\w-]*", text):
        assert any(a <= option.start() < b for a, b in spans), (key, lang, option.group())


def test_the_collector_catches_the_old_footer() -> None:
    old = "保存这份计划：debthelp > plan.txt；保存答案：--save-answers 文件名。"
    spans = [m.span() for m in COMMAND.finditer(old)]
    where = old.index("--save-answers")
    assert not any(a <= where < b for a, b in spans)
    assert problems_with(["--save-answers", "x"]) == ["debthelp has no option --save-answers"]


def test_a_path_in_a_hint_is_one_shell_word() -> None:
    assert shell_word("我的回答.json") == "我的回答.json"
    assert shell_word("my answers.json") == "'my answers.json'"
    text = answers_saved("en", "my answers.json")
    assert "debthelp letter negotiate --answers 'my answers.json'" in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_wizard_offers_to_keep_the_answers_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from debthelp.wizard.extras import offer_to_save

    monkeypatch.setenv("COLUMNS", "200")  # the long test path on one line

    plan, kept = tmp_path / "plan.md", tmp_path / "answers.json"
    keys = DOWN * 2 + ENTER  # the plan and the answers
    keys += "\x15" + str(plan) + ENTER + "\x15" + str(kept) + ENTER
    with create_pipe_input() as inp:
        inp.send_text(keys)
        inp.close()
        got = offer_to_save(
            lang,  # type: ignore[arg-type]
            lambda: "# plan\n",
            answers=lambda: json.dumps({"safety": "safe"}),
            input=inp,
            output=DummyOutput(),
        )
    assert got == plan and plan.read_text(encoding="utf-8") == "# plan\n"
    assert json.loads(kept.read_text(encoding="utf-8")) == {"safety": "safe"}
    said = capsys.readouterr().err
    # Each command it names, with the file's real name, is a real command line.
    lines = [w for w in commands_in(said.replace("\n", " \n")) if w]
    assert {w[0] for w in lines} >= {"advise", "letter", "report", "budget"}
    for words in lines:
        assert str(kept) in words
        assert problems_with(words) == [], words


def test_the_saved_answers_work_with_the_commands_it_names(tmp_path: Path) -> None:
    """Run what the "saved" note prints: each command accepts the file."""
    from typer.testing import CliRunner

    from tests.util import ROOT

    answers = ROOT / "examples" / "answers.yaml"
    kept = tmp_path / "kept.json"
    from debthelp.files import read_answers

    kept.write_text(json.dumps(read_answers(answers)), encoding="utf-8")
    text = answers_saved("en", str(kept))
    runner = CliRunner()
    for words in commands_in(text):
        args = [*words, "--lang", "en"]
        if words[0] == "budget":
            continue  # asks for the debts it prefills: a terminal command
        if words[0] == "report":
            args = [w if w != "report.html" else str(tmp_path / "r.html") for w in args]
        done = runner.invoke(app, args, env={"DEBTHELP_TODAY": "2026-11-30"})
        assert done.exit_code == 0, (words, done.stderr)


def test_hints_name_the_program_as_it_was_started(monkeypatch: pytest.MonkeyPatch) -> None:
    """After the README's install, `.venv/bin/debthelp` is how it was started and
    `debthelp` alone is not on PATH: the hints say `.venv/bin/debthelp ...`."""
    import shutil
    import sys

    from debthelp.hints import prog

    monkeypatch.setattr(sys, "argv", [".venv/bin/debthelp", "advise"])
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert prog() == ".venv/bin/debthelp"
    text = answers_saved("zh", "我的回答.json")
    assert ".venv/bin/debthelp letter negotiate --answers 我的回答.json" in text
    assert " debthelp " not in text.replace(".venv/bin/debthelp", "")


def test_on_path_the_hints_say_debthelp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import shutil
    import sys

    from debthelp.hints import prog

    program = tmp_path / "debthelp"
    program.write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [str(program)])
    monkeypatch.setattr(shutil, "which", lambda name: str(program))
    assert prog() == "debthelp"
    monkeypatch.setattr(sys, "argv", ["/usr/lib/python3/debthelp/__main__.py"])
    assert prog() == "debthelp"
