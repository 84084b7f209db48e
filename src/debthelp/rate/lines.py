"""The lines a rate is compared with: which apply, what each allows, the amortisation table.

Owns ``judge_lines`` (each line's applicability by lender and date, with what it
allows on the cash received, fact 1a-4, from ``amounts``) and ``notes_for`` (what the
report must add about the signing day and the LPR).
"""

from __future__ import annotations

from datetime import date

from debthelp.rate.amounts import Loan, line_amounts
from debthelp.rate.lpr import LprFixing, LprTable
from debthelp.rate.result import LineAmounts, RateLine
from debthelp.rate.rules import (
    CRIMINAL_LINE,
    DEPENDS,
    FIRST_LPR,
    FOUR_LPR_FROM,
    LICENSED,
    LINE_EPS,
    LPR_MULTIPLE,
    MAYBE_SMALL_LOAN,
    SMALL_LOAN_CAP,
    SMALL_LOAN_CAP_FROM,
    SMALL_LOAN_CAP_SURE,
)


def _over(apr: float, percent: float | None, periodic: float) -> bool | None:
    if percent is None or periodic < 0:
        return None  # no figure, or less paid back than received: nothing to compare
    return apr > percent + LINE_EPS


def judge_lines(
    *,
    apr: float,
    lender: str,
    signed: date | None,
    lpr: float | None,
    loan: Loan,
    principal: float,
    count_paid: int | None,
    paid_money: float | None,
    periodic: float,
) -> tuple[RateLine, ...]:
    before_4lpr = signed is not None and signed < FOUR_LPR_FROM
    four = None if lpr is None or before_4lpr else LPR_MULTIPLE * lpr
    # 4 x LPR: private lending only (1a-1, 1a-6, 1a-7); the old rule before 2020-08-20 (1a-8).
    four_applies: bool | None
    if lender in LICENSED:
        four_applies, four_why = False, "licensed-lender"
    elif lender in DEPENDS:
        four_applies, four_why = None, "depends-on-lender"
    elif before_4lpr:
        four_applies, four_why = None, "signed-before-2020-08-20"
    else:
        four_applies, four_why = True, "private-lender"
    # 24%: small-loan companies, from January 2026 (1b-4; the day is not verified).
    small: bool | None
    if lender not in MAYBE_SMALL_LOAN:
        small, small_why = False, "not-small-loan"
    elif lender == "unknown":
        small, small_why = None, "depends-on-lender"
        if signed is not None and signed < SMALL_LOAN_CAP_FROM:
            small_why = "signed-before-2026"
    elif signed is None:
        small, small_why = None, "need-signed"
    elif signed < SMALL_LOAN_CAP_FROM:
        small, small_why = False, "signed-before-2026"
    elif signed < SMALL_LOAN_CAP_SURE:
        small, small_why = None, "signed-january-2026"
    elif lender == "small-loan":
        small, small_why = True, "small-loan-lender"
    else:
        small, small_why = None, "depends-on-lender"
    # 36%: a criminal-law line for habitual unlicensed lending to the public (1b-6).
    crim: bool | None
    if lender in LICENSED:
        crim, crim_why = False, "licensed-lender"
    elif lender in DEPENDS:
        crim, crim_why = None, "depends-on-lender"
    else:
        crim, crim_why = True, "unlicensed-lender"
    # Bank cards: a court may reduce excessive charges (1a-note); no fixed figure.
    card: bool | None
    if lender == "credit-card":
        card, card_why = True, "credit-card"
    elif lender in ("bank", "unknown"):
        card, card_why = None, "if-bank-card"
    else:
        card, card_why = False, "not-bank-card"

    def amounts(percent: float | None) -> LineAmounts | None:
        if percent is None:
            return None
        return line_amounts(percent, loan, principal, count_paid, paid_money)

    return (
        RateLine(
            "private-4lpr",
            four,
            four_applies,
            _over(apr, four, periodic),
            "1a-1",
            four_why,
            amounts(four),
        ),
        RateLine(
            "small-loan-24",
            SMALL_LOAN_CAP,
            small,
            _over(apr, SMALL_LOAN_CAP, periodic),
            "1b-4",
            small_why,
            amounts(SMALL_LOAN_CAP),
        ),
        RateLine(
            "criminal-36",
            CRIMINAL_LINE,
            crim,
            _over(apr, CRIMINAL_LINE, periodic),
            "1b-6",
            crim_why,
            amounts(CRIMINAL_LINE),
        ),
        RateLine("bank-card-court", None, card, None, "1a-note", card_why),
    )


def notes_for(
    *,
    periodic: float,
    four_applies: bool | None,
    signed: date | None,
    given_lpr: float | None,
    fixing: LprFixing | None,
    table: LprTable,
) -> tuple[str, ...]:
    notes: list[str] = []
    if periodic < 0:
        notes.append("rate.note-repaid-less")
    elif periodic == 0:
        notes.append("rate.note-no-cost")
    if four_applies is False:
        return tuple(notes)  # the 4x line does not concern a licensed lender
    if signed is None:
        if given_lpr is None:
            notes.append("rate.note-need-signed")
    elif signed < FOUR_LPR_FROM:
        notes.append("rate.note-transitional")
        if signed < FIRST_LPR:
            notes.append("rate.note-before-lpr")
    elif given_lpr is None and fixing is None:
        notes.append("rate.note-lpr-unconfirmed")
    elif fixing is not None and fixing.start == signed and fixing != table.fixings[0]:
        notes.append("rate.note-signed-on-change-day")
    return tuple(notes)
