"""``debthelp check`` through the CLI: every way in, every format, every way it can fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from debthelp.check import CLAIM_IDS, READING_IDS
from tests.cli.test_cli import fails, flat, invoke, ok

COURT = (
    "【某某人民法院】您好，您因借款合同纠纷已被起诉，请点击 https://zxfw.court.gov.cn/x 查看，"
    "如有疑问请拨打12368。"
)
EMPLOYER = "再不还款，今天下午就打电话给你单位领导和你家人，让所有人知道你是老赖！"


def test_text_argument() -> None:
    out = ok(["check", COURT, "--lang", "zh"]).stdout
    assert out.startswith("初步判断：这可能是真的法律步骤")
    assert "[起诉]" in out
    assert "12368" in out
    assert "确定是假" not in out and "一定是假" not in out


def test_english() -> None:
    out = ok(["check", EMPLOYER, "--lang", "en"]).stdout
    assert out.startswith("Reading: Collection pressure")
    assert "Says they will contact your family" in out


def test_dash_reads_stdin() -> None:
    out = ok(["check", "-", "--lang", "zh"], input=EMPLOYER).stdout
    assert "[家人]" in out


def test_pipe_without_argument_reads_stdin() -> None:
    out = ok(["check", "--lang", "zh", "--format", "json"], input=EMPLOYER).stdout
    assert json.loads(out)["reading"]["id"] == "pressure"


def test_empty_input_is_exit_1() -> None:
    result = fails(["check", "--lang", "en"], input="")
    assert "No message was given" in result.stderr
    fails(["check", "   ", "--lang", "zh"])


def test_text_and_file_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(COURT, encoding="utf-8")
    fails(["check", "x", "--file", str(path)], code=2)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (COURT.encode("utf-8"), "(encoding: UTF-8)"),
        (b"\xef\xbb\xbf" + COURT.encode("utf-8"), "UTF-8 with BOM"),
        (COURT.encode("gb18030"), "GB18030/GBK"),
        (COURT.encode("gbk"), "GB18030/GBK"),
    ],
)
def test_file_encodings(tmp_path: Path, data: bytes, said: str) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes(data)
    result = ok(["check", "--file", str(path), "--lang", "en", "--format", "json"])
    assert said in result.stderr
    found = json.loads(result.stdout)
    assert found["reading"]["id"] == "verify"
    assert [c["id"] for c in found["claims"]] == ["lawsuit", "link"]


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"\x89PNG\r\n\x1a\n\x00\x00", "is not text"), (b"\xef\xbb\xbf\xff\xfe", "is not text")],
)
def test_not_text_is_exit_1(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "m.bin"
    path.write_bytes(data)
    assert message in fails(["check", "--file", str(path), "--lang", "en"]).stderr


def test_missing_file_and_folder(tmp_path: Path) -> None:
    fails(["check", "--file", str(tmp_path / "none.txt"), "--lang", "en"])
    fails(["check", "--file", str(tmp_path), "--lang", "en"])


def test_too_big(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (1024 * 1024 + 1))
    assert "too big" in fails(["check", "--file", str(path), "--lang", "en"]).stderr


def test_json_shape() -> None:
    data = json.loads(ok(["check", COURT + EMPLOYER, "-f", "json", "--lang", "en"]).stdout)
    assert list(data) == ["lang", "reading", "claims", "signs", "asks"]
    assert list(data["reading"]) == ["id", "text", "decided_by", "learned", "rules", "doubted"]
    assert isinstance(data["reading"]["learned"], bool)
    assert set(data["reading"]["doubted"]) <= set(CLAIM_IDS)
    assert data["reading"]["rules"] in READING_IDS
    # the patterns' reading is given, and kept unless the learned one replaced it
    assert data["reading"]["learned"] or data["reading"]["rules"] == data["reading"]["id"]
    for claim in data["claims"]:
        assert list(claim) == [
            "id",
            "title",
            "matched",
            "learned",
            "meaning",
            "truth",
            "verify",
            "do",
            "sources",
        ]
        assert claim["id"] in CLAIM_IDS
        # words the patterns found, or none for one the learned labels found
        assert bool(claim["matched"]) != claim["learned"] and claim["sources"]


def test_signs_in_json() -> None:
    data = json.loads(ok(["check", "我是派出所民警，你小心点", "-f", "json"]).stdout)
    assert {s["id"] for s in data["signs"]} == {"impersonation", "threat"}


def test_nothing_found() -> None:
    data = json.loads(ok(["check", "今天天气很好", "-f", "json"]).stdout)
    assert data["reading"]["id"] == "none"
    assert data["claims"] == [] and data["signs"] == []
    out = ok(["check", "今天天气很好", "--lang", "zh"]).stdout
    assert "消息原文：" in out


def test_markdown_keeps_every_field() -> None:
    out = ok(["check", EMPLOYER, "-f", "markdown", "--lang", "zh"]).stdout
    assert out.startswith("# 这条消息说了什么")
    assert "**家人**" in out
    for label in ("意思", "事实", "核实", "要做"):
        assert f"**{label}**" in out


def test_message_is_shown_literally() -> None:
    evil = "\x1b]0;pwned\x07[bold red]已起诉[/bold red]\x1b[2J"
    for fmt in ("text", "markdown", "json"):
        out = ok(["check", evil, "-f", fmt, "--lang", "zh"]).stdout
        assert "\x1b" not in out and "\x07" not in out
    text = ok(["check", evil, "-f", "text", "--lang", "zh"]).stdout
    assert "[bold red]" in text
    assert "\\u001b" in text


def test_fits_the_width() -> None:
    from debthelp.render import cell_width

    out = ok(["check", COURT + EMPLOYER, "--lang", "zh"], env={"COLUMNS": "60"}).stdout
    assert all(cell_width(line) <= 60 for line in out.splitlines() if "http" not in line)


def test_highlight_survives_evasion() -> None:
    out = ok(["check", "你已經被起 訴了，欠款請處理", "--lang", "zh"]).stdout
    assert "[起 訴]" in flat(out)


def test_validate_checks_the_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import debthelp.check.patterns
    from tests.check.test_check import PATTERNS

    broken = tmp_path / "patterns.yaml"
    broken.write_text(
        PATTERNS.read_text(encoding="utf-8").replace("level: verify", "level: maybe", 1),
        encoding="utf-8",
    )
    monkeypatch.setattr(debthelp.check.patterns, "default_patterns_path", lambda: broken)
    result = fails(["validate", "--lang", "en"])
    assert str(broken) in result.stderr
    assert "lawsuit.level: level should be one of" in result.stderr


def test_help_has_an_example() -> None:
    out = invoke(["check", "--help"]).stdout
    assert "debthelp check" in out and "--file" in out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_on_a_screen_the_result_fits(lang: str) -> None:
    from debthelp.check import check, load_patterns
    from debthelp.render.check_view import to_text

    patterns = load_patterns()
    result = check("专业团队帮您洗白征信、停息挂账，前期仅需咨询费899元。" + COURT, patterns)
    full = to_text(result, patterns, lang, 80)  # type: ignore[arg-type]
    fitted = to_text(result, patterns, lang, 80, 22)  # type: ignore[arg-type]
    assert len(full.splitlines()) > 22 >= len(fitted.splitlines())
    assert fitted.splitlines()[0] == full.splitlines()[0]  # the reading stays first
    assert "--format markdown" in fitted and "--format markdown" not in full


def test_markdown_joins_marks_side_by_side() -> None:
    out = ok(["check", "你再不还，明天上门抓你", "-f", "markdown", "--lang", "zh"]).stdout
    assert "****" not in out
    assert "**明天上门抓你**" in out
