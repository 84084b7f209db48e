"""The rules themselves: industry rules, the time bar, the screen, and the checks run
on units, on the shipped files and on the message catalogues."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from debthelp.content_rules.misstatements import MISSTATEMENTS, claims
from debthelp.content_rules.table import (
    DATA_FILES,
    HOTLINES,
    INDUSTRY_FACTS,
    MESSAGE_MODULES,
    SEED_PREFIX,
    UNCITABLE,
)
from debthelp.content_rules.text import (
    Unit,
    data_units,
    message_units,
    paragraphs,
    phone_numbers,
    snippet,
    units,
)
from debthelp.guidance.model import Problem, Source

_N = r"[^。；;\n]"  # anything within one sentence (zh)
_E = r"[^;\n]"  # anything within one sentence (en)

# =========================================================================== industry rules


_BODY = {
    "zh": r"互联网金融协会|银行业协会|行业规范|行业自律|自律公约",
    "en": r"\bNIFA\b|\bCBA\b|Internet Finance Association|Banking Association"
    r"|industry (rules?|norms?)"
    r"|self-regulat",
}
_LABEL = {"zh": r"行业规范|行业自律", "en": r"industry (rules?|norms?)|self-regulat"}
# Whom it binds: its members, or (for a person's loan) that it does not bind them.
_BINDS = {"zh": r"会员|约束|管不到|只管|管的是", "en": r"\bmembers?\b|\bbinds?\b|\bbound\b"}
_RULE_WORDS = {
    "zh": r"不得|禁止|(?<!拿)不准|严禁",
    "en": r"\bmay not (?!happen|be\b|come\b)|\bmust not\b|\bbans?\b|\bforbid|\bprohibit",
}
_LAW_ZH = (
    r"法律规定|法律明确|法律禁止|法律要求|依法规定"
    rf"|(指引|公约|行业规范|协会){_N}{{0,8}}(?<!不)(是|属于|算)法律"
)
_NOT_LAW_ZH = r"不是法律|并非法律|不属于法律|而不是法律|不算法律|本身不是法律|不是法定"
_LAW_EN = (
    r"\b(the law says|law says|by law|the law (requires|forbids|bans|prohibits)"
    r"|legally (required|binding)|legal provisions?"
    r"|(guidelines?|convention|industry rules|norms)\b(\s+[\w’']+){0,3}\s+"
    r"(is|are) (a |the )?laws?\b)"
)
_IND_EN = r"\b(industry|association|guidelines?|convention|NIFA|CBA)\b"
_NOT_LAW_EN = r"\bnot (a |the )?laws?\b|\bnot legal provisions\b|\bnot (legally )?binding law"
_BREACH_ZH = (
    rf"(违反|不遵守){_N}{{0,15}}(指引|公约|行业规范){_N}{{0,10}}(?<!不算)(?<!不是)(违法|犯罪)"
)
_BREACH_EN = (
    rf"\b(breaking|breaching|violating|breach of)\b{_E}{{0,30}}(guidelines?|convention|industry "
    rf"(rules|norms)){_E}{{0,20}}\b(is|are)\s+(illegal|a crime|unlawful|against the law)"
)


def industry_as_law(unit: str, lang: str) -> bool:
    """Whether the sentence ``unit`` presents an industry rule as law."""
    if lang == "zh":
        if (
            re.search(_LAW_ZH, unit)
            and re.search(r"行业|协会|指引|公约", unit)
            and not re.search(_NOT_LAW_ZH, unit)
        ):
            return True
        return re.search(_BREACH_ZH, unit) is not None
    if (
        re.search(_LAW_EN, unit, re.I)
        and re.search(_IND_EN, unit)
        and not re.search(_NOT_LAW_EN, unit, re.I)
    ):
        return True
    return re.search(_BREACH_EN, unit, re.I) is not None


def industry_unlabelled(text: str, lang: str) -> list[str]:
    """Paragraphs naming an industry body or rule without the words 行业规范 / industry rule."""
    return [
        p
        for p in paragraphs(text)
        if re.search(_BODY[lang], p, re.I) and not re.search(_LABEL[lang], p, re.I)
    ]


def industry_unscoped(text: str, lang: str) -> list[str]:
    """Paragraphs stating an industry rule without saying whom it binds (its members)."""
    return [
        p
        for p in paragraphs(text)
        if re.search(_BODY[lang], p, re.I) and not re.search(_BINDS[lang], p, re.I)
    ]


# =========================================================================== the time bar


_RESTART = {
    "zh": r"时效[^。]{0,40}重新(开始)?(计算|算)|重新(开始)?(计算|算)[^。]{0,10}时效",
    "en": r"(limitation|time bar|clock)[^.]{0,80}\b(restarts?|starts? again|start the clock again|"
    r"runs? again)\b|\b(restarts?|starts? again)\b[^.]{0,60}\blimitation",
}
_FORFEIT = {
    "zh": r"(不能再|不得再|不可以再|就没法再|放弃)[^。]{0,20}(时效|拒绝)|时效抗辩",
    "en": r"gives? up[^.]{0,40}(defen[cs]e|right to refuse)"
    r"|los(e|es|t) (that|the|this|your)[^.]{0,20}defen[cs]e"
    r"|can no longer (use|refuse|rely)|forfeit",
}
_GLOSS = {
    "zh": r"(能|可以)?起诉你的(法定)?期限|(法院|通过法院)追讨(欠款)?的期限|可以起诉你的法定期限",
    "en": r"time (limit )?(the lender|a creditor|the creditor|they) (has|have) to (sue|pursue)"
    r"|time limit for the lender to sue|time the lender has to sue",
}


def time_bar_half(text: str, lang: str) -> bool:
    """Says the limitation period restarts (4-3) but not that agreeing after it has
    run gives up the defence (4-2)."""
    return bool(re.search(_RESTART[lang], text, re.I)) and not re.search(_FORFEIT[lang], text, re.I)


def time_bar_gloss(text: str, lang: str) -> bool:
    """Glosses the limitation period as the time the lender has to sue (4-2: it may
    still sue; expiry is a defence the borrower raises)."""
    return re.search(_GLOSS[lang], text, re.I) is not None


# =========================================================================== the screen


_STATES_RULE = {
    "zh": r"《[^》]{2,40}》|第\d+条|法律规定|依法|监管规定|监管要求|行业规范|司法解释"
    r"|诉讼时效[^。]{0,6}(是|为|一般|会|重新|过|届满|期间)"
    r"|法院(会|不会|可以|不得)",
    "en": r"\bArts?\.\s*\d|\bthe law (says|requires|bans|forbids)|\bby law\b"
    r"|\bregulations? (say|require)"
    r"|industry (rules?|norms?)|limitation period (is|runs|restarts|starts|ends)|Civil Code"
    r"|\bcourts? (will|may|can|cannot)\b",
}


def states_rule_or_channel(unit: Unit) -> bool:
    """Whether a unit states a rule or names a channel (a hotline), by a keyword screen."""
    for lang in ("zh", "en"):
        text = unit.text(lang)
        if phone_numbers(text) or re.search(_STATES_RULE[lang], text, re.I):
            return True
    return False


# =========================================================================== the checks


def _problem(unit: Unit, key: str, **params: Any) -> Problem:
    # ``key`` is a literal at every call below ("content-..."), in the catalogue.
    return Problem(f"{unit.file} {unit.where}", key, unit.line, params)


def check_unit(
    unit: Unit, declared: Mapping[str, Source], context: Mapping[str, str] | None = None
) -> list[Problem]:
    """Every content rule one unit breaks. ``context`` is the text of the unit's
    siblings by language (a tip's title, body and why): the time bar's second half
    may be said beside the first."""
    out: list[Problem] = []
    facts = [sid for sid in unit.sources if not sid.startswith(SEED_PREFIX)]
    good: list[str] = []
    for sid in dict.fromkeys(facts):
        source = declared.get(sid)
        if source is None:
            out.append(_problem(unit, "content-source-unknown", value=sid))
        elif sid in UNCITABLE or source.confidence not in ("V-P", "V-S"):
            out.append(_problem(unit, "content-source-unverified", value=sid))
        else:
            good.append(sid)
    if not good and states_rule_or_channel(unit):
        out.append(_problem(unit, "content-unsourced", text=snippet(unit.zh)))
    if "2b-1" in unit.sources and "2b-2" not in unit.sources:
        out.append(_problem(unit, "content-2b-1"))

    numbers: dict[str, None] = {}
    for lang in ("zh", "en"):
        numbers.update(dict.fromkeys(phone_numbers(unit.text(lang))))
    for number in numbers:
        backing = HOTLINES.get(number)
        if backing is None:
            out.append(_problem(unit, "content-number", value=number, allowed=", ".join(HOTLINES)))
        elif not set(backing) & set(unit.sources):
            out.append(
                _problem(unit, "content-number-source", value=number, fact=" / ".join(backing))
            )

    heading = unit.where.endswith(".title") or unit.where.endswith(".label")
    for lang in ("zh", "en"):
        text = unit.text(lang)
        beside = (context or {}).get(lang, text)
        # A heading names a subject; the sentences under it state the industry rule.
        stated = "" if heading else text
        for para in industry_unlabelled(stated, lang):
            out.append(_problem(unit, "content-industry-unlabelled", lang=lang, text=snippet(para)))
        for para in industry_unscoped(stated, lang):
            if re.search(_LABEL[lang], para, re.I):  # unlabelled ones are reported above
                out.append(_problem(unit, "content-industry-scope", lang=lang, text=snippet(para)))
        if (
            set(good) & INDUSTRY_FACTS
            and re.search(_RULE_WORDS[lang], stated, re.I)
            and not re.search(_LABEL[lang], stated, re.I)
            and not industry_unlabelled(stated, lang)
        ):
            out.append(
                _problem(unit, "content-industry-unlabelled", lang=lang, text=snippet(stated))
            )
        names_industry = re.search(_BODY[lang], stated, re.I) or set(good) & INDUSTRY_FACTS
        if names_industry:
            for sentence in units(stated):
                if industry_as_law(sentence, lang):
                    out.append(
                        _problem(unit, "content-industry-as-law", lang=lang, text=snippet(sentence))
                    )
        for m in MISSTATEMENTS:
            for sentence in claims(text, m, lang):
                name = m.zh_name if lang == "zh" else m.en_name
                out.append(
                    _problem(
                        unit,
                        "content-misstatement",
                        lang=lang,
                        number=m.number,
                        name=name,
                        text=snippet(sentence),
                    )
                )
        if time_bar_half(text, lang) and not re.search(_FORFEIT[lang], beside, re.I):
            out.append(_problem(unit, "content-time-bar", lang=lang, text=snippet(text)))
        if time_bar_gloss(text, lang):
            out.append(_problem(unit, "content-time-bar-gloss", lang=lang, text=snippet(text)))
    return out


def _parent(unit: Unit) -> tuple[str, str]:
    return unit.file, unit.where.rsplit(".", 1)[0]


def check_units(units_: Iterable[Unit], declared: Mapping[str, Source]) -> list[Problem]:
    """Every content problem in ``units_``, in order."""
    listed = list(units_)
    siblings: dict[tuple[str, str], dict[str, str]] = {}
    for unit in listed:
        texts = siblings.setdefault(_parent(unit), {"zh": "", "en": ""})
        for lang in ("zh", "en"):
            texts[lang] += "\n\n" + unit.text(lang)
    return [
        problem
        for unit in listed
        for problem in check_unit(unit, declared, siblings[_parent(unit)])
    ]


# =========================================================================== the shipped files


def data_dir() -> Path:
    """Where the shipped data files are (inside the package, or data/ in a checkout)."""
    from debthelp.guidance import default_guidance_path

    return default_guidance_path().parent


def load_data_units(
    directory: Path | None = None,
    *,
    files: Iterable[str] = DATA_FILES,
    guidance: Path | None = None,
) -> Iterator[Unit]:
    """The units of each data file in ``directory``; ``guidance`` replaces guidance.yaml."""
    from debthelp.errors import GuidanceError
    from debthelp.yamlio import load_yaml, read_text

    folder = directory or data_dir()
    for name in files:
        path = guidance if (name == "guidance.yaml" and guidance is not None) else folder / name
        if not path.is_file():
            continue
        raw = load_yaml(read_text(path, error=GuidanceError), path=str(path), error=GuidanceError)
        found = data_units(name, raw)
        if path != folder / name:  # a person's own file (validate FILE): named as given
            found = [unit._replace(file=str(path)) for unit in found]
        yield from found


def load_message_units() -> Iterator[Unit]:
    """The units of every message catalogue, with each catalogue's ``SOURCES``."""
    import importlib

    for name in MESSAGE_MODULES:
        module = importlib.import_module(f"debthelp.messages.{name}")
        yield from message_units(name, module.MESSAGES, getattr(module, "SOURCES", None))


def check_shipped(
    declared: Mapping[str, Source],
    *,
    guidance: Path | None = None,
    guidance_declared: Mapping[str, Source] | None = None,
) -> list[Problem]:
    """Every content problem in the shipped data files and message catalogues.

    ``declared`` is the shipped guidance's ``sources``, which every file cites.
    ``guidance`` checks that guidance file in place of the shipped one (``debthelp
    validate FILE``), against its own ``guidance_declared`` sources; the other
    files are always the shipped ones.
    """
    own = guidance_declared if guidance_declared is not None else declared
    found = check_units(load_data_units(files=("guidance.yaml",), guidance=guidance), own)
    others = tuple(name for name in DATA_FILES if name != "guidance.yaml")
    found += check_units(load_data_units(files=others), declared)
    found += check_units(load_message_units(), declared)
    return found
