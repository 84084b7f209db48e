"""Words to say (``say:`` under a tip): read and checked like any text, quoted by
every renderer, given by JSON with their sources, and found by id for reuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from debthelp.guidance import Guidance, load_guidance
from debthelp.render import plan_doc, to_markdown, to_text
from debthelp.render.views import tips_doc, tips_json
from tests.guidance.test_validator import VALID, edit, expect, line_of
from tests.util import write

SAY = """\
    source: "seed §2.1"
    say:
      - id: ask-who
        text: {zh: 请告诉我你的姓名和公司。, en: Please tell me your name and company.}
        source: ["4-4"]
      - id: in-writing
        text: {zh: 请书面联系我。, en: Please contact me in writing.}
        source: ["seed §2.1", "4-4"]
  - id: call-110
"""
WITH_SAY = edit(VALID, '    source: "seed §2.1"\n  - id: call-110\n', SAY)


@pytest.fixture
def said(tmp_path: Path) -> Guidance:
    return load_guidance(write(tmp_path, WITH_SAY))


def test_sayings_are_read_with_their_sources(said: Guidance) -> None:
    tip = said.tip("stay-calm")
    assert [line.id for line in tip.say] == ["ask-who", "in-writing"]
    assert said.say("in-writing").sources == ("seed §2.1", "4-4")
    assert said.say("ask-who").text.en == "Please tell me your name and company."
    assert said.saying_tip("ask-who") is tip
    assert [line.id for line in said.sayings()] == ["ask-who", "in-writing"]
    # the tip's citations include what its sayings lean on, each once
    assert tip.all_sources == ("seed §2.1", "4-4")
    with pytest.raises(KeyError):
        said.say("nothing-like-this")


def test_a_tip_without_sayings_has_none(said: Guidance) -> None:
    assert said.tip("call-110").say == ()


@pytest.mark.parametrize(
    ("old", "new", "key", "where", "at"),
    [
        (
            '        source: ["4-4"]\n',
            "",
            "v-missing",
            "stay-calm.say.ask-who.source",
            "- id: ask-who",
        ),
        (
            'source: ["4-4"]\n      - id: in',
            'source: ["9-9"]\n      - id: in',
            "v-unknown-source",
            "stay-calm.say.ask-who.source",
            'source: ["9-9"]',
        ),
        (
            "en: Please contact me in writing.}",
            'en: ""}',
            "v-empty-lang",
            "stay-calm.say.in-writing.text.en",
            'en: ""}',
        ),
        ("- id: ask-who", "- id: Ask Who", "v-bad-id", "stay-calm.say.Ask Who.id", "- id: Ask Who"),
        (
            '        source: ["4-4"]\n',
            '        source: ["4-4"]\n        tone: calm\n',
            "v-unknown-key",
            "stay-calm.say.ask-who.tone",
            "tone: calm",
        ),
    ],
)
def test_a_broken_saying_is_named(  # noqa: PLR0917 - the row's columns
    tmp_path: Path, old: str, new: str, key: str, where: str, at: str
) -> None:
    text = edit(WITH_SAY, old, new)
    expect(tmp_path, text, key, where, line_of(text, at))


def test_a_saying_id_is_unique_across_the_file(tmp_path: Path) -> None:
    text = edit(WITH_SAY, "- id: in-writing", "- id: ask-who")
    expect(
        tmp_path,
        text,
        "v-duplicate-id",
        "stay-calm.say.ask-who.id",
        line_of(text, "- id: ask-who", 2),
    )


def test_sayings_must_be_a_list_of_mappings(tmp_path: Path) -> None:
    text = edit(
        VALID,
        '    source: "seed §2.1"\n  - id: call-110\n',
        '    source: "seed §2.1"\n    say: just say it\n  - id: call-110\n',
    )
    expect(tmp_path, text, "v-not-list", "stay-calm.say", line_of(text, "say: just"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_format_quotes_the_words(said: Guidance, lang: str) -> None:
    doc = tips_doc(said, ["communicate"], lang)  # type: ignore[arg-type]
    words = said.say("ask-who").text(lang)  # type: ignore[arg-type]
    lead = "可以这样说：" if lang == "zh" else "Words you can use:"
    plain = to_text(doc, lang, 80)  # type: ignore[arg-type]
    assert lead in plain and f"\u201c{words}\u201d" in plain
    markdown = to_markdown(doc, lang)  # type: ignore[arg-type]
    assert f"> \u201c{words}\u201d" in markdown
    data = tips_json(said, ["communicate"], lang)  # type: ignore[arg-type]
    (tip,) = [t for t in data["topics"][0]["tips"] if t["id"] == "stay-calm"]
    assert tip["say"][0] == {
        "id": "ask-who",
        "text": words,
        "source": "4-4",
        "sources": [{"id": "4-4", "cite": said.sources["4-4"].cite(lang)}],  # type: ignore[arg-type]
    }
    assert tip["source"] == "seed §2.1; 4-4"
    json.dumps(data)


def test_rich_quotes_the_words(said: Guidance) -> None:
    import io

    from debthelp.render.draw import print_rich

    buf = io.StringIO()
    print_rich(tips_doc(said, ["communicate"], "en"), "en", buf, width=80)
    assert "\u201cPlease contact me in writing.\u201d" in buf.getvalue()
    assert "Words you can use:" in buf.getvalue()


def test_the_plan_quotes_the_words_and_cites_their_sources(said: Guidance) -> None:
    from debthelp.engine import advise

    plan = advise(said, {"threatened": "no", "stage": "early", "amount": 5000})
    text = to_text(plan_doc(said, plan, "en"), "en", 80)
    assert "\u201cPlease tell me your name and company.\u201d" in text
    assert "[4-4]" in text  # the saying's fact is cited with the step
