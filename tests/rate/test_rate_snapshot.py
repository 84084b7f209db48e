"""The wheel carries data/lpr.yaml and data/rate.yaml parsed as JSON (start-up, issue 25):
`debthelp rate` then never imports the YAML parser. The JSON is read only while the
YAML beside it is the one it was made from, and every check still runs on it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from debthelp.errors import InvalidDataError
from debthelp.rate import default_lpr_path, default_rate_texts_path, load_lpr_table
from debthelp.rate import lpr as lpr_mod
from debthelp.rate import texts as texts_mod


def _copy(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / source.name
    target.write_text(source.read_text("utf-8"), encoding="utf-8")
    return target


def _lpr_snapshot(tmp_path: Path) -> tuple[Path, dict]:
    yaml_file = _copy(default_lpr_path(), tmp_path)
    return yaml_file, json.loads(lpr_mod.snapshot_json(yaml_file))


def _write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_the_lpr_snapshot_is_the_table_with_its_dates(tmp_path: Path) -> None:
    yaml_file, data = _lpr_snapshot(tmp_path)
    assert data["lpr"]["changes"][0]["from"] == "2019-08-20"  # ISO text in JSON
    _write(tmp_path / "lpr.json", data)
    assert load_lpr_table(yaml_file) == load_lpr_table(default_lpr_path())


def test_a_matching_lpr_snapshot_is_read_and_checked(tmp_path: Path) -> None:
    yaml_file, data = _lpr_snapshot(tmp_path)
    data["lpr"]["changes"][0]["source"] = "from the snapshot"
    _write(tmp_path / "lpr.json", data)
    table = load_lpr_table(yaml_file)
    assert table.fixings[0].source == "from the snapshot"
    assert table.fixings[0].start == date(2019, 8, 20)
    # The checks run on the snapshot too: a rate out of range is still refused.
    data["lpr"]["changes"][0]["one_year"] = 400
    _write(tmp_path / "lpr.json", data)
    with pytest.raises(InvalidDataError) as caught:
        load_lpr_table(yaml_file)
    assert [p.key for p in caught.value.problems] == ["rate.lpr-v-percent"]


def test_a_stale_broken_or_odd_lpr_snapshot_is_ignored(tmp_path: Path) -> None:
    yaml_file, data = _lpr_snapshot(tmp_path)
    data["lpr"]["changes"][0]["source"] = "from the snapshot"
    snapshot = tmp_path / "lpr.json"
    _write(snapshot, data)
    yaml_file.write_text(yaml_file.read_text("utf-8") + "\n# edited\n", encoding="utf-8")
    assert load_lpr_table(yaml_file).fixings[0].source != "from the snapshot"
    snapshot.write_text("{not json", encoding="utf-8")
    assert load_lpr_table(yaml_file).fixings[0].source != "from the snapshot"
    # A date the snapshot cannot hold (not ISO text): the YAML is read instead.
    yaml_file, data = _lpr_snapshot(tmp_path)
    data["lpr"]["changes"][0]["source"] = "from the snapshot"
    data["lpr"]["last_fixing"] = "20 September 2026"
    _write(snapshot, data)
    assert load_lpr_table(yaml_file).fixings[0].source != "from the snapshot"


def _rate_snapshot(tmp_path: Path) -> tuple[Path, dict]:
    yaml_file = _copy(default_rate_texts_path(), tmp_path)
    return yaml_file, json.loads(texts_mod.snapshot_json(yaml_file))


def _fig_apr_en(texts: texts_mod.RateTexts) -> str | None:
    return texts.get("rate.fig-apr", "en")


def test_the_shipped_rate_texts_read_a_matching_snapshot(tmp_path: Path) -> None:
    yaml_file, data = _rate_snapshot(tmp_path)
    first = data["rate"]["texts"][0]
    assert first["id"] == "rate.fig-apr"
    first["en"] = "from the snapshot"
    _write(tmp_path / "rate.json", data)
    assert _fig_apr_en(texts_mod._load(yaml_file, None, from_snapshot=True)) == (
        "from the snapshot"
    )
    # Stale: the YAML was edited after the snapshot was made.
    yaml_file.write_text(yaml_file.read_text("utf-8") + "\n# edited\n", encoding="utf-8")
    assert _fig_apr_en(texts_mod._load(yaml_file, None, from_snapshot=True)) != (
        "from the snapshot"
    )


def test_validating_rate_texts_never_trusts_the_snapshot(tmp_path: Path) -> None:
    yaml_file, data = _rate_snapshot(tmp_path)
    data["rate"]["texts"][0]["en"] = "from the snapshot"
    _write(tmp_path / "rate.json", data)
    assert _fig_apr_en(texts_mod.load_rate_texts(yaml_file)) != "from the snapshot"
    # The checks run on the snapshot too: an unknown key is still a problem.
    data["rate"]["texts"][0]["note"] = "x"
    _write(tmp_path / "rate.json", data)
    with pytest.raises(InvalidDataError) as caught:
        texts_mod._load(yaml_file, None, from_snapshot=True)
    assert [p.key for p in caught.value.problems] == ["v-unknown-key"]
