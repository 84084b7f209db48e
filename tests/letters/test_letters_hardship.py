"""Issue 24: the negotiate letter asked for hardship proof ("Proof: ＿＿＿＿ (copies or
photos attached)") even when the person had said they have none. The letter now
asks for none then; the note before sending says what proof they could gather."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.guidance import load_guidance
from debthelp.i18n import Lang
from debthelp.letters import (
    Situation,
    fill_letter,
    guidance_say,
    letter_situation,
    load_letter_texts,
)
from tests.util import ROOT

LETTERS = ROOT / "data" / "letters.yaml"
ASKS_FOR_PROOF = {"zh": ("证明材料：", "证明见上"), "en": ("Proof:", "shown by the proof above")}
NONE_NEEDED = {
    "zh": "如果需要证明材料，请告诉我需要哪些",
    "en": "If you need documents, please tell me which",
}
NOTE = {"zh": "你说还没有困难证明", "en": "You said you have no proof of hardship yet"}


@pytest.fixture(scope="module")
def texts() -> Any:
    guidance = load_guidance(None)
    return load_letter_texts(
        LETTERS, sources=guidance.sources, say_elsewhere=guidance_say(guidance)
    )


def negotiate(texts: Any, lang: Lang, has_proof: bool | None, **values: str) -> tuple[str, str]:
    """The letter's text, and its notes, for a card holder."""
    situation = Situation(lender_type="credit-card", hardship_proof=has_proof)
    letter = fill_letter(texts, "negotiate", lang, values, situation=situation)
    body = "\n".join("\n".join(p) for p in letter.paragraphs)
    return body, "\n".join(letter.notes)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("term", ["12", "72"])  # within 60 months, and over (another paragraph)
def test_no_proof_asked_of_someone_who_has_none(texts: Any, lang: Lang, term: str) -> None:
    body, notes = negotiate(texts, lang, False, term=term)
    assert not any(words in body for words in ASKS_FOR_PROOF[lang]), body
    assert NONE_NEEDED[lang] in body
    assert NOTE[lang] in notes
    letter = fill_letter(
        texts,
        "negotiate",
        lang,
        {"term": term},
        situation=Situation(lender_type="credit-card", hardship_proof=False),
    )
    assert "proof" not in letter.missing_fields  # no blank to fill for it either


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("proof", [True, None])  # said yes, or was not asked
def test_proof_is_asked_for_when_they_have_it_or_did_not_say(
    texts: Any, lang: Lang, proof: bool | None
) -> None:
    body, notes = negotiate(texts, lang, proof)
    assert ASKS_FOR_PROOF[lang][0] in body
    assert NONE_NEEDED[lang] not in body and NOTE[lang] not in notes
    longer, _notes = negotiate(texts, lang, proof, term="72")
    assert ASKS_FOR_PROOF[lang][1] in longer


def test_proof_they_name_is_used_even_after_saying_none(texts: Any) -> None:
    body, notes = negotiate(texts, "en", False, proof="a hospital letter")
    assert "Proof: a hospital letter" in body and NOTE["en"] not in notes


def test_the_answer_reaches_the_situation() -> None:
    assert letter_situation(answers={"hardship": "no"}).hardship_proof is False
    assert letter_situation(answers={"hardship": "yes"}).hardship_proof is True
    assert letter_situation(answers={}).hardship_proof is None


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("hardship", ["yes", "no"])
def test_the_letter_command_follows_the_answer(tmp_path: Path, lang: Lang, hardship: str) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps({"lender": "credit-card", "pay": "part", "hardship": hardship}),
        encoding="utf-8",
    )
    done = CliRunner().invoke(
        app, ["letter", "negotiate", "--answers", str(answers), "--lang", lang]
    )
    assert done.exit_code == 0, done.stderr
    letter = done.stdout.split("————")[0]
    if hardship == "no":
        assert ASKS_FOR_PROOF[lang][0] not in letter and NONE_NEEDED[lang] in letter
    else:
        assert ASKS_FOR_PROOF[lang][0] in letter and NONE_NEEDED[lang] not in letter
