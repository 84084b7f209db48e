"""The wheel's JSON snapshots of the shipped YAML data files (pure core).

Parsing YAML is the larger part of a short command's start-up, so the build
(``hatch_build.py``) carries data/guidance.yaml and data/patterns.yaml beside
their YAML as JSON (``guidance.json``, ``patterns.json``),
tagged with the digest of the YAML it came from. A reader uses the JSON only
while the YAML beside it still has that digest, so an edited YAML is never
shadowed by a stale snapshot and the YAML stays the one source of truth. A
missing, damaged or stale snapshot costs speed, never correctness.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from debthelp.yamlio import ErrorFactory, LineDict, load_yaml, read_text


def digest(text: str) -> str:
    """Only to notice a YAML edited after the build, not to resist tampering: CRC-32
    and the length do that, and cost far less to import than hashlib."""
    import zlib

    data = text.encode("utf-8")
    return f"crc32:{zlib.crc32(data):08x}:{len(data)}"


def snapshot_json(source: Path, *, key: str, error: ErrorFactory) -> str:
    """The parsed YAML file as JSON under ``key``, tagged with the digest of its text
    (dates as ISO text: ``read_snapshot``'s caller turns back the ones it expects)."""
    import json

    text = read_text(source, error=error)
    raw = load_yaml(text, path=str(source), error=error)
    payload = {"digest": digest(text), key: raw}
    return json.dumps(payload, ensure_ascii=False, default=_json_default)


def read_snapshot(file: Path, text: str, *, key: str) -> Any:
    """The data of the snapshot ``<key>.json`` beside the YAML ``file`` if it matches
    ``text`` (the YAML's), else None.

    Mappings are ``LineDict`` (with no lines), as the YAML reader gives them.
    """
    snapshot = file.with_name(f"{key}.json")
    if file.suffix != ".yaml" or not snapshot.is_file():
        return None
    import json

    try:
        data = json.loads(snapshot.read_text(encoding="utf-8"), object_pairs_hook=LineDict)
    except (OSError, ValueError):
        return None  # a damaged snapshot costs speed, never correctness
    if not isinstance(data, dict) or data.get("digest") != digest(text):
        return None
    return data.get(key)


def _json_default(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)
