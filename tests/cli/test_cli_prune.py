"""`main` builds only the command it runs (start-up time), and loses nothing by it."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
import typer

from debthelp.cli import app, only_the_command_named

pytestmark = pytest.mark.processes  # several tests here run the console script


def _names(whole: typer.Typer) -> list[str]:
    group = typer.main.get_command(whole)
    assert isinstance(group, click.Group)
    return sorted(group.commands)


ALL = _names(app)


@pytest.mark.parametrize("name", ALL)
def test_each_command_alone_is_the_same_command(name: str) -> None:
    pruned = only_the_command_named(app, ["--lang", "en", name, "--help"])
    assert pruned is not app
    assert _names(pruned) == [name]
    whole = typer.main.get_command(app)
    alone = typer.main.get_command(pruned)
    assert isinstance(whole, click.Group) and isinstance(alone, click.Group)
    ours, theirs = whole.commands[name], alone.commands[name]
    assert [p.name for p in ours.params] == [p.name for p in theirs.params]
    assert [p.name for p in whole.params] == [p.name for p in alone.params]  # --lang, --version


@pytest.mark.parametrize(
    "argv", [["--help"], ["-h"], ["--lang", "en", "--help"], ["tipz"], ["--", "tips"], ["LOG"]]
)
def test_help_and_unknown_commands_get_the_whole_app(argv: list[str]) -> None:
    assert only_the_command_named(app, argv) is app


@pytest.mark.parametrize("argv", [[], ["--version"], ["--lang", "en"], ["--lang=zh"]])
def test_the_wizard_gets_no_other_command(argv: list[str]) -> None:
    pruned = only_the_command_named(app, argv)
    assert _names(pruned) == []
    assert pruned.registered_callback is app.registered_callback  # the wizard itself


def test_the_value_of_lang_is_not_taken_for_a_command() -> None:
    # `--lang tips` is a bad language, not the tips command.
    assert _names(only_the_command_named(app, ["--lang", "tips"])) == []
    assert _names(only_the_command_named(app, ["--lang=en", "rate"])) == ["rate"]


@pytest.mark.parametrize("args", [["--version"], ["--lang", "xx"]])
def test_without_a_command_the_root_still_answers(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "debthelp", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    if args == ["--version"]:
        assert result.returncode == 0 and result.stdout.startswith("debthelp ")
    else:
        assert result.returncode == 2 and "xx" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_a_misspelt_command_is_still_suggested() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "debthelp", "tipss"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "tips" in result.stderr and "Traceback" not in result.stderr


def test_the_console_script_runs_the_pruned_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "debthelp", "--lang", "en", "tips", "safety", "--format", "text"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() and result.stderr == ""
