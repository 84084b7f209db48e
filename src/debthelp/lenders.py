"""The kinds of lender, once (pure core).

Which rules bind a lender and where a complaint about it goes depend on what it
is, so ``rate --lender``, a budget's debts, the evidence log's entries, the
letters and the wizard all take one of these. Each module that needs them
imports them from here; a test checks that every table keyed by lender type
(labels, tag groups, the letters' types, the prompts' choices) covers them all.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

UNKNOWN: Final = "unknown"  # when none was given: entries logged before the field existed
LENDERS: Final = (
    "bank",
    "credit-card",
    "consumer-finance",
    "small-loan",
    "platform",
    "private",
    UNKNOWN,
)
# Each type's name in the interface (a catalogue key, written out in full).
LENDER_LABELS: Final[Mapping[str, str]] = {
    "bank": "rate.lender-bank",
    "credit-card": "rate.lender-credit-card",
    "consumer-finance": "rate.lender-consumer-finance",
    "small-loan": "rate.lender-small-loan",
    "platform": "rate.lender-platform",
    "private": "rate.lender-private",
    "unknown": "rate.lender-unknown",
}
