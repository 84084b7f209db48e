"""The report's budget section: the strategies, the notes and the chart (an SVG).

Split from ``report_html`` (which re-exports ``budget_html`` and ``chart_svg``) to keep
each module under the size the architecture test allows; escaping is the same ``esc``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from debthelp.i18n import Lang, t
from debthelp.render.report_html import esc

if TYPE_CHECKING:
    from debthelp.letters import BudgetFigures


def strategy_name(name: str, lang: Lang) -> str:
    """The budget command's own word for a strategy, or its id as given."""
    key = f"budget.name-{name}"
    found = t(key, lang)
    return name if found == key else found


def budget_html(budget: BudgetFigures, lang: Lang) -> str:
    def money(value: float) -> str:
        return esc(t("money", lang, amount=value))

    rows = [
        ("report.income", budget.income),
        ("report.expenses", budget.expenses),
        ("report.available", budget.available),
        ("report.minimums", budget.minimums),
        ("report.shortfall", budget.shortfall),
    ]
    out = ["<table>"]
    out += [
        f'<tr><th>{esc(t(key, lang))}</th><td class="num">{money(v)}</td></tr>' for key, v in rows
    ]
    out.append("</table>")
    if budget.offers:
        out.append(f"<h3>{esc(t('report.offers', lang))}</h3><table>")
        out += [
            f'<tr><td>{esc(o.name)}</td><td class="num">{money(o.amount)}</td></tr>'
            for o in budget.offers
        ]
        out.append("</table>")
    out += [f"<p>{esc(line)}</p>" for line in budget_notes(budget, lang)]
    for plan in budget.strategies:
        name = strategy_name(str(plan.get("name", "")), lang)
        months = plan.get("months")
        interest = plan.get("total_interest")
        if months is not None:
            out.append(
                "<p>"
                + esc(
                    t(
                        "report.strategy",
                        lang,
                        name=name,
                        months=f"{float(months):g}",
                        interest=t("money", lang, amount=float(interest or 0)),
                    )
                )
                + "</p>"
            )
        never = [str(n) for n in plan.get("never_pays_off") or []]
        owed = plan.get("still_owed")
        if never and isinstance(owed, dict) and plan.get("over_trillion_month") is None:
            # The budget command's own sentence, with the balance it prints (issue 22, M2).
            months_run = len(plan.get("schedule") or [])
            out += [
                "<p>"
                + esc(
                    t(
                        "budget.never-line",
                        lang,
                        strategy=name,
                        name=debt,
                        n=months_run,
                        balance=t("money", lang, amount=float(owed.get(debt, 0))),
                    )
                )
                + "</p>"
                for debt in never
            ]
        elif never:
            out.append(
                "<p>"
                + esc(t("report.strategy-never", lang, name=name, names="、".join(never)))
                + "</p>"
            )
    if budget.strategies:
        # Printed, the chart stands beside the figures (report_html's print CSS).
        return (
            '<div class="beside"><div>'
            + "\n".join(out)
            + "</div>"
            + chart_svg(budget, lang)
            + "</div>"
        )
    return "\n".join(out)


def budget_notes(budget: BudgetFigures, lang: Lang) -> list[str]:
    """The budget command's warnings under its offers, as the terminal shows them:
    an offer short of a month's interest, a plan paid out of the essentials, and a
    credit card's 60-month figures (fact 6-3)."""
    from debthelp.budget.texts import load_budget_texts

    def money(value: float) -> str:
        return t("money", lang, amount=value)

    out = []
    for offer in budget.offers:
        if offer.covers_interest is False:
            key = (
                "report.offer-not-covering"
                if offer.months_if_paused
                else "report.offer-not-covering-zero"
            )
            out.append(
                t(
                    key,
                    lang,
                    name=offer.name,
                    amount=money(offer.amount),
                    months=offer.months_if_paused,
                )
            )
    if budget.cards:
        texts = load_budget_texts()
        offered = {o.name: o.amount for o in budget.offers}
        for card in budget.cards:
            params = {
                "name": card.name,
                "payment": money(card.payment),
                "offer": money(offered.get(card.name, 0.0)),
                "shortfall": money(card.shortfall),
            }
            if card.over:
                names = t("list-sep", lang).join(strategy_name(n, lang) for n in card.over)
                out.append(texts.get("budget.card-over-60", lang, strategies=names, **params))
            else:
                out.append(texts.get("budget.card-within-60", lang, **params))
    if budget.from_essentials and budget.monthly is not None:
        out.append(
            t(
                "budget.from-essentials",
                lang,
                monthly=money(budget.monthly),
                available=money(budget.available),
                amount=money(budget.from_essentials),
            )
        )
    return out


_COLOURS = ("#1f5fbf", "#b5470b", "#2e7d32", "#6a1b9a")
# A dash pattern each, so the lines tell apart printed in black and white too.
_DASHES = ("", "7 4", "2 3", "10 3 2 3")


def nice_top(value: float) -> float:
    """The axis's top: the first round number (1, 2, 2.5, 5 x 10^n) at or above ``value``."""
    import math

    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value)


def chart_svg(budget: BudgetFigures, lang: Lang) -> str:
    """Each strategy's total balance, month by month, as an inline SVG line chart.

    The axis runs from 0 to a round number above the highest balance, with its
    value written at the top and the middle; the legend draws each line's own
    colour and dash beside its name (issue 24: the legend did not match the lines).
    """
    series = []
    for plan in budget.strategies:
        points = [
            (float(m["month"]), sum(float(v) for v in m["balances"].values()))
            for m in plan.get("schedule") or []
        ]
        if points:
            series.append((strategy_name(str(plan.get("name", "")), lang), points))
    if not series:
        return ""
    legend_h = 14.0 * len(series)
    width, left, bottom, top = 340.0, 56.0, 28.0, 10.0 + legend_h
    height = 190.0 + legend_h
    last = max(x for _n, pts in series for x, _y in pts) or 1.0
    peak = nice_top(max(y for _n, pts in series for _x, y in pts))

    def sx(x: float) -> float:
        return left + (width - left - 8) * x / last

    def sy(y: float) -> float:
        return top + (height - top - bottom) * (1 - y / peak)

    title = t("report.chart", lang, name=" / ".join(n for n, _p in series))
    out = [
        f'<figure><svg viewBox="0 0 {width:g} {height:g}" role="img" aria-label="{esc(title)}">',
        f'<line x1="{left}" y1="{sy(0):.1f}" x2="{width - 8}" y2="{sy(0):.1f}" stroke="#333"/>',
        f'<line x1="{left}" y1="{sy(peak):.1f}" x2="{left}" y2="{sy(0):.1f}" stroke="#333"/>',
    ]
    for value in (peak, peak / 2):
        out.append(
            f'<line x1="{left}" y1="{sy(value):.1f}" x2="{width - 8}" y2="{sy(value):.1f}" '
            'stroke="#ccc" stroke-width="0.5"/>'
        )
        out.append(
            f'<text x="{left - 4}" y="{sy(value) + 3:.1f}" font-size="10" text-anchor="end">'
            f"{esc(f'{value:,.0f}')}</text>"
        )
    out += [
        f'<text x="{left - 4}" y="{sy(0):.1f}" font-size="10" text-anchor="end">0</text>',
        f'<text x="{width - 8}" y="{height - 6}" font-size="10" text-anchor="end">'
        f"{esc(t('report.chart-month', lang, month=f'{last:g}'))}</text>",
    ]
    for index, (name, points) in enumerate(series):
        colour = _COLOURS[index % len(_COLOURS)]
        dash = _DASHES[index % len(_DASHES)]
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        coords = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in points)
        out.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2"{dashed} points="{coords}">'
            f"<title>{esc(name)}</title></polyline>"
        )
        y = 10 + 14 * index
        out.append(
            f'<g class="legend"><line x1="{left}" y1="{y}" x2="{left + 24}" y2="{y}" '
            f'stroke="{colour}" stroke-width="2"{dashed}/>'
            f'<text x="{left + 30}" y="{y + 3.5}" font-size="10" fill="{colour}">'
            f"{esc(name)}</text></g>"
        )
    out.append(f'</svg><figcaption class="small">{esc(title)}</figcaption></figure>')
    return "\n".join(out)
