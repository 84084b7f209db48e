"""Issue 25: one encoding detector (``debthelp.textfile``) for every file a person gives.

The same content saved as UTF-8, UTF-8 with a byte-order mark and GB18030/GBK
gives the same result from each reader: ``check --file``, a rate schedule, a
budget debts file (a GB18030 debts CSV was refused while a GB18030 schedule was
read), an answers file and the budget file a letter reads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.budget import read_debts
from debthelp.check.source import read_message_file
from debthelp.cli import app
from debthelp.errors import InputError
from debthelp.files import read_answers
from debthelp.i18n import t
from debthelp.letters import read_budget
from debthelp.rate import read_schedule
from debthelp.textfile import BOM, decode_text, read_given
from tests.util import ROOT

EXAMPLES = ROOT / "examples"
SAVED: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-sig": lambda text: BOM + text.encode("utf-8"),
    "gb18030": lambda text: text.encode("gb18030"),
}
MESSAGE = "【某某贷】您的借款已逾期，今天不还款将通知您的家人和通讯录联系人。\n"
SCHEDULE = (EXAMPLES / "schedule.csv").read_text(encoding="utf-8").replace("received", "到账")
DEBTS_CSV = (EXAMPLES / "debts.csv").read_text(encoding="utf-8")
DEBTS_YAML = (EXAMPLES / "debts.yaml").read_text(encoding="utf-8")
ANSWERS = "# 我的回答\n" + (EXAMPLES / "answers.yaml").read_text(encoding="utf-8")
BUDGET = (EXAMPLES / "budget.json").read_text(encoding="utf-8")

READERS: dict[str, tuple[str, str, Callable[[Path], Any]]] = {
    "check --file": ("m.txt", MESSAGE, lambda path: read_message_file(path)[0]),
    "rate --schedule": ("s.csv", SCHEDULE, lambda path: read_schedule(path).payments),
    "budget --debts csv": ("d.csv", DEBTS_CSV, read_debts),
    "budget --debts yaml": ("d.yaml", DEBTS_YAML, read_debts),
    "advise --answers": ("a.yaml", ANSWERS, read_answers),
    "letter --budget": ("b.json", BUDGET, read_budget),
}


def test_every_example_has_chinese_in_it() -> None:
    """Else the three encodings would be the same bytes and the test below could not fail."""
    for _name, text, _read in READERS.values():
        assert text.encode("gb18030") != text.encode("utf-8")


@pytest.mark.parametrize("reader", READERS)
def test_the_three_encodings_read_the_same(tmp_path: Path, reader: str) -> None:
    name, text, read = READERS[reader]
    results = {}
    for encoding, save in SAVED.items():
        path = tmp_path / encoding / name
        path.parent.mkdir()
        path.write_bytes(save(text))
        results[encoding] = read(path)
    assert results["utf-8"] == results["utf-8-sig"] == results["gb18030"]


@pytest.mark.parametrize("encoding", SAVED)
def test_the_detector_names_the_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes(SAVED[encoding](MESSAGE))
    assert read_given(path, error=InputError) == (MESSAGE, encoding)
    assert read_message_file(path) == (MESSAGE, encoding)


@pytest.mark.parametrize(
    "data", [b"\x89PNG\r\n\x1a\n\x00\x00", "借呗".encode("utf-16"), BOM + b"\xff\xfe", b"\x81"]
)
def test_what_is_not_text_is_refused_by_every_reader(tmp_path: Path, data: bytes) -> None:
    assert decode_text(data) is None
    for reader, (name, _text, read) in READERS.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError) as caught:
            read(path)
        assert caught.value.key.endswith("not-text"), (reader, caught.value.key)
        assert str(path) in t(caught.value.key, "en", **caught.value.params)


def test_a_gb18030_debts_csv_through_the_command(tmp_path: Path) -> None:
    outputs = []
    for encoding, save in SAVED.items():
        path = tmp_path / encoding / "debts.csv"
        path.parent.mkdir()
        path.write_bytes(save(DEBTS_CSV))
        result = CliRunner().invoke(
            app, ["budget", "--debts", str(path), "--income", "6000", "--expenses", "4500",
                  "--format", "json"]
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout.replace(str(path), "PATH"))
    assert outputs[0] == outputs[1] == outputs[2]
    assert "借呗" in outputs[0]
