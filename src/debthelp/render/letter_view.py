"""A filled letter as plain text or Markdown: the letter, then what is for the sender only.

Values in a letter come from the person and from collectors' messages: the
whole text goes through ``printable`` so an escape sequence shows as text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from debthelp.i18n import Lang, t
from debthelp.render.views import cite, source_label
from debthelp.safetext import printable

if TYPE_CHECKING:
    from debthelp.guidance import Guidance
    from debthelp.letters import Letter


def after_letter(guidance: Guidance, letter: Letter, lang: Lang) -> list[tuple[str, list[str]]]:
    """(heading, lines) of what follows the letter: blanks, notes, sources."""
    out: list[tuple[str, list[str]]] = []
    if letter.missing:
        flags = {
            "name": "--name",
            "lender": "--lender",
            "account": "--account",
            "owed": "--amount-owed",
            "months_overdue": "--months-overdue",
        }
        lines = []
        for label, key in zip(letter.missing, letter.missing_fields, strict=True):
            flag = flags.get(key, f"--field {key}=…")
            lines.append(t("letters.missing-item", lang, label=label, flag=flag))
        out.append((t("letters.missing", lang), lines))
    else:
        out.append(("", [t("letters.complete", lang)]))
    if letter.notes:
        out.append((t("letters.notes", lang), list(letter.notes)))
    if letter.sources:
        cites = cite(guidance, letter.sources, lang)
        out.append(
            (
                t("letters.sources", lang),
                [
                    f"[{source_label(s, lang)}] {c}"
                    for s, c in zip(letter.sources, cites, strict=True)
                ],
            )
        )
    return out


def letter_text(guidance: Guidance, letter: Letter, lang: Lang, width: int | None = None) -> str:
    """The letter, then the notes for the sender. The letter's paragraphs are never
    wrapped (pasted into an app they must stay whole); with ``width`` (a screen),
    the notes after the cut are wrapped to it."""
    from debthelp.render.cjk import wrap

    def lines_of(text: str, indent: str = "", first: str | None = None) -> list[str]:
        if width is None:
            return [(indent if first is None else first) + text]
        return wrap(text, width, indent, first)

    lines = [letter.title, ""]
    for paragraph in letter.paragraphs:
        lines.extend(paragraph)
        lines.append("")
    lines.append(t("letters.cut", lang))
    for heading, items in after_letter(guidance, letter, lang):
        if heading:
            lines.extend(lines_of(heading))
            for item in items:
                lines.extend(lines_of(item, "    ", "  - "))
        else:
            for item in items:
                lines.extend(lines_of(item))
    return printable("\n".join(lines) + "\n")


def letter_markdown(guidance: Guidance, letter: Letter, lang: Lang) -> str:
    lines = [f"# {_md(letter.title)}", ""]
    for paragraph in letter.paragraphs:
        lines.extend(f"{_md(line)}  " for line in paragraph)
        lines.append("")
    lines += ["---", "", f"*{t('letters.cut', lang)}*", ""]
    for heading, items in after_letter(guidance, letter, lang):
        if heading:
            lines += [f"**{heading}**", ""]
            lines.extend(f"- {_md(item)}" for item in items)
        else:
            lines.extend(_md(item) for item in items)
        lines.append("")
    return printable("\n".join(lines))


def _md(text: str) -> str:
    # A value like "<b>" or "*x*" from a message stays literal in Markdown.
    out = text
    for ch in "\\`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out
