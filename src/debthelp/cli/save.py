"""The one save-or-stdout tail every command that writes a file ends with.

``-o FILE`` saves a private file (0600, written atomically by
``files.write_private``, always UTF-8) and says where on stderr, in the
person's language; no ``-o``, or ``-o -``, puts the same text on stdout.
A document that is a file in its own right (an HTML page) goes to stdout as
UTF-8 bytes whatever the console's encoding (``term.write_utf8``), since it
says ``charset=utf-8`` to whoever opens it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from debthelp.i18n import Lang, t
from debthelp.term import say, write, write_utf8

# A note is a message key filled with ``path``, or a function of the path.
Note = str | Callable[[str], str]


def save(
    path: str | os.PathLike[str], text: str | Iterable[str], lang: Lang, *, note: Note
) -> None:
    """Save ``text`` to ``path`` (0600, UTF-8) and say so on stderr. ``text`` may come
    in pieces (a long log export, written as it is drawn)."""
    from debthelp.files import write_private

    name = os.fspath(path)
    write_private(name, text)
    say(note(name) if callable(note) else t(note, lang, path=name))


def save_or_print(
    output: str | os.PathLike[str] | None,
    text: str,
    lang: Lang,
    *,
    note: Note,
    utf8: bool = False,
) -> bool:
    """``text`` saved to ``output``, or on stdout when ``output`` is None or ``-``.

    ``utf8``: stdout gets UTF-8 bytes whatever the console's encoding (a page
    or report that says so in its head). True when a file was saved.
    """
    if output is None or os.fspath(output) == "-":
        (write_utf8 if utf8 else write)(text)
        return False
    save(output, text, lang, note=note)
    return True
