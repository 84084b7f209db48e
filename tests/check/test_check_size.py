"""Issue 23 (hostile pass, performance): a text far longer than any message is
refused in both languages, in bounded time, instead of being scanned for seconds."""

from __future__ import annotations

import time

import pytest

from debthelp.check.source import MAX_CHARS
from tests.cli.test_cli import fails, ok


@pytest.mark.parametrize(
    ("lang", "words"), [("zh", "太长了，不像是一条消息"), ("en", "too long to be one message")]
)
def test_a_text_over_the_limit_is_refused(lang: str, words: str) -> None:
    started = time.perf_counter()
    result = fails(["check", "起诉" * (MAX_CHARS // 2 + 1), "--lang", lang])
    assert words in " ".join(result.stderr.split())
    assert str(MAX_CHARS) in result.stderr
    assert time.perf_counter() - started < 5


def test_a_one_megabyte_pipe_is_refused() -> None:
    result = fails(["check", "-", "--lang", "en"], input="验证码" * 340_000)
    assert "is too big" in result.stderr or "too long" in result.stderr


def test_a_message_at_the_limit_is_read() -> None:
    message = ("请把验证码发给我。" * (MAX_CHARS // 9))[:MAX_CHARS]
    started = time.perf_counter()
    out = ok(["check", message, "--lang", "en", "-f", "json"]).stdout
    assert '"scam"' in out
    assert time.perf_counter() - started < 10  # about 0.3 s on a quiet machine


def test_the_wizard_says_so_and_goes_on(capsys: pytest.CaptureFixture[str]) -> None:
    from debthelp.cli.check import show_check

    show_check("起诉" * MAX_CHARS, "en")
    assert "too long" in capsys.readouterr().err
