"""Two findings with the same facts are shown once in the text (the fuller one), both in JSON:
a mediation centre's own voice beside "mediation" printed the same facts, checks and step twice."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from debthelp.cli.root import app

MESSAGE = "【诚信调解中心】您的欠款已转入我中心，请于24小时内联系调解员。"


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, ["check", *args, MESSAGE])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_same_facts_are_shown_once_in_both_languages() -> None:
    zh = _run("--lang", "zh", "--format", "text")
    assert zh.count("调解中心不是法院") == 1
    assert "说是“仲裁”的" in zh  # the fuller of the two is the one shown
    en = _run("--lang", "en", "--format", "text")
    assert en.count("A mediation centre is not a court") == 1


def test_json_keeps_both_findings() -> None:
    data = json.loads(_run("--lang", "zh", "--format", "json"))
    assert "mediator-voice" in {s["id"] for s in data["signs"]}
    assert "mediation" in {c["id"] for c in data["claims"]}
