"""What each command loads at start-up: its own module and core, nobody else's.

Not timed (benchmarks/startup.py times it): the set of debthelp modules a run
imports. ``cli.root`` imports a command's module only when that command runs,
and a command imports its core inside the command function.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.util import ROOT

pytestmark = pytest.mark.processes  # every test here runs a process

PROBE = """
import json, sys
sys.argv = ["debthelp", *json.loads(sys.argv[1])]
from debthelp.cli.launch import main
try:
    main()
except SystemExit:
    pass
ours = sorted(m for m in sys.modules if m.startswith("debthelp"))
sys.stderr.write("MODULES " + json.dumps(ours) + "\\n")
"""
# What every command loads: the app, its catch point and the shared options.
BASE = {"debthelp.cli", "debthelp.cli.launch", "debthelp.cli.root", "debthelp.cli.catch"}
BASE |= {"debthelp.cli.options", "debthelp.cli.clicks"}
RATE = ["rate", "--received", "8000", "--borrowed", "10000", "--payment", "1000", "--periods", "12"]
RATE += ["--lender", "private", "--signed", "2025-06-01"]
ANSWERS = str(ROOT / "examples" / "answers.yaml")


def loaded(args: list[str]) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def packages(modules: set[str]) -> set[str]:
    """``debthelp.rate.calc`` -> ``rate``."""
    return {m.split(".")[1] for m in modules if m.count(".") >= 1}


# (argv, the cli modules it may load beyond BASE, core packages it must not load)
CASES = {
    "check": (
        ["check", "【某某法院】您已被立案，请点击链接查看传票"],
        {"debthelp.cli.check"},
        {"rate", "wizard", "letters", "log", "budget", "engine", "page", "diagram"},
    ),
    "rate": (
        RATE,
        {"debthelp.cli.rate", "debthelp.cli.options_rate", "debthelp.cli.output"},
        {"check", "wizard", "letters", "log", "budget", "engine", "page", "diagram"},
    ),
    "advise --answers": (
        ["advise", "--format", "text", "--answers", ANSWERS],
        {"debthelp.cli.advise", "debthelp.cli.output"},
        {"check", "wizard", "letters", "log", "budget", "rate", "page", "diagram"},
    ),
    "tips": (
        ["tips", "--format", "text"],
        {"debthelp.cli.tips", "debthelp.cli.output"},
        {"check", "wizard", "letters", "log", "budget", "rate", "engine", "page", "diagram"},
    ),
    "--version": (["--version"], set(), {"guidance", "render", "yamlio"}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_command_loads_its_own_module_and_core_only(name: str) -> None:
    argv, own, never = CASES[name]
    modules = loaded(argv)
    cli = {m for m in modules if m == "debthelp.cli" or m.startswith("debthelp.cli.")}
    assert cli - BASE == own, sorted(cli - BASE)
    assert not packages(modules) & never, sorted(packages(modules) & never)


def test_the_probe_sees_a_command_module_loaded_with_the_help() -> None:
    # --help lists every command, so it loads every command module: not blind.
    modules = loaded(["--help"])
    assert {"debthelp.cli.check", "debthelp.cli.rate", "debthelp.cli.log"} <= modules


def test_check_does_not_load_the_guidance() -> None:
    """Text, Problem and the source rule live in debthelp.datafile, the toolkit every
    data file shares: reading patterns.yaml loads nothing of the guidance."""
    assert "guidance" not in packages(loaded(CASES["check"][0]))
