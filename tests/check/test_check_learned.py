"""``debthelp check``'s learned reading and labels (issue 23): the model file, its
training, and how its opinion is combined with the rules' (``check.second.second_opinion``).

The combination is tested with small hand-made models whose opinion is known (their
bias alone decides it), so each rule of the combination is shown to hold whatever
the shipped weights say; the shipped model is tested for what it is: the training
of the corpora it names, read whole, and on the training corpora.
"""

from __future__ import annotations

import hashlib
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from debthelp.check import ASK_IDS, CLAIM_IDS, check, load_patterns
from debthelp.check.learned import (
    LABEL_DOUBT,
    LABEL_SURE,
    LEARNED_MIN_CJK,
    READINGS,
    SCALE,
    SEP,
    Labels,
    Learned,
    check_model,
    default_model_path,
    features,
    load_model,
)
from debthelp.check.normal import normalise
from debthelp.check.second import second_opinion
from debthelp.errors import InvalidDataError
from debthelp.i18n import t
from tests.check.corpora import DATA, ROOT, measure

# A long Chinese message with nothing the rules know: the model may speak on it.
PLAIN = (
    "老同学，好久不见了，最近工作怎么样？周末我们几个打算一起去爬山，"
    "顺便吃个饭，你有空就来吧，地点回头群里说。"
)
# A clear threat the rules read as pressure, long enough for the model to speak.
THREAT = (
    "你再不还款，我们明天就打电话给你单位领导和你家里人，让大家都知道你欠钱不还，"
    "你自己看着办吧，别怪我们没提醒你。"
)
# An ask the rules find ("转到…个人账户"), in a message they read as a scam.
TRANSFER = (
    "我是公安局的民警，你的银行卡涉嫌洗钱，现在需要你把卡里的钱全部转到我们指定的"
    "安全账户进行资金清查，不要告诉任何人。"
)


def labels_at(**probs: float) -> Labels:
    """Labels that give each claim or ask named (``personal_account=0.999``) that
    probability on any message (their bias alone), and every other one 0.5: neither
    sure enough to add nor doubtful enough to take away."""
    ids = (*CLAIM_IDS, *ASK_IDS)
    given = {key.replace("_", "-"): value for key, value in probs.items()}
    assert set(given) <= set(ids)
    bias = tuple(math.log(given.get(i, 0.5) / (1 - given.get(i, 0.5))) for i in ids)
    return Labels(CLAIM_IDS, ASK_IDS, bias, {}, (), SCALE)


def sure_of(reading: str, p: float, **labels: float) -> Learned:
    """A model that gives ``reading`` the probability ``p`` on any message (its bias
    alone: no weights), the other three readings sharing the rest; its labels as
    ``labels_at`` gives them."""
    logit = math.log(p * (len(READINGS) - 1) / (1 - p))
    bias = tuple(logit if r == reading else 0.0 for r in READINGS)
    return Learned(bias, {}, SCALE, labels_at(**labels))


def unsure(**labels: float) -> Learned:
    """A model unsure of every reading (a quarter each): only its labels speak."""
    return Learned((0.0,) * len(READINGS), {}, SCALE, labels_at(**labels))


def opinion(text: str, model: Learned) -> Any:
    patterns = load_patterns()
    return second_opinion(check(text, learned=False), normalise(text), patterns, model)


# ------------------------------------------------------------------- the combination
def test_the_rules_scam_stands_whatever_the_model_says() -> None:
    result = opinion(TRANSFER, sure_of("none", 0.999))
    assert result.reading == "scam" and not result.learned
    assert result.decided_by == check(TRANSFER, learned=False).decided_by


def test_a_sure_model_replaces_a_reading_and_says_so() -> None:
    rules = check(THREAT, learned=False)
    assert rules.reading == "pressure"
    result = opinion(THREAT, sure_of("verify", 0.9))
    assert result.reading == "verify" and result.learned and result.rules_reading == "pressure"


def test_an_unsure_model_changes_nothing() -> None:
    result = opinion(THREAT, sure_of("verify", 0.7))
    assert result.reading == "pressure" and not result.learned


def test_a_threat_or_an_ask_is_never_turned_to_none() -> None:
    # "calls your boss" is a sign of pressure: the model's "none" is not taken.
    assert opinion(THREAT, sure_of("none", 0.999)).reading == "pressure"
    # a bank's "call us" is an ask (call-back): likewise, whatever the rules read.
    call = (
        "【某银行】您的信用卡出现异常交易，已临时冻结，如非本人操作请尽快致电我行客服热线"
        "95588核实处理，谢谢您的配合。"
    )
    rules = check(call, learned=False)
    assert "call-back" in {hit.id for hit in rules.asks}
    assert opinion(call, sure_of("none", 0.999)).reading == rules.reading


COURT = (
    "【某某区人民法院】张某某：原告某某小贷公司诉你借款合同纠纷一案已立案受理，"
    "案号（2025）某0105民初1234号，请登录人民法院在线服务查看起诉状副本及开庭传票。"
)


@pytest.mark.parametrize("reading", ["scam", "none"])
def test_a_notice_to_check_stays_one(reading: str) -> None:
    assert check(COURT, learned=False).reading == "verify"
    result = opinion(COURT, sure_of(reading, 0.999))
    assert result.reading == "verify" and not result.learned


def test_a_fraud_where_the_rules_found_nothing_needs_a_surer_model() -> None:
    assert check(PLAIN, learned=False).reading == "none"
    assert opinion(PLAIN, sure_of("scam", 0.9)).reading == "none"
    result = opinion(PLAIN, sure_of("scam", 0.97))
    assert result.reading == "scam" and result.learned and result.rules_reading == "none"


@pytest.mark.parametrize(
    "text",
    [
        "班费每人100，转到我微信就行，收款码在群里",  # short: too few character runs
        "Hi, this is your old classmate. We are going hiking this weekend, "
        "dinner after, join us if you can; details in the group chat later.",  # English
    ],
)
def test_the_model_says_nothing_on_short_or_english_texts(text: str) -> None:
    assert sum("\u4e00" <= c <= "\u9fff" for c in text) < LEARNED_MIN_CJK
    before = check(text, learned=False)
    assert opinion(text, sure_of("scam", 0.999)) == before


def test_the_reading_alone_adds_no_claim_and_no_ask() -> None:
    result = opinion(PLAIN, sure_of("scam", 0.999))
    assert result.reading == "scam" and result.hits == check(PLAIN, learned=False).hits
    assert result.decided_by is None  # no ask found: nothing to name


def test_a_learned_fraud_with_an_ask_found_names_the_ask() -> None:
    call = (
        "您好，这里是某某平台售后，系统显示您的账户有一笔业务待处理，请尽快拨打我们的"
        "专线 400-000-1234 办理，逾期将按年扣费。"
    )
    rules = check(call, learned=False)
    assert rules.reading != "scam" and "call-back" in {hit.id for hit in rules.asks}
    result = opinion(call, sure_of("scam", 0.999))
    assert result.reading == "scam" and result.decided_by == "call-back"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_screen_says_a_learned_fraud_was_learned(lang: str) -> None:
    from debthelp.render import check_view

    result = opinion(PLAIN, sure_of("scam", 0.999))
    text = check_view.to_text(result, load_patterns(), lang, 80)
    assert t("check.learned-fraud", lang)[:12] in text.replace("\n", "")
    # nothing is listed below, so the reading does not point at "the first item below"
    assert ("下面第一条" if lang == "zh" else "first item below") not in text
    assert t("check.footer-learned", lang)[:10] in text
    markdown = check_view.to_markdown(result, load_patterns(), lang)
    assert t("check.footer-learned", lang) in markdown


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_learned_reading_other_than_fraud_says_so_too(lang: str) -> None:
    from debthelp.render import check_view

    result = opinion(THREAT, sure_of("verify", 0.9))
    text = check_view.to_text(result, load_patterns(), lang, 200)
    assert t("check.learned", lang) in text
    plain = check_view.to_text(check(THREAT, learned=False), load_patterns(), lang, 200)
    assert t("check.learned", lang) not in plain


# ------------------------------------------------------------------- the labels
# Everyday news of someone else's lawsuit: the rules find court and boss words.
NEWS_OF_A_CASE = (
    "你知道吗，法院判了那家拖欠工资的公司，工人起诉了老板，账户也冻结了，"
    "工人的工资终于有着落了，大家都挺高兴的。"
)
# A court-like notice whose only ask is a number to call.
COURT_CALL = (
    "【某某区人民法院】张某某：原告某某小贷公司诉你借款合同纠纷一案已立案受理，"
    "如有疑问请致电本院立案庭 0571-8800-0000 咨询，谢谢配合。"
)


def ids(hits: Any) -> set[str]:
    return {hit.id for hit in hits}


def test_a_claim_the_labels_doubt_is_left_out_and_the_reading_follows() -> None:
    rules = check(NEWS_OF_A_CASE, learned=False)
    assert rules.reading == "pressure" and {"lawsuit", "third-party"} <= ids(rules.claims)
    result = opinion(NEWS_OF_A_CASE, unsure(lawsuit=0.001, third_party=0.001))
    assert result.reading == "none" and result.decided_by is None
    assert set(result.doubted) == {"lawsuit", "third-party"}
    assert not {"lawsuit", "third-party"} & ids(result.hits)
    # one doubted, the other kept: the reading is the kept one's
    kept = opinion(NEWS_OF_A_CASE, unsure(lawsuit=0.001))
    assert kept.reading == "pressure" and kept.doubted == ("lawsuit",)


def test_a_doubt_needs_a_model_that_sure() -> None:
    result = opinion(NEWS_OF_A_CASE, unsure(lawsuit=LABEL_DOUBT * 1.5, third_party=0.3))
    assert result.hits == check(NEWS_OF_A_CASE, learned=False).hits and not result.doubted


def test_the_rules_fraud_stays_one_and_keeps_what_it_rests_on() -> None:
    rules = check(TRANSFER, learned=False)
    assert rules.reading == "scam" and "criminal" in ids(rules.claims)
    # a claim it does not rest on may be doubted; the fraud and its ask stand
    result = opinion(TRANSFER, unsure(criminal=0.001))
    assert result.reading == "scam" and result.decided_by == rules.decided_by
    assert result.doubted == ("criminal",) and ids(rules.asks) <= ids(result.asks)
    # a fraud that rests on a court's words with a chat to add ("起诉……加我微信"): kept whole
    chat = (
        "你网贷逾期的事已经起诉到法院了，要和解的话加我微信 fy2025 详谈，"
        "今天下午之前必须回复，不然明天开庭判决。"
    )
    rules = check(chat, learned=False)
    assert rules.reading == "scam" and "lawsuit" in ids(rules.claims)
    result = opinion(chat, unsure(lawsuit=0.001))
    assert result.reading == "scam" and not result.doubted and "lawsuit" in ids(result.claims)


def test_no_doubt_leaves_none_where_the_rules_found_an_ask() -> None:
    rules = check(COURT_CALL, learned=False)
    assert rules.reading == "verify" and "call-back" in ids(rules.asks)
    result = opinion(COURT_CALL, unsure(lawsuit=0.001))
    assert result.reading == "verify" and not result.doubted


def test_only_claims_of_pressure_or_a_court_are_doubted() -> None:
    patterns = load_patterns()
    every = {ident.replace("-", "_"): 0.0001 for ident in (*CLAIM_IDS, *ASK_IDS)}
    for text in (NEWS_OF_A_CASE, COURT_CALL, THREAT, PLAIN):
        result = opinion(text, unsure(**every))
        for ident in result.doubted:
            entry = patterns.entry(ident)
            assert entry is not None and entry.kind == "claim" and entry.level != "scam"
        rules = check(text, learned=False)
        assert ids(rules.asks) <= ids(result.asks) and ids(rules.signs) <= ids(result.signs)


def test_a_claim_the_labels_are_sure_of_joins_and_decides() -> None:
    assert check(PLAIN, learned=False).reading == "none"
    # the learned reading agrees (if not sure enough to speak on its own)
    result = opinion(PLAIN, sure_of("verify", 0.6, lawsuit=0.999))
    (hit,) = result.claims
    assert hit.id == "lawsuit" and hit.learned and hit.matched == () and hit.spans == ()
    assert result.reading == "verify" and result.decided_by == "lawsuit" and not result.learned
    # not sure enough: nothing joins
    assert opinion(PLAIN, sure_of("verify", 0.6, lawsuit=LABEL_SURE - 0.02)).hits == ()


def test_a_claim_that_changes_the_reading_needs_the_readings_agreement() -> None:
    # a notice to check by the reading, a paid debt fix by one label: the label yields
    assert opinion(PLAIN, sure_of("none", 0.6, fix_offer=0.999)).hits == ()
    assert opinion(PLAIN, unsure(lawsuit=0.999)).hits == ()
    # a claim that leaves the reading as it is needs no agreement
    joined = opinion(THREAT, unsure(deadline=0.999))
    assert joined.reading == "pressure" and "deadline" in ids(joined.claims)


def test_no_claim_joins_a_news_item_about_others() -> None:
    news = (
        "新华社消息：近日，公安部公布一批打击“征信修复”违法犯罪典型案例，涉案团伙以“停息挂账”"
        "为名，向逾期人员收取高额服务费，已有多名嫌疑人落网。"
    )
    assert check(news, learned=False).reading == "none"
    assert opinion(news, sure_of("scam", 0.6, fees=0.999, fix_offer=0.999)).claims == ()


def test_a_learned_claim_of_a_fraud_names_a_learned_ask_when_there_is_one() -> None:
    claim_only = opinion(PLAIN, sure_of("scam", 0.6, personal_account=0.999))
    assert claim_only.reading == "scam" and claim_only.decided_by == "personal-account"
    assert claim_only.asks == ()  # none the labels are sure of
    with_ask = opinion(PLAIN, sure_of("scam", 0.6, personal_account=0.999, transfer=0.999))
    assert with_ask.reading == "scam" and with_ask.decided_by == "transfer"
    assert [(h.id, h.learned) for h in with_ask.asks] == [("transfer", True)]


def test_asks_are_added_only_to_a_fraud() -> None:
    assert opinion(PLAIN, unsure(transfer=0.999, code=0.999)).asks == ()
    assert opinion(THREAT, unsure(transfer=0.999)).reading == "pressure"
    assert opinion(THREAT, unsure(transfer=0.999)).asks == check(THREAT, learned=False).asks
    fraud = opinion(PLAIN, sure_of("scam", 0.999, code=0.999, transfer=0.999))
    assert fraud.reading == "scam" and fraud.learned
    assert ids(fraud.asks) == {"code", "transfer"} and fraud.decided_by == "transfer"


def test_no_ask_is_added_beside_the_rules_own() -> None:
    result = opinion(TRANSFER, unsure(code=0.999))
    assert result.decided_by == check(TRANSFER, learned=False).decided_by
    assert not any(hit.learned for hit in result.asks)  # one in three was wrong so
    assert ids(result.asks) == ids(check(TRANSFER, learned=False).asks)


def test_no_learned_claim_makes_a_fraud_of_words_read_as_not_asked() -> None:
    text = (
        "【某某银行】您的短信验证码为 902311，您正在进行手机银行登录操作，"
        "验证码切勿告诉他人，银行工作人员不会向您索要验证码，请注意账户安全。"
    )
    rules = check(text, learned=False)
    assert rules.reading == "none" and rules.set_aside
    result = opinion(text, unsure(personal_account=0.999, personal_data=0.999, code=0.999))
    assert result.reading == "none" and not result.asks


def test_an_ask_the_rules_set_aside_is_not_added_back() -> None:
    from dataclasses import replace

    patterns = load_patterns()
    rules = replace(check(PLAIN, learned=False), reading="scam", set_aside=("code",))
    result = second_opinion(rules, normalise(PLAIN), patterns, unsure(code=0.999, transfer=0.999))
    assert ids(result.asks) == {"transfer"}


@pytest.mark.parametrize(
    "text",
    [
        "班费每人100，转到我微信就行，收款码在群里",
        "Hi, the court froze that developer's accounts; lawsuit went through, fees refunded.",
    ],
)
def test_the_labels_say_nothing_on_short_or_english_texts(text: str) -> None:
    before = check(text, learned=False)
    every = {ident.replace("-", "_"): 0.999 for ident in (*CLAIM_IDS, *ASK_IDS)}
    assert opinion(text, sure_of("scam", 0.999, **every)) == before
    nothing = {ident.replace("-", "_"): 0.0001 for ident in (*CLAIM_IDS, *ASK_IDS)}
    assert opinion(text, unsure(**nothing)) == before


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_screen_shows_what_was_learned_and_what_was_doubted(lang: str) -> None:
    from debthelp.render import check_view

    patterns = load_patterns()
    fraud = opinion(PLAIN, sure_of("scam", 0.6, personal_account=0.999, transfer=0.999))
    text = check_view.to_text(fraud, patterns, lang, 200)
    transfer = patterns.entry("transfer")
    assert transfer is not None
    decided = t("check.decided-by", lang) + t("label-sep", lang) + transfer.texts["title"](lang)
    assert decided + t("check.decided-learned", lang) in text
    assert transfer.texts["title"](lang) + t("check.learned-item", lang) in text
    assert "  " + PLAIN in text  # nothing in the message is marked for a learned hit
    assert t("check.message-plain", lang) in text
    assert t("check.footer-learned", lang) in text
    doubted = opinion(NEWS_OF_A_CASE, unsure(lawsuit=0.001, third_party=0.001))
    shown = check_view.to_text(doubted, patterns, lang, 200)
    lawsuit = patterns.entry("lawsuit")
    assert lawsuit is not None and lawsuit.texts["title"](lang) in shown
    assert t("check.doubted", lang, titles="")[:4] in shown
    assert t("check.footer-learned", lang) in shown
    markdown = check_view.to_markdown(doubted, patterns, lang)
    assert lawsuit.texts["title"](lang) in markdown


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_shortened_screen_says_learned_too(lang: str) -> None:
    from debthelp.render import check_view

    learned = {"personal_account": 0.99, "transfer": 0.99, "code": 0.99}
    fraud = opinion(PLAIN, sure_of("scam", 0.6, **learned))
    assert fraud.reading == "scam" and len(fraud.hits) == 3
    text = check_view.to_text(fraud, load_patterns(), lang, 80, height=16)
    plain = check_view.to_text(check(THREAT, learned=False), load_patterns(), lang, 80, height=8)

    def flat(s: str) -> str:  # wrapping breaks a line where a space (or nothing) was
        return "".join(s.split())

    assert flat(t("check.footer-short-learned", lang)) in flat(text)
    assert flat(t("check.footer-short", lang)) in flat(plain)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_under_a_fraud_the_claims_left_out_are_not_named(lang: str) -> None:
    from debthelp.render import check_view

    result = opinion(TRANSFER, unsure(criminal=0.001))
    assert result.reading == "scam" and result.doubted == ("criminal",)
    patterns = load_patterns()
    head = t("check.doubted", lang, titles="")[:4]
    assert head not in check_view.to_text(result, patterns, lang, 200)
    assert head not in check_view.to_markdown(result, patterns, lang)
    assert check_view.check_json(result, patterns, lang)["reading"]["doubted"] == ["criminal"]


def test_the_json_says_what_was_learned_and_what_was_doubted() -> None:
    from debthelp.render import check_view

    patterns = load_patterns()
    fraud = check_view.check_json(
        opinion(PLAIN, sure_of("scam", 0.6, personal_account=0.999, transfer=0.999)),
        patterns,
        "en",
    )
    assert [(a["id"], a["learned"], a["matched"]) for a in fraud["asks"]] == [
        ("transfer", True, [])
    ]
    assert fraud["reading"]["decided_by"] == "transfer" and fraud["reading"]["doubted"] == []
    news = check_view.check_json(opinion(NEWS_OF_A_CASE, unsure(lawsuit=0.001)), patterns, "zh")
    assert news["reading"]["doubted"] == ["lawsuit"]
    assert all(c["learned"] is False for c in news["claims"])


# ------------------------------------------------------------------- the shipped model
def test_the_shipped_model_reads_whole() -> None:
    model = load_model(default_model_path(), complete=True)
    assert len(model.bias) == len(READINGS) and len(model.weights) >= 1000
    probs = model.reading(features(normalise(PLAIN).text))
    assert math.isclose(sum(probs.values()), 1.0)


def test_the_model_was_trained_on_the_corpora_as_they_are() -> None:
    """A corpus edited, added or removed since the model was trained fails here:
    train again (python tools/train_check_model.py)."""
    raw = json.loads(default_model_path().read_text(encoding="utf-8"))
    named = {item["file"]: item["sha256"] for item in raw["trained_on"]}
    present = {
        str(path.relative_to(ROOT)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(DATA.glob("check_*.yaml"))
    }
    assert named == present
    assert raw["messages"] >= 2240


@pytest.mark.exhaustive
def test_training_again_gives_the_shipped_file() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "train_check_model.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_model_on_its_training_corpora() -> None:
    """On the messages it learned from, with the rules: frauds read as frauds, no real
    court notice read as a fraud, and the claims and asks the writers labelled. No
    fraud is read as none at the time of writing (set 11's English fake court notice
    was, until the rules read "a civil claim against you" as a lawsuit, which beside a
    WeChat to add is a fraud). Which retold calls the learned reading rescues moves
    from one training to the next (up to four were none in earlier trainings), so the
    bound leaves room for two; its figures on messages it never saw are the held-out
    sets' (BENCHMARKS.md)."""
    f = measure(sorted(DATA.glob("check_*.yaml")))
    assert f["messages"] >= 3920
    assert f["scams_read_as_none"] <= 2 and f["scam_recall"] >= 0.99
    assert f["real_court_notices_read_as_scam"] == 0
    # Measured at the time of writing (3,928 messages, sets 15 to 21 in; the thirteenth
    # round): readings 0.973, scam recall 0.996, ordinary read as none 0.952; claims
    # 0.956 / 0.956 and asks 0.932 / 0.876 (precision / recall). Asks recall counts no
    # official number as call-back since the twelfth round (test_check_causes12).
    assert f["reading_accuracy"] >= 0.965 and f["ordinary_read_as_none"] >= 0.93
    assert f["claims"]["precision"] >= 0.955 and f["claims"]["recall"] >= 0.95
    assert f["asks"]["precision"] >= 0.925 and f["asks"]["recall"] >= 0.855


# ------------------------------------------------------------------- a broken model file
def shipped_raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(default_model_path().read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.update(format=99), "format"),
        (lambda d: d.update(weights=d["weights"][:-1]), "weights"),
        (lambda d: d.update(weights=[*d["weights"][:-1], 0.5]), "weights"),
        (lambda d: d.update(bias=[1, 2]), "bias"),
        (lambda d: d.update(features=7), "weights"),
        (lambda d: d.update(readings=["scam", "none"]), "readings"),
        (lambda d: d.update(scale=0), "scale"),
        (lambda d: d.pop("labels"), "labels"),
        (lambda d: d["labels"].update(weights=d["labels"]["weights"][:-1]), "labels.weights"),
        (lambda d: d["labels"].update(features=None), "labels.weights"),
        (lambda d: d["labels"].update(bias=[1]), "labels.bias"),
        (lambda d: d["labels"].update(claims=[1, 2]), "labels.claims"),
        (lambda d: d["labels"].update(asks="code"), "labels.asks"),
        (lambda d: d["labels"].update(asks=d["labels"]["claims"]), "labels"),
    ],
)
def test_a_broken_model_is_named_not_used(change: Any, where: str) -> None:
    raw = shipped_raw()
    change(raw)
    model, problems = check_model(raw)
    assert model is None and where in [problem.where for problem in problems]


def test_a_feature_given_twice_is_found_by_validate(tmp_path: Path) -> None:
    raw = shipped_raw()
    grams = raw["features"].split(SEP)
    raw["features"] = SEP.join([grams[1], *grams[1:]])
    path = tmp_path / "m.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    load_model(path)  # debthelp check: not looked for at every start
    with pytest.raises(InvalidDataError) as caught:
        load_model(path, complete=True)
    assert [p.where for p in caught.value.problems] == ["features"]


def test_labels_for_other_claims_than_the_programs_are_found_by_validate(tmp_path: Path) -> None:
    raw = shipped_raw()
    raw["labels"]["claims"] = ["suing", *raw["labels"]["claims"][1:]]  # "lawsuit" renamed
    path = tmp_path / "m.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    load_model(path)  # debthelp check reads it: an unknown id is never looked up
    with pytest.raises(InvalidDataError) as caught:
        load_model(path, complete=True)
    assert [p.where for p in caught.value.problems] == ["labels.claims"]


def test_the_shipped_labels_are_the_programs_claims_and_asks() -> None:
    labels = load_model(default_model_path(), complete=True).labels
    assert labels.claims == CLAIM_IDS and labels.asks == ASK_IDS
    probs = labels.probabilities(features(normalise(TRANSFER).text))
    assert set(probs) == {*CLAIM_IDS, *ASK_IDS} and all(0 < v < 1 for v in probs.values())
    assert probs["transfer"] > 0.5 > probs["visit"]


@pytest.mark.parametrize("content", [b"{not json", b"", b"\xff\xfe\x00", b"[]"])
def test_a_model_file_that_is_not_one_is_an_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "m.json"
    path.write_bytes(content)
    with pytest.raises(InvalidDataError) as caught:
        load_model(path)
    assert caught.value.key == "check.model-invalid"
    for problem in caught.value.problems:
        for lang in ("zh", "en"):
            assert t(problem.key, lang, **problem.params)


def test_a_missing_model_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidDataError):
        load_model(tmp_path / "absent.json")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_model_message_in_both_languages(lang: str) -> None:
    for key in ("check.model-invalid", "check.learned", "check.learned-fraud"):
        assert t(key, lang, path="p", count=1, words="w")
    for key in ("check.model-shape", "check.model-format", "check.model-not-json"):
        assert t(key, lang, value=2, valid=1, error="e")


def test_a_short_text_never_reads_the_model_file() -> None:
    from debthelp.check.learned import shipped_model

    shipped_model.cache_clear()
    check("你再不还款，我们明天就去你单位")
    assert shipped_model.cache_info().currsize == 0  # start-up of a short check: no weights
    check(PLAIN)
    assert shipped_model.cache_info().currsize == 1


CODE_SMS = (
    "【某某银行】您的短信验证码为 902311，您正在进行手机银行登录操作，"
    "验证码切勿告诉他人，银行工作人员不会向您索要验证码，请注意账户安全。"
)
NEWS = (
    "【本地新闻】上周，家住城南的居民陈先生接到一个自称“银保监会”工作人员的电话，"
    "对方称其名下有一笔网贷利率违规，要求他下载会议软件并开启屏幕共享，陈先生起了疑心后报警。"
)
RETOLD = (
    "妈刚才说有个自称银保监会的人打电话给她，说她名下网贷利率违规，"
    "要求她下载会议软件并开启屏幕共享，她没弄，先来问我，你说这是真的吗"
)


@pytest.mark.parametrize("text", [CODE_SMS, NEWS])
def test_an_ask_the_rules_read_as_not_asked_is_no_fraud(text: str) -> None:
    rules = check(text, learned=False)
    assert rules.reading == "none" and (rules.set_aside or rules.told)
    assert opinion(text, sure_of("scam", 0.999)).reading == "none"


def test_a_court_notice_that_asks_only_what_courts_ask_is_never_a_fraud_by_the_model_alone() -> (
    None
):
    # a real court's e-service SMS prints a code and says staff never ask for it: the
    # rules read a warning (none); its only ask is to open the court's own site, which
    # real notices ask too (4-7); a model sure of a fraud is not taken
    court = (
        "【12368】李某，您的案件(2025)某0101民初1234号已作出判决，电子文书已送达，请登录 "
        "zxfw.court.gov.cn 查看。登录验证码：731245（5分钟内有效），法院工作人员不会索要验证码。"
    )
    rules = check(court, learned=False)
    assert rules.reading == "none" and "lawsuit" in ids(rules.claims)
    assert ids(rules.asks) == {"click-link"}
    assert opinion(court, sure_of("scam", 0.999)).reading == "none"
    # with a call to make as well, the same
    called = court + "如有疑问请拨打12368。"
    assert ids(check(called, learned=False).asks) <= {"click-link", "call-back"}
    assert opinion(called, sure_of("scam", 0.999)).reading == "none"


def test_a_retelling_of_ones_own_familys_call_is_left_to_the_model() -> None:
    rules = check(RETOLD, learned=False)
    assert rules.reading == "none" and rules.told and not rules.set_aside
    assert opinion(RETOLD, sure_of("scam", 0.999)).reading == "scam"
