"""A stored content missing a field, or with one of the wrong type, is not an
entry, and the error names the field (issue 27: the check reads all fields at once)."""

from __future__ import annotations

import json

import pytest

from debthelp.log.entry import _TYPES, record_from_content
from tests.log.test_log_export_fast import GOOD


@pytest.mark.parametrize("key", list(_TYPES))
def test_a_missing_or_mistyped_field_is_named(key: str) -> None:
    record = json.loads(GOOD)
    del record[key]
    with pytest.raises(ValueError, match=f"^{key}$"):
        record_from_content(json.dumps(record))
    record[key] = None
    with pytest.raises(ValueError, match=f"^{key}$"):
        record_from_content(json.dumps(record))


def test_the_whole_record_reads() -> None:
    assert record_from_content(GOOD) == {**json.loads(GOOD), "lender": "unknown"}
