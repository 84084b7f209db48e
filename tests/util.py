"""Paths and small helpers shared by the tests."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data" / "guidance.yaml"
SHARED = Path(os.environ.get("DEBTHELP_SHARED") or ROOT.parent / "shared")


def write(tmp_path: Path, text: str, name: str = "g.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# The case from the rate issue: 8,000 received on a 10,000 contract, 1,000 a
# month for 12 months, a private lender, signed 2025-06-01.
ISSUE_RATE = [
    "rate",
    "--received",
    "8000",
    "--borrowed",
    "10000",
    "--payment",
    "1000",
    "--periods",
    "12",
    "--lender",
    "private",
    "--signed",
    "2025-06-01",
]


def report_text(key: str, lang: str, /, **params: object) -> str:
    """A sentence of the rate report, from data/rate.yaml or else the catalogue (as render does)."""
    from debthelp.i18n import t
    from debthelp.rate import load_rate_texts

    found = load_rate_texts().get(key, lang, **params)  # type: ignore[arg-type]
    return t(key, lang, **params) if found is None else found  # type: ignore[arg-type]
