"""The ``debthelp rate`` report as a ``Doc``: the figures, then what they mean."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from debthelp.i18n import Lang, t
from debthelp.render.doc import Block, Doc, Item

if TYPE_CHECKING:  # only for types: `tips` must not pay for the engine or rate at start-up
    from debthelp.rate import RateLine, RateResult

_APPLIES = {True: "rate.applies-yes", False: "rate.applies-no", None: "rate.applies-depends"}


def _money(value: float | None, lang: Lang) -> str:
    return "—" if value is None else t("money", lang, amount=value)


def _pct(value: float | None, lang: Lang, places: int = 2) -> str:
    from debthelp.rate import ABSURD_PERCENT, percent_text

    if value is None or math.isnan(value):
        return "—"
    if value > ABSURD_PERCENT:
        return t("rate.over-million", lang)
    return percent_text(value, places) + "%"


def _shown(line: RateLine) -> bool:
    """Only the lines that apply, or may: the rest stay in JSON with their reason."""
    return line.applies is not False or line.reason == "signed-before-2026"


def rate_doc(result: RateResult, lang: Lang, *, table: bool = False) -> Doc:
    """The figures first, then what they mean and what to do, in the core's order."""
    from debthelp.rate import LINE_NAMES, explain, load_rate_texts, percent_places

    texts = load_rate_texts()

    def sentence(key: str, **params: Any) -> str:
        # A sentence that states the law lives in data/rate.yaml; the rest in the catalogue.
        found = texts.get(key, lang, **params)
        return t(key, lang, **params) if found is None else found

    r = result
    limits = [line.percent for line in r.lines]
    figures = [
        (sentence("rate.fig-apr"), _pct(r.apr_percent, lang, percent_places(r.apr_percent, limits)))
    ]
    if r.schedule_start is not None:
        convention = (
            "rate.convention-instalment"
            if r.convention == "instalment"
            else "rate.convention-daily"
        )
        figures.append((t("rate.fig-convention", lang), t(convention, lang)))
    if r.daily_apr_percent is not None and r.convention == "instalment":
        places = percent_places(r.daily_apr_percent, limits)
        figures.append((t("rate.fig-daily", lang), _pct(r.daily_apr_percent, lang, places)))
    figures += [
        (t("rate.fig-effective", lang), _pct(r.effective_annual_percent, lang)),
        (t("rate.fig-received", lang), _money(r.received, lang)),
    ]
    if r.borrowed is not None:
        figures.append((t("rate.fig-borrowed", lang), _money(r.borrowed, lang)))
        figures.append((t("rate.fig-deduction", lang), _money(r.upfront_deduction, lang)))
    if r.fee_at_start:
        figures.append((t("rate.fig-fee-start", lang), _money(r.fee_at_start, lang)))
    if r.fee_each:
        figures.append((t("rate.fig-fee-each", lang), _money(r.fee_each, lang)))
    if r.first_day_paid:
        figures.append((t("rate.fig-principal", lang), _money(r.net_received, lang)))
    figures += [
        (t("rate.fig-total-paid", lang), _money(r.total_paid, lang)),
        (t("rate.fig-total-cost", lang), _money(r.total_cost, lang)),
    ]
    if r.paid_so_far is not None:
        figures.append((t("rate.fig-paid", lang), _money(r.paid_so_far, lang)))
    for line in r.lines:
        if not _shown(line):
            continue
        state = (
            t("rate.state-unknown", lang)
            if line.exceeded is None
            else t("rate.state-over" if line.exceeded else "rate.state-under", lang)
        )
        applies = (
            "rate.applies-maybe" if line.reason == "signed-january-2026" else _APPLIES[line.applies]
        )
        if line.reason == "signed-before-2026":
            applies = "rate.applies-not-dated"
        value = f"{_pct(line.percent, lang)}  {state}  {t(applies, lang)}"
        amounts = line.amounts
        if amounts is not None and line.exceeded and line.applies is not False:
            key = (
                "rate.fig-line-allows"
                if amounts.payment is not None
                else "rate.fig-line-allows-total"
            )
            if line.id == "criminal-36":  # a criminal-law line: not what the lender may charge
                key = "rate.fig-line-crim36"
            value += t(
                key,
                lang,
                payment=_money(amounts.payment, lang),
                total=_money(amounts.total, lang),
                above=_money(amounts.above, lang),
            )
        figures.append((sentence(LINE_NAMES[line.id]), value))
    sep = t("label-sep", lang)
    fig_items = tuple(Item(title=f"{name}{sep}{value}", body="") for name, value in figures)
    meaning = tuple(Item(title="", body=sentence(key, **params)) for key, params in explain(r))
    blocks = [Block(t("rate.block-figures", lang), fig_items)]
    if table:
        blocks.append(_table_block(r, lang, sentence))
    blocks.append(Block(t("rate.block-meaning", lang), meaning))
    return Doc(t("rate.title", lang), tuple(blocks), footer=(t("rate.see-also", lang),))


def _table_block(r: RateResult, lang: Lang, sentence: Any) -> Block:
    """Each payment split into interest and principal, by the contract and under the line."""
    from debthelp.rate import LINE_NAMES

    def num(value: float | None) -> str:
        return "—" if value is None or not math.isfinite(value) else f"{value:,.2f}"

    lines = []
    for number, row in enumerate(r.rows, start=1):
        day = row.day.isoformat() if row.day else t("rate.table-period", lang, number=number)
        parts = {
            "day": day,
            "amount": num(row.amount),
            "interest": num(row.interest),
            "principal": num(row.principal),
        }
        if row.line_amount is None:
            lines.append(t("rate.table-row", lang, **parts))
        else:
            lines.append(
                t(
                    "rate.table-row-line",
                    lang,
                    **parts,
                    line_amount=num(row.line_amount),
                    line_interest=num(row.line_interest),
                    line_principal=num(row.line_principal),
                )
            )
    if r.table_line is None:
        intro = t("rate.table-intro-no-line", lang)
    else:
        intro = t("rate.table-intro", lang, line=sentence(LINE_NAMES[r.table_line]))
    rows = tuple(Item(title=line, body="") for line in lines)
    return Block(t("rate.block-table", lang), (Item(title="", body=intro), *rows))
