"""The one place debthelp reaches click: ``from debthelp.cli.clicks import click``.

typer 0.25 and older depend on an installed click and build on it. typer 0.26
and later carry a trimmed copy of their own (``typer._click``: no ``Group``,
``Option`` or ``Abort``; ``Exit`` and ``Abort`` move to ``typer``), whose
exceptions an installed click's ``except`` clauses do not catch. Reaching
click only here (ruff's banned-api keeps ``import click`` out of every other
module of debthelp) makes that move one module's change.
"""

import click

__all__ = ["click"]
