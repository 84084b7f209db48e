"""check, fourth round: the general causes behind the third held-out set's misses.

Every message here is new wording written for this file (none is from a corpus or a
held-out set). A fraud must never read ``none``: a code is known by its structure (a
number sent to the person's phone, to be read out or sent to the sender), a transfer by
the person's money moved into an account the sender names and the promise that it comes
back, and under both a safety net (someone claiming authority who tells the person to
move money or tell numbers). Then the smaller causes: a short threat of a visit, typos
of debt words, a fee before the loan, English deadlines and visits, a joke among friends,
a question about an offer, English news. Each cause has guards in both directions."""

from __future__ import annotations

import pytest

from debthelp.check import check, scan
from debthelp.check.normal import fold, normalise
from tests.check.corpora import DATA, corpora_before, measure


def _ids(text: str) -> set[str]:
    return {hit.id for hit in scan(text)}


# ------------------------------------------------- (1a) a code, by its structure
@pytest.mark.parametrize(
    "text",
    [
        "警官：我们给你手机发了一串4位数字，是身份核对码，现在报给我，马上帮你解除限制。",
        "刚才那条短信里的几位数字你读一下给我，我这边给你备案。",
        "你把手机收到的编号告诉我一下，核对完就没事了",
        "客服小王：把短信内容截图发我，我帮您取消扣费。",
        "验证码已经发到你手机了，念给我一下",
        "This is the cyber police. Read me the digits that were just texted to your phone.",
        "Please tell us the 6-digit number we sent to your phone so we can close the case.",
    ],
)
def test_a_number_sent_to_the_phone_and_asked_back_is_a_code(text: str) -> None:
    result = check(text)
    assert "code" in {hit.id for hit in result.asks}, result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        # a real court or bank message that sends a code and says never to tell it
        "【人民法院】验证码已发送到您的手机，验证码618204，请勿告诉他人。",
        "【12368】您的案件查询验证码已发送至您的手机，请勿将验证码告诉任何人，包括法院工作人员。",
        "您的短信验证码已发到手机上，请在页面输入6位数字完成登录，切勿告诉他人。",
        "Your verification code has been sent to your phone. Never tell it to anyone.",
    ],
)
def test_a_code_sent_with_a_warning_asks_nothing(text: str) -> None:
    result = check(text)
    assert "code" not in {hit.id for hit in result.asks}, result
    assert result.reading != "scam", result


# ------------------------------------------------- (1b) a transfer, by its structure
@pytest.mark.parametrize(
    "text",
    [
        "平台客服：您的账户被误设为商户，需把8000元转到备用账户做一次核对。",
        "为证明资金来源合法，请将卡内余额存入我们的过渡账户，核查完毕原路返还。",
        "您好，取消会员需要把2000块打到测试卡，五分钟后自动退回。",
        "请把5000元存到这张备案卡里，核对无误后原路退回。",
        "Move your savings into the audit account we give you; it will be returned in an hour.",
        "Transfer the money to the account below for checking; it will be returned "
        "automatically in 10 minutes.",
    ],
)
def test_money_moved_into_an_account_the_sender_names_is_a_transfer(text: str) -> None:
    result = check(text)
    assert "transfer" in {hit.id for hit in result.asks}, result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        # a family member's own payment, a refund, a warning that quotes the trick
        "妈：你表哥让我把他还的5000转到你卡上了，你查一下",
        "儿子，我把这个月的房租转到房东卡里了，你不用管了",
        "您的订单退款将原路退回，请勿相信任何要求转账的电话。",
        "新闻：警方提醒，骗子自称客服，要求把钱转入“安全账户”，并称10分钟后自动退回，这都是诈骗。",
    ],
)
def test_a_payment_told_or_warned_of_is_no_transfer(text: str) -> None:
    result = check(text)
    assert "transfer" not in {hit.id for hit in result.asks}, result
    assert result.reading == "none", result


# ------------------------------------------------- (1c) the safety net: authority + a demand
@pytest.mark.parametrize(
    "text",
    [
        "我是派出所的王警官，你的账户涉案，现在把余额全部转到我们这边进行登记，不然就冻结。",
        "这里是公安局，你手机收到的那串数字报给我，我们核对一下身份。",
        "民警小张：你涉嫌洗钱，马上做一笔转账配合调查。",
        "支付宝客服：您的花呗收费标准有误，需要您做一笔转账验证。",
    ],
)
def test_authority_with_a_demand_is_a_scam(text: str) -> None:
    result = check(text)
    assert result.reading == "scam", result


def test_a_demand_alone_from_no_authority_is_not_a_scam() -> None:
    # a friend asking for a loan back: no one claims authority
    result = check("你上次借我的钱转到我支付宝就行，不急")
    assert result.reading != "scam", result
    assert "demand" not in _ids("你放心，钱我已经转到你卡上了")


def test_impersonation_alone_is_never_none() -> None:
    # an official claim with nothing asked is not reassuring
    result = check("民警小李：你名下的账户涉嫌洗钱，请配合调查。")
    assert result.reading != "none", result


# ------------------------------------------------- (2) the smaller causes
@pytest.mark.parametrize(
    "text",
    ["钱再不还，后天就上你们家门", "再不处理，我们明天上您单位门"],
)
def test_a_short_threat_of_a_visit(text: str) -> None:
    assert "visit" in _ids(text)
    assert check(text).reading == "pressure"


def test_a_door_is_no_visit() -> None:
    assert "visit" not in _ids("快递放你家门口了，记得拿")


@pytest.mark.parametrize(("typo", "word"), [("逾其", "逾期"), ("欠歀", "欠款"), ("起述", "起诉")])
def test_typos_of_debt_words_are_read_as_the_word(typo: str, word: str) -> None:
    assert normalise(f"你已{typo}三天").text == fold(f"你已{word}三天")


def test_a_condition_and_its_consequence_is_a_threat() -> None:
    result = check("你的借款严重逾其了，再不处理就上报征信，后果你懂的")
    assert result.reading == "pressure", result
    # a bank's own reminder has no such threat
    assert check("【银行】您的信用卡已逾期，请尽快还款，以免影响信用记录。").reading == "none"


@pytest.mark.parametrize(
    "text",
    [
        "贷款已经批了，走内部流程要收2000手续费，放款后扣也可以，不过要先交一半。",
        "您的额度下来了，包装费4000元，得先交，款项随后到账。",
    ],
)
def test_a_fee_paid_first_for_a_loan(text: str) -> None:
    result = check(text)
    assert "pay-before-loan" in {hit.id for hit in result.asks}, result
    assert result.reading == "scam", result


def test_a_loan_fee_taken_from_the_loan_is_no_fee_first() -> None:
    result = check("您的贷款已放款，服务费已从放款金额中扣除，详见合同。")
    assert "pay-before-loan" not in {hit.id for hit in result.asks}, result


def test_english_final_notice_with_contacts_and_agents() -> None:
    text = (
        "LAST NOTICE: your loan is overdue. Pay by 5pm today or we will message all the "
        "contacts in your phone and send our agents to your home."
    )
    found = _ids(text)
    assert {"third-party", "visit", "deadline"} <= found, found
    assert check(text).reading == "pressure"


def test_english_contacts_of_a_club_are_no_third_party() -> None:
    assert "third-party" not in _ids("We will email every member of the club about the picnic.")


@pytest.mark.parametrize(
    "text",
    [
        "哈哈哈你再不还我那杯咖啡钱，我就去法院告你🤣",
        "lol if you don't pay me back for lunch I'm suing you",
    ],
)
def test_a_joke_among_friends_is_no_lawsuit_threat(text: str) -> None:
    assert check(text).reading == "none"


def test_a_collector_who_says_it_is_no_joke_still_presses() -> None:
    result = check("别以为我们在开玩笑，再不还款明天就上门")
    assert result.reading == "pressure", result


@pytest.mark.parametrize(
    "text",
    ["那个征信修复靠谱吗？我最近被催得很烦", "停息挂账是真的吗 有人办过没"],
)
def test_a_question_about_an_offer_is_no_offer(text: str) -> None:
    assert "fix-offer" not in _ids(text)
    assert check(text).reading == "none"


def test_an_offer_is_still_an_offer() -> None:
    result = check("专业办理停息挂账，包成功，先交定金，加微信详谈")
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "Did you read the news about fake police calls? Tell your mum to hang up on them.",
        "My neighbour almost paid a fake loan officer. Ignore texts like that.",
    ],
)
def test_english_news_and_warnings_are_not_read_as_one(text: str) -> None:
    assert check(text).reading == "none"


def test_a_civil_dispute_is_no_crime() -> None:
    assert "criminal" not in _ids("【法院】您涉嫌借款合同纠纷一案已立案，请登录官方平台查看。")
    assert "criminal" in _ids("你涉嫌信用卡诈骗，已经移交公安")


# ------------------------------------------------- (1d) authority of any kind + a demand
@pytest.mark.parametrize(
    "text",
    [
        "您好，这边是平台风控部，您的借款合同存在违规，需要您配合把资金挪到我们给的账号做一次核对。",
        "我是你们公司人事，领导让你先把这笔款垫付一下，打到这个卡上，明天报销。",
        "你好，我是京东客服，你的白条利率过高，需要你配合操作一下，你先打开手机银行。",
        "我是法院执行庭的，你的案子可以庭外和解，把和解金打到书记员的卡上就行。",
        "您好，我们是XX银行信用卡中心，额度可以提升，需要先转2000到指定商户激活。",
        "Hi, this is your loan officer. Send 10% to our partner's wallet and the full amount "
        "will be released.",
    ],
)
def test_anyone_claiming_authority_who_demands_money_is_a_scam(text: str) -> None:
    result = check(text)
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        # real reminders: the money goes to the person's own account or the official app
        "This is your bank. Your statement is ready; pay the balance to your card account by "
        "the due date in our app.",
        "【招商银行】您的信用卡本期账单已出，请于10日前存入您的还款账户，可登录手机银行查看。",
        "【某消费金融】您好，我是客服小王，您本期应还1200元，请在APP内还款，如需帮助可联系我。",
    ],
)
def test_authority_with_no_demand_is_not_a_scam(text: str) -> None:
    assert check(text).reading != "scam"


# ------------------------------------------------- (1e) frauds that avoid the usual nouns
@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (
            "恭喜，您的5万元已经审核下来了，只是银行卡流水不太够，往里面存一万块，系统识别后就能打款。",
            "pay-before-loan",
        ),
        ("你的借款已经到账，但需要解锁，请联系在线客服处理。", "pay-before-loan"),
        (
            "喂，我是市公安局的，你的身份证被人用来洗钱，现在需要你把名下所有存款集中到一张卡上。",
            "transfer",
        ),
        (
            "This is the customs office. A police officer will contact you on Skype to clear your "
            "name.",
            "chat-contact",
        ),
        ("客服：亲，您的订单需要退款，请在支付宝里搜索备用金开通一下。", "borrow-and-move"),
    ],
)
def test_frauds_without_the_usual_nouns(text: str, ask: str) -> None:
    result = check(text)
    assert ask in {hit.id for hit in result.asks}, result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "你的征信有问题，需要做个修复，我们这边有人能处理，费用好说，先付一部分。",
        "你好，你的网贷我们可以帮你谈，让平台只收本金，你这边出点辛苦费就行。",
        "我是花呗的工作人员，你的账户被认定为学生账号，需要配合清理，加一下我的工作微信。",
        "你好我是快递员，你的快递丢了，可以赔偿，填一下银行卡信息就行。",
    ],
)
def test_offers_and_pretexts_in_new_words_are_scams(text: str) -> None:
    assert check(text).reading == "scam"


@pytest.mark.parametrize(
    "text",
    [
        "【工商银行】您尾号1234的信用卡本期账单2300元，最后还款日12月10日，请存入足额资金。",
        "【京东金融】您的借款已放款成功，资金已到账，请注意查收。",
        "老公，房贷这个月的钱我存到那张建行卡里了，记得扣款日是15号",
        "【支付宝】您的退款187元已原路退回至您的账户。",
        "客服小美：亲，您的快递已发出，单号SF1234567，请注意查收～",
        "爸，我手机收到一个验证码说是银行的，我没告诉别人，你说要紧吗",
        "你上次说的那个律师靠谱吗？我想咨询下离婚的事",
        "I'm from the bank's branch near you; your new card is ready for pickup at the counter.",
        "This is your landlord: please transfer this month's rent to my account as usual.",
    ],
)
def test_ordinary_messages_stay_none(text: str) -> None:
    assert check(text).reading == "none"


# ------------------------------------------------- all nine training corpora (568 messages)
# The fourth round, set 3 (w6, w7) now training data too. Measured at the time of writing:
# readings 0.977, scam recall 1.0 with no fraud read as none, claims 0.935 / 0.920, asks
# 0.963 / 0.922, no real court notice read as a scam, ordinary messages read as none 0.991.
# Thresholds a little below; held-out set 4 is the lead's.
def test_all_nine_training_corpora_in_the_writers_scheme() -> None:
    # the nine as they were; set 4 (check_train_v4_*) is measured in test_check_causes5
    files = corpora_before(4)
    assert len(files) == 9 and DATA / "check_train_v3_w7.yaml" in files
    f = measure(files, learned=False)
    assert f["messages"] >= 560
    assert f["scam_recall"] == 1.0
    assert f["scams_read_as_none"] == 0
    assert f["real_court_notices_read_as_scam"] == 0
    assert f["reading_accuracy"] >= 0.97
    assert f["ordinary_read_as_none"] >= 0.98
    assert f["claims"]["precision"] >= 0.92 and f["claims"]["recall"] >= 0.91
    assert f["asks"]["precision"] >= 0.95 and f["asks"]["recall"] >= 0.91


# ------------------------------------------------- (1f) English, Cantonese and secrecy
@pytest.mark.parametrize(
    "text",
    [
        "Congratulations, your loan of 50,000 is ready. Just cover the insurance (RMB 1,200) and "
        "it lands in your account within the hour.",
        "Your account was flagged. Please move your balance to the holding wallet I'll send you. "
        "You'll get it back.",
        "We can wipe your late payments off your record in 3 days. Small fee up front.",
        "Court notice: you have been sued. Download the court app from bit.ly/court-app and log "
        "in with your bank card to view.",
        "您嘅貸款已批核，請先過數3000蚊手續費去以下戶口，我哋即刻放款。",
        "尊敬的客户，您的账户存在风险，请将资金转移至由我们协助开立的新账户。",
        # an accusation of "a fraud case" is no news item, and secrecy is a demand
        "你好，我是公安局的，你涉嫌一起诈骗案，案件需要保密，稍后会有检察官联系你。",
    ],
)
def test_frauds_in_other_registers(text: str) -> None:
    assert check(text).reading == "scam", check(text)


@pytest.mark.parametrize(
    "text",
    [
        # real police and court notices: news of a fraud case, an app from the official store
        "警方通报：我市破获一起诈骗案，抓获嫌疑人5名，提醒市民提高警惕。",
        "【人民法院】您的案件已立案，请在微信搜索“人民法院在线服务”小程序查看，勿点陌生链接。",
    ],
)
def test_news_and_real_notices_stay_calm(text: str) -> None:
    assert check(text).reading != "scam", check(text)


# ------------------------------------------------- (1g) a fraud that warns, then demands
@pytest.mark.parametrize(
    "text",
    [
        "【反诈提醒】我是XX银行客服，最近骗子很多，为了保护您的资金，请配合我们把钱挪到我们给的"
        "账号做个隔离。",
        "近期骗子冒充客服很多，我们是官方的，请您先做一笔转账验证，验证后原路退回。",
        "警方提醒：千万不要相信陌生电话。我是反诈中心的，你需要下载我们发的软件保护账户。",
        "Beware of scams! This is your bank's security team. Please move your balance to the "
        "account we'll give you to keep it safe.",
    ],
)
def test_a_fraud_that_warns_and_then_demands_is_still_a_scam(text: str) -> None:
    assert check(text).reading == "scam", check(text)


@pytest.mark.parametrize(
    "text",
    [
        "警方提醒：骗子以客服名义要求受害人做一笔转账验证，并称验证后原路退回。",
        "同事说客服让她把钱转到新账户，结果被骗了",
        "我是招商银行客服，提醒您：请勿把钱转到陌生账户，谨防诈骗。",
    ],
)
def test_a_demand_told_as_news_or_warned_against_is_none(text: str) -> None:
    assert check(text).reading == "none", check(text)


# ------------------------------------------------- (2b) collection pressure in new words
@pytest.mark.parametrize(
    "text",
    [
        "你这个月再拖，我们只能按流程走了，到时候别说没提醒你。",
        "今天下班前必须把钱打到APP里，不然明天你爸妈就会接到电话。",
        "别以为换了号我们就找不到你，你老家在哪我们清清楚楚。",
        "Pay what you owe or everyone at your office will hear about it.",
        "We have your home address. Our team will be there Saturday if the balance isn't cleared.",
        "你朋友圈那些人，我们会一个个打电话过去问问你人品。",
    ],
)
def test_collection_pressure_in_new_words(text: str) -> None:
    assert check(text).reading == "pressure", check(text)


@pytest.mark.parametrize(
    "text",
    [
        "你家在哪我知道，周末去找你玩",
        "姐们，借我的500啥时候还呀，不急哈",
        "We will be there at 7 for dinner, see you Saturday!",
        "家里人都会收到请柬的，你放心",
    ],
)
def test_friends_and_family_are_no_pressure(text: str) -> None:
    assert check(text).reading == "none", check(text)


# ------------------------------------------------- (1h) money held back, a new number, a tutor
@pytest.mark.parametrize(
    "text",
    [
        "您的提现申请未通过，原因是账户信息不一致，请按照客服指引缴纳修改费后重新提交。",
        "系统提示您的收款卡号有一位输错了，资金被锁定，需要支付20%的资金作为验证才能解锁。",
        "您好，征信中心通知：您的个人信用出现异常，需在今天完成信用修复，请拨打以下专线处理。",
        "你的快递我们丢失了，按规定赔偿您，麻烦把您的支付宝打开，按照我说的点一下。",
        "Hi mom, it's me, I lost my phone. This is my new number. Can you send me 5000 urgently?",
        "We are from the loan platform. Your repayment failed because your card is frozen. Use "
        "this new card number to repay: 6222 1234 5678 9012.",
        "我是你的大学辅导员，学校有个助学补贴要发，需要你提供一下银行卡号和手机收到的验证信息。",
    ],
)
def test_money_held_back_and_other_pretexts(text: str) -> None:
    assert check(text).reading == "scam", check(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi mom, I lost my phone at the gym, using Tom's. Home by 7.",
        "【微信支付】您的提现已到账，请注意查收。",
        "班主任：明天家长会，请准时参加。",
    ],
)
def test_ordinary_news_of_money_and_school_stay_none(text: str) -> None:
    assert check(text).reading == "none", check(text)


# ------------------------------------------------- (3) real court notices in new words
@pytest.mark.parametrize(
    "text",
    [
        "【北京市朝阳区人民法院】您有一份诉讼文书待签收，请携带身份证原件于工作日到本院诉讼服务"
        "中心领取。",
        "【人民法院】您好，您的案件(2025)粤0304民初1234号已立案，请使用本人身份证号码和手机验证码"
        "登录人民法院在线服务查看，验证码请勿泄露。",
        "【上海金融法院】请您通过“上海移动微法院”小程序进行实名认证（上传身份证照片、人脸识别）后"
        "查看案件材料。",
        "【XX区人民法院】执行通知：请于7日内将执行款汇入本院执行款专户，逾期将依法强制执行。",
    ],
)
def test_real_court_notices_are_verify_not_scam(text: str) -> None:
    assert check(text).reading == "verify", check(text)


def test_a_code_asked_with_a_card_number_is_still_a_code() -> None:
    assert check("请提供您的银行卡号和密码，我们帮您核实").reading == "scam"


# ------------------------------------------------- (1i) a screen, a borrowing spree, a link
@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("客服：您开个视频，把手机对着电脑屏幕，我看着您操作。", "screen-share"),
        ("您打开会议软件后点右下角那个共享按钮，我这边就能看到您手机的画面了。", "screen-share"),
        (
            "Please open the meeting app and tap the button that lets me see what's on your phone.",
            "screen-share",
        ),
        (
            "你好，为配合调查，你需要把京东、美团、抖音里能借的都借出来，交给我们核查资金来源。",
            "borrow-and-move",
        ),
        (
            "Take out whatever loans you can on your apps and put the money into the account I'll "
            "give you for the review.",
            "borrow-and-move",
        ),
        ("您的账户出现异常，请点击下方蓝色字体进行验证：hxbank-verify.cn", "click-link"),
        ("您的ETC认证过期，请尽快在以下网址重新认证，以免影响通行 etc-gov.top", "click-link"),
        ("ni de zhanghu yichang, wo shi kefu, qing jia wo weixin chuli", "chat-contact"),
    ],
)
def test_asks_by_what_they_do(text: str, ask: str) -> None:
    result = check(text)
    assert ask in {hit.id for hit in result.asks}, result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "您的账户存在异常登录，如非本人操作请致电95555",
        "请在以下网址查看您的电子发票",
        "我能看到你的屏幕了，会议开始吧，先讲第一页PPT",
    ],
)
def test_a_security_notice_an_invoice_and_a_work_meeting_are_no_scam(text: str) -> None:
    assert check(text).reading != "scam", check(text)


def test_a_loan_fraud_fee_is_no_fix_offer_but_debt_optimisation_is() -> None:
    fee = "您的3万元借款已审批通过，为保障资金安全需先缴纳1500元保险保证金。"
    assert "fix-offer" not in _ids(fee)
    assert check(fee).reading == "scam"
    assert "fix-offer" in _ids("能帮你做个债务优化，利息全停，但得先交3800材料费")


# ------------------------------------------------- (1j) short calls that avoid every keyword
@pytest.mark.parametrize(
    "text",
    [
        "喂，你的银行卡出了点问题，我帮你处理一下，你先把卡里的钱都取出来。",
        "这边是抖音官方，您获得了一次免费提额机会，加我QQ领取。",
        "亲，你上次买的东西有个退款，我这边给你打钱，你看一下收到没，收到多了你再退给我。",
        "您的贷款额度可以提高到20万，只需要在我们这里做一下资质审核，审核费用298元。",
    ],
)
def test_short_calls_that_avoid_every_keyword(text: str) -> None:
    assert check(text).reading == "scam", check(text)


def test_a_stolen_card_handed_to_the_police_is_never_none() -> None:
    text = "我是银行的，你的信用卡被盗刷了，要想追回损失，需要配合警方调查，我把电话给你转过去。"
    assert check(text).reading != "none", check(text)


@pytest.mark.parametrize(
    "text",
    [
        "【招联金融】您本期应还1200元（含服务费20元），请按时还款。",
        "你多转了我50，我退给你了哈",
        "我把卡里的钱都取出来交房租了，这个月好紧",
    ],
)
def test_fees_in_a_bill_and_money_between_friends_stay_none(text: str) -> None:
    assert check(text).reading == "none", check(text)


# ------------------------------------------------- (1k) English calls in plain words
@pytest.mark.parametrize(
    "text",
    [
        "Your Huabei credit line shows an error. To avoid a credit mark, our specialist will walk "
        "you through it. Add WeChat: hb_help88.",
        "This is the fraud department of your bank. We've stopped a suspicious payment. To "
        "reverse it, please confirm the one-time passcode we just sent.",
        "Police here. Your account is tied to money laundering. Keep this confidential.",
    ],
)
def test_english_calls_in_plain_words(text: str) -> None:
    assert check(text).reading == "scam", check(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hey bro, can you lend me 500 till Friday? Send it to my Alipay.",
        "Reminder: your credit card bill of 3,200 is due on the 15th. Pay via the official app. "
        "Never share your code with anyone.",
        "The card reader showed an error, so I paid cash. Our agent will send the receipt.",
    ],
)
def test_english_everyday_messages_stay_none(text: str) -> None:
    assert check(text).reading == "none", check(text)


# ------------------------------------------------- (4) everyday messages with authority words
@pytest.mark.parametrize(
    "text",
    [
        "我是你楼下邻居，你家水管漏水了，麻烦回来看一下。",
        "老师：请各位家长把秋游费50元交给班长，谢谢配合。",
        "我是人事小刘，明天入职记得带身份证和银行卡复印件。",
        "我是银行的客户经理，您的定期存款今天到期，方便时来网点办理转存。",
        "财务通知：本月工资已打到大家工资卡，请查收。",
        "我是京东快递员，您的包裹放在丰巢了，取件码123456。",
        "今天去银行把定期转到余额宝了，利息高一点。",
        "你把钱转我支付宝就行，我帮你一起交水电费。",
        "我是平台客服，您的投诉已受理，我们会在3个工作日内回复您。",
    ],
)
def test_everyday_messages_with_authority_words_stay_none(text: str) -> None:
    assert check(text).reading == "none", check(text)


def test_money_to_me_from_someone_claiming_authority_is_a_scam() -> None:
    assert check("我是你领导，把钱转给我支付宝，急用").reading == "scam"


@pytest.mark.parametrize(
    "text",
    [
        "您好，這裡是銀行風控部，您的賬戶存在異常，請配合我們把資金轉到我們提供的安全賬戶進行核查。",
        "民警：你涉嫌洗錢，剛才發到你手機上的數字念給我，配合調查。",
        "我係客服，你張卡有問題，我幫你處理，你將卡入面啲錢轉去我哋指定嘅戶口。",
    ],
)
def test_traditional_and_cantonese_frauds(text: str) -> None:
    assert check(text).reading == "scam", check(text)


def test_a_cantonese_family_message_stays_none() -> None:
    assert check("我係你表姐，聽日去飲茶啊，記得帶錢").reading == "none"
