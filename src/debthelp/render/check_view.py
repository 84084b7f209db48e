"""``debthelp check``'s result: the reading, the message with its matches marked, each claim.

Drawn here rather than through a ``Doc``: the message is shown as the person
received it, with the matched words marked, which a ``Doc`` cannot carry.
Every piece of the message is made printable before it is drawn (escape
sequences and rich markup in it are shown as text), and the texts come from
data/patterns.yaml with their sources.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any, Final

from debthelp.i18n import Lang, t
from debthelp.render.cjk import cell_width, wrap
from debthelp.safetext import printable

if TYPE_CHECKING:
    from debthelp.check import CheckResult, Hit, PatternEntry, Patterns

# Private-use characters mark a match while the message is wrapped; each takes
# one column, as the "[" and "]" plain text shows in their place.
_OPEN: Final = "\ue000"
_CLOSE: Final = "\ue001"
# The fields shown on a screen, after the title; Markdown and JSON carry all.
_SCREEN_FIELDS: Final = (("truth", "check.truth"), ("verify", "check.verify"), ("do", "check.do"))
_ALL_FIELDS: Final = (("meaning", "check.meaning"), *_SCREEN_FIELDS)


def check_json(result: CheckResult, patterns: Patterns, lang: Lang) -> dict[str, Any]:
    """The documented JSON shape (README, ``debthelp check``)."""
    reading = patterns.readings[result.reading]

    def entry(hit: Hit) -> dict[str, Any]:
        found = patterns.entry(hit.id)
        assert found is not None  # every hit comes from these patterns
        return {
            "id": hit.id,
            "title": found.texts["title"](lang),
            "matched": list(hit.matched),
            "learned": hit.learned,
            "meaning": found.texts["meaning"](lang),
            "truth": found.texts["truth"](lang),
            "verify": found.texts["verify"](lang),
            "do": found.texts["do"](lang),
            "sources": list(found.sources),
        }

    return {
        "lang": lang,
        "reading": {
            "id": result.reading,
            "text": reading.text(lang),
            "decided_by": result.decided_by,
            "learned": result.learned,
            "rules": result.rules_reading or result.reading,
            "doubted": list(result.doubted),
        },
        "claims": [entry(hit) for hit in result.claims],
        "signs": [entry(hit) for hit in result.signs],
        "asks": [entry(hit) for hit in result.asks],
    }


def marked(text: str, hits: tuple[Hit, ...]) -> str:
    """``text`` made printable, every matched span between the private markers."""
    merged: list[list[int]] = []
    for start, end in sorted(span for hit in hits for span in hit.spans):
        if merged and start < merged[-1][1]:  # a claim and a sign may share words
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[str] = []
    at = 0
    for start, end in merged:
        out.append(printable(text[at:start]))
        out.append(_OPEN + printable(text[start:end]) + _CLOSE)
        at = end
    out.append(printable(text[at:]))
    return "".join(out)


def _message_lines(result: CheckResult, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in marked(result.text, result.hits).split("\n"):
        if paragraph.strip():
            lines.extend(_wrap_marked(paragraph.strip(), width))
    return lines


def _wrap_marked(paragraph: str, width: int) -> list[str]:
    """Wrap one paragraph of the message; a closing mark never starts a line.

    The mark joins the line before, which can push that line one column past
    the screen (the terminal would then break it on its own, without the
    indent): wrap a column narrower until every line fits.
    """
    lines: list[str] = []
    for narrower in range(3):
        lines = wrap(paragraph, max(width - narrower, 8), "  ")
        for index in range(1, len(lines)):
            body = lines[index].lstrip()
            if body.startswith(_CLOSE):
                lines[index - 1] += _CLOSE
                lines[index] = lines[index][: len(lines[index]) - len(body)] + body[1:]
        lines = [line for line in lines if line.strip()]
        if all(cell_width(line) <= width for line in lines):
            break
    return lines


_RANK: Final = {"scam": 0, "pressure": 1, "verify": 2, "mild": 3}


def _entries(result: CheckResult, patterns: Patterns) -> list[PatternEntry]:
    """The entries found: the one that decided the reading first, then by level
    (asks for money or a code before threats before court words), then the one
    the message says most about (most matches), then the file's order."""
    found = []
    for position, hit in enumerate(result.hits):
        entry = patterns.entry(hit.id)
        if entry is not None:
            rank = -1 if hit.id == result.decided_by else _RANK[entry.level]
            found.append((rank, -len(hit.spans), position, entry))
    out: list[PatternEntry] = []
    for *_key, entry in sorted(found, key=lambda row: row[:3]):
        # Two entries with the same facts (a mediation centre's own voice beside
        # "mediation", whose facts go one sentence further) are shown once, in the
        # place of the first, with the fuller of the two: the same facts, checks and
        # step twice only lengthen what a frightened person reads. JSON keeps both.
        same = next((i for i, seen in enumerate(out) if _same_facts(seen, entry)), None)
        if same is None:
            out.append(entry)
        elif len(entry.texts["truth"].zh) > len(out[same].texts["truth"].zh):
            out[same] = entry
    return out


def _same_facts(a: PatternEntry, b: PatternEntry) -> bool:
    """One entry's facts begin with the other's, in both languages."""
    return all(
        x.startswith(y) or y.startswith(x)
        for x, y in (
            (a.texts["truth"].zh, b.texts["truth"].zh),
            (a.texts["truth"].en, b.texts["truth"].en),
        )
    )


def text_rows(
    result: CheckResult,
    patterns: Patterns,
    lang: Lang,
    width: int,
    *,
    height: int | None = None,
) -> list[tuple[str, bool]]:
    """The plain-text result, one (line, bold) per row, matches still between the markers.

    Given a screen ``height``, claims after the first are shortened to their
    title and what to do, from the last up, until the result fits; a line then
    says how to see every field.
    """
    entries = _entries(result, patterns)
    rows = _rows(result, patterns, lang, max(width, 30), entries, full=len(entries))
    if height is None or len(rows) <= height:
        return rows
    for full in range(len(entries) - 1, 0, -1):
        rows = _rows(result, patterns, lang, max(width, 30), entries, full=full)
        if len(rows) <= height:
            return rows
    # Then the later claims by their titles alone.
    rows = _rows(result, patterns, lang, max(width, 30), entries, full=1, titles_only=True)
    # Still too long: the deciding entry's "do" is already under the reading, so it
    # goes to its title; then the last titles give way to a count of them.
    first = 0 if result.decided_by else 1
    for shown in range(len(entries), 0, -1):
        if len(rows) <= height:
            break
        rows = _rows(
            result,
            patterns,
            lang,
            max(width, 30),
            entries[:shown],
            full=first,
            titles_only=True,
            more=len(entries) - shown,
        )
    # Still too long: give up blank rows, from the bottom, before the reading scrolls away.
    blanks = [index for index, (line, _bold) in enumerate(rows) if not line][1:]
    for index in reversed(blanks):
        if len(rows) <= height:
            break
        del rows[index]
    return rows


def _rows(
    result: CheckResult,
    patterns: Patterns,
    lang: Lang,
    width: int,
    entries: list[PatternEntry],
    *,
    full: int,
    titles_only: bool = False,
    more: int = 0,
) -> list[tuple[str, bool]]:
    sep = t("label-sep", lang)
    reading = t("check.reading", lang) + sep + _reading_text(result, patterns, lang, entries)
    rows = [(line, True) for line in wrap(reading, width)]
    rows.extend(_decided_rows(result, patterns, lang, width))
    if result.text.strip():
        rows.append(("", False))
        marks = any(hit.spans for hit in result.hits)  # a learned hit marks nothing
        rows.append((t("check.message" if marks else "check.message-plain", lang), False))
        rows.extend((line, False) for line in _message_lines(result, width))
    for number, entry in enumerate(entries, 1):
        marker = f"{number}. "
        pad = " " * cell_width(marker)
        shown: tuple[tuple[str, str], ...] = _SCREEN_FIELDS
        if number > full:
            shown = () if titles_only else _SCREEN_FIELDS[2:]
        if number <= full + 1:
            rows.append(("", False))
        title = _title(entry, result, lang)
        rows.extend((line, True) for line in wrap(title, width, pad, marker))
        for field, label in shown:
            text = t(label, lang) + sep + entry.texts[field](lang)
            if field == "do":
                text += t("check.facts", lang, ids=" ".join(entry.sources))
            rows.extend((line, False) for line in wrap(text, width, pad, pad))
    if more:
        rows.extend((line, False) for line in wrap(t("check.more", lang, count=more), width))
    if _doubts_shown(result):
        rows.append(("", False))
        rows.extend((line, False) for line in wrap(_doubted(result, patterns, lang), width))
    rows.append(("", False))
    footer = "check.footer-short" if full < len(entries) or more else "check.footer"
    if _learned(result):
        footer += "-learned"
    rows.extend((line, False) for line in wrap(t(footer, lang), width))
    return rows


# The scam reading points at "the first item below"; a fraud read by the learned model
# alone may list none: then that pointer is left out rather than point at nothing.
_POINTER: Final = {"zh": "（见下面第一条）", "en": " (see the first item below)"}


def _reading_text(
    result: CheckResult, patterns: Patterns, lang: Lang, entries: list[PatternEntry]
) -> str:
    text = patterns.readings[result.reading].text(lang)
    return text if entries else text.replace(_POINTER[lang], "")


def _decided_rows(
    result: CheckResult, patterns: Patterns, lang: Lang, width: int
) -> list[tuple[str, bool]]:
    """For a scam: the ask that decided it, with the words that show it, and the one
    thing to do now. For a learned reading, first that it was learned (for a fraud with
    no ask found, in place of the ask: there is no one phrase to show)."""
    rows: list[tuple[str, bool]] = []
    if result.learned:
        alone = result.reading == "scam" and result.decided_by is None
        key = "check.learned-fraud" if alone else "check.learned"
        rows.extend((line, alone) for line in wrap(t(key, lang), width))
    if result.reading != "scam" or result.decided_by is None:
        return rows
    entry = patterns.entry(result.decided_by)
    hit = next((h for h in result.hits if h.id == result.decided_by), None)
    if entry is None or hit is None:
        return rows
    sep = t("label-sep", lang)
    decided = t("check.decided-by", lang) + sep + entry.texts["title"](lang)
    if hit.learned:  # no words to show: the labels found it, not a phrase
        decided += t("check.decided-learned", lang)
    else:
        # The longest matches say most ("需先支付解冻费" rather than "贷款"), each once.
        shown = sorted(dict.fromkeys(hit.matched), key=len, reverse=True)[:3]
        words = ("”“" if lang == "zh" else "”, “").join(printable(m) for m in shown)
        decided += t("check.decided-words", lang, words=words)
    rows.extend((line, True) for line in wrap(decided, width))
    now = t("check.now", lang) + sep + entry.texts["do"](lang)
    rows.extend((line, True) for line in wrap(now, width))
    return rows


def _title(entry: PatternEntry, result: CheckResult, lang: Lang) -> str:
    """An entry's title; one the learned labels found says so (nothing is marked for it)."""
    title = entry.texts["title"](lang)
    if any(hit.id == entry.id and hit.learned for hit in result.hits):
        title += t("check.learned-item", lang)
    return title


def _doubted(result: CheckResult, patterns: Patterns, lang: Lang) -> str:
    """The claims whose words are there but that the labels doubt, by their titles."""
    titles = []
    for ident in result.doubted:
        entry = patterns.entry(ident)
        if entry is not None:
            titles.append(entry.texts["title"](lang))
    return t("check.doubted", lang, titles=("；" if lang == "zh" else "; ").join(titles))


def _doubts_shown(result: CheckResult) -> bool:
    """The claims left out are named, except under a fraud: there "not counted: asks
    you to pay extra fees" could read as if the fee were fine. The fraud's own asks and
    what to do are what the person needs; JSON lists them all (``reading.doubted``)."""
    return bool(result.doubted) and result.reading != "scam"


def _learned(result: CheckResult) -> bool:
    """Anything shown comes from the learned model: the reading, an entry, a doubt."""
    return result.learned or bool(result.doubted) or any(hit.learned for hit in result.hits)


def to_text(
    result: CheckResult, patterns: Patterns, lang: Lang, width: int, height: int | None = None
) -> str:
    rows = text_rows(result, patterns, lang, width, height=height)
    body = "\n".join(line for line, _bold in rows)
    return body.replace(_OPEN, "[").replace(_CLOSE, "]") + "\n"


def _md(text: str) -> str:
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return text


def to_markdown(result: CheckResult, patterns: Patterns, lang: Lang) -> str:
    """Kept and shared: every field of every claim, with its sources."""
    out = [f"# {t('check.title', lang)}", ""]
    reading = _reading_text(result, patterns, lang, _entries(result, patterns))
    out.append(f"**{t('check.reading', lang)}**{t('label-sep', lang)}{reading}")
    for line, _bold in _decided_rows(result, patterns, lang, 10_000):
        out.extend(["", f"**{_md(line)}**"])
    if result.text.strip():
        out.extend(["", t("check.message-md", lang), ""])
        for paragraph in marked(result.text, result.hits).split("\n"):
            # Two marks side by side are one bold run: "****" would break the Markdown.
            joined = paragraph.replace(_CLOSE + _OPEN, "")
            line = _md(joined).replace(_OPEN, "**").replace(_CLOSE, "**")
            out.append(f"> {line}".rstrip())
    for number, entry in enumerate(_entries(result, patterns), 1):
        out.extend(["", f"## {number}. {_title(entry, result, lang)}", ""])
        for field, label in _ALL_FIELDS:
            out.append(f"- **{t(label, lang)}**{t('label-sep', lang)}{entry.texts[field](lang)}")
        out.append(f"- {t('source-md', lang, text=t('source-sep', lang).join(entry.sources))}")
    if _doubts_shown(result):
        out.extend(["", _md(_doubted(result, patterns, lang))])
    out.extend(["", t("check.footer-learned" if _learned(result) else "check.footer", lang)])
    return "\n".join(out) + "\n"


def print_rich(
    result: CheckResult,
    patterns: Patterns,
    lang: Lang,
    file: IO[str],
    *,
    width: int,
    height: int | None = None,
) -> None:
    """The plain-text layout, with the reading and the titles bold and the matches reversed."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=file, highlight=False, soft_wrap=False, width=width)
    inside = False  # a match may wrap onto the next line
    for line, bold in text_rows(result, patterns, lang, width, height=height):
        text = Text(no_wrap=True, style="bold" if bold else "")
        run: list[str] = []
        for char in line:
            if char in (_OPEN, _CLOSE):
                text.append("".join(run), style="reverse bold" if inside else "")
                run = []
                inside = char == _OPEN
                text.append("[" if inside else "]", style="bold")
            else:
                run.append(char)
        text.append("".join(run), style="reverse bold" if inside else "")
        console.print(text)
