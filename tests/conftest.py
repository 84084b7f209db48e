"""Shared fixtures. Tests never touch the real home directory or the real terminal."""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

import pytest

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


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many fuzz cases ran, and in how long (tests/test_fuzz.py), and how
    many monkey sessions and Ctrl-Cs the pseudo-terminal tests tried."""
    fuzz = sys.modules.get("tests.test_fuzz")
    if fuzz is not None and fuzz.COUNT["cases"]:
        terminalreporter.write_line(
            f"fuzz: {fuzz.COUNT['cases']} cases in {fuzz.COUNT['seconds']:.1f} s"
        )
    for name in ("tests.test_monkey", "tests.test_ctrlc"):
        module = sys.modules.get(name)
        for line in getattr(module, "SUMMARY", ()):
            terminalreporter.write_line(line)
