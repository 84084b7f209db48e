"""The content rules: one set of checks for every sentence debthelp shows (pure core).

Wrong advice hurts real people, so every sentence that states a rule or names a
channel is checked the same way, wherever it lives: the guidance's tips, terms and
questions, the checker's patterns, the letters, the evidence log's tags, the budget
and rate reports (``data/*.yaml``), and the message catalogues
(``src/debthelp/messages/*.py``, whose ``SOURCES`` map a key to its facts).

A *unit* is one bilingual text (a ``{zh, en}`` mapping in a data file, or one
catalogue entry) with the fact ids it leans on: its own ``source`` (or
``<field>_source``) and those of the mappings around it. The rules:

- ``unsourced``: a unit that states a rule or names a channel cites a fact, not
  only the source article;
- ``source-unknown`` / ``source-unverified``: every cited id is declared in the
  guidance's ``sources`` and is V-P or V-S (never a fact the sheet marks U);
- ``number`` / ``number-source``: only the verified hotlines, each with the fact
  that backs it;
- ``industry-unlabelled`` / ``industry-scope`` / ``industry-as-law``: an industry
  rule says it is one (行业规范 / industry rule) and whom it binds (会员 / members),
  and is never called law;
- ``misstatement``: none of the fact sheet's misstatements 1 to 9;
- ``2b-1``: the 2012 police-law text (2b-1) is always cited with 2b-2;
- ``time-bar`` / ``time-bar-gloss``: a sentence saying the limitation period
  restarts (4-3) also says that agreeing after it has run gives up the defence
  (4-2); the period is never glossed as "the time the lender has to sue".

``debthelp validate`` reports every problem found here, and the content tests run
the same functions on the shipped data, so a content author learns everything
from ``validate``. Nothing here imports rich, typer or questionary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from debthelp.guidance.model import Problem, Source

# The data files whose texts are checked (data/lpr.yaml holds figures, no prose).
DATA_FILES = (
    "guidance.yaml",
    "patterns.yaml",
    "letters.yaml",
    "log.yaml",
    "budget.yaml",
    "rate.yaml",
)
MESSAGE_MODULES = ("core", "rate", "log", "check", "budget", "letters")

SEED_PREFIX = "seed "
# Facts the fact sheet marks U, or whose only citable part is elsewhere: 3-3
# (12363's current service is unverified), 4-9 (its inference is U: cite 4-6 or
# 2c-7), 7-7 and the advisor's note 2 (no label of its own).
UNCITABLE = frozenset({"1b-7", "2c-8", "3-3", "4-9", "6-4", "7-7", "2-note"})
INDUSTRY_FACTS = frozenset({"2c-3", "2c-4", "2c-5", "2c-6", "2c-7"})

# The hotlines the fact sheet supports, each with the fact a unit giving it cites.
HOTLINES: Mapping[str, tuple[str, ...]] = {
    "110": ("3-4", "9-5", "5-5"),
    "120": ("3-14",),
    "12356": ("3-13",),
    "12378": ("3-1",),
    "12321": ("3-5",),
    "010-12321": ("3-5",),
    "12315": ("3-6",),
    "12348": ("3-7", "3-8"),
    "12368": ("4-7",),
    "96110": ("3-12", "9-5"),
}
FORBIDDEN_NUMBERS = ("12363",)


# =========================================================================== units


class Unit(NamedTuple):
    """One bilingual text and the facts it leans on."""

    file: str  # "guidance.yaml", "messages/core.py"
    where: str  # "tips.propose-plan.body"
    line: int
    zh: str
    en: str
    sources: tuple[str, ...]

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


def _ids(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value if isinstance(v, str | int | float))
    return ()


def _line(node: Any, key: str | None = None) -> int:
    if key is not None and hasattr(node, "line_of"):
        return int(node.line_of(key))
    return int(getattr(node, "line", 0))


def data_units(file: str, raw: Any) -> list[Unit]:
    """Every ``{zh, en}`` text in a parsed data file, with its sources.

    A text's sources are its own (``source``, or ``<key>_source`` beside it) and
    those of every mapping around it. The guidance's ``sources`` list (the
    declarations and their citations) and ``advice`` (no prose) are skipped.
    """
    out: list[Unit] = []
    skip = {"sources", "advice"} if file == "guidance.yaml" else set()

    def visit(node: Any, path: str, inherited: tuple[str, ...], line: int) -> None:
        if isinstance(node, Mapping):
            zh, en = node.get("zh"), node.get("en")
            if isinstance(zh, str) and isinstance(en, str):
                own = _ids(node.get("source")) + _ids(node.get("sources"))
                out.append(Unit(file, path, line or _line(node), zh, en, inherited + own))
                return
            here = inherited + _ids(node.get("source"))
            for key, value in node.items():
                if not path and key in skip:
                    continue
                if key in ("source", "sources") or str(key).endswith("_source"):
                    continue
                extra = _ids(node.get(f"{key}_source"))
                child = f"{path}.{key}" if path else str(key)
                visit(value, child, here + extra, _line(node, str(key)))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                name = item.get("id") if isinstance(item, Mapping) else None
                label = str(name) if isinstance(name, str | int) else str(index)
                visit(item, f"{path}.{label}" if path else label, inherited, _line(item))

    visit(raw, "", (), 0)
    return out


def message_units(name: str, messages: Mapping[str, Mapping[str, str]], sources: Any) -> list[Unit]:
    """One catalogue's entries as units; ``sources`` is its ``SOURCES`` (key -> fact ids)."""
    table: Mapping[str, Any] = sources if isinstance(sources, Mapping) else {}
    return [
        Unit(f"messages/{name}.py", key, 0, text["zh"], text["en"], tuple(table.get(key, ())))
        for key, text in messages.items()
        # The content checker's own messages describe the rules; they state none.
        if "zh" in text and "en" in text and not key.startswith("content-")
    ]


# =========================================================================== text helpers


_SENT_END = re.compile(r"(?<=[。！？；!?;])|(?<=\.)(?=\s)")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.、)])\s*")


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def sentences(line: str) -> list[str]:
    return [s.strip() for s in _SENT_END.split(line) if s and s.strip()]


def units(text: str) -> list[str]:
    """The statements a reader takes in: each sentence, and for a list introduced by a
    colon ("中国银行业协会指引：" + "- …"), the introducing sentence joined to each item,
    since "Under X: - Y" reads as "Under X, Y"."""
    out: list[str] = []
    for para in paragraphs(text):
        lead: str | None = None
        for raw_line in para.splitlines():
            line = raw_line.strip()
            if not line:
                continue
            is_item = bool(_BULLET.match(line))
            out.extend(sentences(line))
            if is_item and lead is not None:
                out.append(lead + " " + _BULLET.sub("", line))
            elif not is_item:
                lead = None
            parts = sentences(line)
            if parts and parts[-1].endswith((":", "：")):
                lead = parts[-1]
    return out


_PHONE = re.compile(
    r"""
    (?<!\d)(?<!\d[.,])                 # not the tail of a bigger or decimal number
    (?<!第)(?<!Art\.\s)(?<!Arts\.\s)(?<!No\.\s)
    (?P<num>
        0\d{2,3}-\d{5,8}               # area code + number: 010-12321
      | [48]00-?\d{3}-?\d{4}           # 400 / 800 numbers
      | \d{7,}                         # landlines, mobiles, any long digit run
      | 12\d{3}                        # 12xxx government service lines
      | 9[56]\d{3}                     # 95xxx / 96xxx service lines
      | 11[0249] | 12[02]              # 110 112 114 119 120 122
    )
    (?!\d)(?![.,]\d)(?!\s?%)           # not the head of a bigger or decimal number, not a rate
    (?!\s?(?:条|款|项|号|元|万|天|日|个月|年|次|件|倍))
    """,
    re.X,
)


def phone_numbers(text: str) -> list[str]:
    """Every phone number in ``text`` (not article numbers, sums, dates or rates)."""
    text = re.sub(r"https?://[\x21-\x7e]+|www\.[A-Za-z0-9.-]+(?:/[\x21-\x7e]*)?", " ", text)
    return [m.group("num") for m in _PHONE.finditer(text)]


def snippet(text: str, width: int = 48) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


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


def _unit_matches(unit: str, pattern: Any) -> bool:
    if isinstance(pattern, tuple):
        return all(re.search(p, unit, re.I) for p in pattern)
    return re.search(pattern, unit, re.I) is not None


def claims(text: str, m: Misstatement, lang: str | None = None) -> list[str]:
    """The sentences of ``text`` that make misstatement ``m``."""
    langs = (lang,) if lang else ("zh", "en")
    found = []
    for para in paragraphs(text):
        para_units = units(para)
        for i, unit in enumerate(para_units):
            if m.exempt_unit and re.search(m.exempt_unit, unit, re.I):
                continue
            nearby = para_units[max(0, i - 1) : i + 2]
            if m.exempt_nearby and any(re.search(m.exempt_nearby, u, re.I) for u in nearby):
                continue
            for lg in langs:
                if any(_unit_matches(unit, p) for p in getattr(m, lg)):
                    found.append(unit)
                    break
    return found


# =========================================================================== industry rules


_BODY = {
    "zh": r"互联网金融协会|银行业协会|行业规范|行业自律|自律公约",
    "en": r"\bNIFA\b|\bCBA\b|Internet Finance Association|Banking Association"
    r"|industry (rules?|norms?)"
    r"|self-regulat",
}
_LABEL = {"zh": r"行业规范|行业自律", "en": r"industry (rules?|norms?)|self-regulat"}
# Whom it binds: its members, or (for a person's loan) that it does not bind them.
_BINDS = {"zh": r"会员|约束|管不到|只管|管的是", "en": r"\bmembers?\b|\bbinds?\b|\bbound\b"}
_RULE_WORDS = {
    "zh": r"不得|禁止|(?<!拿)不准|严禁",
    "en": r"\bmay not (?!happen|be\b|come\b)|\bmust not\b|\bbans?\b|\bforbid|\bprohibit",
}
_LAW_ZH = (
    r"法律规定|法律明确|法律禁止|法律要求|依法规定"
    rf"|(指引|公约|行业规范|协会){_N}{{0,8}}(?<!不)(是|属于|算)法律"
)
_NOT_LAW_ZH = r"不是法律|并非法律|不属于法律|而不是法律|不算法律|本身不是法律|不是法定"
_LAW_EN = (
    r"\b(the law says|law says|by law|the law (requires|forbids|bans|prohibits)"
    r"|legally (required|binding)|legal provisions?"
    r"|(guidelines?|convention|industry rules|norms)\b(\s+[\w’']+){0,3}\s+"
    r"(is|are) (a |the )?laws?\b)"
)
_IND_EN = r"\b(industry|association|guidelines?|convention|NIFA|CBA)\b"
_NOT_LAW_EN = r"\bnot (a |the )?laws?\b|\bnot legal provisions\b|\bnot (legally )?binding law"
_BREACH_ZH = (
    rf"(违反|不遵守){_N}{{0,15}}(指引|公约|行业规范){_N}{{0,10}}(?<!不算)(?<!不是)(违法|犯罪)"
)
_BREACH_EN = (
    rf"\b(breaking|breaching|violating|breach of)\b{_E}{{0,30}}(guidelines?|convention|industry "
    rf"(rules|norms)){_E}{{0,20}}\b(is|are)\s+(illegal|a crime|unlawful|against the law)"
)


def industry_as_law(unit: str, lang: str) -> bool:
    """Whether the sentence ``unit`` presents an industry rule as law."""
    if lang == "zh":
        if (
            re.search(_LAW_ZH, unit)
            and re.search(r"行业|协会|指引|公约", unit)
            and not re.search(_NOT_LAW_ZH, unit)
        ):
            return True
        return re.search(_BREACH_ZH, unit) is not None
    if (
        re.search(_LAW_EN, unit, re.I)
        and re.search(_IND_EN, unit)
        and not re.search(_NOT_LAW_EN, unit, re.I)
    ):
        return True
    return re.search(_BREACH_EN, unit, re.I) is not None


def industry_unlabelled(text: str, lang: str) -> list[str]:
    """Paragraphs naming an industry body or rule without the words 行业规范 / industry rule."""
    return [
        p
        for p in paragraphs(text)
        if re.search(_BODY[lang], p, re.I) and not re.search(_LABEL[lang], p, re.I)
    ]


def industry_unscoped(text: str, lang: str) -> list[str]:
    """Paragraphs stating an industry rule without saying whom it binds (its members)."""
    return [
        p
        for p in paragraphs(text)
        if re.search(_BODY[lang], p, re.I) and not re.search(_BINDS[lang], p, re.I)
    ]


# =========================================================================== the time bar


_RESTART = {
    "zh": r"时效[^。]{0,40}重新(开始)?(计算|算)|重新(开始)?(计算|算)[^。]{0,10}时效",
    "en": r"(limitation|time bar|clock)[^.]{0,80}\b(restarts?|starts? again|start the clock again|"
    r"runs? again)\b|\b(restarts?|starts? again)\b[^.]{0,60}\blimitation",
}
_FORFEIT = {
    "zh": r"(不能再|不得再|不可以再|就没法再|放弃)[^。]{0,20}(时效|拒绝)|时效抗辩",
    "en": r"gives? up[^.]{0,40}(defen[cs]e|right to refuse)"
    r"|los(e|es|t) (that|the|this|your)[^.]{0,20}defen[cs]e"
    r"|can no longer (use|refuse|rely)|forfeit",
}
_GLOSS = {
    "zh": r"(能|可以)?起诉你的(法定)?期限|(法院|通过法院)追讨(欠款)?的期限|可以起诉你的法定期限",
    "en": r"time (limit )?(the lender|a creditor|the creditor|they) (has|have) to (sue|pursue)"
    r"|time limit for the lender to sue|time the lender has to sue",
}


def time_bar_half(text: str, lang: str) -> bool:
    """Says the limitation period restarts (4-3) but not that agreeing after it has
    run gives up the defence (4-2)."""
    return bool(re.search(_RESTART[lang], text, re.I)) and not re.search(_FORFEIT[lang], text, re.I)


def time_bar_gloss(text: str, lang: str) -> bool:
    """Glosses the limitation period as the time the lender has to sue (4-2: it may
    still sue; expiry is a defence the borrower raises)."""
    return re.search(_GLOSS[lang], text, re.I) is not None


# =========================================================================== the screen


_STATES_RULE = {
    "zh": r"《[^》]{2,40}》|第\d+条|法律规定|依法|监管规定|监管要求|行业规范|司法解释"
    r"|诉讼时效[^。]{0,6}(是|为|一般|会|重新|过|届满|期间)"
    r"|法院(会|不会|可以|不得)",
    "en": r"\bArts?\.\s*\d|\bthe law (says|requires|bans|forbids)|\bby law\b"
    r"|\bregulations? (say|require)"
    r"|industry (rules?|norms?)|limitation period (is|runs|restarts|starts|ends)|Civil Code"
    r"|\bcourts? (will|may|can|cannot)\b",
}


def states_rule_or_channel(unit: Unit) -> bool:
    """Whether a unit states a rule or names a channel (a hotline), by a keyword screen."""
    for lang in ("zh", "en"):
        text = unit.text(lang)
        if phone_numbers(text) or re.search(_STATES_RULE[lang], text, re.I):
            return True
    return False


# =========================================================================== the checks


def _problem(unit: Unit, key: str, **params: Any) -> Problem:
    # ``key`` is a literal at every call below ("content-..."), in the catalogue.
    return Problem(f"{unit.file} {unit.where}", key, unit.line, params)


def check_unit(
    unit: Unit, declared: Mapping[str, Source], context: Mapping[str, str] | None = None
) -> list[Problem]:
    """Every content rule one unit breaks. ``context`` is the text of the unit's
    siblings by language (a tip's title, body and why): the time bar's second half
    may be said beside the first."""
    out: list[Problem] = []
    facts = [sid for sid in unit.sources if not sid.startswith(SEED_PREFIX)]
    good: list[str] = []
    for sid in dict.fromkeys(facts):
        source = declared.get(sid)
        if source is None:
            out.append(_problem(unit, "content-source-unknown", value=sid))
        elif sid in UNCITABLE or source.confidence not in ("V-P", "V-S"):
            out.append(_problem(unit, "content-source-unverified", value=sid))
        else:
            good.append(sid)
    if not good and states_rule_or_channel(unit):
        out.append(_problem(unit, "content-unsourced", text=snippet(unit.zh)))
    if "2b-1" in unit.sources and "2b-2" not in unit.sources:
        out.append(_problem(unit, "content-2b-1"))

    numbers: dict[str, None] = {}
    for lang in ("zh", "en"):
        numbers.update(dict.fromkeys(phone_numbers(unit.text(lang))))
    for number in numbers:
        backing = HOTLINES.get(number)
        if backing is None:
            out.append(_problem(unit, "content-number", value=number, allowed=", ".join(HOTLINES)))
        elif not set(backing) & set(unit.sources):
            out.append(
                _problem(unit, "content-number-source", value=number, fact=" / ".join(backing))
            )

    heading = unit.where.endswith(".title") or unit.where.endswith(".label")
    for lang in ("zh", "en"):
        text = unit.text(lang)
        beside = (context or {}).get(lang, text)
        # A heading names a subject; the sentences under it state the industry rule.
        stated = "" if heading else text
        for para in industry_unlabelled(stated, lang):
            out.append(_problem(unit, "content-industry-unlabelled", lang=lang, text=snippet(para)))
        for para in industry_unscoped(stated, lang):
            if re.search(_LABEL[lang], para, re.I):  # unlabelled ones are reported above
                out.append(_problem(unit, "content-industry-scope", lang=lang, text=snippet(para)))
        if (
            set(good) & INDUSTRY_FACTS
            and re.search(_RULE_WORDS[lang], stated, re.I)
            and not re.search(_LABEL[lang], stated, re.I)
            and not industry_unlabelled(stated, lang)
        ):
            out.append(
                _problem(unit, "content-industry-unlabelled", lang=lang, text=snippet(stated))
            )
        names_industry = re.search(_BODY[lang], stated, re.I) or set(good) & INDUSTRY_FACTS
        if names_industry:
            for sentence in units(stated):
                if industry_as_law(sentence, lang):
                    out.append(
                        _problem(unit, "content-industry-as-law", lang=lang, text=snippet(sentence))
                    )
        for m in MISSTATEMENTS:
            for sentence in claims(text, m, lang):
                name = m.zh_name if lang == "zh" else m.en_name
                out.append(
                    _problem(
                        unit,
                        "content-misstatement",
                        lang=lang,
                        number=m.number,
                        name=name,
                        text=snippet(sentence),
                    )
                )
        if time_bar_half(text, lang) and not re.search(_FORFEIT[lang], beside, re.I):
            out.append(_problem(unit, "content-time-bar", lang=lang, text=snippet(text)))
        if time_bar_gloss(text, lang):
            out.append(_problem(unit, "content-time-bar-gloss", lang=lang, text=snippet(text)))
    return out


def _parent(unit: Unit) -> tuple[str, str]:
    return unit.file, unit.where.rsplit(".", 1)[0]


def check_units(units_: Iterable[Unit], declared: Mapping[str, Source]) -> list[Problem]:
    """Every content problem in ``units_``, in order."""
    listed = list(units_)
    siblings: dict[tuple[str, str], dict[str, str]] = {}
    for unit in listed:
        texts = siblings.setdefault(_parent(unit), {"zh": "", "en": ""})
        for lang in ("zh", "en"):
            texts[lang] += "\n\n" + unit.text(lang)
    return [
        problem
        for unit in listed
        for problem in check_unit(unit, declared, siblings[_parent(unit)])
    ]


# =========================================================================== the shipped files


def data_dir() -> Path:
    """Where the shipped data files are (inside the package, or data/ in a checkout)."""
    from debthelp.guidance import default_guidance_path

    return default_guidance_path().parent


def load_data_units(
    directory: Path | None = None,
    *,
    files: Iterable[str] = DATA_FILES,
    guidance: Path | None = None,
) -> Iterator[Unit]:
    """The units of each data file in ``directory``; ``guidance`` replaces guidance.yaml."""
    from debthelp.errors import GuidanceError
    from debthelp.yamlio import load_yaml, read_text

    folder = directory or data_dir()
    for name in files:
        path = guidance if (name == "guidance.yaml" and guidance is not None) else folder / name
        if not path.is_file():
            continue
        raw = load_yaml(read_text(path, error=GuidanceError), path=str(path), error=GuidanceError)
        yield from data_units(name, raw)


def load_message_units() -> Iterator[Unit]:
    """The units of every message catalogue, with each catalogue's ``SOURCES``."""
    import importlib

    for name in MESSAGE_MODULES:
        module = importlib.import_module(f"debthelp.messages.{name}")
        yield from message_units(name, module.MESSAGES, getattr(module, "SOURCES", None))


def check_shipped(
    declared: Mapping[str, Source],
    *,
    guidance: Path | None = None,
    guidance_declared: Mapping[str, Source] | None = None,
) -> list[Problem]:
    """Every content problem in the shipped data files and message catalogues.

    ``declared`` is the shipped guidance's ``sources``, which every file cites.
    ``guidance`` checks that guidance file in place of the shipped one (``debthelp
    validate FILE``), against its own ``guidance_declared`` sources; the other
    files are always the shipped ones.
    """
    own = guidance_declared if guidance_declared is not None else declared
    found = check_units(load_data_units(files=("guidance.yaml",), guidance=guidance), own)
    others = tuple(name for name in DATA_FILES if name != "guidance.yaml")
    found += check_units(load_data_units(files=others), declared)
    found += check_units(load_message_units(), declared)
    return found


__all__ = [
    "DATA_FILES",
    "FORBIDDEN_NUMBERS",
    "HOTLINES",
    "INDUSTRY_FACTS",
    "MISSTATEMENTS",
    "UNCITABLE",
    "Misstatement",
    "Unit",
    "check_shipped",
    "check_unit",
    "check_units",
    "claims",
    "data_units",
    "industry_as_law",
    "industry_unlabelled",
    "industry_unscoped",
    "load_data_units",
    "load_message_units",
    "message_units",
    "paragraphs",
    "phone_numbers",
    "states_rule_or_channel",
    "time_bar_gloss",
    "time_bar_half",
    "units",
]
