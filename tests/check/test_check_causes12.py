"""Issue 23, twelfth round: the asks (BENCHMARKS.md, "twelfth round").

Set 19's first pass left the asks the one target not met (precision 0.849, recall
0.812). Each group below is a cause found there or in the training corpora, written
here in new words; each failed before its change, except the guards (marked so), which
pass on both and keep what a change could have broken.
"""

from __future__ import annotations

import pytest

from debthelp.check import check


def _asks(text: str) -> set[str]:
    return {hit.id for hit in check(text).asks}


# ------------------------------------------------- (1) the official numbers are where to check
@pytest.mark.parametrize(
    "text",
    [
        "【某某银行】您尾号3308的信用卡本期账单已出，如有疑问请致电95588。",
        "【12368】您的案件已立案受理，详询12368。",
        "收到奇怪的电话先别慌，拿不准就拨打96110咨询。",
        "[XX Bank] Your card payment is overdue. Please repay in the app or call 95566.",
        "如遇问题请拨打12345政务服务便民热线。",
    ],
)
def test_a_well_known_official_number_is_no_call_back(text: str) -> None:
    # Its advice ("do not call the number in the message; look it up") would be wrong:
    # 12368, 96110 and a bank's 95xxx are the numbers the advice sends people to.
    assert "call-back" not in _asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "您的案件请详询书记员赵 138-0000-5521，逾期视为放弃。",
        "【安心借】资金已冻结，客服专线：400-812-3307。",
        "Your loan is frozen. Tel 400-615-2290 to release it.",
        "请联系区公安分局经侦大队刘警官 010-6655-2318 配合调查。",
        "办理专线400-632-1188，请尽快联系。",
    ],
)
def test_a_number_only_the_message_gives_is_call_back(text: str) -> None:
    assert "call-back" in _asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "您的借款已通过，请联系客服缴纳解冻金3000元后放款。",
        "客服说我流水不够，要先转5000刷流水才放款。",
        "客服说要赔我200块，我没信。",
    ],
)
def test_a_sum_of_money_is_no_phone_number(text: str) -> None:
    assert "call-back" not in _asks(text)


# ------------------------------------------------- (2) a meeting app the fraud names
@pytest.mark.parametrize(
    "text",
    [
        "我是开发区派出所的，要给你做笔录，下个“平安云会议”，房间号我发你，别挂电话。",
        "刚才有个人说是法院的，让我下载一个叫“诉讼会议”的app进房间核实流水，是真的吗",
        "Beijing PSB here. Join Tencent Meeting 521 880 413 and we will check your accounts.",
    ],
)
def test_a_meeting_app_named_by_the_caller_is_a_remote_app(text: str) -> None:
    assert "remote-app" in _asks(text)
    assert check(text).reading == "scam"


# ------------------------------------------------- (3) a fee before a loan needs a loan on its way
@pytest.mark.parametrize(
    "text",
    [
        "【某区人民法院】你在花呗的欠款已被起诉，如需撤诉，"
        "请缴纳和解保证金2000元，加书记员微信 fy-li01 办理。",
        "我是法院执行局的，你交1500撤案费就能撤销立案，加QQ 5566 2211 联系我。",
    ],
)
def test_a_fee_a_fake_court_names_is_a_transfer_not_a_fee_before_a_loan(text: str) -> None:
    asks = _asks(text)
    assert "transfer" in asks and "pay-before-loan" not in asks
    assert check(text).reading == "scam"


@pytest.mark.parametrize(
    "text",
    [
        "你的额度已经批下来了，先交800保证金才能提现。",
        "兄弟，你那笔贷款放不了款，后台说要先交个保证金1999，交完马上到。",
        "有人说能帮我贷款，要先交1500的保证金，我转不转？",
    ],
)
def test_a_fee_before_a_loan_on_its_way(text: str) -> None:
    # guard
    assert "pay-before-loan" in _asks(text)


# ------------------------------------------------- (4) a transfer said, not only a promise
def test_money_promised_back_beside_a_code_is_no_transfer() -> None:
    text = "这里是派出所，稍后你会收到一个验证码，报给我核实身份，多收的利息原路退回。"
    assert _asks(text) == {"code"}


def test_a_lenders_warning_against_private_accounts_asks_no_transfer() -> None:
    text = "你的欠款已逾期60天，今天内请在借款APP还款。只认APP还款，任何人让你转私人账户都别信。"
    assert "transfer" not in _asks(text)
    assert check(text).reading != "scam"


def test_money_to_an_account_the_caller_will_send_is_a_transfer() -> None:
    text = "我是分局刑警队的，你儿子涉案被控制了，不要告诉别人，准备三万保证金，我等下把账户发你。"
    assert "transfer" in _asks(text)
    assert check(text).reading == "scam"


@pytest.mark.parametrize(
    "text",
    [
        "Futian Court: a case was filed against you. To withdraw it, pay the RMB 2,000 "
        "withdrawal fee to clerk Zhao's Alipay today.",
        "NOTICE: the court has accepted a claim against you. Pay the mediation deposit of "
        "RMB 1,500 by tonight.",
    ],
)
def test_an_english_court_fee_is_a_transfer(text: str) -> None:
    assert "transfer" in _asks(text)
    assert check(text).reading == "scam"


# ------------------------------------------------- (5) the sender's own call
@pytest.mark.parametrize(
    "text",
    [
        "刚刚有个说是派出所的打电话，说我卡涉嫌洗钱，让我把钱转到他给的安全账户配合清查，还不让我跟家里说。",
        "今天上午接到个电话说是银行风控的，要我把支付宝里的额度借出来转到他们的核验账户，说验证完退回。",
        # Refused, and still the fraud it tells: the first round read these as news (none),
        # set 20's writers as frauds; "nothing found" is the answer that reassures.
        "爸：今天上午有人打电话说是银行的，说我信用卡被盗刷，要我把验证码报给他，我没理他就挂了。",
        "我昨天收到一条短信说我的快递丢了要赔钱，让我加客服微信领理赔，我才不信",
        "有个人打电话说是网贷平台的，让我把短信里的码念给他，我没给，直接挂了",
    ],
)
def test_a_call_told_by_the_one_it_asked_is_a_fraud(text: str) -> None:
    result = check(text)
    assert result.reading == "scam", result
    assert result.asks, result


@pytest.mark.parametrize(
    "text",
    [
        "大家注意，刚才有人打电话让我把钱转到安全账户，千万别信，都是骗子。",
        "哈哈我刚接到个电话说我涉嫌洗钱，让我下个会议软件共享屏幕，笑死，直接挂了。",
    ],
)
def test_a_call_told_as_a_warning_is_none(text: str) -> None:
    # guard
    assert check(text).reading == "none"


def test_a_code_to_send_over_is_a_code() -> None:
    text = "收到个电话说我保险要续费，还让我把余额截图和验证码发过去，我没发对吧"
    result = check(text)
    assert "code" in _asks(text)
    assert result.reading == "scam"


# ------------------------------------------------- (6) links and apps
@pytest.mark.parametrize(
    "text",
    [
        "您的传票已生成，请登录fy-susong.cn查看。",
        "下载“快易借”（kyj-app.cn）后按提示操作即可放款。",
        "让我点 hy-app.cn 下个“云执行”实名认证，还要填卡号。",
    ],
)
def test_a_link_to_open_beside_chinese_words(text: str) -> None:
    # A domain with a Chinese word straight after it ("fy-susong.cn查看") had no word
    # boundary there: the link was not seen.
    assert "click-link" in _asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "我是法院的，你下载一个叫“速审通”的App，我们线上核实。",
        "你好我是派出所民警，下个「警务助手」配合调查。",
    ],
)
def test_an_app_the_caller_names_is_an_install(text: str) -> None:
    assert "install-app" in _asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "社区民警提醒：请大家下载“国家反诈中心”App，接到可疑电话可一键举报。",
        "刚才有人说是法院的，让我下个“云庭会议”进房间，这是真的吗",
    ],
)
def test_the_official_anti_fraud_app_or_a_meeting_is_no_install(text: str) -> None:
    # guard
    assert "install-app" not in _asks(text)


# ------------------------------------------------- (7) from set 20, after its first pass
@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("对方说等下发个验证码 你念给他听就行 然后就能放款", "code"),
        ("无视征信秒下款，只需身份证、银行卡和手机服务密码，私聊", "code"),
        ("说是县公安局的，要俺下个腾讯会议，开个屏给他们瞅瞅卡里流水", "screen-share"),
        ("买家说我没开通保证金，要先交300才能收款，链接发你了", "pay-before-loan"),
        (
            "【速借】您的借款30000元因收款银行卡号填写有误已被冻结，请缴纳保证金解冻。",
            "pay-before-loan",
        ),
    ],
)
def test_asks_set_20_showed(text: str, ask: str) -> None:
    assert ask in _asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "家人们 这个月花呗我设了自动还款 大家记得别逾期 征信很重要",
        "听说他们部门被供应商起诉了，传票都寄到前台了，开会别提这事",
        "客户那边说要起诉咱们，法务让你下午把往来邮件整理好发他",
    ],
)
def test_chat_that_names_a_family_or_a_lawsuit_is_none(text: str) -> None:
    assert check(text).reading == "none"


def test_a_courts_code_not_to_tell_is_no_code_to_give() -> None:
    text = (
        "老伴收到法院短信，孙子帮着在人民法院在线服务查了，真有案子。短信里就说验证码别告诉别人。"
    )
    assert "code" not in _asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "您好，这里是某某律师事务所，受平台委托对您的欠款进行诉前催收，三日内未处理将向法院起诉。",
        "还款日已过5天，今天不处理直接走法务程序，起诉材料都准备好了。还款走app。",
    ],
)
def test_a_collectors_threat_to_sue_is_pressure(text: str) -> None:
    assert check(text).reading == "pressure"


def test_the_lenders_own_in_app_account_is_no_transfer() -> None:
    text = "你在安逸花的欠款已逾期97天，请务必在周四前将欠款全额存入安逸花APP内的还款账户。"
    assert "transfer" not in _asks(text)


# ------------------------------------------------- (8) from set 21, after its first pass
def test_a_courts_e_service_notice_with_a_real_name_check_is_verify() -> None:
    text = (
        "【某市互联网法院】王某：您有一份电子送达文书，案号（2025）粤0192民初1234号，"
        "请通过 https://zxfw.court.gov.cn 签收，签收时请核对身份证号后六位完成实名认证。"
    )
    result = check(text)
    assert result.reading == "verify"
    # The court's own identity check is no "customer service" pretext (shown as one before).
    assert "service-pretext" not in {hit.id for hit in result.hits}


@pytest.mark.parametrize(
    "text",
    [
        "小李，你说有个“客服”让你开共享屏幕、把钱转到安全账户，千万别弄！真银行不会这样。",
        "单位培训说，以后陌生人让你转账、念验证码、开共享的一律挂断，有事打110。",
        "老同学群：老王把物业公司起诉了，法院判物业退他两万，他请大家吃饭",
        "妈 你别接那种说是法院的电话 真要起诉会寄传票或者12368发短信",
    ],
)
def test_advice_and_news_from_friends_is_none(text: str) -> None:
    assert check(text).reading == "none"


def test_a_lender_that_gives_no_private_account_asks_no_transfer() -> None:
    text = (
        "【某某小贷】您在本平台的借款已逾期60天，我司将依法向人民法院提起诉讼。"
        "请通过App还款，本短信不提供任何个人账户，谨防诈骗。"
    )
    assert "transfer" not in _asks(text)
    assert check(text).reading == "pressure"


def test_a_platform_that_will_sue_is_pressure() -> None:
    text = (
        "【某呗】您的借款已逾期90天，平台将依法向人民法院提起诉讼，"
        "您可能被列入失信被执行人名单。请尽快登录APP处理。"
    )
    assert check(text).reading == "pressure"


def test_an_english_fund_check_is_a_transfer() -> None:
    text = (
        "Pudong Court: a case was filed against you. To avoid a freeze, cooperate with a fund "
        "check today: call clerk Li 138-0000-1234 and do as he says."
    )
    assert "transfer" in _asks(text)
    assert check(text).reading == "scam"


# ------------------------------------------------- (9) from set 22, after its first pass
@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("有意私信我，先交588办会员卡，下不了款全退", "pay-before-loan"),
        ("本金不够的先在借呗里借出来充进平台，一周回本，找群管理", "borrow-and-move"),
        ("说是法院嘞 要俺交三千保证金到他给嘞卡上 不交就来抓俺", "transfer"),
        ("【某法院】你的案子已进入执行，请开通数字人民币钱包，将执行款存入后联系法官", "transfer"),
        ("法院的 想撤诉今天加我vx fy2025 交2000调解费 不然直接判", "transfer"),
        ("你的借款已经结清，开结清证明要交工本费300，付款码发您了 扫一下就行", "transfer"),
        (
            "Download our security app at alipay-safe.help/app to fix your Huabei now.",
            "install-app",
        ),
    ],
)
def test_asks_set_22_showed(text: str, ask: str) -> None:
    assert ask in _asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "爸妈，谁让你们下载什么APP、报验证码的，一律不理，有事给我打电话。",
        "上个月我网上贷款被骗了 对方说我流水不够要刷流水 我转了六千 你可千万别信这些",
        "楼下王姨收到张纸条，让扫上面的二维码交执行款，法院不会这样收钱的，你跟你妈也说一声",
    ],
)
def test_warnings_set_22_showed_are_none(text: str) -> None:
    assert check(text).reading == "none"


def test_a_teachers_questions_in_a_private_chat_are_no_chat_contact() -> None:
    text = "各位家长，本学期资料费120元请通过学校缴费平台缴纳，不要转给个人，有问题私聊我。"
    assert "chat-contact" not in _asks(text)
    assert check(text).reading == "none"


# ------------------------------------------------- (10) from set 23, after its first pass
@pytest.mark.parametrize(
    "text",
    [
        "群里转的新闻：有法院判了一批征信修复中介，法官说征信根本不能花钱洗白，大家别信",
        "【某银行】提醒：不法分子冒充公检法要求转账。公检法不会电话办案，更没有安全账户。",
        "邻居张姐跟我说，对方让她先交2000会员费才能放款，交完人就拉黑了，千万别点这种广告",
        "李哥，货款下周给你结，这周店里流水不足周转不开，多担待。",
        "Our legal team wants to sue the supplier over the late shipment; send me the contract.",
    ],
)
def test_news_warnings_and_shop_talk_set_23_showed_are_none(text: str) -> None:
    assert check(text).reading == "none"


def test_proving_repayment_ability_before_a_loan_is_a_fee_first() -> None:
    text = "你的单子已经过审了，就差最后一步，证明一下还款能力，按流程操作一下就好，我一步步教你"
    assert "pay-before-loan" in _asks(text)
    assert check(text).reading == "scam"


def test_a_lenders_notice_to_repay_in_its_app_is_pressure_not_a_court_notice() -> None:
    text = (
        "【某某借钱】您的借款已逾期20天，逾期记录已上报征信。若持续未还，可能被依法起诉并"
        "列入失信被执行人名单。请登录某某APP-我的-借钱 完成还款。"
    )
    assert check(text).reading == "pressure"


def test_a_call_about_ones_own_case_asked_about_is_read_as_what_it_asks() -> None:
    # Seen in the wizard's walkthrough: read as a notice to check, with nothing marked.
    text = (
        "刚才有个自称法院的打电话，说我信用卡被起诉了，想撤诉今天加他vx交2000调解费，"
        "不然直接判，我没加，是真的吗"
    )
    result = check(text)
    assert result.reading == "scam"
    assert {"transfer", "chat-contact"} <= _asks(text)
