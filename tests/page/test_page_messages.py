"""The page's own words: every message ui.js shows gets every placeholder it names.

A message whose text changed in the catalogue (the wizard's progress mark took {left}
instead of {total}) would otherwise show a raw "{left}" on a phone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from debthelp.messages import MESSAGES

UI = Path(__file__).resolve().parents[2] / "src" / "debthelp" / "page" / "ui.js"
CALL = re.compile(r'msg\("([a-z0-9.-]+)"(?:\s*,\s*\{([^}]*)\})?\)')


def calls() -> list[tuple[str, set[str]]]:
    found = []
    for key, params in CALL.findall(UI.read_text(encoding="utf-8")):
        names = {p.split(":")[0].strip() for p in params.split(",") if ":" in p}
        found.append((key, names))
    return found


def test_the_scan_finds_the_calls() -> None:
    keys = {key for key, _ in calls()}
    assert {"wizard-progress", "wizard-progress-last"} <= keys


@pytest.mark.parametrize(("key", "names"), calls(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_placeholder_is_filled(key: str, names: set[str]) -> None:
    assert key in MESSAGES, key
    for lang in ("zh", "en"):
        wanted = set(re.findall(r"\{([a-z_]+)\}", MESSAGES[key][lang]))
        assert wanted <= names, (key, lang, wanted - names)
