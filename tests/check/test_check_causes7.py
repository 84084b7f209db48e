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

import pytest

from debthelp.check import check, scan
from debthelp.check.normal import fold
from tests.check.corpora import DATA, corpora_before, measure


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
    # the fifteen as they were; set 7 (check_train_v7_*) is measured in test_check_causes8
    files = corpora_before(7)
    assert len(files) == 15 and DATA / "check_train_v6_w13.yaml" in files
    f = measure(files, learned=False)
    assert f["messages"] >= 920
    assert f["scams_read_as_none"] == 0
    assert f["scam_recall"] >= 0.997
    assert f["real_court_notices_read_as_scam"] == 0
    assert f["reading_accuracy"] >= 0.97
    # One message less since the twelfth round: set 5's "我手机上老是收到什么法院的短信 说我欠钱
    # ……是不是骗子" asks about the sender's own case and now reads verify (check with
    # 12368), which its writer labelled none.
    assert f["ordinary_read_as_none"] >= 0.97
    assert f["claims"]["precision"] >= 0.93 and f["claims"]["recall"] >= 0.88
    # Asks recall 0.895 until the twelfth round: a well-known official number (12368, 95xxx,
    # 96110) named in a message is no longer `call-back` (its advice, "do not call the
    # number in the message", was wrong for them). The older writers split on it.
    assert f["asks"]["precision"] >= 0.95 and f["asks"]["recall"] >= 0.88


# ------------------------------------------------- (3) a lender's notice is not a court's
@pytest.mark.parametrize(
    "text",
    [
        "【速借宝】您在我司的借款已逾期60天，本公司将依法起诉并申请将您列入失信被执行人名单，请登录官方APP还清。",
        "您的欠款已逾期，我方准备委托第三方调解机构处理，请尽快通过官方App还款。",
        "Your loan with us is 45 days overdue. Our legal team will file a lawsuit unless you "
        "repay in the official app.",
    ],
)
def test_a_lenders_plan_to_sue_or_mediate_is_pressure_not_a_court_notice(text: str) -> None:
    result = check(text)
    assert "lender-voice" in _ids(text), result
    assert result.reading == "pressure", result


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # the court's own voice (本院, a case number, 12368) still reads verify
        (
            "【某区人民法院】本院受理原告某小贷公司诉你借款合同纠纷一案，案号(2025)粤0106民初1234号，"
            "请登录人民法院在线服务查看，咨询12368。",
            "verify",
        ),
        # a fake court that asks for a chat is still a scam, not a lender's pressure
        ("【某某法院】你已被起诉，今日不处理将列入失信名单，加书记员微信 fy2231 办理撤诉", "scam"),
        ("【招商银行】您的信用卡本期账单已到期，请按时还款，以免影响信用记录。", "none"),
    ],
)
def test_a_courts_own_voice_a_fake_court_and_a_plain_reminder_keep_their_reading(
    text: str, reading: str
) -> None:
    result = check(text)
    assert "lender-voice" not in _ids(text), result
    assert result.reading == reading, result


@pytest.mark.parametrize(
    "text",
    [
        "#某明星被前经纪公司起诉# 一审开庭，双方均未到场。",
        "【今日财经】某网贷平台被借款人起诉，法院判平台赔偿。",
        "据法院公告，某公司因拖欠货款被起诉。",
    ],
)
def test_news_of_a_lawsuit_is_none(text: str) -> None:
    result = check(text)
    assert "lawsuit" in _ids(text), result
    assert result.reading == "none", result


# ------------------------------------------------- (4) work chat and a relative's warning
@pytest.mark.parametrize(
    "text",
    [
        "小张，那个标的投标保证金20万明天打到招标代理公司的对公账户，回单拍照发群里。",
        "交完履约保证金，合同就生效了",
        "妈，新闻说让你加微信交钱撤诉的都是骗子，你别信。",
        "姐，那些说交钱就能撤诉的都是骗子，别理",
    ],
)
def test_a_tender_deposit_and_a_relatives_warning_stay_none(text: str) -> None:
    result = check(text)
    assert result.reading == "none", result


@pytest.mark.parametrize(
    "text",
    [
        "贷款已审批，请先交5000保证金到指定账户才能放款",
        "我是法院书记员，交5000就能撤诉，加我微信办理，别的说法都是骗子",
    ],
)
def test_a_deposit_before_a_loan_and_a_fee_to_drop_a_case_stay_scams(text: str) -> None:
    assert check(text).reading == "scam"


def test_the_credit_databases_full_name_is_a_credit_record_claim() -> None:
    text = "【某银行】您的贷款已逾期3天，逾期信息将报送金融信用信息基础数据库，请及时还款。"
    assert "credit-record" in _ids(text), scan(text)
    assert check(text).reading != "scam"
