"""Guards on the CONTENT of data/patterns.yaml: the sentences `debthelp check` shows.

The same guards as the guidance and data/rate.yaml (tests/guidance/test_content.py):
citable V-P / V-S sources declared in the guidance, only verified phone numbers
(each with the fact behind it), none of the fact sheet's misstatements,
industry rules never called law, both languages present and distinct.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.guidance.test_content import (
    ALLOWED_NUMBERS,
    CJK,
    FORBIDDEN_NUMBERS,
    MISSTATEMENTS,
    SEED_IDS,
    Misstatement,
    Piece,
    _ascii_share,
    citable,
    claims,
    industry_as_law,
    needs_shared,
    phone_numbers,
)

# 96110 is V-S since the fact sheet's section 9 (3-12, and 9-5 which check cites: "ask
# 96110"): check's readings and asks give it as the place to ask whether a message is a
# fraud. Everything else as the guidance.
CHECK_ALLOWED = ALLOWED_NUMBERS | {"96110"}
CHECK_FORBIDDEN = tuple(n for n in FORBIDDEN_NUMBERS if n != "96110")


def _sentences() -> list[tuple[str, tuple[str, ...], Any]]:
    """(where, sources, Text) for every sentence the command can show."""
    from debthelp.check import load_patterns

    patterns = load_patterns()
    out = []
    for entry in (*patterns.claims, *patterns.signs, *patterns.asks):
        for field, text in entry.texts.items():
            out.append((f"{entry.id}.{field}", entry.sources, text))
    for reading in patterns.readings.values():
        out.append((f"reading {reading.id}", reading.sources, reading.text))
    return out


def pieces() -> list[Piece]:
    return [
        Piece(where, lang, text(lang))
        for where, _sources, text in _sentences()
        for lang in ("zh", "en")
    ]


@needs_shared
def test_sources_are_declared_and_citable(guidance: Any) -> None:
    problems = []
    for where, sources, _text in _sentences():
        for sid in sources:
            if sid not in guidance.sources:
                problems.append(f"{where} cites undeclared {sid!r}")
            elif sid not in SEED_IDS and not citable(sid):
                problems.append(f"{where} cites {sid!r}, which is not V-P or V-S")
    assert not problems, "\n".join(problems)


def test_only_verified_phone_numbers() -> None:
    problems = [
        f"{p.where} ({p.lang}): {num}"
        for p in pieces()
        for num in phone_numbers(p.text)
        if num not in CHECK_ALLOWED
    ]
    assert not problems, "unverified phone numbers:\n" + "\n".join(problems)
    for number in CHECK_FORBIDDEN:
        assert not [p.where for p in pieces() if number in p.text]


def test_hotlines_cite_their_fact() -> None:
    backing = {
        "12378": "3-1",
        "12348": "3-7",
        "12321": "3-5",
        "12315": "3-6",
        "12368": "4-7",
        "96110": "9-5",
    }
    problems = []
    for where, sources, text in _sentences():
        if where.startswith("reading"):
            continue
        for number, fid in backing.items():
            if number in phone_numbers(text.zh + " " + text.en) and fid not in sources:
                problems.append(f"{where} gives {number} without citing {fid}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("m", MISSTATEMENTS, ids=lambda m: m.name)
def test_never_misstate(m: Misstatement) -> None:
    problems = [f"{p.where} ({p.lang}): {u}" for p in pieces() for u in claims(p.text, m, p.lang)]
    assert not problems, f"misstatement {m.name!r}:\n" + "\n".join(problems)


def test_industry_rules_are_not_called_law() -> None:
    problems = [f"{p.where} ({p.lang})" for p in pieces() if industry_as_law(p.text, p.lang)]
    assert not problems, problems


def test_bilingual() -> None:
    problems = []
    for where, _sources, text in _sentences():
        if not CJK.search(text.zh):
            problems.append(f"{where}: zh has no Chinese")
        if _ascii_share(text.en) <= 0.6 or re.search(r"[，。；、]", text.en):
            problems.append(f"{where}: en is not English")
        if text.zh.strip() == text.en.strip():
            problems.append(f"{where}: zh is en")
    assert not problems, "\n".join(problems)


def test_readings_never_say_certainly_fake_or_real() -> None:
    from debthelp.check import load_patterns

    # "可能是真的…也可能不是" hedges; these do not.
    words = re.compile(
        r"一定是[真假]|肯定是[真假]|确定是[真假]|必定是[真假]|就是假的|就是真的"
        r"|certainly (?:fake|real|genuine)|definitely (?:fake|real|genuine)|\bis (?:fake|genuine)\b"
    )
    for reading in load_patterns().readings.values():
        for lang in ("zh", "en"):
            assert not words.search(reading.text(lang)), (reading.id, lang)
