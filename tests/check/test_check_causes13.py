"""Issue 23, thirteenth round (BENCHMARKS.md, "thirteenth round").

Sets 25 and 26 (480 messages, eight new writers) were frozen and measured on main
67ae054 before any change; these are the causes found there, each written here in new
words. Each failed before its change, except the guards (marked so), which pass on both
and keep what a change could have broken, and two deadline wordings found before too
("今日内", "within 2 days"), kept beside the new ones as the line's other side.
"""

from __future__ import annotations

import pytest

from debthelp.check import check


def _asks(text: str) -> set[str]:
    return {hit.id for hit in check(text).asks}


def _claims(text: str) -> set[str]:
    return {hit.id for hit in check(text).claims}


# ------------------------------------------------- (1) a warning told to others reads none
@pytest.mark.parametrize(
    "text",
    [
        # A group notice of a fake text ("大家别回").
        "【5栋业主群】有人收到说是物业的短信，让报验证码领门禁卡吗？物业说没发过，大家别回！",
        # A relative's call retold as a warning to the family.
        "家人们注意，我爸刚接了个电话说是快递客服要赔钱，让他开会议共享屏幕，还要报验证码，"
        "我让他赶紧挂了。以后凡是让你报验证码的，一律挂掉打给我！",
        # Laughing at a fraud text and reporting it.
        "哈哈你看这条骗子短信，说我涉嫌洗钱要资金清查，还让我加QQ，我截图举报了",
        # Advice that a paid "停息挂账" is a fraud: the quoted offer is no offer.
        "妈，你问的那个“停息挂账”我查了，银行自己就能协商分期，网上那些收服务费的多半是骗人的。",
        # A colleague's story of a paid debt fix, told as a warning.
        "我同事之前找了个“债务优化”公司，说能帮她停息挂账，先交了5000服务费，结果被拉黑了……"
        "所以大家千万别信这些中介，跟银行协商不花一分钱。",
    ],
)
def test_a_warning_told_to_others_asks_nothing(text: str) -> None:
    assert check(text).reading == "none", check(text)


def test_a_past_story_told_as_a_warning_asks_nothing_by_the_rules() -> None:
    # What was asked then is told, not asked now. The rules read none; the learned model
    # may still read one's own story as the fraud it tells (second._told_not_asked leaves
    # a retelling of one's own call to it), which only adds "if money has gone, call 110".
    text = (
        "跟你们讲 我上周被骗了 有个自称银行kf的说我额度异常 让我下了个app 共享屏幕 还让我把"
        "验证码念给他 钱就没了 你们接到这种电话千万别理"
    )
    result = check(text, learned=False)
    assert result.reading == "none", result
    assert {"code", "screen-share"} <= set(result.told)


# Guards: the person's own call, retold as it happens, is still the fraud it tells.
@pytest.mark.parametrize(
    "text",
    [
        "刚接了个电话 对方说是网警 说我名下有冒名贷款要注销 让我把各个平台的额度都借出来"
        "转到他们的核销账户 这是真的吗",
        "俺今儿接了个电话，说是公安局的，说俺的卡涉嫌帮信，要把卡里的钱都转到他给的账户上"
        "验一下，验完就还，中不中啊",
    ],
)
def test_guard_a_call_told_by_the_one_it_asks_is_still_a_fraud(text: str) -> None:
    assert check(text).reading == "scam", check(text)


# ------------------------------------------------- (2) English: a code told, a transfer guided
def test_a_code_told_to_him_and_a_transfer_he_guides() -> None:
    text = (
        "got a text that my train was cancelled. the agent says for the refund I open "
        "Alipay, tap Transfer, type the amount he reads and tell him the code. real??"
    )
    result = check(text)
    assert {"code", "transfer"} <= _asks(text)
    assert result.reading == "scam"


# ------------------------------------------------- (3) a fee before a card or a membership
@pytest.mark.parametrize(
    "text",
    [
        "恭喜您获得快借VIP资格，开通会员（99元/月）即可享受最高10万额度优先放款，点击 kj-vip.cn/a1",
        "专业代办信用卡 额度3-8万 包下卡 前期收资料费200 下卡后再收10%手续费 有意私聊",
    ],
)
def test_a_fee_before_the_card_or_the_loan(text: str) -> None:
    assert "pay-before-loan" in _asks(text)
    assert check(text).reading == "scam"


# ------------------------------------------------- (4) the person's own account, by its digits
def test_a_banks_reminder_to_the_persons_own_account_is_no_fraud() -> None:
    text = (
        "【某某银行】尊敬的客户，您的消费贷款本期应还1,200.00元已逾期，请尽快存入尾号4421的"
        "还款账户或通过手机银行还款。如有疑问请致电95599，我行不会通过个人账户收款。"
    )
    assert "personal-account" not in _claims(text)
    assert check(text).reading != "scam"


# Guard: a named stranger's account is still one.
def test_guard_a_strangers_account_is_still_a_transfer() -> None:
    text = "您的借款已逾期，请今天把钱转到我们财务的个人账户6222 0000 1111 2222（户名：王某）"
    assert check(text).reading == "scam"


# ------------------------------------------------- (5) the sender's own lawsuit is no notice
@pytest.mark.parametrize(
    "text",
    [
        "姐，房东拖了两个月不退押金，我打算去法院起诉了。你之前找的律师电话还有吗？",
        "业主群通知：开发商延期交房的事，业委会已委托律师，下周向法院起诉，请每户签委托书。",
    ],
)
def test_the_senders_own_lawsuit_is_told_not_served(text: str) -> None:
    assert check(text).reading == "none", check(text)


# Guard: a lender's "we will sue" is still its pressure, not the sender's own story.
def test_guard_a_lenders_lawsuit_is_still_pressure() -> None:
    assert check("我方已准备向法院起诉，请尽快还款").reading == "pressure"


# ------------------------------------------------- (6) a deadline is a very short one
@pytest.mark.parametrize(
    "text",
    [
        "如今日内仍未处理，我司将联系您的紧急联系人。",
        "不配合今天下午就发通缉令",
        "过了今晚就直接进失信名单了",
        "您开通的保障服务将于明日起每月扣费599元。",
        "If not repaid within 2 days, your file goes to our legal team.",
    ],
)
def test_a_very_short_deadline(text: str) -> None:
    assert "deadline" in _claims(text), check(text)


@pytest.mark.parametrize(
    "text",
    [
        "请于3日内通过官方APP提交还款方案。",
        "Please repay within 7 days in the official app.",
        "兄弟，借你那3000月底前还就行，不急。",
    ],
)
def test_days_away_are_no_deadline(text: str) -> None:
    assert "deadline" not in _claims(text), check(text)


# ------------------------------------------------- (7) a screen-share app, an officer's account
@pytest.mark.parametrize(
    "text",
    [
        # Straight quotation marks, which the folding drops (curly ones were read before).
        '您的快递丢失了，我们三倍赔付，请按指引下载"星速会议"开启屏幕共享完成退款。',
        "客服说我开了会员要扣费，让我下个“云视通”共享屏幕，他一步步教我关。",
        "Huabei limit will be cut. To keep it, download 'MeetSafe' and share your screen "
        "with our agent.",
    ],
)
def test_an_app_downloaded_for_a_screen_share_is_a_remote_app(text: str) -> None:
    assert "remote-app" in _asks(text), check(text)


def test_an_officers_own_account_is_a_transfer() -> None:
    text = "你儿子涉赌被拘留了，办取保要交保证金3万，转到我们办案警官的账户，今天必须办好。"
    assert "transfer" in _asks(text)
    assert check(text).reading == "scam"


# Guard: the reader's own account beside an officer's name is no payee.
def test_guard_an_officer_naming_your_own_account_is_no_transfer() -> None:
    text = "我是派出所民警小刘 你的支付宝账户涉及一起案件 请明天带身份证来所里说明情况"
    assert "transfer" not in _asks(text)


# ------------------------------------------------- (8) money to a number, a code, his account
@pytest.mark.parametrize(
    "text",
    [
        "你的视频违规已被立案，罚款3000，今天交到支付宝139-0000-1234（李警官），交完截图给我",
        "内部通道放款，先交299加急费，扫我这个码就行，交了马上安排",
        "Fix your credit in 5 days. Fee RMB 1,800, half upfront by Alipay to 186-0000-7788.",
        "Credit report cleaned in a week. Scan the QR code below to pay our consultant directly.",
        "Xicheng Court: a suit is filed against you. To withdraw it, pay the RMB 2,000 deposit "
        "to his account after adding clerk Wang on WeChat.",
        "COURT NOTICE: add Judge Li on WhatsApp within 24h and pay the case guarantee fee.",
    ],
)
def test_money_to_a_number_a_code_or_his_account_is_a_transfer(text: str) -> None:
    assert "transfer" in _asks(text), check(text)


# ------------------------------------------------- (9) set 27's frauds read as none
@pytest.mark.parametrize(
    "text",
    [
        # A paid fix that "erases" records through an objection, no-win-no-fee.
        "【信用服务中心】您的征信有2条逾期记录，可申请异议处理一次性消除，办成后收费，详询139-0000-5512。",
        # Traditional characters the table lacked (刪, 詳).
        "徵信不良記錄可刪除！查詢過多、呆賬均可處理，詳情加QQ 2290017733",
        # The question after a space is the sender's ("这个靠谱吗"): the ask before it stands.
        "群里有人发 学生无息贷 凭学生证能借一万 要先交99元审核费 "
        "再把收到的验证码发给他就行 这个靠谱吗",
    ],
)
def test_set_27s_frauds_in_other_words(text: str) -> None:
    assert check(text).reading == "scam", check(text)


def test_bad_credit_that_can_be_erased_is_a_fix_offer_not_a_loan_ad() -> None:
    assert "fix-offer" in _claims("个人征信不良记录可删除，7个工作日见效")
    # Guard: a loan ad's "征信不良也能贷" is no fix offer.
    assert "fix-offer" not in _claims("征信不良也能贷，当天下款")


# ------------------------------------------------- (10) asks read where none was made
def test_a_word_before_a_quoted_name_is_no_download() -> None:
    # "搜一下“备用金”": 一下 then a quotation, not 下(载) an app of the sender's.
    text = "亲，您的快递丢了，双倍理赔，您打开支付宝搜一下“备用金”，先借出来走流程，我一步步教你"
    assert "install-app" not in _asks(text)
    assert "borrow-and-move" in _asks(text)


def test_a_code_before_the_payout_is_no_fee_before_it() -> None:
    text = "资料没问题，马上给您放款。放款前系统会发一个6位验证码，您报给我就行"
    assert "pay-before-loan" not in _asks(text)
    assert "code" in _asks(text)


def test_checking_funds_is_no_proof_of_funds_fee() -> None:
    # "核驗資金" folds to 核验资金, which holds 验资 (a fee to prove funds before a loan).
    text = "這裡是公安局刑偵支隊，請下載「公安防護」APP（jw-safe.net/app），按我說的來核驗資金"
    assert "pay-before-loan" not in _asks(text)
    assert check(text).reading == "scam"


# Guard: a fee before the payout still is one.
def test_guard_a_fee_before_the_payout_is_one() -> None:
    assert "pay-before-loan" in _asks("额度已批，放款前需缴纳2000元保证金，交完立即到账")


# ------------------------------------------------- (11) a fee by its name and its price
@pytest.mark.parametrize(
    "text",
    [
        "想撤案的私聊管理员登记，撤案费500一位，今晚截止",
        "签收文书需缴纳送达费30元",
        "一对一带你跟银行谈停息挂账，¥599包成功，私我",
        "先交66元资料审核费就能借",
    ],
)
def test_a_fee_named_with_its_price(text: str) -> None:
    assert "fees" in _claims(text), check(text)


# Guard: a court's own execution fee is no extra fee.
def test_guard_a_courts_execution_fee_is_none() -> None:
    text = (
        "【某某区人民法院】你在（2025）某0101执123号案中应付执行款及执行费共计3200元，"
        "请到本院缴纳。"
    )
    assert "fees" not in _claims(text)


# ------------------------------------------------- (12) found in the terminal walkthrough
def test_a_friend_who_found_a_teacher_to_fix_credit() -> None:
    # Set 28, after its first pass: the rules read pressure (a fee), the learned labels a
    # fix and a chat; now the rules show both where they are written.
    text = "我征信之前也花了，找了个老师帮我修复的，收费两千先付一半，我把她微信推你，就说我介绍的"
    assert "fix-offer" in _claims(text)
    assert "chat-contact" in _asks(text)
    assert check(text, learned=False).reading == "scam"


# Guard: a friend who fixed a phone is no debt fix.
def test_guard_a_friend_who_fixed_a_phone() -> None:
    assert "fix-offer" not in _claims("我手机屏碎了，朋友帮我修复好了，推荐给你那家店")
