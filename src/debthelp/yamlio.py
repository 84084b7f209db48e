"""Reading YAML safely, with line numbers, and refusing what guidance never needs.

PyYAML's safe loader already refuses arbitrary Python objects. On top of it this
module refuses anchors and aliases (the "billion laughs" expansion bomb needs
them, and no debthelp file does), refuses duplicate keys (YAML would silently
keep the last), caps the file size, and remembers the line of every mapping so
the validator can point an author at the right place.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from debthelp.errors import DebtHelpError
from debthelp.gcpause import paused_gc

if TYPE_CHECKING:
    import yaml

# PyYAML is imported only when YAML is actually read: `debthelp tips` on an
# installed copy reads the JSON snapshot and should not pay ~8 ms for it.

MAX_BYTES = 5 * 1024 * 1024
# No debthelp file nests deeper than a handful of levels; a file nested hundreds
# deep is a mistake or an attack, and deep enough would exhaust Python's stack.
MAX_DEPTH = 64
# No debthelp file holds more than a few thousand items (nodes: each key, value
# and list); the shipped guidance, the largest, about 6,300. Composing a file
# takes about 0.5 KB of memory per item, so one with 400,000 unknown keys took
# 460 MB before any check could run (hostile pass, F17): the items are counted
# as the parser reads them, in constant memory, and such a file is refused.
MAX_NODES = 100_000
# A text this short cannot hold MAX_NODES items (each takes a character or more).
_COUNT_FROM = MAX_NODES // 2
# A FIFO must never block the open, and the result must not leak to children.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1024 * 1024
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_STR_TAG = "tag:yaml.org,2002:str"


class LineDict(dict[str, Any]):
    """A mapping that remembers the line (1-based) it started on and each key's line.

    Built with no lines (line 0), as ``json.loads(..., object_pairs_hook=LineDict)``
    does for the wheel's snapshot: the class itself is the hook, so the C decoder
    builds each mapping without calling back into Python.
    """

    line: int = 0
    # Shared and read-only until a loader gives a mapping its own.
    key_lines: Mapping[str, int] = MappingProxyType({})

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


ErrorFactory = Callable[..., DebtHelpError]


def read_text(path: Path, *, error: ErrorFactory, max_bytes: int = MAX_BYTES) -> str:
    """The file's text, or an error naming the file: missing, not a regular file
    (a folder, a FIFO, a device), too big, not UTF-8."""
    name = str(path)
    data = read_bytes(path, error=error, limit=max_bytes + 1)
    if len(data) > max_bytes:  # too big, or it grew after fstat, or lies about its size
        raise error("file-too-big", path=name, limit=_megabytes(max_bytes))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error("file-not-utf8", path=name, offset=exc.start) from None


def read_bytes(path: Path, *, error: ErrorFactory, limit: int) -> bytes:
    """At most ``limit`` bytes of a regular file, or an error naming the file:
    missing, a folder, not a regular file (a FIFO, a device), unreadable.

    Opened without blocking and checked with ``fstat`` on the open descriptor,
    so a FIFO never hangs and nothing can be swapped in between check and read;
    at most ``limit`` bytes are read, so ``/dev/zero`` cannot fill memory.
    """
    name = str(path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise error("file-missing", path=name) from None
    except IsADirectoryError:
        raise error("file-is-dir", path=name) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        raise error("file-unreadable", path=name, reason=_reason(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error("file-is-dir", path=name)
        if not stat.S_ISREG(info.st_mode):
            raise error("file-not-regular", path=name)
        return read_at_most(fd, limit)
    except OSError as exc:
        raise error("file-unreadable", path=name, reason=_reason(exc)) from None
    finally:
        os.close(fd)


def read_at_most(fd: int, limit: int) -> bytes:
    """Up to ``limit`` bytes from ``fd``, until its end."""
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _megabytes(limit: int) -> float:
    size = limit / (1024 * 1024)
    return int(size) if size.is_integer() else round(size, 2)


def _reason(exc: Exception) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def load_yaml(text: str, *, path: str, error: ErrorFactory) -> Any:
    """Parse ``text``; every failure becomes ``error(key, path=, line=, column=, ...)``."""
    import yaml

    try:  # the C parser is several times faster; fall back cleanly where absent
        loader_class: Any = yaml.CSafeLoader
    except AttributeError:  # pragma: no cover - depends on how PyYAML was built
        loader_class = yaml.SafeLoader
    if len(text) > _COUNT_FROM:
        _count_nodes(loader_class(text), path=path, error=error)
    with paused_gc():
        return _load(loader_class(text), text, path=path, error=error)


def _count_nodes(loader: Any, *, path: str, error: ErrorFactory) -> None:
    """Refuse a text with more than ``MAX_NODES`` items, reading its events one
    at a time (nothing is kept). A syntax error is left to ``_load``, which
    reports it as always."""
    import yaml

    kinds = (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.AliasEvent)
    counted = 0
    try:
        while True:
            event = loader.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                return
            if isinstance(event, kinds):
                counted += 1
                if counted > MAX_NODES:
                    mark = event.start_mark
                    raise error(
                        "yaml-too-many",
                        path=path,
                        line=mark.line + 1 if mark else 0,
                        column=mark.column + 1 if mark else 0,
                        limit=f"{MAX_NODES:,}",
                    )
    except yaml.YAMLError:
        return
    finally:
        loader.dispose()


def _place(text: str, position: int) -> tuple[int, int]:
    """Line and column (both from 1) of a character offset into ``text``."""
    line = text.count("\n", 0, position) + 1
    return line, position - (text.rfind("\n", 0, position) + 1) + 1


def _load(loader: Any, text: str, *, path: str, error: ErrorFactory) -> Any:
    import yaml

    try:
        node = loader.get_single_node()
    except RecursionError:  # the pure-Python composer, on a file nested too deep
        raise error("yaml-too-deep", path=path, line=0, column=0, limit=MAX_DEPTH) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        col = mark.column + 1 if mark else 0
        problem = (exc.problem or exc.context or "").strip()
        raise error("yaml-syntax", path=path, line=line, column=col, problem=problem) from None
    except yaml.reader.ReaderError as exc:
        # A character YAML may not hold (an Esc pasted from a terminal, say):
        # PyYAML names only its offset, in English, over two lines.
        line, column = _place(text, exc.position)
        raise error(
            "yaml-control-char", path=path, line=line, column=column, code=f"U+{exc.character:04X}"
        ) from None
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())  # one line, whatever PyYAML wrote
        raise error("yaml-syntax", path=path, line=0, column=0, problem=problem) from None
    finally:
        loader.dispose()
    if node is None:
        return None
    return _Builder(loader, path, error).build(node)


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

    def build(self, root: yaml.Node) -> Any:
        """Plain Python for ``root``, built with a stack of its own, never by
        recursion, so depth is checked and refused before it can hurt."""
        import yaml

        scalar_node, mapping_node = yaml.ScalarNode, yaml.MappingNode
        seen = self.seen
        holder: list[Any] = [None]
        # Each task fills one slot (container, key or index) with the value of one node.
        stack: list[tuple[yaml.Node, Any, Any, int]] = [(root, holder, 0, 1)]
        while stack:
            node, slot, index, depth = stack.pop()
            if depth > MAX_DEPTH:
                raise self._fail(node, "yaml-too-deep", limit=MAX_DEPTH)
            # An alias makes the composer hand back the very node it points at, so a
            # node met twice is an alias: refuse it before anything can expand.
            if id(node) in seen:
                raise self._fail(node, "yaml-alias")
            seen.add(id(node))
            if isinstance(node, scalar_node):
                # Most values are plain text: taken as they are, without the
                # constructor's round trip (what it would return for them anyway).
                slot[index] = node.value if node.tag == _STR_TAG else self._scalar(node)
                continue
            is_mapping = isinstance(node, mapping_node)
            if node.tag != (_MAP_TAG if is_mapping else _SEQ_TAG):
                # The safe loader would refuse a Python tag here too; say so plainly.
                raise self._fail(
                    node, "yaml-syntax-value", problem=f"tag {node.tag} is not allowed"
                )
            if is_mapping:
                mapping = LineDict()
                mapping.line = node.start_mark.line + 1
                key_lines: dict[str, int] = {}
                mapping.key_lines = key_lines
                slot[index] = mapping
                # Keys first, in order, so a duplicate is named before anything is built.
                keys = []
                for key_node, _value_node in node.value:
                    key = self._key(mapping, key_node)
                    mapping[key] = None
                    key_lines[key] = key_node.start_mark.line + 1
                    keys.append(key)
                for position in range(len(keys) - 1, -1, -1):
                    stack.append((node.value[position][1], mapping, keys[position], depth + 1))
            else:
                items: list[Any] = [None] * len(node.value)
                slot[index] = items
                for position in range(len(node.value) - 1, -1, -1):
                    stack.append((node.value[position], items, position, depth + 1))
        return holder[0]

    def _key(self, out: LineDict, key_node: yaml.Node) -> str:
        import yaml

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
        return key

    def _scalar(self, node: yaml.Node) -> Any:
        import yaml

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
