"""The README's developer map stays true.

It promises: a new command is one module in ``cli/`` (plus its words and its
view), found without any other edit; every module of ``cli/`` is a command or
one of the shared modules the map names; every file the map names exists.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import click
import pytest
import typer.main

from debthelp.cli import app
from tests.util import ROOT

SRC = ROOT / "src" / "debthelp"
CLI = SRC / "cli"
# The shared modules of cli/, each named in the map.
SHARED = {
    "__init__",
    "root",
    "options",
    "options_rate",
    "output",
    "save",
    "catch",
    "clicks",
    "launch",
}


def _map() -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    start = readme.index("## For developers")
    end = readme.find("\n## ", start + 1)
    return readme[start:] if end < 0 else readme[start:end]


def _has_register(path: Path) -> bool:
    tree = ast.parse(path.read_text("utf-8"))
    return any(isinstance(n, ast.FunctionDef) and n.name == "register" for n in tree.body)


def _command_modules() -> set[str]:
    return {p.stem for p in CLI.glob("*.py") if p.stem not in SHARED and _has_register(p)}


def test_every_module_of_cli_is_a_command_its_adapter_or_shared() -> None:
    commands = _command_modules()
    for path in CLI.glob("*.py"):
        name = path.stem
        if name in SHARED or name in commands:
            continue
        assert name.endswith("_run") and name.removesuffix("_run") in commands, (
            f"cli/{path.name} is neither a command (with register), a command's "
            f"<command>_run.py, nor a shared module named in the README's map"
        )


def test_every_shared_module_is_named_in_the_map() -> None:
    text = _map()
    for name in SHARED - {"__init__"}:
        assert f"`cli/{name}.py`" in text, name


def test_each_command_module_is_a_command_of_the_same_name() -> None:
    group = typer.main.get_command(app)
    assert isinstance(group, click.Group)
    registered = {}
    for name, command in group.commands.items():
        callback = command.callback
        if isinstance(command, click.Group):  # a group: its subcommands' module names it
            callback = next(iter(command.commands.values())).callback
        module = str(callback.__module__).rpartition(".")[2] if callback else ""
        registered[name] = module.removesuffix("_run")
    assert set(registered) == _command_modules()
    assert all(name == module for name, module in registered.items()), registered


def test_every_file_the_map_names_exists() -> None:
    names = set(re.findall(r"`((?:[a-z_]+/)*[a-z_<>]+\.(?:py|yaml))`", _map()))
    named_dirs = set(re.findall(r"`([a-z_]+)/`", _map()))
    assert {"cli/save.py", "render/draw.py", "guidance/kinds.py"} <= names  # not blind
    for name in sorted(names):
        if "<" in name:  # a pattern: cli/<command>.py
            continue
        candidates = [SRC / name, ROOT / name, *(SRC / d / name for d in named_dirs)]
        assert any(c.exists() for c in candidates), f"the README's map names {name}"
    for folder in named_dirs:
        assert (SRC / folder).is_dir() or (ROOT / folder).is_dir(), folder


def test_the_format_the_map_names_is_where_it_says() -> None:
    from debthelp.cli.options import DOC_FORMATS

    assert "DOC_FORMATS" in _map() and "json" in DOC_FORMATS
    assert "def emit_doc" in (SRC / "render" / "draw.py").read_text("utf-8")


@pytest.mark.processes
def test_a_new_command_is_one_file(tmp_path: Path) -> None:
    # A new module in cli/ (here in a folder added to the package's path, so
    # the checkout is untouched) is a command: no other file is edited.
    (tmp_path / "hello.py").write_text(
        textwrap.dedent('''
            """debthelp hello: a command that only says hello."""
            import typer

            from debthelp.cli.options import LangOpt, setup_lang
            from debthelp.term import write


            def hello(ctx: typer.Context, lang: LangOpt = None) -> None:
                """Say hello."""
                write(f"hello {setup_lang(ctx, lang)}\\n")


            def register(app: typer.Typer) -> None:
                app.command()(hello)
        '''),
        encoding="utf-8",
    )
    code = textwrap.dedent(f"""
        import sys
        import debthelp.cli
        debthelp.cli.__path__.append({str(tmp_path)!r})
        sys.argv = ["debthelp", *sys.argv[1:]]
        from debthelp.cli.launch import main
        main()
    """)
    for argv, expected in ((["hello", "--lang", "en"], "hello en\n"), (["--help"], "hello")):
        result = subprocess.run(
            [sys.executable, "-c", code, *argv],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert expected in result.stdout


def test_tests_sit_in_the_folders_the_map_names() -> None:
    """The map's test layout is true: no test file at the top of tests/, and every
    folder the README names exists and holds tests."""
    tests = ROOT / "tests"
    assert not sorted(p.name for p in tests.glob("test_*.py")), "a test file outside a folder"
    section = (ROOT / "README.md").read_text("utf-8").split("## For developers", 1)[1]
    named = set(re.findall(r"`tests/([a-z_]+)/`", section)) - {"data"}  # corpora, not tests
    assert {"rate", "check", "log", "cli", "code"} <= named
    for folder in named:
        assert list((tests / folder).glob("test_*.py")), folder
    on_disk = {p.parent.name for p in tests.glob("*/test_*.py")}
    assert on_disk <= named, f"folders the map does not name: {on_disk - named}"
