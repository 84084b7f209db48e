"""The fact sheet's misstatements 1 to 9, each with the wrong sentences its guard must
catch and the correct ones it must spare."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any, NamedTuple

from debthelp.content_rules.text import paragraphs, units

# =========================================================================== misstatements


class Misstatement(NamedTuple):
    number: int
    zh_name: str
    en_name: str
    zh: tuple[Any, ...]  # a regex, or a tuple of regexes that must all match one unit
    en: tuple[Any, ...]
    exempt_unit: str | None  # a unit matching this is a correction, not the claim
    exempt_nearby: str | None  # likewise when the sentence before or after matches
    catches: tuple[str, ...]  # self-test: wrong statements that must be caught
    spares: tuple[str, ...]  # self-test: correct statements that must not be caught

    @property
    def name(self) -> str:
        return f"{self.number} {self.en_name}"


_N = r"[^。；;\n]"  # anything within one sentence (zh)
_E = r"[^;\n]"  # anything within one sentence (en; units are already sentences)

MISSTATEMENTS: tuple[Misstatement, ...] = (
    Misstatement(
        1,
        "把24%/36%说成现在的法定或民间借贷上限",
        "24%/36% as today's legal or private-lending limit",
        zh=(
            rf"法定(利率|利息)?(上限|最高|红线){_N}{{0,6}}(24|36)\s*%",
            rf"(24|36)\s*%{_N}{{0,10}}(法律|法定){_N}{{0,4}}(上限|红线|保护)",
            rf"(民间借贷|借款|贷款){_N}{{0,6}}(上限|最高){_N}{{0,6}}(24|36)\s*%",
            rf"(超过|高于)(年化|年利率)?(24|36)\s*%{_N}{{0,8}}(违法|不合法|非法|无效|不受法律保护)",
        ),
        en=(
            rf"\b(legal|lawful|statutory)\s+(interest\s+)?(rate\s+)?(limit|cap|maximum|ceiling)\b"
            rf"{_E}{{0,20}}\b(24|36)\s*%",
            rf"\b(24|36)\s*%{_E}{{0,20}}\b(is|are|as)\s+(the\s+)?(legal|lawful|statutory)\s+"
            rf"(limit|cap|maximum|ceiling)",
            rf"\b(the\s+)?law\s+(caps?|limits?)\b{_E}{{0,30}}\b(24|36)\s*%",
            rf"private[- ]lending\s+(interest\s+)?(rate\s+)?(cap|limit|maximum|ceiling)\b"
            rf"{_E}{{0,20}}\b(24|36)\s*%",
            r"\b(above|over|exceeding|more than)\s+(24|36)\s*%\s+(is|are)\s+"
            r"(illegal|unlawful|void|not protected)",
        ),
        exempt_unit=None,
        exempt_nearby=(
            r"旧规|旧的|不再适用|2020年8月20日|过时|已经废止|已废止"
            r"|no longer|out of date|outdated|old rule|superseded|20 Aug(ust)? 2020"
        ),
        catches=(
            "民间借贷的法定上限是24%。",
            "年利率24%是法律规定的上限。",
            "民间借贷利率上限为36%。",
            "超过24%的利息都是违法的。",
            "The legal limit on interest is 24%.",
            "36% is the legal maximum for any loan.",
            "The law caps interest at 36% a year.",
            "民间借贷的法定上限是24%。借款前先算清楚。2020年8月20日以后签的合同另算。",
            "Interest above 24% is illegal.",
        ),
        spares=(
            "网上很多文章还在讲“两线三区”：年利率24%以内受保护，超过36%的部分无效。"
            "这是2015年司法解释的旧规定，自2020年8月20日起已不再适用于民间借贷。",
            "小额贷款公司：2026年起的24%监管要求",
            "Small-loan companies: the 24% regulatory cap from 2026",
            "实际年利率超过36%，并达到数额等标准的，可能构成非法经营罪。",
        ),
    ),
    Misstatement(
        2,
        "用2018年互金协会公约说夜间不许催收的钟点",
        "the 2018 NIFA convention cited for night hours",
        zh=(
            (
                r"2018",
                r"公约|互联网金融协会",
                r"2[12][:：]00|2[12]点|晚上(10|9|十|九)点|晚(10|9|十|九)点|夜里(10|9|十|九)点",
            ),
        ),
        en=(
            (
                r"2018",
                r"convention|NIFA",
                r"\b(2[12]:00|2[12]\.00|(10|9)\s?(pm|p\.m\.)|(ten|nine) (pm|p\.m\.|at night))",
            ),
        ),
        exempt_unit=(
            r"适当时间|没有规定具体|未规定具体|appropriate times?|names no|no specific hours"
        ),
        exempt_nearby=None,
        catches=(
            "中国互联网金融协会2018年公约规定，晚上10点后不得催收。",
            "按2018年的自律公约：\n- 每天22:00至次日8:00不得打电话。",
            "NIFA's 2018 convention bans calls after 10 pm.",
            "The 2018 convention forbids collection between 21:00 and 08:00.",
        ),
        spares=(
            "中国互联网金融协会2024年的《互联网金融贷后催收业务指引》：未事先约定，"
            "每天22:00至次日8:00不得催收。",
            "2018年的公约只要求“在适当时间”催收，没有规定具体时段；22:00的规定来自2024年指引。",
            "NIFA’s 2018 convention: no harassing unrelated people.",
        ),
    ),
    Misstatement(
        3,
        "说深圳是唯一的个人破产制度",
        "Shenzhen as the only personal-bankruptcy regime",
        zh=(
            rf"(只有|仅有|唯一){_N}{{0,8}}深圳",
            rf"深圳{_N}{{0,12}}(唯一|全国仅有|全国只有|独一)",
        ),
        en=(
            r"\bonly\s+Shenzhen\b",
            rf"\bonly\b{_E}{{0,12}}\b(place|city|region|one|regime|law)\b{_E}{{0,30}}\bShenzhen\b",
            rf"\bShenzhen\b{_E}{{0,40}}\b(the only|the sole|sole|unique)\b",
        ),
        exempt_unit=r"厦门|Xiamen|不再是唯一|no longer the only",
        exempt_nearby=None,
        catches=(
            "目前只有深圳有个人破产制度。",
            "深圳是全国唯一实行个人破产的地方。",
            "Shenzhen is the only place in China with personal bankruptcy.",
            "Only Shenzhen has a personal bankruptcy law.",
        ),
        spares=(
            "深圳：个人破产条例2021年3月1日起施行，适用于在深圳经济特区居住的人。",
            "Shenzhen's regulation applies only to people who have lived there for 3 years.",
            "Outside Shenzhen and Xiamen, debts are not discharged.",
        ),
    ),
    Misstatement(
        4,
        "把停息挂账说成法定权利",
        "停息挂账 as a legal right",
        zh=(
            rf"(法定权利|合法权利|你的权利|有权|依法可以|依法享有){_N}{{0,8}}停息挂账",
            rf"停息挂账{_N}{{0,10}}(?<!不)(是|属于|为){_N}{{0,6}}权利",
            rf"(有权|权利){_N}{{0,20}}(停息|免息){_N}{{0,20}}(60个月|5年|五年)",
            rf"(银行|机构|平台){_N}{{0,4}}(必须|应当|一定要|一定会){_N}{{0,6}}(同意|给你|办理)"
            rf"{_N}{{0,6}}停息",
        ),
        en=(
            rf"\b(legal\s+)?right\s+to\b{_E}{{0,40}}\b(stop|freez\w*|suspend\w*|halt)\b"
            rf"{_E}{{0,20}}\binterest",
            rf"(?<!not something you are )\bentitled to\b{_E}{{0,40}}"
            rf"(interest[- ]free|interest freeze|stop(ping)? (the )?interest|停息挂账|60 months)",
            rf"(停息挂账|interest freeze|stop(ping)? (the )?interest){_E}{{0,40}}"
            rf"\b(is|as)\s+(a|your)\s+(legal\s+)?right\b",
            rf"\b(banks?|lenders?)\s+(must|have to|are required to)\s+(agree|grant|give)\b"
            rf"{_E}{{0,30}}(interest freeze|stop(ping)? (the )?interest|停息挂账|60 months)",
        ),
        exempt_unit=None,
        exempt_nearby=None,
        catches=(
            "停息挂账是你的法定权利，最长60个月。",
            "持卡人有权要求银行停息挂账。",
            "你有权让银行停息60个月。",
            "银行必须同意停息挂账。",
            "You have a legal right to stop interest for up to 60 months.",
            "停息挂账 is your legal right.",
            "The bank must agree to stop the interest for 60 months.",
        ),
        spares=(
            "“停息挂账”不是法律用语，是代办机构常用的推销话术。",
            "监管规定说的是银行“可以”和你协商，不是你一定能得到的权利。",
            "银行“可以”同意，不是必须同意；分期期间是否还收利息和费用，要双方协商决定。",
            'The regulation says the bank "may" agree. It is the bank\'s choice, '
            "not something you are entitled to.",
            "“停息挂账” is a sales phrase, not something you are owed",
        ),
    ),
    Misstatement(
        5,
        "说诉讼时效一过债务就没了",
        "the limitation period wipes out the debt",
        zh=(
            rf"(诉讼)?时效{_N}{{0,20}}(债务消灭|欠款消灭|债务(就)?(自动)?(消失|作废|清零)"
            rf"|不用还|不必还|不需要还|无需还|一笔勾销|清零)",
            rf"(拖|过|超过)(了)?(三|3)年{_N}{{0,10}}(不用还|不必还|无需还|一笔勾销|清零|债务消灭|自动消失)",
        ),
        en=(
            rf"\blimitation\b{_E}{{0,60}}\b(wipes?|wiped|cancels?|cancell?ed|erases?|erased"
            rf"|extinguish(es|ed)?|clears?|cleared)\b{_E}{{0,10}}"
            r"\b(out|the debt|your debt|debts?)\b",
            rf"\b(three|3)[- ]years?\b{_E}{{0,40}}\b(debt|it)\b{_E}{{0,10}}"
            rf"\b(disappears?|vanish\w*|is (wiped|cancell?ed|gone|extinguished)|no longer exists)",
            rf"\b(wait|after)\b{_E}{{0,15}}\b(three|3) years\b{_E}{{0,30}}"
            rf"\b(don't|do not|no longer) (have to|need to) (pay|repay)",
        ),
        exempt_unit=(
            r"不代表|不等于|并不|并非|依然存在|仍然存在|误导"
            r"|\b(does not|doesn't|do not|don't|will not|won't|cannot|never)\s+"
            r"(wipe|cancel|erase|extinguish|clear|make)|still exists|still stands|misled|myth"
        ),
        exempt_nearby=None,
        catches=(
            "诉讼时效一过，债务就一笔勾销。",
            "拖过三年就不用还了。",
            "The limitation period wipes out the debt after three years.",
            "After 3 years the debt disappears.",
            "Wait three years and you no longer have to pay.",
        ),
        spares=(
            "时效过了，欠款依然存在。",
            "了解时效的真实规则，才不会被“拖三年就没事”这类说法误导。",
            "After the period ends, the debt still exists.",
            "The limitation period does not wipe out the debt.",
        ),
    ),
    Misstatement(
        6,
        "说带链接的法院短信都是假的",
        "every court SMS with a link is fake",
        zh=(
            rf"(带|含|有)(有)?链接{_N}{{0,10}}(都是|一律|全是|全部是|肯定是|一定是|就是){_N}{{0,4}}(假|诈骗|骗)",
            rf"(法院|法官){_N}{{0,4}}(不会|从不|绝不|从来不){_N}{{0,10}}(发|发送){_N}{{0,12}}链接",
            rf"(凡是|所有|只要){_N}{{0,20}}链接{_N}{{0,12}}(都是|一律|全是|就是){_N}{{0,4}}(假|诈骗|骗)",
        ),
        en=(
            rf"\ball\b{_E}{{0,30}}\blinks?\b{_E}{{0,20}}\b(fake|scams?|fraud\w*|bogus)\b",
            r"\bcourts?\s+(never|do not|don't|will not|won't|would never)\s+send\b"
            rf"{_E}{{0,40}}\blinks?\b",
            rf"\b(any|every)\s+(text|message|SMS)\b{_E}{{0,30}}\blinks?\b{_E}{{0,20}}"
            rf"\b(is|are)\s+(fake|a scam|fraud\w*)",
        ),
        exempt_unit=None,
        exempt_nearby=None,
        catches=(
            "带链接的法院短信都是假的。",
            "法院不会发送带链接的短信。",
            "All court texts with links are fake.",
            "Courts never send links by SMS.",
            "Any message from a court with a link is a scam.",
        ),
        spares=(
            "真正的法院也会发送带链接的电子送达短信，所以不能凭“有没有链接”判断真假。",
            "Real courts do send e-service texts with links, so you cannot judge a message by "
            "whether it has a link.",
        ),
    ),
    Misstatement(
        7,
        "说个人信息保护法明确禁止联系通讯录",
        "the PIPL explicitly forbids contacting your contact list",
        zh=(
            rf"个人信息保护法{_N}{{0,20}}(明确)?(禁止|不得|严禁|不允许){_N}{{0,10}}(通讯录|联系人)",
            rf"个人信息保护法》?{_N}{{0,8}}明确规定{_N}{{0,20}}(通讯录|联系人)",
        ),
        en=(
            rf"\b(PIPL|Personal Information Protection Law)\b{_E}{{0,40}}"
            rf"\b(bans|forbids|prohibits|outlaws|makes it illegal)\b{_E}{{0,40}}\bcontact",
            rf"\bcontact(s| list)?\b{_E}{{0,40}}\b(banned|forbidden|prohibited)\s+(by|under)\s+"
            rf"the\s+(PIPL|Personal Information Protection Law)",
        ),
        exempt_unit=(
            r"没有专门|没有明确|并未|no rule that names"
            r"|does not (explicitly|expressly|specifically)"
        ),
        exempt_nearby=None,
        catches=(
            "《个人信息保护法》明确禁止催收方联系你的通讯录。",
            "The PIPL explicitly forbids collectors from calling your contacts.",
            "Calling your contact list is prohibited under the PIPL.",
        ),
        spares=(
            "《个人信息保护法》要求处理个人信息合法、正当、必要，不得非法向他人提供或公开。"
            "这部法律没有专门点名“爆通讯录”。",
            "That law has no rule that names contact-list collection as such.",
        ),
    ),
    Misstatement(
        8,
        "说信用卡逾期本身就是恶意透支或信用卡诈骗",
        "an overdue credit card is by itself malicious overdraft or card fraud",
        zh=(
            rf"(逾期|没还|不还|欠款不还|还不上){_N}{{0,12}}(就是|就算|构成|等于|属于|算是)"
            rf"{_N}{{0,4}}(恶意透支|信用卡诈骗)",
        ),
        en=(
            rf"\b(overdue|late|behind|not paying|missed payments?|unpaid)\b{_E}{{0,30}}"
            rf"\b(is|counts as|amounts to|means|equals)\s+(automatically\s+)?"
            r"(malicious overdraft|credit[- ]card fraud)",
        ),
        exempt_unit=(
            r"不等于|不是|不能|不得|并不|可能构成"
            r"|not,? by itself|is not|isn't|cannot|does not|doesn't"
        ),
        exempt_nearby=None,
        catches=(
            "信用卡逾期不还就是恶意透支。",
            "信用卡逾期三个月就构成信用卡诈骗。",
            "Being overdue on your card is malicious overdraft.",
            "Not paying your card counts as credit-card fraud.",
        ),
        spares=(
            "逾期没还，本身不等于恶意透支。",
            "金额达到5万元以上（只算没还的本金）的，可能构成信用卡诈骗罪。",
            "只凭没按时还款，不能认定有非法占有目的。",
            "Being behind on a card is not, by itself, malicious overdraft.",
        ),
    ),
    Misstatement(
        9,
        "没发现已知套路，就说消息是正常的、安全的",
        "no known pattern, so the message is fine",
        zh=(
            rf"(没有|没|未)(发现|找到|识别到|匹配到|查到){_N}{{0,16}}"
            rf"(，|,|所以|因此|说明|就是|表示|应该)?{_N}{{0,8}}"
            rf"(是正常的|很正常|是安全的|很安全|没有问题|没问题|可以放心|放心|不是诈骗|是真的|可信)",
            rf"(这条|这个|该)(消息|短信|信息|来电){_N}{{0,4}}(是正常的|是安全的|没有问题|没问题|可以放心|可信)",
        ),
        en=(
            rf"\bno\b{_E}{{0,40}}\b(pattern|problem|sign|warning|red flag)s?\b{_E}{{0,30}}"
            rf"\b(so|which means|meaning)?\s*(it|this|the message|this message)\s+"
            r"(is|looks|seems)\s+"
            r"(fine|safe|normal|genuine|legitimate|ok|okay|harmless)\b",
            r"\b(this|the) (message|text|call) (is|looks) "
            r"(safe|fine|normal|genuine|legitimate|ok)\b",
        ),
        exempt_unit=(
            r"不等于|不代表|不说明|不能说明|不一定|并不|not mean|doesn't mean|does not mean"
            r"|not that|cannot tell|can't tell|not necessarily"
        ),
        exempt_nearby=None,
        catches=(
            "没有发现问题，这条消息是正常的。",
            "没有发现已知的诈骗套路，可以放心。",
            "这条短信是安全的。",
            "No known pattern found, so the message is fine.",
            "No warning signs: this message is safe.",
        ),
        spares=(
            "没有发现已知的施压或诈骗套路。仍不放心，就用官方渠道核实。",
            "没有发现已知套路，不等于这条消息是安全的。",
            "No known pattern of pressure or scam found. If you are still unsure, check "
            "through official channels.",
            "Finding no known pattern does not mean the message is safe.",
        ),
    ),
)


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def _unit_matches(unit: str, pattern: Any) -> bool:
    if isinstance(pattern, tuple):
        return all(_rx(p).search(unit) for p in pattern)
    return _rx(pattern).search(unit) is not None


@lru_cache(maxsize=8192)
def _parsed(text: str) -> tuple[tuple[str, ...], ...]:
    """Each paragraph's sentences (read once per text, whatever the number of guards)."""
    return tuple(tuple(units(para)) for para in paragraphs(text))


def claims(text: str, m: Misstatement, lang: str | None = None) -> list[str]:
    """The sentences of ``text`` that make misstatement ``m``."""
    langs = (lang,) if lang else ("zh", "en")
    found = []
    for para_units in _parsed(text):
        for i, unit in enumerate(para_units):
            if m.exempt_unit and _rx(m.exempt_unit).search(unit):
                continue
            nearby = para_units[max(0, i - 1) : i + 2]
            if m.exempt_nearby and any(_rx(m.exempt_nearby).search(u) for u in nearby):
                continue
            for lg in langs:
                if any(_unit_matches(unit, p) for p in getattr(m, lg)):
                    found.append(unit)
                    break
    return found
