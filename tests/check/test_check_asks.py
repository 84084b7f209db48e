"""Issue 23: ``debthelp check`` reads what a message asks the reader to do, and never
reassures about a fraud (legal-facts 9-1 to 9-5, misstatement 9).

The issue's own misses and the content audit's K1 example are kept as they were
reported; the other messages are new wordings written for this file (not in any
corpus), the "try it as a new user" set: frauds of each kind read as ``scam``
with the deciding ask named, real-looking court and bank notices read as
``verify`` or ``none``.
"""

from __future__ import annotations

import json

import pytest

from debthelp.check import ASK_IDS, check, load_patterns, scan
from tests.cli.test_cli import ok

# (message, the ask that must be found) — every one a fraud.
FRAUDS = [
    # issue 23, as reported
    (
        "【京东金融客服】您好，您的京东金条额度需要关闭，否则影响征信。请下载钉钉，"
        "我们语音通话指导您，按提示完成转账即可。",
        "remote-app",
    ),
    (
        "【贷款专员】恭喜，您的贷款已审批通过，但因流水异常资金暂时冻结，"
        "需先支付解冻费3000元，解冻后马上到账。",
        "pay-before-loan",
    ),
    (
        "您好，这里是市公安局，您的银行卡涉嫌洗钱，请立即添加QQ 88776655，并进入Zoom会议配合调查。",
        "remote-app",
    ),
    # new wordings
    (
        "我是银保监会的工作人员，你大学时开的学生账户还没注销，现在要求你在各个借款App里"
        "把额度提出来，统一转到我们的核查账户，核查完就退回。",
        "borrow-and-move",
    ),
    (
        "亲，你的借款已经放款了，但系统显示你卡号填错被锁定了，要交20%的激活金才能解锁提现哦，"
        "加我微信 loan_888 给你发收款码。",
        "transfer",
    ),
    (
        "这边是抖音客服，检测到您误开通了会员服务，每月将扣除699元，取消的话需要您打开腾讯会议，"
        "会议号 123 456 789，开启屏幕共享，我一步步教您。",
        "screen-share",
    ),
    (
        "【最高人民检察院】你涉嫌一起重大洗钱案，为配合资金清查，请将名下所有存款转入国家监管账户，"
        "否则立即冻结并逮捕。",
        "transfer",
    ),
    (
        "宝，你那个额度批了五万，刷个流水就能到账，先往我这张卡打3000过个流水，到账后一起退你。",
        "pay-before-loan",
    ),
    ("快递理赔：您的包裹丢失，可获赔偿300元，请提供收到的短信验证码以便退款到账。", "code"),
    (
        "Hello, this is Ant customer service. Your Huabei limit must be cleared or your credit "
        "score will drop. Please borrow the full amount and transfer it to our verification "
        "account 6222 0211 0000 1234.",
        "borrow-and-move",
    ),
    (
        "【北京互联网法院】你好，你有一份诉讼材料，请于今天下班前下载“法院助手”APP："
        "bjhlwfy-app.com，输入验证码签收。",
        "code",
    ),
    ("請把驗證碼寫給我，馬上幫你處理。", "code"),  # 寫: the traditional table completed
    (
        "我是北京市公安局刑侦支队的李警官，你的身份信息被人冒用开了银行卡，涉嫌一起洗钱案，"
        "现在需要给你做线上笔录，请下载“公安视频”软件，注意保密，不要告诉任何人。",
        "remote-app",
    ),
    ("恭喜！您的快递理赔已通过，请添加理赔客服微信 kf1234，按提示领取赔付金。", "chat-contact"),
    (
        "你好，我是你领导王总，我现在在开会不方便说话，你先帮我给这个账户转五万，回头还你。",
        "transfer",
    ),
    (
        "我是快递客服，您的包裹丢失，赔偿您三倍运费，请打开支付宝备用金，按我说的操作领取。",
        "borrow-and-move",
    ),
    ("您好，您的网贷账户被检测到异常，需要您配合完成资金核验，核验通过后额度恢复。", "transfer"),
    (
        "Hi, I'm from the loan company. Your application needs a credit score boost. "
        "Send 500 yuan via Alipay to unlock your loan.",
        "pay-before-loan",
    ),
    ("您的医保卡被冒用，请立即拨打我们卫健委专线010-66668888核实，否则将被冻结。", "call-back"),
    (
        "你好这里是银联中心，你的银行卡开通了境外消费服务，每月扣费1000元，如需关闭请按1转人工。",
        "call-back",
    ),
    ("亲，贷款已批，打款前需要您提供一下手机收到的4位数字确认身份哦。", "code"),
    ("我是你表哥，换了新号，急用钱，你先转我3000，明天还你。", "transfer"),
    ("同学你好，我是学校资助中心的，你的助学贷款需要核实，请加我微信zx_help办理。", "chat-contact"),
    (
        "We are the cyber police. Your phone was used in a crime. Install the 'SafePhone' "
        "app from safephone-gov.com so we can check it.",
        "install-app",
    ),
    ("宝宝，我在做跨境电商，稳赚不赔，你先转两万到这个账户，我帮你操作。", "transfer"),
    (
        "Your loan of 30,000 yuan has been approved! A refundable security deposit of 3,000 "
        "yuan is required before disbursement. Contact our agent on WeChat: fastloan99",
        "pay-before-loan",
    ),
]

# Real-looking notices: never a scam (legal-facts 4-7, misstatement 6).
NOTICES = [
    # the content audit's K1 example, as reported
    (
        "【北京市朝阳区人民法院】张三，你有一份（2026）京0105民初1234号案件的诉讼文书送达，"
        "请点击 https://zxfw.court.gov.cn/x 查收，验证码请勿告诉他人。",
        "verify",
    ),
    (
        "【某某区人民法院】张三，你有一份诉讼文书送达，请核对身份证号后查看文书 "
        "https://zxfw.court.gov.cn/x",
        "verify",
    ),
    (
        "【杭州市西湖区人民法院】陈某，您与某某消费金融有限公司金融借款合同纠纷一案已立案，"
        "案号（2026）浙0106民初5678号。电子送达文书请登录 https://zxfw.court.gov.cn 查看，"
        "验证码请勿告知他人。如有疑问请拨打12368。",
        "verify",
    ),
    (
        "【成都市武侯区人民法院】刘某，原告某小额贷款公司诉你借款合同纠纷一案将于2026年1月20日"
        "上午9时开庭，传票已通过法院专递寄出，请核对身份证号后四位。",
        "verify",
    ),
    (
        "【招商银行】您尾号8899的信用卡本期账单已出，应还1,230.00元，最后还款日12月25日。"
        "官方客服95555。本行不会向您索要验证码。",
        "none",
    ),
    (
        "【中国银行】您的个人消费贷款已于12月1日发放，金额50,000.00元，请在中国银行App查看还款计划。"
        "谨防诈骗，切勿向任何人提供短信验证码。",
        "none",
    ),
    (
        "【中国建设银行】温馨提示：我行不会以任何名义要求您提供短信验证码、转账到“安全账户”"
        "或下载屏幕共享软件。请勿向他人透露验证码。",
        "none",
    ),
    (
        "【反诈提醒】警惕“征信修复”“停息挂账”骗局，不要点击陌生链接，凡要求共享屏幕的都是诈骗。",
        "none",
    ),
    ("【平安保险】您的理赔款3,200元已赔付到账，如有疑问请致电95511。", "none"),
    ("【美团】您的订单已送达，感谢使用美团外卖，评价订单可得红包。", "none"),
    ("同事说周五一起去吃火锅，钉钉上建个群吧。", "none"),
    (
        "Anti-fraud tip: police will never ask you to move money to a 'safe account' or "
        "share your screen.",
        "none",
    ),
    ("【XX银行】您的借款5,000元已转入您尾号1234的银行卡，请查收。", "none"),
    ("【XX银行】请于12月10日前将款项转入还款账户，以免逾期。", "none"),
    ("工资已经打到卡里了，晚上请你吃饭。", "none"),
    ("你下载个zoom吧，明天开会用。", "none"),
    ("【腾讯会议】您预定的会议“周例会”将于10:00开始，会议号 123-456-789。", "none"),
    ("小王，明天的项目会用钉钉视频会议，会议号我发群里了。", "none"),
    ("下周同学聚会，在群里接龙报名，AA制每人200，转给班长微信。", "none"),
    ("【支付宝】开通借呗，最高可借20万，按提示完成认证即可。", "none"),
    ("【交通银行】您的验证码是839201，用于登录手机银行，5分钟内有效，切勿泄露给他人。", "none"),
]


@pytest.mark.parametrize(
    ("ask", "message"),
    [
        ("transfer", "麻烦把款打到我们财务的私人支付宝，备注你的名字。"),
        (
            "transfer",
            "欠的钱今天转我微信，不然后果自负。",
        ),  # word order, and debt words beyond 欠款
        ("transfer", "借钱不还？今天之内把钱转我支付宝。"),
        ("transfer", "你把余额全部存到我发你的账号里，等核查完毕再返还。"),
        ("code", "短信里那个6位数字念给我听一下。"),
        ("code", "把收到的验证码截图发过来。"),
        ("screen-share", "你点一下屏幕共享，我看着你操作。"),
        ("remote-app", "安装一个ToDesk，我远程帮你处理。"),
        ("remote-app", "下载“云视讯”进入会议室，会议号8812345，我指导你操作。"),
        ("chat-contact", "具体情况加一下我QQ 1234567 聊。"),
        ("borrow-and-move", "你先在借呗上借出来五万，转到安全账户保管。"),
        ("pay-before-loan", "先交1000元押金才能放款。"),
        ("install-app", "请点击 https://x-loan.cn/app 下载安装我们的APP完成借款。"),
        ("call-back", "有疑问请回电 0755-88886666。"),
    ],
)
def test_asks_in_other_words(ask: str, message: str) -> None:
    assert ask in {hit.id for hit in check(message).asks}


@pytest.mark.parametrize(
    "message",
    [
        "哥们，你老婆单位我们已经查到了，明天上午就去她单位坐着，看你还躲不躲。",
        "Your name and photo will be posted in your village group chat tonight.",
        "You have 24 hours. After that we visit your parents and tell your neighbours.",
    ],
)
def test_threats_without_a_scam_ask_are_pressure(message: str) -> None:
    assert check(message).reading == "pressure"


@pytest.mark.parametrize(("message", "ask"), FRAUDS, ids=[f[1] for f in FRAUDS])
def test_a_fraud_is_read_by_what_it_asks(message: str, ask: str) -> None:
    result = check(message)
    assert result.reading == "scam", (result.reading, [h.id for h in result.hits])
    assert ask in {hit.id for hit in result.asks}
    assert result.decided_by is not None


@pytest.mark.parametrize(("message", "reading"), NOTICES)
def test_real_notices_are_never_a_scam(message: str, reading: str) -> None:
    assert check(message).reading == reading


def test_a_refusal_to_visit_is_not_a_visit() -> None:
    # issue 23: "不会上门" matched as a visit
    for message in ("我们不会上门，请放心。", "明天不会上门了，改下周二再去看你。"):
        assert "visit" not in {hit.id for hit in check(message).hits}
    assert "visit" in {hit.id for hit in check("我们明天就上门找你").hits}


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        ("再不hk就爆你txl", "third-party"),
        ("不还zx就花了", "credit-record"),
        ("今日18:00前不处理，后果自负", "deadline"),
        ("call ur boss today", "third-party"),
    ],
)
def test_chat_forms_and_times(message: str, claim: str) -> None:
    assert claim in {hit.id for hit in check(message).hits}


def test_every_ask_id_is_in_the_file_with_sources() -> None:
    patterns = load_patterns()
    assert tuple(entry.id for entry in patterns.asks) == ASK_IDS
    for entry in patterns.asks:
        assert entry.sources
        assert all(entry.texts[field].zh and entry.texts[field].en for field in entry.texts)


def test_scan_keeps_its_shape_and_adds_asks() -> None:
    # The evidence log reads scan(): claims and signs as before, asks after them.
    hits = scan("我是派出所民警，你小心点，把验证码发给我")
    kinds = [hit.kind for hit in hits]
    assert kinds == sorted(kinds, key=("claim", "sign", "ask").index)
    assert {"impersonation", "threat", "code"} <= {hit.id for hit in hits}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_none_never_reassures(lang: str) -> None:
    # misstatement 9: "no known pattern, so it is fine"
    out = ok(["check", "周末一起吃饭吧", "--lang", lang, "-f", "text"]).stdout
    first = " ".join(out.split("\n\n")[0].split())
    assert "96110" in first and "110" in first.replace("96110", "")
    if lang == "zh":
        assert "不等于这条消息安全" in first and "验证码" in first
        assert "没有发现已知的施压或诈骗套路" not in out
    else:
        assert "does not mean the message is safe" in first and "verification code" in first


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_scam_names_the_deciding_ask_and_what_to_do_now(lang: str) -> None:
    message = FRAUDS[1][0]
    out = ok(["check", message, "--lang", lang, "-f", "text"]).stdout
    head = "".join(out.split("\n\n")[0].split("\n"))
    label = "关键是这一条" if lang == "zh" else "What decides it"
    now = "现在就做" if lang == "zh" else "Do now"
    assert label in head and now in head and "解冻费" in head


def test_json_has_asks_beside_claims() -> None:
    data = json.loads(ok(["check", FRAUDS[2][0], "-f", "json", "--lang", "en"]).stdout)
    assert data["reading"]["id"] == "scam"
    assert data["reading"]["decided_by"] in ASK_IDS
    assert {"remote-app", "chat-contact"} <= {ask["id"] for ask in data["asks"]}
    assert list(data["asks"][0]) == list(data["claims"][0])  # the same shape


def test_hints_never_change_what_is_found() -> None:
    # A regular expression runs only when one of its opening words is in the text
    # (start-up: ~170 expressions are not all compiled). The hints must only skip
    # work: every corpus message scans the same without them.
    import dataclasses
    from pathlib import Path

    import yaml

    from debthelp.check.patterns import default_patterns_path, load_patterns

    hinted = load_patterns()
    plain = load_patterns(default_patterns_path())  # eager, and a separate copy

    def strip(entries: tuple) -> tuple:  # type: ignore[type-arg]
        return tuple(
            dataclasses.replace(
                e, matchers=tuple(dataclasses.replace(r, hints=()) for r in e.matchers)
            )
            for e in entries
        )

    plain = dataclasses.replace(
        plain, claims=strip(plain.claims), signs=strip(plain.signs), asks=strip(plain.asks)
    )
    assert any(r.hints for e in hinted.claims for r in e.matchers)
    data = Path(__file__).parents[1] / "data"
    texts = [m[0] for m in FRAUDS] + [m[0] for m in NOTICES]
    for name in ("check_corpus.yaml", "check_heldout.yaml", "check_train_w3.yaml"):
        texts += [m["text"] for m in yaml.safe_load((data / name).read_text("utf-8"))["messages"]]
    for text in texts:
        assert scan(text, hinted) == scan(text, plain), text


@pytest.mark.parametrize(
    ("claim", "message"),
    [
        ("third-party", "你们公司HR的电话我们有，要不要我们帮你打个招呼？"),
        ("deadline", "请在明天中午之前处理，过时不候。"),
        ("fix-offer", "专业帮你处理网贷逾期，可协商只还本金，停止催收。"),
        ("fix-offer", "We can negotiate with your lenders to cut your debt by half. Small fee."),
        ("visit", "我们这周末就到你老家去找你爸妈。"),
        ("posting", "再不还就给你做个逾期公告，发到你们小区业主群。"),
    ],
)
def test_claims_in_other_words(claim: str, message: str) -> None:
    assert claim in {hit.id for hit in check(message).hits}


def test_a_lenders_own_offer_of_help_is_not_a_fix_offer() -> None:
    message = "【XX消费金融】如有困难，客服可以帮您处理逾期问题，请在官方App联系我们。"
    assert check(message).reading == "none"
