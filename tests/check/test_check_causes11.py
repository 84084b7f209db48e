"""Issue 23, eleventh round: what set 15's first pass showed the patterns still got
wrong, fixed by structure (each case in new words, not the set's own message).

- A fake platform that "closes an auto-renewal" through a QQ of its "customer service"
  is the fake customer service of 9-4.
- Someone else's case (a boss, a cousin, a colleague, the building's management) told
  in a chat is news, not a notice to the reader.
- A summons typed out from paper and sent with "我该怎么办" is a notice to check, not a
  borrower retelling a collector's words.
- A deposit to be refunded, and a tender bond paid by a company, are no fee.
- A screen share among colleagues at a work meeting is no fraud's ask (9-2 is about
  strangers); beside someone who claims a role it still is.
- A retelling of one's own fraud that trails off with "…" is one story: its asks are
  told, not asked.
"""

from __future__ import annotations

import pytest

from debthelp.check import check


def ids(text: str) -> set[str]:
    return {hit.id for hit in check(text, learned=False).hits}


def reading(text: str) -> str:
    return check(text, learned=False).reading


# ------------------------------------------------------------------ auto-renewal
@pytest.mark.parametrize(
    "text",
    [
        "【快手】您开通的极速版会员将于后天自动续费298元，若要取消请加客服微信 kf20251188 办理。",
        "尊敬的用户，您的视频会员即将自动扣费，如需关闭自动续费请联系专属客服QQ 3310022871，"
        "按指引操作。",
    ],
)
def test_closing_an_auto_renewal_through_a_chat_is_a_fraud(text: str) -> None:
    assert reading(text) == "scam"
    assert {"service-pretext", "chat-contact"} <= ids(text)


def test_an_apps_own_renewal_notice_is_no_fraud() -> None:
    text = "【爱奇艺】您的会员将于12月8日自动续费25元，如需取消可在App“我的-会员”中关闭自动续费。"
    assert reading(text) != "scam"


# ------------------------------------------------------------------ someone else's case
@pytest.mark.parametrize(
    "text",
    [
        "你知道吗，楼上那个开发商被业主起诉了，听说法院已经立案，估计要赔不少😂",
        "小王被前公司告了，说是劳动合同的事，他下周要去开庭，让我帮他顶一天班",
        "我姐劳动纠纷的官司下个月开庭，法院让她把工资流水打出来，我周末帮她整理",
        "那家装修公司拖着不退款，我们几户商量好了一起起诉他们，你要不要加入？",
        "听说他被银行起诉了，法院传票寄到单位了，难怪最近脸色不好",
    ],
)
def test_someone_elses_case_in_a_chat_is_news(text: str) -> None:
    assert reading(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "你的借款逾期已久，我司已向法院起诉，你下周要去开庭，请准备好身份证。",
        "您被某某小贷公司起诉，案件已立案，请登录人民法院在线服务查看。",
    ],
)
def test_a_case_against_the_reader_still_counts(text: str) -> None:
    assert "lawsuit" in ids(text)
    assert reading(text) in ("verify", "pressure")


def test_a_summons_typed_out_with_a_plea_for_help_is_one_to_check() -> None:
    text = (
        "法院寄来一张纸，我照着打出来：某某市某某区人民法院 传票 案号：（2025）某0102民初3344号 "
        "案由：信用卡纠纷 传唤事由：开庭 应到时间：2026年1月5日9时 应到处所：第三法庭。我该怎么办？"
    )
    assert reading(text) == "verify"


def test_a_borrower_asking_about_a_collectors_words_is_still_not_the_collector() -> None:
    assert reading("催收说下个月要起诉我，还说要发传票，我该怎么办") == "none"


# ------------------------------------------------------------------ deposits and bonds
@pytest.mark.parametrize(
    "text",
    [
        "房子我看过了没问题，押金1500这两天就退你，你把卡号发我一下",
        "退租的事我跟房东说好了，押金3000会退你的，她下周转过来",
        "下周一投标要交8万保证金，你跟财务确认下转账回单，中午前要上传",
    ],
)
def test_a_refunded_deposit_or_a_tender_bond_is_no_fee(text: str) -> None:
    assert "fees" not in ids(text)
    assert reading(text) == "none"


def test_a_deposit_before_a_loan_is_still_a_fee() -> None:
    text = "您的贷款已审核通过，放款前需先交押金2000元到指定账户，到账后立即放款。"
    assert "fees" in ids(text)
    assert reading(text) == "scam"


# ------------------------------------------------------------------ work meetings
@pytest.mark.parametrize(
    "text",
    [
        "周五下午三点部门例会改到腾讯会议，会议号 455-201-388，小赵汇报的时候记得共享屏幕",
        "明早九点周会，钉钉会议，讲方案的同事提前把PPT准备好，会上要屏幕共享",
        "Hi team, standup moves to Zoom today; Li, please share your screen for the slides.",
    ],
)
def test_a_screen_share_at_a_work_meeting_is_no_fraud(text: str) -> None:
    assert reading(text) == "none"
    found = ids(text)
    # listed alone: "stop sharing, leave the meeting" is no advice for a weekly review
    assert "work-meeting" in found and not {"screen-share", "remote-app", "personal-data"} & found


@pytest.mark.parametrize(
    "text",
    [
        "我是市公安局民警，你涉嫌一起洗钱案，现在下载会议App开个会，汇报的时候共享屏幕给我看你的银行卡余额",
        "您好，我是京东金融客服，您的金条需要关闭，请下载腾讯会议，输入会议号后共享屏幕，我指导您操作",
        "请下载瞩目会议，加入后打开屏幕共享，我帮你处理征信问题",
    ],
)
def test_a_screen_share_asked_by_a_stranger_is_still_a_fraud(text: str) -> None:
    assert reading(text) == "scam"
    assert {"screen-share", "remote-app"} & ids(text)


# ------------------------------------------------------------------ a retelling that trails off
def test_a_retelling_of_ones_own_fraud_that_trails_off_asks_nothing() -> None:
    text = (
        "跟你说个事 我前阵子被骗了… 网上找了个贷款 说额度3万 结果先让交什么解冻费 "
        "又让我刷流水 前后转了5千多 最后把我拉黑了 你以后千万别信这些"
    )
    assert reading(text) != "scam"


def test_a_fraud_that_trails_off_still_asks() -> None:
    text = "您好… 我是某某银行客服，您的账户存在异常… 请马上把验证码发给我，我帮您处理"
    assert reading(text) == "scam"


# ------------------------------------------------------------------ a lender's own legal department
@pytest.mark.parametrize(
    "text",
    [
        "您的账单已转交我司法务部门，法务会在五个工作日内向法院递交起诉材料，届时您将被列入失信名单。",
        "逾期已满90天，案件已移交法务中心，法务已经准备向您户籍地法院提交立案申请，请尽快在APP内还款。",
    ],
)
def test_a_lenders_legal_department_is_the_lender_speaking(text: str) -> None:
    assert "lender-voice" in ids(text)
    assert reading(text) == "pressure"


def test_a_relative_told_to_pass_on_a_collectors_words_was_contacted_as_a_third_party() -> None:
    text = (
        "闺女，今天有个男的打电话到我单位，说你网贷逾期不还，叫我转告你三天内处理，不然就起诉你。"
    )
    assert "third-party" in ids(text)
    assert reading(text) == "pressure"


def test_any_personal_account_is_not_ours_asks_no_transfer() -> None:
    text = (
        "你在我司借款已逾期60天，今天下午五点前还款可停止上门走访。还款只走官方APP，"
        "任何个人账户都不是我司的，请勿转账。"
    )
    assert not {"transfer", "personal-account"} & ids(text)
    assert reading(text) == "pressure"


# ------------------------------------------------------------------ gift cards before a loan
@pytest.mark.parametrize(
    "text",
    [
        "您的借款已审核通过，为证明还款能力，请购买1500元京东E卡，把卡号和卡密发给审核专员即可放款。",
        "额度批下来了，先去买两张购物卡，卡密拍照发我，作为资金实力证明，明天就到账",
    ],
)
def test_gift_cards_as_proof_before_a_loan_are_a_fee_before_it(text: str) -> None:
    assert "pay-before-loan" in ids(text)
    assert reading(text) == "scam"


def test_a_gift_card_between_family_is_no_ask() -> None:
    assert reading("超市购物卡打折，我买了两张，卡密发你微信了，给妈买点菜") == "none"


# ------------------------------------------------------------------ set 16's dev pass
def test_what_a_caller_did_not_ask_is_no_ask() -> None:
    text = (
        "我妈收到法院寄来的传票，说下个月开庭，上面有法官电话。没让交钱也没让转账，"
        "也没有要加什么微信，就是让按时到庭，这个要怎么准备？"
    )
    assert not {"transfer", "personal-account", "chat-contact"} & ids(text)
    assert reading(text) == "verify"


def test_no_such_thing_as_a_safe_account_asks_no_transfer() -> None:
    text = "提醒一下大家：公安不会电话办案，没有什么安全账户，陌生人要验证码一律挂掉。"
    assert reading(text) == "none"


def test_a_banks_warning_of_callers_posing_as_its_legal_staff_is_no_lawsuit() -> None:
    text = (
        "【某某银行】您尾号2201的信用卡已逾期3天，请尽快通过我行App还款。如遇自称“某某银行法务”"
        "的来电，请挂断后拨打官方客服核实。"
    )
    assert "lawsuit" not in ids(text)
    assert reading(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "我行已委外催收您的逾期账款，如仍未还款将依法提起诉讼，请通过我行App还款。",
        "本行已将您的欠款委托律师处理，逾期不还将向法院起诉，请尽快到我行网点还款。",
    ],
)
def test_a_bank_speaking_of_its_own_collection_is_the_lender(text: str) -> None:
    assert "lender-voice" in ids(text)
    assert reading(text) == "pressure"


@pytest.mark.parametrize(
    "text",
    [
        "看了新闻没，某个网贷公司被几百个借款人起诉了，法院判它退还多收的利息",
        "财务说那个经销商老板的账户被法院冻结了，这批货款先别打过去",
    ],
)
def test_news_of_a_company_sued_or_frozen_is_news(text: str) -> None:
    assert reading(text) == "none"


def test_a_refund_sent_to_the_tenant_is_no_fee() -> None:
    text = "房子检查完了没问题，押金1800晚上转给你微信，钥匙放物业就行"
    assert "fees" not in ids(text)


def test_paying_to_drop_a_case_in_a_parents_retelling_is_a_fraud() -> None:
    text = (
        "闺女，刚才有个男的打电话说是法院的，说你网贷没还被告了。他让我加他微信，"
        "把钱汇过去就能撤诉，还不让我跟你说。我没弄，你看看"
    )
    assert reading(text) == "scam"


# ------------------------------------------------------------------ English, set 16's dev pass
@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (
            "District court notice: a case was filed against you. Open the link, type in your "
            "ID no., card number and the SMS code to view the summons.",
            "code",
        ),
        (
            "JD refund desk: your parcel was lost. Take out the cash loan in your app, then "
            "send it to our clearing account and we return double.",
            "transfer",
        ),
    ],
)
def test_english_frauds_of_set_16s_kinds(text: str, ask: str) -> None:
    assert ask in ids(text)
    assert reading(text) == "scam"


def test_an_english_offer_to_clean_a_credit_report_is_a_fix_offer() -> None:
    text = "Overdue? We wipe your credit file in 5 days, negative records removed. Fee upfront."
    assert "fix-offer" in ids(text)
    assert reading(text) == "scam"


def test_an_english_friend_who_paid_back_by_wechat_asks_nothing() -> None:
    text = "just transferred the 300 I owed you via WeChat transfer, check it pls"
    assert not {"transfer", "chat-contact", "personal-account"} & ids(text)
    assert reading(text) == "none"


# ------------------------------------------------------------------ claims and asks set 16 missed
@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("您的信用账户异常，请下载“安心会议”软件，我们在线为您处理。", "link"),
        ("你先下个向日葵，我远程帮你把额度调出来", "link"),
        ("提额资格仅限今日，逾期作废，请尽快办理。", "deadline"),
        ("请在十分钟内完成付款，否则订单关闭。", "deadline"),
        ("本次减免名额今天截止，请抓紧。", "deadline"),
    ],
)
def test_set_16s_missed_claims_in_new_words(text: str, ident: str) -> None:
    assert ident in ids(text)


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        (
            "您的放款被冻结，请于1小时内支付解冻费2,000元至以下账户：6222 0211 3344 5566，张某。",
            "transfer",
        ),
        ("逾期款项可以减免，今天先付个300，用数字人民币钱包转给我就行，我帮你处理", "transfer"),
        ("请登录 fw.court.example.cn 查收电子传票", "click-link"),
        ("Your refund is ready. Join refund-desk.cn and follow the agent's steps.", "click-link"),
    ],
)
def test_set_16s_missed_asks_in_new_words(text: str, ident: str) -> None:
    assert ident in ids(text)


def test_a_meeting_clients_download_is_quieted_with_the_meeting() -> None:
    text = "明早九点周会用腾讯会议，没装客户端的提前下载一下，讲方案的同事准备共享屏幕"
    assert "link" not in ids(text) and reading(text) == "none"


def test_a_card_cashed_out_and_repaid_to_make_a_record_before_a_loan_is_a_fraud() -> None:
    text = "你是白户，先刷一下还款记录：下载我发的安装包，用信用卡刷出3000再还进去，马上放款"
    assert "pay-before-loan" in ids(text)
    assert reading(text) == "scam"


@pytest.mark.parametrize(
    "text",
    [
        "额度批了，按流程操作一下就好",
        "加我微信，我发你操作指引",
        "你照着做就行，别问那么多",
        "按我说的来，五分钟搞定",
    ],
)
def test_implied_steps_are_guided(text: str) -> None:
    assert "guided" in ids(text)


# ------------------------------------------------------------------ set 17's dev pass
# A sender who tells what a caller asked of them and asks whether it is real is in it
# now: "nothing found" would be the worst answer (issue 23), so what was asked of them
# counts. An earlier round read these as reports (none); set 17's writers read them
# as frauds, and so does the person who asks.
@pytest.mark.parametrize(
    "text",
    [
        "老公，刚才有个自称银行客服的说我信用卡要降额，叫我下载个软件，我没弄，你看是不是骗子",
        "刚有人打电话说是法院的，说我网贷被起诉了，让我下个视频软件核对身份，还要我把验证码念给他，是真的吗？",
        "今天一个女的打来说她是法院的，讲我儿子被人告了，叫我下个什么软件跟法官开会，说照着做就行，你看看是不是真的",
    ],
)
def test_a_sender_asking_whether_what_was_asked_of_them_is_real_gets_a_fraud(text: str) -> None:
    assert reading(text) == "scam"


@pytest.mark.parametrize(
    "text",
    [
        # a neighbour's fraud told as news: no question of one's own case
        "楼下王阿姨被骗了，说是公安局要资金清查，让她把钱转到安全账户，一下子没了八万。你接到这种电话直接挂",
        # a borrower asking about a collector's threat: no ask of a fraud's
        "催收说明天要上门，还要通知我单位，这是真的吗？他们真的会来吗",
    ],
)
def test_news_and_a_collectors_threat_asked_about_are_still_not_a_fraud(text: str) -> None:
    assert reading(text) != "scam"


@pytest.mark.parametrize(
    "text",
    [
        "逾期请通过官方App或对公账户还款（户名：某某消费金融有限公司），任何个人账户均非我司账户。",
        "还款账户 户名：某某小额贷款股份有限公司 开户行：招商银行某支行，请勿转账给个人。",
    ],
)
def test_a_lenders_company_account_named_is_no_personal_account(text: str) -> None:
    assert not {"personal-account", "transfer"} & ids(text)
    assert reading(text) != "scam"


def test_a_case_handed_to_the_legal_team_to_sue_is_the_lender_speaking() -> None:
    text = "您已逾期三个月，如本月仍无还款，案件会转到法务走诉讼流程，请尽快在官方App还款。"
    assert "lender-voice" in ids(text) and reading(text) == "pressure"


def test_a_suppliers_case_at_work_is_news() -> None:
    text = "王经理，客户的那个案子法院已经立案了，下周开庭，你把合同和转账凭证准备好"
    assert reading(text) == "none"


def test_a_collector_who_has_the_wifes_number_threatens_the_family() -> None:
    text = "李军，你老婆手机号是139-0000-1111吧？再不回我消息，我就打给她说你欠钱的事。"
    assert "third-party" in ids(text) and reading(text) == "pressure"


def test_a_court_caller_who_texts_a_link_to_install_is_a_fraud() -> None:
    text = (
        "（电话录音）这里是某某区法院，你的网贷案子要先在我们App里核实身份，"
        "我短信发你链接 fy-app.example.cn ，下载后按提示操作就行。"
    )
    assert "install-app" in ids(text) and reading(text) == "scam"


def test_an_english_relatives_summons_told_as_news_is_news() -> None:
    text = (
        "My brother got a court summons over a card debt; he checked it with the court "
        "and it's real."
    )
    assert reading(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "刚有个自称银行客服的，说我学生账户要注销，让我下个会议App共享屏幕，我没弄就挂了，是诈骗吧？",
        "俺刚接个电话说是派出所的，让俺把手机上的验证码念给他，说能把网贷销了，这是真的不？",
    ],
)
def test_more_ways_to_ask_whether_it_is_real(text: str) -> None:
    assert reading(text) == "scam"


def test_a_fixer_who_gets_the_platform_to_take_only_the_principal_is_a_fix_offer() -> None:
    text = "我有门路，能让平台只还本金，费用好说，事成之后再收，你先把借款合同截图发我"
    assert "fix-offer" in ids(text) and reading(text) == "scam"


def test_asking_for_a_neighbour_whether_it_is_normal_is_asking_whether_it_is_real() -> None:
    text = (
        "替我姑问一下，她接到电话说是法院的，让她下个视频App开庭，还要她把屏幕共享给法官看"
        "银行卡余额，这个正常吗？"
    )
    assert reading(text) == "scam"


def test_an_english_offer_to_clean_a_zhengxin_record_is_a_fix_offer() -> None:
    text = "Overdue? We fix your zhengxin report in a week, fee RMB 2,500, DM on Telegram @fixit"
    assert "fix-offer" in ids(text) and reading(text) == "scam"


def test_a_code_read_out_to_the_caller_is_a_code_ask() -> None:
    text = "他让我把手机收到的验证码念给他，说核对身份用，你说是不是骗子？"
    assert "code" in ids(text) and reading(text) == "scam"


# ------------------------------------------------------------------ with set 18 in training
def test_numbers_read_out_from_the_phone_are_a_code_ask() -> None:
    text = "那人说是银行客服，叫我把手机上刚收到的那串数报给他，说是核对身份用"
    assert "code" in ids(text)


def test_money_sent_to_verify_repayment_ability_before_a_loan_is_a_fee_before_it() -> None:
    text = "您的借款已审批，请先向我司钱包转入3000元核验还款能力，核验后额度自动到账。"
    assert "pay-before-loan" in ids(text) and reading(text) == "scam"


def test_guided_steps_kept_from_the_bank_are_a_fraud() -> None:
    text = "最后一步按流程操作一下就好，我拉个群，您按老师说的一步步做，银行问起来别说是贷款哈"
    assert {"guided", "secrecy"} <= ids(text) and reading(text) == "scam"


def test_at_bottom_is_it_or_not_asks_whether_it_is_real() -> None:
    text = "有个自称派出所的让我加他QQ，又让我开屏幕共享查流水，朋友说是诈骗，到底是不是啊"
    assert reading(text) == "scam"
