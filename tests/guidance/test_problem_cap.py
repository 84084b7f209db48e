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
from debthelp.yamlio import MAX_NODES

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


def _run(
    path: Path, tmp_path: Path, lang: str = "en"
) -> tuple[subprocess.CompletedProcess[str], int]:
    """``debthelp tips --guidance PATH`` in a child, and the most memory the
    child's Python objects held at once, in bytes (tracemalloc: the peak RSS of
    a child is not its own, Linux keeps the parent's across exec)."""
    env = dict(os.environ, HOME=str(tmp_path))
    script = (
        "import sys, tracemalloc\n"
        "tracemalloc.start()\n"
        "from debthelp.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit as done:\n    code = done.code\n"
        "print('PEAK', tracemalloc.get_traced_memory()[1], file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(  # noqa: PLW1510 - the exit code is what is tested
        [sys.executable, "-c", script, "tips", "--lang", lang, "--guidance", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    text, _, peak = done.stderr.rstrip().rpartition("PEAK ")
    done.stderr = text
    return done, int(peak)


# The most memory a child refusing the file may use: debthelp and the 4.3 MB
# text (400,000 keys composed took 460 MB of memory).
MAX_PEAK = 40 * 1024 * 1024
# A file just under yamlio.MAX_NODES is composed whole: about 0.6 KB an item.
MAX_PEAK_READ = 100 * 1024 * 1024


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", "the file holds more than 100,000 items, so debthelp will not read it"),
        ("zh", "这个文件的条目超过 100,000 个，不予读取"),
    ],
)
def test_the_reviews_400000_keys(tmp_path: Path, lang: str, says: str) -> None:
    """The review's reproduction: refused before it is composed, with the file's
    name and the limit, in bounded memory (was 400,005 problems, 60 MB of
    stderr and 460 MB of memory)."""
    path = _unknown_keys(tmp_path, 400_000)
    done, peak = _run(path, tmp_path, lang)
    assert done.returncode == 1
    assert says in done.stderr and str(path) in done.stderr
    assert len(done.stderr) < 1_000
    assert "Traceback" not in done.stderr
    assert peak < MAX_PEAK, peak


def test_the_most_keys_a_file_may_hold_list_a_hundred_problems(tmp_path: Path) -> None:
    """Just under the limit (49,999 keys and their values, and the mapping), the
    file is read, its problems stop at 100, and memory stays bounded."""
    assert 2 * 49_999 + 1 <= MAX_NODES < 2 * 50_000 + 1
    path = _unknown_keys(tmp_path, 49_999)
    done, peak = _run(path, tmp_path)
    assert done.returncode == 1
    assert len(done.stderr) < 20_000
    assert done.stderr.rstrip().endswith("… and 49,904 more (correct the ones above first).")
    assert peak < MAX_PEAK_READ, peak
