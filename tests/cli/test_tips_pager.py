"""Issue 24: `debthelp tips` on a terminal is paged as git and man page (or gives
the topic list and what to type next); topic names work in Chinese too."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pexpect
import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from tests.util import spawn_pty
from tests.wizard.test_pty import DEBTHELP, env, plain


def tips(*args: str, **environ: str) -> Any:
    return CliRunner().invoke(app, ["tips", *args], env=environ)


@pytest.fixture
def on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import debthelp.cli.output

    monkeypatch.setattr(debthelp.cli.output, "screen", lambda: (True, 80))


@pytest.mark.usefixtures("on_a_terminal")
def test_on_a_terminal_the_tips_go_through_the_pager(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    done = tips("--lang", "zh", PAGER=f"cat > {paged}")
    assert done.exit_code == 0, done.stderr
    assert done.stdout == ""  # nothing scrolled past: all of it went to the pager
    text = paged.read_text(encoding="utf-8")
    assert "安全第一" in text and "谨防骗局" in text


@pytest.mark.usefixtures("on_a_terminal")
def test_no_pager_prints_it_all(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    done = tips("--no-pager", "--lang", "zh", PAGER=f"cat > {paged}")
    assert not paged.exists()
    assert "安全第一" in done.stdout and "谨防骗局" in done.stdout


@pytest.mark.usefixtures("on_a_terminal")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_without_a_pager_the_topic_list_and_what_to_type(
    monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("PAGER", raising=False)
    done = CliRunner().invoke(app, ["tips", "--lang", lang])
    assert done.exit_code == 0
    lines = done.stdout.splitlines()
    assert len(lines) == 13 and lines[0].startswith("safety")
    assert "debthelp tips safety" in done.stderr and "debthelp tips --no-pager" in done.stderr
    if lang == "zh":
        assert "debthelp tips 安全第一" in done.stderr


def test_in_a_pipe_there_is_no_pager(tmp_path: Path) -> None:
    paged = tmp_path / "paged.txt"
    done = tips("--lang", "zh", PAGER=f"cat > {paged}")
    assert not paged.exists() and "谨防骗局" in done.stdout


@pytest.mark.parametrize(
    ("word", "topic"),
    [("安全", "安全第一"), ("骗局", "谨防骗局"), ("征信报告", "征信报告"), ("Scams", "谨防骗局")],
)
def test_topic_names_work_in_chinese_too(word: str, topic: str) -> None:
    done = tips(word, "--lang", "zh")
    assert done.exit_code == 0, done.stderr
    assert topic in done.stdout
    assert done.stdout.count("\n---") <= 2  # one topic, not all of them


def test_an_unknown_name_lists_the_topics_with_their_names() -> None:
    done = tips("没有这个", "--lang", "zh")
    assert done.exit_code != 0
    assert "safety（安全第一）" in done.stderr


def test_a_real_terminal_pages_with_less(tmp_path: Path) -> None:
    """In a pty at 80x24, as a person sees it: the first screen, not the last."""
    if shutil.which("less") is None:
        pytest.skip("less is not installed here")
    environ = {**env(), "HOME": str(tmp_path)}
    environ.pop("PAGER", None)
    environ.pop("LESS", None)
    child = spawn_pty(str(DEBTHELP), ["tips"], env=environ, timeout=20)
    try:
        child.expect("安全第一")
        child.expect(":|\\(END\\)|lines")
        seen = plain(child.before or "")
        assert "谨防骗局" not in seen  # the end has not scrolled past
        child.send("q")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
