"""Every ``re:`` pattern has plain words one of which every match holds (issue 25's start-up:
an expression is compiled only for a message that holds one), the file's check refuses one
without, and the hints never change what is found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from debthelp.check import load_patterns, scan
from debthelp.check.hints import required_literals
from debthelp.check.model import Matcher, Patterns
from debthelp.check.normal import normalise
from debthelp.check.patterns import _load, default_patterns_path
from debthelp.errors import InvalidDataError

DATA = Path(__file__).parents[1] / "data"
CORPORA = sorted(DATA.glob("check_*.yaml"))


@pytest.mark.parametrize(
    ("pattern", "hints"),
    [
        ("(提供|发送)验证码", ("发送", "提供")),  # the quick reading: an opening group
        ("(转|汇)(到|入)", ("汇", "转")),  # a tie: the first
        ("(?<!已)(?<![^帮给替]我)((转|汇)(账|款)?|打(款|钱))(到|至)", ("到", "至")),
        ("前[^,]{0,3}(未|不)还", ("前",)),
        ("\\d{1,2}:\\d{2}\\s*(前|之前)", ("之前", "前")),
        ("a|bc", ("a", "bc")),
        ("(?:abc)?def", ("def",)),
        ("x+yz", ("x",)),
        ("(?:a|b)?c(def|ghi)", ("def", "ghi")),  # the longer of two required parts
        ("\\(20\\d\\d\\)号", ("(20",)),
        ("^新闻", ("新闻",)),
        ("\\bwe (?:will|'ll) (?:be there|come over)\\b", ("we ",)),
        ("(?:our (?:team|guys)|we) (?:will|'ll) (?:be there|come over)", ("be there", "come over")),
        ("\\u4e00{2}", ("一",)),
    ],
)
def test_required_literals(pattern: str, hints: tuple[str, ...]) -> None:
    assert required_literals(pattern) == tuple(sorted(hints))


@pytest.mark.parametrize("pattern", ["\\d+", "[a-z]{5,}", "(?:ab)?", "a?|b", "(?i)abc", "(", "."])
def test_no_hints_where_no_text_is_required(pattern: str) -> None:
    assert required_literals(pattern) == ()


def _every_matcher(p: Patterns) -> list[Matcher]:
    groups = (p.context, p.negation, p.negation_after, p.warning, p.report)
    top = [m for group in groups for m in group]
    top += [*p.report_unless, *p.report_by, *p.report_self]
    return [m for e in (*p.claims, *p.signs, *p.asks) for m in e.matchers] + top


def test_every_regular_expression_in_the_shipped_file_has_hints() -> None:
    matchers = _every_matcher(load_patterns())
    expressions = [m for m in matchers if m.literal is None]
    assert len(expressions) > 400
    assert all(m.hints for m in expressions), [m.source for m in expressions if not m.hints]


def test_a_regular_expression_without_a_hint_is_refused(tmp_path: Path) -> None:
    text = default_patterns_path().read_text(encoding="utf-8")
    path = tmp_path / "patterns.yaml"
    path.write_text(text.replace("[起诉,", "['re:\\d{6}[a-z]', 起诉,", 1), encoding="utf-8")
    with pytest.raises(InvalidDataError) as info:
        load_patterns(path)
    found = [(p.where, p.key) for p in info.value.problems]
    assert ("lawsuit.patterns[0].zh", "check.v-regex-hint") in found


def _corpus_texts() -> list[str]:
    return [m["text"] for f in CORPORA for m in yaml.safe_load(f.read_text("utf-8"))["messages"]]


def test_every_match_in_a_tenth_of_the_corpora_holds_one_of_its_hints() -> None:
    assert _matches_hold_their_hints(_corpus_texts()[::10]) > 300


@pytest.mark.exhaustive
def test_every_match_in_every_corpus_holds_one_of_its_hints() -> None:
    assert _matches_hold_their_hints(_corpus_texts()) > 3000


def _matches_hold_their_hints(texts: list[str]) -> int:
    matches = 0
    # Each text folded once, not once per expression (the whole corpora: 107 s to 9 s).
    folded = [(text, normalise(text).text) for text in texts]
    for matcher in _every_matcher(load_patterns()):
        if matcher.literal is not None:
            continue
        regex = re.compile(matcher.pattern)
        for text, fold in folded:
            for match in regex.finditer(fold):
                if match.end() > match.start():
                    matches += 1
                    assert any(h in match.group() for h in matcher.hints), (matcher.source, text)
    return matches


def test_a_message_compiles_only_the_expressions_whose_hints_it_holds() -> None:
    fresh = _load(default_patterns_path(), None, eager=False)  # nothing compiled yet
    text = "明天下午三点开会，记得带上材料"
    scan(text, fresh)
    folded = normalise(text).text
    matchers = [m for e in (*fresh.claims, *fresh.signs, *fresh.asks) for m in e.matchers]
    compiled = [m for m in matchers if "regex" in m.__dict__]
    assert all(any(h in folded for h in m.hints) for m in compiled if m.literal is None)
    expressions = [m for m in matchers if m.literal is None]
    assert len(compiled) < len(expressions) // 4, (len(compiled), len(expressions))
