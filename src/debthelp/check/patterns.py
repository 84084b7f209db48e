"""The patterns file (``data/patterns.yaml``): finding and reading it, once.

Every claim and sign a message can make is data: its keywords and regular
expressions in each language with a weight, the reading level it points to,
and the sentences that explain it, each with the fact ids behind it. The
records are in ``model``, the complete check in ``reader``; every problem is
reported at once, as ``id.field: message (line N)``, like ``data/rate.yaml``.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from pathlib import Path
from typing import Any

from debthelp.check.model import Patterns
from debthelp.check.reader import check_patterns
from debthelp.errors import InvalidDataError
from debthelp.guidance import Problem
from debthelp.yamlio import LineDict, load_yaml, read_text

SNAPSHOT_NAME = "patterns.json"


def default_patterns_path() -> Path:
    """The shipped file (``data/patterns.yaml``): inside the installed package, or
    data/ in a checkout."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "data" / "patterns.yaml"
    if packaged.is_file():
        return packaged
    return package.parents[1] / "data" / "patterns.yaml"


def load_patterns(path: Path | None = None, *, sources: Collection[str] | None = None) -> Patterns:
    """Read and fully check the patterns file; raise ``InvalidDataError`` listing every problem.

    ``sources``: the source ids the guidance declares (``debthelp validate``
    passes them). Without it each cited id must at least look like a fact id.
    The shipped file is read once per run.
    """
    if path is None and sources is None:
        return _shipped()
    return _load(default_patterns_path() if path is None else Path(path), sources)


@lru_cache(maxsize=1)
def _shipped() -> Patterns:
    # Checked in full by the tests, the build and `debthelp validate` (eager): a run
    # that only reads messages compiles each regular expression when a message first
    # needs it, and reads the wheel's JSON snapshot when it matches the YAML.
    return _load(default_patterns_path(), None, eager=False)


def _load(file: Path, sources: Collection[str] | None, *, eager: bool = True) -> Patterns:
    text = read_text(file, error=_file_error)
    raw = None if eager else _from_snapshot(file, text)
    if raw is None:
        raw = load_yaml(text, path=str(file), error=_file_error)
    patterns, problems = check_patterns(raw, path=str(file), sources=sources, eager=eager)
    if problems or patterns is None:
        raise InvalidDataError("check.patterns-invalid", problems=tuple(problems), path=str(file))
    return patterns


def _digest(text: str) -> str:
    # Only to notice a YAML edited after the build (as the guidance's snapshot does).
    import zlib

    data = text.encode("utf-8")
    return f"crc32:{zlib.crc32(data):08x}:{len(data)}"


def snapshot_json(source: Path) -> str:
    """The parsed patterns file as JSON, tagged with the digest of its YAML (for the
    wheel: parsing the YAML was the larger part of ``debthelp check``'s start-up)."""
    import json

    text = read_text(source, error=_file_error)
    raw = load_yaml(text, path=str(source), error=_file_error)
    return json.dumps({"digest": _digest(text), "patterns": raw}, ensure_ascii=False)


def _from_snapshot(file: Path, text: str) -> Any:
    """The snapshot beside ``file`` if it matches ``file``'s text, else None."""
    snapshot = file.with_name(SNAPSHOT_NAME)
    if file.suffix != ".yaml" or not snapshot.is_file():
        return None
    import json

    try:
        data = json.loads(snapshot.read_text(encoding="utf-8"), object_pairs_hook=LineDict)
    except (OSError, ValueError):
        return None  # a damaged snapshot costs speed, never correctness
    if not isinstance(data, dict) or data.get("digest") != _digest(text):
        return None
    return data.get("patterns")


def _file_error(key: str, /, **params: Any) -> InvalidDataError:
    path = str(params.get("path", ""))
    return InvalidDataError(
        "check.patterns-invalid",
        problems=(Problem(Path(path).name, key, 0, params),),
        path=path,
    )
