"""The opening screen as markup in the file, so it is on screen before the script runs.

The browser draws what it has parsed while the rest of the file (the script, the
guidance) is still coming: with the opening screen written into ``<main>``, the
numbers to call and the first question are painted first (issue 26: the first
question within 300 ms on a mid-range phone; see BENCHMARKS.md). ``ui.js``
then takes this screen over as it is, giving its answer buttons their taps.

This mirrors ``ui.js``'s ``crisisBox``, ``opening`` and ``question`` for the
first question with nothing answered, node for node, as the browser writes the
DOM back out (``innerHTML``): tests/page/test_page_static.py checks that the
screen the script draws is this markup. A first question ``ui.js`` would draw in a way
this does not (help text with numbers or addresses in it, another kind) gets no
markup here, and the page is drawn by the script alone, as before.
"""

from __future__ import annotations

import re
from typing import Any

from debthelp.guidance.kinds import KINDS
from debthelp.page import CALLS  # the numbers of the opening screen, as ui.js crisisBox

PHONE_SIGN = "\u260e\ufe0e "
# ui.js question(): the progress words without the wizard's brackets
BRACKETS = re.compile(r"^[（(]|[)）]\s*$")
# Without JavaScript the screen drawn here cannot be used (its buttons do
# nothing): the page's <noscript> lines show the numbers to call instead.
NO_SCRIPT_STYLE = "#app > :not(noscript) { display: none !important; }"


def _text(value: str) -> str:
    # as innerHTML writes a text node back out
    return (
        value.replace("&", "&amp;")
        .replace("\xa0", "&nbsp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def _attr(value: str) -> str:
    # as innerHTML writes an attribute's value back out
    return value.replace("&", "&amp;").replace("\xa0", "&nbsp;").replace('"', "&quot;")


def _el(tag: str, attrs: dict[str, str], inner: str = "") -> str:
    names = "".join(f' {name}="{_attr(value)}"' for name, value in attrs.items())
    return f"<{tag}{names}>{inner}</{tag}>"


def _fill(text: str, params: dict[str, Any]) -> str:
    # ui.js msg(): "{name}" replaced where params has it
    return re.sub(
        r"\{([a-z_]+)\}",
        lambda m: str(params[m.group(1)]) if m.group(1) in params else m.group(0),
        text,
    )


def drawable(question: dict[str, Any]) -> bool:
    """Whether this module draws the question as ui.js would (else the script alone does)."""
    # A kind whose every answer is its own route is answered by one tap on a button
    # (single, yes/no); the others (ticks, a number) are left to the script.
    return KINDS[question["kind"]].branches and question["help"] is None


def first_screen(data: dict[str, Any], lang: str, route_length: int) -> tuple[str, str]:
    """The opening screen's ``<main>`` and ``<footer>`` contents, or two empty strings."""
    question = data["questions"][data["start"]]
    if not drawable(question):
        return "", ""
    words = data["messages"]

    def msg(key: str, **params: Any) -> str:
        return _fill(words[key][lang], params)

    def tr(text: dict[str, str]) -> str:
        return text[lang]

    calls = ""
    for number, key in CALLS:
        label = msg(key)
        rest = label[len(number) :] if label.startswith(number) else label
        link = _el("span", {"class": "num"}, _text(PHONE_SIGN + number))
        link += _el("span", {"class": "what"}, _text(rest.strip()))
        calls += _el("li", {}, _el("a", {"class": "call-big", "href": "tel:" + number}, link))
    crisis = _el("p", {"class": "lead", "id": "crisis-title"}, _text(msg("page.crisis-title")))
    out = [
        _el(
            "section",
            {"class": "crisis", "aria-labelledby": "crisis-title"},
            crisis + _el("ul", {}, calls),
        ),
        _el("p", {"class": "intro"}, _text(msg("page.intro"))),
    ]
    left = route_length - 1
    mark = msg("wizard-progress", n=1, left=left) if left > 0 else msg("wizard-progress-last", n=1)
    out.append(_el("p", {"class": "progress"}, _text(BRACKETS.sub("", mark))))
    # the bar's width is the style's (0 on the first question), not a style attribute:
    # the policy allows no inline style
    out.append(
        _el(
            "div",
            {"class": "meter", "aria-hidden": "true"},
            _el("span", {"class": "fill", "data-fill": "0"}),
        )
    )
    out.append(_el("h1", {"tabindex": "-1", "id": "qtext"}, _text(tr(question["text"]))))
    if question["why"]:
        out.append(
            _el(
                "p",
                {"class": "why"},
                _el("b", {}, _text(msg("page.why"))) + _text(tr(question["why"])),
            )
        )
    fixed = KINDS[question["kind"]].fixed_values
    if fixed:
        options = [(value, msg(value)) for value in fixed]
    else:
        options = [
            (o["value"], tr(o["label"]) if o["label"] else msg(o["value"]))
            for o in question["options"]
        ]
    buttons = "".join(
        _el(
            "button",
            {"type": "button", "class": "opt", "aria-pressed": "false", "data-value": value},
            _text(label),
        )
        for value, label in options
    )
    out.append(_el("div", {"class": "opts", "role": "group", "aria-labelledby": "qtext"}, buttons))
    footer = _el("p", {}, _text(msg("page.private")))
    footer += _el(
        "p", {}, _text(msg("page.footer", date=data["reviewed"], version=data["version"]))
    )
    return "".join(out), footer


__all__ = ["NO_SCRIPT_STYLE", "drawable", "first_screen"]
