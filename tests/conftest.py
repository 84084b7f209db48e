"""Shared fixtures. Tests never touch the real home directory or the real terminal."""

from __future__ import annotations

from pathlib import Path

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


@pytest.fixture(scope="session")
def guidance():  # type: ignore[no-untyped-def]
    from debthelp.guidance import load_guidance

    return load_guidance(SHIPPED)
