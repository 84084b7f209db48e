"""Regressions found by review: each was a crash or a silent acceptance before."""

from __future__ import annotations

from pathlib import Path

import pytest

from debthelp.errors import GuidanceError
from debthelp.guidance import Problem, load_guidance
from tests.test_validator import VALID, edit
from tests.util import write


def test_duplicate_key_is_yaml_duplicate_key(tmp_path: Path) -> None:
    # yamlio._Builder._fail(self, node, key, **params) is called with key=key -> TypeError
    with pytest.raises(GuidanceError) as info:
        load_guidance(write(tmp_path, "format: 1\nformat: 1\n"))
    assert info.value.key == "yaml-duplicate-key"
    assert (info.value.params["line"], info.value.params["key"]) == (2, "format")


def test_cli_reports_an_invalid_guidance_file(capsys: pytest.CaptureFixture[str]) -> None:
    # cli.report formats t(error.key, **error.params) before the guidance-invalid
    # branch; that message needs {count}, which only the branch supplies -> KeyError
    from debthelp.cli import report

    error = GuidanceError(
        "guidance-invalid",
        problems=(Problem("format", "v-format", 1, {"expected": 1}),),
        path="g.yaml",
    )
    report(error, "en")
    assert "format should be 1" in capsys.readouterr().err


@pytest.mark.parametrize(
    "value", ["2024-13-01", "2024-02-30", "!!int abc", "!!float abc", "!!timestamp nope"]
)
def test_bad_typed_scalar_is_a_guidance_error(tmp_path: Path, value: str) -> None:
    # yamlio: construct_object raises ValueError/AttributeError, only yaml.YAMLError is caught
    text = edit(VALID, "  reviewed: 2024-05-01\n", f"  reviewed: {value}\n")
    with pytest.raises(GuidanceError):
        load_guidance(write(tmp_path, text))


def test_python_tag_on_a_list_is_refused(tmp_path: Path) -> None:
    # yamlio._Builder ignores the tag of sequence/mapping nodes: accepted as ["4-4"]
    text = edit(
        VALID, '    source: ["4-4"]\n', '    source: !!python/object/apply:os.system ["4-4"]\n'
    )
    with pytest.raises(GuidanceError):
        load_guidance(write(tmp_path, text))


def test_id_with_trailing_newline_is_a_bad_id(tmp_path: Path) -> None:
    # ID_RE = ^[a-z][a-z0-9_-]*$ with .match: `$` also matches before a final "\n"
    text = VALID.replace("id: communicate\n", 'id: "communicate\\n"\n').replace(
        "topic: communicate\n", 'topic: "communicate\\n"\n'
    )
    with pytest.raises(GuidanceError) as info:
        load_guidance(write(tmp_path, text))
    assert any(p.key == "v-bad-id" for p in info.value.problems)
