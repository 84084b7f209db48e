"""The letters are safe by design (issue 21; content audit 2026-12, section 5.4).

Table-driven over every letter kind x lender type x language: a letter states no
amount owed unless the person gave the figure they accept, cites no rule that does
not bind that lender type, carries no fact id in its body, never speaks to the
borrower ("你") inside a letter to a lender, and wherever a payment is offered its
notes give both halves of the time bar (facts 4-2 and 4-3). Then the review's own
examples, one test each, which failed on the letters as they were.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.guidance import load_guidance
from debthelp.letters import (
    KINDS,
    Letter,
    fill_letter,
    guidance_say,
    letter_situation,
    letter_values,
    level_payment,
    load_letter_texts,
    log_from_export,
)
from debthelp.letters.inputs import BudgetFigures, Offer
from debthelp.letters.sixty import start_of
from debthelp.letters.texts import LENDER_GROUPS
from debthelp.log.tags import TAG_IDS, load_tag_rules
from tests.util import ROOT

DAY = dt.date(2026, 11, 30)
LENDERS = ("credit-card", "platform", "private", "bank", "unknown")
LANGS = ("zh", "en")
NFRA = LENDER_GROUPS["nfra"]
ONLINE = LENDER_GROUPS["online"]
INSTITUTION = LENDER_GROUPS["institution"]
EVERYONE = frozenset({*INSTITUTION, "private", "unknown"})

# A collector's words, quoted in the complaint: their "你" is theirs, not the letter's.
LOG = {
    "verify": {"ok": True, "entries": 2, "problems": []},
    "entries": [
        {
            "id": str(index),
            "when": "2026-11-20 23:10",
            "channel": "call",
            "from": "13800000000",
            "said": "你今晚不还，我们就去找你妈",
            "contacted": ["母亲"] if tag == "third-party" else [],
            "tags": [{"id": tag, "rule": "没有你的同意不准催收", "source": ["2c-7"]}],
        }
        for index, tag in enumerate(TAG_IDS, 1)
    ],
}

# What a sentence in a letter's body may name, and the lender types it binds.
RULE_MARKERS: dict[str, frozenset[str]] = {
    "第68条": frozenset({"credit-card"}),
    "Art. 68": frozenset({"credit-card"}),
    "个性化分期": frozenset({"credit-card"}),
    "personalised instalment": frozenset({"credit-card"}),
    "中国银行业协会": NFRA,
    "China Banking Association": NFRA,
    "银行保险机构消费者权益保护管理办法": NFRA,
    "banking and insurance institutions": NFRA,
    "中国互联网金融协会": ONLINE,
    "National Internet Finance Association": ONLINE,
    "个人信息保护法": INSTITUTION,
    "Personal Information Protection Law": INSTITUTION,
    "人民银行": INSTITUTION,
    "People's Bank of China": INSTITUTION,
    "民间借贷": frozenset({"private"}),
    "private lending": frozenset({"private"}),
    "12378": frozenset(),  # a hotline: never in a letter's body (L6)
    "监管部门": NFRA,
    "financial regulator": NFRA,
}
# The fact ids a letter's body may rest on, by the lender types they bind.
FACT_BINDS: dict[str, frozenset[str]] = {
    "2c-1": frozenset({"credit-card"}),
    "6-3": frozenset({"credit-card"}),
    "2c-2": NFRA,
    "2c-7": NFRA,
    "3-1": NFRA,
    "2c-3": ONLINE,
    "2c-5": ONLINE,
    "2b-4": INSTITUTION,
    "1c-1": INSTITUTION | {"unknown"},  # asked for, not cited, when the type is unknown
    "1c-2": INSTITUTION | {"unknown"},
    "1a-1": frozenset({"private"}),
    "1a-3": frozenset({"private"}),
}
FACT_ID = re.compile(r"(?<![\w-])\d{1,2}[a-c]?-(?:\d{1,2}|note)(?![\w-])")
QUOTED = re.compile(r"“[^”]*”")
ESTIMATE = 60000.0  # the wizard's rough amount: never a letter's figure


@pytest.fixture(scope="module")
def texts() -> Any:
    guidance = load_guidance(None)
    return load_letter_texts(
        ROOT / "data" / "letters.yaml",
        sources=guidance.sources,
        say_elsewhere=guidance_say(guidance),
    )


@pytest.fixture(scope="module")
def say() -> Any:
    return guidance_say(load_guidance(None))


def make(
    texts: Any,
    say: Any,
    kind: str,
    lender: str,
    lang: str,
    *,
    owed: float | None = None,
    months: float = 4.0,
    tags: bool = True,
) -> Letter:
    answers = {"amount-overdue": ESTIMATE, "months-overdue": months}
    if lender != "unknown":
        answers["lender"] = lender
    log = log_from_export(LOG if tags else {"entries": []})
    values = letter_values(
        lang=lang,  # type: ignore[arg-type]
        answers=answers,
        log=log,
        name="张三",
        lender="某某",
        account="HT-1",
        amount_owed=owed,
        today=DAY,
    )
    situation = letter_situation(answers=answers, log=log)
    return fill_letter(texts, kind, lang, values, say=say, situation=situation)  # type: ignore[arg-type]


def body(letter: Letter) -> str:
    return "\n".join(line for paragraph in letter.paragraphs for line in paragraph)


CASES = [(k, lender, lang) for k in KINDS for lender in LENDERS for lang in LANGS]


@pytest.mark.parametrize(("kind", "lender", "lang"), CASES)
def test_no_amount_owed_unless_the_person_gave_it(
    texts: Any, say: Any, kind: str, lender: str, lang: str
) -> None:
    letter = make(texts, say, kind, lender, lang)
    assert "60,000" not in body(letter)
    assert "60000" not in body(letter)
    given = make(texts, say, kind, lender, lang, owed=12345.67)
    assert ("12,345.67" in body(given)) == (kind == "negotiate")


@pytest.mark.parametrize(("kind", "lender", "lang"), CASES)
def test_no_rule_that_does_not_bind_this_lender(
    texts: Any, say: Any, kind: str, lender: str, lang: str
) -> None:
    letter = make(texts, say, kind, lender, lang)
    text = body(letter)
    for marker, binds in RULE_MARKERS.items():
        if marker in text:
            assert lender in binds, f"{marker!r} in a letter for {lender}"
    for fact in letter.body_sources:
        assert lender in FACT_BINDS.get(fact, EVERYONE), f"{fact} in a letter for {lender}"
    # An industry rule always says it is one, and whom it binds.
    for line in text.splitlines():
        if "协会" in line and "《" in line:
            assert "行业规范" in line and "约束" in line, line
        if ("Association" in line and "guideline" in line.lower()) or "convention" in line:
            assert "industry rule" in line and "binding" in line, line


@pytest.mark.parametrize(("kind", "lender", "lang"), CASES)
def test_no_fact_id_in_a_letters_body(
    texts: Any, say: Any, kind: str, lender: str, lang: str
) -> None:
    letter = make(texts, say, kind, lender, lang, owed=100.0, months=40)
    assert not FACT_ID.findall(body(letter)), body(letter)
    # Sources go to the list after the letter, with their names.
    assert set(letter.body_sources) <= set(letter.sources)


@pytest.mark.parametrize(("kind", "lender", "lang"), CASES)
def test_a_letter_to_a_lender_never_speaks_to_the_borrower(
    texts: Any, say: Any, kind: str, lender: str, lang: str
) -> None:
    letter = make(texts, say, kind, lender, lang)
    text = body(letter)
    log_rules = load_tag_rules()
    for rule in log_rules.values():
        # The log's lines are for the borrower's own record; a letter has its own.
        for part in rule.rules:
            assert part.text(lang) not in text
    assert "没有你的同意不准催收" not in text
    if kind == "third-party-notice":
        return  # written to family or an employer: "你" is the reader
    if lang == "zh":
        own = QUOTED.sub("", text)  # the collector's quoted words are theirs
        assert "你" not in own, own
    else:
        for line in text.splitlines():
            if line.startswith("- ") and "“" not in line:  # a rule sentence
                assert not re.search(r"\byour?\b", line, re.IGNORECASE), line


@pytest.mark.parametrize(("kind", "lender", "lang"), CASES)
def test_a_payment_offered_carries_both_halves_of_the_time_bar(
    texts: Any, say: Any, kind: str, lender: str, lang: str
) -> None:
    letter = make(texts, say, kind, lender, lang)
    offers = any(w in body(letter) for w in ("每月还", "a month for", "a month;"))
    assert offers == (kind == "negotiate")
    notes = "\n".join(letter.notes)
    if offers:
        assert "4-2" in letter.sources and "4-3" in letter.sources
        restart, forfeit = (
            ("重新开始计算", "放弃了时效抗辩")
            if lang == "zh"
            else ("restarts", "gives up the time-bar defence")
        )
        assert restart in notes and forfeit in notes
    old = make(texts, say, kind, lender, lang, months=30)
    if kind in ("negotiate", "verify-debt"):
        assert "12348" in old.notes[0]


@pytest.mark.parametrize("lender", LENDERS)
def test_pay_only_through_official_channels_is_for_institutions(
    texts: Any, say: Any, lender: str
) -> None:
    notes = "\n".join(make(texts, say, "negotiate", lender, "zh").notes)
    assert ("官方App或官方账户" in notes) == (lender in INSTITUTION)
    assert ("出借人本人的账户" in notes) == (lender == "private")


@pytest.mark.parametrize("lender", LENDERS)
def test_12378_only_for_banks_cards_and_consumer_finance(texts: Any, say: Any, lender: str) -> None:
    letter = make(texts, say, "complaint", lender, "zh")
    notes = "\n".join(letter.notes)
    if lender in NFRA:
        assert "12378" in notes
    elif lender == "platform":  # only if the contract names a bank or consumer finance company
        assert "如果是银行或消费金融公司" in notes
        assert "jubao.nifa.org.cn" in notes
    elif lender == "private":
        assert "12378" not in notes and "110" in notes and "12348" in notes
    assert "12378" not in body(letter)


def test_every_log_tag_has_the_letters_own_rule_sentences(texts: Any) -> None:
    assert set(TAG_IDS) <= set(texts.rules)
    for tag, rules in texts.rules.items():
        everyone = [r for r in rules if not r.lenders]
        for lender in (*INSTITUTION, "private", "unknown"):
            if lender == "private" and tag in ("impersonation",):
                continue
            found = [r for r in rules if r.applies(lender, frozenset())]
            assert found or not everyone, (tag, lender)


# ------------------------------------------------------------------ the review's examples


def test_L1_the_wizards_estimate_never_becomes_the_amount_owed(texts: Any, say: Any) -> None:
    letter = make(texts, say, "negotiate", "credit-card", "zh")
    assert "60,000.00 元" not in body(letter)
    assert "目前我还欠" not in body(letter)
    assert "欠款明细" in body(letter)
    assert any("verify-debt" in note for note in letter.notes)
    owed = make(texts, say, "negotiate", "credit-card", "zh", owed=52000)
    assert "52,000.00 元" in body(owed)
    assert any("书面承认" in note for note in owed.notes)
    assert "1a-note" in owed.sources


def test_L2_48_months_overdue_puts_the_time_bar_first(texts: Any, say: Any) -> None:
    letter = make(texts, say, "negotiate", "platform", "zh", months=48)
    assert "已经逾期48个月" not in body(letter)
    assert "逾期48个月" in letter.notes[0] and "12348" in letter.notes[0]
    assert "放弃了时效抗辩" in "\n".join(letter.notes)
    en = make(texts, say, "negotiate", "platform", "en", months=48)
    assert "48 months overdue" in en.notes[0] and "12348" in en.notes[0]


def test_L3_a_card_holder_asks_for_the_personalised_plan_of_at_most_5_years(
    texts: Any, say: Any
) -> None:
    letter = make(texts, say, "negotiate", "credit-card", "zh")
    assert "个性化分期" in body(letter) and "最长5年" in body(letter)
    assert "个性化分期" not in body(make(texts, say, "negotiate", "platform", "zh"))


def test_L4_L5_a_platform_complaint_speaks_of_the_debtor_and_names_whom_rules_bind(
    texts: Any, say: Any
) -> None:
    letter = make(texts, say, "complaint", "platform", "zh")
    text = body(letter)
    assert "没有你的同意" not in text and "[2c-5, 2c-7]" not in text
    assert "中国银行业协会" not in text
    assert "中国互联网金融协会《互联网金融贷后催收业务指引》（2024年；行业规范" in text
    assert "约束该协会的会员机构" in text
    assert "“你今晚不还，我们就去找你妈”" in text  # the collector's words, quoted


def test_L6_the_complaint_is_not_addressed_to_a_hotline(texts: Any, say: Any) -> None:
    for lender in ("credit-card", "bank"):
        letter = make(texts, say, "complaint", lender, "zh")
        assert letter.paragraphs[0] == ("致：某某投诉部门",)
        assert any("照着这封信" in note for note in letter.notes)


def test_L7_the_third_party_demand_only_when_the_log_shows_it(texts: Any, say: Any) -> None:
    demand = "停止联系与欠款无关的人"
    assert demand in body(make(texts, say, "complaint", "bank", "zh"))
    assert demand not in body(make(texts, say, "complaint", "bank", "zh", tags=False))


def test_L8_stop_third_party_cites_art_68_only_for_cards(texts: Any, say: Any) -> None:
    platform = body(make(texts, say, "stop-third-party", "platform", "zh"))
    assert "第68条" not in platform and "中国银行业协会" not in platform
    assert "约束该协会的会员机构" in platform
    card = body(make(texts, say, "stop-third-party", "credit-card", "zh"))
    assert "第68条（监管规定，约束发卡银行）" in card
    private = body(make(texts, say, "stop-third-party", "private", "zh"))
    assert "协会" not in private and "个人信息保护法" not in private and "民法典" in private


def test_L9_reachable_is_a_blank_the_person_fills(texts: Any, say: Any) -> None:
    for lang in LANGS:
        letter = make(texts, say, "stop-third-party", "bank", lang)
        assert "一直能打通" not in body(letter)
        assert "phone" in letter.missing_fields
        assert any("真的会接" in n or "really answer" in n for n in letter.notes)


def test_L10_O5_only_interest_taken_up_front_is_not_principal(texts: Any, say: Any) -> None:
    zh = body(make(texts, say, "verify-debt", "platform", "zh"))
    assert "服务费等不算本金" not in zh
    assert "预先从本金中扣除的利息不算本金" in zh
    en = body(make(texts, say, "verify-debt", "platform", "en"))
    assert "service fees" not in en


def test_O7_the_civil_code_keeps_its_exception(texts: Any, say: Any) -> None:
    zh = body(make(texts, say, "stop-third-party", "private", "zh"))
    assert "除法律另有规定或者权利人明确同意外" in zh
    en = body(make(texts, say, "stop-third-party", "private", "en"))
    assert "unless the law provides otherwise" in en


def test_O8_the_limitation_period_is_not_glossed_as_the_time_to_sue(texts: Any, say: Any) -> None:
    zh = "\n".join(make(texts, say, "negotiate", "bank", "zh").notes)
    assert "法院追讨的期限" not in zh and "对方仍然可以起诉" in zh
    en = "\n".join(make(texts, say, "negotiate", "bank", "en").notes)
    assert "the time a lender has to sue" not in en and "can still sue" in en


def test_third_party_notice_admits_no_loan(texts: Any, say: Any) -> None:
    for lender in LENDERS:
        letter = make(texts, say, "third-party-notice", lender, "zh")
        assert "这笔钱是我借的" not in body(letter)
        assert "我自己的事" in body(letter)
        # The "you owe nothing" rule is no longer pinned on 2c-1/2c-7 for every lender.
        if lender not in NFRA:
            assert not {"2c-1", "2c-7"} & set(letter.body_sources)


# ------------------------------------------------------------------ 60 months (6-3)


def test_level_payment() -> None:
    assert level_payment(60000, 0) == 1000.0
    assert level_payment(12000, 12) == 266.94  # 12000 x 0.01 / (1 - 1.01^-60) = 266.9336
    assert level_payment(0, 18) == 0.0


def test_start_and_rate_are_read_back_from_the_schedule() -> None:
    plan = {
        "schedule": [
            {"month": 1, "payments": {"card": 500.0}, "balances": {"card": 60100.0}},
            {"month": 2, "payments": {"card": 500.0}, "balances": {"card": 60201.0}},
        ]
    }
    found = start_of(plan, "card")
    assert found is not None
    balance, rate = found
    assert abs(balance - 60000) < 1 and abs(rate - 12) < 0.01


def _long_budget(term: int) -> BudgetFigures:
    # 60,000 at 12% a year, paying 700 a month: cleared after 60 months? No: > 100.
    months = []
    balance = 60000.0
    for month in range(1, term + 1):
        balance = round(balance * 1.01 - 700, 2)
        months.append(
            {"month": month, "payments": {"card": 700.0}, "balances": {"card": max(balance, 0)}}
        )
        if balance <= 0:
            break
    plan = {"name": "pro-rata", "months": len(months), "never_pays_off": [], "schedule": months}
    return BudgetFigures(900, 200, 700, 700, 0, (Offer("card", 700.0),), (plan,))


def test_a_card_plan_longer_than_60_months_proposes_60_and_names_the_gap(
    texts: Any, say: Any
) -> None:
    budget = _long_budget(600)
    answers = {"lender": "credit-card"}
    for lang in LANGS:
        values = letter_values(lang=lang, answers=answers, budget=budget, today=DAY)  # type: ignore[arg-type]
        assert int(str(values["term"])) > 60
        situation = letter_situation(answers=answers, budget=budget)
        letter = fill_letter(texts, "negotiate", lang, values, say=say, situation=situation)  # type: ignore[arg-type]
        text = body(letter)
        sixty = f"{level_payment(60000, 12):,.2f}"
        assert sixty in text
        assert ("60个月" in text) if lang == "zh" else ("60 months" in text)
        assert str(values["term"]) not in text.replace(sixty, "")
        assert any("60" in note and ("差额" in note or "gap" in note) for note in letter.notes)
    # A platform loan keeps the budget's own term: the 60-month cap is the card rule.
    values = letter_values(lang="zh", budget=budget, today=DAY)
    platform = fill_letter(texts, "negotiate", "zh", values, say=say, situation=letter_situation(
        answers={"lender": "platform"}, budget=budget))  # fmt: skip
    assert f"分{values['term']}个月还清" in body(platform)


# ------------------------------------------------------------------ the command


def run(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), env={"DEBTHELP_TODAY": "2026-11-30"})


def test_cli_lender_type_and_amount_owed() -> None:
    result = run(
        "letter", "negotiate", "--lender-type", "credit-card", "--amount-owed", "5000",
        "--months-overdue", "36", "--lang", "zh",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    letter, _cut, after = result.stdout.partition("以下是给你看的")
    assert "5,000.00 元" in letter and "个性化分期" in letter
    assert "先别签字" in after.split("发送前请注意")[1].splitlines()[1]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--lender-type", "loan-shark"], "credit-card, bank"),
        (["--amount-owed", "-5"], "--amount-owed"),
        (["--months-overdue", "nan"], "--months-overdue"),
    ],
)
def test_cli_refuses_a_bad_lender_type_or_amount(args: list[str], words: str) -> None:
    result = run("letter", "negotiate", *args, "--lang", "en")
    assert result.exit_code == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_takes_the_lender_type_from_the_answers(tmp_path: Any) -> None:
    answers = tmp_path / "a.json"
    answers.write_text('{"lender": "private", "months-overdue": 2}', encoding="utf-8")
    result = run("letter", "stop-third-party", "--answers", str(answers), "--lang", "zh")
    assert result.exit_code == 0, result.stderr
    assert "协会" not in result.stdout.partition("以下是给你看的")[0]
    flag = run(
        "letter", "stop-third-party", "--answers", str(answers), "--lender-type", "credit-card",
        "--lang", "zh",
    )  # fmt: skip
    assert "第68条" in flag.stdout


@pytest.mark.parametrize("lender", LENDERS)
def test_every_part_has_one_wording_for_every_lender_type(texts: Any, lender: str) -> None:
    fields = {pid.rsplit("-", 1)[0] for pid in texts.parts}
    assert fields == {"recipient", "loan", "you"}
    for field in fields:
        fits = [
            pid
            for pid, part in texts.parts.items()
            if pid.rsplit("-", 1)[0] == field and part.applies(lender, frozenset())
        ]
        assert len(fits) == 1, (field, lender, fits)


def test_a_private_lender_gets_a_demand_not_a_complaint_and_is_addressed_as_a_person(
    texts: Any, say: Any
) -> None:
    letter = make(texts, say, "complaint", "private", "zh")
    assert letter.title == "要求停止不当催收的函"
    assert "被投诉的放贷方" not in body(letter)
    assert "借条或借款合同" in body(letter)
    negotiate = body(make(texts, say, "negotiate", "private", "zh"))
    assert "贵方" not in negotiate and "您" in negotiate
    assert "贵方" in body(make(texts, say, "negotiate", "platform", "zh"))


def test_every_sentence_naming_a_rule_or_a_channel_cites_its_facts(texts: Any) -> None:
    markers = ("《", "Art.", "12378", "110", "12348", "12321", "协会", "行业规范", "LPR")
    paragraphs = [
        p for template in texts.letters.values() for p in (*template.paragraphs, *template.notes)
    ]
    paragraphs += [p for rules in texts.rules.values() for p in rules]
    for paragraph in paragraphs:
        text = paragraph.text.zh + paragraph.text.en
        if any(m in text for m in markers):
            assert paragraph.sources, paragraph.text.zh


def test_an_amount_owed_to_a_private_lender_is_warned_about_the_4_lpr_line(
    texts: Any, say: Any
) -> None:
    letter = make(texts, say, "negotiate", "private", "zh", owed=30000)
    assert {"1a-1", "1a-3"} <= set(letter.sources)
    assert any("法院不会支持" in note for note in letter.notes)
    platform = make(texts, say, "negotiate", "platform", "zh", owed=30000)
    assert not {"1a-1", "1a-3"} & set(platform.sources)  # 4 x LPR binds no licensed lender (1a-6)


def test_cli_L1_the_review_run_no_longer_prints_the_estimate(tmp_path: Any) -> None:
    # The review ran `letter negotiate --answers` with a card debt: "目前我还欠60,000.00 元".
    answers = tmp_path / "a.json"
    answers.write_text(
        '{"lender": "credit-card", "amount-overdue": 60000, "months-overdue": 48}',
        encoding="utf-8",
    )
    result = run("letter", "negotiate", "--answers", str(answers), "--lang", "zh")
    assert result.exit_code == 0, result.stderr
    letter, _cut, after = result.stdout.partition("以下是给你看的")
    assert "60,000" not in letter and "还欠" not in letter
    assert "个性化分期" in letter
    notes = after.split("发送前请注意")[1]
    assert notes.splitlines()[1].lstrip(" -").startswith("先别签字")
