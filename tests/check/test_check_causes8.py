"""check, eighth round: the general causes behind the seventh held-out set's misses.

Every message here is new wording written for this file (none is from a corpus or a
held-out set). In the brief's order: (1) real messages no longer read as ``scam``: a bank's
own code SMS that warns, a notice that it will never ask, a relative's story, a lender's
own company account, a bank's dormant-account notice, news of a relative's case;
(2) frauds no longer read ``none``: a wallet balance "pushed" to an officer's wallet, a
"temporary repayment account"; (3) frauds no longer read ``pressure``: a "police" money
demand kept from the family, a cancelled student loan guided in a chat, a paid
debt-negotiation offer that wants card and ID numbers. Guards both ways.
"""

from __future__ import annotations

import pytest

from debthelp.check import check, scan
from tests.check.corpora import DATA, corpora_before, measure


def _ids(text: str) -> set[str]:
    return {hit.id for hit in scan(text)}


# ------------------------------------------------- (1) real messages are not scams
@pytest.mark.parametrize(
    "text",
    [
        # the bank gives the code for the reader's own transfer and warns; it asks nothing
        "【工商银行】您正在向尾号6620的账户转账3000元，验证码417725，收款人尾号6620，"
        "请勿将验证码告知任何人，任何索要验证码的都是诈骗。",
        "【农业银行】验证码：902311，您正在进行手机银行转账，收款人尾号0417。任何人向您索要验证码均为诈骗。",
        # a notice that the sender will never ask, and what to do if someone does
        "Campus Library: we will never ask for your PIN. If anyone asks you to share your "
        "screen or read out a code, end the call.",
        "【某保险】本公司不会索要密码。如果有人让您共享屏幕，请立即挂断。",
        # a relative's story: a card frozen, going to the counter in person
        "小姨说她的社保卡被冻结了，要本人去网点刷脸认证，下午我陪她去",
        # the lender's own company account, named with its company
        "【某消费金融】您的账单已逾期，可在APP还款或汇款至对公账户："
        "某某消费金融股份有限公司 建设银行 4100 xxxx。",
        # a bank's dormant-account notice: not a judicial freeze, go to a branch with ID
        "【某商业银行】您尾号1188的账户已转为睡眠户（非司法冻结），请本人持身份证到柜台办理。",
        # news that a relative's case was decided
        "姐，咱二舅那个官司判下来了，赢了，你有空给他打个电话",
        # a collector who says it takes no private transfers
        "你欠的钱今天必须还，APP里还就行，我们不接受私人转账，再拖就去你单位",
    ],
)
def test_real_messages_are_not_scams(text: str) -> None:
    result = check(text)
    assert result.reading != "scam", result
    assert not {"transfer", "code", "screen-share"} & _ids(text), result


@pytest.mark.parametrize(
    "text",
    [
        # the same shapes that do ask stay scams
        "【某银行】您的账户异常，请把收到的验证码告诉客服，转到收款人张某的卡上。",
        "还款请转到对公账户：刘某某 6222 0000 1111 2222，今天必须到账",
        "If someone calls, that is us: share your screen with our agent and read out the code.",
        "我是银行客服，您的社保卡被冻结，请下载会议App共享屏幕，刷脸认证后解冻",
    ],
)
def test_the_same_shapes_that_ask_stay_scams(text: str) -> None:
    assert check(text).reading == "scam", scan(text)


def test_a_judicial_freeze_is_still_an_official_step_a_non_judicial_one_is_not() -> None:
    assert "official-step" in _ids("【某银行】您的账户已被司法冻结，请咨询冻结机关。")
    assert "official-step" not in _ids("【某银行】账户只收不付（非司法冻结），请到网点处理。")


# ------------------------------------------------- (2) frauds read none
@pytest.mark.parametrize(
    "text",
    [
        # a balance pushed to an "officer's" wallet number: a transfer by another name
        "【反诈中心】您的数字钱包涉嫌洗钱，请把余额推送到警官钱包，"
        "编号 7788 0000 1122，核查后返还。",
        "你的钱包被冻结了，把资金转入监管钱包就能解冻，钱包编号我发你",
        # a "temporary repayment account" the service gives: not the lender's own
        "【某借】您可享受利率下调，需先把原贷款还到临时还款账户，客服稍后联系您。",
        "降息名额已为您保留，请把欠款转入过渡账户后重新申请。",
    ],
)
def test_a_transfer_by_another_name_is_a_scam(text: str) -> None:
    result = check(text)
    assert "transfer" in _ids(text), result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        # one's own wallet and the lender's own channels ask nothing
        "我把余额从支付宝转到自己的数字人民币钱包了",
        "【某借】本期账单已出，请在APP内还款。",
    ],
)
def test_ones_own_wallet_and_the_official_app_are_no_transfer(text: str) -> None:
    assert "transfer" not in _ids(text), scan(text)
    assert check(text).reading != "scam"


# ------------------------------------------------- (3) frauds read pressure
@pytest.mark.parametrize(
    "text",
    [
        # "police" who want money for a relative and to keep it from the family
        "俺是县公安局的，你外孙在这边闯了祸，要赔偿三万，这事别跟他爸妈讲",
        "我是派出所民警，你儿子打伤了人，私了要两万块，千万不要和家里人说",
    ],
)
def test_a_police_money_demand_kept_from_the_family_is_a_scam(text: str) -> None:
    result = check(text)
    assert "secrecy" in _ids(text), result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        # money for damages with no secrecy and no claimed role: a family matter
        "儿子同学把人打伤了，对方要赔偿两万，他爸妈正在商量",
        # keeping a surprise from the family is no secrecy
        "生日礼物的事别跟我妈说哈",
    ],
)
def test_damages_or_a_surprise_alone_are_no_scam(text: str) -> None:
    assert check(text).reading != "scam", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        # a student loan "opened" once and to be cancelled, then a chat and someone's guidance
        "【某金融客服】系统显示您读书时办过校园贷，需今天注销，否则上报征信，请加企业微信按客服指引操作。",
        "您好，您大学时开通过学生贷，今天必须关闭，加我微信 kf2233 按指引注销。",
    ],
)
def test_a_student_loan_cancelled_in_a_chat_is_a_scam(text: str) -> None:
    result = check(text)
    assert "service-pretext" in _ids(text), result
    assert result.reading == "scam", result


def test_an_apps_own_prompts_are_not_someones_guidance() -> None:
    assert "guided" not in _ids("【某银行】请在手机银行按页面提示操作完成签约。")


@pytest.mark.parametrize(
    "text",
    [
        # a paid negotiation that wants card and ID numbers: fix-offer + personal data
        "朋友说有人专门帮人跟平台协商，能把罚息全免了，把卡号和身份证给他就行，收点服务费",
        "有个老师帮你和银行谈，利息都停掉，只还本金，你把身份证号发他",
    ],
)
def test_a_paid_negotiation_that_wants_numbers_is_a_scam(text: str) -> None:
    result = check(text)
    assert "fix-offer" in _ids(text), result
    assert result.reading == "scam", result


def test_a_lenders_own_negotiation_in_its_app_is_no_fix_offer() -> None:
    text = "【某银行】如您还款困难，可在APP内申请分期，具体以审批为准。"
    assert "fix-offer" not in _ids(text), scan(text)
    assert check(text).reading != "scam"


# ------------------------------------------------- all seventeen training corpora
# The eighth round, set 7 (w14, w15) now training data too. Measured at the time of writing
# (BENCHMARKS.md, "eighth round"). Thresholds a little below; held-out set 8 is the lead's.
def test_all_seventeen_training_corpora_in_the_writers_scheme() -> None:
    # The seventeen of the eighth round (set 8 joined them in the ninth: test_check_learned).
    files = corpora_before(8)
    assert len(files) == 17 and DATA / "check_train_v7_w15.yaml" in files
    f = measure(files, learned=False)
    assert f["messages"] >= 1040
    assert f["scams_read_as_none"] == 0
    assert f["scam_recall"] >= 0.997
    assert f["real_court_notices_read_as_scam"] == 0
    assert f["reading_accuracy"] >= 0.97
    # One message less since the twelfth round: set 5's "我手机上老是收到什么法院的短信 说我欠钱
    # ……是不是骗子" asks about the sender's own case and now reads verify (check with
    # 12368), which its writer labelled none.
    assert f["ordinary_read_as_none"] >= 0.975
    assert f["claims"]["precision"] >= 0.925 and f["claims"]["recall"] >= 0.87
    # Asks recall 0.895 until the twelfth round: a well-known official number (12368, 95xxx,
    # 96110) named in a message is no longer `call-back` (its advice, "do not call the
    # number in the message", was wrong for them). The older writers split on it.
    assert f["asks"]["precision"] >= 0.95 and f["asks"]["recall"] >= 0.885


# ------------------------------------------------- (4) a mediation centre's own notice
@pytest.mark.parametrize(
    "text",
    [
        "【和信调解委员会】您的借款纠纷已转入本中心调解，请于5日内在平台官方APP确认还款方案。",
        "【某某调解中心】平台已将您的逾期案件委托我中心调解，请于一周内登录官方App查看方案，"
        "未达成协议的将转诉讼，相关费用由您承担。",
    ],
)
def test_a_mediation_centres_own_notice_that_asks_nothing_is_verify(text: str) -> None:
    result = check(text)
    assert "mediator-voice" in _ids(text), result
    assert result.reading == "verify", result


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a threat to the family or the workplace is still pressure
        ("【某某调解中心】本中心受理你的欠款纠纷，三日内不处理将通知你单位和家人。", "pressure"),
        # a fee to a chat is still a scam
        ("【某某调解中心】我中心受理你的案件，加调解员微信 tj8899 先交调解费500元。", "scam"),
        # a lender that will hand the debt to mediation is still its own pressure
        ("您的欠款已逾期，我司将委托第三方调解机构处理，请登录官方App还款。", "pressure"),
    ],
)
def test_a_mediation_centres_threat_or_fee_and_a_lenders_plan_keep_their_reading(
    text: str, reading: str
) -> None:
    assert check(text).reading == reading, scan(text)


def test_a_collectors_threat_that_refuses_private_transfers_asks_for_none() -> None:
    text = "你欠的账再不还，就发到你们村微信群里，钱走APP，我们不收任何私人转账。"
    result = check(text)
    assert "transfer" not in _ids(text) and "personal-account" not in _ids(text), result
    assert result.reading == "pressure", result


# ------------------------------------------------- the same causes in other words
@pytest.mark.parametrize(
    "text",
    [
        "Police: your e-CNY wallet is under review. Move the balance to the officer's wallet "
        "number 5521 0093 today.",
        "【某呗】利率可下调，先把欠款还到客服给您的银行卡，再重新申请。",
        "Your nephew is at our station after a fight; the family wants bail of 20,000 yuan. "
        "Don't tell his parents.",
        "我们是派出所的，你孙子被抓了，交8000保证金就能放出来，这事先别跟家里人讲",
    ],
)
def test_the_same_frauds_in_other_words_are_scams(text: str) -> None:
    assert check(text).reading == "scam", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "I moved the balance to my own wallet number 0012, all fine.",
        "He is at the train station; don't tell his parents about the surprise party.",
        "【某呗】本期账单已出，请在APP内还款，客服不会提供任何个人还款账户。",
    ],
)
def test_ones_own_wallet_a_station_and_a_lenders_warning_are_no_scam(text: str) -> None:
    assert check(text).reading != "scam", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        # bail "to release" a relative, kept from the spouse
        "我是市局经侦的，你侄子涉案了，得交2万取保，别告诉你爱人",
        # no role at all: money to the account the sender gives, kept from the parents
        "你外甥在我这，把人车撞了，赔3万就算了，别跟他爸妈说，钱转到我给你的卡上",
        # a retold paid negotiation that wants the ID card's photo sent over
        "同事说有人能帮她跟贷款公司协商停息，让把身份证正反面发过去",
    ],
)
def test_bail_damages_and_a_retold_negotiation_are_scams(text: str) -> None:
    assert check(text).reading == "scam", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        # a loan between friends kept from a spouse: no damages, no guided steps
        "借我两千，转我微信，别跟我老婆说哈",
        # damages settled by the insurers, told to family
        "撞车的事保险赔了3万，爸妈都知道了",
        # one's own ID photo sent to a relative for a train ticket
        "妈，把你身份证照片发我，我帮你买车票",
        # at a government window, in person
        "社保卡冻结了，要本人去社保大厅刷脸",
    ],
)
def test_a_friends_loan_insured_damages_and_ones_own_errands_are_no_scam(text: str) -> None:
    assert check(text).reading != "scam", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "【某融资担保】您的借款已逾期，可转账至本公司对公账户：某某融资担保有限公司 平安银行 xxxx，"
        "备注合同号。",
        "Your instalment is overdue. Repay in the app or by bank transfer to our company account: "
        "Example Finance Ltd, Bank of China.",
    ],
)
def test_a_lenders_company_account_named_with_its_company_is_no_transfer(text: str) -> None:
    result = check(text)
    assert not {"transfer", "personal-account"} & _ids(text), result
    assert result.reading != "scam", result


@pytest.mark.parametrize(
    "text",
    [
        # a company account with no company named, or a person's name, is still a transfer
        "Your loan is overdue. Transfer to our company account 6222 1234 5678 now.",
        "欠款请转至对公账户：王某 6222 0000 1111 2222，今天到账",
    ],
)
def test_an_account_without_its_company_is_still_a_transfer(text: str) -> None:
    assert check(text).reading == "scam", scan(text)


def test_a_new_number_that_wants_money_to_its_account_is_a_scam() -> None:
    text = "Mum, new number, my old phone died. Can you send 500 to my account 6217 0000 today?"
    assert "transfer" in _ids(text), scan(text)
    assert check(text).reading == "scam"


def test_a_new_number_alone_is_no_transfer() -> None:
    text = "Got a new number, old one was stolen. Save this one!"
    assert "transfer" not in _ids(text), scan(text)
    assert check(text).reading == "none"


def test_a_police_demand_kept_from_the_parents_in_english_is_a_scam() -> None:
    text = (
        "Police: your grandson broke a window in a fight. The owner wants 8,000 yuan. "
        "Keep it from his mum; I'll text you the card number."
    )
    assert "secrecy" in _ids(text), scan(text)
    assert check(text).reading == "scam"


@pytest.mark.parametrize(
    "text",
    [
        "Dad: my brother's court case was settled last week, finally. See you at New Year.",
        "Keep it from your dad, the party needs 200 yuan from each of us.",
    ],
)
def test_a_relatives_case_and_a_party_kept_secret_in_english_are_none(text: str) -> None:
    assert check(text).reading == "none", scan(text)


def test_a_loan_already_passed_to_a_centre_is_no_borrow_and_move() -> None:
    text = "【某调解中心】您在某平台的借款已转入本中心，三日内不处理将通知您的家人和村委会。"
    result = check(text)
    assert "borrow-and-move" not in _ids(text), result
    assert result.reading == "pressure", result


def test_borrowing_on_a_platform_then_moving_it_is_still_borrow_and_move() -> None:
    text = "你先在白条借3000然后转到我发你的卡上"
    assert "borrow-and-move" in _ids(text), scan(text)
    assert check(text).reading == "scam"


def test_checking_the_payee_of_ones_own_transfer_is_no_transfer() -> None:
    text = "今天在网点给我妈转了生活费，柜员让我确认收款人，顺利办完"
    assert not {"transfer", "personal-account"} & _ids(text), scan(text)
    assert check(text).reading == "none"


def test_an_english_rate_cut_through_a_temporary_account_is_a_scam() -> None:
    text = (
        "Hi, this is the lender's rate team. Your interest can be reduced to 4%; first repay "
        "the old loan into the transit account our specialist will send you."
    )
    result = check(text)
    assert {"service-pretext", "transfer"} <= _ids(text), result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "Moved this month's bonus by bank transfer to my savings account, all good.",
        "Banks may lower rates again this year, the news says.",
    ],
)
def test_ones_own_savings_and_rate_news_are_none(text: str) -> None:
    assert check(text).reading == "none", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        # an app "to give a statement" in, from someone who claims to be police
        "这边是区公安分局刑侦大队，你的银行卡涉嫌洗钱，现在下个“警民通”软件做一下笔录",
        # a fee handed "to me here" by someone who claims a role
        "我是物流客服，你的件被扣在海关了，要补200块税费，付到我这边我帮你放行",
    ],
)
def test_a_statement_in_an_app_and_a_fee_to_me_here_are_scams(text: str) -> None:
    assert check(text).reading == "scam", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "周末下个新游戏app一起开黑",
        "你的案子已经转到我们这边了，明天来所里说明情况",
    ],
)
def test_a_game_app_and_a_case_passed_on_are_no_scam(text: str) -> None:
    assert check(text).reading != "scam", scan(text)


def test_a_quality_refund_moved_to_a_chat_is_a_scam() -> None:
    text = "您好，我是某宝售后，您买的保温杯质检不合格，给您三倍赔付，麻烦加下我们售后QQ 556677"
    result = check(text)
    assert "service-pretext" in _ids(text), result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "你买的那个奶粉检测出质量问题了，新闻说厂家会退款",
        "【某银行】您的账户因长期未使用将被限制非柜面交易，如有疑问请致电95588或到网点咨询。",
    ],
)
def test_a_recall_in_the_news_and_a_banks_own_notice_are_none(text: str) -> None:
    assert check(text).reading == "none", scan(text)


def test_an_english_offer_to_get_records_removed_is_a_fix_offer() -> None:
    text = "We can get all your late payment records cleared, fee 3000 yuan, half upfront."
    assert "fix-offer" in _ids(text), scan(text)
    assert check(text).reading == "scam"


def test_the_five_year_rule_told_in_english_is_no_fix_offer() -> None:
    text = (
        "Good news: an overdue record is deleted from the credit report five years after repayment."
    )
    assert "fix-offer" not in _ids(text), scan(text)
    assert check(text).reading == "none"


@pytest.mark.parametrize(
    "text",
    [
        "【某派出所】请您于周五上午带身份证来所里说明情况，值班电话0571-8xxxxxxx。",
        "Police notice: please come to your nearest police station with your ID on Friday.",
    ],
)
def test_police_who_ask_to_come_in_person_read_verify(text: str) -> None:
    result = check(text)
    assert "official-step" in _ids(text), result
    assert result.reading == "verify", result


def test_police_who_only_give_a_number_to_call_stay_a_scam() -> None:
    text = "【某公安局】你的银行卡涉嫌洗钱，请立即拨打0571-88990011配合调查。"
    assert check(text).reading == "scam", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        # a lender that says it charges nothing before the loan, and who to report to
        "【某消费金融】您的借款申请已审批通过，放款前不收取任何费用，如有人索要解冻费请拨打官方客服举报。",
        "【某银行】额度已批。如有人向您索要保证金，请立即挂断。",
    ],
)
def test_a_lender_that_charges_nothing_before_the_loan_is_no_scam(text: str) -> None:
    result = check(text)
    assert "pay-before-loan" not in _ids(text), result
    assert result.reading != "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "您的贷款已审批通过，放款前需先缴纳2000元保证金，请尽快办理。",
        "额度已批下来了，如果想马上到账，请先交3000解冻费，不交就不放款",
    ],
)
def test_a_fee_before_the_loan_stays_a_scam(text: str) -> None:
    assert check(text).reading == "scam", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        # a fraud wrapped in the warnings this round reads as warnings still asks
        "如有人冒充客服让你转账，请立即挂断。我是平台客服，你现在把钱转到我们指定账户。",
        "本行放款前不收取任何费用。您的额度已批，请把收到的验证码告诉专员完成放款。",
        "We will never ask for your password. Now send us the verification code you just got.",
    ],
)
def test_a_fraud_wrapped_in_a_warning_still_asks(text: str) -> None:
    assert check(text).reading == "scam", scan(text)
