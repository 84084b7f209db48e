"""The one message catalogue: every interface sentence, in Chinese and English.

Advice lives in data/guidance.yaml; this holds the words *around* it: headings,
errors, prompts and help. A test checks that every key has both languages and
the same placeholders in each.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- general
    "app-title": {"zh": "网贷催收自助指南", "en": "Help with online-loan debt collection"},
    "urgent": {"zh": "紧急", "en": "Urgent"},
    "why": {"zh": "为什么：{text}", "en": "Why: {text}"},
    "source": {"zh": "来源：{text}", "en": "Source: {text}"},
    "why-md": {"zh": "*为什么：* {text}", "en": "*Why:* {text}"},
    "source-md": {"zh": "*来源：* {text}", "en": "*Source:* {text}"},
    "reviewed": {"zh": "内容审核日期：{date}", "en": "Content last reviewed: {date}"},
    "tips-title": {"zh": "应对网贷催收：分主题建议", "en": "Dealing with online-loan collection: advice by topic"},
    "topics-title": {"zh": "主题", "en": "Topics"},
    "plan-title": {"zh": "你的行动计划", "en": "Your plan"},
    "plan-intro": {
        "zh": "以下步骤按紧急程度排列，先做最上面的。",
        "en": "These steps are in order of urgency: start with the first.",
    },
    "graph-end": {"zh": "生成行动计划", "en": "Make the plan"},
    "yes": {"zh": "是", "en": "Yes"},
    "no": {"zh": "否", "en": "No"},
    "kind-single": {"zh": "单选", "en": "pick one"},
    "kind-multi": {"zh": "多选", "en": "pick any"},
    "kind-yesno": {"zh": "是/否", "en": "yes/no"},
    "kind-number": {"zh": "数字", "en": "number"},
    "number-range": {"zh": "范围：{low} 到 {high}", "en": "range: {low} to {high}"},
    "list-sep": {"zh": "、", "en": ", "},
    "source-sep": {"zh": "；", "en": "; "},
    "wizard-back": {"zh": "← 返回上一题", "en": "← Back"},
    "wizard-show-plan": {"zh": "✓ 生成建议", "en": "✓ Show my plan"},
    "wizard-review": {
        "zh": "请检查你的回答。选中某一项可以修改，或者直接生成建议：",
        "en": "Check your answers. Pick one to change it, or go on to your plan:",
    },
    "wizard-review-hint": {"zh": "（上下键移动，回车确认）", "en": "(arrow keys to move, Enter to choose)"},
    "wizard-select-hint": {"zh": "（上下键移动，回车确认）", "en": "(arrow keys to move, Enter to choose)"},
    "wizard-multi-hint": {
        "zh": "（上下键移动，空格选择，回车确认）",
        "en": "(arrow keys to move, space to select, Enter to confirm)",
    },
    "wizard-number-back": {"zh": "（输入 b 返回上一题）", "en": " (type b to go back)"},
    "wizard-back-alone": {
        "zh": "要返回上一题，请只选“返回上一题”。",
        "en": "To go back, choose only 'Back'.",
    },
    "wizard-pick-one": {"zh": "请至少选一项（空格键选择）。", "en": "Please choose at least one (press space to select)."},
    "wizard-exclusive": {
        "zh": "“{label}”不能和其他选项一起选。",
        "en": "'{label}' cannot be chosen together with other answers.",
    },
    "wizard-number-invalid": {"zh": "请输入一个数字，比如 3。", "en": "Please enter a number, such as 3."},
    "wizard-number-range": {
        "zh": "请输入 {low} 到 {high} 之间的数字。",
        "en": "Please enter a number from {low} to {high}.",
    },
    "cancelled": {"zh": "已取消", "en": "Cancelled"},
    "internal-error": {
        "zh": "出现了意外错误（{kind}）。你的文件没有被改动。请换个方式再试，或把这句话告诉维护者。",
        "en": "Something unexpected went wrong ({kind}). None of your files were changed. "
        "Please try again another way, or pass this line on to the maintainers.",
    },
    "error-prefix": {"zh": "错误", "en": "Error"},
    "usage-hint": {
        "zh": "用法有误。运行 `debthelp --help` 查看所有命令和选项。",
        "en": "That command line is not right. Run `debthelp --help` to see every command and option.",
    },
    "bad-lang": {
        "zh": "不认识的语言“{value}”。可用：zh（中文）、en（English）。",
        "en": "Unknown language '{value}'. Use zh (Chinese) or en (English).",
    },
    "bad-lang-env": {
        "zh": "环境变量 DEBTHELP_LANG 的值“{value}”无效。可用：zh、en。",
        "en": "DEBTHELP_LANG is set to '{value}', which is not a language debthelp has. Use zh or en.",
    },
    "bad-format": {
        "zh": "不支持的输出格式“{value}”。可用：{valid}。",
        "en": "Unknown output format '{value}'. Use one of: {valid}.",
    },
    "terminal-no-chinese": {
        "zh": "你的终端无法显示中文，已改用英文。要看中文，请使用 UTF-8 终端。",
        "en": "Your terminal cannot show Chinese characters, so debthelp is answering in English. "
        "Use a UTF-8 terminal to read it in Chinese.",
    },
    "no-terminal-help": {
        "zh": "debthelp：网贷催收自助指南（离线、不联网、不保存任何内容）。\n"
        "\n"
        "没有检测到交互式终端，所以不会提问。你可以：\n"
        "  debthelp tips                    按主题查看全部建议\n"
        "  debthelp questions               列出所有问题及可选答案\n"
        "  debthelp advise --answers 文件   根据答案文件生成行动计划\n"
        "  debthelp --help                  查看所有命令",
        "en": "debthelp: help with online-loan debt collection (offline; sends and saves nothing).\n"
        "\n"
        "There is no interactive terminal, so no questions will be asked. You can run:\n"
        "  debthelp tips                    all the advice, by topic\n"
        "  debthelp questions               every question and its possible answers\n"
        "  debthelp advise --answers FILE   a plan from a file of answers\n"
        "  debthelp --help                  every command",
    },
    # ---------------------------------------------------------------- files
    "file-missing": {"zh": "找不到文件：{path}", "en": "File not found: {path}"},
    "file-is-dir": {"zh": "{path} 是一个文件夹，不是文件。", "en": "{path} is a folder, not a file."},
    "file-unreadable": {
        "zh": "无法读取文件 {path}：{reason}",
        "en": "Cannot read {path}: {reason}",
    },
    "file-too-big": {
        "zh": "文件 {path} 超过 {limit} MB，不予读取。",
        "en": "{path} is larger than {limit} MB, so debthelp will not read it.",
    },
    "file-not-utf8": {
        "zh": "文件 {path} 不是 UTF-8 编码（第 {offset} 个字节处）。请另存为 UTF-8 后再试。",
        "en": "{path} is not UTF-8 text (at byte {offset}). Save it as UTF-8 and try again.",
    },
    "file-write-failed": {
        "zh": "无法写入 {path}：{reason}。原有文件没有被改动。",
        "en": "Could not write {path}: {reason}. Any file already there is unchanged.",
    },
    "yaml-syntax": {
        "zh": "{path} 第 {line} 行第 {column} 列：YAML 格式错误（{problem}）",
        "en": "{path}, line {line}, column {column}: YAML syntax error ({problem})",
    },
    "yaml-syntax-value": {
        "zh": "{path} 第 {line} 行第 {column} 列：无法读取这个值（{problem}）",
        "en": "{path}, line {line}, column {column}: this value cannot be read ({problem})",
    },
    "yaml-alias": {
        "zh": "{path} 第 {line} 行第 {column} 列：不允许使用 YAML 锚点和别名（& 和 *）。",
        "en": "{path}, line {line}, column {column}: YAML anchors and aliases (& and *) are not allowed.",
    },
    "yaml-duplicate-key": {
        "zh": "{path} 第 {line} 行第 {column} 列：键“{key}”重复出现。",
        "en": "{path}, line {line}, column {column}: the key '{key}' appears twice.",
    },
    "yaml-bad-key": {
        "zh": "{path} 第 {line} 行第 {column} 列：键必须是简单的文字。",
        "en": "{path}, line {line}, column {column}: a key must be plain text.",
    },
    # ---------------------------------------------------------------- guidance validation
    "guidance-invalid": {
        "zh": "指导文件 {path} 有 {count} 个问题：",
        "en": "The guidance file {path} has {count} problem(s):",
    },
    "validate-ok": {
        "zh": "{path} 有效：{questions} 个问题，{tips} 条建议，{topics} 个主题，{terms} 个术语，{paths} 条通向建议的路径。",
        "en": "{path} is valid: {questions} questions, {tips} tips, {topics} topics, {terms} terms, "
        "{paths} paths to advice.",
    },
    "line": {"zh": "第 {line} 行", "en": "line {line}"},
    "v-not-mapping": {"zh": "应当是一个映射（键: 值）", "en": "should be a mapping (key: value)"},
    "v-not-list": {"zh": "应当是一个列表", "en": "should be a list"},
    "v-unknown-key": {
        "zh": "不认识的键；可用的键：{allowed}",
        "en": "unknown key; the keys allowed here are: {allowed}",
    },
    "v-missing": {"zh": "缺少这一项", "en": "is missing"},
    "v-not-text": {
        "zh": "应当是 {{zh: …, en: …}} 形式的双语文字",
        "en": "should be text in both languages, {{zh: ..., en: ...}}",
    },
    "v-empty-lang": {"zh": "{lang} 文字缺失或为空", "en": "the {lang} text is missing or empty"},
    "v-bad-id": {
        "zh": "“{value}”不是有效的 id（小写字母开头，只用小写字母、数字、- 和 _）",
        "en": "'{value}' is not a valid id (a lower-case letter, then lower-case letters, digits, - or _)",
    },
    "v-empty-list": {"zh": "列表不能为空", "en": "the list must not be empty"},
    "v-not-bool": {"zh": "应当是 true 或 false", "en": "should be true or false"},
    "v-not-date": {"zh": "应当是 YYYY-MM-DD 格式的日期", "en": "should be a date, YYYY-MM-DD"},
    "v-not-number": {"zh": "应当是一个数字", "en": "should be a number"},
    "v-format": {
        "zh": "format 应当是 {expected}",
        "en": "format should be {expected}",
    },
    "v-duplicate-id": {
        "zh": "id“{id}”重复（第一次出现在第 {first} 行）",
        "en": "the id '{id}' is used twice (first on line {first})",
    },
    "v-reserved-id": {"zh": "“{value}”是保留字，不能用作问题 id", "en": "'{value}' is reserved and cannot be a question id"},
    "v-seed-confidence": {
        "zh": "原文章节不需要 confidence",
        "en": "a section of the source article takes no confidence label",
    },
    "v-confidence": {
        "zh": "事实来源的 confidence 必须是 V-P 或 V-S（现为“{value}”）；U 类事实不能引用",
        "en": "a fact source needs confidence V-P or V-S (found '{value}'); U facts may not be cited",
    },
    "v-source-id": {
        "zh": "“{value}”既不是原文章节（如 seed §2.2），也不是事实编号（如 4-4）",
        "en": "'{value}' is neither a section of the source article (like seed §2.2) nor a fact id (like 4-4)",
    },
    "v-unknown-source": {
        "zh": "引用了未在 sources 中声明的来源“{value}”",
        "en": "cites '{value}', which is not declared under sources",
    },
    "v-unknown-topic": {"zh": "没有名为“{value}”的主题", "en": "there is no topic '{value}'"},
    "v-unknown-section": {"zh": "没有名为“{value}”的计划部分", "en": "there is no plan section '{value}'"},
    "v-unknown-tip": {"zh": "没有名为“{value}”的建议", "en": "there is no tip '{value}'"},
    "v-unknown-question": {"zh": "没有名为“{value}”的问题", "en": "there is no question '{value}'"},
    "v-unknown-value": {
        "zh": "问题“{question}”没有选项“{value}”；可用：{valid}",
        "en": "question '{question}' has no option '{value}'; valid: {valid}",
    },
    "v-kind": {
        "zh": "题型“{value}”无效；可用：{kinds}",
        "en": "'{value}' is not a question kind; use one of: {kinds}",
    },
    "v-bad-next": {
        "zh": "next 应当是问题 id 或 end（现为“{value}”）",
        "en": "next should be a question id or end (found '{value}')",
    },
    "v-next-mapping": {
        "zh": "只有 yesno 题可以用 {{yes: …, no: …}} 形式的 next",
        "en": "only a yesno question may have next as {{yes: ..., no: ...}}",
    },
    "v-options-missing": {"zh": "单选和多选题需要 options", "en": "single and multi questions need options"},
    "v-options-not-allowed": {"zh": "{kind} 题不能有 options", "en": "a {kind} question takes no options"},
    "v-duplicate-value": {"zh": "选项值“{value}”重复", "en": "the option value '{value}' is used twice"},
    "v-option-next-multi": {
        "zh": "多选题的选项不能各自有 next；请写在问题上",
        "en": "options of a multi question cannot have their own next; put it on the question",
    },
    "v-no-next": {
        "zh": "没有下一步：请给问题或这个选项写 next（问题 id 或 end）",
        "en": "no next step: give the question or this option a next (a question id or end)",
    },
    "v-exclusive-single": {"zh": "只有多选题的选项可以 exclusive", "en": "only options of a multi question can be exclusive"},
    "v-number-only": {"zh": "只有 number 题可以有这一项", "en": "only a number question takes this"},
    "v-min-max": {"zh": "max 必须大于 min", "en": "max must be greater than min"},
    "v-condition": {
        "zh": "条件应当是 all / any / not，或 question 加上 equals / includes / less_than / greater_than 之一",
        "en": "a condition is all / any / not, or question with one of equals / includes / less_than / greater_than",
    },
    "v-condition-list": {"zh": "all / any 需要一个非空列表", "en": "all / any need a non-empty list"},
    "v-operator-kind": {
        "zh": "{op} 不适用于 {kind} 题",
        "en": "{op} does not fit a {kind} question",
    },
    "v-cycle": {"zh": "问题之间形成了循环：{cycle}", "en": "the questions loop: {cycle}"},
    "v-unreachable": {"zh": "从第一个问题出发永远到不了这个问题", "en": "no path from the first question reaches this question"},
    "v-too-many-paths": {
        "zh": "问题树有 {count} 条路径，超过上限 {limit}",
        "en": "the question tree has {count} paths, more than the limit of {limit}",
    },
    "v-path-no-advice": {
        "zh": "这条路径结束时没有任何一定会给出的建议：{path}",
        "en": "this path ends without any advice certain to apply: {path}",
    },
    # ---------------------------------------------------------------- tips / explain
    "unknown-topic": {
        "zh": "没有主题“{value}”。可用的主题：{valid}",
        "en": "There is no topic '{value}'. The topics are: {valid}",
    },
    "list-hint": {
        "zh": "用 `debthelp tips 主题id` 只看一个主题。",
        "en": "Use `debthelp tips TOPIC-ID` to read one topic.",
    },
    # ---------------------------------------------------------------- answers
    "answer-bad-value": {
        "zh": "问题“{question}”的答案“{value}”无效。可用：{valid}",
        "en": "'{value}' is not an answer to '{question}'. Valid answers: {valid}",
    },
    "answer-empty-multi": {
        "zh": "问题“{question}”至少要选一项。可用：{valid}",
        "en": "Question '{question}' needs at least one choice. Valid answers: {valid}",
    },
    "answer-exclusive": {
        "zh": "问题“{question}”中的“{value}”不能和其他选项同时选。",
        "en": "In '{question}', '{value}' cannot be chosen together with other answers.",
    },
    "answer-not-number": {
        "zh": "问题“{question}”需要一个数字，“{value}”不是。",
        "en": "Question '{question}' needs a number; '{value}' is not one.",
    },
    "answer-out-of-range": {
        "zh": "问题“{question}”的答案 {value} 超出范围（{low} 到 {high}）。",
        "en": "The answer {value} to '{question}' is out of range ({low} to {high}).",
    },
    "answer-unknown-question": {
        "zh": "没有 id 为“{question}”的问题。可用的问题 id：{valid}",
        "en": "There is no question with the id '{question}'. Question ids: {valid}",
    },
    "answer-missing": {
        "zh": "还缺少问题“{question}”的答案。请在答案文件里加上它，或使用 --answer {question}=值（用 `debthelp questions` 查看可选值）。",
        "en": "The answer to '{question}' is missing. Add it to the answers file or pass "
        "--answer {question}=VALUE (see `debthelp questions` for the values).",
    },
    "answer-bad-pair": {
        "zh": "--answer 需要 问题id=值 的形式，“{value}”不是。",
        "en": "--answer takes QUESTION-ID=VALUE; '{value}' is not in that form.",
    },
    "answers-not-mapping": {
        "zh": "答案文件 {path} 应当是“问题id: 值”的映射。",
        "en": "The answers file {path} should map question ids to values (id: value).",
    },
    "no-questions": {
        "zh": "这个指导文件里没有问题，无法生成行动计划。",
        "en": "This guidance file has no questions, so it cannot make a plan.",
    },
}
