"""The one writer of a self-contained HTML page: the report and the log export.

Both are evidence a person keeps and opens offline, perhaps years later, in
whatever browser a phone has. The head says what the page is (``charset``
utf-8, so a GBK console's browser reads it right) and forbids everything but its
own style: a ``Content-Security-Policy`` of ``default-src 'none'`` with the one
``<style>`` allowed by its SHA-256 hash (``'unsafe-inline'`` after it only for
browsers too old to know hashes; a browser that knows them ignores it). No
script, font, image, frame, form or link out can load, even if escaping ever
failed.
"""

from __future__ import annotations

import base64
import hashlib
import html

from debthelp.i18n import Lang
from debthelp.safetext import printable


def style_hash(style: str) -> str:
    """The CSP source that allows exactly this ``<style>`` text."""
    digest = hashlib.sha256(style.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_policy(style: str) -> str:
    """The page's policy: nothing at all but this one style."""
    return (
        f"default-src 'none'; style-src {style_hash(style)} 'unsafe-inline'; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; object-src 'none'; "
        "frame-src 'none'; base-uri 'none'; form-action 'none'"
    )


def page_head(*, title: str, lang: Lang, style: str) -> str:
    """Everything up to and including ``<body>``; ``title`` is plain text (escaped here)."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{content_policy(style)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{html.escape(printable(title), quote=True)}</title>\n"
        f"<style>{style}</style>\n</head>\n<body>\n"
    )


PAGE_END = "</body>\n</html>\n"


def html_page(*, title: str, lang: Lang, style: str, body: str) -> str:
    """The whole page around ``body`` (HTML, already escaped by its maker)."""
    return page_head(title=title, lang=lang, style=style) + body + PAGE_END
