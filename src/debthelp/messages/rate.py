"""Interface words of ``debthelp rate``: the report around the core's sentences.

The sentences that state the law or name a channel are in data/rate.yaml, with
their sources; these are the words around them.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- rate: the report around the core's sentences
    "money": {"zh": "{amount:,.2f} 元", "en": "￥{amount:,.2f}"},
    "rate.title": {"zh": "这笔借款的真实成本", "en": "The true cost of this loan"},
    "rate.see-also": {
        "zh": "更多说明：debthelp tips interest（利息和费用）、debthelp tips help（投诉渠道）；术语：debthelp explain 年化利率",
        "en": "More: debthelp tips interest (interest and fees), debthelp tips help (where to complain); "
        "terms: debthelp explain apr",
    },
    "rate.block-figures": {"zh": "关键数字", "en": "Key figures"},
    "rate.block-meaning": {
        "zh": "这意味着什么，接下来怎么做",
        "en": "What this means and what to do next",
    },
    "rate.fig-effective": {
        "zh": "复利折算的实际年利率",
        "en": "Effective annual rate with compounding",
    },
    "rate.fig-received": {"zh": "实际到手", "en": "Cash you actually received"},
    "rate.fig-borrowed": {"zh": "合同借款金额", "en": "Amount on the contract"},
    "rate.fig-deduction": {
        "zh": "放款前就扣下的（合同金额 - 实际能用的钱）",
        "en": "Kept back up front (contract amount - cash you could use)",
    },
    "rate.fig-principal": {
        "zh": "实际能用的钱（本金：到手减去开始时付的费用）",
        "en": "Cash you could use (the principal: received less the fee paid at the start)",
    },
    "rate.fig-total-paid": {"zh": "到账以后总共要还", "en": "Total repaid after the money arrived"},
    "rate.fig-total-cost": {
        "zh": "借款总成本（总共要还 - 实际能用的钱）",
        "en": "Total cost of credit (repaid - cash you could use)",
    },
    "rate.fig-convention": {"zh": "计算口径", "en": "How it is counted"},
    "rate.convention-instalment": {
        "zh": "分期口径（每期利率 × 每年期数）",
        "en": "as instalments (rate per period × periods a year)",
    },
    "rate.convention-daily": {
        "zh": "按实际天数（每日利率 × 365）",
        "en": "on actual days (daily rate × 365)",
    },
    "rate.fig-daily": {
        "zh": "按实际天数算的年化利率（每日利率 × 365）",
        "en": "Annual rate on actual days (daily rate × 365)",
    },
    "rate.fig-fee-start": {"zh": "开始时付的费用", "en": "Fee paid at the start"},
    "rate.fig-fee-each": {"zh": "每期另付的费用", "en": "Fee with each payment"},
    "rate.fig-paid": {"zh": "已经还了", "en": "Paid so far"},
    "rate.fig-line-allows": {
        "zh": "；按这条线最多：每期 {payment}，合计 {total}，超出 {above}",
        "en": "; at this line at most: {payment} each, {total} in all, {above} above it",
    },
    "rate.fig-line-allows-total": {
        "zh": "；按这条线最多合计 {total}，超出 {above}",
        "en": "; at this line at most {total} in all, {above} above it",
    },
    "rate.fig-line-crim36": {
        "zh": "；按 36% 算合计 {total}，其中 {above} 在 36% 以上（这不是你能主张的上限）",
        "en": "; at 36%: {total} in all, {above} above it (not a cap you can invoke)",
    },
    "rate.over-million": {"zh": "超过 1,000,000%", "en": "over 1,000,000%"},
    "rate.block-table": {"zh": "每期还款拆开看", "en": "Each payment, split"},
    "rate.table-intro": {
        "zh": "每一行：日期，还款额 = 利息 + 本金（按合同）；再按“{line}”这条线算：最多还款 = "
        "利息 + 本金。",
        "en": "Each line: date, payment = interest + principal (by the contract); at the line "
        "“{line}”: the most allowed = interest + principal.",
    },
    "rate.table-intro-no-line": {
        "zh": "每一行：日期，还款额 = 利息 + 本金（按合同的真实利率）。",
        "en": "Each line: date, payment = interest + principal (at the contract's true rate).",
    },
    "rate.table-row": {
        "zh": "{day}：{amount} = 利息 {interest} + 本金 {principal}",
        "en": "{day}: {amount} = interest {interest} + principal {principal}",
    },
    "rate.table-row-line": {
        "zh": "{day}：{amount} = 利息 {interest} + 本金 {principal}；按线最多 {line_amount} = "
        "利息 {line_interest} + 本金 {line_principal}",
        "en": "{day}: {amount} = interest {interest} + principal {principal}; at the line "
        "{line_amount} = interest {line_interest} + principal {line_principal}",
    },
    "rate.table-period": {"zh": "第 {number} 期", "en": "Payment {number}"},
    "rate.state-over": {"zh": "已超过", "en": "exceeded"},
    "rate.state-under": {"zh": "未超过", "en": "not exceeded"},
    "rate.state-unknown": {"zh": "无法比较", "en": "cannot compare"},
    "rate.applies-yes": {"zh": "（适用于这类放贷方）", "en": "(applies to this kind of lender)"},
    "rate.applies-no": {
        "zh": "（不直接适用于这类放贷方）",
        "en": "(does not directly apply to this kind of lender)",
    },
    "rate.applies-not-dated": {
        "zh": "（这条 2026年的规定管不到这个签约日期）",
        "en": "(this 2026 rule does not cover that signing date)",
    },
    "rate.applies-maybe": {
        "zh": "（可能适用，见下面的说明）",
        "en": "(may apply: see below)",
    },
    "rate.applies-depends": {
        "zh": "（是否适用取决于真正的放贷方）",
        "en": "(whether it applies depends on who really lends)",
    },
    "rate.ask-received": {
        "zh": "实际到手多少钱？（元）",
        "en": "How much cash actually reached you? (yuan)",
    },
    "rate.ask-payment": {
        "zh": "每期还多少钱？（元；只知道利率就写 月息1.5% 或 日息0.05%）",
        "en": "How much is each repayment? (yuan; if you only know the rate, write monthly 1.5% "
        "or daily 0.05%)",
    },
    "rate.ask-invalid-payment": {
        "zh": "请输入大于 0 的金额（比如 1000），或者 月息1.5%、日息0.05% 这样的利率。",
        "en": "Please enter an amount above 0 (such as 1000), or a rate such as monthly 1.5% or "
        "daily 0.05%.",
    },
    "rate.ask-periods": {"zh": "一共还多少期？", "en": "How many repayments in all?"},
    "rate.ask-every": {"zh": "多久还一次？", "en": "How often do you repay?"},
    "rate.every-month": {"zh": "每月", "en": "Every month"},
    "rate.every-week": {"zh": "每周", "en": "Every week"},
    "rate.every-biweekly": {"zh": "每两周", "en": "Every two weeks"},
    "rate.every-day": {"zh": "每天", "en": "Every day"},
    "rate.ask-borrowed": {
        "zh": "合同上写的借款金额是多少？（和到手一样就直接回车）",
        "en": "What amount does the contract say you borrowed? (Press Enter if it is what you received.)",
    },
    "rate.ask-lender": {"zh": "放贷方是哪一类？", "en": "What kind of lender is it?"},
    "rate.lender-bank": {"zh": "银行贷款", "en": "A bank loan"},
    "rate.lender-credit-card": {"zh": "银行信用卡", "en": "A bank credit card"},
    "rate.lender-consumer-finance": {
        "zh": "持牌消费金融公司",
        "en": "A licensed consumer finance company",
    },
    "rate.lender-small-loan": {"zh": "小额贷款公司", "en": "A small-loan company"},
    "rate.lender-platform": {
        "zh": "网贷App或平台，不清楚真正放款的是谁",
        "en": "A loan app or platform; not sure who really lends",
    },
    "rate.lender-private": {
        "zh": "个人或无放贷资质的公司（私人借贷）",
        "en": "A person or an unlicensed company (a private loan)",
    },
    "rate.lender-unknown": {"zh": "不知道", "en": "I do not know"},
    "rate.ask-signed": {
        "zh": "合同是哪天签的？例如 2025-06-01 或 2025年6月1日（不知道就直接回车）",
        "en": "When was the contract signed? Such as 2025-06-01 or 2025/6/1 (press Enter if you "
        "do not know)",
    },
    "rate.ask-invalid-amount": {
        "zh": "请输入大于 0 的金额，比如 8000。",
        "en": "Please enter an amount above 0, such as 8000.",
    },
    "rate.ask-invalid-periods": {
        "zh": "请输入 1 到 10,000 之间的整数。",
        "en": "Please enter a whole number from 1 to 10,000.",
    },
    "rate.ask-invalid-date": {
        "zh": "请输入一个真实的日期，比如 2025-06-01、2025/6/1 或 2025年6月1日。",
        "en": "Please enter a real date, such as 2025-06-01, 2025/6/1 or 2025年6月1日.",
    },
    # ================================================================ debthelp rate
    # Values arrive as numbers: money is formatted here with {x:,.2f} and
    # percentages with {x:.2f}, so the core never rounds. Every sentence that
    # states the law or names a channel is in data/rate.yaml, with its sources.
    # ------------------------------------------------------------------ bad flags
    "rate.amount-bad": {
        "zh": "{name} 的值“{value}”不是有效的金额，请只写数字，例如 8000 或 8000.50。",
        "en": "{name} must be an amount of money, such as 8000 or 8000.50; got “{value}”.",
    },
    "rate.amount-not-positive": {
        "zh": "{name} 必须大于 0，现在是“{value}”。",
        "en": "{name} must be more than 0; got “{value}”.",
    },
    "rate.amount-too-large": {
        "zh": "{name} 的金额“{value}”太大了（最多 {max:,.0f}），请检查是否多打了几个 0。",
        "en": "{name} is too large: “{value}” (at most {max:,.0f}). Check for extra zeros.",
    },
    "rate.borrowed-below-received": {
        "zh": "合同借款金额（--borrowed {borrowed:,.2f}）不能少于实际到手的金额（--received "
        "{received:,.2f}）。请检查两个数是否写反了。",
        "en": "The contract amount (--borrowed {borrowed:,.2f}) cannot be less than what you "
        "received (--received {received:,.2f}). Check whether the two are swapped.",
    },
    "rate.lender-bad": {
        "zh": "不认识的出借人类型“{value}”。可选：{choices}。不清楚时用 unknown。",
        "en": "Unknown lender type “{value}”. Choose one of: {choices}. Use unknown if you are "
        "not sure.",
    },
    "rate.every-bad": {
        "zh": "还款间隔“{value}”无效，可选：{choices}（按月、按周、按天）。",
        "en": "Invalid repayment interval “{value}”. Choose one of: {choices}.",
    },
    "rate.date-bad": {
        "zh": "{name} 的日期“{value}”无效，请写成 2025-06-01、2025/6/1 或 2025年6月1日 这样的真实日期。",
        "en": "{name} must be a real date such as 2025-06-01, 2025/6/1 or 2025年6月1日; got "
        "“{value}”.",
    },
    "rate.date-year": {
        "zh": "{name} 的日期“{value}”年份不对：只能是 {low} 年到 {high} 年之间，请检查年份是否打错。",
        "en": "{name} has the date “{value}”, whose year cannot be right: it must be from {low} to "
        "{high}. Check the year for a typo.",
    },
    "rate.lpr-bad": {
        "zh": "--lpr 是一年期 LPR 的百分数，应在 {low} 到 {high} 之间，例如 --lpr 3.0 表示 3.0%；"
        "现在是“{value}”。",
        "en": "--lpr is the one-year LPR in percent, from {low} to {high}: for example --lpr 3.0 "
        "for 3.0%; got “{value}”.",
    },
    "rate.flat-rate-bad": {
        "zh": "{name} 应是 0 到 100 之间的百分数，例如 {name} 1.5% 或 {name} 1.5；现在是“{value}”。",
        "en": "{name} must be a percentage from 0 to 100, such as {name} 1.5% or {name} 1.5; got "
        "“{value}”.",
    },
    "rate.on-bad": {
        "zh": "--on 的值“{value}”无效，可选：{choices}（whole：按全部借款收息；remaining：按还没还的余额收息）。",
        "en": "Invalid --on “{value}”. Choose one of: {choices} (whole: interest on the whole "
        "amount; remaining: on the balance still owed).",
    },
    "rate.on-without-quote": {
        "zh": "--on 只和 --monthly-rate 或 --daily-rate 一起用：说明报的利率按什么收息。",
        "en": "--on goes with --monthly-rate or --daily-rate: it says what the quoted rate is "
        "charged on.",
    },
    "rate.dates-too-late": {
        "zh": "从 {signed} 起还 {periods} 期，还款日会超过公元 9999 年，无法计算。请检查 --signed 的日期。",
        "en": "{periods} payments from {signed} would run past the year 9999, which cannot be "
        "worked out. Please check the date given with --signed.",
    },
    "rate.flat-both": {
        "zh": "--monthly-rate 和 --daily-rate 只能给一个：对方报的是月息就用前者，日息就用后者。",
        "en": "Give --monthly-rate or --daily-rate, not both: the one the lender quotes.",
    },
    "rate.flat-and-payment": {
        "zh": "给了 --monthly-rate 或 --daily-rate，就不用再给 --payment：每期还款会按报的利率算出来。"
        "如果你知道每期实际还多少，只用 --payment 更准。",
        "en": "With --monthly-rate or --daily-rate, leave out --payment: each payment is worked "
        "out from the quoted rate. If you know what each payment really is, --payment alone is "
        "more exact.",
    },
    "rate.fee-each-and-schedule": {
        "zh": "用还款表时不能再给 --fee-each：请把每期的费用写进还款表（和还款同一天的一行）。",
        "en": "With --schedule, leave out --fee-each: put each fee in the schedule as a line on "
        "the day it is paid.",
    },
    "rate.fee-too-big": {
        "zh": "开始时的费用（--fee {fee:,.2f}）不能达到或超过实际到手的钱（--received "
        "{received:,.2f}）。如果费用是放款前就扣掉的，--received 写扣完后到手的钱，不要再写 --fee。",
        "en": "The fee at the start (--fee {fee:,.2f}) cannot be as much as the cash you received "
        "(--received {received:,.2f}). If the fee was taken off before the money reached you, "
        "give what reached you as --received and leave out --fee.",
    },
    "rate.paid-bad": {
        "zh": "{name} 应是 0 到 10,000 之间的整数（已经还了几期），现在是“{value}”。",
        "en": "{name} must be a whole number from 0 to 10,000 (how many payments you have made); "
        "got “{value}”.",
    },
    "rate.paid-both": {
        "zh": "--paid 和 --paid-amount 只能给一个：已还期数，或已还的钱。",
        "en": "Give --paid (payments made) or --paid-amount (money paid), not both.",
    },
    "rate.paid-too-many": {
        "zh": "--paid {paid} 超过了还款的总期数（{count} 期）。",
        "en": "--paid {paid} is more than the number of payments ({count}).",
    },
    "rate.every-schedule-mismatch": {
        "zh": "还款表 {path} 里的还款日期不是按 --every {every} 的间隔排的（允许差几天）。"
        "请检查还款表，或者去掉 --every，让本工具按实际天数计算。",
        "en": "The payments in the schedule {path} do not fall every {every} (a few days either "
        "way are allowed). Check the schedule, or leave out --every to count on actual days.",
    },
    "rate.periods-bad": {
        "zh": "期数必须是整数，例如 12；现在是“{value}”。",
        "en": "The number of payments must be a whole number, such as 12; got “{value}”.",
    },
    "rate.periods-out-of-range": {
        "zh": "期数必须在 1 到 {max:,} 之间，现在是 {value}。",
        "en": "The number of payments must be between 1 and {max:,}; got {value}.",
    },
    "rate.payment-and-schedule": {
        "zh": "--payment/--periods 和 --schedule 只能选一种：每期金额相同就用前者，"
        "不同就用还款表。",
        "en": "Use either --payment with --periods, or --schedule, not both: the first for equal "
        "payments, a schedule for uneven ones.",
    },
    "rate.need-payment-or-schedule": {
        "zh": "还需要知道你怎么还款：每期金额相同就用 --payment 和 --periods，不同就用 --schedule "
        "给出还款表。",
        "en": "Say how you repay: --payment and --periods for equal payments, or --schedule with "
        "a file for uneven ones.",
    },
    "rate.need-payment": {
        "zh": "给了期数，还要用 --payment 写出每期还多少钱。",
        "en": "With --periods, also give --payment: how much each payment is.",
    },
    "rate.need-periods": {
        "zh": "给了每期金额，还要用 --periods 写出一共还几期。",
        "en": "With --payment, also give --periods: how many payments there are.",
    },
    # ------------------------------------------------------------------ the solver
    "rate.solve-bad-flow": {
        "zh": "第 {index} 笔款项的日期或金额不是有效数字，无法计算利率。",
        "en": "Money flow number {index} has an invalid time or amount, so no rate can be "
        "computed.",
    },
    "rate.solve-one-sided": {
        "zh": "只有借入、没有还款（或者反过来），算不出利率。",
        "en": "There is money in but no payment out (or the other way round), so there is no rate "
        "to compute.",
    },
    "rate.solve-no-root": {
        "zh": "按这些金额和日期，找不到一个能让借款和还款相抵的利率，无法折算年化利率。"
        "请检查金额和日期是否写对。",
        "en": "No interest rate makes these payments match the money received, so no annual rate "
        "can be computed. Check the amounts and dates.",
    },
    "rate.solve-no-convergence": {
        "zh": "利率计算没有得到稳定的结果，请检查金额和日期是否写对。",
        "en": "The rate calculation did not settle on a result. Check the amounts and dates.",
    },
    # ------------------------------------------------------------------ the LPR table
    "rate.lpr-table-invalid": {
        "zh": "本工具自带的 LPR 数据文件 {path} 已损坏（{count} 个问题，见下）。请重新安装 "
        "debthelp，或用 --lpr 直接给出一年期 LPR。",
        "en": "The LPR table shipped with this tool, {path}, is broken ({count} problem(s), "
        "listed below). Reinstall debthelp, or give the one-year LPR yourself with --lpr.",
    },
    "rate.lpr-v-percent": {
        "zh": "应当是大于 0、小于 100 的百分数",
        "en": "should be a percentage above 0 and below 100",
    },
    "rate.lpr-v-source": {
        "zh": "应当写明这个 LPR 数字的出处（不能为空）",
        "en": "should say where this LPR figure comes from (it must not be empty)",
    },
    "rate.lpr-v-order": {
        "zh": "日期必须一行比一行晚",
        "en": "each date must be later than the one before",
    },
    "rate.lpr-v-last-fixing-early": {
        "zh": "last_fixing 早于最后一次调整的日期",
        "en": "last_fixing is before the last change",
    },
    "rate.lpr-v-confirmed-early": {
        "zh": "confirmed_through 早于 last_fixing",
        "en": "confirmed_through is before last_fixing",
    },
    # ------------------------------------------------------------------ schedule files
    "rate.schedule-file-missing": {
        "zh": "找不到还款表文件 {path}。",
        "en": "Schedule file not found: {path}.",
    },
    "rate.schedule-file-unreadable": {
        "zh": "无法读取还款表文件 {path}（{reason}）。",
        "en": "Cannot read the schedule file {path} ({reason}).",
    },
    "rate.schedule-file-is-dir": {
        "zh": "{path} 是一个文件夹，不是还款表文件。",
        "en": "{path} is a folder, not a schedule file.",
    },
    "rate.schedule-file-not-regular": {
        "zh": "{path} 不是普通文件（可能是管道或设备），不能当作还款表读取。",
        "en": "{path} is not a regular file (perhaps a pipe or a device), so it cannot be read as a schedule.",
    },
    "rate.schedule-file-too-big": {
        "zh": "还款表文件 {path} 太大（超过 {limit} MB），请检查是否选错了文件。",
        "en": "The schedule file {path} is too large (over {limit} MB). Check that it is the "
        "right file.",
    },
    "rate.schedule-file-not-text": {
        "zh": "还款表文件 {path} 不是文字：既不是 UTF-8，也不是 GBK 编码的文本。"
        "用 Excel 保存时请选“CSV UTF-8”。",
        "en": "The schedule file {path} is not text: neither UTF-8 nor GBK. "
        "In Excel, save it as “CSV UTF-8”.",
    },
    "rate.schedule-yaml-syntax": {
        "zh": "还款表 {path} 第 {line} 行第 {column} 列格式有误：{problem}",
        "en": "The schedule {path} has a format error at line {line}, column {column}: {problem}",
    },
    "rate.schedule-yaml-control-char": {
        "zh": "还款表 {path} 第 {line} 行第 {column} 列有一个看不见的控制字符（{code}），"
        "删掉它再试一次。",
        "en": "The schedule {path} has an invisible control character ({code}) at line {line}, "
        "column {column}. Delete it and try again.",
    },
    "rate.schedule-yaml-syntax-value": {
        "zh": "还款表 {path} 第 {line} 行第 {column} 列的值无法读取：{problem}",
        "en": "The schedule {path} has a value that cannot be read at line {line}, column "
        "{column}: {problem}",
    },
    "rate.schedule-yaml-alias": {
        "zh": "还款表 {path} 第 {line} 行用了 YAML 锚点或别名（& * <<），请把内容直接写出来。",
        "en": "The schedule {path} uses a YAML anchor or alias (& * <<) at line {line}. Write the "
        "values out instead.",
    },
    "rate.schedule-yaml-too-deep": {
        "zh": "还款表 {path} 第 {line} 行第 {column} 列：嵌套超过 {limit} 层，不予读取。",
        "en": "The schedule {path}, line {line}, column {column}: nested more than {limit} levels deep, so it is not read.",
    },
    "rate.schedule-yaml-too-many": {
        "zh": "还款表 {path} 第 {line} 行第 {column} 列：条目超过 {limit} 个，不予读取。",
        "en": "The schedule {path}, line {line}, column {column}: it holds more than {limit} items, so it is not read.",
    },
    "rate.schedule-yaml-bad-key": {
        "zh": "还款表 {path} 第 {line} 行的键名无效，键名应是文字，例如 date。",
        "en": "The schedule {path} has an invalid key at line {line}; keys are words such as date.",
    },
    "rate.schedule-yaml-duplicate-key": {
        "zh": "还款表 {path} 第 {line} 行重复写了“{key}”。",
        "en": "The schedule {path} repeats “{key}” at line {line}.",
    },
    "rate.schedule-empty": {
        "zh": "还款表 {path} 是空的。",
        "en": "The schedule {path} is empty.",
    },
    "rate.schedule-bad-header": {
        "zh": "还款表 {path} 的第一行应是 date,amount,note（或 日期,金额,备注，用英文逗号分隔），"
        "现在是“{found}”。",
        "en": "The first line of the schedule {path} must be date,amount,note (commas between), "
        "not “{found}”.",
    },
    "rate.schedule-bad-row": {
        "zh": "还款表 {path} 第 {row} 行格式不对：每行写 日期,金额,备注（备注可以不写），"
        "用英文逗号分隔。",
        "en": "Line {row} of the schedule {path} is not right: each line is date,amount,note (the "
        "note may be left out), separated by commas.",
    },
    "rate.schedule-date-bad": {
        "zh": "还款表 {path} 第 {row} 行的日期“{value}”无效，请写成 2025-07-01、2025/7/1 或 "
        "2025年7月1日 这样的真实日期。",
        "en": "Line {row} of the schedule {path} has an invalid date “{value}”; write a real date "
        "such as 2025-07-01, 2025/7/1 or 2025年7月1日.",
    },
    "rate.schedule-date-year": {
        "zh": "还款表 {path} 第 {row} 行的日期“{value}”年份不对：只能是 {low} 年到 {high} 年之间，"
        "请检查年份是否打错。",
        "en": "Line {row} of the schedule {path} has the date “{value}”, whose year cannot be "
        "right: it must be from {low} to {high}. Check the year for a typo.",
    },
    "rate.schedule-amount-bad": {
        "zh": "还款表 {path} 第 {row} 行的金额“{value}”不是有效数字。",
        "en": "Line {row} of the schedule {path} has an amount that is not a number: “{value}”.",
    },
    "rate.schedule-amount-not-positive": {
        "zh": "还款表 {path} 第 {row} 行的金额必须大于 0，现在是“{value}”。",
        "en": "Line {row} of the schedule {path}: the amount must be more than 0, not “{value}”.",
    },
    "rate.schedule-amount-too-large": {
        "zh": "还款表 {path} 第 {row} 行的金额“{value}”太大了（最多 {max:,.0f}）。",
        "en": "Line {row} of the schedule {path}: the amount “{value}” is too large (at most "
        "{max:,.0f}).",
    },
    "rate.schedule-too-many-rows": {
        "zh": "还款表 {path} 的还款超过 {max:,} 笔，本工具最多处理 {max:,} 笔。",
        "en": "The schedule {path} has more than {max:,} payments, the most this tool handles.",
    },
    "rate.schedule-before-start": {
        "zh": "还款表 {path} 第 {row} 行的日期 {date} 早于到账日期 {start}。"
        "还款不可能在拿到钱之前，请检查日期。",
        "en": "Line {row} of the schedule {path} is dated {date}, before the money arrived on "
        "{start}. Check the dates.",
    },
    "rate.schedule-no-payments": {
        "zh": "还款表 {path} 里没有还款：表头下第一行写到账日期和到手金额，之后每行写一笔还款。",
        "en": "The schedule {path} has no payments: under the header, the first line is the day "
        "the money arrived and the amount received, then one line per payment.",
    },
    "rate.schedule-yaml-shape": {
        "zh": "YAML 还款表 {path} 应包含 start（到账日期）和 payments（还款列表）。",
        "en": "A YAML schedule ({path}) needs start (the day the money arrived) and payments (a "
        "list).",
    },
    "rate.schedule-unknown-key": {
        "zh": "还款表 {path} 第 {row} 行有不认识的项“{key}”。可用的项：start、received、payments，"
        "每笔还款里用 date、amount、note。",
        "en": "Line {row} of the schedule {path} has an unknown entry “{key}”. Use start, "
        "received and payments; in each payment, date, amount and note.",
    },
    "rate.schedule-no-start": {
        "zh": "YAML 还款表 {path} 缺少 start：请写出钱到账的日期，例如 start: 2025-06-01。",
        "en": "The YAML schedule {path} has no start: give the day the money arrived, such as "
        "start: 2025-06-01.",
    },
    "rate.schedule-bad-item": {
        "zh": "还款表 {path} 第 {row} 行：每笔还款都要写 date（日期）和 amount（金额）。",
        "en": "Line {row} of the schedule {path}: every payment needs a date and an amount.",
    },
    "rate.schedule-received-mismatch": {
        "zh": "还款表 {path} 里写的到手金额是 {in_file:,.2f}，和 --received {received:,.2f} "
        "不一致。CSV 表头下的第一行应当是到账那天和到手金额，不是第一笔还款。",
        "en": "The schedule {path} says {in_file:,.2f} was received, but --received says "
        "{received:,.2f}. In a CSV, the first line under the header is the day the money "
        "arrived and the amount received, not the first payment.",
    },
    "rate.schedule-all-on-start": {
        "zh": "还款表 {path} 里所有还款都在到账当天（{start}），算不出年化利率。",
        "en": "Every payment in the schedule {path} is on the day the money arrived ({start}), so "
        "no annual rate can be computed.",
    },
    "rate.schedule-repaid-on-start": {
        "zh": "按还款表 {path}，到账当天（{start}）就付出了 {paid:,.2f} 元，不少于拿到的 "
        "{received:,.2f} 元，这样算不出年化利率。请检查日期。",
        "en": "By the schedule {path}, ￥{paid:,.2f} was paid on the day the money arrived "
        "({start}), no less than the ￥{received:,.2f} received, so no annual rate can be "
        "computed. Check the dates.",
    },
    # ------------------------------------------------------------------ headline and cost
    "rate.explain-headline-month": {
        "zh": "你实际能用的钱是 {received:,.2f} 元，按月还 {payment:,.2f} 元、共 {periods} 期，"
        "折算年化利率约 {apr_text}%。",
        "en": "You actually had the use of ￥{received:,.2f} and repay ￥{payment:,.2f} a month "
        "(number of payments: {periods}): an annual rate of about {apr_text}%.",
    },
    "rate.explain-headline-biweekly": {
        "zh": "你实际能用的钱是 {received:,.2f} 元，每两周还 {payment:,.2f} 元、共 {periods} 期，"
        "折算年化利率约 {apr_text}%。",
        "en": "You actually had the use of ￥{received:,.2f} and repay ￥{payment:,.2f} every two weeks "
        "(number of payments: {periods}): an annual rate of about {apr_text}%.",
    },
    "rate.explain-headline-week": {
        "zh": "你实际能用的钱是 {received:,.2f} 元，每周还 {payment:,.2f} 元、共 {periods} 期，"
        "折算年化利率约 {apr_text}%。",
        "en": "You actually had the use of ￥{received:,.2f} and repay ￥{payment:,.2f} a week "
        "(number of payments: {periods}): an annual rate of about {apr_text}%.",
    },
    "rate.explain-headline-day": {
        "zh": "你实际能用的钱是 {received:,.2f} 元，每天还 {payment:,.2f} 元、共 {periods} 期，"
        "折算年化利率约 {apr_text}%。",
        "en": "You actually had the use of ￥{received:,.2f} and repay ￥{payment:,.2f} a day "
        "(number of payments: {periods}): an annual rate of about {apr_text}%.",
    },
    "rate.explain-headline-schedule": {
        "zh": "你在 {start} 实际能用的钱是 {received:,.2f} 元，按还款表共还 {count} 笔、合计 "
        "{total_paid:,.2f} 元（最后一笔在 {end}），折算年化利率约 {apr_text}%。",
        "en": "You actually had the use of ￥{received:,.2f} from {start} and, by your schedule, pay "
        "￥{total_paid:,.2f} in all (number of payments: {count}; the last on {end}): an annual "
        "rate of about {apr_text}%.",
    },
    "rate.explain-headline-absurd": {
        "zh": "按你输入的数字，年化利率超过 1,000,000%，高得不合常理。请先核对金额、期数和日期"
        "是否写对；如果确实没错，这笔借款的成本远远超过下面每一条线。",
        "en": "By the figures you entered, the annual rate is over 1,000,000%: beyond belief. "
        "First check the amounts, the number of payments and the dates; if they are right, this "
        "loan costs far more than every line below.",
    },
    "rate.explain-flat": {
        "zh": "对方报的是“月息 {percent}%”（等本等息：每期都按全部借款 {principal:,.2f} 元收息，"
        "不因你已还了本金而减少）。这样每期要还 {payment:,.2f} 元。"
        "真实的年化利率要按你实际能用的钱和每期还款来算，就是上面的数字，不是月息 × 12。",
        "en": "The lender quotes “{percent}% a month” (flat, 等本等息: every period's interest is "
        "charged on the whole ￥{principal:,.2f}, however much you have already paid back). That "
        "makes each payment ￥{payment:,.2f}. The true annual rate, on the money you really had, "
        "is the figure above, not 12 times the monthly figure.",
    },
    "rate.explain-flat-day": {
        "zh": "对方报的是“日息 {percent}%”。这里按等本等息算：每天都按全部借款 {principal:,.2f} 元收息"
        "（不因你已还了本金而减少），一年按 365 天算，这样每期要还 {payment:,.2f} 元。"
        "真实的年化利率要按你实际能用的钱和每期还款来算，就是上面的数字，不是日息 × 365。"
        "如果 App 上显示的每期还款和这里不同，请用 --payment 填 App 上的数字，算出的才是真实利率；"
        "如果 App 按还没还的余额收日息，请加 --on remaining。",
        "en": "The lender quotes “{percent}% a day”. Here it is charged flat (等本等息): every "
        "day's interest on the whole ￥{principal:,.2f}, however much you have paid back, 365 "
        "days a year, which makes each payment ￥{payment:,.2f}. The true annual rate, on the "
        "money you really had, is the figure above, not 365 times the daily figure. If the "
        "app shows a different payment, give the app's figure with --payment: that gives the "
        "true rate. If the app charges the daily rate on the balance still owed, add "
        "--on remaining.",
    },
    "rate.explain-remaining-month": {
        "zh": "对方报的是“月息 {percent}%”，这里按还没还的余额收息（--on remaining）：每期按"
        "剩余本金算利息，等额还款，每期 {payment:,.2f} 元。如果 App 上显示的每期还款和这里不同，"
        "请用 --payment 填 App 上的数字。",
        "en": "The lender quotes “{percent}% a month”, charged here on the balance still owed "
        "(--on remaining): each period's interest on what is left, in equal payments of "
        "￥{payment:,.2f}. If the app shows a different payment, give the app's figure with "
        "--payment.",
    },
    "rate.explain-remaining-day": {
        "zh": "对方报的是“日息 {percent}%”，这里按还没还的余额收息（--on remaining）：每天按"
        "剩余本金算利息（一年 365 天），等额还款，每期 {payment:,.2f} 元。如果 App 上显示的每期还款"
        "和这里不同，请用 --payment 填 App 上的数字。",
        "en": "The lender quotes “{percent}% a day”, charged here on the balance still owed "
        "(--on remaining): each day's interest on what is left (365 days a year), in equal "
        "payments of ￥{payment:,.2f}. If the app shows a different payment, give the app's "
        "figure with --payment.",
    },
    "rate.explain-last-payment": {
        "zh": "每期金额四舍五入到分，差额放在最后一期：最后一期是 {last:,.2f} 元，合计正好 {total:,.2f} 元。",
        "en": "Each payment is rounded to the fen and the last one takes the difference: the "
        "last is ￥{last:,.2f}, so the total is exactly ￥{total:,.2f}.",
    },
    "rate.explain-fee-start": {
        "zh": "开始时付的费用 {fee:,.2f} 元（服务费、担保费、会员费等）也算进了借款成本：你真正"
        "能用的钱是 {net:,.2f} 元，上面的利率按它计算。",
        "en": "The ￥{fee:,.2f} fee paid at the start (service, guarantee, membership or the like) "
        "counts as part of the cost: the money you really had was ￥{net:,.2f}, and the rate "
        "above is on that.",
    },
    "rate.explain-fee-each": {
        "zh": "每期另付的费用 {fee:,.2f} 元已经算在每期还款里，也计入了年化利率。",
        "en": "The ￥{fee:,.2f} fee with every payment is included in each payment, and in the "
        "annual rate.",
    },
    "rate.explain-regular-month": {
        "zh": "你的还款表是每月还一次（允许差几天），所以年化利率按分期的口径计算："
        "每期利率 × 12，和直接输入每期还款额得到的结果一样。按实际天数算（每日利率 × 365）"
        "约为 {daily_text}%。",
        "en": "Your schedule's payments fall every month (give or take a few days), so the annual rate "
        "is counted as for instalments: the rate per period × 12, the same as entering the "
        "payment and the number of payments. Counted on actual days (daily rate × 365) it is "
        "about {daily_text}%.",
    },
    "rate.explain-regular-biweekly": {
        "zh": "你的还款表是每两周还一次（允许差几天），所以年化利率按分期的口径计算："
        "每期利率 × 26，和直接输入每期还款额得到的结果一样。按实际天数算（每日利率 × 365）"
        "约为 {daily_text}%。",
        "en": "Your schedule's payments fall every two weeks (give or take a few days), so the annual rate "
        "is counted as for instalments: the rate per period × 26, the same as entering the "
        "payment and the number of payments. Counted on actual days (daily rate × 365) it is "
        "about {daily_text}%.",
    },
    "rate.explain-regular-week": {
        "zh": "你的还款表是每周还一次（允许差几天），所以年化利率按分期的口径计算："
        "每期利率 × 52，和直接输入每期还款额得到的结果一样。按实际天数算（每日利率 × 365）"
        "约为 {daily_text}%。",
        "en": "Your schedule's payments fall every week (give or take a few days), so the annual rate "
        "is counted as for instalments: the rate per period × 52, the same as entering the "
        "payment and the number of payments. Counted on actual days (daily rate × 365) it is "
        "about {daily_text}%.",
    },
    "rate.explain-regular-day": {
        "zh": "你的还款表是每天还一次（允许差几天），所以年化利率按分期的口径计算："
        "每期利率 × 365，和直接输入每期还款额得到的结果一样。按实际天数算（每日利率 × 365）"
        "约为 {daily_text}%。",
        "en": "Your schedule's payments fall every day (give or take a few days), so the annual rate "
        "is counted as for instalments: the rate per period × 365, the same as entering the "
        "payment and the number of payments. Counted on actual days (daily rate × 365) it is "
        "about {daily_text}%.",
    },
    "rate.explain-irregular": {
        "zh": "你的还款表不是按固定间隔还款，所以年化利率按实际天数计算：每日利率 × 365。",
        "en": "Your schedule's payments are not at a regular interval, so the annual rate is "
        "counted on actual days: the daily rate times 365.",
    },
    "rate.explain-straddle": {
        "zh": "请注意：{limit:.2f}% 这条线正好落在两种算法之间（分期口径约 {apr_text}%，按天算约 "
        "{daily_text}%）。算法不同，结论就不同；和对方或律师谈时，把两个数都拿出来。",
        "en": "Note: the {limit:.2f}% line falls between the two ways of counting (about "
        "{apr_text}% as instalments, about {daily_text}% on actual days). The verdict depends on "
        "how it is counted; show both figures to the lender or a lawyer.",
    },
    "rate.paid-against-line": {
        "zh": "你已经还了 {paid:,.2f} 元；按 {limit:.2f}% 这条线，这些还款最多只该是 "
        "{allowed_so_far:,.2f} 元。按这条线，剩下最多还要还 {balance:,.2f} 元（合同上还剩 "
        "{owed:,.2f} 元）。这个余额按法院的算法：每笔还款先抵这条线允许的利息，多出的部分抵本金，"
        "剩下的本金按原来的还款日期、按这条线的利率还完。",
        "en": "You have paid ￥{paid:,.2f} so far; at the {limit:.2f}% line those payments come "
        "to at most ￥{allowed_so_far:,.2f}. At this line at most ￥{balance:,.2f} is left to pay "
        "(the contract says ￥{owed:,.2f}). That balance is counted as a court would: each "
        "payment goes first to the interest the line allows and the rest to the principal, "
        "and the principal still owed is repaid on the remaining dates at the line's rate.",
    },
    "rate.paid-beyond-line": {
        "zh": "你已经还了 {paid:,.2f} 元，比 {limit:.2f}% 这条线允许的全部金额（{allowed_total:,.2f} "
        "元）还多 {over:,.2f} 元。",
        "en": "You have paid ￥{paid:,.2f} so far: ￥{over:,.2f} more than everything the "
        "{limit:.2f}% line allows in all (￥{allowed_total:,.2f}).",
    },
    "rate.explain-cost-huge": {
        "zh": "你一共要还 {total_paid:,.2f} 元，比实际能用的 {principal:,.2f} 元多 {total_cost:,.2f} 元。"
        "如果按复利计算，实际年利率超过 1,000,000%。",
        "en": "You pay back ￥{total_paid:,.2f} in all, ￥{total_cost:,.2f} more than the "
        "￥{principal:,.2f} you could use. With compounding, the effective annual rate is over "
        "1,000,000%.",
    },
    "rate.explain-cost": {
        "zh": "你一共要还 {total_paid:,.2f} 元，比实际能用的 {principal:,.2f} 元多 {total_cost:,.2f} 元。"
        "如果按复利计算，实际年利率约 {effective_text}%。",
        "en": "You pay back ￥{total_paid:,.2f} in all, ￥{total_cost:,.2f} more than the "
        "￥{principal:,.2f} you could use. With compounding, the effective annual rate is about "
        "{effective_text}%.",
    },
    "rate.note-repaid-less": {
        "zh": "按这些数字，你还的总额（{total_paid:,.2f} 元）比实际能用的钱（{principal:,.2f} 元）"
        "还少 {shortfall:,.2f} 元，所以利率是负数。请检查是否漏写了某几期还款或费用。",
        "en": "By these figures you pay back ￥{total_paid:,.2f}, ￥{shortfall:,.2f} less than the "
        "￥{principal:,.2f} you could use, so the rate is negative. Check for missing payments "
        "or fees.",
    },
    "rate.note-no-cost": {
        "zh": "你还的总额正好等于实际拿到的钱，没有利息和费用，利率为 0。",
        "en": "You pay back exactly what you received: no interest or fees, a rate of 0%.",
    },
    # ------------------------------------------------------------------ what to do next
    # (what the law says about the lines, and the channels to complain to, are in
    # data/rate.yaml with their sources)
    "rate.next-keep-records": {
        "zh": "下一步：保存好借款合同、App 里的借款和还款记录截图、银行转账记录，"
        "它们能证明你实际拿到多少、已经还了多少。",
        "en": "Next: keep the loan contract, screenshots of the loan and repayment records in the "
        "app, and your bank transfer records. They prove what you actually received and "
        "what you have paid.",
    },
    "rate.next-ask-private": {
        "zh": "请出借人用文字（例如微信或短信）确认借款金额、你实际拿到的钱、利息和已还款项。",
        "en": "Ask the lender to confirm in writing (for example by WeChat or text message) the "
        "loan amount, the money you actually received, the interest and what you have paid.",
    },
    "rate.explain-estimate": {
        "zh": "以上数字按你输入的金额和日期计算，只是估算，不是法律意见；"
        "以合同和实际还款记录为准。",
        "en": "These figures come from the amounts and dates you entered. They are an estimate, "
        "not legal advice; the contract and your actual payment records are what count.",
    },
}
