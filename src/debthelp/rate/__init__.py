"""What a loan really costs a year, and which legal lines that crosses (pure core).

Nothing in this package prints, prompts or rounds: renderers do. Its modules,
in the order the data flows:

``values``
    Parsing what a person types: amounts, dates, numbers of payments, choices.
    Public, so the wizard checks answers by the core's own rules.
``schedule``
    Reading a CSV or YAML schedule of uneven payments (the format is there).
``solver``
    The IRR solver: Newton's method in a bracket, with bisection as a fallback.
    ``solve_apr(received, payment, periods, every)`` (in ``calc``) is the one-call
    annual rate of equal instalments, for other commands.
``lpr``
    The dated one-year LPR table (``data/lpr.yaml``): reading, checking, lookup.
``rules``
    The choices (intervals, lenders), the lines and their levels and dates, and
    the calendar of regular payments.
``result``
    ``RateResult`` and its parts, and their JSON form.
``lines``
    Which lines apply, what each allows on the cash received, the amortisation
    table, and the notes on the signing day.
``calc``
    ``compute_rate``: every way of entering a loan, to one ``RateResult``;
    ``missing_inputs``, the one rule for which inputs a rate needs; and
    ``solve_apr``, the one-call annual rate of equal instalments.
``explain``
    Turning a result into the report's sentences, as (key, values) in order.
``texts``
    The report's sentences that state the law or name a channel
    (``data/rate.yaml``), each with its sources, loaded and checked completely.

Import from here: ``from debthelp.rate import compute_rate, load_lpr_table``.
"""

from __future__ import annotations

from debthelp.rate.calc import compute_rate, solve_apr
from debthelp.rate.explain import allowed_text, explain, percent_places, percent_text
from debthelp.rate.inputs import missing_inputs
from debthelp.rate.lpr import LprFixing, LprTable, default_lpr_path, load_lpr_table, lpr_on
from debthelp.rate.result import LineAmounts, RateLine, RateResult, Row
from debthelp.rate.rules import (
    ABSURD_PERCENT,
    CRIMINAL_LINE,
    DEPENDS,
    EVERY_LABELS,
    FIRST_LPR,
    FOUR_LPR_FROM,
    LENDER_LABELS,
    LENDERS,
    LICENSED,
    LINE_LEVELS,
    LINE_NAMES,
    LPR_MULTIPLE,
    PERIODS_PER_YEAR,
    SMALL_LOAN_CAP,
    SMALL_LOAN_CAP_FROM,
    add_months,
    payment_day,
    regular_every,
)
from debthelp.rate.schedule import MAX_ROWS, Payment, Schedule, read_schedule
from debthelp.rate.solver import solve_periodic_rate
from debthelp.rate.texts import (
    RateText,
    RateTexts,
    check_rate_texts,
    default_rate_texts_path,
    load_rate_texts,
)
from debthelp.rate.values import (
    LPR_MAX,
    LPR_MIN,
    MAX_AMOUNT,
    MAX_PERIODS,
    parse_amount,
    parse_choice,
    parse_count,
    parse_date,
    parse_fee,
    parse_flat_percent,
    parse_lpr_percent,
    parse_number,
    parse_payment_answer,
    parse_periods,
)

__all__ = [
    "ABSURD_PERCENT",
    "CRIMINAL_LINE",
    "DEPENDS",
    "EVERY_LABELS",
    "FIRST_LPR",
    "FOUR_LPR_FROM",
    "LENDERS",
    "LENDER_LABELS",
    "LICENSED",
    "LINE_LEVELS",
    "LINE_NAMES",
    "LPR_MAX",
    "LPR_MIN",
    "LPR_MULTIPLE",
    "MAX_AMOUNT",
    "MAX_PERIODS",
    "MAX_ROWS",
    "PERIODS_PER_YEAR",
    "SMALL_LOAN_CAP",
    "SMALL_LOAN_CAP_FROM",
    "LineAmounts",
    "LprFixing",
    "LprTable",
    "Payment",
    "RateLine",
    "RateResult",
    "RateText",
    "RateTexts",
    "Row",
    "Schedule",
    "add_months",
    "allowed_text",
    "check_rate_texts",
    "compute_rate",
    "default_lpr_path",
    "default_rate_texts_path",
    "explain",
    "load_lpr_table",
    "load_rate_texts",
    "lpr_on",
    "missing_inputs",
    "parse_amount",
    "parse_choice",
    "parse_count",
    "parse_date",
    "parse_fee",
    "parse_flat_percent",
    "parse_lpr_percent",
    "parse_number",
    "parse_payment_answer",
    "parse_periods",
    "payment_day",
    "percent_places",
    "percent_text",
    "read_schedule",
    "regular_every",
    "solve_apr",
    "solve_periodic_rate",
]
