"""Issue 24: every hint printed works when typed. The plan's lines to type say
``debthelp …``; started by its path (``.venv/bin/debthelp``, the README's install)
with ``debthelp`` not on PATH, the plan ends with how to make them work as printed."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from debthelp.i18n import Lang
from debthelp.render.doc import Block, Doc, Item
from debthelp.render.draw import emit_doc

DOC = Doc(
    "Plan",
    (Block("Later", (Item(title="t", body="see debthelp tips repayment"),)),),
)


def shown(doc: Doc, fmt: str, lang: Lang = "en") -> str:
    out = io.StringIO()
    emit_doc(doc, fmt, lang, out, tty=False, width=500)  # a long tmp path stays whole
    return out.getvalue()


def started_as(monkeypatch: pytest.MonkeyPatch, program: Path, on_path: bool) -> None:
    monkeypatch.setattr(sys, "argv", [str(program), "advise"])
    monkeypatch.setattr(shutil, "which", lambda name: str(program) if on_path else None)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_started_by_its_path_the_plan_says_how_to_type_the_commands(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: Lang
) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "debthelp").write_text("", encoding="utf-8")
    (bin_dir / "activate").write_text("", encoding="utf-8")
    started_as(monkeypatch, bin_dir / "debthelp", on_path=False)
    text = shown(DOC, "text", lang)
    assert f"source {bin_dir / 'activate'}" in text.splitlines()  # a line to itself
    assert str(bin_dir / "debthelp") in text.replace("\n", " ")
    # The note is for this screen: a Markdown file kept or shared has none.
    assert "activate" not in shown(DOC, "markdown", lang)


def test_without_an_activate_script_it_names_the_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    program = tmp_path / "debthelp"
    program.write_text("", encoding="utf-8")
    started_as(monkeypatch, program, on_path=False)
    text = shown(DOC, "text").replace("\n", " ")
    assert f"type {program} instead of debthelp" in text and "source " not in text


def test_on_path_or_with_no_command_there_is_no_note(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    program = tmp_path / "debthelp"
    program.write_text("", encoding="utf-8")
    started_as(monkeypatch, program, on_path=True)
    assert "PATH" not in shown(DOC, "text")
    started_as(monkeypatch, program, on_path=False)
    quiet = Doc("Plan", (Block("Later", (Item(title="t", body="call 12348"),)),))
    assert "PATH" not in shown(quiet, "text")


@pytest.mark.slow
def test_the_note_works_when_typed(tmp_path: Path) -> None:
    """What the note says to type, typed: after ``source …/activate`` the plan's
    ``debthelp tips repayment`` runs."""
    activate = Path(sys.executable).parent / "activate"
    if not activate.is_file():
        pytest.skip("not run from a virtual environment with an activate script")
    done = subprocess.run(
        ["bash", "-c", f"source {activate} && debthelp tips repayment --lang en -f text"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
