"""Reading big data pauses the garbage collector, and always puts it back."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from debthelp.gcpause import paused_gc
from debthelp.log import NewEntry, add_entry, export_data, verify


def test_paused_inside_and_restored_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), paused_gc():
        assert not gc.isenabled()
        _ = 1 / 0
    assert gc.isenabled()


def test_the_log_export_leaves_the_collector_on(tmp_path: Path) -> None:
    db = tmp_path / "log.sqlite3"
    add_entry(NewEntry(channel="call", said="再不还就上门"), db=db)
    data = export_data(db)
    assert data["entries"] and gc.isenabled()
    assert verify(db).ok and gc.isenabled()
