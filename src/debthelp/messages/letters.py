"""Interface words of ``debthelp letter`` and ``debthelp report``.

The letters' own sentences (and every legal one) are in data/letters.yaml,
with their sources; these are the words around them.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- letters: checking the templates
    "letters.invalid": {
        "zh": "信件模板文件 {path} 有 {count} 个问题：",
        "en": "The letter templates, {path}, have {count} problem(s):",
    },
    "letters.v-brace": {
        "zh": "有不成对或写错的花括号（占位符只能是字段名或 say.某句话的id）",
        "en": "has a stray or malformed brace (a placeholder is a field name or say.LINE-ID)",
    },
    "letters.v-unknown-field": {
        "zh": "占位符“{value}”不是 fields 里声明的字段",
        "en": "the placeholder '{value}' is not a field declared under fields",
    },
    "letters.v-unknown-say": {
        "zh": "引用的“要说的话”“{value}”不存在（指导文件和本文件里都没有）",
        "en": "quotes the say line '{value}', which is in neither the guidance nor this file",
    },
    "letters.v-say-twice": {
        "zh": "“{value}”在指导文件里已经有了；一句话只写一次，请删掉这里的",
        "en": "'{value}' is already in the guidance; a sentence is written once, so remove it here",
    },
    "letters.v-slots": {
        "zh": "引用的“{value}”（{lang}）有 {slots} 个括号空位，却给了 {fields} 个字段",
        "en": "quotes '{value}' ({lang}), which has {slots} bracketed slot(s), with {fields} field(s)",
    },
    "letters.v-field-id": {
        "zh": "字段名“{value}”无效（小写字母、数字和 _）",
        "en": "'{value}' is not a valid field name (lower-case letters, digits and _)",
    },
    "letters.v-unknown-id": {
        "zh": "id“{value}”不认识；可用的：{valid}",
        "en": "the id '{value}' is unknown; valid ones: {valid}",
    },
    "letters.v-missing-id": {
        "zh": "缺少“{value}”",
        "en": "'{value}' is missing",
    },
    # ---------------------------------------------------------------- letters: inputs
    "letters.budget-not-json": {
        "zh": "{path} 不是预算文件：它不是 JSON。用 debthelp budget --format json > budget.json 生成。",
        "en": "{path} is not a budget file: it is not JSON. Make one with "
        "debthelp budget --format json > budget.json",
    },
    "letters.budget-invalid": {
        "zh": "{path} 不是 debthelp budget --format json 生成的预算文件（有问题的地方：{problems}）。",
        "en": "{path} is not a budget file made by debthelp budget --format json "
        "(wrong or missing: {problems}).",
    },
    "letters.unknown-field": {
        "zh": "--field 里的“{value}”不是信件的字段；可用的：{valid}",
        "en": "'{value}' in --field is not a letter field; valid ones: {valid}",
    },
    "letters.bad-kind": {
        "zh": "没有“{value}”这种信。可以写的信：{valid}",
        "en": "There is no letter called '{value}'. The letters are:{valid}",
    },
    "letters.need-kind": {
        "zh": "请说明要写哪种信，例如 debthelp letter negotiate。可以写的信：{kinds}",
        "en": "Say which letter to write, for example debthelp letter negotiate. The letters "
        "are:{kinds}",
    },
    "letters.lender-not-in-budget": {
        "zh": "注意：预算文件 {path} 里没有叫“{lender}”的欠款，所以信里的还款金额空着。预算里有：{names}。用 --lender 写其中一个名字，就能填上。",
        "en": 'Note: the budget file {path} has no debt called "{lender}", so the amounts in the '
        "letter are left blank. The budget has: {names}. Give one of those names with --lender "
        "to fill them in.",
    },
    "letters.bad-lender-type": {
        "zh": "没有“{value}”这种放贷方类型；可用的：{valid}",
        "en": "'{value}' is not a kind of lender; valid ones: {valid}",
    },
    "letters.bad-amount-owed": {
        "zh": "--amount-owed 要是大于0的金额（你认可的欠款），不能是 {value}",
        "en": "--amount-owed must be an amount above 0 (the sum you accept you owe), not {value}",
    },
    "letters.bad-months-overdue": {
        "zh": "--months-overdue 要是0到1200之间的月数，不能是 {value}",
        "en": "--months-overdue must be a number of months from 0 to 1200, not {value}",
    },
    "letters.event-contacted": {"zh": "（联系了：{who}）", "en": " (contacted: {who})"},
    # ---------------------------------------------------------------- letters: around the letter
    "letters.cut": {
        "zh": "———— 以下是给你看的，不用发送 ————",
        "en": "———— For you only: do not send what follows ————",
    },
    "letters.missing": {
        "zh": "还空着（＿＿＿＿），发送前请自己填上，或重新运行命令时给出：",
        "en": "Still blank (＿＿＿＿): fill these in yourself before sending, or give them when you run the command again:",
    },
    "letters.missing-item": {
        "zh": "{label}（用 {flag} 填写）",
        "en": "{label} (fill in with {flag})",
    },
    "letters.complete": {
        "zh": "所有空都已填好。发送前再读一遍，确认每一句都是真的。",
        "en": "Every blank is filled. Read it once more before sending: every sentence must be true.",
    },
    "letters.notes": {"zh": "发送前请注意", "en": "Before you send it"},
    "letters.sources": {"zh": "信中规定的出处", "en": "Where the rules in the letter come from"},
    "letters.no-log": {
        "zh": "这个版本的 debthelp 还没有证据记录（log），已跳过。",
        "en": "This copy of debthelp has no evidence log yet; skipped.",
    },
    # ---------------------------------------------------------------- report
    "report.title": {"zh": "网贷催收情况报告", "en": "Debt-collection situation report"},
    "report.made": {
        "zh": "由 debthelp 在本机生成，日期：{date}。没有发送到任何地方。",
        "en": "Made by debthelp on this device on {date}. Nothing was sent anywhere.",
    },
    "report.contents": {"zh": "目录", "en": "Contents"},
    "report.plan": {"zh": "行动计划", "en": "Action plan"},
    "report.no-answers": {
        "zh": "没有提供答案文件，所以这份报告里没有行动计划。",
        "en": "No answers file was given, so this report has no action plan.",
    },
    "report.no-answers-hint": {
        "zh": "报告里没有行动计划：先运行 debthelp advise --save-answers 我的回答.json，再运行 debthelp report --answers 我的回答.json -o report.html",
        "en": "The report has no plan: run debthelp advise --save-answers my-answers.json, "
        "then debthelp report --answers my-answers.json -o report.html",
    },
    "report.rate": {"zh": "利率核对", "en": "Rate check"},
    "report.no-rate": {
        "zh": "没有提供借款数字，所以没有核对利率。",
        "en": "No loan figures were given, so the rate was not checked.",
    },
    "report.rate-bad": {
        "zh": "{path} 里没有 {key}，或不是这些键之一：{valid}",
        "en": "{path}: '{key}' is missing or not one of these keys: {valid}",
    },
    "report.rate-above": {
        "zh": "超过红线的部分（由 debthelp rate 计算）",
        "en": "The part above the line (from debthelp rate)",
    },
    "report.rate-pending": {
        "zh": "“超过红线的部分”的金额要等 debthelp rate 的新版本；这里先列出年化利率和各条红线。",
        "en": "The amount above each line needs the newer debthelp rate; shown here: the annual rate and the lines.",
    },
    "report.budget": {"zh": "预算", "en": "Budget"},
    "report.no-budget": {
        "zh": "没有提供预算文件，所以这份报告里没有预算。",
        "en": "No budget file was given, so this report has no budget.",
    },
    "report.no-budget-hint": {
        "zh": "报告里没有预算：先运行 debthelp budget --format json > budget.json，再运行 debthelp report --budget budget.json -o report.html（其他选项照旧）",
        "en": "The report has no budget: run debthelp budget --format json > budget.json, then "
        "debthelp report --budget budget.json -o report.html (with your other options as before)",
    },
    "report.income": {"zh": "每月收入", "en": "Monthly income"},
    "report.expenses": {"zh": "每月必要开支", "en": "Essential spending a month"},
    "report.available": {"zh": "每月能用来还债的钱", "en": "Available for debts a month"},
    "report.minimums": {"zh": "每月最低还款合计", "en": "Minimum payments a month"},
    "report.shortfall": {"zh": "每月缺口", "en": "Monthly shortfall"},
    "report.offers": {
        "zh": "每个放贷方每月可以提出的金额",
        "en": "What you can offer each lender a month",
    },
    "report.offer-not-covering": {
        "zh": "注意：{name} 每月 {amount} 还不够这笔欠款一个月的利息，照这样还它会越欠越多。如果对方同意暂停计息，每月 {amount} 大约 {months} 个月能还清。",
        "en": "Note: {amount} a month to {name} does not cover a month's interest on it, so "
        "this debt grows however long it is paid. If {name} pauses the interest, {amount} a "
        "month clears it in about {months} months.",
    },
    "report.offer-not-covering-zero": {
        "zh": "注意：{name} 每月的还款抵不上它一个月的利息，照这样还它会越欠越多。",
        "en": "Note: the payment to {name} does not cover a month's interest on it, so this "
        "debt grows.",
    },
    "report.strategy": {
        "zh": "{name}：{months} 个月还清，总利息 {interest}",
        "en": "{name}: paid off in {months} months, total interest {interest}",
    },
    "report.strategy-never": {
        "zh": "{name}：这些债按这个预算还不清：{names}",
        "en": "{name}: on this budget these debts are never paid off: {names}",
    },
    "report.chart": {
        "zh": "图：每月剩余欠款合计（{name}）",
        "en": "Chart: total left to pay each month ({name})",
    },
    "report.chart-month": {"zh": "第 {month} 个月", "en": "month {month}"},
    "report.log": {"zh": "证据记录", "en": "Evidence log"},
    "report.no-log-asked": {
        "zh": "这份报告没有收入证据记录。",
        "en": "The evidence log is not included in this report.",
    },
    "report.log-unavailable": {
        "zh": "这个版本的 debthelp 还没有证据记录功能。",
        "en": "This copy of debthelp has no evidence log yet.",
    },
    "report.log-empty": {"zh": "证据记录是空的。", "en": "The evidence log is empty."},
    "report.verify-ok": {
        "zh": "完整性检查：没有发现损坏。{entries} 条记录和保存时一致（这是仅凭记录文件本身能看出的；要证明没有人改过，需要用事先发到别处保存的回执来核对）。",
        "en": "Integrity check: no damage found. The {entries} entries are as they were saved, as far as the log file by itself can show (proving that nobody edited them takes a receipt kept elsewhere beforehand).",
    },
    "report.verify-bad": {
        "zh": "完整性检查：发现 {problems} 个问题。",
        "en": "Integrity check: {problems} problem(s) found.",
    },
    "report.col-tags": {"zh": "可能违反的规定：", "en": "Rules this may break:"},
    "report.letters": {"zh": "可以发送的信", "en": "Letters you can send"},
    "report.blanks": {
        "zh": "空着的地方：",
        "en": "The blanks are:",
    },
    "report.letters-note": {
        "zh": "信中空着的地方（＿＿＿＿）填好后才能发送。",
        "en": "The blanks (＿＿＿＿) in these letters must be filled in before they are sent.",
    },
    "report.need-output": {
        "zh": "报告是一个 HTML 文件，请用 -o 报告.html 指定保存位置（或把输出重定向到文件）。",
        "en": "The report is an HTML file: name where to save it with -o report.html "
        "(or redirect the output to a file).",
    },
    "report.saved": {
        "zh": "报告已保存到 {path}（仅你自己可读）。用手机或浏览器打开，可以打印。",
        "en": "Report saved to {path} (readable only by you). Open it in a phone or "
        "desktop browser; it prints on A4.",
    },
    "letters.saved": {
        "zh": "信已保存到 {path}（仅你自己可读）。",
        "en": "Letter saved to {path} (readable only by you).",
    },
}
