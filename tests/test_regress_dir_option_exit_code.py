"""Regression (fixed) (cli.py options declared dir_okay=False): a folder given for a file is
exit 2 (click usage error, click's English-only message), but `validate DIR` is exit 1
with a bilingual message. README: 1 = "a missing or broken file", 2 = "an unknown option,
format or language". The brief for these tests also expects exit 1 for
`--save-answers DIR`. Options affected: --answers, --save-answers, --guidance
(also via DEBTHELP_GUIDANCE), --schedule. Suggested fix: drop dir_okay=False and let
read_text/write_private report file-is-dir (exit 1) as `validate` already does.

"""

import pytest
from typer.testing import CliRunner

from debthelp.cli import app


@pytest.mark.parametrize("option", ["--answers", "--save-answers", "--guidance"])
def test_folder_for_a_file_option_is_exit_1(option: str, tmp_path) -> None:
    args = [
        "advise",
        "--answer",
        "safety=danger",
        "--answer",
        "safety-continue=stop",
        option,
        str(tmp_path),
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, (result.exit_code, result.stderr)  # today: 2


def test_folder_for_schedule_is_exit_1(tmp_path) -> None:
    result = CliRunner().invoke(app, ["rate", "--received", "1000", "--schedule", str(tmp_path)])
    assert result.exit_code == 1, (result.exit_code, result.stderr)  # today: 2


def test_validate_folder_is_exit_1_today(tmp_path) -> None:  # passes: the reference behaviour
    assert CliRunner().invoke(app, ["validate", str(tmp_path)]).exit_code == 1
