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

from debthelp import snapshot
from debthelp.check.model import Patterns, compile_matcher, matcher_parts
from debthelp.check.reader import check_patterns
from debthelp.datafile import Problem
from debthelp.errors import InvalidDataError
from debthelp.yamlio import load_yaml, read_text


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
    known = None
    if raw is None:
        raw = load_yaml(text, path=str(file), error=_file_error)
    elif isinstance(raw, dict):
        known = raw.pop(_MATCHERS, None)
        known = known if isinstance(known, dict) else None
    patterns, problems = check_patterns(
        raw, path=str(file), sources=sources, eager=eager, matchers=known
    )
    if problems or patterns is None:
        raise InvalidDataError("check.patterns-invalid", problems=tuple(problems), path=str(file))
    return patterns


# In the snapshot only, beside the file's own keys: each keyword's and expression's
# matcher as ``compile_matcher`` works it out (model.matcher_parts), so that reading
# the snapshot does not fold ~1,800 keywords and search ~500 expressions for hints again.
_MATCHERS = "_matchers"


def snapshot_json(source: Path) -> str:
    """The parsed patterns file as JSON, tagged with the digest of its YAML (for the
    wheel: parsing the YAML was the larger part of ``debthelp check``'s start-up),
    with every matcher worked out (``_MATCHERS``)."""
    import json

    payload = json.loads(snapshot.snapshot_json(source, key="patterns", error=_file_error))
    texts: set[str] = set()
    _keyword_texts(payload["patterns"], texts)
    payload["patterns"][_MATCHERS] = {
        text: matcher_parts(compile_matcher(text, eager=False)) for text in sorted(texts)
    }
    return json.dumps(payload, ensure_ascii=False)


def _keyword_texts(node: Any, out: set[str]) -> None:
    """Every string in a ``zh:`` or ``en:`` list of the parsed file (the keywords and
    expressions; a few other lists' strings too, which cost only their place)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("zh", "en") and isinstance(value, list):
                out.update(item for item in value if isinstance(item, str))
            else:
                _keyword_texts(value, out)
    elif isinstance(node, list):
        for item in node:
            _keyword_texts(item, out)


def _from_snapshot(file: Path, text: str) -> Any:
    """The snapshot beside ``file`` if it matches ``file``'s text, else None."""
    return snapshot.read_snapshot(file, text, key="patterns")


def _file_error(key: str, /, **params: Any) -> InvalidDataError:
    path = str(params.get("path", ""))
    return InvalidDataError(
        "check.patterns-invalid",
        problems=(Problem(Path(path).name, key, 0, params),),
        path=path,
    )
