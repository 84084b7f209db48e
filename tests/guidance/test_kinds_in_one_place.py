"""Issue 25: question kinds in one place. The registry (``guidance/kinds.py``) is the
only code that names a kind; the reader, the validator, the graph, the listing and
the wizard ask it. A new kind is a registry entry plus its asker in the wizard.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

import pytest

from debthelp.guidance.kinds import KINDS, QuestionKind, kinds_for
from debthelp.messages import MESSAGES
from debthelp.wizard.askers import ASKERS
from tests.util import ROOT

SRC = ROOT / "src" / "debthelp"
REGISTRY = SRC / "guidance" / "kinds.py"
# The command layer is cli25's this round (issue 25); its listing of `debthelp
# questions` still names the kinds. After the merge it should read
# ``KINDS[entry["kind"]].label_key`` and ``.numeric`` instead, and this goes.
KNOWN_EXCEPTIONS: dict[str, int] = {}


def _kind_literals(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in KINDS
    ]


def test_only_the_registry_names_a_kind() -> None:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        if path == REGISTRY or path.parent.name == "messages":  # words, not code: "number"
            continue
        lines = _kind_literals(path)
        where = path.relative_to(SRC).as_posix()
        if lines and len(lines) != KNOWN_EXCEPTIONS.get(where):
            found[where] = lines
    assert not found, f"kind names outside guidance/kinds.py: {found}"


def test_the_scan_finds_a_kind_name() -> None:
    """The test above can fail: the registry itself names every kind."""
    assert len(_kind_literals(REGISTRY)) >= len(KINDS)


def test_the_model_type_names_each_kind_in_the_registry() -> None:
    assert set(get_args(QuestionKind)) == set(KINDS)


@pytest.mark.parametrize("name", KINDS)
def test_each_kind_has_an_asker_a_label_and_a_condition(name: str) -> None:
    kind = KINDS[name]
    assert kind.name == name
    assert name in ASKERS, f"the wizard cannot ask a {name} question"
    assert kind.label_key in MESSAGES
    assert kind.operators and all(name in kinds_for(op) for op in kind.operators)


def test_the_askers_are_the_kinds() -> None:
    assert set(ASKERS) == set(KINDS)
