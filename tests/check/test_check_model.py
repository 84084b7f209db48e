"""The patterns file's records after the rename (issue 25: one meaning per name) and the
one walker of its id lists (review finding D1): a ``decide`` rule's condition is walked
once, for the reading and for the id that decided it; every id list, ``yields`` too, is
checked by the same walker."""

from __future__ import annotations

from pathlib import Path

import pytest

from debthelp import check as check_pkg
from debthelp.check import DecisionRule, Dimension, Matcher, PatternEntry, load_patterns
from debthelp.errors import InvalidDataError
from tests.util import ROOT

PATTERNS = ROOT / "data" / "patterns.yaml"


def test_the_check_records_have_names_of_their_own() -> None:
    patterns = load_patterns()
    entry = patterns.claims[0]
    assert isinstance(entry, PatternEntry)
    assert all(isinstance(m, Matcher) for m in entry.matchers)
    assert all(isinstance(rule, DecisionRule) for rule in patterns.decide)
    assert set(Dimension.__args__) == {"claim", "sign", "ask"}  # type: ignore[attr-defined]
    for old in ("Rule", "Entry", "Kind", "Decision"):
        assert not hasattr(check_pkg, old), old


@pytest.mark.parametrize(
    ("found", "by"),
    [
        ({"impersonation", "call-back"}, "call-back"),
        ({"impersonation", "chat-contact", "call-back"}, "chat-contact"),  # the rule's order
        ({"impersonation"}, None),  # ``any`` given and none of it found
        ({"call-back"}, None),  # ``all`` not met
        ({"impersonation", "call-back", "warning"}, None),  # ``not`` met
    ],
)
def test_a_decision_rule_names_what_decided_it_in_one_walk(found: set[str], by: str | None) -> None:
    rule = DecisionRule("scam", ("chat-contact", "call-back"), ("impersonation",), 1, ("warning",))
    assert rule.decided_by(found) == by


def test_a_rule_with_only_all_is_decided_by_its_first_id() -> None:
    rule = DecisionRule("pressure", (), ("deadline", "credit-record"), 1)
    assert rule.decided_by({"credit-record", "deadline"}) == "deadline"
    assert rule.decided_by({"deadline"}) is None


def _problems(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "patterns.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidDataError) as info:
        load_patterns(path)
    return [(p.where, p.key) for p in info.value.problems]


def test_yields_must_name_an_id_the_file_defines(tmp_path: Path) -> None:
    text = PATTERNS.read_text(encoding="utf-8").replace(
        "yields: [fix-offer]", "yields: [fix-offers]", 1
    )
    assert ("credit-record.yields", "check.v-id") in _problems(tmp_path, text)


def test_quiets_must_name_an_id_the_file_defines(tmp_path: Path) -> None:
    text = PATTERNS.read_text(encoding="utf-8").replace(
        "quiets: [screen-share,", "quiets: [screen-shares,", 1
    )
    assert ("work-meeting.quiets", "check.v-id") in _problems(tmp_path, text)


def test_every_id_list_is_checked_by_the_same_walker(tmp_path: Path) -> None:
    text = PATTERNS.read_text(encoding="utf-8")
    text = text.replace("yields: [fix-offer]", "yields: fix-offer", 1)
    text = text.replace("    not: [warning]\n", "    not: warning\n", 1)
    text = text.replace("any: [lawsuit, mediation]", "any: [lawsuit, mediations]", 1)
    problems = _problems(tmp_path, text)
    assert ("credit-record.yields", "v-not-list") in problems
    assert any(where.endswith(".not") and key == "v-not-list" for where, key in problems)
    assert any(where.endswith(".any") and key == "check.v-id" for where, key in problems)
