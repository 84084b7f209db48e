"""Interface words of ``debthelp budget``: the budget, offers, schedules and prompts.

The notes that state the law (the negotiation notes, the rate-line flag) are in
data/budget.yaml, with their sources; these are the words around them.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- budget: errors
    "budget.amount-bad": {
        "zh": "{name} 应当是 0 到 1 万亿之间的金额（元），不是“{value}”。",
        "en": "{name} should be an amount in yuan from 0 to 10^12, not '{value}'.",
    },
    "budget.strategy-bad": {
        "zh": "--strategy 只能是 {choices} 之一，不是“{value}”。",
        "en": "--strategy must be one of {choices}, not '{value}'.",
    },
    "budget.missing": {
        "zh": "缺少 {what}。没有交互式终端时，请在命令行上给出（见 `debthelp budget --help`）。",
        "en": "Missing: {what}. Without an interactive terminal, give them on the command line "
        "(see `debthelp budget --help`).",
    },
    "budget.debts-empty": {
        "zh": "欠款文件 {path} 里没有任何欠款。",
        "en": "The debts file {path} lists no debts.",
    },
    "budget.debts-too-many": {
        "zh": "欠款文件 {path} 的欠款超过 {max} 笔。",
        "en": "The debts file {path} lists more than {max} debts.",
    },
    "budget.debts-yaml-shape": {
        "zh": "欠款文件 {path} 应当是一个列表（每笔欠款一项），或 debts: 下的列表。",
        "en": "The debts file {path} should be a list (one item a debt), or a list under debts:.",
    },
    "budget.debts-invalid": {
        "zh": "欠款文件 {path} 有 {count} 个问题：",
        "en": "The debts file {path} has {count} problem(s):",
    },
    "budget.answers-bad": {
        "zh": "答案文件 {path} 里的 {key} 不是有效的数字：“{value}”。",
        "en": "In the answers file {path}, {key} is not a valid number: '{value}'.",
    },
    # ---------------------------------------------------------------- budget: a debts file's problems
    "budget.v-too-many-cells": {
        "zh": "这一行的格子比表头多",
        "en": "this row has more cells than the header",
    },
    "budget.v-csv-broken": {
        "zh": "CSV 格式坏了（引号没有配对？）",
        "en": "the CSV is broken (an unmatched quote?)",
    },
    "budget.v-unknown-field": {
        "zh": "不认识的字段“{value}”（可用：{allowed}）",
        "en": "unknown field '{value}' (allowed: {allowed})",
    },
    "budget.v-missing-column": {
        "zh": "表头缺少“{value}”这一列",
        "en": "the header has no '{value}' column",
    },
    "budget.v-duplicate-column": {
        "zh": "表头里有重复的列",
        "en": "the header names a column twice",
    },
    "budget.v-not-mapping": {
        "zh": "每笔欠款应当是“字段: 值”的形式",
        "en": "each debt should be a mapping of field: value",
    },
    "budget.v-duplicate-name": {
        "zh": "名称重复（第一次出现在第 {first} 行），每笔欠款要起不同的名字",
        "en": "the same name again (first on line {first}): give each debt its own name",
    },
    "budget.v-missing": {"zh": "缺少这一项", "en": "missing"},
    "budget.v-name-bad": {
        "zh": "名称要简短（最多 {max} 个字），不能有控制字符",
        "en": "the name should be short (at most {max} characters), without control characters",
    },
    "budget.v-lender": {
        "zh": "放贷方类型“{value}”不对（可用：{allowed}）",
        "en": "lender type '{value}' is not one of: {allowed}",
    },
    "budget.v-amount": {
        "zh": "“{value}”不是 0 到 1 万亿之间的金额（元）",
        "en": "'{value}' is not an amount in yuan from 0 to 10^12",
    },
    "budget.v-balance-zero": {
        "zh": "欠款是 0：已还清的欠款不用写进来",
        "en": "the balance is 0: leave out debts already paid",
    },
    "budget.v-days": {
        "zh": "“{value}”不是 0 到 {max} 之间的天数",
        "en": "'{value}' is not a number of days from 0 to {max}",
    },
    "budget.v-rate": {
        "zh": "年利率“{value}”不对：应当是 0 到 1000 之间的百分数",
        "en": "the annual rate '{value}' should be a percentage from 0 to 1000",
    },
    "budget.v-rate-and-payments": {
        "zh": "写了 rate 就不要再写 payment、periods、received（二选一）",
        "en": "give rate, or payment, periods and received, not both",
    },
    "budget.v-rate-missing": {
        "zh": "缺少年利率：写上 rate，或者写上 payment、periods、received 让工具算（还缺：{fields}）",
        "en": "no annual rate: give rate, or payment, periods and received to work it out (still missing: {fields})",
    },
    "budget.texts-invalid": {
        "zh": "预算报告的文字文件 {path} 有 {count} 个问题：",
        "en": "The budget report's sentences, {path}, have {count} problem(s):",
    },
    # ---------------------------------------------------------------- budget: the report
    "budget.title": {"zh": "你的还款预算", "en": "Your repayment budget"},
    "budget.block-month": {"zh": "每个月的钱", "en": "Your money each month"},
    "budget.income": {"zh": "每月收入：{amount}", "en": "Income a month: {amount}"},
    "budget.expenses": {
        "zh": "基本生活开支（一家人的房租、吃饭、水电、交通、孩子、看病）：{amount}",
        "en": "Essential living costs (the family's rent, food, utilities, transport, children, medical): {amount}",
    },
    "budget.available": {"zh": "剩下可以用来还债的：{amount}", "en": "Left for lenders: {amount}"},
    "budget.minimums": {
        "zh": "所有放贷方要求的最低还款加起来：{amount}",
        "en": "All the lenders' minimum payments together: {amount}",
    },
    "budget.can-keep-up": {
        "zh": "够付所有最低还款，每月还多出 {amount}。",
        "en": "You can pay every minimum, with {amount} to spare each month.",
    },
    "budget.shortfall": {
        "zh": "不够付所有最低还款：每月差 {amount}。不要借新还旧，按下面的比例去和每个放贷方商量。",
        "en": "You cannot pay every minimum: you are {amount} short each month. Do not borrow to repay; "
        "offer each lender the share below.",
    },
    "budget.nothing-left": {
        "zh": "付完基本生活开支，已经没有钱还债了。",
        "en": "After essential living costs, nothing is left for lenders.",
    },
    "budget.block-offers": {
        "zh": "结论：每月给每个放贷方还多少",
        "en": "The answer: what to offer each lender each month",
    },
    "budget.offers-pro-rata": {
        "zh": "把每月剩下的 {amount}，按欠款多少分给每个放贷方（欠得多的多分，欠得少的少分）。每家得到的比例相同，各份加起来正好等于你剩下的钱。",
        "en": "The {amount} left each month is shared in proportion to what each lender is owed "
        "(more to a bigger debt). Every lender gets the same proportion, and the shares add up to exactly what you have left.",
    },
    "budget.offers-token": {
        "zh": "你现在没有余钱。可以向每个放贷方提出每月{amount}的象征性还款（表示你愿意还），并说明你的困难，等情况好转再改。",
        "en": "You have nothing left now. You can offer each lender a token {amount} a month "
        "(to show you want to pay), explain your hardship, and review it when things improve.",
    },
    "budget.offers-minimums": {
        "zh": "你付得起每笔的最低还款：照常按时还。",
        "en": "You can afford each minimum payment: keep paying them on time.",
    },
    "budget.offer-line": {
        "zh": "{name}：每月 {amount}（欠 {balance}，占 {share}%）",
        "en": "{name}: {amount} a month (owed {balance}, {share}% of the total)",
    },
    "budget.block-strategies": {
        "zh": "多久能还清：几种还法比一比",
        "en": "How long it takes: the ways compared",
    },
    "budget.strategies-basis": {
        "zh": "每月拿 {amount}还债。先付每笔的最低还款，多出来的钱按下面的顺序集中还一笔；还清一笔，它的钱就接着还下一笔。假设利率不变、不另收罚息和费用。",
        "en": "Paying {amount} a month: every minimum first, the rest to one debt in the order below; "
        "when a debt is cleared its money moves on to the next. This assumes the rates stay the same "
        "and no penalties or fees are added.",
    },
    "budget.strategies-basis-short": {
        "zh": "每月只有 {amount}还债，付不起所有最低还款。下表假设放贷方接受你少还、利率不变、不另收罚息和费用：前两种还法按顺序先付得起的最低还款，“按比例还”就是上面的提议。",
        "en": "Only {amount} a month is left for lenders, less than the minimums. The table assumes the "
        "lenders accept less, the rates stay the same and no penalties or fees are added: the first two "
        "ways pay the minimums in their order while the money lasts; pro-rata is the offer above.",
    },
    "budget.strategies-nothing": {
        "zh": "现在每月没有钱还债，所以算不出还清的时间。",
        "en": "With nothing to pay each month, no debt can be cleared.",
    },
    "budget.name-avalanche": {"zh": "利率高的先还", "en": "Avalanche"},
    "budget.name-snowball": {"zh": "欠得少的先还", "en": "Snowball"},
    "budget.name-pro-rata": {"zh": "按比例还", "en": "Pro-rata"},
    "budget.explain-avalanche": {
        "zh": "利率高的先还（雪崩法）：每笔都能还清时，利息付得最少。",
        "en": "Avalanche: the highest rate first; when every debt can be cleared, it pays the least interest.",
    },
    "budget.explain-snowball": {
        "zh": "欠得少的先还（滚雪球法）：最快还清第一笔，看得到进展。",
        "en": "Snowball: the smallest debt first; the first debt is gone soonest.",
    },
    "budget.explain-pro-rata": {
        "zh": "按比例还：每月的钱按欠款多少分给所有放贷方，对每家都一样公平。",
        "en": "Pro-rata: each month's money shared by what each lender is owed; the same for every lender.",
    },
    "budget.col-debt": {"zh": "欠款", "en": "Debt"},
    "budget.row-all": {"zh": "全部还清", "en": "All cleared"},
    "budget.row-interest": {"zh": "利息合计", "en": "Total interest"},
    "budget.months": {"zh": "{n} 个月", "en": "{n} months"},
    "budget.never": {"zh": "还不清", "en": "never"},
    "budget.never-line": {
        "zh": "按“{strategy}”，{name} 按这个还法永远还不清：{n} 个月后还欠 {balance}，而且还在增加（每月付的钱抵不上它的利息，或 600 个月内还不完）。要先和对方谈利息或分期。",
        "en": "With {strategy}, {name} is never paid off at this rate: balance after {n} months "
        "{balance}, and still growing (the payment does not cover its interest, or it takes "
        "over 600 months). Negotiate the interest or instalments first.",
    },
    "budget.never-over-trillion": {
        "zh": "按“{strategy}”，{names} 按这个还法永远还不清：到第 {month} 个月欠款已经超过一万亿元，之后不再计算。",
        "en": "With {strategy}, {names} is never paid off at this rate: by month {month} a "
        "balance passes a trillion yuan, and the figures stop there.",
    },
    "budget.interest-horizon": {
        "zh": "“利息合计”是每种还法直到全部还清为止的利息，可以直接比较。",
        "en": '"Total interest" is each way\'s interest until everything is paid off; the '
        "totals can be compared.",
    },
    "budget.interest-horizon-never": {
        "zh": "“利息合计”按同样的前 {n} 个月计算，所以几种还法可以比较；但还不清的欠款在这之后还会继续产生利息。",
        "en": '"Total interest" covers the same first {n} months for every way, so the totals '
        "can be compared; but a debt that is never paid off goes on adding interest after that.",
    },
    "budget.interest-not-comparable": {
        "zh": "几种还法的“利息合计”不能直接比较：至少有一种还法的欠款超过一万亿元后就不再计算，它的合计不是同样月数的利息。",
        "en": 'The "total interest" figures cannot be compared: under at least one way a '
        "balance passes a trillion yuan and its figures stop there, so its total does not "
        "cover the same months.",
    },
    "budget.over-trillion": {"zh": "超过一万亿元", "en": "more than a trillion yuan"},
    "budget.over-trillion-short": {"zh": ">1万亿", "en": ">1 trillion"},
    "budget.yi": {"zh": "{n:,.2f}亿", "en": "{n:,.1f}m"},
    "budget.chart-units": {
        "zh": "（“亿”= 一亿元）",
        "en": "(m = million yuan)",
    },
    "budget.card-mark": {
        "zh": "标 ! 的是信用卡、要还超过 60 个月：个性化分期最长 5 年，见上面关于这张卡的说明。",
        "en": "Marked !: a credit card that takes longer than 60 months, while a personalised "
        "instalment plan is at most 5 years; see the note on this card above.",
    },
    "budget.from-essentials": {
        "zh": "注意：这里按每月还 {monthly} 计算，比付完基本生活开支后剩下的 {available} 多 {amount}。多出来的 {amount} 要从一家人的基本生活开支里出：先保证一家人的生活，再还债。",
        "en": "Note: this plan pays {monthly} a month, {amount} more than the {available} left "
        "after essential living costs. That {amount} would come out of the money for your "
        "family's essentials: the family comes first, then the lenders.",
    },
    "budget.offer-not-covering": {
        "zh": "注意：{name} 每月 {amount} 还不够这笔欠款一个月的利息（约 {interest}），照这样还它会越欠越多。可以向 {name} 申请暂停计息或分期：如果对方同意不再计息，每月 {amount} 大约 {months} 个月能还清。同意还款计划前，先看下面关于诉讼时效的说明。",
        "en": "Note: {amount} a month to {name} does not cover a month's interest on it (about "
        "{interest}), so this debt grows however long you pay. You can ask {name} to pause the "
        "interest or agree instalments: if it stops charging interest, {amount} a month clears "
        "it in about {months} months. Before agreeing a plan, read the note on the limitation "
        "period below.",
    },
    "budget.offer-not-covering-zero": {
        "zh": "注意：{name} 每月的还款抵不上它一个月的利息（约 {interest}），照这样还它会越欠越多。可以向 {name} 申请暂停计息或分期。同意还款计划前，先看下面关于诉讼时效的说明。",
        "en": "Note: the payment to {name} does not cover a month's interest on it (about "
        "{interest}), so this debt grows. You can ask {name} to pause the interest or agree "
        "instalments. Before agreeing a plan, read the note on the limitation period below.",
    },
    "budget.block-chart": {
        "zh": "图：每个月底欠款总额还有多少",
        "en": "Chart: the total you owe, month by month",
    },
    "budget.chart-axis": {
        "zh": "每个月底还欠多少（元），长条画的是“{strategy}”：",
        "en": "What is still owed at each month's end (yuan); the bar shows {strategy}:",
    },
    "budget.chart-month": {"zh": "第几个月", "en": "Month"},
    "budget.block-notes": {"zh": "和放贷方商量前要知道的", "en": "Before you talk to the lenders"},
    "budget.source": {"zh": "来源：{ids}", "en": "Source: {ids}"},
    "budget.computed-rate": {
        "zh": "“{name}”的年利率 {rate}% 是按你给的还款算出来的（和 debthelp rate 的算法一样）。",
        "en": 'The annual rate of "{name}", {rate}%, was worked out from the payments you gave '
        "(as debthelp rate does).",
    },
    "budget.see-also": {
        "zh": "给放贷方写协商信：把 debthelp budget --format json > budget.json 的结果交给信件工具；术语：debthelp explain 诉讼时效",
        "en": "To write to lenders, save debthelp budget --format json > budget.json for the letters tool; "
        "terms: debthelp explain limitation",
    },
    "budget.csv-saved": {
        "zh": "还款计划已保存到 {path}（只有你自己能读）。",
        "en": "Schedule saved to {path} (readable only by you).",
    },
    # ---------------------------------------------------------------- budget: the questions
    "budget.ask-income": {
        "zh": "你（和家人）每月到手的收入一共多少元？（税后）",
        "en": "Your household's income a month, after tax (yuan)?",
    },
    "budget.ask-essentials-intro": {
        "zh": "接下来填每月必须花的钱。不清楚就填个大概；没有这一项直接按回车。",
        "en": "Next, what you must spend each month. A rough figure is fine; press Enter to skip a line.",
    },
    "budget.ask-rent": {"zh": "房租或房贷（元/月）", "en": "Rent or mortgage (yuan a month)"},
    "budget.ask-food": {
        "zh": "吃饭和日用品（元/月）",
        "en": "Food and household basics (yuan a month)",
    },
    "budget.ask-utilities": {
        "zh": "水电燃气、话费网费（元/月）",
        "en": "Utilities, phone and internet (yuan a month)",
    },
    "budget.ask-transport": {"zh": "交通（元/月）", "en": "Transport (yuan a month)"},
    "budget.ask-children": {
        "zh": "孩子（学费、生活费，元/月）",
        "en": "Children (school, care; yuan a month)",
    },
    "budget.ask-medical": {"zh": "看病吃药（元/月）", "en": "Medical costs (yuan a month)"},
    "budget.ask-name": {
        "zh": "第 {n} 笔欠款叫什么？（比如 借呗、招行信用卡；直接按回车就叫“欠款{n}”）",
        "en": "Debt {n}: a name for it? (e.g. Jiebei; Enter for 'Debt {n}')",
    },
    "budget.default-name": {"zh": "欠款{n}", "en": "Debt {n}"},
    "budget.ask-lender": {"zh": "是哪一类放贷方？", "en": "What kind of lender?"},
    "budget.ask-balance": {
        "zh": "现在一共欠多少元？",
        "en": "How much do you owe on it now? In yuan.",
    },
    "budget.ask-rate": {
        "zh": "年利率是多少（%）？不知道就直接按回车，再填每期还款，工具帮你算。",
        "en": "Its annual rate (%)? If you do not know, press Enter and give its payments instead.",
    },
    "budget.ask-minimum": {
        "zh": "对方要求每月最少还多少元？",
        "en": "The least the lender asks you to pay each month? In yuan.",
    },
    "budget.ask-payment": {
        "zh": "借款时约定每月还多少元？",
        "en": "The monthly payment agreed when you borrowed? In yuan.",
    },
    "budget.ask-periods": {"zh": "一共分几个月还？", "en": "Over how many months?"},
    "budget.ask-received": {
        "zh": "当初实际到手多少元？",
        "en": "How much actually reached you when you borrowed? In yuan.",
    },
    "budget.ask-more": {"zh": "还有别的欠款吗？", "en": "Any other debt?"},
    "budget.ask-more-yes": {"zh": "有，再加一笔", "en": "Yes, add another"},
    "budget.ask-more-no": {"zh": "没有了", "en": "No, that is all"},
    "budget.ask-invalid-amount": {
        "zh": "请填 0 或以上的金额（元），比如 1500",
        "en": "Enter an amount in yuan, 0 or more, like 1500",
    },
    "budget.ask-invalid-rate": {
        "zh": "请填 0 到 1000 之间的百分数，比如 24",
        "en": "Enter a percentage from 0 to 1000, like 24",
    },
    "budget.ask-invalid-periods": {
        "zh": "请填 1 到 10000 之间的整数",
        "en": "Enter a whole number from 1 to 10000",
    },
    "budget.ask-invalid-name": {
        "zh": "请起一个简短的名字（最多 40 个字，只用看得见的字）",
        "en": "Give it a short name (at most 40 characters, all of them visible)",
    },
    "budget.ask-name-taken": {
        "zh": "这个名字已经用过了，换一个",
        "en": "That name is taken; choose another",
    },
    "budget.your-answers": {"zh": "你的回答", "en": "your answers"},
    "budget.summary": {"zh": "请核对：", "en": "Please check:"},
    "budget.summary-expenses": {
        "zh": "基本生活开支：{amount}",
        "en": "Essential living costs: {amount}",
    },
    "budget.summary-debt": {
        "zh": "{name}：欠 {balance}，年利率 {rate}%，每月最少还 {minimum}",
        "en": "{name}: owed {balance}, {rate}% a year, at least {minimum} a month",
    },
    "budget.ask-confirm": {"zh": "这些对吗？", "en": "Is this right?"},
    "budget.confirm-yes": {"zh": "对，开始算", "en": "Yes, work it out"},
    "budget.confirm-again": {"zh": "不对，重新填", "en": "No, start again"},
}
