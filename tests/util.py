"""Paths and small helpers shared by the tests."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data" / "guidance.yaml"
SHARED = Path(os.environ.get("DEBTHELP_SHARED") or ROOT.parent / "shared")
T = TypeVar("T")
# True when the run asks for the exhaustive tests (set by conftest's pytest_configure,
# before any test module is imported): the fuzz corpora are then run whole.
FULL_CORPUS = False


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


def stable_sample(items: Iterable[T], one_in: int) -> list[T]:
    """About one item in ``one_in``, chosen by each item's own content (a digest of
    its JSON), not by its place: the same items are taken in every run, in any
    order the items come, on every worker, whatever was added before them."""
    import hashlib
    import json

    def digest(item: T) -> int:
        text = json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)
        return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")

    return [item for item in items if digest(item) % one_in == 0]


def default_signals() -> None:
    """``preexec_fn`` for a child that must take Ctrl-C as it would from a shell.

    A child inherits an ignored signal. An xdist worker was once seen with SIGINT and
    SIGQUIT ignored (what C's ``system()`` does to its caller while it runs), and
    children started then ignored Ctrl-C: 0 of 40 cancelled at start-up, Ctrl-Cs
    lost between prompt sessions. A shell starts a program with both at default."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)
