"""F17 of the hostile pass: a guidance file with 400,000 unknown keys printed
400,005 problems (60 MB on stderr). The first 100 are listed, the rest counted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from debthelp.errors import GuidanceError
from debthelp.guidance import load_guidance
from debthelp.guidance.fields import Fields
from debthelp.i18n import MAX_LISTED, MORE_PROBLEMS, problem_lines

DEBTHELP = str(Path(sys.executable).parent / "debthelp")


def _unknown_keys(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "g.yaml"
    path.write_text("".join(f"k{i}: v\n" for i in range(count)), encoding="utf-8")
    return path


def test_the_reader_keeps_only_the_first_hundred() -> None:
    fields = Fields()
    for i in range(1000):
        fields.problem(f"k{i}", "v-unknown-key", i + 1, allowed="x")
    kept = fields.problems
    assert len(kept) == MAX_LISTED + 1
    assert kept[-1].key == MORE_PROBLEMS and kept[-1].params["count"] == 900


@pytest.mark.parametrize(
    ("lang", "heading", "more"),
    [("en", "has 1005 problem(s)", "… and 905 more"), ("zh", "有 1005 个问题", "还有 905 个问题")],
)
def test_a_thousand_unknown_keys_show_a_hundred_and_a_count(
    tmp_path: Path, lang: str, heading: str, more: str
) -> None:
    with pytest.raises(GuidanceError) as info:
        load_guidance(_unknown_keys(tmp_path, 1000))
    lines = problem_lines(info.value, lang)  # type: ignore[arg-type]
    assert heading in lines[0]
    assert len(lines) == 1 + MAX_LISTED + 1
    assert more in lines[-1]


def test_any_long_problem_list_is_cut_when_shown() -> None:
    from debthelp.guidance.model import Problem

    error = GuidanceError(
        "guidance-invalid",
        problems=tuple(Problem(f"q{i}", "v-missing", i) for i in range(250)),
        path="g.yaml",
    )
    lines = problem_lines(error, "en")
    assert len(lines) == 102 and "250 problem(s)" in lines[0]
    assert lines[-1] == "  … and 150 more (correct the ones above first)."


def test_the_reviews_400000_keys(tmp_path: Path) -> None:
    path = _unknown_keys(tmp_path, 400_000)
    env = dict(os.environ, HOME=str(tmp_path))
    done = subprocess.run(  # noqa: PLW1510 - the exit code is what is tested
        [DEBTHELP, "tips", "--lang", "en", "--guidance", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 1
    assert len(done.stderr) < 20_000  # was 60 MB
    assert done.stderr.rstrip().endswith("… and 399,905 more (correct the ones above first).")
