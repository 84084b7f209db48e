"""The hostile pass's terminal findings, each kept fixed: a stderr that cannot
be written (F8), odd COLUMNS values (F9, F10) and help sent to a full disk (F15)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from debthelp import term
from tests.util import ROOT

DEBTHELP = str(Path(sys.executable).parent / "debthelp")
ANSWERS = str(ROOT / "examples" / "answers.yaml")
HUGE = "9" * 5000


def run(args: list[str], tmp_path: Path, shell_tail: str = "", **env: str) -> Any:
    """``debthelp args`` with redirections (``shell_tail``), in a clean home."""
    environ = {k: v for k, v in os.environ.items() if k not in ("PYTHONUNBUFFERED", "COLUMNS")}
    environ.update(HOME=str(tmp_path), DEBTHELP_HOME=str(tmp_path / "home"), **env)
    quoted = " ".join(f"'{a}'" for a in [DEBTHELP, *args])
    return subprocess.run(  # noqa: PLW1510 - the exit code is what is tested
        ["/bin/sh", "-c", f"{quoted} {shell_tail}"],
        capture_output=True,
        text=True,
        timeout=60,
        env=environ,
    )


# --------------------------------------------------------------------------- F8: stderr


def test_a_full_stderr_keeps_the_documented_exit_code(tmp_path: Path) -> None:
    # advise with no terminal and no answers: an error on stderr, exit 1 (was 120)
    assert run(["advise"], tmp_path, "2>/dev/full </dev/null").returncode == 1
    added = run(["log", "add", "--channel", "call", "--said", "x"], tmp_path, "2>/dev/full")
    assert added.returncode == 0
    listed = run(["log", "list", "--format", "json"], tmp_path)
    assert len(json.loads(listed.stdout)["entries"]) == 1
    assert run(["tips", "--nonsense"], tmp_path, "2>/dev/full").returncode == 2


# --------------------------------------------------------------------------- F9, F10: COLUMNS


@pytest.mark.parametrize(
    ("columns", "expected"),
    [("²", 80), ("①", 80), ("٣", 80), (HUGE, term.MAX_WIDTH), ("0" * 5000 + "60", 60)],
)
def test_odd_columns_fall_back_or_are_capped(
    monkeypatch: pytest.MonkeyPatch, columns: str, expected: int
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert term.width() == expected


@pytest.mark.parametrize("columns", ["²", HUGE])
def test_odd_columns_with_piped_output_give_the_result(tmp_path: Path, columns: str) -> None:
    tips = run(["tips", "--lang", "en"], tmp_path, COLUMNS=columns)
    assert tips.returncode == 0 and tips.stderr == "" and tips.stdout.strip()
    plan = run(["advise", "--lang", "en", "--answers", ANSWERS], tmp_path, COLUMNS=columns)
    assert plan.returncode == 0 and plan.stderr == ""


# --------------------------------------------------------------------------- F15: --help


@pytest.mark.parametrize("args", [["--help"], ["tips", "--help"], ["log", "add", "-h"]])
def test_help_to_a_full_disk_says_so(tmp_path: Path, args: list[str]) -> None:
    done = run([*args, "--lang", "en"] if args[0] != "--help" else args, tmp_path, ">/dev/full")
    assert done.returncode == 1
    assert "No space left on device" in done.stderr
    assert "unexpected" not in done.stderr and "意外" not in done.stderr


def test_help_still_reads_the_same(tmp_path: Path) -> None:
    shown = run(["tips", "--help"], tmp_path)
    assert shown.returncode == 0 and shown.stdout.startswith("Usage: debthelp tips")
    assert "显示帮助并退出 / Show this help and exit." in shown.stdout
