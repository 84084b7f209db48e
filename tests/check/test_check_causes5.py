"""check, fifth round: the general causes behind the fourth held-out set's misses.

Every message here is new wording written for this file (none is from a corpus or a
held-out set). First the most basic ask of all: money to the sender's own account
(转我微信, 打我卡上, 微信转我, "send it to my Alipay") is a transfer to a personal
account when the message is about a debt, while a friend's lunch money, a landlord's
rent and a family repayment stay ``none``. Each cause has guards in both directions."""

from __future__ import annotations

from pathlib import Path

import pytest

from debthelp.check import check, scan
from tests.check.corpora import DATA, corpora_before, measure


def _ids(text: str) -> set[str]:
    return {hit.id for hit in scan(text)}


# ------------------------------------------------- (1) money to the sender's own account
@pytest.mark.parametrize(
    "text",
    [
        "你那笔逾期我跟公司申请了，今天把1500打我卡上就算结清。",
        "欠款别走APP了，直接微信转我，我帮你销掉。",
        "你欠的6000今晚之前转到我支付宝，我这边给你平账。",
        "逾期的钱转给我本人就行，不用管平台。",
        "这个月的还款我支付宝收一下，收到给你开结清证明。",
        "你借款逾期两个月了，今天还到我这张卡上，账号我发你。",
        "欠款转我这个号就行 19922334455 转完发截图",
        "Your loan is overdue. Send the balance to my Alipay today and I'll close the case.",
        "You owe 3,000. Transfer it to my personal WeChat, not the app.",
    ],
)
def test_money_to_the_senders_own_account_in_a_debt_message(text: str) -> None:
    result = check(text)
    found = _ids(text)
    assert {"personal-account", "transfer"} <= found, result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        # a friend, a landlord, a family member, a receipt told after the fact
        "你转我的钱收到了，谢谢啊",
        "我已经转你微信了，你看下到了没",
        "周六唱K的钱AA，每人80，微信转我就好",
        "电影票我先买了，你一会儿转我支付宝35就行",
        "妈，你给我的生活费我收到了，钱都打我卡上了",
        "房东：下个月起房租直接打我卡上，押金不变。",
        "房东：这个月房租2500，打我卡上就行。",
        "姐，上次借你的2000我下周发工资转你微信",
        "Hey, dinner was 240, send it to my WeChat when you can.",
        "Landlord here: from June please pay the rent to my bank account.",
    ],
)
def test_money_to_me_between_friends_family_and_landlords_stays_none(text: str) -> None:
    result = check(text)
    assert result.reading == "none", result
    assert "transfer" not in _ids(text), result


def test_money_to_me_from_someone_claiming_authority_is_a_scam_in_new_words() -> None:
    assert check("我是你们公司财务，这笔报销款先打我卡上，下午一起处理").reading == "scam"
    assert check("我是平台客服，费用转我微信就能帮你处理").reading == "scam"


# ------------------------------------------------- all eleven training corpora
# The fifth round, set 4 (w8, w9) now training data too. Measured at the time of writing
# (BENCHMARKS.md, "fifth round"): readings 0.971, scam recall 1.0 with no fraud read as
# none, claims 0.929 / 0.901, asks 0.964 / 0.909, ordinary as none 0.985. Thresholds a
# little below; held-out set 5 is the lead's.
def test_all_eleven_training_corpora_in_the_writers_scheme() -> None:
    # the eleven as they were; set 5 (check_train_v5_*) is measured in test_check_causes6
    files = corpora_before(5)
    assert len(files) == 11 and DATA / "check_train_v4_w9.yaml" in files
    f = measure(files, learned=False)
    assert f["messages"] >= 680
    assert f["scam_recall"] == 1.0
    assert f["scams_read_as_none"] == 0
    assert f["real_court_notices_read_as_scam"] == 0
    assert f["reading_accuracy"] >= 0.96
    # 0.977 since the eleventh round: "……让我下个会议软件，我没理他直接挂了，你说是不是骗子啊"
    # (set 3) is a sender asking whether what was asked of them is a fraud: read as one
    # (test_check_causes11), though its writer labelled it none.
    assert f["ordinary_read_as_none"] >= 0.975
    assert f["claims"]["precision"] >= 0.92 and f["claims"]["recall"] >= 0.89
    # Asks recall 0.90 until the twelfth round: a well-known official number (12368, 95xxx,
    # 96110) named in a message is no longer `call-back` (its advice, "do not call the
    # number in the message", was wrong for them). The older writers split on it.
    assert f["asks"]["precision"] >= 0.95 and f["asks"]["recall"] >= 0.885


# ------------------------------------------------- (2) secrecy and guided steps from an "authority"
@pytest.mark.parametrize(
    "text",
    [
        "我是经侦支队的，你卷入一起案子，这件事必须保密，连你老公都不能说，一会儿我同事教你装个软件。",
        "我们是银行风控中心，您的账户涉嫌异常交易，请单独配合我们处理，不要告诉家人，按我们说的操作。",
        "您好，这里是市中级人民法院，你的案子需要线上开庭，找个没人的地方，下载会议软件进会议室。",
        "我是反诈中心的警官，你的银行卡涉案了，此事严格保密，不能告诉任何人，稍后有专员指导你操作。",
        "This is the Public Security Bureau. Your ID is linked to a crime. Do not tell your "
        "family; our officer will guide you to install an app.",
        "Customer service here: keep this between us, don't tell the bank, and download the "
        "meeting app so I can walk you through.",
    ],
)
def test_secrecy_with_guided_steps_from_an_authority_is_a_scam(text: str) -> None:
    result = check(text)
    assert "secrecy" in _ids(text), result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        # a surprise among family, a work project, an anti-fraud notice, a retold call
        "你保密啊，别告诉妈妈，下周给她过生日，你负责下载个PPT软件做相册。",
        "公司这个项目还在保密阶段，不要告诉别人，明天会议室开会。",
        "【反诈中心】提醒：凡是要求你保密、不要告诉家人、指导你下载软件的都是诈骗。",
        "我妈接到个电话，对方说是公安局的，让她别告诉家人还让她下载软件，我赶紧让她挂了。",
        "Don't tell mum about the surprise party, and download the playlist app before Saturday.",
    ],
)
def test_secrecy_among_family_at_work_or_in_a_warning_is_none(text: str) -> None:
    assert check(text).reading == "none", check(text)


def test_a_self_claimed_anti_fraud_officer_is_no_warning() -> None:
    # "反诈中心的民警" said by the caller about himself does not make the message a notice
    text = "我是反诈中心的民警，你的账户涉嫌洗钱，需要你配合调查。"
    assert check(text).reading != "none", check(text)


def test_a_groups_negation_flag_must_be_true_or_false(tmp_path: Path) -> None:
    from debthelp.check import default_patterns_path, load_patterns
    from debthelp.errors import InvalidDataError

    text = default_patterns_path().read_text(encoding="utf-8")
    assert "        negation: false\n" in text
    path = tmp_path / "patterns.yaml"
    path.write_text(
        text.replace("        negation: false\n", "        negation: maybe\n", 1), "utf-8"
    )
    with pytest.raises(InvalidDataError) as info:
        load_patterns(path)
    assert ("secrecy.patterns[0].negation", "check.v-bool") in {
        (p.where, p.key) for p in info.value.problems
    }


def test_a_negation_free_group_is_not_undone_by_a_negation() -> None:
    # the secrecy words are themselves a negation; the guided steps keep theirs
    assert "secrecy" in _ids("我是民警，此事保密，不要告诉家人，下载会议软件配合调查。")
    assert "secrecy" not in _ids("此事保密，不要告诉家人，我们不会让你下载任何软件。")


# ------------------------------------------------- (3) the smaller causes
@pytest.mark.parametrize(
    ("text", "ask"),
    [
        # a fee to make a case go away
        (
            "这边是区法院民事庭，你的案子原告同意撤诉，只要今天交2000销案保证金，转到书记员的卡上。",
            "transfer",
        ),
        ("我是派出所的，你的案子可以不立了，交5000撤案押金就能销案。", "transfer"),
        # an advance payment that is to come back with a commission
        (
            "兼职做点赞任务，每单先垫付300元到派单员给的账户，完成后本金加佣金一起返还给你。",
            "transfer",
        ),
        ("亲，这单是刷单任务，先付款388，十分钟内连本带佣金返给你。", "transfer"),
        # English: a card number and the code to type in
        (
            "Amazon support: your order was refunded twice. Go to amz-refund.top and type your "
            "card number and the verification code we text you.",
            "code",
        ),
    ],
)
def test_a_case_fee_a_task_advance_and_an_english_card_and_code(text: str, ask: str) -> None:
    result = check(text)
    assert ask in {hit.id for hit in result.asks}, result
    assert result.reading == "scam", result


@pytest.mark.parametrize(
    "text",
    [
        "我认识征信中心的人，可以把你的逾期记录删掉，一条三千，先付定金。",
        "老哥，能帮你把征信上的呆账抹掉，八百一条，弄完再结。",
    ],
)
def test_an_insider_who_removes_overdue_entries_for_a_fee_is_a_fix_offer(text: str) -> None:
    assert "fix-offer" in _ids(text)
    assert check(text).reading == "scam"


@pytest.mark.parametrize(
    "text",
    [
        # a bank's, a payment app's and a court's own code messages
        "【建设银行】您正在进行手机银行转账，收款人李*，金额500.00元，验证码661203，切勿告知他人。",
        "【微信支付】您正在使用微信支付向商户付款，验证码238811，请勿泄露。",
        "【人民法院】验证码516620，您正在登录移动微法院，请勿向任何人透露。",
        # advances and refunds told among colleagues, parents and after a case
        "我上周垫付了同事聚餐的钱，他们已经都转我微信了。",
        "老师：秋游费用我先垫付了，家长们方便时转到班级收款码。",
        "撤诉了，律师说案件受理费会退一半到我卡上。",
    ],
)
def test_own_code_messages_and_advances_told_are_no_scam(text: str) -> None:
    result = check(text)
    assert result.reading in ("none", "verify"), result
    assert not {"transfer", "code"} & {hit.id for hit in result.asks}, result


@pytest.mark.parametrize(
    "text",
    [
        "@所有人 群里的刘*强欠钱不还半年了，谁认识他让他赶紧还。",
        "不还就把你的照片发到你们小区的群",
    ],
)
def test_a_debt_announced_in_a_group_or_a_threat_to_post_it_there(text: str) -> None:
    assert "posting" in _ids(text)
    assert check(text).reading == "pressure"


@pytest.mark.parametrize(
    "text",
    [
        "聚会的照片我发到同学的群了，大家自己存一下",
        "你有没有收到过说你征信要上报要交保证金的短信？我妈说是骗子",
        "你们也接到那个说快递丢了要理赔的电话了吗",
        "秒批小额，不查征信，不爆通讯录，加微信详聊",
    ],
)
def test_a_post_told_a_message_asked_about_and_a_loan_ads_promise_press_no_one(text: str) -> None:
    assert check(text).reading == "none", check(text)


def test_a_collector_who_threatens_the_contacts_still_presses() -> None:
    assert "third-party" in _ids("再不打钱就联系你通讯录")


def test_the_senders_own_boss_is_no_third_party() -> None:
    text = "这笔欠款我向领导申请了减免，今天结清就行，转我微信。"
    assert "third-party" not in _ids(text)
    assert "third-party" in _ids("欠款再不还，明天给你们领导打电话")


def test_the_secrecy_is_shown_as_what_decided_it() -> None:
    result = check("我是派出所民警，这事别告诉家人，一会儿指导你下载软件配合调查。")
    assert (result.reading, result.decided_by) == ("scam", "secrecy"), result


@pytest.mark.parametrize(
    "text",
    [
        # "我行" is the bank itself: its own repayment account
        "【招商银行】您的信用卡账单已出，请存入我行还款账户。",
        "【工商银行】您本期账单3200元，请于10日前存入我行信用卡账户。",
    ],
)
def test_a_banks_own_account_is_no_personal_account(text: str) -> None:
    assert check(text).reading == "none", check(text)


def test_a_banks_safe_account_is_still_one() -> None:
    assert check("我是银行的，你的卡有风险，把钱转入我行的安全账户").reading == "scam"


def test_english_an_amount_into_my_account_in_a_debt_message() -> None:
    text = "You're overdue. Pay the 3,000 into my account today."
    assert {"personal-account", "transfer"} <= _ids(text)
