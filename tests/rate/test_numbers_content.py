"""The content audit's findings in the rate and budget sentences
(shared/reviews/2026-12-content-audit.md: O5, O6, O8, M2, §3.3), and issue 21's rule
that wherever budget suggests agreeing to pay, its notes give both halves of the
limitation rule (4-3 and 4-2)."""

from __future__ import annotations

from debthelp.budget.texts import load_budget_texts
from debthelp.messages import MESSAGES
from debthelp.rate import load_rate_texts


def _rate(key: str) -> tuple[str, str, tuple[str, ...]]:
    texts = load_rate_texts()
    entry = texts.entries[key]
    return entry.text("zh"), entry.text("en"), tuple(entry.sources)


def test_o5_the_deduction_says_what_art_670_says_and_no_more() -> None:
    zh, en, sources = _rate("rate.explain-deduction")
    assert "砍头息" not in zh and "砍头息" not in en  # not every gap is interest taken up front
    assert "利息不得预先在本金中扣除" in zh and "interest may not be deducted" in en
    assert "费用也要计入年化利率" in zh and "in the annual rate" in en  # fees: 1c-2
    assert set(sources) == {"1a-4", "1c-2"}
    assert "砍头息" not in MESSAGES["rate.fig-deduction"]["zh"]


def test_o6_the_24_percent_rule_is_about_making_loans() -> None:
    zh, en, _ = _rate("rate.amounts-sl24")
    assert "允许放贷方最多收" not in zh and "allows the lender at most" not in en
    assert "停止发放" in zh and "stop making loans" in en
    assert "没有说放贷方只能收这么多" in zh and "does not say how much the lender may collect" in en


def test_o8_and_issue_21_the_limitation_note_gives_both_halves() -> None:
    texts = load_budget_texts()
    entry = texts.entries["budget.note-limitation"]
    zh, en = entry.text("zh"), entry.text("en")
    assert "对方可以起诉你的法定期限" not in zh and "time limit for the lender to sue" not in en
    assert "重新开始计算" in zh and "starts again" in en  # 4-3
    assert "不能再以“时效已过”为由拒绝还款" in zh and "gives up your right to refuse" in en  # 4-2
    assert "仍然可以起诉" in zh and "can still sue" in en  # expiry is a defence, 4-2
    assert set(entry.sources) == {"4-3", "4-2"}


def test_audit_m2_stop_the_interest_is_from_the_earlier_nfra_warnings() -> None:
    entry = load_budget_texts().entries["budget.note-no-agents"]
    zh, en = entry.text("zh"), entry.text("en")
    assert "金融监管总局此前提醒" in zh and "NFRA's earlier warnings" in en
    assert "五个部门联合提醒：这类收费" not in zh
    assert set(entry.sources) == {"5-1", "5-2"}


def test_section_3_3_no_unsourced_uk_fair_split() -> None:
    entry = MESSAGES["budget.offers-pro-rata"]
    assert "英国" not in entry["zh"] and "UK" not in entry["en"]


def test_a_pause_suggestion_points_to_the_limitation_note() -> None:
    for key in ("budget.offer-not-covering", "budget.offer-not-covering-zero"):
        assert "诉讼时效" in MESSAGES[key]["zh"] and "limitation period" in MESSAGES[key]["en"]
    texts = load_budget_texts()
    for key in ("budget.card-over-60", "budget.card-within-60"):
        assert "6-3" in texts.entries[key].sources
        assert "不是必须同意" in texts.entries[key].text("zh")
