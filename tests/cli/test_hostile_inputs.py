"""What the second hostile run found in the commands that landed after the first,
each kept fixed: a log file that is a pipe, and file names with escape
sequences echoed raw in the "saved to" notes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.util import ROOT
from tests.wizard.test_pty import spawn  # noqa: F401  (a fixture)

DEBTHELP = str(Path(sys.executable).parent / "debthelp")
EXAMPLES = ROOT / "examples"
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\u202e.txt"


def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, **kwargs.pop("env", {}))
    return subprocess.run(  # noqa: PLW1510 - the exit code is what is tested
        [DEBTHELP, *args],
        capture_output=True,
        text=True,
        timeout=20,
        env=env,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["log", "list"],
        ["log", "verify"],
        ["log", "export"],
        ["log", "add", "--channel", "call", "--said", "x"],
    ],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_log_file_that_is_a_pipe_is_refused_at_once(
    tmp_path: Path, args: list[str], lang: str
) -> None:
    fifo = tmp_path / "log.fifo"
    os.mkfifo(fifo)
    done = run([*args, "--db", str(fifo), "--lang", lang])  # used to wait forever
    assert done.returncode == 1
    assert str(fifo) in done.stderr
    assert ("不是普通文件" if lang == "zh" else "not a regular file") in done.stderr
    assert "Traceback" not in done.stderr
    assert fifo.exists() and not fifo.is_file()


def test_the_log_store_refuses_a_device_before_opening_it() -> None:
    from debthelp.errors import InputError
    from debthelp.log.store import check_file

    with pytest.raises(InputError) as info:
        check_file(Path("/dev/null"))  # read as empty, it was "no log yet"
    assert info.value.key == "log.db-not-regular"


SAVES = [
    ["letter", "negotiate", "-o", ESCAPES],
    ["report", "-o", ESCAPES],
    [
        "budget",
        "--debts",
        str(EXAMPLES / "debts.yaml"),
        "--income",
        "6000",
        "--expenses",
        "4500",
        "--csv",
        ESCAPES,
    ],
    ["log", "add", "--channel", "call", "--said", "x", "--db", ESCAPES],
]


@pytest.mark.slow
@pytest.mark.parametrize("args", SAVES, ids=lambda a: a[0])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_saved_file_name_is_shown_without_its_escapes(
    tmp_path: Path, args: list[str], lang: str
) -> None:
    done = run([*args, "--lang", lang], cwd=tmp_path, env={"DEBTHELP_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / ESCAPES).is_file()
    for stream in (done.stdout, done.stderr):
        assert "\x1b" not in stream and "\x07" not in stream and "\u202e" not in stream
    assert "\\u001b]0;pwned\\u0007" in done.stderr  # the name is still there, made visible


def test_say_shows_control_characters(capsys: pytest.CaptureFixture[str]) -> None:
    from debthelp.term import say

    say("saved to \x1b]0;pwned\x07\nnext line\tend")
    err = capsys.readouterr().err
    assert err == "saved to \\u001b]0;pwned\\u0007\nnext line\tend\n"


@pytest.mark.parametrize(
    ("key", "params"),
    [
        ("save-not-regular", {"path": "letter.txt"}),
        ("save-path-is-folder", {"path": "out/"}),
        ("internal-error-saved", {"kind": "OSError", "path": "report.html"}),
    ],
)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_save_messages_do_not_call_every_file_answers(
    key: str, params: dict[str, str], lang: str
) -> None:
    # The same refusals guard a letter, a report, a budget CSV and a log
    # export: "replace it with your answers" was untrue for all of them.
    from debthelp.i18n import t

    text = t(key, lang, **params)  # type: ignore[arg-type]
    assert "answers" not in text and "答案" not in text


@pytest.mark.slow
def test_one_ctrl_d_after_a_paste_without_a_newline_ends_it(spawn: Any) -> None:  # noqa: F811
    # A paste often ends without a newline; the prompt says "or Ctrl-D", and
    # one Ctrl-D must do (a line reader waited for a second one, looking hung).
    import pexpect

    child = spawn(str(DEBTHELP), ["check", "--lang", "en"])
    child.expect("Paste")
    child.send("We will call your employer today")
    time.sleep(0.2)
    child.sendeof()
    child.expect(pexpect.EOF, timeout=8)
    assert "Collection pressure" in (child.before or "")
    child.close()
    assert child.exitstatus == 0


def test_a_windows_line_ending_is_a_line_ending_not_an_escape() -> None:
    from debthelp.safetext import printable

    assert printable("第一行\r\n第二行\r\n") == "第一行\r\n第二行\r\n"
    # A carriage return on its own still moves the cursor back over the line.
    assert printable("ok\rpwned\r\n") == "ok\\u000dpwned\r\n"
    assert printable("\r\r\n") == "\\u000d\r\n"


@pytest.mark.slow
def test_log_export_csv_on_stdout_keeps_its_line_endings(tmp_path: Path) -> None:
    db = str(tmp_path / "log.sqlite3")
    added = run(["log", "add", "--channel", "call", "--said", "x\x1b[2J", "--db", db])
    assert added.returncode == 0, added.stderr
    done = subprocess.run(  # noqa: PLW1510 - the exit code is checked
        [DEBTHELP, "log", "export", "--format", "csv", "--db", db, "--lang", "en"],
        capture_output=True,
        timeout=20,
    )
    assert done.returncode == 0
    assert b"\\u000d" not in done.stdout  # was at the end of every row
    assert b"\r\n" in done.stdout and b"\x1b" not in done.stdout


def test_a_message_saved_on_windows_is_quoted_without_stray_codes(tmp_path: Path) -> None:
    message = tmp_path / "sms.txt"
    message.write_bytes("【某某法院】您好\r\n已立案，请于3日内查看传票\r\n".encode())
    done = run(["check", "--file", str(message), "--lang", "en"])
    assert done.returncode == 0
    assert "u000d" not in done.stdout


def test_wiping_a_log_through_a_symlink_deletes_the_log_itself(tmp_path: Path) -> None:
    # It deleted the link and said "Deleted the log file", while every entry
    # stayed on the disk: the very thing wipe is for (a phone may be checked).
    from debthelp.log import NewEntry, add_entry, wipe

    real = tmp_path / "real" / "log.sqlite3"
    add_entry(NewEntry(channel="call", said="x"), db=real)
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    gone = wipe(link)
    assert gone.existed and gone.entries == 1
    assert not real.exists()
    assert gone.path == real


def test_log_add_times_zero_is_refused_not_recorded_as_one(tmp_path: Path) -> None:
    db = str(tmp_path / "log.sqlite3")
    done = run(["log", "add", "--channel", "call", "--times", "0", "--db", db, "--lang", "en"])
    assert done.returncode == 1
    assert "--times must be a whole number from 1 to 1000 (got '0')" in done.stderr
    assert not Path(db).exists()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_debt_name_with_control_keys_is_not_refused_as_too_long(lang: str) -> None:
    # A pasted name of 14 characters with an Esc in it was told "at most 40
    # characters", which it already was.
    from debthelp.wizard.budget import _valid_name

    refusal = _valid_name("\x1b]0;pwned\x07\x1b[2J", [], lang)  # type: ignore[arg-type]
    assert isinstance(refusal, str)
    assert ("看得见" if lang == "zh" else "visible") in refusal


def _debthelp(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "debthelp", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "DEBTHELP_LANG": "en"},
    )


def test_o_dash_is_standard_output_for_letters_and_the_report(tmp_path: Path) -> None:
    letter = _debthelp(["letter", "negotiate", "-o", "-"], tmp_path)
    assert letter.returncode == 0 and "repayment plan" in letter.stdout
    report = _debthelp(["report", "-o", "-"], tmp_path)
    assert report.returncode == 0 and report.stdout.startswith("<!DOCTYPE html>")
    assert list(tmp_path.iterdir()) == []  # no file called "-"


def test_a_save_to_dash_is_refused_not_made_a_file(tmp_path: Path) -> None:
    answers, debts = ROOT / "examples" / "answers.yaml", ROOT / "examples" / "debts.yaml"
    for args in (
        ["advise", "--answers", str(answers), "--save-answers", "-"],
        ["budget", "--debts", str(debts), "--income", "9000", "--expenses", "4500", "--csv", "-"],
    ):
        result = _debthelp(args, tmp_path)
        assert result.returncode == 1, (args, result.stderr)
        assert "“-” cannot be used here" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
