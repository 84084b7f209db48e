"""The shape of the code, checked: layers you can see, no import cycles, small modules.

A developer new to the code reads the file list and the module docstrings;
these tests keep what they read true.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.util import ROOT

SRC = ROOT / "src" / "debthelp"
# Data catalogues may be long: they are sentences, not logic.
CATALOGUES = {"messages"}
MAX_LINES = 400
# The pure core never imports the edges (terminal, prompts, drawing, options).
CORE = (
    "guidance",
    "engine",
    "rate",
    "budget",
    "glossary",
    "errors",
    "i18n",
    "yamlio",
    "gcpause",
    "files",
    "log",
    "check",
    "budget",
    "letters",
)
EDGES = (
    "debthelp.cli",
    "debthelp.wizard",
    "debthelp.render",
    "debthelp.term",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every debthelp module ``path`` imports, at any depth of the file."""
    out: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # Imports only for type checkers create no dependency at run time.
    for block in ast.walk(tree):
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test):
            block.body = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("debthelp"):
            out.add(node.module)
            for alias in node.names:
                out.add(f"{node.module}.{alias.name}")
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("debthelp"))
    return out


def _graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in SRC.rglob("*.py")}
    graph = {}
    for name, path in files.items():
        graph[name] = {m for m in _imports(path) if m in files and m != name}
    return graph


def test_no_import_cycles() -> None:
    graph = _graph()
    # A package's __init__ re-exporting its own modules is not a cycle.
    for name in list(graph):
        graph[name] = {m for m in graph[name] if not name.startswith(m + ".")}
    state: dict[str, int] = {}
    for root in graph:
        if root in state:
            continue
        stack = [(root, iter(sorted(graph[root])))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                path = [n for n, _c in stack]
                raise AssertionError("import cycle: " + " -> ".join([*path, child]))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(sorted(graph[child]))))


def test_the_core_never_imports_the_edges() -> None:
    for name, imported in _graph().items():
        if name.count(".") == 0 or name.split(".")[1] not in CORE:
            continue
        bad = sorted(m for m in imported if m.startswith(EDGES))
        assert not bad, f"{name} imports {bad}"


def test_no_module_is_too_long() -> None:
    long = {
        str(p.relative_to(SRC)): n
        for p in SRC.rglob("*.py")
        if p.parent.name not in CATALOGUES
        and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, long


def test_every_module_says_what_it_is_for() -> None:
    missing = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if p.name != "__main__.py" and not ast.get_docstring(ast.parse(p.read_text("utf-8")))
    ]
    assert not missing, missing
