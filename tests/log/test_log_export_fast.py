"""The fast paths of the log's exports (issue 27) give exactly what the plain
ones gave, on any text: each is checked against the plain version it replaced."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from debthelp.log import NewEntry, add_entry
from debthelp.log.entry import record_from_content
from debthelp.render.log_export import _MD_ESCAPES, _md, to_json
from debthelp.safetext import printable
from tests.cli.test_fuzz import fuzz_settings

# Text with every kind of character the fast paths skip or must not skip.
TRICKY = "\x00\x1b\x7f\x85\x9b\u202e\u2066\u200f\r\n\t `*_[]<>|\\\"'&#{}:,好\u3000\xa0\ud800"
texts = st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=30)


def plain_json(data: dict[str, Any]) -> str:
    """``to_json`` as it was before issue 27's speed work."""
    head = {k: v for k, v in data.items() if k != "entries"}
    text = json.dumps(head, ensure_ascii=False, indent=2)
    lines = [json.dumps(e, ensure_ascii=False) for e in data["entries"]]
    body = "[\n    " + ",\n    ".join(lines) + "\n  ]" if lines else "[]"
    return printable(text[:-2] + f',\n  "entries": {body}\n}}\n')


@st.composite
def exports(draw: st.DrawFn) -> dict[str, Any]:
    shared = draw(
        st.lists(
            st.fixed_dictionaries(
                {"id": texts, "label": texts, "rule": texts, "source": st.lists(texts, max_size=2)}
            ),
            max_size=4,
        )
    )
    entries = []
    for _ in range(draw(st.integers(0, 6))):
        entry: dict[str, Any] = draw(st.dictionaries(texts, texts | st.integers(), max_size=4))
        kind = draw(st.sampled_from(["last", "none", "first", "only"]))
        tags = draw(st.lists(st.sampled_from(shared), max_size=3)) if shared else []
        if kind == "last":  # as entry_json makes it
            entry.pop("tags", None)
            entry["tags"] = tags
        elif kind == "first":  # a stored "tags" key keeps its place
            entry = {"tags": tags, **entry}
        elif kind == "only":
            entry = {"tags": tags}
        entries.append(entry)
    return {"format": 1, "lang": "en", "note": draw(texts), "entries": entries}


@fuzz_settings(2000)
@given(exports())
def test_to_json_is_the_plain_encoding_made_printable(data: dict[str, Any]) -> None:
    before = json.dumps(data)
    assert to_json(data, "en") == plain_json(data)
    assert json.dumps(data) == before  # the entries are as they were, keys in order


@fuzz_settings(2000)
@given(texts)
def test_md_is_printable_then_escaped(text: str) -> None:
    assert _md(text) == printable(text).translate(_MD_ESCAPES)


def test_an_empty_export_and_one_entry() -> None:
    for entries in ([], [{"id": 1, "tags": []}], [{"tags": [{"a": "\x1b"}]}]):
        data = {"format": 1, "entries": entries}
        assert to_json(data, "en") == plain_json(data)


GOOD = json.dumps(
    {
        "id": 1,
        "when": "2026-11-29T23:10:00+08:00",
        "recorded": "2026-11-29T23:10:00+08:00",
        "channel": "call",
        "from": "",
        "claimed_identity": "",
        "said": "x",
        "contacted": [],
        "attachments": [],
        "note": "",
        "times": 1,
        "keywords": [],
        "corrects": None,
    },
    ensure_ascii=False,
    sort_keys=True,
    separators=(",", ":"),
)


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        (GOOD, True),
        (" " + GOOD, True),  # white space around: json.loads accepts it, and so did the log
        (GOOD + "\n ", True),
        (GOOD + "x", False),
        (GOOD + GOOD, False),
        (GOOD[:-1], False),
        ("", False),
        ("[]", False),
        (GOOD.replace('"times":1', '"times":true'), False),
        (GOOD.replace('"keywords":[]', '"keywords":[1]'), False),
        (GOOD.replace('"contacted":[]', '"contacted":["a",2]'), False),
        (GOOD.replace('"said":"x"', '"said":null'), False),
    ],
)
def test_a_stored_content_reads_as_json_loads_would(text: str, reads: bool) -> None:
    if reads:
        assert record_from_content(text)["id"] == json.loads(text)["id"]
    else:
        with pytest.raises(ValueError):
            record_from_content(text)


def _rows(n: int) -> list[tuple[int, str, str, str]]:
    from debthelp.log.entry import GENESIS, chain_hash

    rows, prev = [], GENESIS
    for i in range(1, n + 1):
        content = GOOD.replace('"id":1', f'"id":{i}')
        digest = chain_hash(prev, content)
        rows.append((i, content, prev, digest))
        prev = digest
    return rows


@pytest.mark.parametrize(
    ("tamper", "linked"),
    [
        ("none", 6),
        ("edit 4", 3),  # content changed, hash not
        ("rechain from 4", 6),  # a forgery agrees with itself: the receipt finds it
        ("unreadable 2", 1),
        ("swap 5 and 6", 4),
        ("drop 1", 0),
    ],
)
def test_verify_knows_how_far_the_chain_is_sound(tamper: str, linked: int) -> None:
    """``verify --receipt`` takes the head from the stored chain only that far
    (issue 27: no second pass); beyond it the head is recomputed."""
    from debthelp.log.entry import chain_hash
    from debthelp.log.receipt import recomputed_head
    from debthelp.log.verify import _walk

    rows = _rows(6)
    if tamper == "edit 4":
        rows[3] = (4, rows[3][1].replace('"x"', '"y"'), rows[3][2], rows[3][3])
    elif tamper == "rechain from 4":
        prev = rows[2][3]
        for i in range(3, 6):
            content = rows[i][1].replace('"x"', '"y"')
            rows[i] = (i + 1, content, prev, chain_hash(prev, content))
            prev = rows[i][3]
    elif tamper == "unreadable 2":
        rows[1] = (2, "{", rows[1][2], rows[1][3])
    elif tamper == "swap 5 and 6":
        rows[4], rows[5] = rows[5], rows[4]
    elif tamper == "drop 1":
        rows = rows[1:]
    found = _walk(rows, {})[3]
    assert found == linked
    contents = [row[1] for row in rows]
    for k in range(1, found + 1):  # where it is trusted, it is right
        assert rows[k - 1][3] == recomputed_head(contents[:k])


@pytest.mark.parametrize("fmt", ["json", "markdown", "csv", "html"])
def test_export_to_a_file_is_what_export_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """``log export -o`` writes the pieces as they are drawn: the same text as on stdout."""
    from typer.testing import CliRunner

    from debthelp.cli import app
    from debthelp.render import log_export
    from tests.log.test_log_export_golden import _FixedDt

    for name in ("debthelp.log.timeline", "debthelp.log.verify"):
        monkeypatch.setattr(importlib.import_module(name), "dt", _FixedDt)
    monkeypatch.setattr(log_export, "PIECE", 2)
    db = tmp_path / "log.sqlite3"
    for said in ("再不还钱，后果自负", "`x` \x1b[2J", "", "=1+1", "<b>明天上门</b>"):
        add_entry(NewEntry(channel="call", said=said, sender="13800001111"), db=db)
    runner = CliRunner()
    base = ["log", "export", "--format", fmt, "--db", str(db), "--lang", "en"]
    printed = runner.invoke(app, base)
    assert printed.exit_code == 0, printed.output
    out = tmp_path / f"out.{fmt}"
    saved = runner.invoke(app, [*base, "-o", str(out)])
    assert saved.exit_code == 0, saved.output
    assert out.read_text(encoding="utf-8") == printed.stdout
    assert out.stat().st_mode & 0o777 == 0o600


def test_an_export_that_fails_while_drawn_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from debthelp.files import write_private

    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")

    def pieces() -> Iterator[str]:
        yield "new, half"
        raise KeyError("drawing failed")

    with pytest.raises(KeyError):
        write_private(out, pieces())
    assert out.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
