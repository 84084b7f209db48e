"""Tips and the glossary as ``Doc``s and as JSON: one place turns core data into each."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from debthelp.i18n import Lang, t
from debthelp.render.doc import Block, Doc, Item

if TYPE_CHECKING:  # only for types: `tips` must not pay for the engine or rate at start-up
    from debthelp.guidance import Guidance, Term, Tip


# --------------------------------------------------------------------------- building docs


def cite(guidance: Guidance, source_ids: Iterable[str], lang: Lang) -> tuple[str, ...]:
    """The full citation of each source id, in ``lang``."""
    out = []
    for sid in source_ids:
        source = guidance.sources.get(sid)
        out.append(source.cite(lang) if source else sid)
    return tuple(out)


def source_label(sid: str, lang: Lang) -> str:
    """A source id as a reader sees it: the article's sections read "原文 2.1" on a
    Chinese screen, not "seed §2.1"; fact ids (4-4) are the same in both."""
    if sid.startswith("seed §"):
        return t("source-seed", lang, section=sid.removeprefix("seed §"))
    return sid


def cite_with_ids(guidance: Guidance, source_ids: Iterable[str], lang: Lang) -> tuple[str, ...]:
    # The id helps a volunteer find the fact in the fact sheet; keep it visible.
    ids = tuple(source_ids)
    return tuple(
        f"{c} [{source_label(sid, lang)}]"
        for sid, c in zip(ids, cite(guidance, ids, lang), strict=True)
    )


def tip_item(guidance: Guidance, tip: Tip, lang: Lang, *, with_why: bool) -> Item:
    return Item(
        title=tip.title(lang),
        body=tip.body(lang),
        why=tip.why(lang) if (with_why and tip.why) else "",
        sources=cite_with_ids(guidance, tip.all_sources, lang),
        urgent=tip.urgent,
        source_ids=tuple(source_label(sid, lang) for sid in tip.all_sources),
        say=tuple(line.text(lang) for line in tip.say),
    )


# Where a sentence ends: after 。！？, or after . ! ? and a space before a capital,
# a quotation, a bracket or a command ("debthelp ...").
_SENTENCE = {"zh": re.compile(r"(?<=[。！？])"), "en": re.compile(r"(?<=[.!?])\s+(?=[A-Z\"(d])")}


def short_body(tip: Tip, lang: Lang) -> str:
    """A step's short form: its lead (``brief``, else the one-line action ``first``,
    else the body's first paragraph), then each sentence of the body with a
    service line or a command not yet shown; a command standing alone (the line
    to type) stays a line of its own."""
    # Here, not at the top: `debthelp check` draws with this module and must not
    # import the guidance package at start-up (tests/cli/test_startup.py).
    from debthelp.guidance.model import acts

    if tip.brief:
        lead = tip.brief(lang)
    elif tip.first:
        lead = tip.first(lang) + ("。" if lang == "zh" else ".")
    else:
        lead = tip.body(lang).strip().split("\n\n")[0]
    have = acts(lead)
    paras = [lead]
    kept: list[str] = []
    for raw in tip.body(lang).strip().split("\n\n"):
        para = raw.strip()
        if para.startswith("debthelp "):  # a line to type as it stands
            if para not in lead:
                paras += [_join(kept, lang), para]
                kept = []
            continue
        for line in para.splitlines():
            for sentence in _SENTENCE[lang].split(line.removeprefix("- ").strip()):
                new = acts(sentence) - have
                if new:
                    kept.append(sentence.strip())
                    have |= new
    paras.append(_join(kept, lang))
    return "\n\n".join(p for p in paras if p)


def _join(sentences: list[str], lang: Lang) -> str:
    return ("" if lang == "zh" else " ").join(sentences)


def short_item(tip: Tip, lang: Lang) -> Item:
    """A step below the first screen of the default plan: its title, its short
    form (``short_body``), its words to say, and where to read all of it with its
    sources (``debthelp tips TOPIC``); no "why", no citations."""
    return Item(
        title=tip.title(lang),
        body=short_body(tip, lang),
        urgent=tip.urgent,
        say=tuple(line.text(lang) for line in tip.say),
        more=t("plan-step-more", lang, topic=tip.topic),
    )


def _notes(guidance: Guidance, lang: Lang) -> tuple[str, ...]:
    return (
        guidance.disclaimer(lang),
        t("reviewed", lang, date=guidance.reviewed.isoformat()),
    )


def terms_footer(guidance: Guidance, blocks: Sequence[Block], lang: Lang) -> tuple[str, ...]:
    """A line naming the glossary terms the text uses, so a reader knows to ask."""
    text = "\n".join(
        f"{i.title}\n{i.body}\n{i.why}\n" + "\n".join(i.say) for b in blocks for i in b.items
    )
    if lang == "en":
        text = text.lower()
    found = []
    for term in guidance.terms:
        # "LPR（贷款市场报价利率）" is found as "LPR", "Payment order (zhīfùlìng)" as
        # "payment order"
        name = term.term(lang).split("（")[0].split(" (")[0].strip()
        if name and (name if lang == "zh" else name.lower()) in text:
            found.append(name)
    if not found:
        return ()
    return (t("terms-footer", lang, terms=t("list-sep", lang).join(found)),)


def tips_doc(guidance: Guidance, topic_ids: Sequence[str], lang: Lang) -> Doc:
    blocks = []
    for topic_id in topic_ids:
        topic = guidance.topic(topic_id)
        if topic is None:
            continue
        items = tuple(
            tip_item(guidance, tip, lang, with_why=False) for tip in guidance.tips_in(topic_id)
        )
        blocks.append(Block(topic.title(lang), items))
    return Doc(
        t("tips-title", lang),
        tuple(blocks),
        notes=_notes(guidance, lang),
        footer=terms_footer(guidance, blocks, lang),
    )


def tips_json(guidance: Guidance, topic_ids: Sequence[str], lang: Lang) -> dict[str, Any]:
    topics = []
    for topic_id in topic_ids:
        topic = guidance.topic(topic_id)
        if topic is None:
            continue
        topics.append(
            {
                "id": topic.id,
                "title": topic.title(lang),
                "tips": [_tip_json(guidance, tip, lang) for tip in guidance.tips_in(topic_id)],
            }
        )
    return {"lang": lang, "topics": topics}


def _tip_json(guidance: Guidance, tip: Tip, lang: Lang) -> dict[str, Any]:
    return {
        "id": tip.id,
        "title": tip.title(lang),
        "body": tip.body(lang),
        "say": say_json(guidance, tip, lang),
        "source": "; ".join(tip.all_sources),
        "sources": sources_json(guidance, tip.all_sources, lang),
        "urgent": tip.urgent,
    }


def say_json(guidance: Guidance, tip: Tip, lang: Lang) -> list[dict[str, Any]]:
    """A tip's words to say: each line with its id and the facts it leans on."""
    return [
        {
            "id": line.id,
            "text": line.text(lang),
            "source": "; ".join(line.sources),
            "sources": sources_json(guidance, line.sources, lang),
        }
        for line in tip.say
    ]


def sources_json(guidance: Guidance, ids: Sequence[str], lang: Lang) -> list[dict[str, str]]:
    return [{"id": sid, "cite": c} for sid, c in zip(ids, cite(guidance, ids, lang), strict=True)]


def dump_json(data: Any) -> str:
    import json

    # sort_keys is off on purpose: key order is part of the documented shape,
    # and it is already deterministic because dicts keep insertion order.
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def glossary_doc(guidance: Guidance, terms: Sequence[Term], lang: Lang) -> Doc:
    items = tuple(
        Item(
            title=term.term(lang),
            body=term.definition(lang),
            sources=cite_with_ids(guidance, term.sources, lang),
        )
        for term in terms
    )
    return Doc(
        t("glossary-title", lang),
        (Block(t("glossary-block", lang), items),),
        notes=(guidance.disclaimer(lang),),
    )


def glossary_json(guidance: Guidance, terms: Sequence[Term], lang: Lang) -> dict[str, Any]:
    return {
        "lang": lang,
        "terms": [
            {
                "id": term.id,
                "term": term.term(lang),
                "definition": term.definition(lang),
                "source": "; ".join(term.sources),
            }
            for term in terms
        ],
    }
