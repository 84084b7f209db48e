"""Review finding D8 (issue 25): the lender types are one list (``debthelp.lenders``).

``rate --lender``, the budget's debts and the evidence log's entries take the very
same tuple; every table keyed by lender type elsewhere covers exactly those types.
"""

from __future__ import annotations

from collections.abc import Collection

import pytest

from debthelp import lenders
from debthelp.budget import debts
from debthelp.letters import texts as letter_texts
from debthelp.log import entry, tagrules
from debthelp.messages import MESSAGES
from debthelp.rate import rules
from debthelp.render import log_parts
from debthelp.wizard import budget as budget_prompts
from debthelp.wizard import log_prompts


def test_one_list_of_lender_types() -> None:
    assert rules.LENDERS is lenders.LENDERS
    assert debts.LENDERS is lenders.LENDERS
    assert entry.LENDERS is lenders.LENDERS
    assert len(set(lenders.LENDERS)) == len(lenders.LENDERS)
    assert lenders.UNKNOWN in lenders.LENDERS


@pytest.mark.parametrize(
    ("name", "table"),
    [
        ("lenders.LENDER_LABELS", lenders.LENDER_LABELS),
        ("log.tagrules.GROUP_OF", tagrules.GROUP_OF),
        ("letters LENDER_TYPES and UNKNOWN", (*letter_texts.LENDER_TYPES, letter_texts.UNKNOWN)),
        ("wizard.budget.LENDER_KEYS", budget_prompts.LENDER_KEYS),
        ("wizard.log_prompts._LENDER_KEYS", log_prompts._LENDER_KEYS),
        ("render.log_parts._LENDER_KEYS", log_parts._LENDER_KEYS),
    ],
)
def test_every_table_by_lender_covers_the_list(name: str, table: Collection[str]) -> None:
    assert sorted(table) == sorted(lenders.LENDERS), name


def test_every_lender_has_a_label_in_both_languages() -> None:
    for lender in lenders.LENDERS:
        key = lenders.LENDER_LABELS[lender]
        assert MESSAGES[key]["zh"] and MESSAGES[key]["en"]
