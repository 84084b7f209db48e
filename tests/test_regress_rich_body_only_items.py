"""Regression (fixed) (render.print_rich, cosmetic): an item with no title (every line of the rate
report's "这意味着什么" block) puts its first paragraph in the head Text, which rich
wraps by itself: on a terminal the bullet "•" stands alone on a line, the paragraph
starts at column 0 under it (no hanging indent), and the Chinese line-breaking rules
of render.wrap are bypassed. Seen with `debthelp rate --received 8000 --payment 1000
--periods 12` on a 120-column terminal ("│ •" then "│ 这个年化利率把…").

"""

import io

from debthelp.render import Block, Doc, Item, print_rich


def test_body_only_item_starts_on_the_bullet_line(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setenv("NO_COLOR", "1")
    body = (
        "这个年化利率把你要付的全部利息和费用都算在内，以实际拿到的钱为本金，"
        "用内部收益率法算出每期利率再乘以一年的期数。"
    )
    buf = io.StringIO()
    print_rich(Doc("T", (Block("B", (Item(title="", body=body),)),)), "zh", buf)
    lines = [line.strip("│ ") for line in buf.getvalue().splitlines()]
    bullet = next(i for i, line in enumerate(lines) if line.startswith("*"))
    assert lines[bullet] != "*", buf.getvalue()  # today: a bare bullet line
    assert "这个年化利率" in lines[bullet], buf.getvalue()
