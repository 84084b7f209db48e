"""The interactive wizard: asks the guidance's questions with questionary.

The only package that imports questionary or prompt_toolkit (enforced by
ruff). Prompts are drawn on the terminal (stderr when stdout is redirected),
so ``debthelp > plan.txt`` leaves only the plan in the file.

- ``prompt``: asking one question of each kind, its keys and its checks.
  A new kind of question needs an asker there (and its rules in
  ``guidance.kinds``).
- ``flow``: the walk through the questions, help shown at once, the review.
- ``extras``: offering to keep the plan; the loan figures ``rate`` asks for.
- ``budget``: the income, essential spending and debts ``budget`` asks for.
- ``sigint``: Ctrl-C while prompts run, noted for a whole session and never lost.
- ``paste``: a bracketed paste that Ctrl-C and Ctrl-D can still end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from debthelp.wizard.budget import ask_budget_values
    from debthelp.wizard.extras import ask_rate_values, offer_to_save
    from debthelp.wizard.flow import review_lines, run_wizard
    from debthelp.wizard.prompt import describe

# Each name is imported from its module when first used: the first question
# should not wait for the budget and rate prompts' modules.
_WHERE = {
    "ask_budget_values": "budget",
    "ask_rate_values": "extras",
    "offer_to_save": "extras",
    "review_lines": "flow",
    "run_wizard": "flow",
    "describe": "prompt",
}

__all__ = [
    "ask_budget_values",
    "ask_rate_values",
    "describe",
    "offer_to_save",
    "review_lines",
    "run_wizard",
]


def __getattr__(name: str) -> Any:
    import importlib

    if name not in _WHERE:
        raise AttributeError(f"module 'debthelp.wizard' has no attribute {name!r}")
    return getattr(importlib.import_module(f"debthelp.wizard.{_WHERE[name]}"), name)
