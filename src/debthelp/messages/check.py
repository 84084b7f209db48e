"""Interface words of ``debthelp check``: the report around the patterns file's sentences.

The sentences that say what a claim means, what is true about it, how to
verify it and what to do live in data/patterns.yaml with their sources; these
are the words around them, and the patterns file's own checks.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- check: the patterns file
    "check.patterns-invalid": {
        "zh": "消息识别规则文件 {path} 有 {count} 个问题：",
        "en": "The message patterns file, {path}, has {count} problem(s):",
    },
    "check.model-invalid": {
        "zh": "debthelp check 学到的判断（模型文件 {path}）有 {count} 个问题：",
        "en": "debthelp check's learned reading (the model file {path}) has {count} problem(s):",
    },
    "check.model-shape": {
        "zh": "不是 tools/train_check_model.py 写出的样子；请重新训练，不要手改",
        "en": "is not in the form tools/train_check_model.py writes; train again, do not edit it",
    },
    "check.model-format": {
        "zh": "格式版本是“{value}”，本程序读的是 {valid}；请重新训练",
        "en": "is format '{value}', this program reads {valid}; train again",
    },
    "check.model-not-json": {
        "zh": "不是有效的 JSON（{error}）；请重新训练",
        "en": "is not valid JSON ({error}); train again",
    },
    "check.v-weight": {
        "zh": "应当是大于 0 的数字（不是“{value}”）",
        "en": "should be a number above 0 (not '{value}')",
    },
    "check.v-regex": {
        "zh": "正则表达式“{value}”写错了：{problem}",
        "en": "the regular expression '{value}' is wrong: {problem}",
    },
    "check.v-regex-hint": {
        "zh": "正则表达式“{value}”里找不到一定会出现的文字（例如开头的“(转|汇|打)”或一个词），请加上",
        "en": "the regular expression '{value}' has no plain text every match must contain "
        "(such as an opening '(pay|send)' or a word); add one",
    },
    "check.v-empty-match": {
        "zh": "“{value}”会匹配空文字，这样每条消息都会命中",
        "en": "'{value}' matches empty text, so every message would match it",
    },
    "check.v-id": {
        "zh": "不认识的 id“{value}”；可用的：{valid}",
        "en": "unknown id '{value}'; valid: {valid}",
    },
    "check.v-id-missing": {
        "zh": "缺少 id 为“{value}”的一项",
        "en": "the entry with id '{value}' is missing",
    },
    "check.v-bool": {
        "zh": "应当是 true 或 false（不是“{value}”）",
        "en": "should be true or false (not '{value}')",
    },
    "check.v-level": {
        "zh": "level 应当是 {valid} 之一（不是“{value}”）",
        "en": "level should be one of {valid} (not '{value}')",
    },
    # ---------------------------------------------------------------- check: the result
    "check.title": {"zh": "这条消息说了什么", "en": "What this message says"},
    "check.reading": {"zh": "初步判断", "en": "Reading"},
    "check.message": {
        "zh": "消息原文（[ ] 里是识别到的词）：",
        "en": "The message as sent (recognised words in [ ]):",
    },
    "check.message-plain": {"zh": "消息原文：", "en": "The message as sent:"},
    "check.message-md": {
        "zh": "消息原文（加粗的是识别到的词）：",
        "en": "The message as sent (recognised words in bold):",
    },
    "check.meaning": {"zh": "意思", "en": "It means"},
    "check.decided-by": {"zh": "关键是这一条", "en": "What decides it"},
    "check.decided-words": {"zh": "（消息里的“{words}”）", "en": " (the message's “{words}”)"},
    "check.decided-learned": {
        "zh": "（按学到的写法读出，消息里没有哪一句能单独标出来）",
        "en": " (read from learned wording: no one phrase in the message can be marked)",
    },
    "check.learned-item": {
        "zh": "（按学到的写法读出，原文里没有标出）",
        "en": " (read from learned wording, not marked in the message)",
    },
    "check.doubted": {
        "zh": "没有算上：{titles}。消息里有这类字眼，但按学到的写法，不像是在说你。",
        "en": "Not counted: {titles}. The message has such words, but by learned wording "
        "they do not seem to be said of you.",
    },
    "check.now": {"zh": "现在就做", "en": "Do now"},
    "check.learned-fraud": {
        "zh": "关键是这一条：它的写法很像本工具见过的诈骗消息。这是从标注过的例子里学到的判断，"
        "消息里没有哪一句能单独指出来；照上面几条做，先别照消息说的做。",
        "en": "What decides it: it is worded like the fraud messages this tool has seen. "
        "That was learned from labelled examples; no one phrase in the message shows it. "
        "Do as above, and do nothing the message asks for now.",
    },
    "check.learned": {
        "zh": "（这个判断来自本工具从标注过的例子里学到的写法，不是某一句固定的话；和其他判断一样，只是提示。）",
        "en": "(This reading comes from wording the tool learned from labelled example "
        "messages, not from one fixed phrase; like every reading here, it is a hint.)",
    },
    "check.more": {"zh": "……还有 {count} 条没列出", "en": "… and {count} more not listed"},
    "check.too-long": {
        "zh": "这段文字有 {count} 个字，太长了，不像是一条消息（最多 {limit} 个字）。请一次只检查一条消息。",
        "en": "This text has {count} characters: too long to be one message (at most {limit}). Check one message at a time.",
    },
    "check.truth": {"zh": "事实", "en": "Facts"},
    "check.verify": {"zh": "核实", "en": "Check"},
    "check.do": {"zh": "要做", "en": "Do"},
    "check.facts": {"zh": "（依据 {ids}）", "en": " [{ids}]"},
    "check.footer": {
        "zh": "以上是按关键词给的提示，不是法律意见，不能断定真假。",
        "en": "Hints from keywords: not legal advice, and no proof either way.",
    },
    "check.footer-learned": {
        "zh": "以上是按关键词和学到的写法给的提示，不是法律意见，不能断定真假。",
        "en": "Hints from keywords and learned wording: not legal advice, and no proof either way.",
    },
    "check.footer-short-learned": {
        "zh": "按关键词和学到的写法给的提示，不是法律意见。完整说明：加 --format markdown",
        "en": "Hints from keywords and learned wording, not legal advice. Every detail: add "
        "--format markdown",
    },
    "check.footer-short": {
        "zh": "以上是按关键词给的提示，不是法律意见。每条的完整说明：加 --format markdown",
        "en": "Hints from keywords, not legal advice. Every detail: add --format markdown",
    },
    # ---------------------------------------------------------------- check: reading the message
    "check.paste": {
        "zh": "把收到的消息粘贴到下面。粘贴完，在空行上再按一次回车（或按 Ctrl-D）结束：",
        "en": "Paste the message you received below. When done, press Enter on an empty line (or Ctrl-D):",
    },
    "check.empty": {
        "zh": '没有收到消息内容。用法：debthelp check "消息内容"，或 debthelp check --file 消息.txt',
        "en": 'No message was given. Use: debthelp check "the message", or debthelp check --file message.txt',
    },
    "check.not-text": {
        "zh": "{path} 不是文字（不是 UTF-8，也不是 GB18030/GBK 编码的文本），无法读取。",
        "en": "{path} is not text (neither UTF-8 nor GB18030/GBK), so it cannot be read.",
    },
    "check.too-big": {
        "zh": "{path} 太大了（超过 {limit} KB），不像是一条消息。",
        "en": "{path} is too big (over {limit} KB) to be a message.",
    },
    "check.text-and-file": {
        "zh": "请只给一种消息来源：要么直接写消息，要么用 --file。",
        "en": "Give the message one way only: as text, or with --file.",
    },
    "check.encoding-utf-8": {
        "zh": "已读取 {path}（编码：UTF-8）",
        "en": "Read {path} (encoding: UTF-8)",
    },
    "check.encoding-utf-8-sig": {
        "zh": "已读取 {path}（编码：带 BOM 的 UTF-8）",
        "en": "Read {path} (encoding: UTF-8 with BOM)",
    },
    "check.encoding-gb18030": {
        "zh": "已读取 {path}（编码：GB18030/GBK）",
        "en": "Read {path} (encoding: GB18030/GBK)",
    },
    "check.stdin": {"zh": "标准输入", "en": "standard input"},
    # ---------------------------------------------------------------- check: in the wizard
    "check.wizard-offer": {
        "zh": "你说收到了“已被起诉”的短信。要不要现在把它粘贴进来，看看它说了什么、怎么核实？",
        "en": "You said a message claims you have been sued. Paste it now to see what it claims and how to check it?",
    },
    "check.wizard-offer-hint": {
        "zh": "（按 y 粘贴，按 n 跳过）",
        "en": "(y to paste, n to skip)",
    },
    "check.wizard-paste": {
        "zh": "把短信粘贴在这里：",
        "en": "Paste the message here:",
    },
    "check.wizard-paste-hint": {
        "zh": "（粘贴后按两次回车结束；什么都不写直接回车就跳过）",
        "en": "(press Enter twice when done; Enter on an empty box skips)",
    },
    "check.wizard-continue": {
        "zh": "看完了按回车，接着看你的计划",
        "en": "When you have read it, press Enter to see your plan",
    },
}
