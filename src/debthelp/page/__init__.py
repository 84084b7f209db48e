"""The wizard and the plan as one offline HTML file that works on a phone.

``build_page`` writes the page: the template (``page.html``) with its style
(``page.css``) and one script made of the guidance as JSON, the engine
(``engine.js``, a port of ``debthelp.engine``) and the screens (``ui.js``).
Nothing is fetched: a ``Content-Security-Policy`` of ``default-src 'none'``
allows only this script and this style, by their hashes.

The guidance goes in as the *model* the Python reader built from it (every
default applied, every condition typed), not as raw YAML: the JavaScript then
has nothing to read or default, only the engine to mirror, and the parity test
(tests/page/test_page_parity.py) proves the two engines give the same plan on every
route. Which questions depend on which (``guidance.graph.depends_on``) is
worked out here, once, for the review screen's "Change".
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from typing import Any

from debthelp import __version__
from debthelp.engine import BODY_LIMIT, DO_FIRST_LIMIT
from debthelp.guidance import URGENCIES, Guidance
from debthelp.guidance.model import All, AnyOf, Condition, Leaf, Not, Question, Text
from debthelp.i18n import Lang
from debthelp.messages import MESSAGES

# The core catalogue's words the page shows as the CLI does (the plan's headings).
CORE_KEYS = (
    "plan-title",
    "plan-intro",
    "plan-do-first",
    "plan-deadline",
    "plan-deadline-passed",
    "band-now",
    "band-deadline",
    "band-today",
    "band-soon",
    "band-later",
    "plan-later",
    "plan-sources",
    "say-lead",
    "urgent",
    "yes",
    "no",
    "answer-blank",
    "wizard-progress",
    "wizard-progress-last",
)
# The numbers of the opening screen (ui.js crisisBox shows the same three).
CALLS = (("110", "page.call-110"), ("120", "page.call-120"), ("12356", "page.call-12356"))
# A question's help written for a terminal (keys to press, "this computer")
# would confuse someone tapping a phone; the page says those things its own way.
TERMINAL_HELP = re.compile(
    r"空格键|回车键|电脑|\bpress (space|enter)\b|\bcomputer\b", re.IGNORECASE
)


def _text(value: Text | None) -> dict[str, str] | None:
    return None if value is None else {"zh": value.zh, "en": value.en}


def _condition(cond: Condition) -> dict[str, Any]:
    if isinstance(cond, Leaf):
        return {"q": cond.question, "op": cond.op, "v": cond.value}
    if isinstance(cond, Not):
        return {"not": _condition(cond.part)}
    key = "all" if isinstance(cond, All) else "any"
    assert isinstance(cond, All | AnyOf)
    return {key: [_condition(part) for part in cond.parts]}


def _question(guidance: Guidance, q: Question) -> dict[str, Any]:
    from debthelp.guidance.graph import depends_on

    help_text = q.help if q.help and not TERMINAL_HELP.search(q.help.zh + q.help.en) else None
    return {
        "id": q.id,
        "kind": q.kind,
        "text": _text(q.text),
        "help": _text(help_text),
        "why": _text(q.why),
        "options": [
            {
                "value": o.value,
                "label": _text(o.label),
                "next": o.next,
                "exclusive": o.exclusive,
                "skip_review": o.skip_review,
            }
            for o in q.options
        ],
        "next": q.next,
        "yes_next": q.yes_next,
        "no_next": q.no_next,
        "min": q.minimum,
        "max": q.maximum,
        "unit": _text(q.unit),
        "optional": q.optional,
        "depends": sorted(depends_on(guidance, q.id)),
    }


def page_data(guidance: Guidance) -> dict[str, Any]:
    """Everything the page's engine and screens need, as plain JSON data."""
    return {
        "version": __version__,
        "reviewed": guidance.reviewed.isoformat(),
        "disclaimer": _text(guidance.disclaimer),
        "urgencies": list(URGENCIES),
        "body_limit": BODY_LIMIT,
        "do_first_limit": DO_FIRST_LIMIT,
        "start": guidance.start,
        "questions": {qid: _question(guidance, q) for qid, q in guidance.questions.items()},
        "tips": {
            tip.id: {
                "id": tip.id,
                "topic": tip.topic,
                "title": _text(tip.title),
                "body": _text(tip.body),
                "why": _text(tip.why),
                "urgency": tip.urgency,
                "first": _text(tip.first),
                "say": [{"id": s.id, "text": _text(s.text)} for s in tip.say],
                "sources": list(tip.all_sources),
                # lines of the body for some lenders only (model.for_answers)
                "only_if": [
                    {"line": _text(line), "when": _condition(when)} for line, when in tip.only_if
                ],
            }
            for tip in guidance.tips
        },
        "advice": [
            {
                "id": rule.id,
                "tips": list(rule.tips),
                "when": None if rule.when is None else _condition(rule.when),
                "later": rule.later,
                "main": rule.main,
            }
            for rule in guidance.advice
        ],
        "deadlines": [
            {
                "id": d.id,
                "when": _condition(d.when),
                "days": d.days,
                "received": d.received,
                "what": _text(d.what),
                "sources": list(d.sources),
            }
            for d in guidance.deadlines
        ],
        "sources": {sid: _text(s.cite) for sid, s in guidance.sources.items()},
        "messages": {
            key: MESSAGES[key]
            for key in (*CORE_KEYS, *(k for k in MESSAGES if k.startswith("page.")))
        },
    }


def asset(name: str) -> str:
    """A file of this package (the template, the style, the scripts)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _json_for_script(data: Any) -> str:
    # Inside <script>, "</" could end the element early and U+2028/9 once broke
    # old parsers: escape them, the JSON stays the same value.
    # "<!--" too: with a "<script" after it, the tokenizer would not end the element
    # at its "</script>" (the HTML standard's "script data double escaped" state).
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("</", "<\\/")
        .replace("<!--", "<\\u0021--")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _noscript(first: Lang) -> str:
    """Without JavaScript (some in-app browsers): the numbers to call, in both languages."""
    from html import escape

    out = []
    for lang in (first, "en" if first == "zh" else "zh"):
        code = "zh-CN" if lang == "zh" else "en"
        calls = "".join(
            f'<li><a class="tel" href="tel:{number}">{escape(MESSAGES[key][lang])}</a></li>'
            for number, key in CALLS
        )
        out.append(
            f'<div lang="{code}"><p>{escape(MESSAGES["page.no-script"][lang])}</p>'
            f'<p class="lead">{escape(MESSAGES["page.crisis-title"][lang])}</p>'
            f"<ul>{calls}</ul></div>"
        )
    return "\n".join(out)


# What the opening screen needs (ui.js draws it from these alone); the rest of
# page_data goes in a data block the page reads once that screen is drawn.
FIRST_KEYS = (
    "version",
    "reviewed",
    "urgencies",
    "body_limit",
    "do_first_limit",
    "start",
    "questions",
    "messages",
)


def build_page(guidance: Guidance, *, lang: Lang) -> str:
    """The whole page: both languages inside, ``lang`` shown first."""
    from debthelp.engine import route_length
    from debthelp.page.first import NO_SCRIPT_STYLE, first_screen

    data = page_data(guidance)
    # the opening screen as markup, painted before the script and the guidance are read
    screen, footer = first_screen(data, lang, route_length(guidance, {}))
    first = {key: data[key] for key in FIRST_KEYS}
    rest = {key: value for key, value in data.items() if key not in FIRST_KEYS}
    script = (
        '"use strict";\nvar DEBTHELP_FIRST = '
        + _json_for_script(first)
        + ";\nvar DEBTHELP_LANG = "
        + json.dumps(lang)
        + ";\n"
        + asset("engine.js")
        + "\n"
        + asset("ui.js")
    )
    style = asset("page.css")
    csp = (
        "default-src 'none'; "
        f"script-src {_hash(script)}; style-src {_hash(style)} {_hash(NO_SCRIPT_STYLE)}; "
        "img-src 'none'; connect-src 'none'; font-src 'none'; media-src 'none'; "
        "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )

    def message(key: str) -> str:
        return MESSAGES[key][lang]

    from html import escape

    replacements = {
        "{{CSP}}": csp,  # hashes and keywords only: nothing to escape
        "{{LANG}}": "zh-CN" if lang == "zh" else "en",
        "{{TITLE}}": escape(message("page.title")),
        "{{NOSCRIPT}}": _noscript(lang),
        "{{STYLE}}": style,
        "{{NO_SCRIPT_STYLE}}": NO_SCRIPT_STYLE,
        "{{SCREEN}}": screen,  # markup made from escaped text (first.py)
        "{{FOOTER}}": footer,
        "{{PRESSED_ZH}}": "true" if lang == "zh" else "false",  # as ui.js render() sets them
        "{{PRESSED_EN}}": "true" if lang == "en" else "false",
        "{{DATA}}": _json_for_script(rest),  # a data block: never run, so outside the policy
        "{{SCRIPT}}": script,
    }
    out = asset("page.html")
    # One pass, so nothing inserted is ever read as a placeholder again.
    return re.sub(r"\{\{[A-Z_]+\}\}", lambda m: replacements[m.group(0)], out)


__all__ = ["asset", "build_page", "page_data"]
