"""After a pause of the collector (``gcpause``), what the pause built is not
walked again at once, and is still collected when it becomes garbage (issue 27:
the walk cost 0.3 s at the end of an export of 100,000 entries)."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from debthelp.gcpause import paused_gc
from debthelp.log import NewEntry, add_entry, export_data


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector can free it


def test_what_the_pause_built_is_in_the_oldest_generation() -> None:
    with paused_gc():
        kept = [[i] for i in range(1000)]  # lists: always tracked
    young = {id(o) for o in gc.get_objects(generation=0)}
    assert not any(id(d) in young for d in kept)
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(d) in oldest for d in kept)
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_cycle_made_in_the_pause_is_still_collected() -> None:
    with paused_gc():
        node = _Node()
    gone = weakref.ref(node)
    del node
    assert gone() is not None  # a cycle: refcounting alone does not free it
    gc.collect()
    assert gone() is None


def test_objects_someone_froze_stay_frozen_and_the_pause_joins_them() -> None:
    """As under `debthelp`: cli.launch froze the start-up. Unfreezing would undo that, and
    leaving the pause's objects young would cost the walk again (the collector in a
    command started by cli.launch: before this, an export there kept the 0.3 s)."""
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            made = [[i] for i in range(10)]
        assert gc.get_freeze_count() >= frozen + len(made)
        walked = {id(o) for g in range(3) for o in gc.get_objects(generation=g)}
        assert not any(id(m) in walked for m in made)
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_an_export_leaves_its_entries_out_of_the_youngest_generation(tmp_path: Path) -> None:
    db = tmp_path / "log.sqlite3"
    for _ in range(3):
        add_entry(NewEntry(channel="call", said="再不还就上门"), db=db)
    data = export_data(db)
    young = {id(o) for o in gc.get_objects(generation=0)}
    assert len(data["entries"]) == 3 and not any(id(e) in young for e in data["entries"])
