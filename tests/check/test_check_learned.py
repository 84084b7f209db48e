"""``debthelp check``'s learned reading (issue 23): the model file, its training, and
how its opinion is combined with the rules' (``check.second.second_opinion``).

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

from debthelp.check import check, load_patterns
from debthelp.check.learned import (
    LEARNED_MIN_CJK,
    READINGS,
    SCALE,
    SEP,
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

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data"

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


def sure_of(reading: str, p: float) -> Learned:
    """A model that gives ``reading`` the probability ``p`` on any message (its bias
    alone: no weights), the other three readings sharing the rest."""
    logit = math.log(p * (len(READINGS) - 1) / (1 - p))
    bias = tuple(logit if r == reading else 0.0 for r in READINGS)
    return Learned(bias, {}, SCALE)


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


def test_the_model_adds_no_claim_and_no_ask() -> None:
    result = opinion(PLAIN, sure_of("scam", 0.999))
    assert result.reading == "scam" and result.hits == check(PLAIN, learned=False).hits
    assert result.decided_by is None  # no ask found: nothing to name


def test_a_learned_fraud_with_an_ask_found_names_the_ask() -> None:
    call = (
        "您好，这里是某某平台售后，系统显示您的会员即将自动续费，如需取消请尽快拨打我们的"
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
    assert raw["messages"] >= 1520


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
    court notice read as a fraud. Two frauds are still read as none even here: set 8's
    "rate cut" settled "至指定对公账户" by a 专员 (the model too reads it as none, from
    the real lenders' notices that name their company account), and one of set 9 that
    the model is not sure enough of. Its figures on messages it never saw are the
    held-out sets' (BENCHMARKS.md)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from check_eval import evaluate, load
    finally:
        sys.path.pop(0)
    f = evaluate(load(sorted(DATA.glob("check_*.yaml"))))
    assert f["messages"] >= 1520
    assert f["scams_read_as_none"] <= 2 and f["scam_recall"] >= 0.99
    assert f["real_court_notices_read_as_scam"] == 0
    # Measured at the time of writing (1,528 messages): readings 0.967, scam recall 0.993,
    # one fraud read as none, ordinary read as none 0.913 (family retellings of a fraud call
    # read as one; everyday talk of a lawsuit kept at "verify", which the model may not
    # turn to none).
    assert f["reading_accuracy"] >= 0.96 and f["ordinary_read_as_none"] >= 0.90


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


def test_a_retelling_of_ones_own_familys_call_is_left_to_the_model() -> None:
    rules = check(RETOLD, learned=False)
    assert rules.reading == "none" and rules.told and not rules.set_aside
    assert opinion(RETOLD, sure_of("scam", 0.999)).reading == "scam"
