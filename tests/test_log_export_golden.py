"""The log's exports stay byte for byte what they were (issue 27's speed work).

A fixed log (every channel and lender type, attachments, corrections, a night,
a frequent caller, control characters, backticks, formula-like cells, HTML and
Markdown specials, Windows line endings) is drawn in every format and both
languages, at a fixed time; each text's SHA-256 must be the one recorded here,
which the code before the speed work produced. A second log has an edited
entry, so the check's problem lines are drawn too.

When an export is changed on purpose (new words in a message, a new field),
run ``DEBTHELP_GOLDEN_WRITE=/some/folder pytest tests/test_log_export_golden.py``:
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
        "export-json-zh": "2769dee468ee3dc96973c9eda158571922328f8d41073d233d81a5bef9aebd9d",
        "export-markdown-zh": "9b25ce35ef57316de1395297bc2d55636f72845ac0f5a28c4742e36f323544f7",
        "export-csv-zh": "88db59e608393c52ea125ce2f3ae1ee39a847dac095e955cea39a236263b3903",
        "export-html-zh": "d4e412a23c9701aaf8e1db5ade63da07e43f9a414086f28154c07994b6c0ce85",
        "list-text-zh": "f948ad6f9161ebba88a33fba56508c4b8489b1c6e7885ce1cdc6620491880407",
        "list-markdown-zh": "24598c7a2dddff9ae63629e40bb8f1b5a49c07057fc754d71221a12e87344040",
        "export-json-en": "0a48005a800d056da68ff8b1b6bd766d7e05fe47477309e41c93c5364bcf3bd9",
        "export-markdown-en": "81c68bc974ce320f05ea346c435479eef5e428c883adf74c4799d0a8ceb28fa5",
        "export-csv-en": "f7cb39d00671803f4aa7a9b43f59ca670d46d3d7c4e754e8c4bc4340c5715e1c",
        "export-html-en": "a0265c859d2ce4e4cc5970b3caa72a46706ae97eef887f81ca0a6037f6500ea2",
        "list-text-en": "201a7de2221fed465de87ba60fb2023f35d0e39660d401f287a4a9c79e355534",
        "list-markdown-en": "3af2d0d2afbe29923d653769c32a6913d29730af31658bfcabe9b62a1ae27444",
    },
    "edited": {
        "export-json-zh": "9c0011815d3abd63790cd69ec15de03df2acc17899ec0dd1827b56e28fdaedfe",
        "export-markdown-zh": "a114fcc2563c0f91925cf5bbe1b374018a21d10816ac539a79ddc3d74a87c214",
        "export-csv-zh": "c106055fc027629659828cb9d46ec90751e024cbaee29ccd2611d1d2a306ed30",
        "export-html-zh": "df1449c50487044f2f23e0c3480201218a426ec6e698e09075db11b90c137a28",
        "list-text-zh": "94f6c692d0bfe926522600c77fcb1c4952a795d4ba6c9c1a1479d5cbf5aa181c",
        "list-markdown-zh": "13f532111dcb478a29eb64a2f33cd101157c486e71776b4922932613a9c0256e",
        "export-json-en": "6a4ef7bc4a209b55c9336008ee6f56ae99c568a1b62f3cc70683cc31ea792697",
        "export-markdown-en": "3a8a6ec94996e438ff4f6671665ad32ed9ea7ab3dadec39cfde8e65d701c5379",
        "export-csv-en": "7479f75ab5350dbbf0fee11631613249382557d3809f75adfff7f032be746b26",
        "export-html-en": "4ca881f626a5006b5ca31d4f2dc7d0d4fbe04e4f649d831fa2de5122eac0b47e",
        "list-text-en": "cc7788e47c2af824f9e89105c937772a6cb146daac13848192599c47a9484e5f",
        "list-markdown-en": "8c03d0f7dcc1c8fcfe25444d67f184407416c91bf08f701309855345047f87b7",
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
