"""The ``debthelp budget`` report as a ``Doc``: the month, the offers, the ways compared, a chart.

The table and the chart are fixed-width lines (``Block.pre``), padded by
display width so Chinese names line up; the same lines are drawn in a rich
panel on a terminal, as they are in plain text, and fenced in Markdown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from debthelp.i18n import Lang, t
from debthelp.render.cjk import cell_width
from debthelp.render.doc import Block, Doc

if TYPE_CHECKING:  # only for types: start-up must not pay for the budget core
    from debthelp.budget import Budget, Strategy

STRATEGY_NAMES = {
    "avalanche": "budget.name-avalanche",
    "snowball": "budget.name-snowball",
    "pro-rata": "budget.name-pro-rata",
}
STRATEGY_EXPLAINED = {
    "avalanche": "budget.explain-avalanche",
    "snowball": "budget.explain-snowball",
    "pro-rata": "budget.explain-pro-rata",
}
CHART_ROWS = 13  # at most: month 0, 11 between, the last
NAME_WIDTH = 16


def _money(fen: int, lang: Lang) -> str:
    return t("money", lang, amount=fen / 100)


def _pad(text: str, width: int, right: bool = False) -> str:
    # A name wider than its column is cut, so the table keeps its shape.
    while cell_width(text) > width:
        text = text[:-1]
    gap = " " * (width - cell_width(text))
    return gap + text if right else text + gap


def _cleared(month: int | None, lang: Lang) -> str:
    return t("budget.never", lang) if month is None else t("budget.months", lang, n=month)


def budget_doc(budget: Budget, lang: Lang) -> Doc:
    """Essentials first, whether the minimums can be paid, the offers, the ways compared, notes."""
    from debthelp.budget.texts import NOTE_IDS, load_budget_texts

    texts = load_budget_texts()
    b = budget
    month = [
        t("budget.income", lang, amount=_money(b.income, lang)),
        t("budget.expenses", lang, amount=_money(b.expenses, lang)),
        t("budget.available", lang, amount=_money(b.available, lang)),
        t("budget.minimums", lang, amount=_money(b.minimums, lang)),
    ]
    verdict = []
    if b.available == 0 and b.income <= b.expenses:
        verdict.append(t("budget.nothing-left", lang))
    if b.shortfall:
        verdict.append(t("budget.shortfall", lang, amount=_money(b.shortfall, lang)))
    else:
        spare = _money(b.available - b.minimums, lang)
        verdict.append(t("budget.can-keep-up", lang, amount=spare))
    blocks = [
        Block(t("budget.block-month", lang), lines=tuple(month)),
        _offers_block(b, lang, verdict),
    ]
    blocks.append(_strategies_block(b, lang))
    if b.monthly > 0 and any(s.schedule for s in b.strategies):
        blocks.append(Block(t("budget.block-chart", lang), pre=tuple(chart(b, lang))))
    notes = [
        texts.get("budget.rate-over-line", lang, name=d.name, rate=f"{d.rate:.2f}")
        for d in b.debts
        if d.over_line
    ]
    notes += [
        t("budget.computed-rate", lang, name=d.name, rate=f"{d.rate:.2f}")
        for d in b.debts
        if d.rate_computed and not d.over_line
    ]
    for key in NOTE_IDS:
        ids = " ".join(f"[{sid}]" for sid in texts.sources(key))
        notes.append(f"{texts.get(key, lang)} {t('budget.source', lang, ids=ids)}")
    blocks.append(Block(t("budget.block-notes", lang), lines=tuple(notes)))
    return Doc(
        t("budget.title", lang),
        tuple(blocks),
        notes=(texts.get("budget.essentials-first", lang),),
        footer=(t("budget.see-also", lang),),
    )


def _offers_block(b: Budget, lang: Lang, verdict: list[str]) -> Block:
    """The answer a person came for, drawn bold and once more at the end on a terminal."""
    total = sum(d.balance for d in b.debts)
    lines = list(verdict)
    if b.token:
        lines.append(t("budget.offers-token", lang, amount=_money(b.offers[0], lang)))
    elif b.shortfall:
        lines.append(t("budget.offers-pro-rata", lang, amount=_money(b.available, lang)))
    else:
        lines.append(t("budget.offers-minimums", lang))
    for debt, offer in zip(b.debts, b.offers, strict=True):
        share = f"{100 * debt.balance / total:.0f}"
        lines.append(
            t(
                "budget.offer-line",
                lang,
                name=debt.name,
                amount=_money(offer, lang),
                balance=_money(debt.balance, lang),
                share=share,
            )
        )
    return Block(t("budget.block-offers", lang), lines=tuple(lines), strong=True)


def _strategies_block(b: Budget, lang: Lang) -> Block:
    if b.monthly == 0:
        return Block(
            t("budget.block-strategies", lang), lines=(t("budget.strategies-nothing", lang),)
        )
    width = 14
    head = _pad(t("budget.col-debt", lang), NAME_WIDTH) + "".join(
        _pad(t(STRATEGY_NAMES[s.name], lang), width, right=True) for s in b.strategies
    )
    rows = [head, "-" * cell_width(head)]
    for index, debt in enumerate(b.debts):
        cells = "".join(_pad(_cleared(s.cleared[index], lang), width, True) for s in b.strategies)
        rows.append(_pad(debt.name, NAME_WIDTH) + cells)
    rows.append(
        _pad(t("budget.row-all", lang), NAME_WIDTH)
        + "".join(_pad(_cleared(s.months, lang), width, True) for s in b.strategies)
    )
    rows.append(
        _pad(t("budget.row-interest", lang), NAME_WIDTH)
        + "".join(_pad(f"{s.total_interest / 100:,.2f}", width, True) for s in b.strategies)
    )
    basis = "budget.strategies-basis-short" if b.monthly < b.minimums else "budget.strategies-basis"
    lines = [t(basis, lang, amount=_money(b.monthly, lang))]
    lines += [t(STRATEGY_EXPLAINED[s.name], lang) for s in b.strategies]
    lines += [
        t(
            "budget.never-line",
            lang,
            strategy=t(STRATEGY_NAMES[s.name], lang),
            names=t("list-sep", lang).join(s.never_pays_off),
        )
        for s in b.strategies
        if s.never_pays_off
    ]
    return Block(t("budget.block-strategies", lang), lines=tuple(lines), pre=tuple(rows))


def _totals(strategy: Strategy, start: int) -> list[int]:
    return [start] + [sum(m.balances) for m in strategy.schedule]


def chart(b: Budget, lang: Lang) -> list[str]:
    """The total owed, month by month: one column of figures per strategy, and a bar for the
    first (the numbers come first, so they line up whatever width a terminal gives the bar)."""
    start = sum(d.balance for d in b.debts)
    series = [_totals(s, start) for s in b.strategies]
    months = max(len(values) for values in series) - 1
    step = max(
        1, -(-months // (CHART_ROWS - 1))
    )  # at most CHART_ROWS rows, the last month included
    picked = [*range(0, months, step), months]
    top = max(max(values) for values in series) or 1
    col = 13
    bar_room = 76 - 9 - col * len(series) - 2  # 76: the room inside a panel on 80 columns
    head = _pad(t("budget.chart-month", lang), 9) + "".join(
        _pad(t(STRATEGY_NAMES[s.name], lang), col, right=True) for s in b.strategies
    )
    lines = [t("budget.chart-axis", lang, strategy=t(STRATEGY_NAMES[b.strategies[0].name], lang))]
    lines.append(head)
    for month in picked:
        owed = [values[month] if month < len(values) else 0 for values in series]
        cells = "".join(_pad(f"{value / 100:,.0f}", col, right=True) for value in owed)
        bar = "█" * max(round(owed[0] * bar_room / top), 1 if owed[0] > 0 else 0)
        lines.append(_pad(str(month), 9) + cells + "  " + bar)
    return lines


def _cell(text: str) -> str:
    # A name starting with = + - @ would be a formula in a spreadsheet.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def schedule_csv(budget: Budget) -> str:
    """Every strategy's schedule as CSV: strategy, month, then each debt's payment and balance."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["strategy", "month"]
    for debt in budget.debts:
        header += [_cell(f"{debt.name} payment"), _cell(f"{debt.name} balance")]
    writer.writerow(header)
    for strategy in budget.strategies:
        for month in strategy.schedule:
            row = [strategy.name, str(month.month)]
            for paid, owed in zip(month.payments, month.balances, strict=True):
                row += [f"{paid / 100:.2f}", f"{owed / 100:.2f}"]
            writer.writerow(row)
    return out.getvalue()
