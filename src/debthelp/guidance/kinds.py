"""Question kinds: the one place that knows what each kind of question accepts.

A kind says which values a question takes, where each answer leads (its
edges), how a raw answer from a file, a flag or a prompt becomes a clean one,
how an answer reads back to a person, and how a question is listed for
`debthelp questions`. The wizard keeps only *how to ask* each kind (that
needs questionary); everything else about a kind lives here.

This is the only code that names a kind (a test keeps it so): the reader,
the validator, the graph, ``debthelp questions`` and the wizard ask a kind
what it does (``branches``, ``operators``, ``numeric`` ...), never its name.
To add a kind: write a class like these, add it to ``KINDS`` and its name to
``QuestionKind``, and give the wizard an asker for it (``wizard/prompt.py``'s
``ASKERS``). The page's ``engine.js`` mirrors these rules in JavaScript.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Literal

from debthelp.errors import InputError
from debthelp.i18n import Lang, t

if TYPE_CHECKING:
    from debthelp.guidance.model import Question

# The answer target that ends the questions (kept here, the lowest module, so that
# the model can import the kinds without a cycle).
END = "end"
YES_WORDS = frozenset({"yes", "y", "true", "1", "是", "对", "有"})
NO_WORDS = frozenset({"no", "n", "false", "0", "否", "不是", "没有"})
MAX_NUMBER = 1e12

# The kinds by name, for the model's type (a test checks it names each of ``KINDS``).
QuestionKind = Literal["single", "multi", "yesno", "number"]


def _bad(question: Question, value: Any) -> InputError:
    return InputError(
        "answer-bad-value", question=question.id, value=value, valid=", ".join(question.values())
    )


class KindRules:
    """What every kind says about itself; the defaults are a plain question."""

    name = ""
    label_key = ""  # its name in ``debthelp questions``
    has_options = False  # a list of options, each a value and a label
    option_next = False  # an option may say where it leads
    exclusive_options = False  # an option may be marked "none of the others"
    next_by_answer = False  # ``next`` may be a mapping of yes and no
    needs_next = False  # the question itself must say where it leads
    numeric = False  # a number: min, max, unit, optional
    branches = False  # each answer is a separate route through the questions
    operators: tuple[str, ...] = ()  # the conditions that may be written on it
    fixed_values: tuple[str, ...] = ()  # the answers, when every question of it has the same

    def condition_value(self, value: Any) -> Any:
        """A value as a condition on this kind compares it."""
        return value

    def values(self, q: Question) -> tuple[str, ...]:
        """The answers it takes (none listed for a number)."""
        return ()

    def edges(self, q: Question) -> tuple[tuple[str | None, str], ...]:
        """(answer, target) for each way out; answer None when every answer goes there."""
        return ((None, q.next or END),)

    def coerce(self, q: Question, raw: Any) -> Any:
        """A raw answer (file, flag, prompt) as a clean one; ``InputError`` if it is none."""
        raise NotImplementedError

    def describe(self, q: Question, answer: Any, lang: Lang) -> list[str]:
        """An answer as it reads back to a person."""
        raise NotImplementedError

    def listing(self, q: Question, lang: Lang) -> dict[str, Any]:
        """What ``debthelp questions`` shows beside the question."""
        raise NotImplementedError


class Single(KindRules):
    """One choice from a list; each option may lead to its own question."""

    name = "single"
    label_key = "kind-single"
    has_options = True
    option_next = True
    branches = True
    operators = ("equals",)

    def values(self, q: Question) -> tuple[str, ...]:
        return tuple(o.value for o in q.options)

    def edges(self, q: Question) -> tuple[tuple[str | None, str], ...]:
        return tuple((o.value, o.next or q.next or END) for o in q.options)

    def coerce(self, q: Question, raw: Any) -> Any:
        if isinstance(raw, str) and q.option(raw.strip()):
            return raw.strip()
        raise _bad(q, raw)

    def describe(self, q: Question, answer: Any, lang: Lang) -> list[str]:
        opt = q.option(str(answer))
        return [opt.label(lang)] if opt else [str(answer)]

    def listing(self, q: Question, lang: Lang) -> dict[str, Any]:
        return {"values": [{"value": o.value, "label": o.label(lang)} for o in q.options]}


class Multi(Single):
    """Any number of choices from a list, one of which may exclude the others."""

    name = "multi"
    label_key = "kind-multi"
    option_next = False
    exclusive_options = True
    needs_next = True
    branches = False
    operators = ("includes",)

    def edges(self, q: Question) -> tuple[tuple[str | None, str], ...]:
        return ((None, q.next or END),)

    def coerce(self, q: Question, raw: Any) -> Any:
        if isinstance(raw, str):
            items: Any = [part.strip() for part in raw.split(",") if part.strip()]
        elif isinstance(raw, list):
            items = raw
        else:
            raise _bad(q, raw)
        chosen: set[str] = set()
        for item in items:
            if not isinstance(item, str) or q.option(item) is None:
                raise _bad(q, item)
            chosen.add(item)
        if not chosen:
            raise InputError("answer-empty-multi", question=q.id, valid=", ".join(q.values()))
        exclusive = [o.value for o in q.options if o.exclusive and o.value in chosen]
        if exclusive and len(chosen) > 1:
            raise InputError("answer-exclusive", question=q.id, value=exclusive[0])
        # Option order, not typing order: the same answers always give the same output.
        return [v for v in q.values() if v in chosen]

    def describe(self, q: Question, answer: Any, lang: Lang) -> list[str]:
        values = answer if isinstance(answer, list) else [answer]
        return [opt.label(lang) for value in values if (opt := q.option(str(value)))]


class YesNo(KindRules):
    """Yes or no; ``next`` may send each answer its own way."""

    name = "yesno"
    label_key = "kind-yesno"
    next_by_answer = True
    branches = True
    operators = ("equals",)
    fixed_values = ("yes", "no")

    def condition_value(self, value: Any) -> Any:
        if isinstance(value, bool):
            return "yes" if value else "no"  # YAML 1.1 reads a bare yes/no as a boolean
        return value

    def values(self, q: Question) -> tuple[str, ...]:
        return self.fixed_values

    def edges(self, q: Question) -> tuple[tuple[str | None, str], ...]:
        return (("yes", q.yes_next or q.next or END), ("no", q.no_next or q.next or END))

    def coerce(self, q: Question, raw: Any) -> Any:
        text = ("yes" if raw else "no") if isinstance(raw, bool) else str(raw).strip().lower()
        if text in YES_WORDS:
            return "yes"
        if text in NO_WORDS:
            return "no"
        raise _bad(q, raw)

    def describe(self, q: Question, answer: Any, lang: Lang) -> list[str]:
        return [t("yes" if answer == "yes" else "no", lang)]

    def listing(self, q: Question, lang: Lang) -> dict[str, Any]:
        return {
            "values": [
                {"value": "yes", "label": t("yes", lang)},
                {"value": "no", "label": t("no", lang)},
            ]
        }


class Number(KindRules):
    """A number, perhaps within bounds, perhaps left blank ("I don't know")."""

    name = "number"
    label_key = "kind-number"
    needs_next = True
    numeric = True
    operators = ("less_than", "greater_than")

    def coerce(self, q: Question, raw: Any) -> Any:
        if q.optional and (raw is None or (isinstance(raw, str) and not raw.strip())):
            return ""  # left blank on purpose: the answer is "I don't know"
        if isinstance(raw, bool):
            raise InputError("answer-not-number", question=q.id, value=raw)
        try:
            number = float(str(raw).strip().replace(",", "").replace("，", ""))
        except ValueError:
            raise InputError("answer-not-number", question=q.id, value=raw) from None
        if not math.isfinite(number) or abs(number) > MAX_NUMBER:
            raise InputError("answer-not-number", question=q.id, value=raw)
        low, high = q.minimum, q.maximum
        if (low is not None and number < low) or (high is not None and number > high):
            raise InputError(
                "answer-out-of-range", question=q.id, value=raw, low=fmt(low), high=fmt(high)
            )
        return int(number) if number.is_integer() else number

    def describe(self, q: Question, answer: Any, lang: Lang) -> list[str]:
        if answer == "":
            return [t("answer-blank", lang)]
        unit = f" {q.unit(lang)}" if q.unit else ""
        return [f"{answer}{unit}"]

    def listing(self, q: Question, lang: Lang) -> dict[str, Any]:
        return {"min": q.minimum, "max": q.maximum, "optional": q.optional}


def fmt(value: float | None) -> str:
    if value is None:
        return "…"
    return str(int(value)) if value.is_integer() else str(value)


KINDS: dict[str, KindRules] = {k.name: k for k in (Single(), Multi(), YesNo(), Number())}


def kind_of(question: Question) -> KindRules:
    return KINDS[question.kind]


def kinds_for(operator: str) -> tuple[str, ...]:
    """The kinds a condition with ``operator`` may be written on."""
    return tuple(name for name, kind in KINDS.items() if operator in kind.operators)
