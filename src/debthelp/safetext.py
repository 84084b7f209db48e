"""Text from outside debthelp, made safe to show on a terminal.

A topic typed on the command line, a file name, a schedule's notes or a string
in someone else's guidance file could hold escape sequences that retitle the
window, clear the screen or reverse the text around them. ``printable`` shows
every such character as a visible ``\\uXXXX`` instead. The form is valid inside
a JSON string too, where it decodes back to the very same character, so it is
safe to apply to any result debthelp writes.
"""

from __future__ import annotations

import re
from functools import cache

# C0 controls except tab and newline, DEL and the C1 controls, the marks that
# reorder text on screen (bidi embeddings, overrides, isolates and marks), and
# lone surrogates (undecodable bytes in a command-line argument).
_UNSAFE_CLASS = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


@cache
def _unsafe() -> re.Pattern[str]:
    # Compiled on first need only: clean text, the usual case, never needs it.
    # A carriage return before a newline is a Windows line ending (a message
    # saved in Notepad, CSV rows): it ends the line and is kept. On its own it
    # would move the cursor back over the line, so it is shown.
    return re.compile("(?!\r\n)" + _UNSAFE_CLASS)


def _show(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def printable(text: str) -> str:
    """``text`` with every control and reordering character shown as ``\\uXXXX``
    (a carriage return that ends a line, before its newline, is kept)."""
    # Every character the pattern matches is one Python does not count as
    # printable (controls Cc, formats Cf, surrogates Cs), so text that is
    # printable once its newlines and tabs are set aside is safe as it is.
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text
    return _unsafe().sub(_show, text)
