"""The letters' templates (``data/letters.yaml``): the records and the placeholders.

``letters.reader`` reads the file and checks it completely.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Final, NamedTuple

from debthelp.guidance import Text
from debthelp.rate.lpr import shipped_file

FORMAT_VERSION: Final = 1
KINDS: Final = ("negotiate", "complaint", "third-party-notice", "stop-third-party", "verify-debt")
# The parts the letter code chooses between, written out so a missing one is caught.
PARTS: Final = ("recipient-regulator", "recipient-lender")
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


class Template(NamedTuple):
    id: str
    title: Text
    paragraphs: tuple[Paragraph, ...]
    notes: tuple[Paragraph, ...]


class LetterTexts(NamedTuple):
    """Everything in the letters file, checked."""

    path: str
    fields: Mapping[str, Field]
    say: Mapping[str, Paragraph]
    parts: Mapping[str, Paragraph]
    letters: Mapping[str, Template]


def default_letters_path() -> Path:
    """The shipped file (``data/letters.yaml``)."""
    return shipped_file("letters.yaml")


def placeholders(text: str) -> set[str]:
    """The placeholders of ``text`` as written: ``name``, ``say.line-id[:fields]``."""
    return {m.group()[1:-1] for m in PLACEHOLDER.finditer(text)}
