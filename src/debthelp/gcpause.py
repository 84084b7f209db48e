"""Pausing the cyclic garbage collector while large acyclic data is built."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a large file or log is read and built.

    Reading allocates tens of thousands of objects that all stay alive, and
    every 700 allocations CPython's collector walks them again, in vain: a
    2,000-question guidance file took 2 to 3 times as long to read, and an
    export of 100,000 log entries nearly twice as long, both growing worse
    than linearly. The collector is left as the caller had it.

    What the pause made and still holds is moved, as it ends, to the oldest
    generation (``gc.freeze`` then ``gc.unfreeze``: two list moves, however
    much there is). Left in the youngest, all of it would be walked by the
    first collection after the pause, while the caller still uses it (0.3 s
    for an export of 100,000 entries, about half that for ``log verify``); in the
    oldest, only a full collection looks at it again: cyclic garbage made
    during the pause is freed then (everything else as soon as it is unused).
    """
    was_enabled = gc.isenabled()
    frozen_before = gc.get_freeze_count()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            # A command started by cli.launch has its start-up frozen already, and
            # unfreezing would undo that: what the pause built (the log, the
            # guidance, alive to the end of the command) stays frozen with it.
            # Elsewhere (tests, a library caller) it goes to the oldest generation.
            if not frozen_before:
                gc.unfreeze()
            gc.enable()
