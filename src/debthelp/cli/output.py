"""What a command's result becomes on stdout: one renderer per format.

``emit`` draws JSON from the result's data, or a human format (``auto``,
``text``, ``markdown``) from its document; only the one asked for is built.
A format with no renderer is refused by name (``options.check_format``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any, cast

from debthelp.i18n import Lang
from debthelp.term import Stdout, stdout_is_tty, width, write


def screen() -> tuple[bool, int]:
    """Whether stdout is a terminal, and its width."""
    return stdout_is_tty(), width()


def emit(fmt: str, lang: Lang, *, data: Callable[[], Any], doc: Callable[[], Any]) -> None:
    """JSON from ``data()``, or the human formats from ``doc()`` (only one is built)."""
    from debthelp.cli.options import DOC_FORMATS, check_format
    from debthelp.render import dump_json, emit_doc

    # A format with no renderer here is refused, never drawn as plain text.
    check_format(fmt, DOC_FORMATS)
    if fmt == "json":
        write(dump_json(data()))
        return
    tty, columns = screen()
    # Stdout writes and flushes through term.write_raw and passes the rest to
    # sys.stdout: file-like in every way the renderers use.
    emit_doc(doc(), fmt, lang, cast("IO[str]", Stdout()), tty=tty, width=columns)
