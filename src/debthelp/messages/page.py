"""Interface words of ``debthelp page``: the offline HTML page's own buttons and notes.

The questions, the advice and its sources come from data/guidance.yaml; the
plan's headings are the core catalogue's (the CLI's plan and the page's must
read the same). These are the words only the page needs: buttons for a touch
screen, the privacy notes, and what the command itself says. ``debthelp.page``
puts every ``page.*`` key into the page, in both languages.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- the command
    "page.saved": {
        "zh": "网页已保存到 {path}（仅你自己可读）。把这个文件发到手机上，用浏览器打开；不需要联网。",
        "en": "Page saved to {path} (readable only by you). Send the file to a phone and open it in a browser; no network is needed.",
    },
    "page.need-output": {
        "zh": "请用 -o 指定保存的文件名，例如：debthelp page -o 网贷催收自助指南.html（或 -o - 写到标准输出）。",
        "en": "Name the file to save with -o, for example: debthelp page -o debthelp.html (or -o - for standard output).",
    },
    # ---------------------------------------------------------------- the opening screen
    "page.title": {
        "zh": "网贷催收自助指南",
        "en": "Help with online-loan debt collection",
    },
    "page.intro": {
        "zh": "回答大约10个问题（约5分钟），得到一份按紧急程度排列的行动计划。",
        "en": "Answer about 10 questions (about 5 minutes) and get a plan, most urgent first.",
    },
    "page.private": {
        "zh": "这个文件不联网：你的回答不会发送给任何人；除非你选择“在这部手机上保存我的回答”，关掉页面后什么也不会留下。",
        "en": "This file never goes online: your answers are sent to no one, and nothing is kept after you close it unless you choose “Keep my answers on this phone”.",
    },
    "page.crisis-title": {
        "zh": "有危险，或者撑不下去了？现在就打：",
        "en": "In danger, or feel you cannot go on? Call now:",
    },
    "page.call-110": {
        "zh": "110 报警（有人威胁、跟踪或不让你走）",
        "en": "110 Police (threats, being followed or held)",
    },
    "page.call-120": {
        "zh": "120 急救（想伤害自己，或有人受伤）",
        "en": "120 Ambulance (thoughts of self-harm, or someone hurt)",
    },
    "page.call-12356": {
        "zh": "12356 心理援助热线（撑不住时找人说说）",
        "en": "12356 Mental health helpline (someone to talk to)",
    },
    "page.resume": {
        "zh": "这部手机上保存着你上次的回答。",
        "en": "Your answers from last time are kept on this phone.",
    },
    "page.resume-plan": {"zh": "看我上次的计划", "en": "See my plan from last time"},
    "page.no-script": {
        "zh": "这个页面需要打开 JavaScript 才能提问。如果在微信里打不开，请点右上角“…”，选择“在浏览器中打开”。",
        "en": "This page needs JavaScript to ask its questions. If it does not work inside WeChat, tap “…” at the top right and choose “Open in browser”.",
    },
    # ---------------------------------------------------------------- questions
    "page.why": {"zh": "为什么问：", "en": "Why we ask: "},
    "page.back": {"zh": "← 上一步", "en": "← Back"},
    "page.next": {"zh": "下一步 →", "en": "Next →"},
    "page.skip": {"zh": "不清楚，跳过", "en": "Not sure, skip"},
    "page.multi-hint": {
        "zh": "可以多选。选好后点“下一步”。",
        "en": "Choose all that apply, then tap “Next”.",
    },
    "page.number-hint": {
        "zh": "只填数字就行，也可以写“6万”。",
        "en": "A number is enough; “6万” (60,000) works too.",
    },
    "page.number-bad": {
        "zh": "请只填一个数字，比如 3。",
        "en": "Please enter just a number, such as 3.",
    },
    "page.number-range": {
        "zh": "请填 {low} 到 {high} 之间的数字。",
        "en": "Please enter a number from {low} to {high}.",
    },
    "page.multi-empty": {"zh": "请至少选一项。", "en": "Please choose at least one."},
    "page.help-now": {
        "zh": "先看这里：现在就可以找的帮助",
        "en": "Look here first: help you can get right now",
    },
    "page.help-now-short": {"zh": "需要帮助时：", "en": "Help right now:"},
    # ---------------------------------------------------------------- review
    "page.review-title": {"zh": "检查你的回答", "en": "Check your answers"},
    "page.review-hint": {
        "zh": "哪一项不对，点它旁边的“修改”。都对了就点下面的按钮。",
        "en": "If one is wrong, tap “Change” beside it. If all are right, tap the button below.",
    },
    "page.change": {"zh": "修改", "en": "Change"},
    "page.show-plan": {"zh": "看我的行动计划", "en": "Show my plan"},
    # ---------------------------------------------------------------- the plan
    "page.copy": {"zh": "复制这句话", "en": "Copy these words"},
    "page.copied": {
        "zh": "已复制，可以粘贴到短信或微信里。",
        "en": "Copied: paste it into a text or chat message.",
    },
    "page.copy-failed": {
        "zh": "没能自动复制。请长按这段文字，选择“复制”。",
        "en": "Could not copy by itself. Press and hold the words and choose “Copy”.",
    },
    "page.type-address": {
        "zh": "网址请自己在浏览器里输入，不要点别人发来的链接。",
        "en": "Type web addresses into the browser yourself; do not tap links others send you.",
    },
    "page.command-note": {
        "zh": "以“debthelp”开头的是电脑上运行的命令：可以请把这个文件发给你的人帮你运行。",
        "en": "Commands that begin with “debthelp” run on a computer: ask the person who sent you this file to run them.",
    },
    "page.later-hint": {
        "zh": "点标题可以展开看内容。",
        "en": "Tap a title to read it.",
    },
    "page.keep": {
        "zh": "在这部手机上保存我的回答",
        "en": "Keep my answers on this phone",
    },
    "page.keep-note": {
        "zh": "保存后，下次打开这个文件还能看到你的回答和计划。手机不是你一个人用的，就不要保存。",
        "en": "Kept answers come back the next time you open this file. Do not keep them on a phone that others use.",
    },
    "page.kept": {
        "zh": "你的回答已保存在这部手机上（只在这个浏览器里）。",
        "en": "Your answers are kept on this phone (in this browser only).",
    },
    "page.keep-failed": {
        "zh": "这个浏览器不让保存。需要时请截图或打印计划。",
        "en": "This browser does not allow keeping them. Take a screenshot or print the plan if you need it.",
    },
    "page.forget": {"zh": "删除保存的回答", "en": "Forget my answers"},
    "page.forgotten": {
        "zh": "已删除：这部手机上不再保存你的回答。",
        "en": "Forgotten: your answers are no longer kept on this phone.",
    },
    "page.print": {"zh": "打印或存为 PDF", "en": "Print or save as PDF"},
    "page.edit": {"zh": "修改我的回答", "en": "Change my answers"},
    "page.restart": {"zh": "从头再来", "en": "Start again"},
    "page.footer": {
        "zh": "内容审核日期：{date}；debthelp {version}。",
        "en": "Content last reviewed: {date}; debthelp {version}.",
    },
    "page.plan-end": {
        "zh": "有危险打110；想伤害自己打120或12356心理援助热线。",
        "en": "In danger: call 110. Thinking of hurting yourself: call 120 or 12356.",
    },
}
