"""Shared fixtures. Tests never touch the real home directory or the real terminal.

Also how the suite is run (README, "For developers"):

- ``exhaustive`` tests (every route, the whole terminal matrix, the monkey's time
  box, 200 Ctrl-Cs) are left out of the default run and run with ``-m exhaustive`` (CI does).
  A fuzz test (``tests.cli.test_fuzz.fuzz_settings``) is a *corpus* test: a tenth of
  its cases by default, all of them in the exhaustive run.
- ``processes`` and ``slow`` tests start processes or terminals, or measure time:
  under xdist they all go to one worker (``xdist_group("processes")`` with
  ``--dist loadgroup``), one at a time, beside the in-process tests. Fuzz corpora
  run in-process and are left free, even in a ``slow`` module.
- The end of the run says what was left out and why.
"""

from __future__ import annotations

import re
import socket
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests import util
from tests.util import SHIPPED


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("PROMPT_TOOLKIT_NO_CPR", "1")
    for var in (
        "DEBTHELP_LANG",
        "DEBTHELP_GUIDANCE",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "DEBTHELP_DEBUG",
    ):
        monkeypatch.delenv(var, raising=False)


class NetworkBlocked(RuntimeError):
    """debthelp is offline: any socket a test opens is a bug."""


@pytest.fixture(autouse=True)
def _keep_sigint() -> Any:
    """main() ignores Ctrl-C once its outcome is decided (it is about to exit);
    run in-process, that must not outlive the test."""
    import signal

    before = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, before)


_RealSocket = socket.socket


class _LocalOnlySocket(_RealSocket):
    """A socket that may only be local: asyncio, under prompt_toolkit, wakes
    itself with a Unix socket pair, which is no network."""

    def __init__(
        self, family: int = -1, type: int = -1, proto: int = -1, fileno: int | None = None
    ) -> None:
        if fileno is None and family != getattr(socket, "AF_UNIX", None):
            raise NetworkBlocked("debthelp must never open a network socket")
        super().__init__(family, type, proto, fileno)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise NetworkBlocked("debthelp must never open a network connection")

    monkeypatch.setattr(socket, "socket", _LocalOnlySocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="session")
def guidance():  # type: ignore[no-untyped-def]
    from debthelp.guidance import load_guidance

    return load_guidance(SHIPPED)


# --------------------------------------------------------------------------- how the suite runs

GROUPED = ("processes", "slow")  # markers whose tests share the one xdist group


def selects_exhaustive(config: pytest.Config) -> bool:
    """Whether ``-m`` asks for the exhaustive tests ("exhaustive", "exhaustive or
    slow"; not "not exhaustive")."""
    return bool(re.search(r"(?<!not )\bexhaustive\b", config.getoption("markexpr") or ""))


def pytest_configure(config: pytest.Config) -> None:
    # Before the test modules are imported: fuzz_settings reads it to size its corpora.
    util.FULL_CORPUS = selects_exhaustive(config)


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    full = selects_exhaustive(config)
    grouping = config.pluginmanager.hasplugin("xdist")  # the marker exists only with xdist
    kept, left_out = [], []
    for item in items:
        if full and item.get_closest_marker("corpus"):
            item.add_marker(pytest.mark.exhaustive)
        if not full and item.get_closest_marker("exhaustive"):
            left_out.append(item)
            continue
        # A fuzz corpus runs in-process, even in a module of processes: left free.
        in_group = any(item.get_closest_marker(name) for name in GROUPED)
        if grouping and in_group and not item.get_closest_marker("corpus"):
            item.add_marker(pytest.mark.xdist_group("processes"))
        kept.append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = kept
    config.stash[_LEFT_OUT] = len(left_out)


_LEFT_OUT = pytest.StashKey[int]()
_COUNTS: Counter[str] = Counter()  # fuzz cases, monkey sessions, Ctrl-Cs: over all workers
_LINES: list[str] = []


def _summary_of_this_process() -> tuple[dict[str, float], list[str]]:
    counts: dict[str, float] = {}
    fuzz = sys.modules.get("tests.cli.test_fuzz")
    if fuzz is not None and fuzz.COUNT["cases"]:
        counts = {"cases": fuzz.COUNT["cases"], "seconds": fuzz.COUNT["seconds"]}
    lines = [
        line
        for name in ("tests.wizard.test_monkey", "tests.wizard.test_ctrlc")
        for line in getattr(sys.modules.get(name), "SUMMARY", ())
    ]
    return counts, lines


def pytest_sessionfinish(session: pytest.Session) -> None:
    """An xdist worker hands its counts to the controller (pytest_testnodedown)."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        counts, lines = _summary_of_this_process()
        workeroutput["debthelp_counts"] = counts
        workeroutput["debthelp_lines"] = lines


@pytest.hookimpl(optionalhook=True)  # an xdist hook: unknown without xdist
def pytest_testnodedown(node: Any, error: Any) -> None:
    output = getattr(node, "workeroutput", {})
    _COUNTS.update(output.get("debthelp_counts", {}))
    _LINES.extend(output.get("debthelp_lines", ()))


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Say how many fuzz cases ran, and in how long (tests/cli/test_fuzz.py), how many
    monkey sessions and Ctrl-Cs the pseudo-terminal tests tried, and what this
    run left out and why."""
    counts, lines = _summary_of_this_process()
    _COUNTS.update(counts)
    write = terminalreporter.write_line
    if _COUNTS["cases"]:
        size = "whole corpora" if util.FULL_CORPUS else "a tenth of each corpus"
        write(f"fuzz: {int(_COUNTS['cases'])} cases in {_COUNTS['seconds']:.1f} s ({size})")
    for line in (*_LINES, *lines):
        write(line)
    left_out = config.stash.get(_LEFT_OUT, 0)
    if left_out:
        write(
            f"left out: {left_out} exhaustive tests (every route, the whole terminal matrix, "
            "the monkey's time box; fuzz ran a tenth of each corpus): "
            "`pytest -m exhaustive` runs them, as CI does"
        )
    skipped = terminalreporter.stats.get("skipped", [])
    if skipped:
        reasons = Counter(
            str(report.longrepr[2]) if isinstance(report.longrepr, tuple) else "?"
            for report in skipped
        )
        write(
            f"skipped: {len(skipped)} ("
            + "; ".join(
                f"{n} x {reason.removeprefix('Skipped: ')}" for reason, n in reasons.most_common()
            )
            + ")"
        )
