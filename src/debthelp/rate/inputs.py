"""The flags of one loan, read and checked before anything is worked out (pure core).

Owns the rule for which inputs are needed (``missing_inputs``: the command,
the wizard and ``compute_rate`` all ask it) and ``read_inputs``.

``compute_rate`` takes what a person typed (text or numbers); this turns it into
checked values, raising ``InputError`` for the first bad one in the order the
flags are given, and refusing the combinations that cannot go together.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from debthelp.errors import InputError
from debthelp.rate.rules import CHARGED_ON, LENDERS, PERIODS_PER_YEAR
from debthelp.rate.values import (
    checked_date,
    parse_amount,
    parse_choice,
    parse_fee,
    parse_flat_percent,
    parse_lpr_percent,
)


def missing_inputs(values: Mapping[str, object]) -> list[str]:
    """The flags still to give, in the order a person gives them.

    A rate needs ``received``, and either ``periods`` with ``payment`` (or a
    quoted ``monthly_rate``/``daily_rate``) or a ``schedule``; a value of None
    counts as not given. The command, the wizard and ``compute_rate`` all ask
    this one question.
    """
    missing = []
    if values.get("received") is None:
        missing.append("--received")
    if values.get("schedule") is None:
        quoted = values.get("monthly_rate") is not None or values.get("daily_rate") is not None
        if values.get("payment") is None and not quoted:
            missing.append("--payment")
        if values.get("periods") is None:
            missing.append("--periods")
    return missing


class RateInputs(NamedTuple):
    """One loan's checked flags (the payments themselves are read with the loan)."""

    received: float
    borrowed: float | None
    lender: str
    signed: date | None
    lpr: float | None  # the LPR given with --lpr, in percent
    fee: float  # paid once when the money arrives
    fee_each: float  # paid with every payment
    every: str | None
    flat: tuple[str, float] | None  # ("month" or "day", the quoted percent)
    charged_on: str


def read_inputs(
    *,
    received: object,
    borrowed: object,
    lender: object,
    signed: object,
    lpr: object,
    fee: object,
    fee_each: object,
    every: object,
    paid: object,
    paid_amount: object,
    monthly_rate: object,
    daily_rate: object,
    charged_on: object,
) -> RateInputs:
    """The checked flags (``compute_rate`` documents each)."""
    got = parse_amount(received, name="--received")
    contract = None if borrowed is None else parse_amount(borrowed, name="--borrowed")
    if contract is not None and contract < got:
        raise InputError("rate.borrowed-below-received", borrowed=contract, received=got)
    who = parse_choice(lender, LENDERS, "rate.lender-bad")
    signed_day = None if signed is None else checked_date(signed, name="--signed")
    given_lpr = None if lpr is None else parse_lpr_percent(lpr)
    at_start = 0.0 if fee is None else parse_fee(fee, name="--fee")
    each_fee = 0.0 if fee_each is None else parse_fee(fee_each, name="--fee-each")
    unit = None if every is None else parse_choice(every, tuple(PERIODS_PER_YEAR), "rate.every-bad")
    if paid is not None and paid_amount is not None:
        raise InputError("rate.paid-both")
    flat: tuple[str, float] | None = None
    if monthly_rate is not None and daily_rate is not None:
        raise InputError("rate.flat-both")
    if monthly_rate is not None:
        flat = ("month", parse_flat_percent(monthly_rate, name="--monthly-rate"))
    elif daily_rate is not None:
        flat = ("day", parse_flat_percent(daily_rate, name="--daily-rate"))
    on = "whole" if charged_on is None else parse_choice(charged_on, CHARGED_ON, "rate.on-bad")
    if charged_on is not None and flat is None:
        raise InputError("rate.on-without-quote")
    return RateInputs(got, contract, who, signed_day, given_lpr, at_start, each_fee, unit, flat, on)
