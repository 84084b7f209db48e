"""The fixed tables of the content rules: which files, which facts, which hotlines."""

from __future__ import annotations

from collections.abc import Mapping

# The data files whose texts are checked (data/lpr.yaml holds figures, no prose).
DATA_FILES = (
    "guidance.yaml",
    "patterns.yaml",
    "letters.yaml",
    "log.yaml",
    "budget.yaml",
    "rate.yaml",
)
MESSAGE_MODULES = ("core", "rate", "log", "check", "budget", "letters")

SEED_PREFIX = "seed "
# Facts the fact sheet marks U, or whose only citable part is elsewhere: 3-3
# (12363's current service is unverified), 4-9 (its inference is U: cite 4-6 or
# 2c-7), 7-7 and the advisor's note 2 (no label of its own).
UNCITABLE = frozenset({"1b-7", "2c-8", "3-3", "4-9", "6-4", "7-7", "2-note"})
INDUSTRY_FACTS = frozenset({"2c-3", "2c-4", "2c-5", "2c-6", "2c-7"})

# The hotlines the fact sheet supports, each with the fact a unit giving it cites.
HOTLINES: Mapping[str, tuple[str, ...]] = {
    "110": ("3-4", "9-5", "5-5"),
    "120": ("3-14",),
    "12356": ("3-13",),
    "12378": ("3-1",),
    "12321": ("3-5",),
    "010-12321": ("3-5",),
    "12315": ("3-6",),
    "12348": ("3-7", "3-8"),
    "12368": ("4-7",),
    "96110": ("3-12", "9-5"),
}
FORBIDDEN_NUMBERS = ("12363",)
