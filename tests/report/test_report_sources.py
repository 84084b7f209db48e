"""Issue 24: every id the report cites is explained in its Sources section, the
letters' ids too (a letter's 5-5 or 3-1 was a bare id on the page before)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debthelp.cli import app


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_cited_id_is_explained(tmp_path: Path, lang: str) -> None:
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps(
            {
                "safety": "safe",
                "collectors": ["calls", "third-parties"],
                "lender": "credit-card",
                "months-overdue": 4,
                "pay": "part",
                "hardship": "yes",
                "papers": "none",
                "offers": "no",
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    result = CliRunner().invoke(
        app, ["report", "--answers", str(answers), "--lang", lang, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    body, _, sources = page.partition('id="sources"')
    assert sources, "no Sources section"
    explained = set(re.findall(r"<li>\[([^\]]+)\]", sources))
    fact_id = r"[1-9][a-z]?-\d+"
    groups = re.findall(r"\[([^\]<>]+)\]", body)
    cited = {i.strip() for group in groups for i in re.split(r"[;,]", group)}
    cited = {i for i in cited if re.fullmatch(fact_id, i)}
    assert cited, "the page cites no fact ids: the test would be empty"
    assert cited <= explained, f"cited but not explained: {sorted(cited - explained)}"
    # The letters cite ids the plan's steps do not: without them the test proves little.
    plan_part = body.partition('id="letters"')[0]
    letters_part = body.partition('id="letters"')[2]
    plan_ids = set(re.findall(fact_id, plan_part))
    assert set(re.findall(fact_id, letters_part)) - plan_ids, "no letter-only id to check"
