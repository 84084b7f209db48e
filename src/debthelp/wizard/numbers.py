"""Numbers as people type them, and a refused entry that gets out of the way.

"6万", "1.5万", "60,000", "6000元", "60k" and "６０００" are all amounts a
person means; the cores take plain decimals (``"60000"``), so the wizard reads
the person's way of writing into that before any check. A text it cannot read
is handed on unchanged, for the check to refuse as it is.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

# A multiplier word at the end: 万 (and the "w" of chat shorthand), 千, k.
_SCALES = {"万": 10_000, "w": 10_000, "千": 1_000, "k": 1_000}
_CURRENCY = re.compile(r"^(?:rmb|cny|[¥￥])|(?:元|块钱|块|rmb|cny|yuan)$")
_SHAPE = re.compile(r"^[0-9]+(?:\.[0-9]+)?$|^\.[0-9]+$")
_THOUSANDS = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")


def plain_number(text: str) -> str:
    """``text`` as a plain decimal when it is a number written as people write
    it ("6万" → "60000", "1.5万" → "15000", "60,000" → "60000", "6000元" →
    "6000", "60k" → "60000"); ``text`` unchanged otherwise."""
    if len(text) > 200:  # no one types an amount that long: leave it to the check
        return text
    core = unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")
    core = core.replace("，", ",")
    for _ in range(2):  # "¥6万元": the currency on either side, then the scale
        core = _CURRENCY.sub("", core)
    scale = 1
    if core[-1:] in _SCALES:
        scale = _SCALES[core[-1]]
        core = core[:-1]
        core = _CURRENCY.sub("", core)
    if _THOUSANDS.match(core):
        core = core.replace(",", "")
    if not _SHAPE.match(core):
        return text
    try:
        value = Decimal(core) * scale
    except InvalidOperation:
        return text
    plain = format(value.normalize(), "f")
    return plain[:-2] if plain.endswith(".0") else plain


def clear_after_refusal(prompt: Any) -> None:
    """After the check refuses an entry, the first character typed replaces it.

    questionary keeps the refused text in the box: typing the right number
    after "6万" gave "6万60,000", refused again. The refused text stays in view,
    with the reason, until the person starts the next attempt; Backspace and
    the arrows still edit it.
    """
    from prompt_toolkit.filters import Condition
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
    from prompt_toolkit.keys import Keys

    app = prompt.application
    refused = Condition(lambda: app.current_buffer.validation_error is not None)
    extra = KeyBindings()

    @extra.add(Keys.Any, filter=refused)
    def _retype(event: Any) -> None:
        buffer = event.current_buffer
        buffer.text = ""
        buffer.insert_text(event.data)

    @extra.add(Keys.BracketedPaste, filter=refused)
    def _repaste(event: Any) -> None:
        buffer = event.current_buffer
        buffer.text = ""
        buffer.insert_text(event.data.replace("\r\n", "\n").replace("\r", "\n"))

    app.key_bindings = merge_key_bindings([app.key_bindings, extra])
