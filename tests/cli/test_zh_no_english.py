"""Issue 24: Chinese screens show no English (the cancel line, source ids, the
letter kinds), and `letter --lender` that matches no debt in the budget says so."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from tests.util import ROOT

LATIN_WORD = re.compile(r"\b(?!debthelp\b)[A-Za-z]{4,}\b")
KINDS = ("negotiate", "complaint", "third-party-notice", "stop-third-party", "verify-debt")


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), env={"DEBTHELP_TODAY": "2026-11-30"})


def english_words(text: str) -> list[str]:
    """Latin words in a Chinese message, leaving out the command names and kinds
    a person types."""
    typed = {"letter", "negotiate", "help", *(w for k in KINDS for w in k.split("-"))}
    return [w for w in LATIN_WORD.findall(text) if w not in typed]


@pytest.mark.parametrize(("lang", "line"), [("zh", "已取消。"), ("en", "Cancelled.")])
def test_cancelled_in_the_persons_language_only(
    monkeypatch: pytest.MonkeyPatch, lang: str, line: str
) -> None:
    """ "已取消 / Cancelled" was shown to everyone."""
    import debthelp.guidance

    def interrupted(*_a: Any, **_k: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(debthelp.guidance, "load_guidance", interrupted)
    done = run("tips", "--lang", lang)
    assert done.exit_code == 130
    assert done.stderr.strip() == line


def test_letter_with_no_kind_lists_the_five_in_chinese() -> None:
    """Was click's English-only "Missing argument 'KIND'"."""
    done = run("letter", "--lang", "zh")
    assert done.exit_code == 2
    assert "Missing argument" not in done.stderr
    assert "协商还款申请书" in done.stderr and "请求书面核对欠款的函" in done.stderr
    for kind in KINDS:
        assert f"  {kind}：" in done.stderr
    assert english_words(done.stderr) == []


def test_letter_with_no_kind_in_english() -> None:
    done = run("letter", "--lang", "en")
    assert done.exit_code == 2
    assert "negotiate: Request to agree a repayment plan" in done.stderr


def test_an_unknown_kind_lists_them_with_their_titles() -> None:
    done = run("letter", "nope", "--lang", "zh")
    assert done.exit_code == 2 and "stop-third-party：要求停止联系第三方的函" in done.stderr


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_lender_not_in_the_budget_is_named_with_the_names_it_has(
    tmp_path: Path, lang: str
) -> None:
    """Was: the amounts left blank without a word."""
    done = run(
        "budget",
        "--debts",
        str(ROOT / "examples" / "debts.yaml"),
        "--income",
        "6000",
        "--expenses",
        "4500",
        "-f",
        "json",
    )
    budget = tmp_path / "budget.json"
    budget.write_text(done.stdout, encoding="utf-8")
    names = [o["name"] for o in json.loads(done.stdout)["offers"]]
    letter = run("letter", "negotiate", "--budget", str(budget), "--lender", "某贷", "--lang", lang)
    assert letter.exit_code == 0, letter.stderr
    assert "某贷" in letter.stderr
    for name in names:
        assert name in letter.stderr
    matched = run(
        "letter", "negotiate", "--budget", str(budget), "--lender", names[0], "--lang", lang
    )
    assert "某贷" not in matched.stderr and names[1] not in matched.stderr


def test_source_ids_read_in_chinese() -> None:
    """ "[seed §2.1]" on a Chinese screen reads "[原文 2.1]"."""
    zh = run("tips", "understand", "--lang", "zh", "--format", "text").stdout
    assert "seed" not in zh and "[原文 1.1]" in zh
    en = run("tips", "understand", "--lang", "en", "--format", "text").stdout
    assert "[seed §1.1]" in en
