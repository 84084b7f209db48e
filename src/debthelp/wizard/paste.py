"""Bracketed paste that Ctrl-C and Ctrl-D can end (hostile pass F5).

``paste_ends_on_cancel`` is applied by ``prompt.guarded`` to every prompt's input.
"""

from __future__ import annotations

import functools
from typing import Any

# Ctrl-C and Ctrl-D as the terminal sends them in raw mode.
_CANCEL_BYTES = ("\x03", "\x04")
_PASTE_END = "\x1b[201~"


def paste_ends_on_cancel(terminal_input: Any) -> None:
    """Let Ctrl-C and Ctrl-D end a bracketed paste, so that they still cancel.

    After ``ESC[200~`` prompt_toolkit's vt100 parser takes every byte as pasted
    text until ``ESC[201~``; no key binding sees them. A bare start (a hostile
    text pasted from a terminal that does not filter escapes out of pastes)
    left every prompt deaf to Ctrl-C and Ctrl-D until the process was killed
    (hostile pass F5). Now a Ctrl-C or Ctrl-D byte ends the paste: the text
    before it is pasted, and the key itself is read as a key.
    """
    from prompt_toolkit.input.vt100_parser import Vt100Parser

    parser = getattr(terminal_input, "vt100_parser", None)
    if type(parser) is Vt100Parser:
        # The class, not a bound function, is swapped: a closure holding the
        # parser would make a reference cycle, and finished prompts must be
        # freed at once, not by the garbage collector (see sigint.py).
        parser.__class__ = _paste_safe_parser()


@functools.cache
def _paste_safe_parser() -> type:
    from prompt_toolkit.input.vt100_parser import Vt100Parser
    from prompt_toolkit.key_binding import KeyPress
    from prompt_toolkit.keys import Keys

    class PasteEndsOnCancel(Vt100Parser):
        def feed(self, data: str) -> None:
            if self._in_bracketed_paste:
                pending = self._paste_buffer + data
                end = pending.find(_PASTE_END)
                cuts = [i for i in (pending.find(b) for b in _CANCEL_BYTES) if i >= 0]
                cut = min(cuts, default=-1)
                if cut >= 0 and (end < 0 or cut < end):
                    self._in_bracketed_paste = False
                    self._paste_buffer = ""
                    if cut:
                        self.feed_key_callback(KeyPress(Keys.BracketedPaste, pending[:cut]))
                    self.feed(pending[cut:])
                    return
            # Outside a paste, or a paste that ends before any Ctrl-C: as
            # before. The plain parser starts a paste part-way through data by
            # calling self.feed with the rest, which is this method again.
            super().feed(data)

    return PasteEndsOnCancel
