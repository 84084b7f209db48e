"""Finding a glossary term the way a person would type it (pure core)."""

from __future__ import annotations

import difflib

from debthelp.errors import InputError
from debthelp.guidance import Guidance, Term
from debthelp.i18n import Lang, t


def _names(term: Term) -> list[str]:
    return [term.id, term.term.zh, term.term.en]


def _norm(text: str) -> str:
    return "".join(text.lower().split())


def find_term(guidance: Guidance, query: str, lang: Lang = "zh") -> Term:
    """A term by its id, its Chinese or English name, or a unique part of one.

    Unknown: an error that lists the closest matches, or every term if none is close.
    """
    wanted = _norm(query)
    for term in guidance.terms:
        if any(_norm(name) == wanted for name in _names(term)):
            return term
    if wanted:
        matches = [t for t in guidance.terms if any(wanted in _norm(n) for n in _names(t))]
        if len(matches) == 1:
            return matches[0]
    # Suggest by any name, but show each suggestion in the reader's language.
    shown = {_norm(n): term.term(lang) for term in guidance.terms for n in _names(term)}
    close = difflib.get_close_matches(wanted, list(shown), n=4, cutoff=0.4)
    partial: list[str] = [
        term.term(lang)
        for term in guidance.terms
        if wanted and any(wanted in _norm(n) for n in _names(term))
    ]
    suggestions = list(dict.fromkeys([*partial, *(shown[c] for c in close)]))
    sep = t("list-sep", lang)
    if suggestions:
        raise InputError("unknown-term", value=query, close=sep.join(suggestions))
    every = sep.join(term.term(lang) for term in guidance.terms)
    raise InputError("unknown-term-none", value=query, valid=every)
