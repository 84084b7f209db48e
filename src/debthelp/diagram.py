"""The question tree as a Mermaid or Graphviz diagram (pure: returns text)."""

from __future__ import annotations

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


def to_mermaid(guidance: Guidance, lang: Lang) -> str:
    lines = ["flowchart TD"]
    for qid, question in guidance.questions.items():
        lines.append(f'    {_node(qid)}["{_mermaid_text(_clip(question.text(lang)))}"]')
    lines.append(f'    {_node(END)}(["{_mermaid_text(t("graph-end", lang))}"])')
    for src, dst, label in _edges(guidance, lang):
        arrow = f'-->|"{_mermaid_text(label)}"|' if label else "-->"
        lines.append(f"    {_node(src)} {arrow} {_node(dst)}")
    return "\n".join(lines) + "\n"


def _node(qid: str) -> str:
    # Mermaid ids may not contain '-', and `end` is a keyword.
    return "q_" + qid.replace("-", "_")


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def to_dot(guidance: Guidance, lang: Lang) -> str:
    lines = [
        "digraph debthelp {",
        "    rankdir=TB;",
        '    node [shape=box, fontname="sans-serif"];',
    ]
    for qid, question in guidance.questions.items():
        lines.append(f'    "{qid}" [label="{_dot_text(_clip(question.text(lang)))}"];')
    lines.append(f'    "{END}" [shape=oval, label="{_dot_text(t("graph-end", lang))}"];')
    for src, dst, label in _edges(guidance, lang):
        attr = f' [label="{_dot_text(label)}"]' if label else ""
        lines.append(f'    "{src}" -> "{dst}"{attr};')
    lines.append("}")
    return "\n".join(lines) + "\n"
