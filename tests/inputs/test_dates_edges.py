"""F11 of the hostile pass (engine part): a court deadline worked out near the
calendar's ends (DEBTHELP_TODAY at 9999-12-31 or 0001-01-01) is left undated,
never an OverflowError."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from debthelp.engine import advise, coerce_all
from debthelp.files import read_answers
from tests.util import ROOT

DEBTHELP = str(Path(sys.executable).parent / "debthelp")
ANSWERS = ROOT / "examples" / "answers.yaml"


def _plan(guidance: Any, today: dt.date) -> Any:
    return advise(guidance, coerce_all(guidance, read_answers(ANSWERS)), today=today)


@pytest.mark.parametrize(
    "today", [dt.date.max, dt.date(9999, 12, 25), dt.date.min, dt.date(1, 1, 2)]
)
def test_no_due_date_past_the_calendar(guidance: Any, today: dt.date) -> None:
    assert _plan(guidance, today).due == ()


def test_a_due_date_inside_the_calendar_is_still_worked_out(guidance: Any) -> None:
    (due,) = _plan(guidance, dt.date(9999, 12, 10)).due
    assert due.due == dt.date(9999, 12, 22) and due.days_left == 12


@pytest.mark.parametrize("today", ["9999-12-31", "0001-01-01"])
@pytest.mark.parametrize("command", ["advise", "report"])
def test_debthelp_today_at_the_calendars_ends(tmp_path: Path, today: str, command: str) -> None:
    env = dict(os.environ, HOME=str(tmp_path), DEBTHELP_HOME=str(tmp_path / "h"))
    env["DEBTHELP_TODAY"] = today
    done = subprocess.run(  # noqa: PLW1510 - the exit code is what is tested
        [DEBTHELP, command, "--lang", "en", "--answers", str(ANSWERS)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "15 days" in done.stdout
