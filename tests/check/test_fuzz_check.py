"""Fuzzing ``debthelp check``: any message, from any place, ends in a result or a clear error.

Property (as tests/cli/test_fuzz.py): no traceback, exit code in {0, 1, 2}, an
error message on stderr in the user's language, no escape sequence of the
message reaching the output; and for the core, every ``Hit`` points at the
text it says it matched, in the ORIGINAL message.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from debthelp.check import check, load_patterns, scan
from debthelp.check.normal import normalise
from debthelp.check.source import decode_message
from debthelp.cli import app
from tests.cli.test_fuzz import COUNT, HOSTILE, case, fuzz_settings

pytestmark = pytest.mark.slow

# Words the patterns know, to build messages that match, nearly match, or evade.
WORDS = st.sampled_from(
    [
        "起诉",
        "起 诉",
        "立-案",
        "法院",
        "傳票",
        "调解中心",
        "仲裁",
        "征信",
        "黑名单",
        "失信",
        "通讯录",
        "家人",
        "单位",
        "上门",
        "曝光",
        "朋友圈",
        "24小时内",
        "最后通牒",
        "催收费",
        "个人账户",
        "扫码",
        "验证码",
        "身份证号",
        "屏幕共享",
        "停息挂账",
        "洗白",
        "https://t.cn/x",
        "小心点",
        "我是派出所民警",
        "请勿",
        "如果你不",
        "欠款",
        "逾期",
        "sue",
        "court",
        "your employer",
        "verification code",
        "do not",
        "ＣＯＵＲＴ",
        "\u200b",
        "\x1b[2J",
        "[bold]",
        "[/]",
        "\u202e",
        "\n",
        "，",
        "。",
        " ",
        "-",
        "*",
    ]
)
MESSAGE = st.one_of(
    st.lists(WORDS, max_size=30).map("".join),
    st.text(max_size=200),
    HOSTILE,
    st.lists(st.one_of(WORDS, st.text(max_size=5)), max_size=40).map("".join),
)


@fuzz_settings(1500)
@given(text=MESSAGE)
def test_hits_point_at_what_they_matched(text: str) -> None:
    started = time.perf_counter()
    COUNT["cases"] += 1
    try:
        result = check(text)
        assert result.reading in ("scam", "pressure", "verify", "none")
        for hit in result.hits:
            if hit.learned:  # found by the learned labels: nothing to point at
                assert hit.spans == () and hit.matched == ()
                continue
            assert hit.spans and len(hit.spans) == len(hit.matched)
            previous = -1
            for (start, end), matched in zip(hit.spans, hit.matched, strict=True):
                assert previous <= start < end <= len(text)
                assert text[start:end] == matched
                previous = end
        norm = normalise(text)
        assert len(norm.origin) == len(norm.text)
        assert list(norm.origin) == sorted(norm.origin)
    finally:
        COUNT["seconds"] += time.perf_counter() - started


@fuzz_settings(800)
@given(
    data=st.one_of(st.binary(max_size=300), MESSAGE.map(lambda t: t.encode("gb18030", "replace")))
)
def test_any_bytes_decode_or_fail_clearly(data: bytes) -> None:
    case(lambda: decode_message(data, name="m.txt"))


@pytest.fixture(scope="module")
def cli() -> Callable[..., Any]:
    runner = CliRunner()

    def invoke(args: list[str], stdin: str | bytes | None = None) -> Any:
        result = runner.invoke(app, args, input=stdin, env={"COLUMNS": "80", "NO_COLOR": "1"})
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            args,
            repr(result.exception),
        )
        assert result.exit_code in (0, 1, 2), (args, result.exit_code)
        for stream in (result.stdout, result.stderr):
            assert "Traceback" not in stream
            assert "\x1b" not in stream and "\u202e" not in stream
        if result.exit_code:
            assert result.stderr.strip(), args
        return result

    return invoke


@fuzz_settings(500)
@given(
    text=MESSAGE,
    how=st.sampled_from(["arg", "dash", "pipe"]),
    lang=st.sampled_from(["zh", "en"]),
    fmt=st.sampled_from(["auto", "text", "markdown", "json", "html"]),
)
def test_cli_any_message(cli: Callable[..., Any], text: str, how: str, lang: str, fmt: str) -> None:
    args = ["check", "--lang", lang, "--format", fmt]
    started = time.perf_counter()
    COUNT["cases"] += 1
    try:
        if how == "arg":
            result = cli([*args, "--", text])
        else:
            stdin = text.encode("utf-8", "surrogateescape")
            result = cli([*args, "-"] if how == "dash" else args, stdin)
        if result.exit_code == 0 and fmt == "json":
            data = json.loads(result.stdout)
            assert data["lang"] == lang
        if result.exit_code == 1:
            words = "没有" if lang == "zh" else "No message"
            assert (
                words in result.stderr or "不是文字" in result.stderr or "not text" in result.stderr
            )
    finally:
        COUNT["seconds"] += time.perf_counter() - started


@fuzz_settings(300)
@given(data=st.binary(max_size=200), prefix=st.sampled_from([b"", b"\xef\xbb\xbf", b"\x00"]))
def test_cli_any_file(
    cli: Callable[..., Any], tmp_path_factory: pytest.TempPathFactory, data: bytes, prefix: bytes
) -> None:
    path = Path(tmp_path_factory.getbasetemp()) / "message.txt"
    path.write_bytes(prefix + data)
    COUNT["cases"] += 1
    cli(["check", "--file", str(path), "--lang", "en"])


def test_scan_is_stable_under_its_own_folding() -> None:
    patterns = load_patterns()
    text = "已經起 訴，請把驗*證*碼發給我"
    assert {h.id for h in scan(text, patterns)} == {
        h.id for h in scan(normalise(text).text, patterns)
    }
