"""The whole command line: the app, shared options, one module per command, the catch point.

- ``root``: the typer app, the root command (the wizard) and ``main``.
- ``options`` / ``options_rate``: options shared by several commands.
- ``catch``: the one catch point (``DebtHelpGroup``) and the last net (``run``).
- ``launch``: the console script; it imports almost nothing, so a Ctrl-C at
  start-up ends as one would later.
- one module per command: its options, and the function that turns them into
  a call of the core and hands the result to a renderer.

This package's ``__init__`` imports nothing: ``launch`` must load before typer.
``from debthelp.cli import app`` (and ``main``, ``report``,
``only_the_command_named``) still works, loading ``root`` on first use.
"""

from __future__ import annotations

from typing import Any

__all__ = ["app", "main", "only_the_command_named", "report"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from debthelp.cli import root

        return getattr(root, name)
    raise AttributeError(f"module 'debthelp.cli' has no attribute {name!r}")
