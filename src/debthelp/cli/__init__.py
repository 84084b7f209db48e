"""The whole command line: the app, shared options, one module per command, the catch point.

- ``root``: the typer app, the root command (the wizard), ``main``, and how a
  command module joins the app (``register``; found by its file, imported only
  when run).
- one module per command, named as the command (``tips.py``, ``check.py``,
  ``log.py``...): its options, a ``register(app)`` function, and the function
  that turns the options into a call of the core and hands the result to
  ``output``. A long adapter may sit beside it in ``<command>_run.py``.
- ``options`` / ``options_rate``: options shared by several commands.
- ``output``: one renderer per format (``emit``); ``save``: the one
  save-or-stdout tail.
- ``catch``: the one catch point (``DebtHelpGroup``) and the last net (``run``).
- ``launch``: the console script; it imports almost nothing, so a Ctrl-C at
  start-up ends as one would later.

This package's ``__init__`` imports nothing: ``launch`` must load before typer.
The command modules do without ``from __future__ import annotations``: typer
would evaluate every option's annotation string when the command is built
(about 0.7 ms of each start, issue 25).
``from debthelp.cli import app`` (every command registered), ``main`` and
``only_the_command_named`` load what they need on first use.
"""

from __future__ import annotations

# Not `import typing`: this runs before launch's Ctrl-C handler (see launch.py).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["app", "main", "only_the_command_named"]


def __getattr__(name: str) -> Any:
    if name == "app":  # with every command registered, as the tests and --help see it
        from debthelp.cli.root import load_commands

        return load_commands()
    if name == "main":
        from debthelp.cli.root import main

        return main
    if name == "only_the_command_named":
        from debthelp.cli.catch import only_the_command_named

        return only_the_command_named
    raise AttributeError(f"module 'debthelp.cli' has no attribute {name!r}")
