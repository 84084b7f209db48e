"""Start-up stays lean: what `tips` and `--help` import is checked, not timed.

(Timing belongs in benchmarks/startup.py, whose figures are in BENCHMARKS.md.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.util import ROOT

pytestmark = pytest.mark.processes  # every test here runs a process

PROBE = """
import json, sys
sys.argv = ["debthelp", *json.loads(sys.argv[1])]
from debthelp.cli import main
try:
    main()
except SystemExit:
    pass
heavy = ("questionary", "prompt_toolkit", "rich", "pydantic")  # HEAVY
found = sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in heavy})
sys.stderr.write("MODULES " + json.dumps(found) + "\\n")
"""

HEAVY = ("questionary", "prompt_toolkit", "rich", "pydantic")


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


# ---------------------------------------------------------------- issue 25: check and rate
# What the borrower runs is the wheel: the package with its data files and the build's JSON
# snapshots beside them. ``installed`` lays the package out the same way (the snapshots
# written by the functions hatch_build.py lists), without building a wheel.

WHEEL_PROBE = """
import json, sys
sys.argv = ["debthelp", *json.loads(sys.argv[1])]
import typer.main
built = []
_from_info = typer.main.get_command_from_info
def counting(*args, **kwargs):
    info = kwargs["command_info"] if "command_info" in kwargs else args[0]
    built.append(info.name or info.callback.__name__)
    return _from_info(*args, **kwargs)
typer.main.get_command_from_info = counting
from debthelp.cli.launch import main
import atexit
def report():
    import debthelp, gc
    sys.stderr.write("LOADED " + json.dumps({
        "file": debthelp.__file__,
        "modules": sorted(sys.modules),
        "built": built,
        "frozen": gc.get_freeze_count(),
        "gc_on": gc.isenabled(),
    }) + "\\n")
atexit.register(report)
main()
"""
CHECK = ["check", "【某某法院】您已被立案，请点击链接查看传票"]
RATE = ["rate", "--received", "8000", "--borrowed", "10000", "--payment", "1000"]
RATE += ["--periods", "12", "--lender", "private", "--signed", "2025-06-01"]
# Never on the start path of check or rate (each cost measured in BENCHMARKS.md, issue 25):
# the YAML parser (its import compiles a regular expression of ~55,000 code points, about
# 14 ms) and the guidance package (rate's data files use debthelp.datafile), besides the
# prompt and panel libraries and typer's rich help.
NEVER = {"yaml", "debthelp.guidance", "typer.rich_utils", *HEAVY}


def _hatch_snapshots() -> tuple[tuple[str, str, str, str], ...]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    return tuple(hook.SNAPSHOTS)


def _function(name: str) -> Any:
    import importlib

    module, _, attribute = name.partition(":")
    return getattr(importlib.import_module(module), attribute)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder to put first on PYTHONPATH: debthelp as the wheel installs it."""
    site = tmp_path_factory.mktemp("site")
    package = site / "debthelp"
    shutil.copytree(
        ROOT / "src" / "debthelp", package, ignore=shutil.ignore_patterns("__pycache__")
    )
    data = package / "data"
    data.mkdir()
    for source in sorted((ROOT / "data").glob("*.yaml")):
        shutil.copyfile(source, data / source.name)
    for name, _called, _check, write in _hatch_snapshots():
        snapshot = (data / name).with_suffix(".json")
        snapshot.write_text(_function(write)(ROOT / "data" / name), encoding="utf-8")
    return site


def wheel_run(site: Path, args: list[str]) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(site), NO_COLOR="1")
    result = subprocess.run(
        [sys.executable, "-c", WHEEL_PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=site,
        env=env,
    )
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    line = next(x for x in result.stderr.splitlines() if x.startswith("LOADED "))
    found: dict[str, Any] = json.loads(line.removeprefix("LOADED "))
    assert Path(found["file"]).parent == site / "debthelp"  # the laid-out copy ran
    return found


@pytest.mark.parametrize(
    ("args", "command", "also_never"),
    [(CHECK, "check", set()), (RATE, "rate", {"csv"})],  # csv: only for a --schedule file
)
def test_check_and_rate_start_without_yaml_guidance_or_rich(
    installed: Path, args: list[str], command: str, also_never: set[str]
) -> None:
    found = wheel_run(installed, args)
    modules = set(found["modules"])
    assert not modules & (NEVER | also_never), sorted(modules & (NEVER | also_never))
    # Only the command being run is built (typer turns each into a click command).
    assert found["built"] == [command]
    # What the imports built is frozen, out of the cyclic collector's walks (launch.py),
    # and the collector is on again for the command's own work.
    assert found["frozen"] > 10_000
    assert found["gc_on"] is True


def test_the_wheel_probe_sees_yaml_when_a_snapshot_is_stale(
    installed: Path, tmp_path: Path
) -> None:
    # Not blind: with lpr.yaml edited after the build, its snapshot no longer matches,
    # the YAML is read, and the parser is imported.
    site = tmp_path / "site"
    shutil.copytree(installed, site)
    lpr = site / "debthelp" / "data" / "lpr.yaml"
    lpr.write_text(lpr.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    modules = set(wheel_run(site, RATE)["modules"])
    assert "yaml" in modules
    assert "debthelp.guidance" not in modules


# The command modules a start imports do without `from __future__ import annotations`:
# typer would evaluate each option's annotation string when it builds the command.
FAST_COMMANDS = ("check", "rate", "tips", "advise")


@pytest.mark.parametrize("name", FAST_COMMANDS)
def test_fast_commands_give_typer_their_annotations_evaluated(name: str) -> None:
    source = (ROOT / "src" / "debthelp" / "cli" / f"{name}.py").read_text(encoding="utf-8")
    assert "from __future__ import annotations" not in source
