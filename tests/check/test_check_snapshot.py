"""The wheel carries data/patterns.yaml parsed as JSON (start-up, issue 23); the JSON is
read only while the YAML beside it is the one it was made from."""

from __future__ import annotations

import json
from pathlib import Path

from debthelp.check.patterns import _load, default_patterns_path, snapshot_json


def _copy(tmp_path: Path) -> Path:
    yaml_file = tmp_path / "patterns.yaml"
    yaml_file.write_text(default_patterns_path().read_text("utf-8"), encoding="utf-8")
    return yaml_file


def test_a_matching_snapshot_is_read(tmp_path: Path) -> None:
    yaml_file = _copy(tmp_path)
    data = json.loads(snapshot_json(yaml_file))
    data["patterns"]["readings"][3]["en"] = "from the snapshot"
    (tmp_path / "patterns.json").write_text(json.dumps(data), encoding="utf-8")
    patterns = _load(yaml_file, None, eager=False)
    assert patterns.readings["none"].text.en == "from the snapshot"


def test_a_stale_or_broken_snapshot_is_ignored(tmp_path: Path) -> None:
    yaml_file = _copy(tmp_path)
    data = json.loads(snapshot_json(yaml_file))
    data["patterns"]["readings"][3]["en"] = "from the snapshot"
    snapshot = tmp_path / "patterns.json"
    snapshot.write_text(json.dumps(data), encoding="utf-8")
    yaml_file.write_text(yaml_file.read_text("utf-8") + "\n# edited\n", encoding="utf-8")
    assert _load(yaml_file, None, eager=False).readings["none"].text.en != "from the snapshot"
    snapshot.write_text("{not json", encoding="utf-8")
    assert _load(yaml_file, None, eager=False).readings["none"].text.en.startswith("Nothing")


def test_validation_never_trusts_the_snapshot(tmp_path: Path) -> None:
    yaml_file = _copy(tmp_path)
    data = json.loads(snapshot_json(yaml_file))
    data["patterns"]["readings"][3]["en"] = "from the snapshot"
    (tmp_path / "patterns.json").write_text(json.dumps(data), encoding="utf-8")
    assert _load(yaml_file, None).readings["none"].text.en != "from the snapshot"
