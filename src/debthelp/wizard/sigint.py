"""Ctrl-C while prompts run: noted, never lost, never raised inside asyncio.

``watch_sigint`` holds our SIGINT handler for a whole session of prompts (see
``prompt.guarded``, which ends the prompt that is open); ``keep_lost_interrupts``
sends again a Ctrl-C that Python swallowed outside the watch.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any


class _Watch:
    """SIGINTs seen while prompts are open, and the prompt to wake for one."""

    def __init__(self) -> None:
        self.seen = False
        self.app: Any = None
        self.wake: Any = None

    def on_sigint(self, _signum: int, _frame: Any) -> None:
        self.seen = True
        app, wake = self.app, self.wake
        loop = getattr(app, "loop", None)
        if app is not None and wake is not None and app.is_running and loop is not None:
            # Thread-safe, so that it also wakes the loop out of select().
            with contextlib.suppress(RuntimeError):  # the loop has just closed
                loop.call_soon_threadsafe(wake)


_watching: list[_Watch] = []


@contextlib.contextmanager
def watch_sigint() -> Iterator[_Watch]:
    """Our SIGINT handler, for a whole session of prompts (or one prompt alone).

    Held from the first prompt to the last, not prompt by prompt: a SIGINT that
    came between two prompts used to meet Python's default handler, which raised
    KeyboardInterrupt wherever the code was (inside asyncio's or prompt_toolkit's
    teardown, where it could be swallowed), and Ctrl-C was lost now and then.
    Now it is noted, the next prompt is never shown, and the session raises
    KeyboardInterrupt when it ends if no prompt did.
    """
    import signal

    keep_lost_interrupts()
    if _watching:  # already watched by the session around us
        yield _watching[-1]
        return
    watch = _Watch()
    in_main_thread = _in_main_thread()
    previous = signal.getsignal(signal.SIGINT) if in_main_thread else None
    if in_main_thread:
        signal.signal(signal.SIGINT, watch.on_sigint)
    _watching.append(watch)
    try:
        yield watch
    finally:
        _watching.remove(watch)
        if in_main_thread:
            signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    if watch.seen:
        raise KeyboardInterrupt


def keep_lost_interrupts() -> None:
    """From the first prompt on, a Ctrl-C that Python swallowed is delivered again.

    Outside our watch (between two sessions: while the plan is drawn, before
    "keep this plan?"), Python's own handler raises KeyboardInterrupt at the
    next line of Python that runs. When the signal came during a garbage
    collection, that line is a weakref callback freeing a finished prompt
    (``WeakSet._remove``, asyncio's set of tasks), and an exception there
    cannot propagate: Python printed "Exception ignored in ... KeyboardInterrupt"
    and carried on, and the next prompt waited as if no key had been pressed
    (5 in 100 Ctrl-Cs sent as one session closed; tests/wizard/test_ctrlc.py). Such an
    interrupt is now sent again a moment later, from a thread of its own, when
    the collection is over: the SIGINT handler in force then (Python's, our
    watch, or none once the run has ended) meets ordinary code. Sent at once,
    from here, it would be raised inside this hook and swallowed again.
    """
    import _thread
    import sys

    previous = sys.unraisablehook
    if getattr(previous, "_debthelp", False):
        return

    def again() -> None:
        import time

        time.sleep(0.01)
        _thread.interrupt_main()

    def hook(unraisable: Any) -> None:
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
            # Not threading.Thread: its start() runs Python code, where the
            # interrupt would land, still inside this hook.
            _thread.start_new_thread(again, ())
            return
        previous(unraisable)

    hook._debthelp = True  # type: ignore[attr-defined]
    sys.unraisablehook = hook


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()
