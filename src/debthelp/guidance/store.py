"""Finding, reading and caching the guidance file.

``load_guidance`` finds the file (the one named, else the shipped one), reads
it from the JSON snapshot the wheel carries when that snapshot still matches
the YAML beside it (parsing YAML costs start-up time), else from the YAML, and
builds and checks the model. ``snapshot_json`` writes that snapshot at build time.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from debthelp import snapshot
from debthelp.errors import GuidanceError
from debthelp.gcpause import paused_gc
from debthelp.guidance.model import Guidance
from debthelp.guidance.reader import build
from debthelp.yamlio import LineDict, load_yaml, read_text


def default_guidance_path() -> Path:
    """The shipped file: inside the installed package, or data/ in a checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "data" / "guidance.yaml"
    if packaged.is_file():
        return packaged
    return here.parents[1] / "data" / "guidance.yaml"


def guidance_path(explicit: str | os.PathLike[str] | None) -> Path:
    """The file named (the CLI binds ``--guidance`` and ``DEBTHELP_GUIDANCE``), else
    the shipped one."""
    return Path(explicit) if explicit else default_guidance_path()


def load_guidance(path: str | os.PathLike[str] | None = None, *, full: bool = False) -> Guidance:
    """Read, parse and check a guidance file: its structure, loops and reachability.

    Whether every route ends in advice is a separate check (``validate_guidance``),
    run by ``debthelp validate`` and the build, not on every load. ``full``
    checks loops and reachability even when the wheel's snapshot is read.
    """
    file = guidance_path(path)
    text = read_text(file, error=GuidanceError)
    with paused_gc():
        raw = _from_snapshot(file, text)
        # The snapshot is written by the build only after the YAML it matches
        # passed every check, the graph's included: those need not run again.
        checked = raw is not None and not full
        if raw is None:
            raw = load_yaml(text, path=str(file), error=GuidanceError)
        guidance, problems = build(raw, path=str(file), graph=not checked)
    if problems or guidance is None:
        raise GuidanceError("guidance-invalid", problems=tuple(problems), path=str(file))
    return guidance


def snapshot_json(source: Path) -> str:
    """The parsed guidance as JSON, tagged with the digest of its YAML (for the wheel).

    Written by the build hook next to the packaged YAML; ``load_guidance`` uses
    it only while the YAML beside it still has that digest (``debthelp.snapshot``).
    """
    return snapshot.snapshot_json(source, key="guidance", error=GuidanceError)


def _from_snapshot(file: Path, text: str) -> Any:
    """The snapshot's data if one sits beside ``file`` and matches it, else None."""
    raw = snapshot.read_snapshot(file, text, key="guidance")
    meta = raw.get("meta") if isinstance(raw, LineDict) else None
    if isinstance(meta, LineDict) and isinstance(meta.get("reviewed"), str):
        try:
            meta["reviewed"] = dt.date.fromisoformat(meta["reviewed"])
        except ValueError:
            return None
    return raw


def validate_guidance(path: str | os.PathLike[str] | None = None) -> Guidance:
    """``load_guidance`` plus the check that every route through the questions ends in advice."""
    from debthelp.guidance.graph import check_routes

    with paused_gc():  # the route check builds many small states too
        guidance = load_guidance(path, full=True)
        problems = check_routes(guidance)
    if problems:
        raise GuidanceError(
            "guidance-invalid", problems=tuple(problems), path=str(guidance_path(path))
        )
    return guidance
