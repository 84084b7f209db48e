"""The JSON export's one reused encoder (issue 27) writes what ``json.dumps``
writes, with Python's C accelerator and without it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from debthelp.render import log_export
from tests.log.test_log_export_fast import plain_json

TAG = {"id": "night", "label": "夜间\x1b", "rule": "r\u202e", "source": ["2c-5"]}
VALUES: list[Any] = [
    "",
    "好\x7f\x85\u2028",
    1.5,
    -0.0,
    10**30,
    None,
    True,
    [],
    {"": [{}]},
    {"\ud800": "x"},
]


def _data() -> dict[str, Any]:
    entries: list[dict[str, Any]] = [{"id": i, "v": v, "tags": [TAG]} for i, v in enumerate(VALUES)]
    entries += [{"v": v} for v in VALUES] + [{}, {"tags": []}, {"tags": [TAG, TAG], "id": 1}]
    return {"format": 1, "lang": "zh", "entries": entries}


@pytest.mark.parametrize("accelerated", [True, False])
def test_the_reused_encoder_writes_what_json_dumps_writes(
    monkeypatch: pytest.MonkeyPatch, accelerated: bool
) -> None:
    if not accelerated:
        monkeypatch.setattr(json.encoder, "c_make_encoder", None)
    encode = log_export._encoder()
    for value in [*VALUES, _data()]:
        assert encode(value) == json.dumps(value, ensure_ascii=False)
    for piece in (1, 3, 4096):
        monkeypatch.setattr(log_export, "PIECE", piece)
        data = _data()
        pieces = list(log_export.json_pieces(data, "zh"))
        assert "".join(pieces) == plain_json(_data())
        assert len(pieces) == 3 + -(-len(data["entries"]) // piece)  # head, "[", tail
        assert data == _data()  # the entries are left as they were
