"""Text units (a bilingual text with its facts) and how the rules read them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

# =========================================================================== units


class Unit(NamedTuple):
    """One bilingual text and the facts it leans on."""

    file: str  # "guidance.yaml", "messages/core.py"
    where: str  # "tips.propose-plan.body"
    line: int
    zh: str
    en: str
    sources: tuple[str, ...]

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


def _ids(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value if isinstance(v, str | int | float))
    return ()


def _line(node: Any, key: str | None = None) -> int:
    if key is not None and hasattr(node, "line_of"):
        return int(node.line_of(key))
    return int(getattr(node, "line", 0))


def data_units(file: str, raw: Any) -> list[Unit]:
    """Every ``{zh, en}`` text in a parsed data file, with its sources.

    A text's sources are its own (``source``, or ``<key>_source`` beside it) and
    those of every mapping around it. The guidance's ``sources`` list (the
    declarations and their citations) and ``advice`` (no prose) are skipped.
    """
    out: list[Unit] = []
    skip = {"sources", "advice"} if file == "guidance.yaml" else set()

    def visit(node: Any, path: str, inherited: tuple[str, ...], line: int) -> None:
        if isinstance(node, Mapping):
            zh, en = node.get("zh"), node.get("en")
            if isinstance(zh, str) and isinstance(en, str):
                own = _ids(node.get("source")) + _ids(node.get("sources"))
                out.append(Unit(file, path, line or _line(node), zh, en, inherited + own))
                return
            here = inherited + _ids(node.get("source"))
            for key, value in node.items():
                if not path and key in skip:
                    continue
                if key in ("source", "sources") or str(key).endswith("_source"):
                    continue
                extra = _ids(node.get(f"{key}_source"))
                child = f"{path}.{key}" if path else str(key)
                visit(value, child, here + extra, _line(node, str(key)))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                name = item.get("id") if isinstance(item, Mapping) else None
                label = str(name) if isinstance(name, str | int) else str(index)
                visit(item, f"{path}.{label}" if path else label, inherited, _line(item))

    visit(raw, "", (), 0)
    return out


def message_units(name: str, messages: Mapping[str, Mapping[str, str]], sources: Any) -> list[Unit]:
    """One catalogue's entries as units; ``sources`` is its ``SOURCES`` (key -> fact ids)."""
    table: Mapping[str, Any] = sources if isinstance(sources, Mapping) else {}
    return [
        Unit(f"messages/{name}.py", key, 0, text["zh"], text["en"], tuple(table.get(key, ())))
        for key, text in messages.items()
        # The content checker's own messages describe the rules; they state none.
        if "zh" in text and "en" in text and not key.startswith("content-")
    ]


# =========================================================================== text helpers


_SENT_END = re.compile(r"(?<=[。！？；!?;])|(?<=\.)(?=\s)")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.、)])\s*")


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def sentences(line: str) -> list[str]:
    return [s.strip() for s in _SENT_END.split(line) if s and s.strip()]


def units(text: str) -> list[str]:
    """The statements a reader takes in: each sentence, and for a list introduced by a
    colon ("中国银行业协会指引：" + "- …"), the introducing sentence joined to each item,
    since "Under X: - Y" reads as "Under X, Y"."""
    out: list[str] = []
    for para in paragraphs(text):
        lead: str | None = None
        for raw_line in para.splitlines():
            line = raw_line.strip()
            if not line:
                continue
            is_item = bool(_BULLET.match(line))
            out.extend(sentences(line))
            if is_item and lead is not None:
                out.append(lead + " " + _BULLET.sub("", line))
            elif not is_item:
                lead = None
            parts = sentences(line)
            if parts and parts[-1].endswith((":", "：")):
                lead = parts[-1]
    return out


_PHONE = re.compile(
    r"""
    (?<!\d)(?<!\d[.,])                 # not the tail of a bigger or decimal number
    (?<!第)(?<!Art\.\s)(?<!Arts\.\s)(?<!No\.\s)
    (?P<num>
        0\d{2,3}-\d{5,8}               # area code + number: 010-12321
      | [48]00-?\d{3}-?\d{4}           # 400 / 800 numbers
      | \d{7,}                         # landlines, mobiles, any long digit run
      | 12\d{3}                        # 12xxx government service lines
      | 9[56]\d{3}                     # 95xxx / 96xxx service lines
      | 11[0249] | 12[02]              # 110 112 114 119 120 122
    )
    (?!\d)(?![.,]\d)(?!\s?%)           # not the head of a bigger or decimal number, not a rate
    (?!\s?(?:条|款|项|号|元|万|天|日|个月|年|次|件|倍))
    """,
    re.X,
)


def phone_numbers(text: str) -> list[str]:
    """Every phone number in ``text`` (not article numbers, sums, dates or rates)."""
    text = re.sub(r"https?://[\x21-\x7e]+|www\.[A-Za-z0-9.-]+(?:/[\x21-\x7e]*)?", " ", text)
    return [m.group("num") for m in _PHONE.finditer(text)]


def snippet(text: str, width: int = 48) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
