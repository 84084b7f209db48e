"""Issue 25: no function over 150 lines (``build`` was 237 and ``compute_rate`` 205
before they were split by section; their own tests prove the behaviour unchanged)."""

from __future__ import annotations

import ast

from tests.util import ROOT

SRC = ROOT / "src" / "debthelp"
MAX_FUNCTION_LINES = 150


def test_no_function_is_over_150_lines() -> None:
    long = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name} ({lines})")
    assert not long, long


def test_the_split_functions_are_short() -> None:
    for module, name in (("guidance/reader.py", "build"), ("rate/calc.py", "compute_rate")):
        tree = ast.parse((SRC / module).read_text(encoding="utf-8"))
        (node,) = (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
        assert (node.end_lineno or 0) - node.lineno < 100, name
