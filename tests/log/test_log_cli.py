"""``debthelp log`` through the CLI: every subcommand, every export format, the prompts.

stdout and stderr are checked separately: results on stdout, notes on stderr.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import stat
from pathlib import Path

import click
import pytest
import typer.main
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.errors import Interrupted
from debthelp.wizard.log_prompts import ask_log_fields, confirm_wipe

ENTER = "\r"
DOWN = "\x1b[B"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "log.sqlite3"


def run(*args: str, db: Path | None = None) -> click.testing.Result:
    argv = list(args) + (["--db", str(db)] if db is not None else [])
    return CliRunner().invoke(app, argv)


def night(db: Path) -> None:
    """A night of calls and a message to their mother, as the done-when user logs it."""
    for argv in (
        [
            "--channel",
            "call",
            "--when",
            "2026-11-29 23:10+08:00",
            "--from",
            "13800001111",
            "--times",
            "5",
            "--said",
            "不还钱就让你好看",
        ],
        [
            "--channel",
            "call",
            "--when",
            "2026-11-29 23:50+08:00",
            "--from",
            "13800001111",
            "--times",
            "4",
        ],
        [
            "--channel",
            "third-party",
            "--when",
            "2026-11-30 07:30+08:00",
            "--contacted",
            "我妈妈",
            "--said",
            "你儿子欠钱不还，再不还就上门",
        ],
        [
            "--channel",
            "sms",
            "--when",
            "2026-11-30 08:15+08:00",
            "--from",
            "106900001111",
            "--claimed-identity",
            "XX市公安局经侦大队",
            "--said",
            "你涉嫌诈骗，明天来抓你",
        ],
    ):
        result = run("log", "add", *argv, db=db)
        assert result.exit_code == 0, result.stderr


def test_add_says_what_was_saved_and_which_rules(db: Path) -> None:
    result = run(
        "log",
        "add",
        "--channel",
        "call",
        "--when",
        "2026-11-29 23:10+08:00",
        "--said",
        "后果自负",
        "--lang",
        "en",
        db=db,
    )
    assert result.exit_code == 0
    assert "Saved as entry 1 (2026-11-29 23:10 (+08:00), Phone call)" in result.stdout
    assert "Night-time collection" in result.stdout and "Threats" in result.stdout
    assert str(db) in result.stderr
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_without_a_terminal_channel_is_required(db: Path) -> None:
    result = run("log", "add", "--said", "hi", db=db)
    assert result.exit_code == 1
    assert "--channel" in result.stderr and not db.exists()


def test_bad_input_is_a_message_in_the_users_language(db: Path) -> None:
    result = run("log", "add", "--channel", "call", "--when", "昨晚", "--lang", "en", db=db)
    assert result.exit_code == 1 and "Cannot read the time" in result.stderr
    result = run("log", "add", "--channel", "fax", db=db)
    assert result.exit_code == 1 and "不认识的联系方式" in result.stderr
    result = run("log", "list", "--tag", "rude", db=db)
    assert result.exit_code == 1 and "night" in result.stderr
    assert not db.exists()


def test_list_json_has_the_documented_shape(db: Path) -> None:
    night(db)
    data = json.loads(run("log", "list", "--format", "json", db=db).stdout)
    first = data["entries"][0]
    assert {"id", "when", "channel", "from", "said", "contacted", "attachments", "tags"} <= set(
        first
    )
    assert [t["id"] for t in first["tags"]] == ["night", "threat", "frequency"]
    assert all({"id", "rule", "source"} <= set(t) for e in data["entries"] for t in e["tags"])
    ids = {e["id"]: [t["id"] for t in e["tags"]] for e in data["entries"]}
    # "再不还就上门": a threat to come is intimidation too (check, fourth round)
    assert ids[3] == ["night", "third-party", "threat", "visit"]
    assert ids[4] == ["impersonation", "criminal"]  # "你涉嫌诈骗，明天来抓你"


def test_list_filters_by_tag_and_date(db: Path) -> None:
    night(db)
    by_tag = json.loads(run("log", "list", "--tag", "night", "--format", "json", db=db).stdout)
    assert [e["id"] for e in by_tag["entries"]] == [1, 2, 3]
    since = json.loads(run("log", "list", "--since", "2026-11-30", "-f", "json", db=db).stdout)
    assert [e["id"] for e in since["entries"]] == [3, 4]
    text = run("log", "list", "--tag", "extra-fees", db=db)
    assert text.exit_code == 0 and "没有符合条件的记录" in text.stdout


def test_export_markdown_names_the_broken_rules_with_verify_on_top(db: Path) -> None:
    night(db)
    out = run("log", "export", "--format", "markdown", "--lang", "en", db=db).stdout
    head, _, entries = out.partition("## Entries")
    assert "No damage found: the 4 entries" in head
    assert "- Night-time collection: 3" in head
    assert "Posing as police, a court or the government: 1" in head
    assert "110" in head and "12378" in head
    assert "```text\n不还钱就让你好看\n```" in entries


def test_export_json_is_export_data(db: Path) -> None:
    from debthelp.log import export_data

    night(db)
    printed = json.loads(run("log", "export", "-f", "json", db=db).stdout)
    direct = export_data(db)
    printed.pop("generated"), direct.pop("generated")
    assert printed == json.loads(json.dumps(direct))


def test_export_csv_has_a_bom_and_never_a_formula(db: Path) -> None:
    run("log", "add", "--channel", "sms", "--said", '=HYPERLINK("http://x","点我")', db=db)
    out = run("log", "export", "-f", "csv", db=db).stdout
    assert out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    said = next(r for r in rows if len(r) > 6 and r[0] == "1")[6]
    assert said.startswith("'=")


def test_export_html_escapes_collector_text(db: Path) -> None:
    run(
        "log",
        "add",
        "--channel",
        "sms",
        "--from",
        "<b>x</b>",
        "--said",
        "<script>alert(1)</script>\x1b[2J",
        db=db,
    )
    out = run("log", "export", "-f", "html", db=db).stdout
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "\x1b" not in out and "\\u001b" in out
    assert "&lt;b&gt;x&lt;/b&gt;" in out


def test_export_to_a_file_is_private(db: Path, tmp_path: Path) -> None:
    night(db)
    target = tmp_path / "timeline.md"
    result = run("log", "export", "-o", str(target), db=db)
    assert result.exit_code == 0 and result.stdout == ""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "夜间催收" in target.read_text(encoding="utf-8")


def test_collector_escapes_are_shown_literally(db: Path) -> None:
    run("log", "add", "--channel", "sms", "--said", "\x1b]0;pwned\x07[bold]hi[/bold]\u202e", db=db)
    for fmt in ("text", "markdown", "json"):
        out = run("log", "list", "-f", fmt, db=db).stdout
        assert "\x1b" not in out and "\u202e" not in out, fmt
        assert "[bold]hi[/bold]" in out, fmt


def test_verify_exits_1_after_an_edit_behind_the_logs_back(db: Path) -> None:
    night(db)
    ok = run("log", "verify", db=db)
    assert ok.exit_code == 0 and "没有发现损坏" in ok.stdout
    conn = sqlite3.connect(db)
    content = conn.execute("SELECT content FROM entries WHERE id=3").fetchone()[0]
    conn.execute("UPDATE entries SET content=? WHERE id=3", (content.replace("我妈妈", "nobody"),))
    conn.commit()
    conn.close()
    bad = run("log", "verify", "--lang", "en", db=db)
    assert bad.exit_code == 1 and "Entry 3 was edited" in bad.stdout
    export = run("log", "export", "--lang", "en", db=db).stdout
    assert "Entry 3 was edited" in export.split("## Counts")[0]
    as_json = json.loads(run("log", "verify", "-f", "json", db=db).stdout)
    assert as_json["ok"] is False and as_json["problems"][0]["kind"] == "edited"


def test_wipe_needs_yes_without_a_terminal(db: Path) -> None:
    night(db)
    refused = run("log", "wipe", db=db)
    assert refused.exit_code == 1 and "--yes" in refused.stderr and db.exists()
    done = run("log", "wipe", "--yes", "--lang", "en", db=db)
    assert done.exit_code == 0 and "(4 entries)" in done.stdout and not db.exists()
    again = run("log", "wipe", "--yes", db=db)
    assert again.exit_code == 0 and "没有删除任何东西" in again.stdout


def test_a_foreign_file_gets_a_clear_message(tmp_path: Path) -> None:
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    for args in (["add", "--channel", "call"], ["list"], ["verify"], ["export"], ["wipe", "--yes"]):
        result = run("log", *args, db=other)
        assert result.exit_code == 1, args
        assert "不是 debthelp 的记录文件" in result.stderr
    assert other.read_bytes().startswith(b"\xff\xd8")


def test_every_log_subcommand_has_bilingual_help() -> None:
    group = typer.main.get_command(app).commands["log"]  # type: ignore[attr-defined]
    for name, cmd in group.commands.items():
        assert CliRunner().invoke(app, ["log", name, "--help"]).exit_code == 0
        texts = [cmd.help or ""] + [
            p.help or "" for p in cmd.params if isinstance(p, click.Option) and p.name != "lang"
        ]
        for text in texts:
            assert re.search(r"[\u4e00-\u9fff]", text), (name, text)
            assert re.search(r"[A-Za-z]{3,}", text), (name, text)


# --------------------------------------------------------------------------- prompts


def _ask(keys: str, values: dict[str, object]) -> dict[str, object]:
    with create_pipe_input() as inp:
        inp.send_text(keys)
        inp.close()
        return ask_log_fields("zh", values, input=inp, output=DummyOutput())  # type: ignore[arg-type]


def test_prompts_ask_only_for_what_is_missing() -> None:
    blank = {
        "channel": None,
        "when": None,
        "sender": None,
        "claimed_identity": None,
        "said": None,
        "contacted": [],
    }
    keys = (
        DOWN * 4 + ENTER + ENTER + "138" + ENTER + ENTER + "还钱" + ENTER + "我妈妈、同事" + ENTER
    )
    got = _ask(keys, blank)
    assert got["channel"] == "third-party" and got["when"] is None
    assert got["sender"] == "138" and got["said"] == "还钱"
    assert got["contacted"] == ("我妈妈", "同事")
    only_said = _ask(
        "hello" + ENTER,
        {**blank, "channel": "sms", "when": "now", "sender": "x", "claimed_identity": "y"},
    )
    assert only_said["said"] == "hello"


def test_a_bad_time_at_the_prompt_is_asked_again() -> None:
    blank = {
        "channel": "call",
        "when": None,
        "sender": "x",
        "claimed_identity": "y",
        "said": "z",
        "times": 1,
    }
    got = _ask("昨晚" + ENTER + "\x7f" * 2 + "2026-11-29 23:10" + ENTER, blank)
    assert got["when"] == "2026-11-29 23:10"


def test_a_call_asks_how_many_times() -> None:
    given = {"channel": "call", "when": "now", "sender": "x", "claimed_identity": "y", "said": "z"}
    assert _ask("0" + ENTER + "\x7f" + "9" + ENTER, given)["times"] == 9
    assert _ask(ENTER, given)["times"] is None


def test_ctrl_c_at_a_prompt_is_interrupted() -> None:
    with pytest.raises(Interrupted):
        _ask("\x03", {"channel": None})


@pytest.mark.parametrize(
    ("typed", "lang", "ok"),
    [
        ("删除", "zh", True),
        ("delete", "zh", True),
        ("DELETE", "en", True),
        ("y", "en", False),
        ("", "zh", False),
    ],
)
def test_wipe_asks_for_the_word(typed: str, lang: str, ok: bool) -> None:
    with create_pipe_input() as inp:
        inp.send_text(typed + ENTER)
        inp.close()
        assert confirm_wipe(lang, path="p", count=3, input=inp, output=DummyOutput()) is ok  # type: ignore[arg-type]
