"""Interface words shared by every command: headings, errors, prompts, help, files."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- general
    "app-title": {"zh": "网贷催收自助指南", "en": "Help with online-loan debt collection"},
    "urgent": {"zh": "紧急", "en": "Urgent"},
    "why": {"zh": "为什么：{text}", "en": "Why: {text}"},
    "say-lead": {"zh": "可以这样说：", "en": "Words you can use:"},
    "source": {"zh": "来源：{text}", "en": "Source: {text}"},
    "why-md": {"zh": "*为什么：* {text}", "en": "*Why:* {text}"},
    "source-md": {"zh": "*来源：* {text}", "en": "*Source:* {text}"},
    "reviewed": {"zh": "内容审核日期：{date}", "en": "Content last reviewed: {date}"},
    "tips-title": {
        "zh": "应对网贷催收：分主题建议",
        "en": "Dealing with online-loan collection: advice by topic",
    },
    "topics-title": {"zh": "主题", "en": "Topics"},
    "plan-title": {"zh": "你的行动计划", "en": "Your plan"},
    "plan-redirected": {
        "zh": "你的行动计划已经写到了你指定的文件或管道里（没有显示在屏幕上）。",
        "en": "Your plan has been written to the file or pipe you chose (not shown on screen).",
    },
    "plan-intro": {
        "zh": "按紧急程度排列：从第一条做起。",
        "en": "In order of urgency: start at the top.",
    },
    "plan-do-first": {"zh": "先做这几件事", "en": "Do these first"},
    "plan-deadline": {
        "zh": "{due}前{what}（还剩{days}天，以文书上写的为准）",
        "en": "By {due}: {what} ({days} days left; the papers' own date counts)",
    },
    "plan-deadline-passed": {
        "zh": "期限（{due}）可能已经过了：{what}。马上打12348，尽快找律师",
        "en": "The deadline ({due}) may have passed: {what}. Call 12348 and see a lawyer now",
    },
    "band-now": {"zh": "现在就做", "en": "Right now"},
    "band-deadline": {"zh": "有期限的事", "en": "Deadlines"},
    "band-today": {"zh": "今天做", "en": "Today"},
    "band-soon": {"zh": "这几天做", "en": "In the next few days"},
    "band-later": {"zh": "有空再做", "en": "When you can"},
    "plan-later": {"zh": "以后再看", "en": "Later"},
    "plan-later-line": {
        "zh": "{title}（详见 debthelp tips {topic}）",
        "en": "{title} (see debthelp tips {topic})",
    },
    "plan-step-more": {
        "zh": "整条内容和出处：debthelp tips {topic}",
        "en": "The whole step, with its sources: debthelp tips {topic}",
    },
    "plan-later-more": {
        "zh": "还有 {count} 条：debthelp advise --full 显示全部，或 debthelp tips {topics}",
        "en": "{count} more: debthelp advise --full shows them all, or debthelp tips {topics}",
    },
    "plan-recap": {"zh": "{title}（再说一遍）", "en": "{title} (once more)"},
    "plan-sources": {"zh": "来源", "en": "Sources"},
    "plan-end": {
        "zh": "有危险打110；想伤害自己打120或12356心理援助热线。保存这份计划：debthelp > plan.txt；保存答案：debthelp advise --save-answers 我的回答.json。",
        "en": "In danger: call 110. Thinking of hurting yourself: call 120 or 12356. Keep this plan: debthelp > plan.txt; keep your answers: debthelp advise --save-answers my-answers.json.",
    },
    "path-note-activate": {
        "zh": "上面的命令以 debthelp 开头，它还不在 PATH 上：先输入下面这一行，命令就能照原样输入（或者把 debthelp 换成 {prog}）：",
        "en": "The commands above start with debthelp, which is not on your PATH yet: type the line below first and they work as printed (or type {prog} instead of debthelp):",
    },
    "path-note": {
        "zh": "上面的命令以 debthelp 开头，它还不在 PATH 上：输入时把 debthelp 换成 {prog}。",
        "en": "The commands above start with debthelp, which is not on your PATH yet: type {prog} instead of debthelp.",
    },
    "answer-blank": {"zh": "（不清楚，留空）", "en": "(don't know, left blank)"},
    "graph-end": {"zh": "生成行动计划", "en": "Make the plan"},
    "yes": {"zh": "是", "en": "Yes"},
    "no": {"zh": "否", "en": "No"},
    "kind-single": {"zh": "单选", "en": "pick one"},
    "kind-multi": {"zh": "多选", "en": "pick any"},
    "kind-yesno": {"zh": "是/否", "en": "yes/no"},
    "kind-number": {"zh": "数字", "en": "number"},
    "number-range": {"zh": "范围：{low} 到 {high}", "en": "range: {low} to {high}"},
    "number-optional": {
        "zh": "可以不答：答案文件里不写它，或写成空字符串",
        "en": "optional: leave it out of the answers file, or give an empty string",
    },
    "list-sep": {"zh": "、", "en": ", "},
    "source-sep": {"zh": "；", "en": "; "},
    "label-sep": {"zh": "：", "en": ": "},
    "wizard-back": {"zh": "← 返回上一题", "en": "← Back"},
    "wizard-show-plan": {"zh": "√ 生成建议", "en": "√ Show my plan"},
    "wizard-review": {
        "zh": "请检查你的回答。选中某一项可以修改，或者直接生成建议：",
        "en": "Check your answers. Pick one to change it, or go on to your plan:",
    },
    "wizard-review-hint": {
        "zh": "（上下键移动，回车确认）",
        "en": "(arrow keys to move, Enter to choose)",
    },
    "wizard-select-hint": {
        "zh": "（上下键移动，回车确认）",
        "en": "(arrow keys to move, Enter to choose)",
    },
    "wizard-multi-hint": {
        "zh": "（上下键移动，空格选择，回车确认）",
        "en": "(arrow keys to move, space to select, Enter to confirm)",
    },
    "wizard-number-back": {"zh": "（输入 b 返回上一题）", "en": " (type b to go back)"},
    "wizard-progress": {
        "zh": "（第 {n} 题，还有约 {left} 题）",
        "en": "(Question {n}, about {left} more) ",
    },
    "wizard-progress-last": {"zh": "（第 {n} 题）", "en": "(Question {n}) "},
    "wizard-why": {"zh": "为什么问：{text}", "en": "Why we ask: {text}"},
    "wizard-help-now": {"zh": "现在就可以找的帮助：", "en": "Help you can get right now:"},
    "wizard-number-optional": {
        "zh": "（不清楚可以直接回车）",
        "en": " (press Enter if you don't know)",
    },
    "wizard-save-plan": {
        "zh": "要把这份计划存成文件吗？（只有你自己能读）",
        "en": "Keep this plan as a file? (readable only by you)",
    },
    "wizard-save-no": {"zh": "不用了", "en": "No, thanks"},
    "wizard-save-yes": {"zh": "存成文件", "en": "Save it as a file"},
    "wizard-save-name": {"zh": "文件名：", "en": "File name:"},
    "wizard-save-default": {"zh": "我的行动计划.md", "en": "my-debt-plan.md"},
    "answers-saved": {
        "zh": "答案已保存到 {path}（只有你能读）。这些命令会用到它：\n"
        "  直接得到这份计划：debthelp advise --answers {path}\n"
        "  写协商还款申请书：debthelp letter negotiate --answers {path}\n"
        "  给律师看的报告：debthelp report --answers {path} -o report.html\n"
        "  预先填好的预算：debthelp budget --answers {path}",
        "en": "Answers saved to {path} (readable only by you). These commands use them:\n"
        "  this plan at once: debthelp advise --answers {path}\n"
        "  a letter asking for a repayment plan: debthelp letter negotiate --answers {path}\n"
        "  a report for a lawyer: debthelp report --answers {path} -o report.html\n"
        "  a budget, prefilled: debthelp budget --answers {path}",
    },
    "wizard-save-both": {
        "zh": "计划和回答都存（写信、报告要用回答）",
        "en": "Save the plan and my answers",
    },
    "wizard-save-answers": {
        "zh": "只存回答",
        "en": "Save my answers only",
    },
    "wizard-save-answers-default": {"zh": "我的回答.json", "en": "my-answers.json"},
    "wizard-saved": {
        "zh": "计划已保存到 {path}（只有你能读）。",
        "en": "Plan saved to {path} (readable only by you).",
    },
    "wizard-back-alone": {
        "zh": "要返回上一题，请只选“返回上一题”。",
        "en": "To go back, choose only 'Back'.",
    },
    "wizard-pick-one": {
        "zh": "请至少选一项（空格键选择）。",
        "en": "Please choose at least one (press space to select).",
    },
    "wizard-exclusive": {
        "zh": "“{label}”不能和其他选项一起选。",
        "en": "'{label}' cannot be chosen together with other answers.",
    },
    "wizard-number-invalid": {
        "zh": "请输入一个数字，比如 3。",
        "en": "Please enter a number, such as 3.",
    },
    "wizard-number-range": {
        "zh": "请输入 {low} 到 {high} 之间的数字。",
        "en": "Please enter a number from {low} to {high}.",
    },
    "report.danger": {
        "zh": "有危险打110；想伤害自己打120或12356心理援助热线。",
        "en": "In danger: call 110. Thinking of hurting yourself: call 120 or 12356.",
    },
    "report.summary": {"zh": "情况摘要", "en": "Summary"},
    "report.sum-lender": {"zh": "放贷方", "en": "Lender"},
    "report.sum-months": {"zh": "逾期", "en": "Overdue"},
    "report.sum-months-value": {"zh": "{n} 个月", "en": "{n} months"},
    "report.sum-amount": {"zh": "逾期金额", "en": "Amount overdue"},
    "report.sum-collectors": {"zh": "催收方做了什么", "en": "What the collectors did"},
    "report.sum-papers": {"zh": "收到的文书", "en": "Papers received"},
    "report.sum-deadlines": {"zh": "期限", "en": "Deadlines"},
    "report.sum-none": {"zh": "（没有填写）", "en": "(not given)"},
    "source-seed": {"zh": "原文 {section}", "en": "seed §{section}"},
    "cancelled": {"zh": "已取消。", "en": "Cancelled."},
    "internal-error": {
        "zh": "出现了意外错误（{kind}）。你的文件没有被改动。请换个方式再试，或把这句话告诉维护者。",
        "en": "Something unexpected went wrong ({kind}). None of your files were changed. "
        "Please try again another way, or pass this line on to the maintainers.",
    },
    "internal-error-saved": {
        "zh": "出现了意外错误（{kind}）。在此之前，文件已经保存到 {path}。请换个方式再试，或把这句话告诉维护者。",
        "en": "Something unexpected went wrong ({kind}). Before it did, a file was saved to {path}. "
        "Please try again another way, or pass this line on to the maintainers.",
    },
    "output-closed": {
        "zh": "无法输出结果：标准输出已被关闭。请把输出重定向到文件，例如 debthelp tips > tips.txt。",
        "en": "Cannot write the result: standard output is closed. Send it to a file instead, "
        "for example debthelp tips > tips.txt.",
    },
    "output-failed": {
        "zh": "无法输出结果（{reason}）。结果没有完整写出，请检查磁盘空间或换一个输出位置。",
        "en": "Cannot write the result ({reason}), so it is not complete. Check the free disk "
        "space, or send it somewhere else.",
    },
    "input-too-deep": {
        "zh": "输入的内容嵌套或连接得太深，debthelp 无法处理（例如指导文件里连续上千个问题）。请简化后再试。",
        "en": "The input is nested or chained too deeply for debthelp to follow (for example, "
        "a guidance file with a thousand questions in a row). Simplify it and try again.",
    },
    "error-line": {"zh": "错误：{message}", "en": "Error: {message}"},
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
    "file-is-dir": {
        "zh": "{path} 是一个文件夹，不是文件。",
        "en": "{path} is a folder, not a file.",
    },
    "file-not-regular": {
        "zh": "{path} 不是普通文件（可能是管道或设备），不予读取。请给出一个普通文件。",
        "en": "{path} is not a regular file (perhaps a pipe or a device), so debthelp will not read it. Give an ordinary file.",
    },
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
    "save-path-dash": {
        "zh": "这里不能用“-”（它通常指屏幕输出）。请给出一个文件名，例如 plan.txt。",
        "en": "“-” cannot be used here (it usually means the screen). Give a file name, such as "
        "plan.txt.",
    },
    "save-path-is-folder": {
        "zh": "{path} 以斜杠结尾，指的是文件夹。请给出一个文件名（结尾不要斜杠）。",
        "en": "{path} ends in a slash, so it names a folder. Give a file name, without the slash at the end.",
    },
    "save-not-regular": {
        "zh": "{path} 不是普通文件（可能是管道或设备），不会覆盖它。请换一个文件名。",
        "en": "{path} is not a regular file (perhaps a pipe or a device), so debthelp will not replace it. Choose another file name.",
    },
    "save-read-only": {
        "zh": "{path} 是只读文件，不会覆盖它。请换一个文件名，或先改掉它的只读属性。",
        "en": "{path} is read-only, so debthelp will not overwrite it. Choose another file name, or make it writable first.",
    },
    "yaml-control-char": {
        "zh": "{path} 第 {line} 行第 {column} 列有一个看不见的控制字符（{code}），YAML 文件里不能有。"
        "删掉它再试一次。",
        "en": "{path}, line {line}, column {column}: an invisible control character ({code}), "
        "which a YAML file may not hold. Delete it and try again.",
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
    "yaml-too-deep": {
        "zh": "{path} 第 {line} 行第 {column} 列：嵌套超过 {limit} 层，不予读取。",
        "en": "{path}, line {line}, column {column}: nested more than {limit} levels deep, so debthelp will not read it.",
    },
    "yaml-too-many": {
        "zh": "{path} 第 {line} 行第 {column} 列：这个文件的条目超过 {limit} 个，不予读取。"
        "debthelp 的文件都没有这么多条目，请确认是不是选错了文件。",
        "en": "{path}, line {line}, column {column}: the file holds more than {limit} items, "
        "so debthelp will not read it. None of the files this program reads is that large: check "
        "that this is the right file.",
    },
    "yaml-bad-key": {
        "zh": "{path} 第 {line} 行第 {column} 列：键必须是简单的文字。",
        "en": "{path}, line {line}, column {column}: a key must be plain text.",
    },
    # ---------------------------------------------------------------- guidance validation
    "content-invalid": {
        "zh": "内容检查发现下面这些问题（内容规则见 docs/guidance-format.md）：",
        "en": "The content check found these problems (the content rules: docs/guidance-format.md):",
    },
    "content-unsourced": {
        "zh": "说了规则或给了求助渠道，却没有引用 V-P 或 V-S 的事实（只引用原文章不够）：{text}",
        "en": "states a rule or names a channel but cites no V-P or V-S fact (the source article alone is not enough): {text}",
    },
    "content-source-unknown": {
        "zh": "引用的“{value}”没有在 data/guidance.yaml 的 sources 里声明",
        "en": "cites '{value}', which data/guidance.yaml does not declare under sources",
    },
    "content-source-unverified": {
        "zh": "引用的“{value}”不是 V-P 或 V-S（事实表标为 U 的内容不能当作事实给用户看）",
        "en": "cites '{value}', which is not V-P or V-S (what the fact sheet marks U may not be shown as fact)",
    },
    "content-number": {
        "zh": "电话号码 {value} 不在核实过的号码表里（{allowed}）",
        "en": "the number {value} is not one of the verified hotlines ({allowed})",
    },
    "content-number-source": {
        "zh": "给了 {value}，却没有引用支持它的事实（{fact}）",
        "en": "gives {value} without citing the fact that backs it ({fact})",
    },
    "content-industry-unlabelled": {
        "zh": "说的是行业规范，却没有标明“行业规范”和它管谁（{lang}）：{text}",
        "en": "states an industry rule without calling it one (行业规范 / industry rule) and saying whom it binds ({lang}): {text}",
    },
    "content-industry-scope": {
        "zh": "行业规范没有说明它管谁（协会的会员机构）（{lang}）：{text}",
        "en": "an industry rule that does not say whom it binds (the association's members) ({lang}): {text}",
    },
    "content-industry-as-law": {
        "zh": "把行业规范说成了法律（{lang}）：{text}",
        "en": "presents an industry rule as law ({lang}): {text}",
    },
    "content-misstatement": {
        "zh": "事实表列出的常见误说 {number}：{name}（{lang}）：{text}",
        "en": "the fact sheet's misstatement {number}, {name} ({lang}): {text}",
    },
    "content-2b-1": {
        "zh": "引用 2b-1（《治安管理处罚法》2012年文本）时，必须同时引用 2b-2（该法已修订，新条号未核实）",
        "en": "cites 2b-1 (the 2012 text of the police-punishments law) without 2b-2 (the law was revised; the new article number is not verified)",
    },
    "content-time-bar": {
        "zh": "只说了时效会重新计算（4-3），没说时效过后答应还款或还钱，就不能再以时效抗辩（4-2）（{lang}）：{text}",
        "en": "says the limitation period restarts (4-3) but not that agreeing to pay after it has run gives up the time-bar defence (4-2) ({lang}): {text}",
    },
    "content-time-bar-gloss": {
        "zh": "把诉讼时效说成“对方可以起诉你的期限”；时效过后对方仍然可以起诉，时效只是你自己提出的抗辩（4-2）（{lang}）：{text}",
        "en": "glosses the limitation period as the time the lender has to sue; it may still sue after it, and expiry is only a defence you raise (4-2) ({lang}): {text}",
    },
    "guidance-invalid": {
        "zh": "指导文件 {path} 有 {count} 个问题：",
        "en": "The guidance file {path} has {count} problem(s):",
    },
    "validate-ok": {
        "zh": "{path} 有效：{questions} 个问题，{tips} 条建议，{topics} 个主题，{terms} 个术语，{paths} 条通向建议的路径。",
        "en": "{path} is valid: {questions} questions, {tips} tips, {topics} topics, {terms} terms, "
        "{paths} paths to advice.",
    },
    "rate-texts-invalid": {
        "zh": "利率报告的文字文件 {path} 有 {count} 个问题：",
        "en": "The rate report's sentences, {path}, have {count} problem(s):",
    },
    "line": {"zh": "第 {line} 行", "en": "line {line}"},
    "v-not-mapping": {"zh": "应当是一个映射（键: 值）", "en": "should be a mapping (key: value)"},
    "v-not-list": {"zh": "应当是一个列表", "en": "should be a list"},
    "v-unknown-key": {
        "zh": "不认识的键；可用的键：{allowed}",
        "en": "unknown key; the keys allowed here are: {allowed}",
    },
    "v-missing": {"zh": "缺少这一项", "en": "is missing"},
    "v-only-if-line": {
        "zh": "{lang} 文字不是正文里完整的一行（only_if 只能指正文里的一整行）",
        "en": "the {lang} text is not a whole line of the body (only_if names a line of the body)",
    },
    "v-brief-new-act": {
        "zh": "{lang} 文字里有正文没有的号码或命令：{value}（brief 只能重复正文里的）",
        "en": "the {lang} text names a number or command the body lacks: {value} (a brief only repeats the body's)",
    },
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
    "v-reserved-id": {
        "zh": "“{value}”是保留字，不能用作问题 id",
        "en": "'{value}' is reserved and cannot be a question id",
    },
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
    "v-rate-id": {
        "zh": "“{value}”不是有效的句子 id（以 rate. 开头，之后只用小写字母、数字和 -）",
        "en": "'{value}' is not a valid sentence id (rate. followed by lower-case letters, digits and -)",
    },
    "v-rate-in-catalogue": {
        "zh": "“{value}”已在界面文字目录（messages.py）里；每句话只能放在一个地方",
        "en": "'{value}' is also in the interface catalogue (messages.py); a sentence lives in one place",
    },
    "v-rate-missing": {
        "zh": "缺少报告要用的句子“{value}”",
        "en": "the report needs the sentence '{value}', which is missing",
    },
    "v-rate-unused": {
        "zh": "报告从不使用句子“{value}”（id 写错了吗？）",
        "en": "the report never uses the sentence '{value}' (is the id misspelt?)",
    },
    "v-placeholders": {
        "zh": "中文和英文的占位符不一致：中文 {zh}，英文 {en}",
        "en": "the Chinese and English texts have different placeholders: zh {zh}, en {en}",
    },
    "v-unknown-topic": {"zh": "没有名为“{value}”的主题", "en": "there is no topic '{value}'"},
    "v-urgency": {
        "zh": "紧急程度“{value}”不对，应为：{valid}",
        "en": "urgency '{value}' is not one of: {valid}",
    },
    "v-skip-review-end": {
        "zh": "只有直接结束问答（next: end）的选项才能跳过检查页",
        "en": "only an option that ends the questions (next: end) may skip the review screen",
    },
    "v-deadline-days": {
        "zh": "天数应为 1 到 3650 之间的整数",
        "en": "days must be a whole number from 1 to 3650",
    },
    "v-deadline-received": {
        "zh": "“{value}”不是一个数字题（应是“几天前收到”的那道题）",
        "en": "'{value}' is not a number question (it should be the 'how many days ago' question)",
    },
    "v-unknown-tip": {"zh": "没有名为“{value}”的建议", "en": "there is no tip '{value}'"},
    "v-main-later": {
        "zh": "规则“{value}”不能既是 main（主要办法）又是 later（以后再看）",
        "en": "rule '{value}' cannot be both main (the main remedy) and later (background)",
    },
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
    "v-options-missing": {
        "zh": "单选和多选题需要 options",
        "en": "single and multi questions need options",
    },
    "v-options-not-allowed": {
        "zh": "{kind} 题不能有 options",
        "en": "a {kind} question takes no options",
    },
    "v-duplicate-value": {
        "zh": "选项值“{value}”重复",
        "en": "the option value '{value}' is used twice",
    },
    "v-option-next-multi": {
        "zh": "多选题的选项不能各自有 next；请写在问题上",
        "en": "options of a multi question cannot have their own next; put it on the question",
    },
    "v-no-next": {
        "zh": "没有下一步：请给问题或这个选项写 next（问题 id 或 end）",
        "en": "no next step: give the question or this option a next (a question id or end)",
    },
    "v-exclusive-single": {
        "zh": "只有多选题的选项可以 exclusive",
        "en": "only options of a multi question can be exclusive",
    },
    "v-number-only": {
        "zh": "只有 number 题可以有这一项",
        "en": "only a number question takes this",
    },
    "v-min-max": {"zh": "max 必须大于 min", "en": "max must be greater than min"},
    "v-condition": {
        "zh": "条件应当是 all / any / not，或 question 加上 equals / includes / less_than / greater_than 之一",
        "en": "a condition is all / any / not, or question with one of equals / includes / less_than / greater_than",
    },
    "v-condition-list": {
        "zh": "all / any 需要一个非空列表",
        "en": "all / any need a non-empty list",
    },
    "v-operator-kind": {
        "zh": "{op} 不适用于 {kind} 题",
        "en": "{op} does not fit a {kind} question",
    },
    "v-cycle": {"zh": "问题之间形成了循环：{cycle}", "en": "the questions loop: {cycle}"},
    "v-unreachable": {
        "zh": "从第一个问题出发永远到不了这个问题",
        "en": "no path from the first question reaches this question",
    },
    "v-too-complex": {
        "zh": "规则和问题的组合超过 {limit} 种，无法检查每条路线都有建议；请简化规则",
        "en": "the rules and questions make more than {limit} combinations to check that every route ends in advice; simplify the rules",
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
    "tips-what-next": {
        "zh": "全部建议很长。看一个主题：debthelp tips {first}（也可以写中文名，如 debthelp tips {title}）；全部显示：debthelp tips --no-pager",
        "en": "All the advice is long. Read one topic: debthelp tips {first} ({title}); show it "
        "all: debthelp tips --no-pager",
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
    "answer-missing-all": {
        "zh": "还缺少这些问题的答案：{questions}。请在答案文件里加上它们，或者每个用一次 --answer，比如 {example}（用 `debthelp questions` 查看可选值）。",
        "en": "Answers are missing for: {questions}. Add them to the answers file, or pass --answer once for each, such as {example} (see `debthelp questions` for the values).",
    },
    "bad-today": {
        "zh": "DEBTHELP_TODAY 的值“{value}”不是 YYYY-MM-DD 格式的日期。",
        "en": "DEBTHELP_TODAY '{value}' is not a date in the form YYYY-MM-DD.",
    },
    "welcome": {
        "zh": "网贷催收自助指南：回答约10个问题（约5分钟），得到按紧急程度排好的计划。\n什么都不会发送出去，除非你要求，也不会保存。随时按 Ctrl-C 退出。\n有危险请打110；想伤害自己请打120或12356心理援助热线。",
        "en": "Help with online-loan debt collection: about 10 questions, about 5 minutes,\nthen a plan, most urgent first. Nothing is sent anywhere, and nothing is saved\nunless you ask. Press Ctrl-C to leave at any time.\nIn danger: call 110. Thinking of hurting yourself: call 120, or 12356 to talk.",
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
    # ---------------------------------------------------------------- explain
    "glossary-title": {"zh": "术语解释", "en": "Glossary"},
    "terms-footer": {
        "zh": "文中用到的术语，可以用 debthelp explain 查看解释：{terms}",
        "en": "Terms used above, explained by debthelp explain: {terms}",
    },
    "glossary-block": {"zh": "常见术语", "en": "Terms you will meet"},
    "unknown-term": {
        "zh": "没有找到“{value}”。你是不是要找：{close}",
        "en": "'{value}' is not in the glossary. Did you mean: {close}",
    },
    "unknown-term-none": {
        "zh": "没有找到“{value}”。术语表里有：{valid}",
        "en": "'{value}' is not in the glossary. The glossary has: {valid}",
    },
    "missing-flag": {
        "zh": "缺少 {flag}。没有交互式终端时，请在命令行上给出它（见 `debthelp rate --help`）。",
        "en": "{flag} is missing. Without an interactive terminal, give it on the command line "
        "(see `debthelp rate --help`).",
    },
}

# The facts behind the interface sentences above that name a hotline or state a
# rule (content rules: debthelp.content_rules; each id is declared, V-P or V-S,
# under `sources:` in data/guidance.yaml).
SOURCES: dict[str, tuple[str, ...]] = {
    "plan-deadline-passed": ("3-7", "4-4", "4-5"),
    "plan-end": ("3-4", "3-14", "3-13"),
    "report.danger": ("3-4", "3-14", "3-13"),
    "welcome": ("3-4", "3-14", "3-13"),
}
