"""Fuzzing ``debthelp log``: times, collector text, attachments and broken log files.

Property (as in tests/cli/test_fuzz.py): every input ends in a result or a clear
message in the user's language, exit 0, 1 or 2, never a traceback; a log file
that is not ours or is broken is never changed; collector text never reaches
the output with a live escape sequence.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.log.entry import MAX_TEXT, parse_when
from tests.cli.test_fuzz import case, fuzz_settings

pytestmark = pytest.mark.slow

NOW = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
TEXT = st.lists(
    st.characters(codec="utf-8", exclude_categories=("Cs",)).map(str)
    | st.sampled_from(["\x1b[2J", "\x1b]0;x\x07", "[bold]", "\u202e", "\x00", "<script>", "="]),
    max_size=20,
).map("".join)


def invoke(args: list[str]) -> Any:
    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        repr(result.exception),
    )
    assert result.exit_code in (0, 1, 2), (args, result.exit_code)
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream
        assert "\x1b" not in stream
    if result.exit_code and args[1] != "verify":  # verify's finding is its result, on stdout
        assert result.stderr.strip(), args
    return result


@fuzz_settings(500)
@given(
    text=st.one_of(
        TEXT,
        st.from_regex(
            r"\A\d{1,5}-\d{1,3}-\d{1,3}( \d{1,3}:\d{1,3}(:\d{1,3})?)?([+-]\d{2}:?\d{2}|Z)?\Z"
        ),
    )
)
def test_when_values(text: str) -> None:
    case(lambda: parse_when(text, NOW))


@fuzz_settings(40)
@given(said=TEXT, sender=TEXT, claimed=TEXT, when=st.one_of(st.none(), TEXT))
def test_add_and_every_format(
    tmp_path_factory: pytest.TempPathFactory, said: str, sender: str, claimed: str, when: str | None
) -> None:
    db = tmp_path_factory.mktemp("fz") / "log.sqlite3"
    args = ["log", "add", "--db", str(db), "--channel", "sms", "--said", said]
    args += ["--from", sender, "--claimed-identity", claimed]
    args += [] if when is None else ["--when", when]
    if invoke(args).exit_code:
        return
    for fmt in ("text", "markdown", "json"):
        invoke(["log", "list", "--db", str(db), "-f", fmt])
    for fmt in ("markdown", "json", "csv", "html"):
        out = invoke(["log", "export", "--db", str(db), "-f", fmt]).stdout
        if fmt == "html":
            assert "<script>" not in out
    assert invoke(["log", "verify", "--db", str(db)]).exit_code == 0


def test_huge_said(tmp_path: Path) -> None:
    db = tmp_path / "log.sqlite3"
    refused = invoke(
        ["log", "add", "--db", str(db), "--channel", "sms", "--said", "催" * (MAX_TEXT + 1)]
    )
    assert refused.exit_code == 1 and "太长" in refused.stderr and not db.exists()
    kept = invoke(["log", "add", "--db", str(db), "--channel", "sms", "--said", "催" * MAX_TEXT])
    assert kept.exit_code == 0
    assert invoke(["log", "export", "--db", str(db), "-f", "html"]).exit_code == 0


def test_attachments_of_every_kind(tmp_path: Path) -> None:
    db = tmp_path / "log.sqlite3"
    binary = tmp_path / "voice.amr"
    binary.write_bytes(os.urandom(300_000))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    odd = tmp_path / "名字 with\nnewline\x1b[31m.png"
    odd.write_bytes(b"\x89PNG")
    cases = {
        str(binary): 0,
        str(odd): 0,
        str(tmp_path / "missing.jpg"): 1,
        str(tmp_path): 1,
        str(fifo): 1,
        "/dev/null": 1,
        "": 1,
    }
    for path, code in cases.items():
        result = invoke(["log", "add", "--db", str(db), "--channel", "call", "--attach", path])
        assert result.exit_code == code, (path, result.stderr)
    assert invoke(["log", "verify", "--db", str(db)]).exit_code == 0
    binary.write_bytes(b"changed")
    assert invoke(["log", "verify", "--db", str(db)]).exit_code == 1


def _good_log(path: Path) -> bytes:
    for n in range(30):
        invoke(["log", "add", "--db", str(path), "--channel", "call", "--said", "x" * 300 + str(n)])
    return path.read_bytes()


@fuzz_settings(40)
@given(
    offset=st.integers(min_value=0, max_value=20_000),
    junk=st.binary(min_size=1, max_size=4096),
    truncate=st.booleans(),
)
def test_damaged_log_files(
    tmp_path_factory: pytest.TempPathFactory, offset: int, junk: bytes, truncate: bool
) -> None:
    db = tmp_path_factory.mktemp("dmg") / "log.sqlite3"
    data = bytearray(_GOOD[0])
    if truncate:
        data = data[: offset % len(data)]
    else:
        data[offset : offset + len(junk)] = junk
    db.write_bytes(bytes(data))
    for args in (["list"], ["verify"], ["export", "-f", "json"], ["add", "--channel", "sms"]):
        result = invoke(["log", *args, "--db", str(db)])
        if result.exit_code == 1 and "add" in args:
            assert db.read_bytes() == bytes(data), "a log that could not be used was changed"


_GOOD: list[bytes] = []


@pytest.fixture(autouse=True, scope="module")
def _good(tmp_path_factory: pytest.TempPathFactory) -> None:
    _GOOD.append(_good_log(tmp_path_factory.mktemp("good") / "log.sqlite3"))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"SQLite format 3\x00",
        b"SQLite format 3\x00" + b"\x00" * 84,
        os.urandom(5000),
        b"\xff" * 100,
    ],
)
def test_odd_files_at_the_log_path(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "log.sqlite3"
    db.write_bytes(content)
    for args in (["list"], ["verify"], ["export"], ["add", "--channel", "sms"]):
        result = invoke(["log", *args, "--db", str(db)])
        if result.exit_code == 1:
            assert "错误" in result.stderr


def test_another_programs_database(tmp_path: Path) -> None:
    db = tmp_path / "wechat.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("CREATE TABLE entries (id INTEGER)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    for args in (["add", "--channel", "sms"], ["wipe", "--yes"], ["list", "--lang", "en"]):
        result = invoke(["log", *args, "--db", str(db)])
        assert result.exit_code == 1
        assert "not a debthelp log" in result.stderr or "不是 debthelp 的记录文件" in result.stderr
    assert db.read_bytes() == before
