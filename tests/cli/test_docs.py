"""The docs cannot drift: README's commands, CI, help texts and examples are checked."""

from __future__ import annotations

import re
import shlex

import click
import pytest
import typer.main
from typer.testing import CliRunner

from debthelp.cli import app
from tests.util import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def fenced(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def test_readme_starts_with_the_install_and_the_test_command() -> None:
    head = README.split("---", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)\n```", head, flags=re.S)
    assert len(blocks) == 2
    install, test = blocks
    assert "pip install ." in install and install.endswith("debthelp tips")
    assert '".[test]"' in test and test.endswith("pytest")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test = re.findall(r"```bash\n(.*?)\n```", README, flags=re.S)[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme_and_has_help(command: str) -> None:
    assert f"debthelp {command}" in README
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    # Bilingual, checked on the command's own words (the shared --lang help is
    # bilingual for every command, so the whole page would always pass).
    import typer.main

    cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    texts = {"(the command)": cmd.help or ""}
    texts |= {
        str(p.name): p.help or ""
        for p in cmd.params
        if isinstance(p, click.Option) and p.name != "lang"
    }
    for name, text in texts.items():
        assert re.search(r"[\u4e00-\u9fff]", text), (command, name, "no Chinese", text)
        assert re.search(r"[A-Za-z]{3,}", text), (command, name, "no English", text)


EXAMPLES = [
    line[2:].strip()
    for block in fenced("console")
    for line in block.splitlines()
    if line.startswith("$ debthelp")
]


def test_the_readme_has_examples_for_each_command() -> None:
    used = {shlex.split(e)[1] for e in EXAMPLES}
    assert set(COMMANDS) <= used


@pytest.mark.parametrize("example", EXAMPLES)
def test_every_readme_example_runs(example: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples use paths relative to the checkout
    result = CliRunner().invoke(app, shlex.split(example)[1:])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    assert "Traceback" not in result.stdout + result.stderr


def test_the_format_docs_example_is_valid(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from debthelp.guidance import load_guidance

    doc = (ROOT / "docs" / "guidance-format.md").read_text(encoding="utf-8")
    example = doc.split("## A complete small example", 1)[1]
    text = re.findall(r"```yaml\n(.*?)```", example, flags=re.S)[0]
    path = tmp_path / "example.yaml"
    path.write_text(text, encoding="utf-8")
    guidance = load_guidance(path)
    assert [tip.id for tip in guidance.tips] == ["stay-calm", "payment-order"]
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.stderr


# English sentences say "debthelp will not read it": the word after is prose.
_PROSE = {"has", "will", "is", "to", "on", "guidance", "can", "does", "keeps"}


def _named_commands(text: str) -> set[tuple[str, ...]]:
    """Every `debthelp WORD [WORD]` a text tells a person to type."""
    return {
        tuple(m.group(1, 2)) if m.group(2) else (m.group(1),)
        for m in re.finditer(r"debthelp ([a-z][a-z-]+)(?: ([a-z][a-z-]+))?", text)
        if m.group(1) not in _PROSE
    }


def test_every_command_the_advice_and_messages_name_exists() -> None:
    # The plan tells a frightened person what to type; a command that does not
    # exist (or a subcommand renamed since) would be one more failure tonight.
    from debthelp.letters.texts import KINDS
    from debthelp.messages import MESSAGES

    root = typer.main.get_command(app)
    texts = [
        (ROOT / "data" / name).read_text(encoding="utf-8")
        for name in ("guidance.yaml", "rate.yaml", "patterns.yaml", "log.yaml", "budget.yaml")
    ]
    texts += [text for entry in MESSAGES.values() for text in entry.values()]
    named = set().union(*(_named_commands(text) for text in texts))
    assert {("log", "add"), ("check",), ("budget",), ("letter", "negotiate")} <= named
    unknown = []
    for words in named:
        command = root.commands.get(words[0])  # type: ignore[attr-defined]
        if command is None:
            unknown.append(words)
        elif isinstance(command, click.Group) and len(words) > 1:
            if words[1] not in command.commands:
                unknown.append(words)
        elif words[0] == "letter" and len(words) > 1 and words[1] not in KINDS:
            unknown.append(words)  # `debthelp letter KIND`
    assert not unknown, unknown
