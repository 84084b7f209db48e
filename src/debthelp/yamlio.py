"""Reading YAML safely, with line numbers, and refusing what guidance never needs.

PyYAML's safe loader already refuses arbitrary Python objects. On top of it this
module refuses anchors and aliases (the "billion laughs" expansion bomb needs
them, and no debthelp file does), refuses duplicate keys (YAML would silently
keep the last), caps the file size, and remembers the line of every mapping so
the validator can point an author at the right place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debthelp.errors import DebtHelpError

if TYPE_CHECKING:
    import yaml

# PyYAML is imported only when YAML is actually read: `debthelp tips` on an
# installed copy reads the JSON snapshot and should not pay ~8 ms for it.

MAX_BYTES = 5 * 1024 * 1024
_PLAIN_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


class LineDict(dict[str, Any]):
    """A mapping that remembers the line (1-based) it started on and each key's line."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


ErrorFactory = Callable[..., DebtHelpError]


def read_text(path: Path, *, error: ErrorFactory, max_bytes: int = MAX_BYTES) -> str:
    """The file's text, or an error naming the file: missing, too big, not UTF-8."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise error("file-missing", path=str(path)) from None
    except OSError as exc:
        raise error("file-unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if path.is_dir():
        raise error("file-is-dir", path=str(path))
    if size > max_bytes:
        raise error("file-too-big", path=str(path), limit=max_bytes // (1024 * 1024))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise error("file-unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error("file-not-utf8", path=str(path), offset=exc.start) from None


def load_yaml(text: str, *, path: str, error: ErrorFactory) -> Any:
    """Parse ``text``; every failure becomes ``error(key, path=, line=, column=, ...)``."""
    import yaml

    try:  # the C parser is several times faster; fall back cleanly where absent
        loader_class: Any = yaml.CSafeLoader
    except AttributeError:  # pragma: no cover - depends on how PyYAML was built
        loader_class = yaml.SafeLoader
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        col = mark.column + 1 if mark else 0
        problem = (exc.problem or exc.context or "").strip()
        raise error("yaml-syntax", path=path, line=line, column=col, problem=problem) from None
    except yaml.YAMLError as exc:
        raise error("yaml-syntax", path=path, line=0, column=0, problem=str(exc)) from None
    finally:
        loader.dispose()
    if node is None:
        return None
    return _Builder(loader, path, error).build(node)


def line_dict(pairs: list[tuple[str, Any]]) -> LineDict:
    """A ``LineDict`` with no line numbers (``json.loads``'s object_pairs_hook)."""
    out = LineDict(pairs)
    out.line = 0
    out.key_lines = {}
    return out


class _Builder:
    """Turns a composed node graph into plain Python, refusing aliases on the way."""

    def __init__(self, loader: Any, path: str, error: ErrorFactory) -> None:
        self.loader = loader
        self.path = path
        self.error = error
        self.seen: set[int] = set()

    def _fail(self, node: yaml.Node, message: str, **params: Any) -> DebtHelpError:
        return self.error(
            message,
            path=self.path,
            line=node.start_mark.line + 1,
            column=node.start_mark.column + 1,
            **params,
        )

    def build(self, node: yaml.Node) -> Any:
        import yaml

        # An alias makes the composer hand back the very node it points at, so a
        # node met twice is an alias: refuse it before anything can expand.
        if id(node) in self.seen:
            raise self._fail(node, "yaml-alias")
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
            # The safe loader would refuse a Python tag here too; say so plainly.
            raise self._fail(node, "yaml-syntax-value", problem=f"tag {node.tag} is not allowed")
        if isinstance(node, yaml.MappingNode):
            out = LineDict()
            out.line = node.start_mark.line + 1
            out.key_lines = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise self._fail(key_node, "yaml-alias")
                if not isinstance(key_node, yaml.ScalarNode):
                    raise self._fail(key_node, "yaml-bad-key")
                # Keys are always names here, so take them as written: YAML 1.1
                # would otherwise turn `yes:` and `no:` into booleans.
                if id(key_node) in self.seen:
                    raise self._fail(key_node, "yaml-alias")
                self.seen.add(id(key_node))
                key = str(key_node.value)
                if key in out:
                    raise self._fail(key_node, "yaml-duplicate-key", key=key)
                out[key] = self.build(value_node)
                out.key_lines[key] = key_node.start_mark.line + 1
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child) for child in node.value]
        try:
            return self.loader.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            problem = getattr(exc, "problem", None) or str(exc)
            raise self._fail(node, "yaml-syntax-value", problem=problem) from None
        except (ValueError, TypeError, AttributeError, OverflowError) as exc:
            # PyYAML's own constructors raise these for values such as the
            # date 2024-02-30 or `!!int abc`: still the author's typo, not ours.
            raise self._fail(
                node, "yaml-syntax-value", problem=str(exc) or type(exc).__name__
            ) from None
