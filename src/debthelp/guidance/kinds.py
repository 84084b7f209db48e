"""Question kinds: the one place that knows what each kind of question accepts.

A kind says which values a question takes, where each answer leads (its
edges), how a raw answer from a file, a flag or a prompt becomes a clean one,
how an answer reads back to a person, and how a question is listed for
`debthelp questions`. The wizard keeps only *how to ask* each kind (that
needs questionary); everything else about a kind lives here.

To add a kind: write a class like these, add it to ``KINDS``, and give the
wizard an asker for it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

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


def _bad(question: Question, value: Any) -> InputError:
    return InputError(
        "answer-bad-value", question=question.id, value=value, valid=", ".join(question.values())
    )


class Single:
    name = "single"
    has_options = True

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
    name = "multi"

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


class YesNo:
    name = "yesno"
    has_options = False

    def values(self, q: Question) -> tuple[str, ...]:
        return ("yes", "no")

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


class Number:
    name = "number"
    has_options = False

    def values(self, q: Question) -> tuple[str, ...]:
        return ()

    def edges(self, q: Question) -> tuple[tuple[str | None, str], ...]:
        return ((None, q.next or END),)

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


KINDS: dict[str, Single | Multi | YesNo | Number] = {
    k.name: k for k in (Single(), Multi(), YesNo(), Number())
}


def kind_of(question: Question) -> Single | Multi | YesNo | Number:
    return KINDS[question.kind]
