"""A realistic repayment plan: money left, fair offers, payoff schedules (pure core).

Nothing here prints or prompts; money is whole fen (``int``), rates exact
decimals. Its modules, in the order the data flows:

``money``
    Amounts to fen, rates to decimals, one month's interest (rounded half up).
``debts``
    ``Debt`` and the debts-file reader (YAML or CSV), every problem at once.
``rates``
    The one adapter to `debthelp rate`'s solver, for a debt given by its payments.
``plan``
    ``plan_budget``: the budget, pro-rata offers and the avalanche, snowball
    and pro-rata schedules (the model is in that module's docstring and README).
``texts``
    The negotiation notes that state the law (``data/budget.yaml``), with sources.

Import from here: ``from debthelp.budget import plan_budget, read_debts``.
"""

from __future__ import annotations

from debthelp.budget.debts import FIELDS, LENDERS, MAX_DEBTS, Debt, debts_from_rows, read_debts
from debthelp.budget.money import amount_fen, monthly_interest, parse_rate, to_fen, yuan
from debthelp.budget.plan import (
    CARD_MONTHS,
    MAX_MONTHS,
    STRATEGIES,
    TOKEN_OFFER,
    Budget,
    CardLimit,
    Month,
    OfferCheck,
    Strategy,
    level_payment,
    order_of,
    plan_budget,
    pro_rata,
    run_strategy,
)
from debthelp.budget.rates import rate_from_payments

__all__ = [
    "CARD_MONTHS",
    "FIELDS",
    "LENDERS",
    "MAX_DEBTS",
    "MAX_MONTHS",
    "STRATEGIES",
    "TOKEN_OFFER",
    "Budget",
    "CardLimit",
    "Debt",
    "Month",
    "OfferCheck",
    "Strategy",
    "amount_fen",
    "debts_from_rows",
    "level_payment",
    "monthly_interest",
    "order_of",
    "parse_rate",
    "plan_budget",
    "pro_rata",
    "rate_from_payments",
    "read_debts",
    "run_strategy",
    "to_fen",
    "yuan",
]
