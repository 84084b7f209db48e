"""check, seventh round: the general causes behind the sixth held-out set's misses.

Every message here is new wording written for this file (none is from a corpus or a
held-out set). In the brief's order: (1) a stranger who claims a role (police, a
lender's 审核员, customer service) and then guides the person's steps (我教你操作, 按他说的
操作, 跟着我一步步, 配合…验证, a screenshot of a payment code or balance sent to them) is a
``scam`` (9-1, 9-3, 9-4); (2) a customer-service, refund or rate-cut hook that moves the
person to a private group or "settles" a loan through the sender is a ``scam`` (9-4);
(3) a lender's or collector's notice is not a court's; (4) ordinary work chat and a
relative's warning stay ``none``. Guards both ways.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from debthelp.check import check, scan
from debthelp.check.normal import fold


def _ids(text: str) -> set[str]:
    return {hit.id for hit in scan(text)}


# ------------------------------------------------- (1) guided steps from a claimed role
@pytest.mark.parametrize(
    "text",
    [
        "您好，我是市公安局反诈民警，您的银行卡有风险，等下我同事联系您，您跟着他一步步操作就可以",
        "我是派出所的张警官，这个事你按我说的做，先把手机银行打开",
        "信贷员：恭喜您审批通过，我教您操作一下提现，先打开微信零钱截个图发我",
        "您好，我是建设银行客服，您的账户存在异常，请按我说的操作，先打开手机银行",
        "【京东金融】您好，我是审核专员，您的贷款已批，我教你操作一下提现流程",
        "这边是平台风控，需要您配合做一个流水核验，把银行App首页截图发给我们",
        "This is the police. Do what my colleague says and send me a screenshot of your balance.",
        "Hi, this is customer service. I'll walk you through the refund step by step.",
        "Inspector Wang, Beijing PSB. Your ID is in a case; push the balance to the account "
        "I send you.",
    ],
)
def test_guided_steps_from_a_claimed_role_are_a_scam(text: str) -> None:
    result = check(text)
    assert "guided" in _ids(text), result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        # a payment code's screenshot pays whoever gets it: a code, whoever asks
        "额度批下来了，就差一步，把你的付款码截图发我核对一下",
        "先截图付款码发给我，我这边帮你激活额度",
    ],
)
def test_a_payment_codes_screenshot_sent_to_the_sender_is_a_code(text: str) -> None:
    result = check(text)
    assert "code" in _ids(text), result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "妈，我教你操作，打开微信点右下角的我，再点服务",
        "我来教你怎么用支付宝交水电费，很简单",
        "老公，把余额截个图给我看看，我算下这个月的账",
        "【工商银行】请配合完成身份核验，可在工行App内按页面提示操作。",
        "【招商银行】请在招商银行App内按页面提示操作完成身份核验。",
        "我是王老师，跟着我一步步操作就能把作业交上去",
        "同学们，我是班主任李老师，今晚我教你们怎么操作学习通交作业",
        "反诈提醒：凡是自称民警让你按他说的操作的，都是诈骗。",
        "民警提醒：凡是让您截图付款码发给他的，都是骗子。",
        "Police warn: anyone who says 'do what my colleague says' on the phone is a fraudster.",
        "My friend will show you step by step how to use Alipay.",
        "我把付款码截图发给你了，你扫一下",
        "收款码发我一下，我转你饭钱",
    ],
)
def test_a_friend_a_teacher_a_banks_own_app_and_a_warning_stay_none(text: str) -> None:
    result = check(text)
    assert result.reading == "none", result


# ------------------------------------------------- (2) a service hook to a private channel
@pytest.mark.parametrize(
    "text",
    [
        "【借呗客服】您好，响应国家政策下调存量贷款利率，请添加专员微信办理",
        "尊敬的用户，您的年化利率从24%降至6%的申请已通过，办理前需结清原贷款，结清资金由我方垫付",
        "您好，我是某宝店铺售后，您买的衣服有质量问题给您办理退款，加一下售后群 88xx12 领取",
        "Hi, customer service for your order: we'll refund you, please join our Telegram group "
        "t.me/refund88",
    ],
)
def test_a_service_hook_to_a_private_channel_or_a_settlement_through_them_is_a_scam(
    text: str,
) -> None:
    result = check(text)
    assert "service-pretext" in _ids(text), result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "【某银行】根据LPR调整，您的房贷利率将于1月1日下调至3.6%，无需操作。",
        "央行宣布下调贷款利率，房贷月供可以少一点了",
        "您好，淘宝客服，您的订单退款已原路退回，请注意查收。",
        "【招联金融】您好，现有贷款结清后可重新申请，结清请在官方App操作。",
    ],
)
def test_a_real_rate_change_a_refund_done_and_a_settlement_in_the_app_stay_none(
    text: str,
) -> None:
    result = check(text)
    assert result.reading == "none", result


# ------------------------------------------------- a fake 執行局 in traditional characters
def test_traditional_characters_of_a_fake_enforcement_notice_fold() -> None:
    assert fold("強制執行，暫緩，並，閣下") == "强制执行,暂缓,并,阁下"
    text = (
        "【執行局】閣下的強制執行案件已受理，如需暫緩凍結，請回覆身份證號、銀行卡號並提供稍後收到"
        "的驗證碼。"
    )
    result = check(text)
    assert {"lawsuit", "code"} <= _ids(text), result
    assert result.reading == "scam", result


# ------------------------------------------------- all fifteen training corpora
# The seventh round, set 6 (w12, w13) now training data too. Measured at the time of writing
# (BENCHMARKS.md, "seventh round"). Thresholds a little below; held-out set 7 is the lead's.
def test_all_fifteen_training_corpora_in_the_writers_scheme() -> None:
    data = Path(__file__).parents[1] / "data"
    files = sorted(data.glob("check_*.yaml"))
    assert len(files) == 15 and data / "check_train_v6_w13.yaml" in files
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    try:
        from check_eval import evaluate, load
    finally:
        sys.path.pop(0)
    f = evaluate(load(files))
    assert f["messages"] >= 920
    assert f["scams_read_as_none"] == 0
    assert f["scam_recall"] >= 0.997
    assert f["real_court_notices_read_as_scam"] == 0
    assert f["reading_accuracy"] >= 0.96
    assert f["ordinary_read_as_none"] >= 0.955
    assert f["claims"]["precision"] >= 0.93 and f["claims"]["recall"] >= 0.88
    assert f["asks"]["precision"] >= 0.95 and f["asks"]["recall"] >= 0.895
