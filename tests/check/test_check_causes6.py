"""check, sixth round: the general causes behind the fifth held-out set's misses.

Every message here is new wording written for this file (none is from a corpus or a
held-out set). In the brief's order: (1) no fraud reads ``none``: money paid first that
comes back with a commission (a "task" job's advance, 垫付 … 返本金加佣金) is a transfer;
(2) a fee to an "official" to drop or hold back a case (交保证金就能撤诉, 压下来, 好处费 …
销案) is a transfer, and money to a card number a "court" gives too; (3) claims found where
they were not made (a sender's own timetable or a code's validity is no deadline, a
photoshopped "wanted" poster no crime claim, a good record kept no credit threat);
(4) retold stories and ordinary chat with trigger words stay ``none``, and an official
step to check (come in person, a judicial freeze) reads ``verify``. Guards both ways.
"""

from __future__ import annotations

import pytest

from debthelp.check import check, scan
from tests.check.corpora import DATA, corpora_before, measure


def _ids(text: str) -> set[str]:
    return {hit.id for hit in scan(text)}


# ------------------------------------------------- (1) money first, back with a commission
@pytest.mark.parametrize(
    "text",
    [
        "招聘宝妈在家做任务，给主播刷礼物的单子，每单先垫付298元，做完三单一起返还本金和佣金，私聊客服领单",
        "【网店助手】关注店铺任务，先充值200开通任务权限，完成后平台返还本金另加50元提成",
        "做单员急招：垫付商品款，每单返佣20%，当天结算，加微信 zd8821 领任务",
        "先交888元入会，三天后连本带利返还本金加收益，名额有限",
        "Part-time job: like and follow shops, advance the order payment first, you get it "
        "back with 10% commission",
        "Earn a 15% commission on each order; you just prepay the goods yourself.",
        # money put into one's own card is no transfer, but one to the card they send is
        "贷款审核没过，你先往自己卡里存5000，再按我发的账号转过来走一遍流水，马上返还",
        # money first for a commission, in any order, and "daily returns" on a top-up
        "【高薪兼职】手机做推广任务，第二单需自己先拍下商品，系统自动返款加20%佣金",
        "亲，这边是电商刷信誉的，需要你先垫资下单，完成后商家统一退款并给你结算提成",
        "投资群老师带单，首笔充值5000即可参与，每天收益3%，七天后可提现本金",
        "帮忙投票，每票返5毛，需要先充值10元开通账号",
        "Part-time job! Like videos, 5 yuan each. For VIP tasks you need to top up 200 first, "
        "refunded with 30% commission.",
    ],
)
def test_money_paid_first_that_comes_back_with_a_commission_is_a_scam(text: str) -> None:
    result = check(text)
    assert "transfer" in _ids(text), result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "我昨天垫付了班费600，明天班长会返还给我",
        "房东说先交押金2000，退租时全额退还",
        "我先付了团购款，等大家转给我",
        "公司这个月报销慢，差旅费我先垫付了，财务说下月返还",
        "I advanced the lunch money, you can pay me back later.",
        "我上个月充值了一千块的基金，收益还行",
        "店里活动：先付款，确认收货后好评返现5元",
        "我们公司销售是底薪加提成，先买社保再说",
        "这个理财产品收益3%，你先买点试试",
        "老板说这个月提成先发一半，剩下的下月补",
        "支付宝余额宝收益今天到账了，充值话费送了5块",
        "周末聚餐每人交100押金，吃完多退少补",
        "Hi, it's the landlord. Deposit will be refunded after checkout inspection.",
        "Meeting at 3pm about the frozen tender deposit, bring the bank statements.",
        "物业通知：装修保证金2000元，验收合格后退还",
        "Sales staff can ask for an advance on commission in March.",
    ],
)
def test_an_advance_among_friends_a_deposit_or_an_expense_claim_stays_none(text: str) -> None:
    result = check(text)
    assert "transfer" not in _ids(text), result
    assert result.reading == "none", result


# ------------------------------------------------- (2) a fee to an "official" to drop a case
@pytest.mark.parametrize(
    "text",
    [
        "我是市中院执行局的法官助理，你的案子我可以先给你压下来，交5000保证金就能撤诉",
        "【某区人民法院】你的借款纠纷已立案，如想撤案请先缴纳撤诉保证金8000元到书记员账户",
        "检察院的李科长说只要交两万好处费，案子就能销案，今天必须转",
        "你那个案子我在法院有熟人，给他包个两万的红包就能不开庭了",
        "我是执行局的，你的账户明天冻结，想解除的话先交3000解冻保证金到我同事卡上",
        "公安局的王警官说交了取保金就不用拘留，你赶紧准备五万",
        "仲裁委工作人员：缴纳2000元加急费可暂停仲裁程序",
        "This is the Public Security Bureau. Pay the bail of 20,000 and you won't be detained.",
        "Court clerk here. Your case can be withdrawn if you pay the 5,000 deposit today.",
        "Court notice: pay RMB 9,000 to account 6217 8800 1234 5678 within 48 hours to stop "
        "enforcement.",
    ],
)
def test_a_fee_to_drop_a_case_or_money_to_a_card_number_is_a_scam(text: str) -> None:
    result = check(text)
    assert "transfer" in _ids(text), result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "申请撤诉的，案件受理费减半收取。",
        "原告已向本院申请撤诉，本院裁定准许。",
        "亲戚说他交了钱就能撤诉，我觉得不靠谱，是不是骗子",
        "【某区人民法院】被执行人履行完毕后，本院将依法解除冻结。",
        "【某市中级人民法院】你的案件已立案，逾期不履行本院将依法强制执行，可拨打12368核实。",
    ],
)
def test_a_court_that_speaks_of_withdrawal_or_enforcement_is_no_scam(text: str) -> None:
    result = check(text)
    assert "transfer" not in _ids(text), result
    assert result.reading != "scam", result


# ------------------------------------------------- (3) claims where they were not made
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("我们外访组将于本周四前往您的户籍地核实情况", "deadline"),
        ("请于3日内通过乐享借APP内“协商还款”入口提交还款方案", "deadline"),
        ("张先生，您的欠款已逾期87天，请您在周五前妥善处理。", "deadline"),
        ("不急哈，月底前就行，直接转我支付宝就好", "deadline"),
        ("【微众银行】您的动态码为512039，10分钟内有效，请勿泄露。", "deadline"),
        ("本院依法冻结你名下账户，如有异议，可自收到本通知之日起十五日内向本院提出。", "deadline"),
        ("再不还钱就把你照片做成通缉令发到你们小区群", "criminal"),
        ("您的借呗额度因涉嫌套现已被限制，请联系客服处理", "criminal"),
        ("感谢您按时还款，请继续保持良好信用记录。", "credit-record"),
        ("我又怕查征信太多，不敢乱申请信用卡", "credit-record"),
        ("【城西派出所】陈明：请来一趟。联系人：王警官", "third-party"),
        ("传票将寄至你的户籍地，请注意查收。", "visit"),
        ("下周二下午两点项目例会，请带好履约保证金的退款材料", "fees"),
    ],
)
def test_words_that_make_no_claim_here(text: str, absent: str) -> None:
    assert absent not in _ids(text), scan(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # A deadline is a very short one (WRITER.md: today, 24 hours): the writers of
        # sets 22 to 26 did not count three days or "by Friday", and neither does this.
        ("你欠的钱两日内不还，我们就把材料交给法院", "deadline"),
        ("限你24小时内还清，否则后果自负", "deadline"),
        ("你名下银行卡涉嫌洗钱，现在需要配合调查", "criminal"),
        ("Your ID was used in a money laundering case, call Officer Li now.", "criminal"),
        ("再不还，下周就上报征信，影响你以后贷款", "credit-record"),
        ("你欠款不还，我们就打你紧急联系人和家里人电话", "third-party"),
        ("逾期不还，我们明天派人去你户籍地找你", "visit"),
        ("放款前需先交5000保证金，交完立即到账", "fees"),
    ],
)
def test_the_same_claims_still_found_where_they_are_made(text: str, present: str) -> None:
    assert present in _ids(text), scan(text)


# Measured per claim on the thirteen corpora, the claims found most often where the writers
# found none: name-calling read as the court's list, a wanted notice as a posting, a group's
# own notice as a posting, the home town as a place to send things as a visit, secrecy asked
# of the reader as a threat to tell the family, an agent's lawyer as a lawsuit.
@pytest.mark.parametrize(
    ("text", "absent", "reading"),
    [
        ("你这个老赖，电话也不接，躲得了初一躲不过十五", "dishonest-list", "pressure"),
        ("警方已对你发布通缉令，请立即配合", "posting", "pressure"),
        ("【群公告】本群为宝妈交流群，请大家文明发言", "posting", "none"),
        ("不还钱就把你的欠款单寄到你老家村委会", "visit", "pressure"),
        ("你涉嫌洗钱，此案保密，不能告诉家人和朋友，配合调查", "third-party", "scam"),
        ("我们团队帮你协商停息挂账，律师全程跟进", "lawsuit", "scam"),
    ],
)
def test_claims_not_made_by_these_words(text: str, absent: str, reading: str) -> None:
    result = check(text)
    assert absent not in _ids(text), result
    assert result.reading == reading, result


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("再不还就申请法院把你列入失信名单", "dishonest-list"),
        ("再不还就让你们全村都知道你是个老赖", "dishonest-list"),
        ("再不还钱，就把你P成通缉令贴到你们小区门口", "posting"),
        ("不还钱就把你的欠款单寄到你老家村委会", "posting"),
        ("大家好，这是张伟的亲友群，他欠款不还，请大家转告他", "third-party"),
        ("我们明天去你老家找你爸妈", "visit"),
        ("再不还，我们就打电话告诉你家人和同事", "third-party"),
        ("我们已经把你的情况报给了你们单位的人事部门", "third-party"),
    ],
)
def test_the_claims_these_words_do_make(text: str, present: str) -> None:
    assert present in _ids(text), scan(text)


# ------------------------------------------------- (4) retold, ordinary, official steps
@pytest.mark.parametrize(
    "text",
    [
        "三叔说他同事被催收的堵在公司门口了，闹得全办公室都知道，唉",
        "我姑姑讲她楼上那家被催收的天天打电话，还说要上门",
        "她儿子被催收的威胁要去学校，吓得不轻",
        "下周二下午两点项目例会，请带好履约保证金的退款材料",
        "我爸老是收到银行的短信说我欠款，是不是骗子啊，你帮我看看",
        "我闺蜜跟我吐槽，说催收的天天给她打电话，还说要去她公司",
        "Did you hear? Mark got a text saying he'd been sued and had to pay a fee. It was fake.",
        "昨天看抖音，有个博主讲催收打爆通讯录是违法的",
        "我舅说他收到短信说要起诉他，让他加个微信处理，我让他别理",
        "今天法院开庭审理了那个明星逃税的案子，新闻都在报",
        "房东：下个月房租记得5号前转我，押金不退的话要提前说",
    ],
)
def test_retold_stories_and_ordinary_chat_with_trigger_words_stay_none(text: str) -> None:
    result = check(text)
    assert result.reading == "none", result
    assert "code" not in _ids(text), result


@pytest.mark.parametrize(
    "text",
    [
        "【平安银行】您尾号3301的账户已被司法冻结，冻结金额5,600.00元，详情请咨询冻结机关。",
        "【城西派出所】陈明：请于本周五上午携带身份证到城西派出所说明情况。",
    ],
)
def test_an_official_step_to_check_reads_verify(text: str) -> None:
    result = check(text)
    assert result.reading == "verify", result
    assert result.decided_by == "official-step", result


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a bank's own branch is no official step
        ("【建行】您的账户将转为久悬户，如需使用请本人携带身份证到任一网点办理。", "none"),
        # an official step and a threat: the threat decides
        ("【城西派出所】带身份证到派出所说明情况，不来后果自负", "pressure"),
        # an official step and money to a "safe account": a scam
        ("携带身份证到派出所接受询问前，先把存款转入安全账户核查", "scam"),
    ],
)
def test_an_official_step_never_hides_a_threat_or_an_ask(text: str, reading: str) -> None:
    assert check(text).reading == reading, check(text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a collector who calls itself lawful, or tells what a relative heard, still presses
        ("我们催收是合法的，不是违法的，你今天不还就起诉你", "pressure"),
        ("你妈说她也接到我们电话了，再不还我们就去你家", "pressure"),
        # a relative's text told by a fraud is no retelling
        ("您好，您家人收到短信说您涉嫌洗钱，请立即加警官微信jy110处理", "scam"),
    ],
)
def test_a_retelling_frame_never_hides_the_senders_own_threat_or_ask(
    text: str, reading: str
) -> None:
    assert check(text).reading == reading, check(text)


@pytest.mark.parametrize(
    "text",
    [
        "逾期了你就等着吧，三天内不处理我们就起诉你，申请强制执行",
        "催 收 通 知：你的欠款已转法务，五日内不还款将起 诉并冻结你的银行卡",
    ],
)
def test_a_collectors_condition_and_consequence_is_pressure_not_a_court_step(text: str) -> None:
    result = check(text)
    assert "threat" in _ids(text), result
    assert result.reading == "pressure", result


# ------------------------------------------------- all thirteen training corpora
# The sixth round, set 5 (w10, w11) now training data too. Measured at the time of writing
# (BENCHMARKS.md, "sixth round"). Thresholds a little below; held-out set 6 is the lead's.
def test_all_thirteen_training_corpora_in_the_writers_scheme() -> None:
    # the thirteen as they were; sets 6 and 7 are measured in test_check_causes7 and 8
    files = corpora_before(6)
    assert len(files) == 13 and DATA / "check_train_v5_w11.yaml" in files
    f = measure(files, learned=False)
    assert f["messages"] >= 800
    assert f["scam_recall"] == 1.0
    assert f["scams_read_as_none"] == 0
    assert f["real_court_notices_read_as_scam"] == 0
    assert f["reading_accuracy"] >= 0.965
    # One message less since the twelfth round: set 5's "我手机上老是收到什么法院的短信 说我欠钱
    # ……是不是骗子" asks about the sender's own case and now reads verify (check with
    # 12368), which its writer labelled none.
    assert f["ordinary_read_as_none"] >= 0.965
    assert f["claims"]["precision"] >= 0.93 and f["claims"]["recall"] >= 0.89
    # Asks recall 0.90 until the twelfth round: a well-known official number (12368, 95xxx,
    # 96110) named in a message is no longer `call-back` (its advice, "do not call the
    # number in the message", was wrong for them). The older writers split on it.
    assert f["asks"]["precision"] >= 0.955 and f["asks"]["recall"] >= 0.885
