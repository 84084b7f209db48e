"""The question tree as a Mermaid or Graphviz diagram (pure: returns text)."""

from __future__ import annotations

from typing import Any

from debthelp.guidance import END, Guidance
from debthelp.i18n import Lang, t


def _clip(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _edges(guidance: Guidance, lang: Lang) -> list[tuple[str, str, str]]:
    """(from, to, label) with parallel edges to one target merged into one label."""
    out: list[tuple[str, str, str]] = []
    for qid, question in guidance.questions.items():
        by_target: dict[str, list[str]] = {}
        for answer, target in question.edges():
            label = ""
            if answer is not None:
                opt = question.option(answer)
                label = opt.label(lang) if opt else answer
            by_target.setdefault(target or END, []).append(label)
        for target, labels in by_target.items():
            text = "" if (len(by_target) == 1 or not any(labels)) else " / ".join(labels)
            out.append((qid, target, _clip(text, 60)))
    return out


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;")


def _node(qid: str) -> str:
    # Mermaid ids may not contain '-', and `end` is a keyword.
    return "q_" + qid.replace("-", "_")


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _mermaid_node(qid: str, text: str, last: bool) -> str:
    shape = '(["{}"])' if last else '["{}"]'
    return f"    {_node(qid)}{shape.format(_mermaid_text(text))}"


def _mermaid_edge(src: str, dst: str, label: str) -> str:
    arrow = f'-->|"{_mermaid_text(label)}"|' if label else "-->"
    return f"    {_node(src)} {arrow} {_node(dst)}"


def _dot_node(qid: str, text: str, last: bool) -> str:
    shape = "shape=oval, " if last else ""
    return f'    "{qid}" [{shape}label="{_dot_text(text)}"];'


def _dot_edge(src: str, dst: str, label: str) -> str:
    attr = f' [label="{_dot_text(label)}"]' if label else ""
    return f'    "{src}" -> "{dst}"{attr};'


def _draw(guidance: Guidance, lang: Lang, node: Any, edge: Any) -> list[str]:
    """Every question, the end, and every edge, in one notation's words."""
    lines = [node(qid, _clip(q.text(lang)), False) for qid, q in guidance.questions.items()]
    lines.append(node(END, t("graph-end", lang), True))
    lines += [edge(src, dst, label) for src, dst, label in _edges(guidance, lang)]
    return lines


def to_mermaid(guidance: Guidance, lang: Lang) -> str:
    lines = ["flowchart TD", *_draw(guidance, lang, _mermaid_node, _mermaid_edge)]
    return "\n".join(lines) + "\n"


def to_dot(guidance: Guidance, lang: Lang) -> str:
    lines = [
        "digraph debthelp {",
        "    rankdir=TB;",
        '    node [shape=box, fontname="sans-serif"];',
        *_draw(guidance, lang, _dot_node, _dot_edge),
        "}",
    ]
    return "\n".join(lines) + "\n"
