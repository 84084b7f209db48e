"""The labelled corpora in tests/data, as they stood before a held-out set joined them,
and the figures benchmarks/check_eval.py gives on them.

Each held-out set joins the training corpora after its first pass (BENCHMARKS.md). A
test that keeps a round's figures reads the corpora of that round: every file that
joined before the set measured next. The project's own corpus and the first writers'
sets (w1 to w3) came first; set N's files are ``check_train_vN_*``; the training-only
set t14 joined after set 13.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
_SET = re.compile(r"^check_train_[vt](\d+)_")


def corpora_before(number: int) -> list[Path]:
    """Every corpus that joined before held-out set ``number``; a new set needs no edit here."""
    return sorted(
        path
        for path in DATA.glob("check_*.yaml")
        if (match := _SET.match(path.name)) is None or int(match.group(1)) < number
    )


def measure(files: list[Path], *, learned: bool = True) -> dict[str, Any]:
    """benchmarks/check_eval.py's figures on ``files``."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from check_eval import evaluate, load
    finally:
        sys.path.pop(0)
    figures: dict[str, Any] = evaluate(load(files), learned=learned)
    return figures
