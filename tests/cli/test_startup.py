"""Start-up stays lean: what `tips` and `--help` import is checked, not timed.

(Timing belongs in benchmarks/startup.py, whose figures are in BENCHMARKS.md.)
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.processes  # every test here runs a process

PROBE = """
import json, sys
sys.argv = ["debthelp", *json.loads(sys.argv[1])]
from debthelp.cli import main
try:
    main()
except SystemExit:
    pass
heavy = ("questionary", "prompt_toolkit", "rich", "pydantic")
found = sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in heavy})
sys.stderr.write("MODULES " + json.dumps(found) + "\\n")
"""


def imported(args: list[str]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES "))
    return list(json.loads(line.removeprefix("MODULES ")))


@pytest.mark.parametrize(
    "args",
    [
        ["tips", "--format", "text"],
        ["tips", "--format", "json"],
        ["--help"],
        ["tips", "--help"],
        ["explain", "支付令", "--format", "text"],
        ["--version"],
    ],
)
def test_fast_paths_import_no_prompt_or_panel_library(args: list[str]) -> None:
    assert imported(args) == []


def test_the_probe_can_see_a_heavy_import() -> None:
    # A plan rendered as panels does import rich: the probe is not blind.
    args = ["advise", "--format", "auto", "--answer", "safety=danger"]
    args += ["--answer", "safety-continue=stop"]
    # auto on a pipe is plain text, so force the panel renderer through its module
    assert imported(args) == []
    probe = PROBE.replace(
        "from debthelp.cli import main", "import rich.console\nfrom debthelp.cli import main"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, json.dumps(["--version"])],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert 'MODULES ["rich"]' in result.stderr


def test_the_wizard_package_leaves_the_graph_checks_for_later() -> None:
    # The first question must appear fast; the graph is needed only when an
    # answer is changed at the review (and by `validate`).
    code = "import sys, debthelp.wizard; print('debthelp.guidance.graph' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"
