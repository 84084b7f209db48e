"""Issue 24: every line of every panel of the plan has the same display width as the
panel's top border (a Chinese character counts two columns, render/cjk.py), in
Chinese and in English, at 80 columns: a sample of the tree's routes, with and
without ``--full``. A misaligned border reads as a broken program to someone
already frightened."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from typing import Any

import pytest

from debthelp.engine import advise
from debthelp.guidance import Guidance
from debthelp.i18n import Lang
from debthelp.render import fit_plan, plan_doc
from debthelp.render.cjk import cell_width
from debthelp.render.draw import print_rich
from tests.plan.test_engine import concrete_answers

TODAY = dt.date(2026, 12, 6)
CORNERS = ("╭╮", "││", "╰╯")


def misaligned(text: str, width: int) -> list[str]:
    """The lines of ``text``'s panels that are not exactly as wide as the screen, or
    do not start and end with the panel's border."""
    bad = []
    inside = False
    for line in text.splitlines():
        if line.startswith("╭"):
            inside = True
        if inside and (
            cell_width(line) != width or not any(line[0] + line[-1] == c for c in CORNERS)
        ):
            bad.append(line)
        if line.startswith("╰"):
            inside = False
    return bad


def rich_plan(guidance: Guidance, answers: dict[str, Any], lang: Lang, *, full: bool) -> str:
    plan = advise(guidance, answers, today=TODAY, full=full)
    shown = plan if full else fit_plan(guidance, plan, lang, 80)
    out = io.StringIO()
    print_rich(plan_doc(guidance, shown, lang), lang, out, 80)
    return out.getvalue()


def test_the_check_finds_a_misaligned_line() -> None:
    good = "╭─ t ──╮\n│ 好 a │\n╰──────╯"
    assert misaligned(good, 8) == []
    assert misaligned(good.replace("好 a", "好 ab"), 8) == ["│ 好 ab │"]
    assert misaligned(good.replace("│ 好 a │", "│ 好 a  "), 8) == ["│ 好 a  "]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_panel_line_of_a_sample_of_plans_is_as_wide_as_its_border(
    guidance: Guidance, lang: Lang
) -> None:
    checked = 0
    for answers in itertools.islice(concrete_answers(guidance), 0, None, 577):
        for full in (False, True):
            text = rich_plan(guidance, answers, lang, full=full)
            assert text.count("╭") >= 3
            assert misaligned(text, 80) == [], (full, answers)
            checked += 1
    assert checked >= 50
