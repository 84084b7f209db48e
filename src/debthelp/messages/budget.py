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
}
