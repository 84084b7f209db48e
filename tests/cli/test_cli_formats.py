"""Every command × every format: drawn in that format, or refused by name.

The inventory below is every command that takes ``--format`` and the values
each can draw. Each supported value must give output of that format; every
other value any command knows must be refused with a usage error that names
the command and the format (never printed as plain text instead).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
import typer.main
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.i18n import t
from tests.util import ROOT

DOC = ("auto", "text", "markdown", "json")
FORMATS: dict[str, tuple[str, ...]] = {
    "tips": DOC,
    "advise": DOC,
    "explain": DOC,
    "rate": DOC,
    "check": DOC,
    "budget": DOC,
    "log list": DOC,
    "questions": ("text", "json"),
    "graph": ("mermaid", "dot"),
    "letter": ("text", "markdown"),
    "log export": ("markdown", "json", "csv", "html"),
    "log verify": ("text", "json"),
}
EVERY = sorted({f for formats in FORMATS.values() for f in formats})

ANSWERS = str(ROOT / "examples" / "answers.yaml")
ARGS: dict[str, list[str]] = {
    "tips": ["tips", "safety"],
    "advise": ["advise", "--answers", ANSWERS],
    "explain": ["explain", "lpr"],
    "rate": ["rate", "--received", "8000", "--payment", "1000", "--periods", "12"],
    "check": ["check", "您已被起诉，请点击链接查看"],
    "budget": [
        *("budget", "--debts", str(ROOT / "examples" / "debts.yaml")),
        *("--income", "9000", "--expenses", "4500"),
    ],
    "questions": ["questions"],
    "graph": ["graph"],
    "letter": ["letter", "negotiate"],
}


def _commands() -> set[str]:
    """Every command of the app that has a --format option, by its path."""
    found: set[str] = set()

    def walk(command: click.Command, path: str) -> None:
        if any("--format" in p.opts for p in command.params):
            found.add(path)
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, f"{path} {name}".strip())

    walk(typer.main.get_command(app), "")
    return found


def test_the_inventory_is_every_command_with_a_format() -> None:
    assert _commands() == set(FORMATS)


def _run(command: str, fmt: str, tmp_path: Path) -> click.testing.Result:
    runner = CliRunner()
    if command.startswith("log "):
        db = tmp_path / "log.db"
        if not db.exists():
            said = ["log", "add", "--channel", "sms", "--said", "再不还就起诉你", "--db", str(db)]
            assert runner.invoke(app, said).exit_code == 0
        argv = [*command.split(), "--db", str(db)]
    else:
        argv = list(ARGS[command])
    return runner.invoke(app, [*argv, "--format", fmt, "--lang", "en"])


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _looks_like(fmt: str, out: str) -> bool:
    lines = out.lstrip("\ufeff").splitlines()
    if fmt == "json":
        return _is_json(out)
    if fmt == "markdown":
        return any(line.startswith("# ") for line in lines) and not _is_json(out)
    if fmt in ("text", "auto"):  # auto is plain text in a pipe
        return bool(out.strip()) and not _is_json(out) and not out.lstrip().startswith("# ")
    if fmt == "mermaid":
        return lines[0].startswith("flowchart")
    if fmt == "dot":
        return lines[0].startswith("digraph")
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
        return len(rows) > 1 and any(len(row) > 3 for row in rows)
    if fmt == "html":
        return out.lstrip().lower().startswith("<!doctype html>")
    raise AssertionError(f"no check for {fmt}: add one")


CASES = [(c, f) for c in sorted(FORMATS) for f in EVERY]


@pytest.mark.parametrize(("command", "fmt"), CASES, ids=[f"{c}-{f}" for c, f in CASES])
def test_every_command_draws_or_refuses_every_format(
    command: str, fmt: str, tmp_path: Path
) -> None:
    result = _run(command, fmt, tmp_path)
    if fmt in FORMATS[command]:
        assert result.exit_code == 0, result.stderr
        assert _looks_like(fmt, result.stdout), result.stdout[:300]
        return
    assert result.exit_code == 2, result.stdout[:300]
    assert result.stdout == ""
    valid = ", ".join(FORMATS[command])
    said = t("format-refused", "en", command=f"debthelp {command}", value=fmt, valid=valid)
    assert said in result.stderr


def test_the_refusal_is_in_chinese_too(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["check", "你好", "--format", "html", "--lang", "zh"])
    assert result.exit_code == 2
    assert "“debthelp check”不支持输出格式“html”" in result.stderr
    assert "auto, text, markdown, json" in result.stderr


def test_a_doc_format_with_no_renderer_is_refused_not_drawn_as_text() -> None:
    # The shared drawing refuses a format it has no renderer for, so a value
    # added to a command's list without one cannot print plain text.
    from debthelp.cli.output import emit
    from debthelp.errors import UsageError

    with pytest.raises(UsageError) as info:
        emit("html", "en", data=dict, doc=lambda: pytest.fail("drawn"))
    assert info.value.key == "format-refused"


@pytest.mark.parametrize("fmt", DOC)
def test_the_topic_list_is_drawn_in_every_format_tips_takes(fmt: str) -> None:
    result = CliRunner().invoke(app, ["tips", "--list", "--format", fmt, "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    assert _looks_like(fmt, result.stdout), result.stdout[:300]
    assert "safety" in result.stdout
