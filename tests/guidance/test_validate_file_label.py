"""Issue 25, item 8: ``debthelp validate FILE`` names FILE in each content problem,
not the shipped file's name "guidance.yaml"."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from debthelp.cli import app
from tests.util import SHIPPED


def test_a_content_problem_names_the_file_given(tmp_path: Path) -> None:
    own = tmp_path / "my-guide.yaml"
    text = SHIPPED.read_text(encoding="utf-8")
    assert "现在就拨打110报警。" in text
    own.write_text(
        text.replace("现在就拨打110报警。", "现在就拨打110报警，或拨打 12345。", 1), "utf-8"
    )
    result = CliRunner().invoke(app, ["validate", str(own), "--lang", "en"])
    assert result.exit_code == 1, result.output
    (line,) = [line for line in result.output.splitlines() if "12345" in line]
    assert line.strip().startswith(f"{own} tips.")
    assert "guidance.yaml" not in result.output


def test_the_shipped_file_is_still_called_guidance_yaml() -> None:
    from debthelp.content_rules import check_units, load_data_units
    from debthelp.guidance import load_guidance

    units = list(load_data_units(files=("guidance.yaml",), guidance=SHIPPED))
    assert {unit.file for unit in units} == {"guidance.yaml"}
    assert check_units(units, load_guidance(SHIPPED).sources) == []
