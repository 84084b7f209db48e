"""The check core: folding with offsets, scanning, the reading, the patterns file's checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debthelp.check import (
    CLAIM_IDS,
    READING_IDS,
    REQUIRED_SIGNS,
    Hit,
    check,
    load_patterns,
    reading_of,
    scan,
)
from debthelp.check.normal import fold, normalise
from debthelp.errors import InvalidDataError
from tests.util import ROOT

PATTERNS = ROOT / "data" / "patterns.yaml"


def ids(text: str) -> set[str]:
    return {hit.id for hit in scan(text)}


# --------------------------------------------------------------------------- folding


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("起 诉", "起诉"),
        ("立-案", "立案"),
        ("法.院", "法院"),
        ("起\u200b诉", "起诉"),
        ("已經起訴", "已经起诉"),
        ("ＣＯＵＲＴ", "court"),
        ("２４小时", "24小时"),
        ("court  summons", "court summons"),
        ("t.cn/abc", "t.cn/abc"),
        ("起    诉", "起 诉"),  # a long gap is a real break, not an evasion
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_offsets_point_into_the_original() -> None:
    text = "你好，已經起 訴了"
    norm = normalise(text)
    start = norm.text.index("起诉")
    begin, end = norm.span(start, start + 2)
    assert text[begin:end] == "起 訴"


# --------------------------------------------------------------------------- scanning


def test_hit_matched_is_the_original_text() -> None:
    text = "您的案件已經 起-訴，請點擊 https://a.b.cn/x 查看"
    hits = {hit.id: hit for hit in scan(text)}
    lawsuit = hits["lawsuit"]
    assert isinstance(lawsuit, Hit)
    assert lawsuit.kind == "claim"
    assert "起-訴" in lawsuit.matched
    for (start, end), matched in zip(lawsuit.spans, lawsuit.matched, strict=True):
        assert text[start:end] == matched
    assert "https://a.b.cn/x" in hits["link"].matched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("再不还款就打电话给你单位领导和你家人", {"third-party"}),
        ("我们已安排人员明天上门走访", {"visit"}),
        ("你的欠款已转入调解中心，请联系调解员", {"mediation"}),
        ("专业团队帮你停息挂账、洗白征信", {"fix-offer", "credit-record"}),
        ("请把钱转到以下个人账户", {"personal-account"}),
        ("请把收到的验证码发给我们", {"personal-data"}),
        ("你涉嫌信用卡诈骗，将被刑事立案", {"criminal"}),
        ("不还就发到朋友圈曝光你", {"posting"}),
        ("逾期将列入失信名单，限制高消费", {"dishonest-list"}),
        ("We will call your employer and tell your family", {"third-party"}),
    ],
)
def test_claims_found(text: str, expected: set[str]) -> None:
    assert expected <= ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "周末去法院旁边那家面馆吃饭吧",
        "请勿向任何人透露验证码，谨防诈骗。",
        "妈，我周末上门看你",
        "",
        "   ",
    ],
)
def test_harmless_messages_find_nothing(text: str) -> None:
    assert scan(text) == ()


def test_weak_word_counts_in_a_debt_message() -> None:
    # "法院" alone is weak: with a debt it counts, with lunch it does not.
    assert "lawsuit" not in ids("去法院旁边吃饭")
    assert "lawsuit" in ids("你的欠款已移交法院")


def test_signs_are_signs() -> None:
    hits = {hit.id: hit for hit in scan("我是XX派出所民警，你再不还钱小心点")}
    assert hits["impersonation"].kind == "sign"
    assert hits["threat"].kind == "sign"


def test_link_inside_address_is_not_an_english_word() -> None:
    assert "lawsuit" not in ids("https://zxfw.court.gov.cn")


# --------------------------------------------------------------------------- the reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("【某某人民法院】您有一起借款合同纠纷案件已立案，请登录人民法院在线服务查看", "verify"),
        ("再不还款就打电话给你单位领导", "pressure"),
        ("专业团队帮你停息挂账，前期收服务费", "scam"),
        ("【某银行】您的信用卡本期账单3256.00元，到期还款日12月5日。", "none"),
        ("今天天气不错", "none"),
    ],
)
def test_reading(text: str, reading: str) -> None:
    assert check(text).reading == reading


def test_reading_of_no_hits_is_none() -> None:
    assert reading_of(()) == "none"


def test_court_like_notice_is_never_read_as_scam() -> None:
    text = (
        "【某某人民法院】您有一起案件，请点击 https://zxfw.court.gov.cn/x 查看，如有疑问请拨打12368"
    )
    assert check(text).reading == "verify"


# --------------------------------------------------------------------------- the file


def test_shipped_file_has_every_id() -> None:
    patterns = load_patterns()
    assert [entry.id for entry in patterns.claims] == list(CLAIM_IDS)
    assert set(REQUIRED_SIGNS) <= {entry.id for entry in patterns.signs}
    assert set(patterns.readings) == set(READING_IDS)
    assert load_patterns() is patterns  # read once


def test_shipped_file_cites_only_declared_sources() -> None:
    from debthelp.guidance import load_guidance

    guidance = load_guidance()
    load_patterns(PATTERNS, sources=guidance.sources)
    verified = {s.id for s in guidance.sources.values() if s.confidence in ("V-P", "V-S")}
    patterns = load_patterns()
    for entry in (*patterns.claims, *patterns.signs):
        assert set(entry.sources) <= verified, entry.id
    for reading in patterns.readings.values():
        assert set(reading.sources) <= verified, reading.id


def _broken(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "patterns.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidDataError) as info:
        load_patterns(path)
    assert info.value.key == "check.patterns-invalid"
    return [(p.where, p.key) for p in info.value.problems]


def test_every_problem_listed_at_once(tmp_path: Path) -> None:
    text = PATTERNS.read_text(encoding="utf-8")
    text = text.replace("level: verify", "level: maybe", 1)
    text = text.replace("- id: posting", "- id: postings", 1)
    text = text.replace("[起诉,", "['re:(', 起诉,", 1)
    text = text.replace("threshold: 1", "threshold: -1", 1)
    problems = _broken(tmp_path, text)
    keys = {key for _, key in problems}
    assert {"check.v-level", "check.v-id", "check.v-id-missing", "check.v-regex"} <= keys
    assert ("patterns.threshold", "check.v-weight") in problems


def test_empty_matching_regex_refused(tmp_path: Path) -> None:
    text = PATTERNS.read_text(encoding="utf-8").replace("[起诉,", "['re:x*', 起诉,", 1)
    assert ("lawsuit.patterns[0].zh", "check.v-empty-match") in _broken(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "v-not-mapping"),
        ("- a\n", "v-not-mapping"),
        ("format: 1\nthreshold: [\n", "yaml-syntax"),
        ("format: 2\n", "v-format"),
    ],
)
def test_broken_files(tmp_path: Path, text: str, key: str) -> None:
    assert key in {k for _, k in _broken(tmp_path, text)}


def test_missing_file(tmp_path: Path) -> None:
    assert ("missing.yaml", "file-missing") in _broken_path(tmp_path / "missing.yaml")


def _broken_path(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(InvalidDataError) as info:
        load_patterns(path)
    return [(p.where, p.key) for p in info.value.problems]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["人民法院", "立案", "点击", " http://t.cn/x ", " ", "，", "】", "查看", "传票", "你"]
        ),
        max_size=40,
    ),
    st.integers(min_value=40, max_value=100),
)
def test_every_row_of_the_result_fits_the_screen(pieces: list[str], width: int) -> None:
    # Found by trying it: a closing highlight mark joined to the line before
    # made an 81-column line at 80, which the terminal broke without its indent.
    from debthelp.check import check as check_text
    from debthelp.render.check_view import text_rows
    from debthelp.render.cjk import cell_width

    result = check_text("【某某区" + "".join(pieces))
    for line, _bold in text_rows(result, load_patterns(), "zh", width):
        assert cell_width(line) <= width, (line, width)


def test_the_court_text_that_made_an_81_column_line_fits_80() -> None:
    from debthelp.check import check as check_text
    from debthelp.render.check_view import text_rows
    from debthelp.render.cjk import cell_width

    result = check_text("【某某区人民法院】你因借款纠纷已被立案，请点击 http://t.cn/x 查看传票")
    assert max(cell_width(line) for line, _ in text_rows(result, load_patterns(), "zh", 80)) <= 80
