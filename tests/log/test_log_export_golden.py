"""The log's exports stay byte for byte what they were (issue 27's speed work).

A fixed log (every channel and lender type, attachments, corrections, a night,
a frequent caller, control characters, backticks, formula-like cells, HTML and
Markdown specials, Windows line endings) is drawn in every format and both
languages, at a fixed time; each text's SHA-256 must be the one recorded here,
which the code before the speed work produced. A second log has an edited
entry, so the check's problem lines are drawn too.

When an export is changed on purpose (new words in a message, a new field),
run ``DEBTHELP_GOLDEN_WRITE=/some/folder pytest tests/log/test_log_export_golden.py``:
it writes every text there and prints the new table, to read the difference
before replacing ``GOLDEN``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from debthelp.log import NewEntry, add_entry, export_data, list_data
from debthelp.log.entry import Attachment
from debthelp.render import log_export
from debthelp.render.log_view import EXPORTERS, PIECES, entries_markdown, to_text

CST = dt.timezone(dt.timedelta(hours=8))
FIXED = dt.datetime(2026, 12, 6, 14, 30, 5, tzinfo=CST)


class _Clock(dt.datetime):
    """``datetime`` whose ``now()`` is FIXED, and stays in its own zone."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> Any:
        return _Clock.fromisoformat(FIXED.isoformat())

    def astimezone(self, tz: dt.tzinfo | None = None) -> Any:
        return self if tz is None else super().astimezone(tz)


class _FixedDt:
    datetime = _Clock
    date = dt.date
    timedelta = dt.timedelta
    timezone = dt.timezone


SAID = [
    "再不还钱，后果自负，明天上门",
    "请今天之内还款，谢谢",
    "我们已经联系你的通讯录了，你妈妈也知道了",
    "",
    "我是法院的，要起诉你，冒充公安也不怕",
    "line one\r\nline two\nline three",
    "escape \x1b[2J and \u202eRLO\u202c here",
    "code ``` fence ```` longer",
    '=HYPERLINK("http://x")',
    "<script>alert('x')</script> & \"quoted\"",
    "*bold* _under_ [link](x) | pipe \\ back",
    "要交上门费300元，不然曝光你",
]
CHANNELS = ["call", "sms", "wechat", "visit", "third-party", "public-posting", "other"]
LENDERS = [
    "unknown",
    "credit-card",
    "bank",
    "consumer-finance",
    "small-loan",
    "platform",
    "private",
]


# Attachments are recorded under this made-up folder, so that the entries (and
# the receipt, a hash of them) are the same wherever the test runs.
SHOWN = "/golden"


def _fixed_places(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    book = importlib.import_module("debthelp.log.book")
    checker = importlib.import_module("debthelp.log.verify")
    real_attach, real_hash = book.attach, checker.hash_file

    def attach(paths: list[str]) -> tuple[Attachment, ...]:
        return tuple(a._replace(path=f"{SHOWN}/{Path(a.path).name}") for a in real_attach(paths))

    def hash_file(path: Path) -> Attachment:
        found = real_hash(folder / path.name)
        return found._replace(path=str(path))

    monkeypatch.setattr(book, "attach", attach)
    monkeypatch.setattr(checker, "hash_file", hash_file)


def _build(folder: Path) -> Path:
    db = folder / "log.sqlite3"
    files = []
    for name, body in (("rec_1.m4a", b"audio"), ("shot [2].png", b"\x89PNG")):
        path = folder / name
        path.write_bytes(body)
        files.append(str(path))
    start = dt.datetime(2026, 11, 1, 6, 0, tzinfo=CST)
    for i in range(48):
        when = start + dt.timedelta(hours=5 * i, minutes=7 * i)
        fields: dict[str, Any] = {
            "channel": CHANNELS[i % len(CHANNELS)],
            "when": when.isoformat(timespec="minutes"),
            "said": SAID[i % len(SAID)],
            "lender": LENDERS[i % len(LENDERS)],
        }
        if i % 3 != 2:
            fields["sender"] = f"138 0000 {i % 4:04d}" if i % 5 else "-cmd|' /C calc'!A0"
        if i % 4 == 1:
            fields["claimed_identity"] = "律师事务所 <b>张律师</b>"
        if i % 6 == 4:
            fields["contacted"] = ("我妈妈", "同事 `小王`")
        if i % 8 == 3:
            fields["attach"] = tuple(files[: 1 + i % 2])
        if i % 5 == 2:
            fields["note"] = "他说 *马上* 要来\t家里 | 记下"
        if i % 7 == 5:
            fields["times"] = 3 + i % 4
        if i in (20, 33, 40):
            fields["corrects"] = i - 11
        add_entry(NewEntry(**fields), db=db, now=start + dt.timedelta(days=i))
    # One day of eight calls from one number: the frequency tag.
    for k in range(8):
        day = dt.datetime(2026, 12, 2, 9 + k, 5, tzinfo=CST)
        new = NewEntry(channel="call", when=day.isoformat(), sender="13900001111", said="还钱")
        add_entry(new, db=db, now=day)
    return db


def _edit(db: Path) -> None:
    """Rewrite entry 5 without re-chaining it: ``verify`` reports it edited."""
    conn = sqlite3.connect(db, isolation_level=None)
    content = conn.execute("SELECT content FROM entries WHERE id = 5").fetchone()[0]
    conn.execute(
        "UPDATE entries SET content = ? WHERE id = 5", (content.replace("2026-11", "2026-10"),)
    )
    conn.close()


def _texts(db: Path, folder: Path) -> dict[str, str]:
    out = {}
    for lang in ("zh", "en"):
        for fmt, draw in EXPORTERS.items():
            out[f"export-{fmt}-{lang}"] = text = draw(export_data(db, lang=lang), lang)  # type: ignore[arg-type]
            pieces = list(PIECES[fmt](export_data(db, lang=lang), lang))  # type: ignore[arg-type]
            assert "".join(pieces) == text
            assert len(pieces) > (2 if fmt != "html" and log_export.PIECE < 10 else 0)
        listed = list_data(db, lang=lang)  # type: ignore[arg-type]
        out[f"list-text-{lang}"] = to_text(listed, lang, width=60)  # type: ignore[arg-type]
        listed = list_data(db, lang=lang)  # type: ignore[arg-type]
        out[f"list-markdown-{lang}"] = entries_markdown(listed["entries"], lang)  # type: ignore[arg-type]
    # The folder is the test's own (only the JSON names it, as "db"): the same
    # text wherever it runs.
    return {k: v.replace(str(folder), "TMP") for k, v in out.items()}


GOLDEN: dict[str, dict[str, str]] = {
    "sound": {
        "export-json-zh": "4d479e9dec7923a511d93bf4a486cd9fea396687a7ef9bd81577046de2a720af",
        "export-markdown-zh": "c0661bd258d1be0a0f5b0592ef8efba91215778d8b0cf54a5f98abff6d9c1f1a",
        "export-csv-zh": "8eb0705367ea956ff03df5b5ee2a665c933c46b2b620ff5e0192e89757574138",
        "export-html-zh": "b6bbdca7276f0362890da7dfba03c2c2a9ac1f4469698c2fb8e5429c18345fd4",
        "list-text-zh": "6ae7dafa26b8943c9dcafc0ab0c2dfee2da37179c4526f8f2886d40711fd9c42",
        "list-markdown-zh": "6c531dac9ac670ba079ed7eec8595de2e9fad4fe383ff6cb709443397390e873",
        "export-json-en": "b58dd4e228e5ee816a8e6ac78737e4d3022d449df93db33073ca7b693b13e616",
        "export-markdown-en": "0b7cf01a0e31506ab7166e581632eb595925047728e43a4dcdb41cbbafb3ce81",
        "export-csv-en": "ef67c9506e943c4a10032da43d45b35c4010dd6ff6a109317ca43c3247f195e2",
        "export-html-en": "72e374777768db8c74d85feda20002afb72d42f0b17c063160c4d85337fd62b0",
        "list-text-en": "47e1e8e02731729f593ca88892337f2d8f6b7741941df4c2041b3561aa5b8ffd",
        "list-markdown-en": "9023d9bc7270b47eef35cdad3c89fdb0a33efa28b66e408f8f1f7f3b9b55c3f7",
    },
    "edited": {
        "export-json-zh": "557932cd4d84bb09c93f954bbb3af8b40d76f01f5bd9265b8627a180c8b3166f",
        "export-markdown-zh": "274a368e612ff00da072d019561d399a0aa24552d48ca3ab0626131407b96c15",
        "export-csv-zh": "6590f85f1100ce36e6b80c3192857ad12cf7ba1c6395758036e3f8d635200c87",
        "export-html-zh": "2a5d98fdc55a1e121a8e1caef48820c481ed5f1fbd6b4f90b26711f4eea3c63f",
        "list-text-zh": "4551fdc0ba379d832d62e7c6175dc95848215e5c1eca505d60d9fe8f053d7a28",
        "list-markdown-zh": "78dd2269219b146527286398322ad5e9c4f255edf988cfb972414158b63f8a42",
        "export-json-en": "e68bddfdf6d4886fc4d92816c39f348a833602bf6367da504dbdb2690f60955b",
        "export-markdown-en": "0f92b83c9a59dc2e19a9b74f5b77567bb9561646dcc9c34fde29eb88e4a634fe",
        "export-csv-en": "9ddaa683f1f6ba61008a4bc4a775e0c99a0d09514e756ded54083580cfd947f7",
        "export-html-en": "e74b56b7ffd9cf2b51eebfc8deb0ab3e23a88e252c154ce59e13201fe187dec7",
        "list-text-en": "c1a4edb1417491fc9c709d6f2bb0359c8a167da8800ff84c3d57b45d8fd25a66",
        "list-markdown-en": "41c07707cc479390fa1b4a7300e293e53ebba0e8ec0858eab0c09bb06aea6acb",
    },
}


@pytest.mark.parametrize(
    ("case", "piece"), [("sound", 4096), ("edited", 4096), ("sound", 1), ("edited", 7)]
)
def test_every_export_is_byte_for_byte_the_recorded_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, piece: int
) -> None:
    """Also drawn in pieces of 1 and 7 lines (a file is written as it is drawn)."""
    monkeypatch.setattr(log_export, "PIECE", piece)
    # (``debthelp.log.verify`` is also the name of a function in ``debthelp.log``.)
    for name in ("debthelp.log.timeline", "debthelp.log.verify"):
        monkeypatch.setattr(importlib.import_module(name), "dt", _FixedDt)
    _fixed_places(monkeypatch, tmp_path / "f")
    folder = tmp_path / "f"
    folder.mkdir()
    db = _build(folder)
    if case == "edited":
        _edit(db)
    texts = _texts(db, folder)
    got = {k: hashlib.sha256(v.encode("utf-8")).hexdigest() for k, v in texts.items()}
    keep = os.environ.get("DEBTHELP_GOLDEN_WRITE")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for name, text in texts.items():
            Path(keep, f"{case}-{name}").write_text(text, encoding="utf-8", newline="")
        print(f'"{case}": {{')
        for name, digest in got.items():
            print(f'    "{name}": "{digest}",')
        print("},")
    # Every text really is drawn from a log that holds what the cases need.
    assert "TMP" in texts["export-json-en"] and "frequency" in texts["export-json-en"]
    assert f"{SHOWN}/rec_1.m4a" in texts["export-csv-zh"]
    assert ("edited" in texts["export-json-zh"]) == (case == "edited")
    assert got == GOLDEN[case]
