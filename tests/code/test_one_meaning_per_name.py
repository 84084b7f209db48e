"""Issue 25: one meaning per name. No two modules in src/debthelp define a top-level
class or type alias of the same name (``Budget``, ``Kind``, ``Problem``, ``Rule``
and ``Entry`` each meant two or three things).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from tests.util import ROOT

SRC = ROOT / "src" / "debthelp"
# A name that must mean two things would be listed here, with the reason; none does.
KNOWN_EXCEPTIONS: dict[str, set[str]] = {}


def _is_type_alias(node: ast.stmt) -> str | None:
    """The name ``node`` binds to a type, if it does: ``X: TypeAlias = ...``,
    ``type X = ...``, or ``X = dict[str, Any]`` (a capitalised name bound to a
    subscripted, united or named type)."""
    type_statement = getattr(ast, "TypeAlias", None)  # Python 3.12's ``type X = ...``
    if type_statement is not None and isinstance(node, type_statement):
        return str(node.name.id)
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        if isinstance(node.annotation, ast.Name) and node.annotation.id == "TypeAlias":
            return node.target.id
        return None
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        if not isinstance(target, ast.Name) or target.id.isupper() or not target.id[0].isupper():
            return None  # CONSTANTS and functions' names are not types
        value = node.value
        if isinstance(value, ast.Subscript | ast.BinOp | ast.Name | ast.Attribute):
            return target.id
    return None


def top_level_types(path: Path) -> list[str]:
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            names.append(node.name)
        elif (alias := _is_type_alias(node)) is not None:
            names.append(alias)
    return names


def definitions() -> dict[str, set[str]]:
    where: dict[str, set[str]] = defaultdict(set)
    for path in sorted(SRC.rglob("*.py")):
        for name in top_level_types(path):
            where[name].add(path.relative_to(SRC).as_posix())
    return where


def test_no_two_modules_define_the_same_type_name() -> None:
    twice = {
        name: sorted(files)
        for name, files in definitions().items()
        if len(files) > 1 and files != KNOWN_EXCEPTIONS.get(name)
    }
    assert not twice, f"one name, two meanings: {twice}"


def test_the_names_issue_25_gave_their_own_meaning() -> None:
    found = definitions()
    assert found["Budget"] == {"budget/plan.py"}
    assert found["BudgetFigures"] == {"letters/inputs.py"}
    assert "Kind" not in found or "guidance/model.py" not in found["Kind"]
    assert found["QuestionKind"] == {"guidance/kinds.py"}


def test_the_scan_sees_classes_and_aliases(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import Any, TypeAlias\nclass Aa: ...\nBb = dict[str, Any]\n"
        "Cc: TypeAlias = int\nDd = Aa | None\nMAX = 3\nlow = int\n",
        encoding="utf-8",
    )
    assert top_level_types(module) == ["Aa", "Bb", "Cc", "Dd"]
