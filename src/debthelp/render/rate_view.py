"""The ``debthelp rate`` report as a ``Doc``: the figures, then what they mean."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from debthelp.i18n import Lang, t
from debthelp.render.doc import Block, Doc, Item

if TYPE_CHECKING:  # only for types: `tips` must not pay for the engine or rate at start-up
    from debthelp.rate import RateResult


def _money(value: float | None, lang: Lang) -> str:
    return "—" if value is None else t("money", lang, amount=value)


def _pct(value: float | None) -> str:
    return "—" if value is None or not math.isfinite(value) else f"{value:.2f}%"


def rate_doc(result: RateResult, lang: Lang) -> Doc:
    """The figures first, then what they mean and what to do, in the core's order."""
    from debthelp.rate import LINE_NAMES, explain, load_rate_texts

    texts = load_rate_texts()

    def sentence(key: str, **params: Any) -> str:
        # A sentence that states the law lives in data/rate.yaml; the rest in the catalogue.
        found = texts.get(key, lang, **params)
        return t(key, lang, **params) if found is None else found

    r = result
    figures = [
        (sentence("rate.fig-apr"), _pct(r.apr_percent)),
        (t("rate.fig-effective", lang), _pct(r.effective_annual_percent)),
        (t("rate.fig-received", lang), _money(r.received, lang)),
    ]
    if r.borrowed is not None:
        figures.append((t("rate.fig-borrowed", lang), _money(r.borrowed, lang)))
        figures.append((t("rate.fig-deduction", lang), _money(r.upfront_deduction, lang)))
    figures += [
        (t("rate.fig-total-paid", lang), _money(r.total_paid, lang)),
        (t("rate.fig-total-cost", lang), _money(r.total_cost, lang)),
    ]
    for line in r.lines:
        state = (
            t("rate.state-unknown", lang)
            if line.exceeded is None
            else t("rate.state-over" if line.exceeded else "rate.state-under", lang)
        )
        applies = {True: "rate.applies-yes", False: "rate.applies-no", None: "rate.applies-depends"}
        figures.append(
            (
                sentence(LINE_NAMES[line.id]),
                f"{_pct(line.percent)}  {state}  {t(applies[line.applies], lang)}",
            )
        )
    sep = t("label-sep", lang)
    fig_items = tuple(Item(title=f"{name}{sep}{value}", body="") for name, value in figures)
    meaning = tuple(Item(title="", body=sentence(key, **params)) for key, params in explain(r))
    return Doc(
        t("rate.title", lang),
        (
            Block(t("rate.block-figures", lang), fig_items),
            Block(t("rate.block-meaning", lang), meaning),
        ),
        footer=(t("rate.see-also", lang),),
    )
