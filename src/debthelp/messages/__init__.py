"""The one message catalogue: every interface sentence, in Chinese and English.

Advice lives in data/guidance.yaml, and the rate report's sentences that state
the law or name a channel live in data/rate.yaml, each with its sources; this
holds the words *around* them: headings, errors, prompts and help. One module
per command keeps each command's words together; they merge here into one
``MESSAGES``. A test checks that no key is defined twice (in one module or
across them), that every key has both languages and the same placeholders.
"""

from __future__ import annotations

from debthelp.messages import budget, check, core, inputs, letters, log, page, rate, terminal

PARTS: tuple[dict[str, dict[str, str]], ...] = (
    core.MESSAGES,
    rate.MESSAGES,
    log.MESSAGES,
    check.MESSAGES,
    budget.MESSAGES,
    letters.MESSAGES,
    terminal.MESSAGES,
    page.MESSAGES,
    inputs.MESSAGES,
)

MESSAGES: dict[str, dict[str, str]] = {}
for _part in PARTS:
    MESSAGES.update(_part)
