"""Turning results into what a person reads: rich, plain text, Markdown or JSON.

Every command builds one ``Doc`` (or a JSON-ready dict) from core data, and the
same ``Doc`` feeds every human format, so the formats cannot disagree.

- ``doc``: the ``Doc`` shape and ``layout``, which numbers and spaces items once.
- ``views``, ``plan``, ``rate_view``: core results -> ``Doc`` and JSON, one place each.
  A new output of a command goes in a view.
- ``draw``: ``Doc`` -> plain text, Markdown or rich. A new format goes there.
- ``cjk``: wrapping by the line-breaking rules of Chinese.

Only ``draw`` imports rich, lazily: plain text never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # for type checkers; at run time each name loads on first use
    from debthelp.render.budget_view import budget_doc, schedule_csv
    from debthelp.render.cjk import cell_width, paragraphs, wrap
    from debthelp.render.doc import Block, Doc, Item, layout
    from debthelp.render.draw import emit_doc, print_rich, to_markdown, to_text
    from debthelp.render.plan import (
        PLAN_LINES,
        PLAN_LINES_BY_LANG,
        do_first_lines,
        due_line,
        fit_plan,
        plan_doc,
        plan_json,
    )
    from debthelp.render.rate_view import rate_doc
    from debthelp.render.views import dump_json, glossary_doc, glossary_json, tips_doc, tips_json

# Each name is imported from its module when first asked for (PEP 562): a
# command pays only for the views and the format it uses (`tips` never loads
# the plan's view, the wizard only the wrapping).
_WHERE = {
    "budget_doc": "budget_view",
    "schedule_csv": "budget_view",
    "Block": "doc",
    "Doc": "doc",
    "Item": "doc",
    "layout": "doc",
    "emit_doc": "draw",
    "print_rich": "draw",
    "to_markdown": "draw",
    "to_text": "draw",
    "PLAN_LINES": "plan",
    "PLAN_LINES_BY_LANG": "plan",
    "do_first_lines": "plan",
    "due_line": "plan",
    "fit_plan": "plan",
    "plan_doc": "plan",
    "plan_json": "plan",
    "rate_doc": "rate_view",
    "dump_json": "views",
    "glossary_doc": "views",
    "glossary_json": "views",
    "tips_doc": "views",
    "tips_json": "views",
    "cell_width": "cjk",
    "paragraphs": "cjk",
    "wrap": "cjk",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'debthelp.render' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"debthelp.render.{module}"), name)


__all__ = [
    "PLAN_LINES",
    "PLAN_LINES_BY_LANG",
    "Block",
    "Doc",
    "Item",
    "budget_doc",
    "cell_width",
    "do_first_lines",
    "due_line",
    "dump_json",
    "emit_doc",
    "fit_plan",
    "glossary_doc",
    "glossary_json",
    "layout",
    "paragraphs",
    "plan_doc",
    "plan_json",
    "print_rich",
    "rate_doc",
    "schedule_csv",
    "tips_doc",
    "tips_json",
    "to_markdown",
    "to_text",
    "wrap",
]
