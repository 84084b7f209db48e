"""Guards on the CONTENT of the shipped guidance (data/guidance.yaml).

Wrong advice hurts real people. These tests check the facts, not the code:

1. every point of the source article (shared/seed/…) reaches the user;
2. every source is real: a seed section or a V-P / V-S row of shared/legal-facts.md;
3. every phone number shown to users is one the fact sheet supports;
4. the seven "common misstatements" listed in the fact sheet never appear;
5. industry rules (NIFA, CBA) are never presented as law;
6. the safety path gives 110, 120 and 12356 in both languages;
7. zh and en are both present, distinct and free of placeholders.

Each pattern-based guard has self-tests with a sample it must catch (so it can never
silently become a no-op) and samples of correct wording it must leave alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple

import pytest

from debthelp.content_rules import (
    FORBIDDEN_NUMBERS,
    HOTLINES,
    MISSTATEMENTS,
    UNCITABLE,
    Misstatement,
    claims,
    industry_as_law,
    paragraphs,
    phone_numbers,
    units,
)
from tests.util import ROOT, SHARED

ALLOWED_NUMBERS = frozenset(HOTLINES)

FACTS = SHARED / "legal-facts.md"
SEED_DIR = SHARED / "seed"
# Cross-checks against the fact sheet and the article run where ../shared sits
# beside the clone (CI has it). What the project claims of itself (every source
# declared and labelled, every seed point reaching a tip) is checked from its
# own files everywhere.
needs_shared = pytest.mark.skipif(
    not (FACTS.is_file() and SEED_DIR.is_dir()),
    reason="../shared (the fact sheet and the source article) is not beside this clone",
)
SEED = SEED_DIR / "000_f21179da79d5cde0.txt"

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# =========================================================================== text helpers


class Piece(NamedTuple):
    where: str  # e.g. "tip stay-calm.body"
    lang: str  # "zh" | "en"
    text: str


def _text_fields(g: Any, *, with_cites: bool) -> Iterator[tuple[str, Any]]:
    """Every bilingual Text in the guidance, with where it lives."""
    yield "meta.disclaimer", g.disclaimer
    for topic in g.topics:
        yield f"topic {topic.id}.title", topic.title
    for tip in g.tips:
        yield f"tip {tip.id}.title", tip.title
        yield f"tip {tip.id}.body", tip.body
        if tip.why is not None:
            yield f"tip {tip.id}.why", tip.why
        if tip.first is not None:
            yield f"tip {tip.id}.first", tip.first
        for line in tip.say:
            yield f"tip {tip.id}.say.{line.id}", line.text
    for term in g.terms:
        yield f"term {term.id}.term", term.term
        yield f"term {term.id}.definition", term.definition
    for question in g.questions.values():
        yield f"question {question.id}.text", question.text
        if question.why is not None:
            yield f"question {question.id}.why", question.why
        if question.help is not None:
            yield f"question {question.id}.help", question.help
        if question.unit is not None:
            yield f"question {question.id}.unit", question.unit
        for option in question.options:
            yield f"question {question.id}.{option.value}.label", option.label
    if with_cites:
        for source in g.sources.values():
            yield f"source {source.id}.cite", source.cite


def user_pieces(g: Any) -> list[Piece]:
    """All user-visible prose, both languages, without the source citations."""
    out = []
    for where, text in _text_fields(g, with_cites=False):
        out.append(Piece(where, "zh", text.zh))
        out.append(Piece(where, "en", text.en))
    return out


def tip_text(tip: Any, lang: str) -> str:
    parts = [tip.title, tip.body, *(line.text for line in tip.say)]
    parts += [tip.why] if tip.why is not None else []
    return "\n\n".join(getattr(p, lang) for p in parts)


# =========================================================================== the fact sheet


class FactRow(NamedTuple):
    id: str
    label: str  # the confidence text as written in the fact sheet
    text: str  # the whole row


_ROW_RE = re.compile(r"^\|\s*(\d[a-z]?-\d+)\s*\|")
_NOTE_RE = re.compile(r"^\*\*Advisor note \((\w+)\):\*\*(.*)$")
_LABEL_RE = re.compile(r"V-P|V-S|\bU\b")


@lru_cache(maxsize=1)
def fact_rows() -> dict[str, FactRow]:
    rows: dict[str, FactRow] = {}
    for line in FACTS.read_text(encoding="utf-8").splitlines():
        m = _ROW_RE.match(line)
        if m:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rows[m.group(1)] = FactRow(m.group(1), cells[-1], line)
            continue
        n = _NOTE_RE.match(line.strip())
        if n:
            nid = f"{n.group(1)}-note"
            labels = re.findall(r"\*\*(V-P|V-S)\.?\*\*", n.group(2))
            rows[nid] = FactRow(nid, " ".join(labels), line)
    return rows


def labels_of(label: str) -> list[str]:
    return _LABEL_RE.findall(label)


def citable(fid: str) -> bool:
    row = fact_rows().get(fid)
    if row is None or fid in UNCITABLE:
        return False
    return any(lab in ("V-P", "V-S") for lab in labels_of(row.label))


SEED_IDS = (
    "seed §1.1",
    "seed §1.2",
    "seed §2.1",
    "seed §2.2",
    "seed §2.3",
    "seed §3.1",
    "seed §3.2",
    "seed §3.3",
    "seed §4",
    "seed teasers",
)

# What marks each seed section in the article itself.
SEED_MARKERS = {
    "seed §1.1": "1.1 网贷催款的起因",
    "seed §1.2": "1.2 催款的方式",
    "seed §2.1": "2.1 及时与催款方沟通",
    "seed §2.2": "2.2 寻求法律帮助",
    "seed §2.3": "2.3 制定还款计划",
    "seed §3.1": "3.1 提高金融知识",
    "seed §3.2": "3.2 合理规划借款",
    "seed §3.3": "3.3 定期检查信用记录",
    "seed §4": "四、小编总结",
    "seed teasers": "催收说上门走访是真的吗",
}


# =========================================================================== 1. seed points


class SeedPoint(NamedTuple):
    point: str
    tip: str
    section: str
    zh: tuple[str, ...]  # every pattern must match the tip's zh text
    en: tuple[str, ...]  # every pattern must match the tip's en text


SEED_POINTS = (
    SeedPoint(
        "1.1 why collection starts: a missed repayment under the contract",
        "why-collection",
        "seed §1.1",
        (r"按时还款|逾期", r"合同"),
        (r"on time|late", r"contract"),
    ),
    SeedPoint(
        "1.2 collection by phone",
        "collection-methods",
        "seed §1.2",
        (r"电话",),
        (r"\bphone|\bcall",),
    ),
    SeedPoint(
        "1.2 collection by SMS", "collection-methods", "seed §1.2", (r"短信",), (r"\btext|\bSMS",)
    ),
    SeedPoint(
        "1.2 collection by home visits",
        "collection-methods",
        "seed §1.2",
        (r"上门",),
        (r"\bvisit",),
    ),
    SeedPoint(
        "1.2 collection by legal action",
        "collection-methods",
        "seed §1.2",
        (r"法院|起诉",),
        (r"\bcourt|\bsue",),
    ),
    SeedPoint(
        "2.1 stay calm",
        "stay-calm",
        "seed §2.1",
        (r"冷静|稳住|稳定|深呼吸",),
        (r"\bcalm|steady|steadier|breath",),
    ),
    SeedPoint(
        "2.1 sincere attitude", "sincere-attitude", "seed §2.1", (r"诚恳",), (r"sincere|honest",)
    ),
    SeedPoint(
        "2.1 hardship proof: medical",
        "hardship-proof",
        "seed §2.1",
        (r"医疗|医院|病历|诊断",),
        (r"medical|hospital",),
    ),
    SeedPoint(
        "2.1 hardship proof: unemployment",
        "hardship-proof",
        "seed §2.1",
        (r"失业",),
        (r"unemploy|losing your job|lost your job",),
    ),
    SeedPoint("2.1 propose instalments", "propose-plan", "seed §2.1", (r"分期",), (r"instalment",)),
    SeedPoint(
        "2.1 propose deferral",
        "propose-plan",
        "seed §2.1",
        (r"延迟|延期|推迟",),
        (r"defer|later|more time",),
    ),
    SeedPoint(
        "2.2 keep recordings and messages",
        "keep-records",
        "seed §2.2",
        (r"录音", r"短信|截图"),
        (r"record", r"\btexts?\b|screenshot"),
    ),
    SeedPoint("2.2 consult a lawyer", "consult-lawyer", "seed §2.2", (r"律师",), (r"lawyer",)),
    SeedPoint(
        "2.2 take legal action",
        "legal-action",
        "seed §2.2",
        (r"起诉|诉讼",),
        (r"\bsu(e|ing)\b|court|lawsuit",),
    ),
    SeedPoint(
        "2.3 assess income and spending",
        "assess-finances",
        "seed §2.3",
        (r"收入", r"开支|支出"),
        (r"income", r"spending"),
    ),
    SeedPoint(
        "2.3 instalment plan agreed with the lender",
        "instalment-plan",
        "seed §2.3",
        (r"分期", r"协商|同意"),
        (r"instalment", r"agree|negotiat"),
    ),
    SeedPoint(
        "2.3 check progress regularly",
        "check-progress",
        "seed §2.3",
        (r"进度", r"定期|每月"),
        (r"progress", r"each month|regularly"),
    ),
    SeedPoint(
        "3.1 financial knowledge",
        "financial-knowledge",
        "seed §3.1",
        (r"金融知识",),
        (r"money|financ",),
    ),
    SeedPoint(
        "3.2 borrow with a purpose",
        "borrow-purpose",
        "seed §3.2",
        (r"用途|用来做什么",),
        (r"what .{0,20}\bfor\b|purpose",),
    ),
    SeedPoint(
        "3.2 control the amount",
        "borrow-amount",
        "seed §3.2",
        (r"借多少|额度",),
        (r"how much|limit|amount",),
    ),
    SeedPoint("3.2 choose the term", "borrow-term", "seed §3.2", (r"期限",), (r"\bterm\b|length",)),
    SeedPoint(
        "3.3 check the credit report: two free copies a year (fact 3-10)",
        "check-credit-report",
        "seed §3.3",
        (r"信用报告|征信", r"每年.{0,6}(两|2)次.{0,6}免费|免费.{0,10}每年.{0,4}(两|2)次"),
        (
            r"credit report",
            r"free.{0,40}(twice|two (times|copies|reports)) a year"
            r"|(twice|two (free )?(copies|reports)) a year.{0,20}free",
        ),
    ),
    SeedPoint(
        "3.3 act on wrong records",
        "fix-wrong-records",
        "seed §3.3",
        (r"不良记录", r"异议"),
        (r"negative", r"objection"),
    ),
    SeedPoint(
        "4 summary",
        "summary",
        "seed §4",
        (r"冷静", r"沟通", r"法律帮助", r"还款计划", r"金融知识", r"信用记录"),
        (r"calm", r"talking", r"legal help", r"repayment plan", r"credit record"),
    ),
    SeedPoint(
        "teaser: is a threatened home visit real?",
        "faq-home-visit",
        "seed teasers",
        (r"上门",),
        (r"visit",),
    ),
    SeedPoint(
        "teaser: Alipay 'litigation' texts",
        "faq-litigation-sms",
        "seed teasers",
        (r"支付宝", r"起诉"),
        (r"Alipay", r"\bsue"),
    ),
    SeedPoint(
        "teaser: is a 调解中心 legitimate?",
        "faq-mediation-centre",
        "seed teasers",
        (r"调解中心",),
        (r"[Mm]ediation [Cc]entre",),
    ),
    SeedPoint(
        "teaser: paying one day late",
        "faq-one-day-late",
        "seed teasers",
        (r"晚一天|逾期一天",),
        (r"a day late|one day",),
    ),
    SeedPoint(
        "teaser: negotiating an overdue credit card",
        "faq-credit-card",
        "seed teasers",
        (r"信用卡", r"协商"),
        (r"credit card", r"negotiat"),
    ),
)

# Tips that cite a seed section without carrying one of the table's points: each cites
# the section for context it really draws on (checked by the patterns).
SEED_EXTRAS = {
    "negotiate-online-lender": ("seed §2.1", (r"分期|延期",), (r"instalment",)),
    "hardship-use-proof": ("seed §2.1", (r"证明", r"分期|推迟|延期"), (r"proof", r"instalment")),
    "many-lenders": ("seed §3.2", (r"借新还旧", r"能力"), (r"borrow", r"manage|afford")),
    "agreement-in-writing": ("seed §2.1", (r"书面|录音",), (r"writing|record",)),
    "rules-overview": ("seed §2.2", (r"证据|录音",), (r"evidence",)),
    "help-12348": ("seed §2.2", (r"法律",), (r"legal",)),
    "court-service": ("seed §1.2", (r"法院",), (r"court",)),
    "court-lawyer-letter": ("seed teasers", (r"起诉",), (r"\bsue",)),
    "scam-stop-interest": ("seed §2.3", (r"分期",), (r"instalment",)),
    "scam-credit-repair": ("seed §3.3", (r"信用报告|不良记录",), (r"credit",)),
    "scam-fake-mediation": ("seed teasers", (r"调解中心",), (r"mediation centre",)),
    "words-phone": ("seed §2.1", (r"书面",), (r"writing",)),
}


@needs_shared
def test_seed_sections_exist_in_the_article() -> None:
    seed = SEED.read_text(encoding="utf-8")
    missing = [sid for sid, marker in SEED_MARKERS.items() if marker not in seed]
    assert not missing, f"seed ids with no matching section in {SEED.name}: {missing}"


def test_every_seed_section_has_a_point() -> None:
    covered = {p.section for p in SEED_POINTS}
    assert covered == set(SEED_IDS), f"seed sections with no point: {set(SEED_IDS) - covered}"


@pytest.mark.parametrize("point", SEED_POINTS, ids=lambda p: p.point)
def test_seed_point_reaches_the_user(guidance: Any, point: SeedPoint) -> None:
    tips = {t.id: t for t in guidance.tips}
    assert point.tip in tips, f"{point.point}: tip {point.tip!r} is missing"
    tip = tips[point.tip]
    assert point.section in tip.sources, (
        f"{point.point}: tip {tip.id} should cite {point.section!r}, cites {tip.sources}"
    )
    for lang, patterns in (("zh", point.zh), ("en", point.en)):
        text = tip_text(tip, lang)
        for pat in patterns:
            assert re.search(pat, text, re.I if lang == "en" else 0), (
                f"{point.point}: tip {tip.id} ({lang}) does not say /{pat}/:\n{text}"
            )


def test_seed_table_tips_exist(guidance: Any) -> None:
    ids = {t.id for t in guidance.tips}
    table = {p.tip for p in SEED_POINTS} | set(SEED_EXTRAS)
    assert not table - ids, f"tips named in the seed table but not shipped: {table - ids}"


def test_no_orphan_seed_claims(guidance: Any) -> None:
    """Every tip that cites a seed section carries that section's point or is a known
    extra that really draws on it."""
    pairs = {(p.tip, p.section) for p in SEED_POINTS}
    problems = []
    for tip in guidance.tips:
        for sid in tip.sources:
            if not sid.startswith("seed"):
                continue
            if (tip.id, sid) in pairs:
                continue
            extra = SEED_EXTRAS.get(tip.id)
            if extra is None or extra[0] != sid:
                problems.append(f"{tip.id} cites {sid!r} but is not in the seed table")
                continue
            for lang, pats in (("zh", extra[1]), ("en", extra[2])):
                for pat in pats:
                    if not re.search(pat, tip_text(tip, lang), re.I if lang == "en" else 0):
                        problems.append(f"{tip.id} ({lang}) cites {sid!r} but never says /{pat}/")
    assert not problems, "\n".join(problems)


# =========================================================================== 2. sources


@needs_shared
def test_fact_sheet_parses() -> None:
    rows = fact_rows()
    for fid in ("1a-1", "2c-7", "3-5", "3-13", "3-14", "4-4", "6-2", "1a-note", "2-note"):
        assert fid in rows, f"fact sheet parser lost row {fid}"
    assert labels_of(rows["1a-1"].label) == ["V-P"]
    assert "V-P" in labels_of(rows["1a-note"].label)
    assert labels_of(rows["2-note"].label) == []  # a note, not a labelled fact
    only_u = {fid for fid, r in rows.items() if set(labels_of(r.label)) == {"U"}}
    assert {"1b-7", "2c-8", "6-4", "7-7"} <= only_u, only_u
    # 96110 (3-12) is V-S since the 2026-12-06 fact sheet (section 9)
    assert citable("3-12") and "96110" in ALLOWED_NUMBERS
    assert not any(citable(fid) for fid in only_u)
    assert not citable("3-3") and citable("3-4")


@needs_shared
def test_every_source_exists(guidance: Any) -> None:
    rows = fact_rows()
    unknown = [sid for sid in guidance.sources if sid not in SEED_IDS and sid not in rows]
    assert not unknown, f"sources that are neither seed sections nor fact rows: {unknown}"


@needs_shared
def test_fact_source_confidence_matches_the_fact_sheet(guidance: Any) -> None:
    rows = fact_rows()
    problems = []
    for sid, source in guidance.sources.items():
        if sid in SEED_IDS:
            continue
        row = rows.get(sid)
        if row is None:
            continue  # reported by test_every_source_exists
        if source.confidence not in ("V-P", "V-S"):
            problems.append(f"{sid}: confidence {source.confidence!r} is not V-P or V-S")
        elif source.confidence not in labels_of(row.label):
            problems.append(
                f"{sid}: declared {source.confidence} but the fact sheet says {row.label!r}"
            )
        if sid in UNCITABLE or not citable(sid):
            problems.append(f"{sid}: the fact sheet marks it U ({row.label!r}); never cite it")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("fid", sorted(UNCITABLE))
def test_u_facts_are_not_declared(guidance: Any, fid: str) -> None:
    assert fid not in guidance.sources


def test_every_tip_and_term_cites_declared_sources(guidance: Any) -> None:
    problems = []
    for kind, items in (("tip", guidance.tips), ("term", guidance.terms)):
        for item in items:
            if not item.sources:
                problems.append(f"{kind} {item.id} cites nothing")
            for sid in item.sources:
                if sid not in guidance.sources:
                    problems.append(f"{kind} {item.id} cites undeclared {sid!r}")
    assert not problems, "\n".join(problems)


def test_the_revised_police_law_is_cited_with_the_2012_text(guidance: Any) -> None:
    """2b-1 is the 2012 text; the law was replaced on 1 Jan 2026 (2b-2), whose article
    number is not verified: a tip leaning on 2b-1 names the law and cites 2b-2 too."""
    problems = []
    for tip in guidance.tips:
        if "2b-1" in tip.all_sources and "2b-2" not in tip.all_sources:
            problems.append(tip.id)
    assert not problems, f"cite 2b-2 beside 2b-1: {problems}"
    for lang in ("zh", "en"):
        assert "2026" in guidance.sources["2b-1"].cite(lang)


# =========================================================================== 3. phone numbers


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("请拨打12399咨询。", ["12399"]),
        ("Call 12399.", ["12399"]),
        ("拨打96110或12363", ["96110", "12363"]),
        ("电话010-12321", ["010-12321"]),
        ("打110，有人受伤打120", ["110", "120"]),
        ("call 95588 or 13800138000", ["95588", "13800138000"]),
        ("15天内", []),
        ("2021年的公告", []),
        ("24%和36%", []),
        ("4×LPR，即4倍", []),
        ("LPR 3.85%, 15.4% and 12%", []),
        ("¥10,000, of which ¥8,000", []),
        ("《民法典》第1032条、第120条, Art. 119", []),
        ("2年内10次以上，600件", []),
    ],
)
def test_phone_detector_self_test(sample: str, expected: list[str]) -> None:
    assert phone_numbers(sample) == expected


@needs_shared
def test_allowed_numbers_are_backed_by_the_fact_sheet() -> None:
    backed: set[str] = set()
    for fid, row in fact_rows().items():
        if citable(fid):
            text = re.sub(r"https?://\S+|`[^`]*`", " ", row.text)
            backed.update(phone_numbers(text))
    missing = ALLOWED_NUMBERS - backed
    assert not missing, f"not backed by a V-P/V-S row: {missing}"
    for bad in FORBIDDEN_NUMBERS:
        assert bad not in backed


def test_only_verified_phone_numbers_reach_users(guidance: Any) -> None:
    problems = [
        f"{p.where} ({p.lang}): {num}"
        for p in user_pieces(guidance)
        for num in phone_numbers(p.text)
        if num not in ALLOWED_NUMBERS
    ]
    assert not problems, "unverified phone numbers:\n" + "\n".join(problems)


def test_cites_hold_no_unverified_service_number(guidance: Any) -> None:
    problems = [
        f"source {s.id} ({lang}): {num}"
        for s in guidance.sources.values()
        for lang in ("zh", "en")
        for num in re.findall(r"(?<![\d.])12\d{3}(?!\d)", getattr(s.cite, lang))
        if num not in ALLOWED_NUMBERS
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("number", FORBIDDEN_NUMBERS)
def test_unverified_numbers_never_appear(guidance: Any, number: str) -> None:
    hits = [
        f"{where} ({lang})"
        for where, text in _text_fields(guidance, with_cites=True)
        for lang in ("zh", "en")
        if number in getattr(text, lang)
    ]
    assert not hits, f"{number} is not verified (fact sheet: U) but appears in {hits}"


# =========================================================================== 4. misstatements


@pytest.mark.parametrize("m", MISSTATEMENTS, ids=lambda m: m.name)
def test_misstatement_guard_self_test(m: Misstatement) -> None:
    for sample in m.catches:
        assert claims(sample, m), f"guard misses a wrong statement: {sample!r}"
    for sample in m.spares:
        assert not claims(sample, m), f"guard flags correct wording: {sample!r}"
    # both languages are really guarded
    assert any(CJK.search(s) and claims(s, m, "zh") for s in m.catches)
    assert any(not CJK.search(s[:20]) and claims(s, m, "en") for s in m.catches)


@pytest.mark.parametrize("m", MISSTATEMENTS, ids=lambda m: m.name)
def test_misstatement_never_appears(guidance: Any, m: Misstatement) -> None:
    problems = [
        f"{p.where} ({p.lang}): {unit}"
        for p in user_pieces(guidance)
        for unit in claims(p.text, m, p.lang)
    ]
    assert not problems, f"misstatement {m.name!r}:\n" + "\n".join(problems)


def test_shenzhen_bankruptcy_always_mentions_xiamen(guidance: Any) -> None:
    """Fact 6-2: Xiamen's regulation has been in force since 1 Nov 2025."""
    problems = []
    for p in user_pieces(guidance):
        if p.lang == "zh" and "深圳" in p.text and "破产" in p.text and "厦门" not in p.text:
            problems.append(f"{p.where} (zh)")
        if (
            p.lang == "en"
            and "Shenzhen" in p.text
            and re.search(r"bankrupt", p.text, re.I)
            and "Xiamen" not in p.text
        ):
            problems.append(f"{p.where} (en)")
    assert not problems, "Shenzhen bankruptcy without Xiamen: " + ", ".join(problems)


# =========================================================================== 5. industry rules


INDUSTRY_SOURCES = ("2c-3", "2c-5", "2c-7")


@pytest.mark.parametrize(
    ("sample", "lang", "flagged"),
    [
        ("中国银行业协会指引是法律规定，催收方必须遵守。", "zh", True),
        ("根据法律规定，行业公约禁止晚上10点后催收。", "zh", True),
        ("违反中国互联网金融协会的指引是违法的。", "zh", True),
        ("The CBA guideline is the law says no calls after 22:00.", "en", True),
        ("By law, the industry guideline bans night calls.", "en", True),
        ("Breaking the NIFA guidelines is illegal.", "en", True),
        ("The NIFA guidelines are law.", "en", True),
        ("中国银行业协会的指引属于法律。", "zh", True),
        ("催收的规矩：哪些是法律，哪些是行业规范", "zh", False),
        ("Collection rules: which are law and which are industry norms", "en", False),
        ("中国银行业协会的行业规范（不是法律）要求上门至少两个人。", "zh", False),
        ("违反它本身不算犯罪，但可以作为你投诉的依据。", "zh", False),
        (
            "the China Banking Association's industry rules (not a law) say a visit needs "
            "two people.",
            "en",
            False,
        ),
        ("They bind member institutions. Breaking them is not a crime in itself.", "en", False),
    ],
)
def test_industry_as_law_self_test(sample: str, lang: str, flagged: bool) -> None:
    assert any(industry_as_law(u, lang) for u in units(sample)) is flagged


def test_industry_rules_are_not_called_law(guidance: Any) -> None:
    problems = []
    for tip in guidance.tips:
        for lang in ("zh", "en"):
            text = tip_text(tip, lang)
            names_body = re.search(r"互联网金融协会|银行业协会|\bNIFA\b|\bCBA\b", text)
            if not (set(INDUSTRY_SOURCES) & set(tip.all_sources)) and not names_body:
                continue
            problems += [
                f"tip {tip.id} ({lang}): {u}" for u in units(text) if industry_as_law(u, lang)
            ]
    assert not problems, "industry rules presented as law:\n" + "\n".join(problems)


def test_industry_rules_are_cited(guidance: Any) -> None:
    """A tip that names NIFA or CBA rules cites one of the industry-rule facts."""
    industry = {"2c-3", "2c-4", "2c-5", "2c-6", "2c-7", "2-note", "3-9", "4-9"}
    problems = []
    for tip in guidance.tips:
        text = tip_text(tip, "zh") + tip_text(tip, "en")
        if re.search(r"互联网金融协会|银行业协会|\bNIFA\b|\bCBA\b", text) and not (
            industry & set(tip.all_sources)
        ):
            problems.append(tip.id)
    assert not problems, f"tips naming NIFA/CBA rules without citing them: {problems}"


_BODY_ZH = r"互联网金融协会|银行业协会|行业规范"
_BODY_EN = r"\bNIFA\b|\bCBA\b|Internet Finance Association|Banking Association|industry rules?"
_LEVEL_ZH = r"不是法律"
_LEVEL_EN = r"not a law|not law"
_BINDS_ZH = r"会员"
_BINDS_EN = r"\bmembers?\b"


@pytest.mark.parametrize(
    ("text", "lang", "ok"),
    [
        ("中国银行业协会的行业规范（不是法律，管的是会员机构）要求上门至少两人。", "zh", True),
        ("中国银行业协会2026年指引禁止夸大后果。", "zh", False),
        ("行业规范（不是法律）要求上门至少两人。", "zh", False),
        ("The CBA's industry rules (not a law; they bind its members) say two people.", "en", True),
        ("The CBA's 2026 guideline bans exaggerated threats.", "en", False),
    ],
)
def test_industry_level_self_test(text: str, lang: str, ok: bool) -> None:
    assert (not industry_level_missing(text, lang)) == ok


def industry_level_missing(text: str, lang: str) -> list[str]:
    """The paragraphs that state an industry rule without its level and whom it binds."""
    body, level, binds = (
        (_BODY_ZH, _LEVEL_ZH, _BINDS_ZH) if lang == "zh" else (_BODY_EN, _LEVEL_EN, _BINDS_EN)
    )
    return [
        para
        for para in paragraphs(text)
        if re.search(body, para, re.I)
        and not (re.search(level, para, re.I) and re.search(binds, para, re.I))
    ]


def test_every_industry_rule_carries_its_level(guidance: Any) -> None:
    """Issue 11: wherever a NIFA or CBA rule is stated, it says 行业规范（不是法律）
    and whom it binds (the association's members), in the same paragraph."""
    problems = [
        f"{p.where} ({p.lang}): {para[:60]}"
        for p in user_pieces(guidance)
        if p.where.startswith(("tip ", "term ")) and not p.where.endswith(".title")
        for para in industry_level_missing(p.text, p.lang)
    ]
    assert not problems, "industry rules without their level:\n" + "\n".join(problems)


# =========================================================================== 6. safety


def _plan_texts(guidance: Any, safety: str) -> dict[str, str]:
    from debthelp.engine import advise

    plan = advise(guidance, {"safety": safety, "safety-continue": "stop"})
    tips = [step.tip for step in plan.steps]
    assert tips, f"the plan for safety={safety!r} is empty"
    return {lang: "\n".join(tip_text(t, lang) for t in tips) for lang in ("zh", "en")}


def _do_first_texts(guidance: Any, safety: str) -> dict[str, str]:
    from debthelp.engine import advise

    plan = advise(guidance, {"safety": safety, "safety-continue": "stop"})
    return {lang: "\n".join(s.tip.first(lang) for s in plan.do_first) for lang in ("zh", "en")}


@pytest.mark.parametrize(
    ("answer", "numbers"),
    [
        ("danger", ("110",)),
        ("cannot-go-on", ("120", "12356")),
        ("both", ("110", "120", "12356")),
    ],
)
def test_safety_path_gives_emergency_numbers(guidance: Any, answer: str, numbers: tuple) -> None:
    texts = _plan_texts(guidance, answer)
    for lang, text in texts.items():
        found = set(phone_numbers(text))
        for number in numbers:
            assert number in found, f"safety={answer}: the plan ({lang}) never gives {number}"
    # and the top block "Do these first" gives them too, on its one-line actions
    for lang, text in _do_first_texts(guidance, answer).items():
        found = set(phone_numbers(text))
        for number in numbers:
            assert number in found, f"safety={answer}: 'do first' ({lang}) never gives {number}"


def test_safety_tips_mention_all_numbers_in_both_languages(guidance: Any) -> None:
    safety_tips = {t.id for t in guidance.tips if t.topic == "safety"}
    for lang in ("zh", "en"):
        found = set()
        for tid in safety_tips:
            found.update(phone_numbers(tip_text(guidance.tip(tid), lang)))
        for number in ("110", "120", "12356"):
            assert number in found, f"safety tips ({lang}) never give {number}"


def test_self_harm_tip_says_debt_is_never_worth_a_life(guidance: Any) -> None:
    tip = guidance.tip("safety-self-harm")
    zh, en = tip_text(tip, "zh"), tip_text(tip, "en")
    assert re.search(r"生命|命", zh), zh
    assert re.search(
        r"不值得[^。]{0,10}(生命|命)|(生命|命)[^。]{0,10}(比|重于)[^。]{0,8}(债|钱)", zh
    ), zh
    assert re.search(r"\blife\b", en), en
    assert re.search(
        r"never (be )?worth (your |a )?life|life\b[^.]{0,30}more than[^.]{0,15}debt", en
    ), en
    for number in ("120", "12356"):
        assert number in phone_numbers(zh) and number in phone_numbers(en), number


# =========================================================================== 7. zh / en checks


_PLACEHOLDER = re.compile(
    r"\bTODO\b|\bFIXME\b|\bTBD\b|XXX|lorem|ipsum|待补充|待翻译|待定稿|占位符?|\{\{|\}\}|\{[a-z_]+\}",
    re.I,
)
_ONLY_PUNCT = re.compile(r"^[\s.…。·,，、\-—_?？!！]*$")


def _all_texts(guidance: Any) -> list[tuple[str, Any]]:
    return list(_text_fields(guidance, with_cites=True))


def test_zh_is_chinese(guidance: Any) -> None:
    problems = [f"{w}: {t.zh!r}" for w, t in _all_texts(guidance) if not CJK.search(t.zh)]
    assert not problems, "zh texts without Chinese:\n" + "\n".join(problems)


def _ascii_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isascii() for c in letters) / len(letters)


def test_en_is_english(guidance: Any) -> None:
    problems = []
    for where, text in _all_texts(guidance):
        share = _ascii_share(text.en)
        if share <= 0.6:
            problems.append(f"{where}: only {share:.0%} Latin letters: {text.en!r}")
        if re.search(r"[，。；、]", text.en):
            problems.append(f"{where}: Chinese punctuation in English text: {text.en!r}")
    assert not problems, "\n".join(problems)


def test_zh_and_en_differ(guidance: Any) -> None:
    same = [w for w, t in _all_texts(guidance) if t.zh.strip() == t.en.strip()]
    assert not same, f"zh identical to en: {same}"


def test_no_placeholders(guidance: Any) -> None:
    problems = []
    for where, text in _all_texts(guidance):
        for lang in ("zh", "en"):
            value = getattr(text, lang)
            if _PLACEHOLDER.search(value) or _ONLY_PUNCT.match(value):
                problems.append(f"{where} ({lang}): {value[:80]!r}")
    assert not problems, "placeholder text:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("sample", "bad"),
    [
        ("TODO: translate", True),
        ("……", True),
        ("...", True),
        ("Lorem ipsum", True),
        ("{name} owes", True),
        ("XX调解中心", False),
        ("XX Mediation Centre", False),
        ("先稳住情绪……再回应", False),
    ],
)
def test_placeholder_self_test(sample: str, bad: bool) -> None:
    assert bool(_PLACEHOLDER.search(sample) or _ONLY_PUNCT.match(sample)) is bad


def test_every_plan_step_says_why(guidance: Any) -> None:
    """A plan step is what to do, why, and its source: no step without its reason."""
    in_plans = {tip for rule in guidance.advice for tip in rule.tips}
    assert in_plans
    missing = sorted(tip for tip in in_plans if guidance.tip(tip).why is None)
    assert missing == []


# =========================================================================== 8. data/rate.yaml
#
# The rate report's sentences that state the law or name a channel get the same
# guards as tips: real, citable sources declared in the guidance, only verified
# phone numbers, none of the misstatements, and both languages with the same
# placeholders.


def _rate_texts() -> Any:
    from debthelp.rate import load_rate_texts

    return load_rate_texts()


def rate_pieces() -> list[Piece]:
    out = []
    for entry in _rate_texts().entries.values():
        out.append(Piece(f"rate.yaml {entry.id}", "zh", entry.text.zh))
        out.append(Piece(f"rate.yaml {entry.id}", "en", entry.text.en))
    return out


@needs_shared
def test_rate_texts_cite_declared_citable_sources(guidance: Any) -> None:
    problems = []
    for entry in _rate_texts().entries.values():
        if not entry.sources:
            problems.append(f"{entry.id} cites nothing")
        for sid in entry.sources:
            if sid not in guidance.sources:
                problems.append(f"{entry.id} cites undeclared {sid!r}")
            elif sid not in SEED_IDS and not citable(sid):
                problems.append(f"{entry.id} cites {sid!r}, which is not V-P or V-S")
            elif sid not in SEED_IDS and guidance.sources[sid].confidence not in ("V-P", "V-S"):
                problems.append(f"{entry.id} cites {sid!r}, declared {guidance.sources[sid]}")
    assert not problems, "\n".join(problems)


def test_rate_texts_only_verified_phone_numbers() -> None:
    problems = [
        f"{p.where} ({p.lang}): {num}"
        for p in rate_pieces()
        for num in phone_numbers(p.text)
        if num not in ALLOWED_NUMBERS
    ]
    assert not problems, "unverified phone numbers:\n" + "\n".join(problems)
    for number in FORBIDDEN_NUMBERS:
        assert not [p.where for p in rate_pieces() if number in p.text]


def test_rate_texts_hotlines_cite_their_fact() -> None:
    # A sentence that gives a hotline cites the fact that backs it.
    backing = {"12378": "3-1", "12348": "3-7"}
    problems = []
    for entry in _rate_texts().entries.values():
        text = entry.text.zh + entry.text.en
        for number, fid in backing.items():
            if number in phone_numbers(text) and fid not in entry.sources:
                problems.append(f"{entry.id} gives {number} without citing {fid}")
    assert not problems, problems


@pytest.mark.parametrize("m", MISSTATEMENTS, ids=lambda m: m.name)
def test_rate_texts_never_misstate(m: Misstatement) -> None:
    problems = [
        f"{p.where} ({p.lang}): {unit}" for p in rate_pieces() for unit in claims(p.text, m, p.lang)
    ]
    assert not problems, f"misstatement {m.name!r}:\n" + "\n".join(problems)


def test_rate_texts_are_bilingual_with_the_same_placeholders() -> None:
    from debthelp.rate.texts import placeholders

    problems = []
    for entry in _rate_texts().entries.values():
        zh, en = entry.text.zh, entry.text.en
        if not CJK.search(zh):
            problems.append(f"{entry.id}: zh has no Chinese")
        if _ascii_share(en) <= 0.6 or re.search(r"[，。；、]", en):
            problems.append(f"{entry.id}: en is not English")
        if zh.strip() == en.strip():
            problems.append(f"{entry.id}: zh is en")
        if placeholders(zh) != placeholders(en):
            problems.append(f"{entry.id}: placeholders differ")
        if re.search(r"\bTODO\b|待补充|待翻译|\{\{", zh + en):
            problems.append(f"{entry.id}: placeholder text")
    assert not problems, "\n".join(problems)


def test_every_answer_fits_one_line_of_a_prompt(guidance: Any) -> None:
    """A prompt does not wrap its answers: one longer than the screen is cut
    off, and a cut-off answer is a wrong answer ("…and I fear for my safety")."""
    from debthelp.render import cell_width

    room = 80 - len(" » ○ ") - 1
    long = [
        (q.id, o.value, lang, o.label(lang))
        for q in guidance.questions.values()
        for o in q.options
        for lang in ("zh", "en")
        if cell_width(o.label(lang)) > room
    ]
    assert not long, long


def test_why_lines_do_not_all_follow_one_template(guidance: Any) -> None:
    """Issue 11: 24 "why" lines read "知道…才…"; a frightened reader hears a lecture."""
    template = [
        t.id for t in guidance.tips if t.why and re.search(r"(知道|了解|弄清).*才", t.why.zh)
    ]
    assert len(template) <= 3, template


@pytest.mark.parametrize("phrase", ["理性借款", "规范还款", "每位借款人", "每个借款人都该"])
def test_no_preaching(guidance: Any, phrase: str) -> None:
    hits = [p.where for p in user_pieces(guidance) if phrase in p.text]
    assert not hits, hits


def test_the_other_data_files_cite_the_revised_police_law_beside_the_2012_text() -> None:
    # The same rule for the sentences outside the guidance: every source list
    # in the check patterns, the log's tags and the letters that names 2b-1.
    import re

    problems = []
    for name in ("patterns.yaml", "log.yaml", "letters.yaml", "rate.yaml", "budget.yaml"):
        text = (ROOT / "data" / name).read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            ids = re.findall(r'"([0-9][a-z0-9-]*)"', line)
            if "2b-1" in ids and "2b-2" not in ids:
                problems.append(f"{name}:{number}")
    assert not problems, f"cite 2b-2 beside 2b-1: {problems}"
