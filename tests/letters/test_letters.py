"""debthelp letter: the templates are checked, every letter fills in both languages,
and what is unknown stays a listed blank, never invented."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.errors import InputError, InvalidDataError
from debthelp.guidance import load_guidance
from debthelp.letters import (
    BLANK,
    KINDS,
    Situation,
    check_letter_texts,
    fill_letter,
    guidance_say,
    letter_values,
    load_letter_texts,
    log_from_export,
    read_budget,
)
from debthelp.letters.texts import placeholders
from debthelp.yamlio import load_yaml
from tests.util import ROOT

LETTERS = ROOT / "data" / "letters.yaml"
BUDGET = ROOT / "examples" / "budget.json"
DAY = dt.date(2026, 11, 30)
LOG = {
    "verify": {"ok": True, "entries": 2, "problems": []},
    "entries": [
        {
            "id": "1",
            "when": "2026-11-20 23:10",
            "channel": "phone",
            "from": "138xxxx",
            "said": "Pay tonight or we call your mother",
            "contacted": ["mother"],
            "attachments": [],
            "tags": [{"id": "night", "rule": "No calls 22:00-08:00", "source": ["2c-7"]}],
        },
        {
            "id": "2",
            "when": "2026-11-21",
            "channel": "sms",
            "from": "",
            "said": "We told your boss",
            "contacted": "employer",
            "attachments": [],
            "tags": [
                {
                    "id": "third-party",
                    "rule": "No collecting from third parties",
                    "source": ["2c-1"],
                }
            ],
        },
    ],
}


@pytest.fixture(scope="module")
def texts() -> Any:
    guidance = load_guidance(None)
    return load_letter_texts(
        LETTERS, sources=guidance.sources, say_elsewhere=guidance_say(guidance)
    )


def full_values(lang: str) -> dict[str, Any]:
    return letter_values(
        lang=lang,  # type: ignore[arg-type]
        answers={"amount-overdue": 21000.0, "months-overdue": 4.0, "lender": "credit-card"},
        budget=read_budget(BUDGET),
        log=log_from_export(LOG),
        name="Zhang San",
        lender="借呗",
        account="HT-1",
        fields={
            "hardship": "illness",
            "proof": "hospital record",
            "start": "2027-01-01",
            "phone": "139",
        },
        today=DAY,
    )


def test_the_shipped_templates_are_valid_against_the_guidance(texts: Any) -> None:
    assert set(texts.letters) == set(KINDS)
    for template in texts.letters.values():
        for paragraph in (*template.paragraphs, *template.notes):
            body = paragraph.text.zh + paragraph.text.en
            # A sentence naming a law, an article or a hotline cites its facts.
            if any(m in body for m in ("《", "Art.", "12378", "110")):
                assert paragraph.sources, body


def test_a_broken_file_lists_every_problem_at_once() -> None:
    from debthelp.guidance import Text
    from debthelp.letters.texts import Paragraph

    text = LETTERS.read_text(encoding="utf-8")
    text = text.replace("致：{lender}", "致：{lendr}", 1)  # an unknown field, zh only
    text = text.replace('source: ["2c-3"]', 'source: ["not-a-fact"]')  # not a fact id
    text = text.replace("{say.family-will-report}", "{say.nope}")
    # A quoted line with two bracketed slots, given one field.
    text = text.replace("{say.family-not-my-debt}", "{say.stop-contacting-others:name}", 1)
    text = text.replace("  - id: verify-debt", "  - id: verify-debts")
    # A line the guidance already has, written here a second time.
    text = text.replace(
        "say: []",
        'say:\n  - id: family-not-my-debt\n    source: ["2c-1"]\n    zh: "不"\n    en: "No"',
    )
    raw = load_yaml(text, path="letters.yaml", error=InputError)
    two_slots = Paragraph(Text(zh="我（姓名）（号码）", en="I (name) (number)"), ("2c-1",))
    one = Paragraph(Text(zh="不", en="No"), ("2c-1",))
    elsewhere = {"stop-contacting-others": two_slots, "family-not-my-debt": one}
    _texts, problems = check_letter_texts(raw, sources=None, say_elsewhere=elsewhere)
    keys = {(p.key, str(p.params.get("value", ""))) for p in problems}
    assert ("letters.v-unknown-field", "lendr") in keys
    assert ("v-source-id", "not-a-fact") in keys
    assert ("letters.v-unknown-say", "nope") in keys
    assert ("letters.v-unknown-id", "verify-debts") in keys
    assert ("letters.v-missing-id", "verify-debt") in keys
    # A say line the guidance already has must not be written here again.
    assert ("letters.v-say-twice", "family-not-my-debt") in keys
    # The quoted line has two bracketed slots; one field fills only one of them.
    assert ("letters.v-slots", "stop-contacting-others") in keys
    assert any(p.key == "v-placeholders" for p in problems)


def test_a_broken_file_is_an_error_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "letters.yaml"
    bad.write_text("format: 1\nletters: {}\n", encoding="utf-8")
    with pytest.raises(InvalidDataError) as caught:
        load_letter_texts(bad, sources=set())
    assert caught.value.key == "letters.invalid"
    assert len(caught.value.problems) >= 3


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_letter_from_full_inputs_has_no_blank(texts: Any, kind: str, lang: str) -> None:
    card = Situation("credit-card", ("night", "third-party"))
    letter = fill_letter(texts, kind, lang, full_values(lang), situation=card)  # type: ignore[arg-type]
    text = "\n".join("\n".join(p) for p in letter.paragraphs)
    assert BLANK not in text
    assert letter.missing == ()
    assert "Zhang San" in text
    if kind != "third-party-notice":
        assert "借呗" in text


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_letter_from_nothing_lists_its_blanks(texts: Any, kind: str, lang: str) -> None:
    values = letter_values(lang=lang, today=DAY)  # type: ignore[arg-type]
    letter = fill_letter(texts, kind, lang, values)  # type: ignore[arg-type]
    text = "\n".join("\n".join(p) for p in letter.paragraphs)
    assert text.count(BLANK) >= len(letter.missing) >= 1
    name_label = texts.fields["name"].label(lang)
    assert name_label in letter.missing
    assert "Zhang" not in text  # nothing invented


def test_negotiate_takes_the_offer_and_term_from_the_budget_and_warns_about_4_3(
    texts: Any,
) -> None:
    letter = fill_letter(texts, "negotiate", "zh", full_values("zh"))
    text = "\n".join("\n".join(p) for p in letter.paragraphs)
    assert "每月还720.00 元，分24个月还清" in text
    assert "4-3" in letter.sources
    assert any("重新开始计算" in note for note in letter.notes)
    en = fill_letter(texts, "negotiate", "en", full_values("en"))
    assert "￥720.00 a month for 24 months" in "\n".join("\n".join(p) for p in en.paragraphs)


def test_a_lender_missing_from_the_budget_leaves_the_offer_blank(texts: Any) -> None:
    values = letter_values(lang="en", budget=read_budget(BUDGET), lender="Other", today=DAY)
    letter = fill_letter(texts, "negotiate", "en", values)
    labels = {texts.fields["monthly"].label("en"), texts.fields["term"].label("en")}
    assert labels <= set(letter.missing)


def test_complaint_cites_its_own_rules_for_the_logs_tags_and_12378_only_in_a_cards_notes(
    texts: Any,
) -> None:
    card = Situation("credit-card", ("night", "third-party"))
    letter = fill_letter(texts, "complaint", "en", full_values("en"), situation=card)
    lines = [line for p in letter.paragraphs for line in p]
    # The log's own rule lines (written to the borrower) never reach a letter.
    assert "- No calls 22:00-08:00 [2c-7]" not in lines
    assert any("Art. 68" in line for line in lines)
    assert any("22:00" in line and "China Banking Association" in line for line in lines)
    assert any("Pay tonight" in line and "mother" in line for line in lines)
    assert "12378" not in lines[0]  # to the lender's complaints department, not a hotline
    assert any("12378" in note for note in letter.notes)
    other = fill_letter(
        texts, "complaint", "en", full_values("en"), situation=Situation("platform", ("night",))
    )
    assert not any("12378" in line for p in other.paragraphs for line in p)


def test_stop_third_party_cites_the_rules(texts: Any) -> None:
    card = fill_letter(
        texts, "stop-third-party", "zh", full_values("zh"), situation=Situation("credit-card")
    )
    assert {"2c-1", "2c-7", "2b-3", "2b-4"} <= set(card.sources)
    assert "2c-3" not in card.body_sources  # the NIFA's rules are for its members, online lenders
    online = fill_letter(
        texts, "stop-third-party", "zh", full_values("zh"), situation=Situation("platform")
    )
    assert {"2c-3", "2b-3", "2b-4"} <= set(online.sources)
    assert not {"2c-1", "2c-7"} & set(online.sources)
    text = "\n".join("\n".join(p) for p in card.paragraphs)
    assert "mother、employer" in text
    assert "我是借款人Zhang San，借款合同号（账户号）是HT-1。" in text


def test_verify_debt_asks_for_principal_rate_and_history(texts: Any) -> None:
    letter = fill_letter(texts, "verify-debt", "en", full_values("en"))
    text = "\n".join("\n".join(p) for p in letter.paragraphs)
    assert "principal I actually received" in text
    assert "annual rate" in text and "all fees" in text
    assert "record of every payment" in text
    assert {"1c-1", "1c-2"} <= set(letter.sources)


def test_say_lines_from_the_guidance_are_used_and_their_slots_filled(texts: Any) -> None:
    from debthelp.guidance import Text
    from debthelp.letters.texts import Paragraph, Template

    line = Paragraph(
        Text(zh="我是（姓名），合同（号码）。", en="I am (name), contract (no)."), ("2c-1",)
    )
    said = {"who-i-am": line}
    quoting = Paragraph(
        Text(zh="{say.who-i-am:name,account}", en="{say.who-i-am:name,account}"), ()
    )
    template = Template("verify-debt", Text(zh="函", en="Letter"), (quoting,), ())
    mine = texts._replace(letters={**texts.letters, "verify-debt": template})
    letter = fill_letter(mine, "verify-debt", "en", full_values("en"), say=said)
    assert ("I am Zhang San, contract HT-1.",) in letter.paragraphs
    empty = letter_values(lang="zh", today=DAY)
    blank = fill_letter(mine, "verify-debt", "zh", empty, say=said)
    assert ("我是＿＿＿＿，合同＿＿＿＿。",) in blank.paragraphs
    assert texts.fields["account"].label("zh") in blank.missing


def test_every_quoted_line_is_the_guidances_own() -> None:
    # A sentence is written once: the letters quote the guidance's words to say.
    from debthelp.cli.letter import load_letters

    guidance = load_guidance(None)
    shipped = load_letters(guidance)
    assert shipped.say == guidance_say(guidance)
    used = set()
    for template in shipped.letters.values():
        for paragraph in template.paragraphs:
            used |= {
                p.split(":")[0][4:] for p in placeholders(paragraph.text.zh) if p[:4] == "say."
            }
    assert {"family-not-my-debt", "family-will-report"} <= used


# ------------------------------------------------------------------ the command


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), env={"DEBTHELP_TODAY": "2026-11-30"})


def test_cli_letter_lists_blanks_after_the_letter() -> None:
    result = run("letter", "negotiate", "--name", "张三", "--lang", "zh")
    assert result.exit_code == 0, result.stderr
    letter, _cut, after = result.stdout.partition("以下是给你看的，不用发送")
    assert "申请人：张三" in letter
    assert "＿＿＿＿" in letter
    assert "放贷方（平台、公司或个人）的名称" in after
    assert "放贷方（平台、公司或个人）的名称" not in letter


def test_cli_letter_markdown_in_english_from_files() -> None:
    result = run(
        "letter", "negotiate", "--answers", str(ROOT / "examples" / "answers.yaml"),
        "--budget", str(BUDGET), "--lender", "借呗", "--format", "markdown", "--lang", "en",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Request to agree a repayment plan")
    assert "￥720.00 a month for 24 months" in result.stdout


def test_cli_letter_escapes_terminal_sequences() -> None:
    result = run("letter", "verify-debt", "--name", "x\x1b]0;owned\x07y", "--lang", "en")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\\u001b" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["letter", "nope"], 2, "negotiate"),
        (["letter", "negotiate", "--field", "colour=red"], 1, "hardship"),
        (["letter", "negotiate", "--field", "novalue"], 1, "novalue"),
        (["letter", "negotiate", "--format", "json"], 2, "markdown"),
    ],
)
def test_cli_letter_bad_input(args: list[str], code: int, words: str) -> None:
    result = run(*args, "--lang", "en")
    assert result.exit_code == code
    assert words in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("not json at all {", "not JSON"),
        (json.dumps({"income": 1}), "expenses"),
        (json.dumps([1, 2]), "not a budget file"),
        (json.dumps({"income": 1, "expenses": 1, "available": 1, "minimums": 1,
                     "shortfall": 0, "offers": [{"name": 3}], "strategies": [{}]}),
         "offers[0]"),
    ],
)  # fmt: skip
def test_a_wrong_budget_file_is_refused_clearly(tmp_path: Path, content: str, words: str) -> None:
    budget = tmp_path / "b.json"
    budget.write_text(content, encoding="utf-8")
    result = run("letter", "negotiate", "--budget", str(budget), "--lang", "en")
    assert result.exit_code == 1
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_letter_saves_privately(tmp_path: Path) -> None:
    out = tmp_path / "letter.txt"
    result = run("letter", "third-party-notice", "--name", "Li", "--lang", "en", "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "I am not the borrower and not a guarantor" in out.read_text(encoding="utf-8")
    assert os.stat(out).st_mode & 0o777 == 0o600


def test_complaint_from_the_real_evidence_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEBTHELP_HOME", str(tmp_path / "dh"))
    added = run(
        "log", "add", "--channel", "call", "--when", "2026-11-28 23:10", "--from", "138",
        "--said", "pay tonight", "--lang", "en",
    )  # fmt: skip
    assert added.exit_code == 0, added.stderr
    result = run("letter", "complaint", "--log", "--lender-type", "bank", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "- 2026-11-28 23:10, Phone call from 138: “pay tonight”" in result.stdout
    assert "22:00" in result.stdout  # the night rule, from the log's tags
    assert "what happened (date, how, what was said)" not in result.stdout
