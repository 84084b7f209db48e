"""The save-or-stdout tail exists once (``debthelp.cli.save``), and every command uses it.

Each command that writes a file: to a file it is private (0600), UTF-8, and the
note saying where goes to stderr in the person's language; to ``-`` (where a
command allows it) the same text is on stdout and no file is made.
"""

from __future__ import annotations

import ast
import io
import os
import stat
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.cli.save import save, save_or_print
from debthelp.i18n import t
from tests.util import ROOT

CLI = ROOT / "src" / "debthelp" / "cli"
ANSWERS = ROOT / "examples" / "answers.yaml"
DEBTS = ROOT / "examples" / "debts.yaml"


def _calls(path: Path) -> set[str]:
    """The names ``path`` calls or imports from debthelp.files / debthelp.term."""
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in ("debthelp.files", "debthelp.term"):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Attribute) and node.attr == "buffer":
            found.add(".buffer")
    return found


def test_only_the_save_module_writes_files_or_bytes() -> None:
    # A second tail (its own write_private + note, or its own bytes on stdout)
    # is what review finding D7 found: this fails on one.
    for path in sorted(CLI.glob("*.py")):
        if path.name == "save.py":
            continue
        found = _calls(path) & {"write_private", "write_utf8", ".buffer"}
        assert not found, f"{path.name} uses {sorted(found)}: use debthelp.cli.save"


# --------------------------------------------------------------------------- the function


def test_dash_and_none_are_stdout_and_make_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for output in (None, "-"):
        assert save_or_print(output, "信\n", "zh", note="letters.saved") is False
        captured = capsys.readouterr()
        assert captured.out == "信\n"
        assert captured.err == ""
    assert list(tmp_path.iterdir()) == []


def test_utf8_is_bytes_whatever_the_console(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO()
    gbk = io.TextIOWrapper(raw, encoding="gbk")
    monkeypatch.setattr(sys, "stdout", gbk)
    save_or_print("-", '<meta charset="utf-8">网贷 ✓', "zh", note="page.saved", utf8=True)
    assert raw.getvalue().decode("utf-8") == '<meta charset="utf-8">网贷 ✓'


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_file_is_private_utf8_and_said_on_stderr(
    tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "信.txt"
    old = os.umask(0o022)
    try:
        assert save_or_print(str(target), "网贷 ✓\n", lang, note="letters.saved") is True  # type: ignore[arg-type]
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == "网贷 ✓\n".encode()
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == t("letters.saved", lang, path=str(target)) + "\n"  # type: ignore[arg-type]
    assert ("已保存到" if lang == "zh" else "saved to") in captured.err


def test_a_note_may_be_a_function_of_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "a.yaml"
    save(target, "x: 1\n", "en", note=lambda path: f"kept in {path}")
    assert capsys.readouterr().err == f"kept in {target}\n"


def test_a_file_called_dash_is_never_made_by_save(tmp_path: Path) -> None:
    from debthelp.errors import InputError

    with pytest.raises(InputError) as info:
        save("-", "x", "en", note="letters.saved")
    assert info.value.key == "save-path-dash"


# --------------------------------------------------------------------------- every command

# (argv before the output, the option that names the output, the note's key, accepts "-")
SAVERS = {
    "letter": (["letter", "negotiate"], "-o", "letters.saved", True),
    "report": (["report", "--answers", str(ANSWERS)], "-o", "report.saved", True),
    "page": (["page"], "-o", "page.saved", True),
    "log export": (["log", "export", "--format", "markdown"], "-o", "log.exported", True),
    "budget --csv": (
        ["budget", "--debts", str(DEBTS), "--income", "9000", "--expenses", "4500"],
        "--csv",
        "budget.csv-saved",
        False,
    ),
    "advise --save-answers": (
        ["advise", "--answers", str(ANSWERS), "--format", "text"],
        "--save-answers",
        "answers-saved",
        False,
    ),
}


def _invoke(argv: list[str], tmp_path: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(
        app, [*argv, "--db", str(tmp_path / "log.db")] if "log" in argv else argv
    )
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", sorted(SAVERS))
def test_every_command_saves_privately_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, lang: str
) -> None:
    monkeypatch.chdir(tmp_path)
    before, option, key, _dash = SAVERS[name]
    target = tmp_path / "out.file"
    code, _out, err = _invoke([*before, option, str(target), "--lang", lang], tmp_path)
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    target.read_text("utf-8")  # UTF-8, whatever it holds
    if key == "answers-saved":
        from debthelp.hints import answers_saved

        note = answers_saved(lang, str(target))  # type: ignore[arg-type]
    else:
        note = t(key, lang, path=str(target))  # type: ignore[arg-type]
    assert note in err


@pytest.mark.parametrize("name", sorted(n for n, s in SAVERS.items() if s[3]))
def test_dash_is_stdout_for_every_command_that_allows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    before, option, key, _dash = SAVERS[name]
    code, to_stdout, err = _invoke([*before, option, "-", "--lang", "en"], tmp_path)
    assert code == 0, err
    assert to_stdout.strip()
    assert t(key, "en", path="-") not in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "log.db") == []
    # What "-" printed is what a file gets.
    target = tmp_path / "same.file"
    _invoke([*before, option, str(target), "--lang", "en"], tmp_path)
    if name != "log export":  # the export names the moment it was made
        assert target.read_text("utf-8") == to_stdout
