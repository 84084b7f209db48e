"""The evidence log's content (issue 21, and the December 2026 content audit).

The lender type decides which rules a tag shows and where a complaint goes;
every rule line says its level and whom it binds; one scanner (``debthelp
check``'s) decides the tags of what a collector said. Each audit finding's own
example is a test here that fails on the code before the fix.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.errors import InputError
from debthelp.i18n import Lang
from debthelp.log import NewEntry, add_entry, export_data, list_data, verify
from debthelp.log.entry import GENESIS, LENDERS, canonical, chain_hash
from debthelp.log.keywords import entry_keywords, identity_tags, keyword_tags
from debthelp.log.tagrules import GROUP_OF, TagRule
from debthelp.log.tags import TAG_IDS, load_tag_rules
from debthelp.render.log_view import EXPORTERS
from debthelp.wizard.log_prompts import ask_log_fields

CST = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 11, 30, 9, 0, tzinfo=CST)
LANGS: tuple[Lang, ...] = ("zh", "en")
REGULATED = ("bank", "credit-card", "consumer-finance")  # 12378's lenders (facts 3-1, 3-2)
OTHERS = ("small-loan", "platform", "private")
ENTER = "\r"
DOWN = "\x1b[B"


def rules() -> dict[str, TagRule]:
    return dict(load_tag_rules())


def add(db: Path, channel: str = "call", **fields: object) -> int:
    entry, _ = add_entry(NewEntry(channel=channel, **fields), db=db, now=NOW)  # type: ignore[arg-type]
    return entry.id


def every_export(db: Path, lang: Lang) -> dict[str, str]:
    data = export_data(db, lang=lang)
    return {fmt: draw(data, lang) for fmt, draw in EXPORTERS.items()}


def texts_for(rule: TagRule, lender: str, lang: Lang) -> list[str]:
    """Everything a borrower with this kind of lender reads for this tag."""
    short = rule.short_json(lang, lender)
    full = rule.to_json(lang, [lender])
    return [short["rule"], full["rule"], full["do"], *(p["text"] for p in full["rules"])]


# --------------------------------------------------------------------------- M1: 12378


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tag", TAG_IDS)
@pytest.mark.parametrize("lender", LENDERS)
def test_12378_only_for_banks_cards_and_consumer_finance(lender: str, tag: str, lang: Lang) -> None:
    shown = texts_for(rules()[tag], lender, lang)
    if lender in OTHERS:
        assert not any("12378" in text for text in shown), (lender, tag, shown)
    elif lender == "unknown":
        # Unknown: 12378 only with the kinds of lender it is for.
        for text in shown:
            for sentence in re.split(r"[。；;]|(?<=\.) ", text):
                if "12378" in sentence:
                    assert ("银行" in sentence) if lang == "zh" else ("bank" in sentence), sentence
    else:
        assert any("12378" in text for text in shown), (lender, tag)


@pytest.mark.parametrize("lender", OTHERS)
def test_m1_a_night_call_from_a_non_bank_lender_never_sends_the_borrower_to_12378(
    tmp_path: Path, lender: str
) -> None:
    # Audit M1: "可以打12378（国家金融监督管理总局的投诉电话）投诉" printed for every borrower.
    db = tmp_path / "log.db"
    add(db, when="2026-11-29 23:10", lender=lender, said="不还钱就让你好看")
    add(db, "third-party", when="2026-11-29 12:00", lender=lender, contacted=("我妈妈",))
    add(db, "sms", when="2026-11-29 12:05", lender=lender, said="要另外交500元催收费")
    for lang in LANGS:
        for fmt, text in every_export(db, lang).items():
            assert "12378" not in text, (lender, lang, fmt)
        listed = json.dumps(list_data(db, lang=lang), ensure_ascii=False)
        assert "12378" not in listed


def test_m1_a_card_debt_is_sent_to_12378_with_this_log(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    add(db, when="2026-11-29 23:10", lender="credit-card")
    data = export_data(db, lang="zh")
    assert "12378" in data["rules"][0]["do"]
    assert data["rules"][0]["do_by_lender"][0]["lenders"] == ["credit-card"]


def test_a_log_with_two_kinds_of_lender_says_which_advice_is_for_which(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    add(db, when="2026-11-29 23:10", lender="bank")
    add(db, when="2026-11-29 23:20", lender="private")
    rule = export_data(db, lang="zh")["rules"][0]
    assert [item["lenders"] for item in rule["do_by_lender"]] == [["bank"], ["private"]]
    bank, private = rule["do_by_lender"]
    assert "12378" in bank["do"] and "12378" not in private["do"]
    assert "110" in private["do"] and "12348" in private["do"]
    assert bank["for"] == "银行" and private["for"] == "个人出借人"
    text = EXPORTERS["markdown"](export_data(db, lang="zh"), "zh")
    assert "怎么做：银行：可以打12378" in text and "怎么做：个人出借人：" in text


# --------------------------------------------------------------------------- O10: official channels


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tag", TAG_IDS)
def test_a_private_lender_is_never_told_official_channels_only(tag: str, lang: Lang) -> None:
    official = r"官方" if lang == "zh" else r"official (channel|app|account)"
    for text in texts_for(rules()[tag], "private", lang):
        assert not re.search(official, text, re.I), (tag, text)


@pytest.mark.parametrize("lang", LANGS)
def test_a_private_lender_is_paid_by_traceable_transfer_with_a_receipt(lang: Lang) -> None:
    advice = rules()["extra-fees"].advice("private").text(lang)
    if lang == "zh":
        assert "银行转账" in advice and "本人的账户" in advice and "凭证" in advice
    else:
        assert "bank transfer" in advice and "own account" in advice and "receipt" in advice


@pytest.mark.parametrize("lender", (*REGULATED, "small-loan", "platform"))
def test_an_institution_is_paid_only_through_its_official_channel(lender: str) -> None:
    assert "官方" in rules()["extra-fees"].advice(lender).text("zh")


def test_unknown_says_which_payment_route_is_for_which_lender() -> None:
    advice = rules()["extra-fees"].advice("unknown").text("zh")
    assert "官方渠道" in advice and "借的是个人的钱，用银行转账" in advice


# --------------------------------------------------------------------------- §5.3: level and scope


@pytest.mark.parametrize("tag", TAG_IDS)
def test_every_rule_line_says_its_level_and_whom_it_binds(tag: str) -> None:
    for part in rules()[tag].rules:
        zh, en = part.text("zh"), part.text("en")
        if part.level == "industry":
            assert zh.startswith("行业规范（") and "只约束其会员" in zh and "不是法律" in zh, zh
            assert en.startswith("Industry rule (") and "binds only its members" in en, en
            assert "all" not in part.binds and "private" not in part.binds
        elif part.level == "regulation":
            assert zh.startswith("监管规定（") and "约束" in zh and "行业规范" not in zh, zh
            assert en.startswith("Regulation (") and "binds" in en, en
        elif part.level == "law":
            assert zh.startswith("法律（") and "对任何人都适用" in zh, zh
            assert en.startswith("Law (") and "applies to anyone" in en, en
            assert part.binds == ("all",)
        else:
            assert part.level == "judicial"
            assert zh.startswith("司法"), zh
            assert en.startswith("Judicial"), en


def test_the_credit_card_regulation_is_a_regulation_for_card_issuing_banks_only() -> None:
    # §5.3 / O2: 2c-1 filed under 行业规范 and applied to every collector.
    card = [p for tag in rules().values() for p in tag.rules if "2c-1" in p.source]
    assert card and all(p.level == "regulation" and p.binds == ("credit-card",) for p in card)
    assert all("约束发卡银行" in p.text("zh") and "行业规范" not in p.text("zh") for p in card)
    third = rules()["third-party"]
    assert any("2c-1" in p.source for p in third.parts_for("credit-card"))
    for lender in ("bank", "consumer-finance", "small-loan", "platform", "private"):
        assert not any("2c-1" in p.source for p in third.parts_for(lender)), lender


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tag", TAG_IDS)
@pytest.mark.parametrize("lender", LENDERS)
def test_a_known_lender_sees_only_the_rules_that_bind_it_and_is_told_so(
    lender: str, tag: str, lang: Lang
) -> None:
    rule = rules()[tag]
    shown = rule.parts_for(lender)
    line = rule.rule_line(lender, lang)
    if lender == "unknown":
        assert shown == rule.rules and rule.scope_note(lender, lang) == ""
        return
    assert all(p.binds_lender(lender) for p in shown)
    assert all(p in shown for p in rule.rules if p.binds_lender(lender))
    name = rule.scope.lenders[lender](lang)
    assert name in line
    if shown:
        assert line.endswith(rule.scope.note("only", lender, lang))
    else:
        assert line == rule.scope.note("none", lender, lang)


def test_industry_rules_never_bind_a_private_lender() -> None:
    for tag in ("night", "third-party", "frequency"):
        line = rules()[tag].rule_line("private", "zh")
        assert "行业规范" in line and "不约束个人出借人" in line, line
        assert "行业规范（" not in line


def test_audit_5_3_the_ten_log_rule_lines_now_say_whom_they_bind() -> None:
    # The audit's list: rule lines night, third-party, impersonation, frequency,
    # public-posting, extra-fees and explain lines third-party, impersonation,
    # public-posting, extra-fees stated industry rules without their scope.
    for tag in (
        "night",
        "third-party",
        "impersonation",
        "frequency",
        "public-posting",
        "extra-fees",
    ):
        rule = rules()[tag]
        for part in rule.rules:
            if part.level == "industry":
                assert "只约束其会员" in part.text("zh"), (tag, part.text("zh"))
        assert "行业规范" not in rule.explain("zh"), tag  # the rules say it, with scope


def test_impersonation_cites_the_regulation_for_banks_and_insurers() -> None:
    # §5.3: the log's impersonation tag cited only the CBA rule and left out 2c-2.
    rule = rules()["impersonation"]
    assert "2c-2" in rule.source
    regulation = [p for p in rule.rules if "2c-2" in p.source]
    assert regulation[0].level == "regulation"
    assert "银行保险机构" in regulation[0].text("zh")
    assert "2c-2" in rule.short_json("zh", "bank")["source"]
    assert "2c-2" not in rule.short_json("zh", "platform")["source"]


# --------------------------------------------------------------------------- L4 and §6: wording


@pytest.mark.parametrize("tag", TAG_IDS)
def test_rule_lines_are_written_about_the_debtor_not_to_the_borrower(tag: str) -> None:
    # L4: "没有你的同意，22:00到第二天8:00不准催收" reads wrongly in a letter to a lender.
    rule = rules()[tag]
    for lender in LENDERS:
        assert "你" not in rule.rule_line(lender, "zh"), (tag, lender)
        assert not re.search(r"\byou(r)?\b", rule.rule_line(lender, "en"), re.I), (tag, lender)
    assert "你" not in rule.explain("zh") and not re.search(r"\byou", rule.explain("en"), re.I)


def test_the_third_party_label_reads_naturally() -> None:
    # §6: "找了或扬言要找别人（第三人）" is clumsy.
    label = rules()["third-party"].label
    assert label("zh") == "联系了别人，或扬言要联系"
    assert "（第三人）" not in label("zh")


# --------------------------------------------------------------------------- one scanner


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("我们是法院的", {"impersonation"}),
        ("上门抓你", {"visit", "threat", "criminal"}),
        ("今晚去你家", {"visit", "threat"}),
        ("再不还钱就立案抓你，让你坐牢", {"criminal"}),
        ("你涉嫌信用卡诈骗，公安机关将立案侦查", {"criminal"}),
        ("我们是公安局的，你涉嫌诈骗", {"impersonation", "criminal"}),
        ("下周安排外访核实", {"visit"}),
        ("We are from the court. We will visit you tonight", {"impersonation", "visit", "threat"}),
    ],
)
def test_the_scanner_decides_the_reviews_examples(
    tmp_path: Path, said: str, wanted: set[str]
) -> None:
    assert wanted <= set(keyword_tags(said)), keyword_tags(said)
    db = tmp_path / "log.db"
    add(db, "sms", when="2026-11-29 12:00", said=said)
    tags = {t["id"] for t in list_data(db)["entries"][0]["tags"]}
    assert wanted <= tags


def test_a_visit_announced_for_next_week_is_not_a_threat() -> None:
    assert keyword_tags("下周安排外访核实") == ("visit",)


def test_a_court_claim_in_a_message_check_reads_as_verify_is_impersonation_only_in_the_log() -> (
    None
):
    from debthelp.check import check, scan

    assert not any(h.id == "impersonation" for h in scan("我们是法院的"))  # check: verify
    assert check("我们是法院的").reading != "scam"
    assert "impersonation" in keyword_tags("我们是法院的")


@pytest.mark.parametrize(
    "claimed",
    [
        "police",
        "court",
        "government",
        "procuratorate",
        "法院",
        "XX区人民法院执行局",
        "派出所民警",
        "Court",
    ],
)
def test_a_claimed_identity_of_police_court_or_government_is_impersonation(
    tmp_path: Path, claimed: str
) -> None:
    assert identity_tags(claimed) == ("impersonation",)
    db = tmp_path / "log.db"
    add(db, "call", when="2026-11-29 12:00", claimed_identity=claimed)
    assert [t["id"] for t in list_data(db)["entries"][0]["tags"]] == ["impersonation"]


@pytest.mark.parametrize("claimed", ["律师", "lawyer", "某某律师事务所", "客服", "XX网贷催收部"])
def test_a_lawyer_or_an_agency_is_not_posing_as_a_state_body(claimed: str) -> None:
    assert identity_tags(claimed) == ()


def test_the_log_keeps_no_keyword_list_that_scan_already_covers() -> None:
    import debthelp.log.keywords as kw

    source = Path(kw.__file__).read_text(encoding="utf-8")
    for word in ("公安", "后果自负", "通讯录", "曝光", "催收费", "坐牢", "上门催收"):
        assert word not in source, word
    assert set(kw.CLAIM_TO_TAG.values()) | set(kw.SIGN_TO_TAG.values()) <= set(TAG_IDS)


def test_entry_keywords_are_in_tag_order_each_once() -> None:
    got = entry_keywords("我们是公安局的，今晚去你家", "警察")
    assert list(got) == [t for t in TAG_IDS if t in got] and len(set(got)) == len(got)
    assert {"impersonation", "visit", "threat"} <= set(got)


def test_a_visit_channel_gets_the_visit_tag(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    add(db, "visit", when="2026-11-29 12:00")
    assert [t["id"] for t in list_data(db)["entries"][0]["tags"]] == ["visit"]


def test_every_tag_and_every_lender_group_has_sourced_text_in_both_languages(guidance) -> None:  # type: ignore[no-untyped-def]
    declared = guidance.sources
    for rule in rules().values():
        assert set(rule.do) == set(GROUP_OF.values())
        for ids in (rule.source, rule.do_source):
            for sid in ids:
                assert declared[sid].confidence in ("V-P", "V-S"), (rule.id, sid)
        for advice in rule.do.values():
            assert advice.text("zh") and advice.text("en")
        assert "3-9" not in rule.do_source  # the NIFA platform: whether it runs is unverified


# --------------------------------------------------------------------------- the lender field


def test_the_lender_is_stored_in_the_entry_and_covered_by_the_hash(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    add(db, when="2026-11-29 12:00", lender="platform")
    with sqlite3.connect(db) as conn:
        (content,) = conn.execute("SELECT content FROM entries").fetchone()
        assert json.loads(content)["lender"] == "platform"
        conn.execute("UPDATE entries SET content = ?", (content.replace("platform", "bank"),))
    conn.close()
    assert verify(db).ok is False


def test_an_unknown_lender_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        add(tmp_path / "log.db", lender="loan-shark")
    assert caught.value.key == "rate.lender-bad"


def test_entries_logged_before_the_lender_field_still_read(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    add(db, when="2026-11-29 23:10", said="小心你全家")
    with sqlite3.connect(db) as conn:
        (content,) = conn.execute("SELECT content FROM entries").fetchone()
        old = json.loads(content)
        del old["lender"]
        text = canonical(old)
        digest = chain_hash(GENESIS, text)
        conn.execute("UPDATE entries SET content = ?, hash = ?", (text, digest))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'head'", (digest,))
    conn.close()
    assert verify(db).ok is True
    entry = list_data(db, lang="zh")["entries"][0]
    assert entry["lender"] == "unknown"
    assert [t["id"] for t in entry["tags"]] == ["night", "threat"]
    night = entry["tags"][0]
    assert night["source"] == ["2c-5", "2c-7"] and "只约束其会员" in night["rule"]
    for lang in LANGS:
        assert every_export(db, lang)["json"]


def test_json_export_carries_the_lender_of_every_entry(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    add(db, when="2026-11-29 12:00", lender="credit-card")
    add(db, when="2026-11-29 12:10")
    data = json.loads(EXPORTERS["json"](export_data(db, lang="en"), "en"))
    assert [e["lender"] for e in data["entries"]] == ["credit-card", "unknown"]


def test_log_add_lender_through_the_cli(tmp_path: Path) -> None:
    db = str(tmp_path / "log.db")
    runner = CliRunner()
    done = runner.invoke(
        app,
        [
            "log",
            "add",
            "--channel",
            "call",
            "--when",
            "2026-11-29 23:10",
            "--lender",
            "private",
            "--db",
            db,
        ],
    )
    assert done.exit_code == 0, done.stderr
    bad = runner.invoke(app, ["log", "add", "--channel", "call", "--lender", "shark", "--db", db])
    assert bad.exit_code != 0 and "shark" in bad.stderr and "Traceback" not in bad.stderr
    listed = json.loads(runner.invoke(app, ["log", "list", "-f", "json", "--db", db]).stdout)
    assert listed["entries"][0]["lender"] == "private"
    text = runner.invoke(app, ["log", "list", "--db", db]).stdout
    assert "放贷方类型：个人或无放贷资质的公司（私人借贷）" in text
    assert "不约束个人出借人" in text and "12378" not in text
    exported = runner.invoke(app, ["log", "export", "-f", "csv", "--db", db]).stdout
    assert "12378" not in exported
    rows = list(csv.reader(io.StringIO(exported.lstrip("\ufeff"))))
    assert any("夜间催收" in cell for row in rows for cell in row)


def test_the_prompt_asks_the_lender_when_the_command_offers_it() -> None:
    values = {
        "channel": "call",
        "when": "now",
        "sender": "x",
        "claimed_identity": "y",
        "said": "z",
        "times": 1,
        "lender": None,
    }
    with create_pipe_input() as inp:
        inp.send_text(DOWN * 6 + ENTER)  # unknown, credit-card, ..., private
        inp.close()
        got = ask_log_fields("zh", values, input=inp, output=DummyOutput())  # type: ignore[arg-type]
    assert got["lender"] == "private"
    with create_pipe_input() as inp:
        inp.send_text(ENTER)
        inp.close()
        got = ask_log_fields("zh", values, input=inp, output=DummyOutput())  # type: ignore[arg-type]
    assert got["lender"] == "unknown"
