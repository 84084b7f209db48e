"""The wheel carries data/patterns.yaml parsed as JSON (start-up, issue 23); the JSON is
read only while the YAML beside it is the one it was made from."""

from __future__ import annotations

import json
from pathlib import Path

from debthelp.check.model import Matcher, Patterns
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


def test_the_snapshot_carries_every_matcher_as_reading_the_yaml_makes_it(tmp_path: Path) -> None:
    """Start-up: the snapshot's matchers (model.matcher_parts) are used instead of folding
    every keyword and finding every expression's hints again; they must be what the YAML
    gives, and a message is read the same either way."""
    yaml_file = _copy(tmp_path)
    (tmp_path / "patterns.json").write_text(snapshot_json(yaml_file), encoding="utf-8")
    fast = _load(yaml_file, None, eager=False)
    slow = _load(yaml_file, None, eager=True)

    def matchers(p: Patterns) -> list[tuple[str, tuple[Matcher, ...]]]:  # lines differ
        return [(e.id, e.matchers) for e in (*p.claims, *p.signs, *p.asks)]

    assert matchers(fast) == matchers(slow)
    data = json.loads((tmp_path / "patterns.json").read_text("utf-8"))
    assert len(data["patterns"]["_matchers"]) > 1000


def test_the_snapshots_matchers_are_used_and_a_damaged_one_is_worked_out_again(
    tmp_path: Path,
) -> None:
    yaml_file = _copy(tmp_path)
    data = json.loads(snapshot_json(yaml_file))
    matchers = data["patterns"]["_matchers"]
    keyword = next(text for text, parts in matchers.items() if parts[1] == "传票")
    matchers[keyword] = [matchers[keyword][0], "从快照来", False, []]  # used: the snapshot's
    broken = next(text for text in matchers if text != keyword)
    matchers[broken] = "not parts"  # damaged: worked out from the text instead
    (tmp_path / "patterns.json").write_text(json.dumps(data), encoding="utf-8")
    fast = _load(yaml_file, None, eager=False)
    slow = _load(yaml_file, None, eager=True)
    literals = {m.literal for e in fast.claims for m in e.matchers}
    assert "从快照来" in literals and "传票" not in literals

    def found(p: Patterns) -> set[Matcher]:
        entries = (*p.claims, *p.signs, *p.asks)
        return {m for e in entries for m in e.matchers if m.source == broken}

    assert found(fast) == found(slow)
