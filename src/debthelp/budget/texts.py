"""The budget report's sentences that state the law or give the seed's advice
(``data/budget.yaml``): finding, reading, checking completely.

Owns ``BudgetTexts`` and ``load_budget_texts``. Each sentence carries its
sources (fact ids or seed sections), has both languages with the same
placeholders, and every problem is reported at once, as ``id.field: message``.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, NamedTuple

from debthelp.datafile import FACT_RE, SEED_SOURCES
from debthelp.errors import InvalidDataError
from debthelp.guidance import Problem, Text
from debthelp.i18n import Lang
from debthelp.yamlio import LineDict, load_yaml, read_text

REQUIRED_IDS: Final = (
    "budget.essentials-first",
    "budget.offer-what-you-can",
    "budget.note-card-instalments",
    "budget.note-limitation",
    "budget.note-no-agents",
    "budget.rate-over-line",
    "budget.card-over-60",
    "budget.card-within-60",
)
NOTE_IDS: Final = (  # the negotiation notes, in the order the report shows them
    "budget.offer-what-you-can",
    "budget.note-card-instalments",
    "budget.note-limitation",
    "budget.note-no-agents",
)


class BudgetText(NamedTuple):
    id: str
    text: Text
    sources: tuple[str, ...]


class BudgetTexts(NamedTuple):
    path: str
    entries: Mapping[str, BudgetText]

    def get(self, key: str, lang: Lang, /, **params: Any) -> str:
        """The sentence ``key`` in ``lang`` with ``params`` filled in."""
        text = self.entries[key].text(lang)
        return text.format(**params) if params else text

    def sources(self, key: str) -> tuple[str, ...]:
        return self.entries[key].sources


def default_budget_texts_path() -> Path:
    """The shipped file: inside the installed package, or data/ in a checkout."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "data" / "budget.yaml"
    return packaged if packaged.is_file() else package.parents[1] / "data" / "budget.yaml"


@lru_cache(maxsize=4)
def load_budget_texts(path: Path | None = None) -> BudgetTexts:
    """Read and check ``data/budget.yaml`` whole; ``InvalidDataError`` lists every problem."""
    file = default_budget_texts_path() if path is None else Path(path)
    raw = load_yaml(read_text(file, error=_file_error), path=str(file), error=_file_error)
    entries, problems = check_budget_texts(raw)
    if problems:
        raise InvalidDataError("budget.texts-invalid", problems=tuple(problems), path=str(file))
    return BudgetTexts(str(file), entries)


def _file_error(key: str, /, **params: Any) -> InvalidDataError:
    path = str(params.get("path", ""))
    return InvalidDataError(
        "budget.texts-invalid", problems=(Problem(Path(path).name, key, 0, params),), path=path
    )


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def check_budget_texts(raw: Any) -> tuple[dict[str, BudgetText], list[Problem]]:
    """Every well-formed entry of the parsed file, and every problem found."""
    if not isinstance(raw, LineDict) or not isinstance(raw.get("texts"), list):
        return {}, [Problem("budget.yaml", "v-not-mapping", 0)]
    problems: list[Problem] = []
    if raw.get("format") != 1:
        problems.append(Problem("format", "v-format", raw.line_of("format"), {"expected": 1}))
    entries: dict[str, BudgetText] = {}
    for index, item in enumerate(raw["texts"]):
        if not isinstance(item, LineDict):
            problems.append(Problem(f"texts[{index}]", "v-not-mapping", 0))
            continue
        where = str(item.get("id") or f"texts[{index}]")
        found = len(problems)
        if item.get("id") not in REQUIRED_IDS:
            problems.append(Problem(f"{where}.id", "v-rate-unused", item.line, {"value": where}))
        elif where in entries:
            problems.append(
                Problem(f"{where}.id", "v-duplicate-id", item.line, {"id": where, "first": 0})
            )
        texts = {lang: item.get(lang) for lang in ("zh", "en")}
        for lang, value in texts.items():
            if not isinstance(value, str) or not value.strip():
                problems.append(
                    Problem(f"{where}.{lang}", "v-empty-lang", item.line_of(lang), {"lang": lang})
                )
        zh, en = texts["zh"], texts["en"]
        if isinstance(zh, str) and isinstance(en, str) and _fields(zh) != _fields(en):
            problems.append(
                Problem(
                    f"{where}.en",
                    "v-placeholders",
                    item.line_of("en"),
                    {"zh": ", ".join(sorted(_fields(zh))), "en": ", ".join(sorted(_fields(en)))},
                )
            )
        cited = item.get("source")
        cited = cited if isinstance(cited, list) else [cited]
        for sid in cited:
            if not isinstance(sid, str) or (sid not in SEED_SOURCES and not FACT_RE.fullmatch(sid)):
                problems.append(
                    Problem(
                        f"{where}.source", "v-source-id", item.line_of("source"), {"value": sid}
                    )
                )
        if len(problems) == found:
            entries[where] = BudgetText(
                where, Text(zh=str(zh).strip(), en=str(en).strip()), tuple(cited)
            )
    for missing in REQUIRED_IDS:
        if missing not in entries and not any(p.where.startswith(missing) for p in problems):
            problems.append(
                Problem("texts", "v-rate-missing", raw.line_of("texts"), {"value": missing})
            )
    return entries, problems
