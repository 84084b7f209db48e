"""The installed console script, run as a separate process, as a borrower runs it.

These cover what only a real process shows: colour decisions on real pipes, a
reader that closes the pipe early, stdout encodings, `python -m debthelp` and
stdin at end of file.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest

from debthelp import __version__
from debthelp.i18n import t
from tests.util import spawn_pty

# Real processes, terminals or builds: run by the README command and CI, not by -m "not slow".
pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
ESC = "\x1b"
CRASH_WORDS = ("Traceback", "BrokenPipe", "Exception ignored", 'File "')


def script() -> str:
    found = shutil.which("debthelp", path=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    assert found, f"debthelp is not installed next to {sys.executable}"
    assert Path(found).parent == BIN
    return found


def environ(**changes: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def run(
    args: list[str],
    *,
    env: dict[str, str] | None = None,
    stdin: Any = subprocess.DEVNULL,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [script(), *args],
        check=False,
        env=env or environ(),
        stdin=stdin,
        capture_output=True,
        timeout=timeout,
        encoding="utf-8",
        errors="replace",
    )
    for stream in (done.stdout, done.stderr):
        for word in CRASH_WORDS:
            assert word not in stream, (word, stream[-2000:])
    return done


def test_piped_tips_has_no_escape_codes_even_without_no_color() -> None:
    env = environ(NO_COLOR=None, TERM="xterm-256color", FORCE_COLOR=None, COLUMNS=None)
    done = run(["tips"], env=env)
    assert done.returncode == 0
    assert done.stderr == ""
    assert done.stdout.startswith(t("tips-title", "zh") + "\n")
    assert ESC not in done.stdout
    assert len(done.stdout.splitlines()) > 100


def test_piped_tips_with_no_color() -> None:
    done = run(["tips", "--lang", "en"], env=environ(NO_COLOR="1", TERM="xterm-256color"))
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith(t("tips-title", "en") + "\n")
    assert ESC not in done.stdout


COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-7]|38|9[0-7]|4[0-7]|48)(?:;[0-9;]*)?m")


@pytest.mark.parametrize("no_color", [True, False])
def test_no_color_on_a_terminal(no_color: bool) -> None:
    # On a terminal tips are drawn with rich; NO_COLOR must take the colour away
    # (bold and dim may stay), while "urgent" is still spelt out in words.
    env = environ(
        NO_COLOR="1" if no_color else None, TERM="xterm-256color", COLUMNS=None, LANG="zh_CN.UTF-8"
    )
    out = pexpect.run(
        f"{script()} tips safety", env=env, dimensions=(40, 120), timeout=30, encoding="utf-8"
    )
    assert t("tips-title", "zh") in out
    assert f"[{t('urgent', 'zh')}]" in out
    assert "╭" in out  # panels: it really was drawn for a terminal
    if no_color:
        assert not COLOUR.search(out), COLOUR.search(out)
    else:
        assert COLOUR.search(out)  # the check above can see colour when there is some


def test_tips_json_parses() -> None:
    done = run(["tips", "--format", "json"])
    assert done.returncode == 0 and done.stderr == ""
    data = json.loads(done.stdout)
    assert data["lang"] == "zh"
    assert data["topics"] and all(topic["tips"] for topic in data["topics"])


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    full = run(["tips"]).stdout.encode()
    # More than a pipe holds (64 KiB), so the writer really meets a closed pipe.
    assert len(full) > 65536
    done = subprocess.run(
        ["bash", "-c", "debthelp tips | head -1; echo ${PIPESTATUS[0]}"],
        check=False,
        env=environ(),
        capture_output=True,
        timeout=60,
        encoding="utf-8",
    )
    lines = done.stdout.splitlines()
    assert lines == [t("tips-title", "zh"), "0"], done.stdout
    for word in CRASH_WORDS:
        assert word not in done.stderr, done.stderr
    assert done.stderr == ""


@pytest.mark.parametrize(
    "args",
    [["tips", "--lang", "en"], ["tips", "--format", "json"], ["tips", "--format", "markdown"]],
)
def test_closed_pipe_for_other_outputs(args: list[str]) -> None:
    command = " ".join(["debthelp", *args])
    done = subprocess.run(
        ["bash", "-c", f"{command} | head -c 10 >/dev/null; echo ${{PIPESTATUS[0]}}"],
        check=False,
        env=environ(),
        capture_output=True,
        timeout=60,
        encoding="utf-8",
    )
    assert done.stdout == "0\n"
    assert done.stderr == ""


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "debthelp", "--version"],
        check=False,
        env=environ(),
        capture_output=True,
        timeout=60,
        encoding="utf-8",
        cwd="/",
    )
    assert done.returncode == 0
    assert done.stdout == f"debthelp {__version__}\n"
    assert done.stderr == ""


def test_script_version() -> None:
    done = run(["--version"])
    assert (done.returncode, done.stdout, done.stderr) == (0, f"debthelp {__version__}\n", "")


@pytest.mark.parametrize("args", [["tips", "--list"], ["validate"]])
def test_ascii_only_stdout_falls_back_to_english(args: list[str]) -> None:
    env = environ(LANG="C", LC_ALL=None, PYTHONIOENCODING="ascii", PYTHONUTF8=None)
    done = run(args, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == t("terminal-no-chinese", "en")
    assert done.stdout.isascii()
    assert done.stdout.strip()
    english = run(args, env=environ(DEBTHELP_LANG="en"))
    assert done.stdout == english.stdout


def test_ascii_only_stdout_with_chinese_asked_for_explicitly() -> None:
    env = environ(LANG="C", PYTHONIOENCODING="ascii", PYTHONUTF8=None)
    done = run(["tips", "--list", "--lang", "zh"], env=env)
    assert done.returncode == 0
    assert t("terminal-no-chinese", "en") in done.stderr
    assert done.stdout.isascii()


def test_advise_with_stdin_at_end_of_file() -> None:
    done = run(["advise"], stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "safety" in done.stderr
    assert "--answer" in done.stderr
    done = run(["advise", "--answer", "safety=safe", "--lang", "en"], stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert "collectors" in done.stderr and "--answer collectors=" in done.stderr


def test_no_arguments_and_no_terminal() -> None:
    done = run([], stdin=subprocess.DEVNULL)
    assert done.returncode == 0
    assert done.stdout == ""
    assert "debthelp tips" in done.stderr and "debthelp advise --answers" in done.stderr


def test_exit_codes_of_the_real_script(tmp_path: Path) -> None:
    assert run(["tips", "--format", "xml"]).returncode == 2
    assert run(["tips", "--no-such-option"]).returncode == 2
    assert run(["tips", "no-such-topic"]).returncode == 1
    bad = tmp_path / "g.yaml"
    bad.write_text("format: [\n", encoding="utf-8")
    done = run(["validate", str(bad)])
    assert done.returncode == 1 and str(bad) in done.stderr and done.stdout == ""
    done = run(["rate", "--received", "8000", "--periods", "12"])
    assert done.returncode == 1 and "--payment" in done.stderr and done.stdout == ""


def test_ctrl_c_at_a_rate_prompt_exits_130() -> None:
    # Ctrl-C typed on a terminal, at the first figure `debthelp rate` asks for.
    env = environ(LANG="zh_CN.UTF-8", PROMPT_TOOLKIT_NO_CPR="1")
    child = spawn_pty(script(), ["rate"], env=env, rows=40, cols=120)
    try:
        child.expect(t("rate.ask-received", "zh")[:6])
        child.sendcontrol("c")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 130
    assert "已取消" in (child.before or "")
    assert "Traceback" not in (child.before or "")
