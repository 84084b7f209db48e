"""The JSON snapshot the wheel carries beside the guidance YAML.

It must be used when it matches the YAML, ignored when stale or damaged (the
YAML is the one source of truth), and give back the same model, dates as dates.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from debthelp.guidance import load_guidance, snapshot_json
from tests.guidance.test_validator import VALID
from tests.util import ROOT, SHIPPED


def _pair(tmp_path: Path, yaml_text: str = VALID) -> Path:
    source = tmp_path / "guidance.yaml"
    source.write_text(yaml_text, encoding="utf-8")
    (tmp_path / "guidance.json").write_text(snapshot_json(source), encoding="utf-8")
    return source


def test_a_matching_snapshot_is_used(tmp_path: Path) -> None:
    source = _pair(tmp_path)
    # Change the snapshot's data but not its digest: if it is read, we see it.
    data = json.loads((tmp_path / "guidance.json").read_text(encoding="utf-8"))
    data["guidance"]["tips"][0]["title"]["en"] = "From the snapshot"
    (tmp_path / "guidance.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_guidance(source).tips[0].title.en == "From the snapshot"


def test_a_stale_snapshot_is_ignored(tmp_path: Path) -> None:
    source = _pair(tmp_path)
    source.write_text(VALID.replace("Steady yourself first", "Edited after the build"), "utf-8")
    assert load_guidance(source).tips[0].title.en == "Edited after the build"


def test_a_damaged_snapshot_falls_back_to_the_yaml(tmp_path: Path) -> None:
    source = _pair(tmp_path)
    (tmp_path / "guidance.json").write_text('{"digest": "crc32', encoding="utf-8")
    assert load_guidance(source).tips[0].title.en == "Steady yourself first"
    (tmp_path / "guidance.json").write_bytes(b"\xff\xfe not json")
    assert load_guidance(source).tips[0].title.en == "Steady yourself first"


def test_the_snapshot_gives_the_same_model_with_dates_as_dates(tmp_path: Path) -> None:
    shipped = SHIPPED.read_text(encoding="utf-8")
    source = _pair(tmp_path, shipped)
    from_snapshot = load_guidance(source)
    (tmp_path / "guidance.json").unlink()
    from_yaml = load_guidance(source)
    assert isinstance(from_snapshot.reviewed, dt.date)
    assert from_snapshot._replace(path="") == from_yaml._replace(path="")


@pytest.mark.processes
def test_a_broken_guidance_fails_the_build_with_its_problems(tmp_path: Path) -> None:
    """The build hook runs the validator and prints its list, not just an error name."""
    broken = SHIPPED.read_text(encoding="utf-8").replace("urgency: now", "urgency: tonight", 1)
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
import hatch_build
class Hook(hatch_build.GuidanceSnapshot):
    def __init__(self, root):
        self._root = root
    root = property(lambda self: self._root)
    target_name = "wheel"
Hook({str(tmp_path)!r}).initialize("standard", {{"force_include": {{}}}})
"""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "guidance.yaml").write_text(broken, encoding="utf-8")
    (tmp_path / "src").symlink_to(ROOT / "src")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode != 0
    assert "the guidance does not validate" in result.stderr
    assert "urgency 'tonight' is not one of" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_checks_loops_even_through_a_snapshot(tmp_path: Path) -> None:
    """Loading trusts the snapshot's checks; validating checks everything again."""
    from debthelp.errors import GuidanceError
    from debthelp.guidance import validate_guidance

    source = _pair(tmp_path)
    data = json.loads((tmp_path / "guidance.json").read_text(encoding="utf-8"))
    questions = data["guidance"]["questions"]
    questions[-1]["next"] = questions[0]["id"]  # a loop, with the digest unchanged
    for option in questions[-1].get("options", []):
        option.pop("next", None)
    (tmp_path / "guidance.json").write_text(json.dumps(data), encoding="utf-8")
    try:
        validate_guidance(source)
    except GuidanceError as error:
        assert any(p.key == "v-cycle" for p in error.problems), error.problems
    else:
        raise AssertionError("a loop read from the snapshot passed validation")
