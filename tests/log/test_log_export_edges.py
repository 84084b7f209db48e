"""Issue 24: the log export (material for others) names the log file, not the
machine's full path to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from debthelp.cli import app


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_the_export_header_has_no_full_path(tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "secret-home" / "log.sqlite3"
    db.parent.mkdir()
    runner = CliRunner()
    added = runner.invoke(
        app,
        ["log", "add", "--channel", "call", "--said", "还钱", "--db", str(db), "--lang", "zh"],
    )
    assert added.exit_code == 0, added.stderr
    out = runner.invoke(app, ["log", "export", "--format", fmt, "--db", str(db)]).stdout
    assert "log.sqlite3" in out
    assert str(tmp_path) not in out and "secret-home" not in out
