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
from debthelp.render.log_view import EXPORTERS, entries_markdown, to_text

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
            out[f"export-{fmt}-{lang}"] = draw(export_data(db, lang=lang), lang)  # type: ignore[arg-type]
        listed = list_data(db, lang=lang)  # type: ignore[arg-type]
        out[f"list-text-{lang}"] = to_text(listed, lang, width=60)  # type: ignore[arg-type]
        listed = list_data(db, lang=lang)  # type: ignore[arg-type]
        out[f"list-markdown-{lang}"] = entries_markdown(listed["entries"], lang)  # type: ignore[arg-type]
    # The folder is the test's own (only the JSON names it, as "db"): the same
    # text wherever it runs.
    return {k: v.replace(str(folder), "TMP") for k, v in out.items()}


GOLDEN: dict[str, dict[str, str]] = {
    "sound": {
        "export-json-zh": "8bafc9fdb8ef9a8dcc55ea6120e5a0d672165f40cc1854dcfa298dd350924566",
        "export-markdown-zh": "f834ad6736a2a8092d7a94b29e330c6caa111448c0a5571928c5429abbb4af07",
        "export-csv-zh": "88db59e608393c52ea125ce2f3ae1ee39a847dac095e955cea39a236263b3903",
        "export-html-zh": "dc615914578a0d69478c24f18ccc1f1b771b33b74b5913dcae320ca1bbecec47",
        "list-text-zh": "356e6b0de01f6ccb336ec26ca8a68f366b6b580148b6092ebde819c324e83cb4",
        "list-markdown-zh": "5b5d7decd58790bab7fc7be7f239d1dc72b0576cce04ac1c202a50b1a594304a",
        "export-json-en": "e4fac66c963086fb74f41fe79284fdbda2cbba63ab44f418b4b70acdcc2c745f",
        "export-markdown-en": "2cf4ff51685a31d0a276943656dbe04894c97be5b4e100d28711ed929a99bd8e",
        "export-csv-en": "f7cb39d00671803f4aa7a9b43f59ca670d46d3d7c4e754e8c4bc4340c5715e1c",
        "export-html-en": "ead018a2e6b6a9afb5c2d9760ad4242c4ca05a5c8f08ac72d723d8e5cf8829da",
        "list-text-en": "300ec3d3fb755c1d9b75524c3c1ddffdd1dee859b18a622585f6a235706c8c92",
        "list-markdown-en": "2ea53dc80cea69fbaf1c1dedc6a3f5a6974fc8b79c255dacc4cfd0e9e156fb1a",
    },
    "edited": {
        "export-json-zh": "cd8d37bd36715b6d7454b016e3aa64d2af9bec098e1ec2eeabfa1f763f330772",
        "export-markdown-zh": "fa5754683107e770373cf1d0266b4390640748b45b4dc75d4cf00badbc19c25d",
        "export-csv-zh": "c106055fc027629659828cb9d46ec90751e024cbaee29ccd2611d1d2a306ed30",
        "export-html-zh": "238f85c798ed342360ab319610fe017446773c5ce069436c3d01e86c86d946b4",
        "list-text-zh": "4500872dd70abc1fe5465419ba03fe37eec222f293852f0105262dfe41531cb5",
        "list-markdown-zh": "b5abcddbe0031b597bff804ce0468a443d754acb8f8b7355d8565485f62ad3f1",
        "export-json-en": "0c26863521834c353e907286ccd0f798fe9bd23423aae8295044963a5a743e87",
        "export-markdown-en": "15daeac23106b1e4eb7bff62462c4532cc1e302d9a376a97d1c7afcfdf83db6f",
        "export-csv-en": "7479f75ab5350dbbf0fee11631613249382557d3809f75adfff7f032be746b26",
        "export-html-en": "0da5b129a6fba44c1a7f402f3df6caed434a138e7a15597d827e863e89c22850",
        "list-text-en": "19fbbe8d845779c26a6710da994f4364ecab9903053354426fcb2701afb8e058",
        "list-markdown-en": "961236f9c1e39b010a0dd3ea06a4bcb4e24b632e4882cfd4121903e03888751a",
    },
}


@pytest.mark.parametrize("case", ["sound", "edited"])
def test_every_export_is_byte_for_byte_the_recorded_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
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
