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
    "check.v-weight": {
        "zh": "应当是大于 0 的数字（不是“{value}”）",
        "en": "should be a number above 0 (not '{value}')",
    },
    "check.v-regex": {
        "zh": "正则表达式“{value}”写错了：{problem}",
        "en": "the regular expression '{value}' is wrong: {problem}",
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
    "check.v-level": {
        "zh": "level 应当是 {valid} 之一（不是“{value}”）",
        "en": "level should be one of {valid} (not '{value}')",
    },
}
