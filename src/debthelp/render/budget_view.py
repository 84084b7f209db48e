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


TRILLION_FEN = 10**14


def _money(fen: int, lang: Lang) -> str:
    """An amount, exact to the fen; past a trillion yuan, words instead of digits."""
    if fen >= TRILLION_FEN:
        return t("budget.over-trillion", lang)
    return t("money", lang, amount=fen / 100)


def _figure(fen: int, lang: Lang) -> str:
    """A table cell: the amount to the fen, no unit; past a trillion yuan, words."""
    if fen >= TRILLION_FEN:
        return t("budget.over-trillion-short", lang)
    return f"{fen / 100:,.2f}"


def _compact(fen: int, lang: Lang) -> str:
    """A chart cell, whole yuan; from 100 million yuan in 亿 (zh) or millions (en),
    with the unit written, so no figure is ever cut."""
    if fen >= TRILLION_FEN:
        return t("budget.over-trillion-short", lang)
    yuan = fen / 100
    if yuan >= 1e8:
        return (
            t("budget.yi", lang, n=yuan / 1e8)
            if lang == "zh"
            else t("budget.yi", lang, n=yuan / 1e6)
        )
    return f"{yuan:,.0f}"


def _pad(text: str, width: int, right: bool = False, cut: bool = True) -> str:
    # A name wider than its column is cut, so the table keeps its shape; a
    # figure never is (its column is made wide enough instead).
    while cut and cell_width(text) > width:
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
    for index, (debt, offer) in enumerate(zip(b.debts, b.offers, strict=True)):
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
        check = b.checks[index] if b.checks else None
        if check is not None and not check.covers_interest and not b.token:
            key = (
                "budget.offer-not-covering"
                if check.months_if_paused
                else "budget.offer-not-covering-zero"
            )
            lines.append(
                t(
                    key,
                    lang,
                    name=debt.name,
                    amount=_money(offer, lang),
                    interest=_money(check.interest, lang),
                    months=check.months_if_paused,
                )
            )
    lines += _card_lines(b, lang)
    return Block(t("budget.block-offers", lang), lines=tuple(lines), strong=True)


def _card_lines(b: Budget, lang: Lang) -> list[str]:
    """A credit card's 个性化分期 is at most 60 months (fact 6-3): what clears it in 60."""
    from debthelp.budget.texts import load_budget_texts

    texts = load_budget_texts()
    out = []
    for card in b.cards:
        debt = b.debts[card.index]
        params = {
            "name": debt.name,
            "payment": _money(card.payment, lang),
            "offer": _money(b.offers[card.index], lang),
            "shortfall": _money(card.shortfall, lang),
        }
        if card.over:
            names = t("list-sep", lang).join(t(STRATEGY_NAMES[n], lang) for n in card.over)
            out.append(texts.get("budget.card-over-60", lang, strategies=names, **params))
        else:
            out.append(texts.get("budget.card-within-60", lang, **params))
    return out


def _strategies_block(b: Budget, lang: Lang) -> Block:
    if b.monthly == 0:
        return Block(
            t("budget.block-strategies", lang), lines=(t("budget.strategies-nothing", lang),)
        )
    # A credit card whose schedule runs past 60 months (个性化分期 is at most 5 years,
    # fact 6-3) is marked in the table; the note under the offers says what clears it.
    past = {(c.index, name) for c in b.cards for name in c.over}
    columns = []
    for s in b.strategies:
        cells = [t(STRATEGY_NAMES[s.name], lang)]
        cells += [
            _cleared(month, lang) + ("!" if (k, s.name) in past else "")
            for k, month in enumerate(s.cleared)
        ]
        cells += [_cleared(s.months, lang), _figure(s.total_interest, lang)]
        columns.append(cells)
    # Each column as wide as its widest cell, with two spaces before it.
    widths = [max(cell_width(c) for c in cells) + 2 for cells in columns]
    names = [t("budget.col-debt", lang)] + [d.name for d in b.debts]
    names += [t("budget.row-all", lang), t("budget.row-interest", lang)]
    rows = []
    for r, name in enumerate(names):
        line = _pad(name, NAME_WIDTH) + "".join(
            _pad(cells[r], w, right=True, cut=False)
            for cells, w in zip(columns, widths, strict=True)
        )
        rows.append(line)
        if r == 0:
            rows.append("-" * cell_width(line))
    basis = "budget.strategies-basis-short" if b.monthly < b.minimums else "budget.strategies-basis"
    lines = [t(basis, lang, amount=_money(b.monthly, lang))]
    if past:
        lines.append(t("budget.card-mark", lang))
    if b.from_essentials:
        lines.append(
            t(
                "budget.from-essentials",
                lang,
                monthly=_money(b.monthly, lang),
                available=_money(b.available, lang),
                amount=_money(b.from_essentials, lang),
            )
        )
    lines += [t(STRATEGY_EXPLAINED[s.name], lang) for s in b.strategies]
    for s in b.strategies:
        strategy = t(STRATEGY_NAMES[s.name], lang)
        if s.over_trillion is not None:
            lines.append(
                t(
                    "budget.never-over-trillion",
                    lang,
                    strategy=strategy,
                    names=t("list-sep", lang).join(s.never_pays_off),
                    month=s.over_trillion,
                )
            )
            continue
        owed = dict(zip([d.name for d in b.debts], s.still_owed(), strict=False))
        for name in s.never_pays_off:
            lines.append(
                t(
                    "budget.never-line",
                    lang,
                    strategy=strategy,
                    name=name,
                    n=len(s.schedule),
                    balance=_money(owed.get(name, 0), lang),
                )
            )
    if any(s.never_pays_off for s in b.strategies) and b.comparable:
        lines.append(t("budget.interest-horizon-never", lang, n=b.horizon))
    elif b.comparable:
        lines.append(t("budget.interest-horizon", lang))
    else:
        lines.append(t("budget.interest-not-comparable", lang))
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

    # A schedule ends when everything is cleared (0 is then the truth) or, past a
    # trillion yuan, early: its last figure stands, never 0.
    def owed_at(values: list[int], strategy: Strategy, month: int) -> int:
        if month < len(values):
            return values[month]
        return values[-1] if strategy.over_trillion is not None else 0

    table = [
        [owed_at(values, s, month) for values, s in zip(series, b.strategies, strict=True)]
        for month in picked
    ]
    top = max(max(row) for row in table) or 1
    heads = [t(STRATEGY_NAMES[s.name], lang) for s in b.strategies]
    cols = [
        max(cell_width(heads[k]), *(cell_width(_compact(row[k], lang)) for row in table)) + 2
        for k in range(len(series))
    ]
    bar_room = max(10, 76 - 9 - sum(cols) - 2)  # 76: the room inside a panel on 80 columns
    head = _pad(t("budget.chart-month", lang), 9) + "".join(
        _pad(name, w, right=True, cut=False) for name, w in zip(heads, cols, strict=True)
    )
    lines = [t("budget.chart-axis", lang, strategy=heads[0])]
    if any(v / 100 >= 1e8 for row in table for v in row):
        lines.append(t("budget.chart-units", lang))
    lines.append(head)
    for month, owed in zip(picked, table, strict=True):
        cells = "".join(
            _pad(_compact(value, lang), w, right=True, cut=False)
            for value, w in zip(owed, cols, strict=True)
        )
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
