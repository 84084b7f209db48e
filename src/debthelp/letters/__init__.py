"""The letters a borrower can send, filled from what debthelp knows (pure core).

``texts``
    The templates (``data/letters.yaml``): fields, quotable lines, the five
    letters, and loading them; ``reader`` reads and checks them completely
    (``checker`` checks one paragraph: its placeholders, sources, ``lenders:``
    and ``when:``).
``inputs``
    The budget file and the evidence log, read and checked.
``fill``
    ``letter_values`` gathers the known values, ``letter_situation`` what the
    letter must take care of (lender type, the log's tags, months overdue);
    ``fill_letter`` fills one letter with the sentences that fit, leaving a clear
    blank (``BLANK``) for anything unknown.
``sixty``
    The 60-month level payment of a card's personalised plan (fact 6-3).
"""

from __future__ import annotations

from debthelp.letters.fill import (
    BLANK,
    REGULATED,
    Letter,
    Situation,
    fill_letter,
    letter_situation,
    letter_values,
)
from debthelp.letters.inputs import (
    NO_LOG,
    BudgetFigures,
    EvidenceLog,
    LogEntry,
    Offer,
    budget_problems,
    log_from_export,
    read_budget,
    read_log,
)
from debthelp.letters.reader import check_letter_texts, guidance_say, load_letter_texts
from debthelp.letters.sixty import level_payment
from debthelp.letters.texts import KINDS, LENDER_TYPES, UNKNOWN, LetterTexts, default_letters_path

__all__ = [
    "BLANK",
    "KINDS",
    "LENDER_TYPES",
    "NO_LOG",
    "REGULATED",
    "UNKNOWN",
    "BudgetFigures",
    "EvidenceLog",
    "Letter",
    "LetterTexts",
    "LogEntry",
    "Offer",
    "Situation",
    "budget_problems",
    "check_letter_texts",
    "default_letters_path",
    "fill_letter",
    "guidance_say",
    "letter_situation",
    "letter_values",
    "level_payment",
    "load_letter_texts",
    "log_from_export",
    "read_budget",
    "read_log",
]
