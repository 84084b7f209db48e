"""The evidence log's core: the chain, verify, tags, privacy of the file, and reliability.

The reliability tests use real processes: two adding at once, and one killed
with SIGKILL in the middle of a burst.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from debthelp.errors import InputError
from debthelp.log import (
    NewEntry,
    add_entry,
    default_db_path,
    export_data,
    list_data,
    load_tag_rules,
    read_entries,
    verify,
    wipe,
)
from debthelp.log.entry import parse_when
from debthelp.log.keywords import keyword_tags
from debthelp.log.paths import user_data_dir
from debthelp.log.tags import TAG_IDS
from tests.util import ROOT

CST = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 11, 30, 9, 0, tzinfo=CST)


def add(db: Path, channel: str = "call", **fields: object) -> int:
    entry, _ = add_entry(NewEntry(channel=channel, **fields), db=db, now=NOW)  # type: ignore[arg-type]
    return entry.id


def tags_of(db: Path, entry_id: int) -> list[str]:
    entries = list_data(db)["entries"]
    return [t["id"] for t in next(e for e in entries if e["id"] == entry_id)["tags"]]


# ------------------------------------------------------------------- where and how privately


def test_default_path_follows_debthelp_home_then_xdg(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DEBTHELP_HOME", str(tmp_path / "dh"))
    assert default_db_path() == tmp_path / "dh" / "log.sqlite3"
    monkeypatch.delenv("DEBTHELP_HOME")
    assert default_db_path() == tmp_path / "data" / "debthelp" / "log.sqlite3"


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {"HOME": "/h"}, "/h/.local/share/debthelp"),
        ("linux", {"HOME": "/h", "XDG_DATA_HOME": "rel"}, "/h/.local/share/debthelp"),
        ("darwin", {"HOME": "/h"}, "/h/Library/Application Support/debthelp"),
        ("win32", {"HOME": "/h", "LOCALAPPDATA": "/L"}, "/L/debthelp"),
        ("win32", {"HOME": "/h"}, "/h/AppData/Local/debthelp"),
    ],
)
def test_user_data_dir_by_platform(platform: str, env: dict[str, str], expected: str) -> None:
    assert user_data_dir(env, platform) == Path(expected)


def test_first_add_creates_a_private_folder_and_file(tmp_path: Path) -> None:
    db = tmp_path / "new" / "deeper" / "log.sqlite3"
    add(db)
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_reading_commands_create_nothing(tmp_path: Path) -> None:
    db = tmp_path / "none" / "log.sqlite3"
    assert read_entries(db) == []
    assert verify(db).ok and not verify(db).exists
    assert export_data(db)["entries"] == []
    assert wipe(db).existed is False
    assert not (tmp_path / "none").exists()


# --------------------------------------------------------------------------- the chain and verify


def test_entries_chain_and_verify(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    for n in range(3):
        add(db, said=f"call {n}")
    verdict = verify(db)
    assert verdict.ok and verdict.entries == 3
    assert [e.said for e in read_entries(db)] == ["call 0", "call 1", "call 2"]


def _edit(db: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(db)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_verify_catches_an_edited_entry(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    for n in range(3):
        add(db, said=f"call {n}")
    content = json.loads(
        sqlite3.connect(db).execute("SELECT content FROM entries WHERE id=2").fetchone()[0]
    )
    content["said"] = "nothing happened"
    _edit(db, "UPDATE entries SET content=? WHERE id=2", json.dumps(content))
    kinds = [(p.kind, p.entry) for p in verify(db).problems]
    assert ("edited", 2) in kinds


def test_verify_catches_an_edit_with_the_hash_recomputed(tmp_path: Path) -> None:
    from debthelp.log.entry import canonical, chain_hash

    db = tmp_path / "log.db"
    for n in range(3):
        add(db, said=f"call {n}")
    conn = sqlite3.connect(db)
    content, prev = conn.execute("SELECT content, prev FROM entries WHERE id=2").fetchone()
    data = json.loads(content)
    data["said"] = "forged"
    new = canonical(data)
    conn.execute("UPDATE entries SET content=?, hash=? WHERE id=2", (new, chain_hash(prev, new)))
    conn.commit()
    conn.close()
    kinds = [(p.kind, p.entry) for p in verify(db).problems]
    assert ("reordered", 3) in kinds  # the next link no longer fits


@pytest.mark.parametrize("victim", [1, 2, 3])
def test_verify_catches_a_deleted_entry(tmp_path: Path, victim: int) -> None:
    db = tmp_path / "log.db"
    for n in range(3):
        add(db, said=f"call {n}")
    _edit(db, "DELETE FROM entries WHERE id=?", victim)
    assert "deleted" in [p.kind for p in verify(db).problems]


def test_verify_catches_swapped_entries(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    for n in range(3):
        add(db, said=f"call {n}")
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT id, content, prev, hash FROM entries").fetchall()
    conn.execute("DELETE FROM entries")
    order = [rows[0], rows[2], rows[1]]
    for new_id, (_i, content, prev, digest) in enumerate(order, 1):
        conn.execute("INSERT INTO entries VALUES (?, ?, ?, ?)", (new_id, content, prev, digest))
    conn.commit()
    conn.close()
    assert not verify(db).ok


def test_verify_catches_changed_and_missing_attachments(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    shot, voice = tmp_path / "shot.png", tmp_path / "voice.m4a"
    shot.write_bytes(b"\x89PNG\x00\xff" * 100)
    voice.write_bytes(b"\x00" * 10)
    add(db, attach=(str(shot), str(voice)))
    assert verify(db).ok and verify(db).attachments == 2
    shot.write_bytes(b"changed")
    voice.unlink()
    kinds = {p.kind for p in verify(db).problems}
    assert kinds == {"attachment-changed", "attachment-missing"}


def test_a_correction_is_a_new_entry_that_names_the_old(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    add(db, when="2026-11-29 23:10", sender="13800001111")
    add(db, when="2026-11-29 21:10", sender="13800001111", corrects=1)
    data = export_data(db)
    assert [e["corrected_by"] for e in data["entries"]] == [[2], []]
    assert data["counts"]["night"] == 0  # the corrected time is not at night
    with pytest.raises(InputError):
        add(db, corrects=9)


# --------------------------------------------------------------------------- tags


@pytest.mark.parametrize(
    ("when", "night"),
    [
        ("2026-11-29 22:00", True),
        ("2026-11-29 21:59", False),
        ("2026-11-30 07:59", True),
        ("2026-11-30 08:00", False),
        ("2026-11-29 23:30+08:00", True),
    ],
)
def test_night_is_by_the_entrys_local_time(tmp_path: Path, when: str, night: bool) -> None:
    db = tmp_path / "log.db"
    add(db, when=when)
    assert ("night" in tags_of(db, 1)) is night


def test_frequency_counts_attempts_from_one_number_on_one_day(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    for hour in range(10, 16):
        add(db, when=f"2026-11-29 {hour}:00", sender="138 0000 1111")
    assert "frequency" not in tags_of(db, 1)  # six is not more than six
    add(db, when="2026-11-29 17:00", sender="13800001111")
    assert all("frequency" in tags_of(db, n) for n in range(1, 8))
    add(db, when="2026-11-30 08:30", sender="13800001111", times=6)
    assert "frequency" not in tags_of(db, 8)  # another day
    add(db, when="2026-11-30 08:31", sender="13900000000", times=7)
    assert "frequency" in tags_of(db, 9)
    add(db, "sms", when="2026-11-30 08:32", sender="13900000000")
    assert "frequency" not in tags_of(db, 10)  # texts are not call attempts


def test_channel_and_contacted_tags(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    add(db, "third-party", when="2026-11-29 12:00")
    add(db, "public-posting", when="2026-11-29 12:00")
    add(db, "sms", when="2026-11-29 12:00", contacted=("my mother",))
    assert tags_of(db, 1) == ["third-party"]
    assert tags_of(db, 2) == ["public-posting"]
    assert tags_of(db, 3) == ["third-party"]


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("不还钱就让你全家好看，后果自负", "threat"),
        ("我们是公安局的，你涉嫌诈骗", "impersonation"),
        ("明天就把你的照片发到朋友圈曝光", "public-posting"),
        ("要另外交500元催收费", "extra-fees"),
        ("已经联系你的通讯录了", "third-party"),
    ],
)
def test_keyword_tags_from_what_was_said(tmp_path: Path, text: str, tag: str) -> None:
    assert tag in keyword_tags(text)
    db = tmp_path / "log.db"
    add(db, "sms", when="2026-11-29 12:00", said=text)
    assert tag in tags_of(db, 1)


def test_plain_words_get_no_keyword_tag() -> None:
    assert keyword_tags("请尽快还款，谢谢") == ()
    assert keyword_tags("") == ()


def test_every_tag_has_a_rule_with_declared_v_sources(guidance) -> None:  # type: ignore[no-untyped-def]
    rules = load_tag_rules()
    assert set(rules) == set(TAG_IDS)
    declared = guidance.sources
    for rule in rules.values():
        for sid in (*rule.source, *rule.do_source):
            assert sid in declared, (rule.id, sid)
            assert declared[sid].confidence in ("V-P", "V-S"), (rule.id, sid)


def test_export_counts_by_tag_and_lists_each_rule_once(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    add(db, when="2026-11-29 23:10", said="小心你全家")
    add(db, when="2026-11-29 23:40")
    data = export_data(db, lang="en")
    assert data["counts"]["night"] == 2 and data["counts"]["threat"] == 1
    assert [r["id"] for r in data["rules"]] == ["night", "threat"]
    assert data["verify"]["ok"] is True
    tag = data["entries"][0]["tags"][0]
    assert set(tag) >= {"id", "rule", "source"} and tag["source"] == ["2c-5", "2c-7"]


# --------------------------------------------------------------------------- input checks


@pytest.mark.parametrize(
    "text",
    [
        "yesterday",
        "2026-13-01 10:00",
        "2026-02-30",
        "1999-12-31 10:00",
        "2027-01-01 10:00",
        "2026-11-29 25:00",
        "2026-11-29 10:00+99:00",
        "\x1b[2J",
    ],
)
def test_bad_times_are_refused(text: str) -> None:
    with pytest.raises(InputError):
        parse_when(text, NOW)


def test_times_keep_their_offset_and_default_to_now() -> None:
    assert parse_when("2026-11-29 23:10+08:00", NOW).isoformat() == "2026-11-29T23:10:00+08:00"
    assert parse_when(None, NOW) == NOW
    assert parse_when("2026-11-29T23:10Z", NOW).utcoffset() == dt.timedelta(0)


def test_missing_attachment_and_bad_channel_are_input_errors(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    with pytest.raises(InputError, match=r"log\.attach-missing"):
        add(db, attach=(str(tmp_path / "gone.png"),))
    with pytest.raises(InputError, match=r"log\.attach-not-file"):
        add(db, attach=(str(tmp_path),))
    with pytest.raises(InputError, match=r"log\.bad-channel"):
        add(db, "fax")
    assert not db.exists()  # nothing was saved, so nothing was created


# ------------------------------------------------------------------- foreign and broken files


def test_a_foreign_file_is_refused_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("my own notes\n")
    for action in (lambda: add(db), lambda: read_entries(db), lambda: verify(db), lambda: wipe(db)):
        with pytest.raises(InputError, match=r"log\.db-foreign"):
            action()
    assert db.read_text() == "my own notes\n"


def test_another_programs_database_is_refused_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(InputError, match=r"log\.db-foreign"):
        add(db)
    assert db.read_bytes() == before


def test_a_corrupt_log_is_refused_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    for n in range(50):
        add(db, said="x" * 500 + str(n))
    data = bytearray(db.read_bytes())
    data[4096:12288] = b"\xde\xad" * 4096
    db.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"log\.db-corrupt"):
        add(db)
    with pytest.raises(InputError, match=r"log\.db-corrupt"):
        verify(db)
    assert db.read_bytes() == bytes(data)


def test_wipe_deletes_the_log_and_says_how_much(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    add(db)
    add(db)
    gone = wipe(db)
    assert gone.existed and gone.entries == 2 and not db.exists()


# --------------------------------------------------------------------------- real processes

_ADDER = """
import sys
from debthelp.log import NewEntry, add_entry
db, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(n):
    entry, _ = add_entry(NewEntry(channel="call", said=f"{tag}-{i}"), db=db)
    print(entry.said, flush=True)
"""


@pytest.mark.slow
def test_two_processes_adding_at_once_both_succeed(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _ADDER, str(db), tag, "40"], stdout=subprocess.PIPE, text=True
        )
        for tag in ("a", "b")
    ]
    outs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    said = sorted(e.said for e in read_entries(db))
    assert said == sorted(outs[0] + outs[1]) and len(said) == 80
    assert verify(db).ok


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.2, 0.5])
def test_sigkill_mid_burst_loses_nothing_reported_saved(tmp_path: Path, delay: float) -> None:
    db = tmp_path / "log.db"
    add(db, said="before")
    proc = subprocess.Popen(
        [sys.executable, "-c", _ADDER, str(db), "k", "100000"], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    reported = [proc.stdout.readline().strip()]  # the burst has started
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    reported += proc.communicate(timeout=30)[0].split()
    saved = {e.said for e in read_entries(db)}
    assert set(reported) <= saved
    assert verify(db).ok
    add(db, said="after")  # and the log goes on
    assert verify(db).ok


def test_the_shipped_rules_file_is_in_the_wheel_config() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert '"data/log.yaml" = "debthelp/data/log.yaml"' in text
    assert os.path.isfile(ROOT / "data" / "log.yaml")
