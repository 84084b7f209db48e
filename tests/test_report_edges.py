"""Issue 24's report items: UTF-8 bytes whatever the console, the budget's warnings
shown to the lawyer who reads the page, a summary at the top, no terminal hints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from tests.util import ROOT

ANSWERS = ROOT / "examples" / "answers.yaml"
RATE = ROOT / "examples" / "rate.yaml"
DEBTS = ROOT / "examples" / "debts.yaml"


def budget_json(tmp_path: Path, **changes: Any) -> Path:
    """What ``debthelp budget --format json`` prints for the example debts, changed."""
    done = CliRunner().invoke(
        app,
        ["budget", "--debts", str(DEBTS), "--income", "6000", "--expenses", "4500", "-f", "json"],
    )
    assert done.exit_code == 0, done.stderr
    data = json.loads(done.stdout)
    for key, value in changes.items():
        data[key] = value
    path = tmp_path / "budget.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def report(*args: str, lang: str = "zh") -> Any:
    return CliRunner().invoke(
        app, ["report", *args, "--lang", lang], env={"DEBTHELP_TODAY": "2026-11-30"}
    )


def test_a_redirect_on_a_gbk_console_still_writes_utf8(tmp_path: Path) -> None:
    """Issue 24: a GBK console wrote GBK bytes under <meta charset="utf-8">."""
    env = {**os.environ, "PYTHONIOENCODING": "gbk", "DEBTHELP_TODAY": "2026-11-30"}
    env.pop("NO_COLOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "debthelp", "report", "--answers", str(ANSWERS), "--lang", "zh"],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("gbk", "replace")
    page = done.stdout.decode("utf-8")  # fails on GBK bytes
    assert '<meta charset="utf-8">' in page
    assert "网贷催收情况报告" in page


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_budget_warnings_reach_the_page(tmp_path: Path, lang: str) -> None:
    """The numbers helper's finding: three budget notes were dropped by read_budget."""
    base = json.loads(budget_json(tmp_path).read_text(encoding="utf-8"))
    offers = base["offers"]
    offers[0]["covers_interest"] = False
    offers[0]["months_if_paused"] = 17
    offers[1]["covers_interest"] = False
    offers[1]["months_if_paused"] = None
    debts = base["debts"]
    debts[2].update(
        card_60_month_payment=123.45, card_shortfall=23.45, card_over_60_months=["snowball"]
    )
    path = budget_json(tmp_path, offers=offers, debts=debts, monthly=2000.0, from_essentials=500.0)
    done = report("--budget", str(path), lang=lang)
    assert done.exit_code == 0, done.stderr
    page = done.stdout
    first, second, card = (o["name"] for o in offers)
    if lang == "zh":
        assert f"{first} 每月" in page and "17 个月能还清" in page
        assert f"{second} 每月的还款抵不上" in page
        assert "信用卡个性化分期最长不超过5年" in page and f"“{card}”" in page
        assert "要从一家人的基本生活开支里出" in page
    else:
        assert "clears it in about 17 months" in page
        assert f"the payment to {second} does not cover" in page
        assert "at most 5 years (60 months)" in page
        assert "come out of the money for your family" in page
