"""The console script, with a Ctrl-C at start-up ending as one would later.

`catch.run` turns a Ctrl-C into "cancelled" and exit 130 once it is running,
but the ~80 ms before that (importing typer and the command line) belong to
nobody: a Ctrl-C there printed Python's traceback. This module imports almost
nothing, so it is loaded before the user can press a key, and catches what
comes earlier than ``run``.
"""

from __future__ import annotations

import sys

# Not `import typing`: under load a Ctrl-C landed inside typing's own import, here,
# before the handler below (a traceback in tests/wizard/test_ctrlc_start.py). Annotations
# are strings (__future__), so NoReturn is needed only by the type checker.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn


def main() -> NoReturn:
    try:
        import gc

        # Importing typer, click and the command line builds ~100,000 objects that
        # live until the end; the cyclic collector walked them again and again while
        # they were made, and once more when Python shut down. With it paused for
        # the imports and what they built frozen (never walked again), `check`,
        # `rate` and `tips` each used 14 to 22 ms less CPU (BENCHMARKS.md, issue 25).
        # It is on again, as usual, for everything the command itself does.
        gc.disable()
        try:
            from debthelp.cli.root import main as run_cli
        finally:
            gc.freeze()
            gc.enable()
        run_cli()
    except KeyboardInterrupt:
        _cancelled()
    raise AssertionError("unreachable: the command line always exits")  # pragma: no cover


def _cancelled() -> NoReturn:
    import contextlib
    import os
    import signal

    # Decided: a second Ctrl-C while saying so must not become a traceback either.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from debthelp.errors import ExitCode
        from debthelp.i18n import guess_lang, t

        lang = guess_lang(sys.argv[1:])
        sys.stderr.write("\n" + t("cancelled", lang) + "\n")
        sys.stderr.flush()
        code = int(ExitCode.INTERRUPTED)
    except Exception:
        # The interrupt broke an import the message needs (a module left half
        # initialised): say it without the catalogue, in the language asked for.
        english = "en" in sys.argv[1:] or os.environ.get("DEBTHELP_LANG", "").startswith("en")
        with contextlib.suppress(Exception):
            sys.stderr.write("\nCancelled.\n" if english else "\n已取消。\n")
        code = 130
    # os._exit, so that Python's own shutdown cannot print a traceback either;
    # whatever a finished command had written is flushed first.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing to save
            stream.flush()
    os._exit(code)
