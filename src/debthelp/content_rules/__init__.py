"""The content rules: one set of checks for every sentence debthelp shows (pure core).

Wrong advice hurts real people, so every sentence that states a rule or names a
channel is checked the same way, wherever it lives: the guidance's tips, terms and
questions, the checker's patterns, the letters, the evidence log's tags, the budget
and rate reports (``data/*.yaml``), and the message catalogues
(``src/debthelp/messages/*.py``, whose ``SOURCES`` map a key to its facts).

A *unit* is one bilingual text (a ``{zh, en}`` mapping in a data file, or one
catalogue entry) with the fact ids it leans on: its own ``source`` (or
``<field>_source``) and those of the mappings around it. The rules:

- ``unsourced``: a unit that states a rule or names a channel cites a fact, not
  only the source article;
- ``source-unknown`` / ``source-unverified``: every cited id is declared in the
  guidance's ``sources`` and is V-P or V-S (never a fact the sheet marks U);
- ``number`` / ``number-source``: only the verified hotlines, each with the fact
  that backs it;
- ``industry-unlabelled`` / ``industry-scope`` / ``industry-as-law``: an industry
  rule says it is one (行业规范 / industry rule) and whom it binds (会员 / members),
  and is never called law;
- ``misstatement``: none of the fact sheet's misstatements 1 to 9;
- ``2b-1``: the 2012 police-law text (2b-1) is always cited with 2b-2;
- ``time-bar`` / ``time-bar-gloss``: a sentence saying the limitation period
  restarts (4-3) also says that agreeing after it has run gives up the defence
  (4-2); the period is never glossed as "the time the lender has to sue".

``debthelp validate`` reports every problem found here, and the content tests run
the same functions on the shipped data, so a content author learns everything
from ``validate``. Nothing here imports rich, typer or questionary.
"""

from __future__ import annotations

# The package's API: what ``debthelp validate`` and the content tests call, and the
# tables they read. Each name is imported from the module that owns it; the
# helpers those modules share among themselves stay theirs (issue 25, D3).
from debthelp.content_rules.checks import (
    check_shipped,
    check_unit,
    check_units,
    industry_as_law,
    load_data_units,
    load_message_units,
)
from debthelp.content_rules.misstatements import MISSTATEMENTS, Misstatement, claims
from debthelp.content_rules.table import (
    DATA_FILES,
    FORBIDDEN_NUMBERS,
    HOTLINES,
    MESSAGE_MODULES,
    UNCITABLE,
)
from debthelp.content_rules.text import Unit, data_units, paragraphs, phone_numbers, units

__all__ = [
    "DATA_FILES",
    "FORBIDDEN_NUMBERS",
    "HOTLINES",
    "MESSAGE_MODULES",
    "MISSTATEMENTS",
    "UNCITABLE",
    "Misstatement",
    "Unit",
    "check_shipped",
    "check_unit",
    "check_units",
    "claims",
    "data_units",
    "industry_as_law",
    "load_data_units",
    "load_message_units",
    "paragraphs",
    "phone_numbers",
    "units",
]
