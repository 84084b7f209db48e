"""Text as the patterns see it, with the way back to the text as the person sent it.

Collectors write around keyword filters: full-width letters, traditional
characters, "起 诉", "立-案". ``normalise`` folds all of these onto one form
(NFKC, lower case, a small traditional-to-simplified table for the characters
the patterns use, separators dropped between two Chinese characters) and keeps,
for every character of the result, the offset in the original text it came
from, so a match can be highlighted where the person sees it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final, NamedTuple

# Traditional forms of the characters the patterns (data/patterns.yaml) use.
# Small on purpose: no dependency, and every pair is one a pattern needs.
_TRADITIONAL = (
    "訴訟傳執機關聯繫絡錄訊單門網調徵費賬帳戶號碼驗證債務優復掛綁偵詐騙惡親屬貼訪時內後"
    "額違約個轉掃連鏈載點擊銀請於還貸將報處罰檢國監總壞殺斷滾讓給這們會對應員話電簡從過進"
    "辦無圖頁庭認識業統權撥實區記視頻臉鎖凍結產覺補罪陣彈攝術產擔滯納條簽書師務類護備"
    "警察單資訊車鄰居廣眾曝欄輛樓區學職領導數據處碼戶籍縣鎮塊錢還貼圍觀責創庫屏幕"
    "經麼嗎東說裡來為與發現"
)
_SIMPLIFIED = (
    "诉讼传执机关联系络录讯单门网调征费账账户号码验证债务优复挂绑侦诈骗恶亲属贴访时内后"
    "额违约个转扫连链载点击银请于还贷将报处罚检国监总坏杀断滚让给这们会对应员话电简从过进"
    "办无图页庭认识业统权拨实区记视频脸锁冻结产觉补罪阵弹摄术产担滞纳条签书师务类护备"
    "警察单资讯车邻居广众曝栏辆楼区学职领导数据处码户籍县镇块钱还贴围观责创库屏幕"
    "经么吗东说里来为与发现"
)
# More pairs, written traditional-then-simplified: the common characters of
# collection, court, loan and fraud messages ("寫", "驗證碼", "轉帳", "會議").
_PAIRS = (
    "寫写讀读聽听語语謝谢問问題题開开間间聞闻個个來来買买賣卖錢钱額额號号紀纪記记"
    "簡简電电網网頁页點点擊击連连鏈链載载裝装軟软體体機机會会議议視视頻频遠远協协"
    "線线務务員员專专戶户轉转匯汇凍冻結结費费繳缴納纳續续資资審审準准債债訴诉訟讼"
    "傳传執执判判決决書书師师調调徵征單单飛飞鐵铁檢检騙骗詐诈監监獄狱處处罰罚鄰邻"
    "親亲屬属領领導导貼贴發发佈布圖图臉脸殺杀斷断滅灭嚇吓脅胁報报復复傷伤綁绑嗎吗"
    "麼么們们為为與与從从後后對对將将無无長长東东車车萬万億亿塊块剛刚裡里樣样應应"
    "該该讓让給给過过還还進进選选遲迟達达運运邊边週周寶宝實实寬宽層层歷历區区醫医"
    "華华嚴严舉举觀观權权樓楼標标樂乐檔档氣气減减滿满現现環环產产當当發发盡尽確确"
    "碼码種种穩稳積积窮穷節节範范簽签約约紙纸級级經经統统絕绝繼继聯联聲声職职舊旧"
    "術术補补製制複复見见規规覺觉計计訂订認认討讨設设許许論论證证評评試试詢询誠诚"
    "誤误說说誰谁談谈請请諾诺諮咨講讲謊谎識识護护變变貨货責责貴贵賠赔賬账質质購购"
    "贈赠趕赶輕轻輛辆輸输辦办郵邮鄉乡釋释錯错鍵键鎖锁鐘钟閉闭閱阅闆板隊队險险隨随"
    "隱隐雙双離离難难響响項项順顺須须預预頭头顏颜願愿類类顧顾顯显風风餘余館馆馬马"
    "騷骚驗验驚惊齊齐齡龄訊讯錄录額额擔担貸贷帳账碼码權权產产頻频騰腾釘钉們们釋释"
    "幣币銷销註注銷销額额綫线攜携帶带絡络網网驅驱專专屏屏員员補补償偿鏈链優优惠惠"
    "証证験验強强暫暂緩缓並并閣阁"
    # The rest of the everyday traditional forms (round 13: set 27's "個人徵信不良記錄可刪除"
    # left 刪 and 詳 unfolded). None is also a simplified character in use.
    "刪删詳详況况雲云陸陆歲岁廳厅揚扬戰战態态憑凭擬拟擴扩換换損损搶抢敗败歡欢殘残濟济測测熱热爭争獎奖獲获畫画療疗盜盗禮礼稅税筆笔糾纠紛纷紅红組组細细終终絲丝緊紧練练"
    "緣缘績绩罷罢習习脫脱腦脑興兴藥药衛卫訓训託托診诊詞词誇夸誘诱課课諒谅謀谋譯译貝贝負负財财貧贫販贩貿贸賀贺賞赏賺赚贊赞跡迹蹤踪軍军較较輔辅輪轮辭辞農农遊游適适遺遗"
    "醜丑針针鈔钞鋪铺錶表閃闪閒闲陳陈陰阴陽阳際际雖虽雜杂靈灵靜静頂顶飯饭飲饮養养餓饿髮发鬥斗黃黄幫帮廠厂廢废彙汇徑径徹彻慶庆懲惩戲戏擁拥擇择擾扰攔拦極极構构槍枪櫃柜"
    "歸归沒没洩泄淨净淺浅湊凑溝沟漲涨潛潜災灾煩烦營营牆墙狀状獨独畢毕盤盘禍祸競竞糧粮緒绪縮缩織织聰聪肅肃腳脚臨临莊庄葉叶蓋盖虛虚賴赖贏赢鈕钮黨党團团園园堅坚場场壓压"
    "夠够奪夺奮奋婦妇媽妈孫孙寧宁尋寻島岛彌弥懸悬擋挡撐撑攬揽敘叙暢畅棄弃櫥橱殯殡漢汉瀏浏灑洒瘋疯癡痴睜睁礙碍祿禄穫获竊窃籃篮紋纹綜综縫缝罵骂羅罗聳耸膽胆蘋苹蝦虾襪袜"
    "訝讶詭诡誌志諷讽謠谣豬猪賭赌贖赎趨趋躍跃輩辈轟轰邏逻釣钓鋒锋鍊炼鑽钻閩闽闖闯陝陕隸隶霧雾韌韧頒颁頸颈顫颤颱台飄飘餅饼騎骑驢驴骯肮鬧闹魯鲁鮮鲜鴨鸭鹽盐麥麦齣出儲储"
    "傭佣傾倾僑侨價价儀仪儘尽兒儿兩两冊册剋克劃划劇剧勞劳勢势勵励勸劝厲厉參参叢丛吳吴嘆叹嘗尝噸吨嚮向圓圆塵尘墊垫壇坛壽寿奧奥娛娱嬰婴寵宠尷尴屆届巖岩幹干幾几廟庙弔吊"
    "彎弯彥彦恥耻悅悦惱恼慣惯慮虑憶忆懶懒戀恋擠挤斂敛斬斩曉晓曬晒朧胧棟栋榮荣樁桩樸朴歐欧毆殴毀毁沖冲滲渗漁渔潔洁澀涩濤涛濱滨瀟潇灘滩燈灯燒烧燙烫爐炉犧牺猶犹獸兽瑣琐"
    "瓏珑甕瓮畝亩盞盏睏困礎础禪禅稱称穀谷窯窑竄窜筍笋篩筛簾帘籌筹糞粪紐纽純纯紗纱紡纺紮扎絞绞綠绿綿绵緯纬締缔編编縱纵繩绳纏缠罈坛羨羡膚肤艙舱艦舰芻刍荊荆莖茎萊莱蒐搜"
    "蔣蒋蕭萧薦荐薩萨藍蓝蘊蕴蟻蚁衝冲袞衮裊袅褲裤襯衬覽览訣诀諧谐謹谨譜谱讚赞豈岂貞贞貢贡貫贯貶贬賊贼賄贿賓宾賦赋賤贱贓赃趙赵軸轴輯辑輿舆轄辖辯辩遞递遜逊鄭郑醞酝鉅巨"
    "銅铜銘铭鋼钢錦锦鍾钟鑑鉴闊阔雛雏雞鸡靂雳韋韦頃顷頌颂頓顿頗颇頰颊頹颓顆颗飼饲饒饶饑饥駁驳駐驻駕驾駛驶驕骄鬍胡鬱郁鳳凤鳴鸣鴻鸿鵬鹏鷹鹰麗丽黴霉齋斋"
)
TO_SIMPLIFIED: dict[int, str] = {
    ord(a): b for a, b in zip(_TRADITIONAL, _SIMPLIFIED, strict=True) if a != b
}
TO_SIMPLIFIED.update(
    {ord(_PAIRS[i]): _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2) if _PAIRS[i] != _PAIRS[i + 1]}
)

# Written between two Chinese characters to slip past a filter ("起 诉", "立-案",
# "法.院"); dropped there, kept everywhere else (a dot in a link still counts).
_SEPARATORS = frozenset(" \t\r\n\u3000\u00a0-_.*·•~|/\\+=#^`'\"\u200b\u200c\u200d\u2060\ufeff")
# A longer run between two characters is a real break, not an evasion.
_MAX_GAP = 3

# Misspellings, homophones and stand-ins that fraud and collection writers use to slip
# past keyword filters, each read as the word it stands for (written as they are once
# folded: "驗正碼" folds to "验正码"). Words, not messages: a pattern is then written
# once, for the real word. Latin stand-ins count only as whole words ("vx", not "dvx1").
_VARIANTS: Final = {
    "验正码": "验证码",
    "验政码": "验证码",
    "验征码": "验证码",
    "验症码": "验证码",
    "验整码": "验证码",
    "验证玛": "验证码",
    "验证马": "验证码",
    "严证码": "验证码",
    "yzm": "验证码",
    "密玛": "密码",
    "蜜码": "密码",
    "征xin": "征信",
    "zhengxin": "征信",
    "zx": "征信",
    "v信": "微信",
    "薇信": "微信",
    "威信": "微信",
    "徽信": "微信",
    "微xin": "微信",
    "weixin": "微信",
    "vx": "微信",
    "wx": "微信",
    "扣扣": "qq",
    "屏目": "屏幕",
    "屏慕": "屏幕",
    "平幕": "屏幕",
    "萍幕": "屏幕",
    "屛幕": "屏幕",
    "共亨": "共享",
    "共想": "共享",
    "投平": "投屏",
    "转帐": "转账",
    "帐户": "账户",
    "帐号": "账号",
    "逾其": "逾期",
    "逾欺": "逾期",
    "逾棋": "逾期",
    "逾祺": "逾期",
    "愈期": "逾期",
    "欠歀": "欠款",
    "还歀": "还款",
    "贷歀": "贷款",
    "起述": "起诉",
    "起塑": "起诉",
    "传漂": "传票",
    "失新": "失信",
    "征新": "征信",
    "黑明单": "黑名单",
    "上们": "上门",
    "催shou": "催收",
    "过数": "转账",
    "代款": "贷款",
    "袋款": "贷款",
    "下歀": "下款",
}


@lru_cache(maxsize=64)
def _variant_regex(present: tuple[str, ...]) -> re.Pattern[str]:
    """One expression for the stand-ins found in a text (longest first), compiled once
    per set: trying all of them at every character cost more than the folding."""
    return re.compile(
        "|".join(
            rf"(?<![a-z0-9_./@-]){re.escape(word)}(?![a-z0-9_@-]|\.[a-z0-9])"
            if word.isascii()
            else re.escape(word)
            for word in sorted(present, key=len, reverse=True)
        )
    )


class Normalised(NamedTuple):
    """The folded text and, for each of its characters, the original offset."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the folded ``text[start:end]`` (``end > start``)."""
        return self.origin[start], self.origin[end - 1] + 1


def is_cjk(char: str) -> bool:
    """A Chinese character (the unified ideographs and their first extension)."""
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF


def fold(text: str) -> str:
    """``text`` folded as the scanner folds messages (for the patterns themselves)."""
    return normalise(text).text


# Each character's folded form, worked out once per run (a message repeats characters).
_FOLDED: dict[str, str] = {}


def _fold_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char).lower().translate(TO_SIMPLIFIED)


def normalise(text: str) -> Normalised:
    """Fold ``text`` and remember where each folded character came from."""
    chars: list[str] = []
    origin: list[int] = []
    pending: list[tuple[str, int]] = []  # separators seen since the last kept character
    cache = _FOLDED
    for index, raw in enumerate(text):
        folded = cache.get(raw)
        if folded is None:
            folded = cache[raw] = _fold_char(raw)
        if not folded:
            continue
        if raw in _SEPARATORS or folded in _SEPARATORS or folded.isspace():
            pending.append((" " if folded.isspace() else folded, index))
            continue
        if pending:
            previous = chars[-1] if chars else ""
            bridged = (
                len(pending) <= _MAX_GAP and previous and is_cjk(previous) and is_cjk(folded[0])
            )
            if not bridged:
                _keep_gap(pending, chars, origin)
            pending = []
        for char in folded:
            chars.append(char)
            origin.append(index)
    if pending:
        _keep_gap(pending, chars, origin)
    return _variants("".join(chars), origin)


# One letter or digit spaced out between two Chinese characters ("加 V 信", "扣 Q 号"):
# the spaces hide a word, as between two Chinese characters.
_SPACED_LETTER: Final = re.compile(r"(?<=[\u4e00-\u9fff]) ([a-z0-9]) (?=[\u4e00-\u9fff])")


def _variants(folded: str, origin: list[int]) -> Normalised:
    """``folded`` with each stand-in word (``_VARIANTS``) read as the real one; a
    replacement spans the whole stand-in in the original ("weixin" -> "微信")."""
    if " " in folded and _SPACED_LETTER.search(folded):
        keep = [True] * len(folded)
        for match in _SPACED_LETTER.finditer(folded):
            keep[match.start()] = keep[match.end() - 1] = False
        origin = [at for at, kept in zip(origin, keep, strict=True) if kept]
        folded = "".join(char for char, kept in zip(folded, keep, strict=True) if kept)
    present = tuple(word for word in _VARIANTS if word in folded)
    if not present:
        return Normalised(folded, tuple(origin))
    chars: list[str] = []
    where: list[int] = []
    last = 0
    for match in _variant_regex(present).finditer(folded):
        start, end = match.span()
        chars.append(folded[last:start])
        where.extend(origin[last:start])
        word = _VARIANTS[match.group()]
        chars.append(word)
        # The first characters keep their own offsets; the last ends where the stand-in ends.
        width = len(word)
        taken = [origin[min(start + i, end - 1)] for i in range(width - 1)]
        where.extend([*taken, origin[end - 1]])
        last = end
    chars.append(folded[last:])
    where.extend(origin[last:])
    return Normalised("".join(chars), tuple(where))


def _keep_gap(pending: list[tuple[str, int]], chars: list[str], origin: list[int]) -> None:
    # Runs of white space become one space (English words stay apart); other
    # separators are kept as they are, so "t.cn" and "24-hour" still read.
    last_space = False
    for char, index in pending:
        if char == " ":
            if last_space:
                continue
            last_space = True
        else:
            last_space = False
        chars.append(char)
        origin.append(index)
