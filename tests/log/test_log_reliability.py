"""The hostile pass on the evidence log (issue 27): each finding's reproduction,
kept as a test. F1 saves over the log, F3 work done reported as failed, F7
``~nosuchuser`` paths, F12/F13 the stored count, F16 an unsearchable folder,
and the review's observations on ``--db -`` and ``--db somedir/``."""

from __future__ import annotations

import importlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import click.testing
import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from tests.util import ROOT

DEBTHELP = str(Path(sys.executable).parent / "debthelp")
EXAMPLES = ROOT / "examples"
INTERNAL = ("Something unexpected", "出现了意外错误", "Traceback")


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(app, list(args))


def clean(result: click.testing.Result) -> None:
    """A clean outcome: no internal error and no traceback, whatever the exit code."""
    assert result.exit_code in (0, 1, 2), result.exception
    assert not any(text in result.stderr + result.stdout for text in INTERNAL)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("DEBTHELP_HOME", str(folder))
    return folder


def add(*extra: str) -> None:
    result = run("log", "add", "--channel", "call", "--said", "we will sue you", *extra)
    assert result.exit_code == 0, result.stderr


def entries(db: Path) -> int:
    return int(sqlite3.connect(db).execute("SELECT count(*) FROM entries").fetchone()[0])


# ---------------------------------------------------------------- F1: no save replaces the log

WRITERS = {
    "advise --save-answers": [
        "advise",
        "--answers",
        str(EXAMPLES / "answers.yaml"),
        "--save-answers",
    ],
    "letter -o": ["letter", "negotiate", "-o"],
    "report -o": ["report", "--answers", str(EXAMPLES / "answers.yaml"), "-o"],
    "budget --csv": [
        "budget",
        "--debts",
        str(EXAMPLES / "debts.csv"),
        "--income",
        "6000",
        "--expenses",
        "4500",
        "--csv",
    ],
    "log export -o (markdown)": ["log", "export", "-o"],
    "log export -o (csv)": ["log", "export", "--format", "csv", "-o"],
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_f1_no_writer_replaces_the_log(home: Path, writer: str) -> None:
    add()
    log = home / "log.sqlite3"
    before = log.read_bytes()
    result = run(*WRITERS[writer], str(log), "--lang", "en")
    clean(result)
    assert result.exit_code == 1
    assert "is the evidence log" in result.stderr
    assert "Saving over it would destroy the record" in result.stderr
    assert log.read_bytes() == before
    assert run("log", "verify").exit_code == 0


@pytest.mark.parametrize("writer", ["letter -o", "log export -o (markdown)"])
def test_f1_another_name_for_the_log_is_refused_too(
    home: Path, tmp_path: Path, writer: str
) -> None:
    add()
    log = home / "log.sqlite3"
    alias = tmp_path / "alias.md"
    os.link(log, alias)  # same device and inode, another name
    before = log.read_bytes()
    result = run(*WRITERS[writer], str(alias), "--lang", "en")
    assert result.exit_code == 1 and "is the evidence log" in result.stderr
    assert log.read_bytes() == before


def test_f1_a_log_given_with_db_and_its_journal_are_refused(tmp_path: Path) -> None:
    db = tmp_path / "case.sqlite3"
    add("--db", str(db))
    journal = Path(f"{db}-journal")
    journal.write_bytes(b"")  # as SQLite leaves it between two writes
    result = run("log", "export", "--db", str(db), "-o", str(journal), "--lang", "en")
    assert result.exit_code == 1 and "is the evidence log" in result.stderr
    assert journal.read_bytes() == b""
    result = run("log", "export", "--db", str(db), "-o", str(db), "--lang", "zh")
    assert result.exit_code == 1 and "记录文件" in result.stderr
    assert entries(db) == 1


@pytest.mark.parametrize("writer", list(WRITERS))
def test_f1_no_writer_replaces_a_recorded_attachment(
    home: Path, tmp_path: Path, writer: str
) -> None:
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"\x00\x01 a recording")
    add("--attach", str(recording))
    other_name = tmp_path / "same-recording.m4a"
    os.link(recording, other_name)
    for target in (recording, other_name):
        result = run(*WRITERS[writer], str(target), "--lang", "en")
        clean(result)
        assert result.exit_code == 1
        assert "is recorded as an attachment" in result.stderr
    assert recording.read_bytes() == b"\x00\x01 a recording"
    assert run("log", "verify").exit_code == 0


@pytest.mark.processes
def test_f1_an_ordinary_file_is_still_replaced(home: Path, tmp_path: Path) -> None:
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"audio")
    add("--attach", str(recording))
    letter = tmp_path / "letter.md"
    letter.write_text("old draft")
    assert run("letter", "negotiate", "-o", str(letter)).exit_code == 0
    assert "old draft" not in letter.read_text()


# ---------------------------------------------------------------- F3: work done is reported as done


def sub(args: list[str], tmp_path: Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DEBTHELP_HOME=str(tmp_path / "home"), LANG="C.UTF-8")
    env.update(kwargs.pop("env", {}))
    return subprocess.run(  # noqa: PLW1510 - the exit code is what is tested
        [DEBTHELP, *args, "--lang", "en"],
        stderr=subprocess.PIPE,
        text=True,
        timeout=30,
        env=env,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )


def _close_stdout() -> None:
    os.close(1)


ADD = ["log", "add", "--channel", "call", "--said", "we will sue you"]


@pytest.mark.slow
@pytest.mark.parametrize("how", ["closed", "full"])
def test_f3_log_add_that_saved_never_says_it_failed(tmp_path: Path, how: str) -> None:
    if how == "closed":
        done = sub(ADD, tmp_path, preexec_fn=_close_stdout)
    else:
        with open("/dev/full", "w") as full:
            done = sub(ADD, tmp_path, stdout=full)
    assert done.returncode == 0, done.stderr
    assert "Saved as entry 1" in done.stderr
    assert "do not add it again" in " ".join(done.stderr.split())
    assert "Error" not in done.stderr and "None of your files" not in done.stderr
    assert entries(tmp_path / "home" / "log.sqlite3") == 1


@pytest.mark.slow
def test_f3_a_columns_value_python_cannot_read_does_not_fail_a_saved_entry(tmp_path: Path) -> None:
    # The review's third way (COLUMNS=²) no longer makes the output fail at all
    # (term.width falls back): the entry is saved and said on stdout, once.
    done = sub(ADD, tmp_path, stdout=subprocess.PIPE, env={"COLUMNS": "²"})
    assert done.returncode == 0, done.stderr
    assert "Saved as entry 1" in done.stdout
    assert "Error" not in done.stderr and "None of your files" not in done.stderr
    assert entries(tmp_path / "home" / "log.sqlite3") == 1


@pytest.mark.slow
@pytest.mark.parametrize("how", ["closed", "full"])
def test_f3_log_wipe_that_deleted_never_says_it_failed(tmp_path: Path, how: str) -> None:
    assert sub(ADD, tmp_path, stdout=subprocess.DEVNULL).returncode == 0
    if how == "closed":
        done = sub(["log", "wipe", "--yes"], tmp_path, preexec_fn=_close_stdout)
    else:
        with open("/dev/full", "w") as full:
            done = sub(["log", "wipe", "--yes"], tmp_path, stdout=full)
    assert done.returncode == 0, done.stderr
    assert "Deleted the log file" in done.stderr
    assert "Error" not in done.stderr
    assert not (tmp_path / "home" / "log.sqlite3").exists()


# ---------------------------------------------------------------- F7: ~nosuchuser


@pytest.mark.parametrize("writer", list(WRITERS))
def test_f7_a_save_to_an_unknown_users_folder_is_a_message(home: Path, writer: str) -> None:
    add()
    result = run(*WRITERS[writer], "~nosuchuser/x", "--lang", "en")
    clean(result)
    assert result.exit_code == 1
    assert "~nosuchuser/x: there is no user of that name" in result.stderr


def test_f7_attach_and_db_and_debthelp_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run("log", "add", "--channel", "call", "--attach", "~nosuchuser/rec.mp3",
                 "--db", str(tmp_path / "l.sqlite3"), "--lang", "en")  # fmt: skip
    clean(result)
    assert result.exit_code == 1 and "no user of that name" in result.stderr
    for sub_args in (
        ADD,
        ["log", "list"],
        ["log", "export"],
        ["log", "verify"],
        ["log", "wipe", "--yes"],
    ):
        result = run(*sub_args, "--db", "~nosuchuser/log.sqlite3", "--lang", "en")
        clean(result)
        assert result.exit_code == 1 and "no user of that name" in result.stderr, sub_args
    monkeypatch.setenv("DEBTHELP_HOME", "~nosuchuser")
    for sub_args in (["log", "list"], ADD):
        result = run(*sub_args, "--lang", "zh")
        clean(result)
        assert result.exit_code == 1 and "这台电脑上没有" in result.stderr


# ---------------------------------------------------------------- F12, F13: the stored count


def set_count(db: Path, value: str | None) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    if value is None:
        conn.execute("DELETE FROM meta WHERE key='count'")
    else:
        conn.execute("UPDATE meta SET value=? WHERE key='count'", (value,))


@pytest.mark.parametrize("value", ["1", None], ids=["lowered", "deleted"])
def test_f12_a_lowered_count_fails_verify_and_add_says_the_same(
    home: Path, value: str | None
) -> None:
    for n in (1, 2, 3):
        add("--note", f"threat {n}")
    set_count(home / "log.sqlite3", value)
    result = run("log", "verify", "--lang", "en")
    assert result.exit_code == 1
    assert "The log's header (count) does not match its entries" in result.stdout
    result = run("log", "add", "--channel", "sms", "--said", "x", "--lang", "en")
    assert result.exit_code == 1
    assert "does not match its entries" in result.stderr and "damaged" not in result.stderr
    assert entries(home / "log.sqlite3") == 3


@pytest.mark.parametrize("value", ["abc", "9" * 5000, "-1", "٣", ""])
def test_f13_a_garbled_count_is_a_message_in_every_reader(home: Path, value: str) -> None:
    add()
    set_count(home / "log.sqlite3", value)
    result = run("log", "verify", "--lang", "en")
    clean(result)
    assert result.exit_code == 1 and "header (count)" in result.stdout
    for args in (
        ["log", "list"],
        *(["log", "export", "--format", f] for f in ("markdown", "json", "csv", "html")),
        ["letter", "complaint", "--log"],
        ["report", "--log"],
    ):
        clean(run(*args, "--lang", "en"))
    result = run("log", "add", "--channel", "sms", "--lang", "en")
    clean(result)
    assert result.exit_code == 1 and "does not match its entries" in result.stderr


def test_f13_export_json_names_the_header_problem(home: Path) -> None:
    add()
    set_count(home / "log.sqlite3", "abc")
    data = json.loads(run("log", "export", "--format", "json").stdout)
    assert {"kind": "header", "entry": 0, "detail": "count"} in data["verify"]["problems"]
    assert data["verify"]["receipt"] is None  # no receipt for a log with a problem


# ---------------------------------------------------- F16: a folder that cannot be searched


def test_f16_wipe_in_a_folder_that_cannot_be_searched(tmp_path: Path) -> None:
    """As the review ran it: the log's owner (not root) with the folder at mode 000."""
    folder = tmp_path / "home"
    db = folder / "log.sqlite3"
    assert run("log", "add", "--channel", "call", "--db", str(db)).exit_code == 0
    # Loaded before any permission is dropped: the child cannot read the sources.
    for name in ("debthelp.cli.log_run", "debthelp.log.book", "debthelp.wizard.log_prompts"):
        importlib.import_module(name)

    uid = os.getuid()
    if uid == 0:  # root can search anything: become the log's owner, an ordinary user
        uid = 65534
        os.chown(tmp_path, uid, -1)
        for path in (folder, db):
            os.chown(path, uid, -1)
    folder.chmod(0o000)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.close(read)
            if os.getuid() == 0:
                os.setgid(65534)
                os.setuid(uid)
            result = run("log", "wipe", "--yes", "--db", str(db), "--lang", "en")
            os.write(write, json.dumps([result.exit_code, result.stderr]).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        code, err = json.loads(pipe.read() or '[null, ""]')
    os.waitpid(pid, 0)
    folder.chmod(0o700)
    assert code == 1, err
    assert "Cannot read the log file" in err and "Permission denied" in err
    assert not any(text in err for text in INTERNAL)
    assert db.exists()


# ---------------------------------------------- observations: --db - and --db somedir/


def test_db_dash_and_a_folder_name_are_refused_like_other_writers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("log", "add", "--channel", "call", "--db", "-", "--lang", "en")
    assert result.exit_code == 1 and "'-' (standard output) cannot hold a log" in result.stderr
    assert not (tmp_path / "-").exists()
    result = run("log", "add", "--channel", "call", "--db", "somedir/", "--lang", "en")
    assert result.exit_code == 1 and "The log's path is a folder: somedir/" in result.stderr
    assert not (tmp_path / "somedir").exists()
