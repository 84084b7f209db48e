"""The letters' templates (``data/letters.yaml``): the records and the placeholders.

``letters.reader`` reads the file and checks it completely.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Final, NamedTuple

from debthelp.guidance import Text
from debthelp.rate.lpr import shipped_file

FORMAT_VERSION: Final = 1
KINDS: Final = ("negotiate", "complaint", "third-party-notice", "stop-third-party", "verify-debt")
# The parts the letter code chooses between, written out so a missing one is caught.
# A part fills the field before its id's last "-" ({recipient}, {loan}, {you}) for
# the lender types its `lenders:` names.
PARTS: Final = (
    "recipient-institution",
    "recipient-person",
    "loan-institution",
    "loan-person",
    "you-institution",
    "you-person",
)
# Lender types: the wizard's `lender` answer values, and `--lender-type`; "unknown"
# is a letter written when none was given.
LENDER_TYPES: Final = (
    "credit-card",
    "bank",
    "consumer-finance",
    "small-loan",
    "platform",
    "private",
)
UNKNOWN: Final = "unknown"
# Groups a paragraph's `lenders:` may name. nfra: the lenders whose complaints the
# NFRA's 12378 line takes (facts 3-1, 3-2) and whom bank rules bind; online: the
# lenders the NIFA's industry rules are written for; institution: every lender that
# is not a person.
LENDER_GROUPS: Final[Mapping[str, frozenset[str]]] = {
    "nfra": frozenset({"credit-card", "bank", "consumer-finance"}),
    "online": frozenset({"small-loan", "platform"}),
    "institution": frozenset({"credit-card", "bank", "consumer-finance", "small-loan", "platform"}),
}
# What a paragraph's `when:` may test; "not-" before one negates it.
CONDITIONS: Final = ("owed", "old", "third-party", "over-60", "no-proof")
# Months overdue from which the letters warn about the limitation period first.
OLD_MONTHS: Final = 30
# {field}, {say.line-id} or {say.line-id:field,field}: nothing else is a placeholder.
# A quoted line's blanks, written in brackets ("（姓名）", "(name)"), are its *slots*;
# the fields after the colon fill them in order.
PLACEHOLDER = re.compile(r"\{(say\.)?([a-z0-9_-]+)(?::([a-z0-9_,]+))?\}")
SLOT = re.compile(r"（[^（）]*）|\([^()]*\)")


class Field(NamedTuple):
    """A value a letter needs: the words naming it in the list of blanks."""

    id: str
    label: Text
    many: bool  # several lines (log entries, rules)


class Paragraph(NamedTuple):
    text: Text
    sources: tuple[str, ...]
    lenders: frozenset[str] = frozenset()  # lender types it is for; empty: every type
    when: tuple[str, ...] = ()  # conditions that must all hold ("not-old" negates)

    def applies(self, lender_type: str, flags: Collection[str]) -> bool:
        """Whether this sentence belongs in a letter for ``lender_type`` given ``flags``."""
        if self.lenders and lender_type not in self.lenders:
            return False
        for condition in self.when:
            negated = condition.startswith("not-")
            if (condition.removeprefix("not-") in flags) == negated:
                return False
        return True


class Template(NamedTuple):
    id: str
    title: Text
    paragraphs: tuple[Paragraph, ...]
    notes: tuple[Paragraph, ...]
    titles: tuple[Paragraph, ...] = ()  # titles for some lender types, before `title`


class LetterTexts(NamedTuple):
    """Everything in the letters file, checked."""

    path: str
    fields: Mapping[str, Field]
    say: Mapping[str, Paragraph]
    parts: Mapping[str, Paragraph]
    letters: Mapping[str, Template]
    rules: Mapping[str, tuple[Paragraph, ...]]  # by the evidence log's tag id


def default_letters_path() -> Path:
    """The shipped file (``data/letters.yaml``)."""
    return shipped_file("letters.yaml")


def lender_types(names: Collection[str]) -> frozenset[str]:
    """The lender types that ``names`` (types and groups) stand for."""
    out: set[str] = set()
    for name in names:
        out |= LENDER_GROUPS.get(name, frozenset({name}))
    return frozenset(out)


def placeholders(text: str) -> set[str]:
    """The placeholders of ``text`` as written: ``name``, ``say.line-id[:fields]``."""
    return {m.group()[1:-1] for m in PLACEHOLDER.finditer(text)}
