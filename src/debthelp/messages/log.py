"""Interface words of ``debthelp log``: prompts, headings, errors.

The sentences that state a rule or name a channel (each tag's rule and what the
borrower can do) are in data/log.yaml, with their sources.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # ---------------------------------------------------------------- log: channels
    "log.channel-call": {"zh": "电话", "en": "Phone call"},
    "log.channel-sms": {"zh": "短信", "en": "Text message"},
    "log.channel-wechat": {"zh": "微信或其他聊天软件", "en": "WeChat or another chat app"},
    "log.channel-visit": {"zh": "上门", "en": "Visit in person"},
    "log.channel-third-party": {
        "zh": "找了别人（家人、同事、朋友）",
        "en": "Contacted someone else (family, colleagues, friends)",
    },
    "log.channel-public-posting": {
        "zh": "公开张贴或网上曝光",
        "en": "Public notice or posting online",
    },
    "log.channel-other": {"zh": "其他", "en": "Other"},
    # ---------------------------------------------------------------- log add: prompts and result
    "log.ask-channel": {"zh": "对方是怎么联系的？", "en": "How did they get in touch?"},
    "log.ask-when": {
        "zh": "什么时候？格式 YYYY-MM-DD HH:MM（就是刚才，直接回车）",
        "en": "When? YYYY-MM-DD HH:MM (press Enter for just now)",
    },
    "log.ask-from": {
        "zh": "对方的号码或名字（不知道就直接回车）",
        "en": "Their number or name (press Enter if you do not know)",
    },
    "log.ask-claimed": {
        "zh": "对方自称是谁？（比如“某某平台”“律师”“法院”；没说就直接回车）",
        "en": "Who did they say they were? (e.g. a platform, a lawyer, a court; press Enter if they did not say)",
    },
    "log.ask-said": {
        "zh": "对方说了什么？尽量照原话写（可以直接回车跳过）",
        "en": "What did they say? Their own words if you can (press Enter to skip)",
    },
    "log.ask-contacted": {
        "zh": "他们还联系了谁？（比如“我妈妈”；多个用逗号隔开；没有就直接回车）",
        "en": "Who else did they contact? (e.g. my mother; separate with commas; press Enter if no one)",
    },
    "log.ask-times": {
        "zh": "这个号码一共打了几次？（只打了一次就直接回车）",
        "en": "How many times did this number call? (press Enter for once)",
    },
    "log.ask-invalid-times": {
        "zh": "请写一个 1 到 1000 之间的整数",
        "en": "Please write a whole number from 1 to 1000",
    },
    "log.ask-invalid-when": {
        "zh": "请按 YYYY-MM-DD HH:MM 写，比如 2026-11-29 23:10",
        "en": "Please write it as YYYY-MM-DD HH:MM, for example 2026-11-29 23:10",
    },
    "log.saved": {
        "zh": "已保存为第 {id} 条记录（{when}，{channel}）。",
        "en": "Saved as entry {id} ({when}, {channel}).",
    },
    "log.tag-sep": {"zh": "、", "en": "; "},
    "log.saved-where": {"zh": "记录文件：{path}", "en": "Log file: {path}"},
    "log.saved-tags": {
        "zh": "这次联系可能违反的规则：{tags}",
        "en": "Rules this contact may have broken: {tags}",
    },
    "log.saved-next": {
        "zh": "查看全部：debthelp log list；整理成投诉材料：debthelp log export -o 记录.md",
        "en": "See them all: debthelp log list; make a complaint file: debthelp log export -o log.md",
    },
    "log.missing-channel": {
        "zh": "缺少 --channel。没有交互式终端时，请在命令行上给出它：{valid}",
        "en": "--channel is missing. Without an interactive terminal, give it on the command line: {valid}",
    },
    # ---------------------------------------------------------------- log list / export: headings and fields
    "log.title": {"zh": "催收记录", "en": "Collection log"},
    "log.title-export": {
        "zh": "催收记录：按时间排列的证据",
        "en": "Collection log: a timeline of evidence",
    },
    "log.no-entries": {
        "zh": "还没有记录。添加一条：debthelp log add",
        "en": "No entries yet. Add one with: debthelp log add",
    },
    "log.no-match": {"zh": "没有符合条件的记录。", "en": "No entries match."},
    "log.count-line": {"zh": "共 {count} 条", "en": "{count} entries"},
    "log.generated": {"zh": "生成时间：{when}；记录文件：{path}", "en": "Made {when} from {path}"},
    "log.heading-verify": {"zh": "完整性核对", "en": "Integrity check"},
    "log.heading-counts": {"zh": "按规则统计", "en": "Counts by rule"},
    "log.heading-rules": {
        "zh": "涉及的规则，以及你可以怎么做",
        "en": "The rules involved, and what you can do",
    },
    "log.heading-entries": {"zh": "记录", "en": "Entries"},
    "log.count-item": {"zh": "{label}：{count} 条", "en": "{label}: {count}"},
    "log.counts-none": {"zh": "没有标记任何规则。", "en": "No rule was tagged."},
    "log.counts-note": {
        "zh": "（被后来的记录更正过的记录不计入，算更正后的那条。）",
        "en": "(An entry corrected by a later one is not counted; the correction is.)",
    },
    "log.rule-source": {"zh": "依据：{ids}", "en": "Sources: {ids}"},
    "log.rule-do": {"zh": "怎么做：{text}", "en": "What you can do: {text}"},
    "log.field-when": {"zh": "时间", "en": "When"},
    "log.field-channel": {"zh": "方式", "en": "How"},
    "log.field-from": {"zh": "对方号码或名字", "en": "From"},
    "log.field-claimed": {"zh": "对方自称", "en": "Said they were"},
    "log.field-said": {"zh": "对方说的话（原文）", "en": "What they said (as written)"},
    "log.field-contacted": {"zh": "联系了谁", "en": "Who else was contacted"},
    "log.field-attachments": {
        "zh": "附件（未复制，只记下哈希）",
        "en": "Attachments (not copied; hashes recorded)",
    },
    "log.field-note": {"zh": "我的备注", "en": "My note"},
    "log.field-lender": {"zh": "放贷方类型", "en": "Kind of lender"},
    "log.field-tags": {"zh": "可能违反的规则", "en": "Rules possibly broken"},
    "log.field-times": {"zh": "拨打次数", "en": "Call attempts"},
    "log.field-corrects": {"zh": "更正第 {id} 条", "en": "Corrects entry {id}"},
    "log.field-corrected-by": {"zh": "已被第 {ids} 条更正", "en": "Corrected by entry {ids}"},
    "log.field-recorded": {"zh": "记录于", "en": "Logged at"},
    "log.field-id": {"zh": "编号", "en": "No."},
    "log.attachment-line": {
        "zh": "{path}（{size} 字节，SHA-256 {sha}）",
        "en": "{path} ({size} bytes, SHA-256 {sha})",
    },
    # ---------------------------------------------------------------- log verify
    "log.verify-ok": {
        "zh": "没有发现损坏：{entries} 条记录、{attachments} 个附件都和保存时一样（这是仅凭这个文件本身能看出的）。",
        "en": "No damage found: the {entries} entries and {attachments} attachments are as they were saved, as far as this file by itself can show.",
    },
    "log.verify-no-receipt": {
        "zh": "还没有回执：这些记录只能查出意外损坏，查不出有人故意修改（能改这个文件的人，也能把整条哈希链重新算一遍）。",
        "en": "No receipt yet: these entries can be checked for accidental damage, not for deliberate editing (whoever can edit this file can also recompute the whole chain).",
    },
    "log.verify-use-receipt": {
        "zh": "只凭这个文件，只能查出意外损坏。要证明没有人故意修改，请用你发到别处的那份回执核对：debthelp log verify --receipt 回执（这里最近一次给出回执是 {when}，当时有 {count} 条记录）。",
        "en": "This file alone can show accidental damage only. To prove nobody edited it on purpose, check it against the receipt you sent elsewhere: debthelp log verify --receipt CODE (the last receipt here was made {when}, for {count} entries).",
    },
    "log.receipt-line": {"zh": "回执：{code}", "en": "Receipt: {code}"},
    "log.receipt-about": {
        "zh": "（这份回执对应前 {count} 条记录，{when}。）把它发给自己或你信任的人（微信、短信、邮件都可以），让别处留下一份带日期的副本。以后运行 debthelp log verify --receipt 回执，就能证明这些记录没有被改动过，改了的话会指出是哪几条。",
        "en": "(This receipt covers the first {count} entries, {when}.) Send it to yourself or someone you trust (WeChat, a text, an email) so that a dated copy exists elsewhere. Later, debthelp log verify --receipt CODE proves these entries were not changed, or shows which ones were.",
    },
    "log.receipt-ok": {
        "zh": "和回执一致：回执覆盖的 {count} 条记录都还在，都没有被改动过。",
        "en": "The receipt matches: the {count} entries it covers are all still here, unchanged.",
    },
    "log.receipt-bad": {
        "zh": "和回执不一致：回执覆盖的 {count} 条记录中，有的在回执之后被改动过。",
        "en": "The log does not match the receipt: some of the {count} entries it covers were changed after it was made.",
    },
    "log.receipt-changed-one": {
        "zh": "第 {first} 条记录和开回执时不一样了：它被改过",
        "en": "Entry {first} is not what the receipt covered: it was changed",
    },
    "log.receipt-changed-run": {
        "zh": "第 {first} 到 {last} 条记录中至少有一条被改过",
        "en": "At least one of entries {first} to {last} was changed",
    },
    "log.receipt-missing": {
        "zh": "回执覆盖的第 {first} 到 {last} 条记录不见了",
        "en": "Entries {first} to {last}, which the receipt covers, are no longer in the log",
    },
    "log.receipt-missing-one": {
        "zh": "回执覆盖的第 {first} 条记录不见了",
        "en": "Entry {first}, which the receipt covers, is no longer in the log",
    },
    "log.receipt-unplaced": {
        "zh": "前 {count} 条记录被改过，但回执里的短码定位不到是哪一条",
        "en": "Something in the first {count} entries was changed, but the receipt's short codes cannot place it",
    },
    "log.receipt-added": {
        "zh": "第 {first} 到 {last} 条是在这份回执之后加的，回执不能为它们作证：如果不是你加的，就是别人加的。",
        "en": "Entries {first} to {last} were added after this receipt, so it cannot vouch for them: if you did not add them, someone else did.",
    },
    "log.receipt-added-one": {
        "zh": "第 {first} 条是在这份回执之后加的，回执不能为它作证：如果不是你加的，就是别人加的。",
        "en": "Entry {first} was added after this receipt, so it cannot vouch for it: if you did not add it, someone else did.",
    },
    "log.receipt-mistyped": {
        "zh": "这份回执抄错了（校验码对不上），所以它说明不了记录有没有被改。请从你发出的那条消息里完整复制：{value}",
        "en": "This receipt is mistyped (its check code does not match), so it says nothing about the log. Copy it whole from the message you sent: {value}",
    },
    "log.receipt-newer": {
        "zh": "这份回执是更新版本的 debthelp 给出的，请升级 debthelp：{value}",
        "en": "This receipt was made by a newer debthelp; please upgrade: {value}",
    },
    "log.verify-bad": {
        "zh": "核对发现 {count} 个问题：这份记录在保存后被改动过，或者附件变了。",
        "en": "The check found {count} problem(s): the log was changed after it was saved, or an attachment changed.",
    },
    "log.verify-none": {
        "zh": "还没有记录文件（{path}），没有什么要核对的。",
        "en": "There is no log yet ({path}); nothing to check.",
    },
    "log.problem-edited": {"zh": "第 {entry} 条记录被改过", "en": "Entry {entry} was edited"},
    "log.problem-deleted": {
        "zh": "第 {entry} 到 {detail} 条记录被删掉了",
        "en": "Entries {entry} to {detail} were deleted",
    },
    "log.problem-deleted-one": {
        "zh": "第 {entry} 条记录被删掉了",
        "en": "Entry {entry} was deleted",
    },
    "log.problem-reordered": {
        "zh": "第 {entry} 条记录的位置被移动过，或它前面的记录被替换了",
        "en": "Entry {entry} was moved, or the entry before it was replaced",
    },
    "log.problem-unreadable": {
        "zh": "第 {entry} 条记录读不出来（被改坏了）",
        "en": "Entry {entry} cannot be read (it was damaged)",
    },
    "log.problem-attachment-missing": {
        "zh": "第 {entry} 条的附件找不到了：{detail}",
        "en": "An attachment of entry {entry} is missing: {detail}",
    },
    "log.problem-header": {
        "zh": "记录文件的文件头（{detail}）和里面的记录对不上：文件被改过",
        "en": "The log's header ({detail}) does not match its entries: the file was changed",
    },
    "log.problem-attachment-changed": {
        "zh": "第 {entry} 条的附件内容变了：{detail}",
        "en": "An attachment of entry {entry} has changed: {detail}",
    },
    # ---------------------------------------------------------------- log export / wipe
    "log.exported": {
        "zh": "已保存到 {path}（只有你自己能读）。",
        "en": "Saved to {path} (readable only by you).",
    },
    "log.wipe-word": {"zh": "删除", "en": "delete"},
    "log.wipe-ask": {
        "zh": "这会永久删除 {path} 里的 {count} 条记录，不能恢复。确定的话请输入“{word}”：",
        "en": "This permanently deletes the {count} entries in {path}; they cannot be recovered. To go ahead, type '{word}':",
    },
    "log.wipe-done": {
        "zh": "已删除记录文件 {path}（{count} 条记录）。附件没有动。",
        "en": "Deleted the log file {path} ({count} entries). Attachments were not touched.",
    },
    "log.wipe-nothing": {
        "zh": "没有记录文件（{path}），没有删除任何东西。",
        "en": "There is no log file ({path}); nothing was deleted.",
    },
    "log.wipe-kept": {
        "zh": "没有删除。记录还在。",
        "en": "Nothing was deleted. The log is still there.",
    },
    "log.wipe-needs-yes": {
        "zh": "没有交互式终端时，删除记录需要加 --yes。",
        "en": "Without an interactive terminal, wiping the log needs --yes.",
    },
    # ---------------------------------------------------------------- log: errors
    "log.text-too-long": {
        "zh": "{field} 太长了（{length} 个字，最多 {limit} 个）",
        "en": "{field} is too long ({length} characters; at most {limit})",
    },
    "log.bad-when": {
        "zh": "看不懂时间“{value}”。请写成 YYYY-MM-DD HH:MM，比如 2026-11-29 23:10",
        "en": "Cannot read the time '{value}'. Write it as YYYY-MM-DD HH:MM, for example 2026-11-29 23:10",
    },
    "log.when-out-of-range": {
        "zh": "时间“{value}”不对：不能早于 2000 年，也不能是明天以后",
        "en": "The time '{value}' cannot be right: not before 2000 and not after tomorrow",
    },
    "log.attach-missing": {"zh": "找不到附件文件：{path}", "en": "Attachment not found: {path}"},
    "log.attach-not-file": {
        "zh": "附件必须是一个文件，不能是文件夹或设备：{path}",
        "en": "An attachment must be a file, not a folder or device: {path}",
    },
    "log.attach-unreadable": {
        "zh": "读不了附件 {path}：{reason}",
        "en": "Cannot read the attachment {path}: {reason}",
    },
    "log.too-many": {"zh": "{field} 最多给 {limit} 个", "en": "At most {limit} of {field}"},
    "log.bad-channel": {
        "zh": "不认识的联系方式“{value}”。可选：{valid}",
        "en": "Unknown channel '{value}'. Choose one of: {valid}",
    },
    "log.bad-times": {
        "zh": "--times 必须是 1 到 {limit} 之间的整数（收到“{value}”）",
        "en": "--times must be a whole number from 1 to {limit} (got '{value}')",
    },
    "log.bad-corrects": {
        "zh": "没有第 {value} 条记录可以更正（现在共 {count} 条）",
        "en": "There is no entry {value} to correct (the log has {count})",
    },
    "log.bad-since": {
        "zh": "看不懂日期“{value}”，请写成 YYYY-MM-DD",
        "en": "Cannot read the date '{value}'; write it as YYYY-MM-DD",
    },
    "log.bad-tag": {
        "zh": "没有“{value}”这个标记。可选：{valid}",
        "en": "There is no tag '{value}'. Choose one of: {valid}",
    },
    "log.db-is-folder": {
        "zh": "记录文件的位置是一个文件夹：{path}。请用 --db 指定一个文件。",
        "en": "The log's path is a folder: {path}. Give a file with --db.",
    },
    "log.db-not-regular": {
        "zh": "{path} 不是普通文件（可能是管道或设备），不能当作记录文件。请用 --db 指定一个普通文件。",
        "en": "{path} is not a regular file (perhaps a pipe or a device), so it cannot be a log. Give an ordinary file with --db.",
    },
    "log.db-unreadable": {
        "zh": "读不了记录文件 {path}：{reason}",
        "en": "Cannot read the log file {path}: {reason}",
    },
    "log.db-unwritable": {
        "zh": "写不了记录文件 {path}：{reason}",
        "en": "Cannot write the log file {path}: {reason}",
    },
    "log.db-foreign": {
        "zh": "{path} 不是 debthelp 的记录文件。为了不弄坏它，debthelp 不会读写它。请用 --db 指定另一个文件。",
        "en": "{path} is not a debthelp log. To keep it safe, debthelp will neither read nor change it. Give another file with --db.",
    },
    "log.db-corrupt": {
        "zh": "记录文件 {path} 已损坏，读不出来。debthelp 不会覆盖它：请先备份这个文件，再用 --db 换一个新文件继续记录。",
        "en": "The log file {path} is damaged and cannot be read. debthelp will not overwrite it: keep a copy, and use --db with a new file to go on logging.",
    },
    "log.db-newer": {
        "zh": "{path} 是更新版本的 debthelp 写的（格式 {found}），请升级 debthelp。",
        "en": "{path} was written by a newer debthelp (format {found}); please upgrade.",
    },
    "log.db-busy": {
        "zh": "记录文件 {path} 正被另一个程序占用，请稍后再试。",
        "en": "The log file {path} is busy in another program; try again shortly.",
    },
    "log.header-mismatch": {
        "zh": "记录文件 {path} 的文件头（记录条数或最后一条的哈希）和里面的记录对不上，说明文件被改过。debthelp 不会往里添加：请保留这个文件原样，运行 debthelp log verify 查看详情，再用 --db 换一个新文件继续记录。",
        "en": "The header of the log file {path} (its entry count or last hash) does not match its entries, so the file was changed. debthelp will not add to it: keep the file as it is, run debthelp log verify for details, and use --db with a new file to go on logging.",
    },
    "log.db-dash": {
        "zh": "--db 要给一个文件名；“-”（标准输出）不能当作记录文件。",
        "en": "--db needs a file name; '-' (standard output) cannot hold a log.",
    },
    "log.save-is-log": {
        "zh": "{path} 是 debthelp 的记录文件（或它的一部分，或别的数据库），不会覆盖它：覆盖了，整条证据记录就没了。请换一个文件名。",
        "en": "{path} is the evidence log (or part of it, or another database). Saving over it would destroy the record, so it is left as it is. Choose another file name.",
    },
    "log.save-is-attachment": {
        "zh": "{path} 是记录文件 {log} 里记下的附件（录音或截图），不会覆盖它：覆盖了，这份证据就变了。请换一个文件名。",
        "en": "{path} is recorded as an attachment (a recording or screenshot) in the log {log}. Saving over it would change that evidence, so it is left as it is. Choose another file name.",
    },
    "path-unknown-user": {
        "zh": "{path}：这台电脑上没有“~”后面写的这个用户。请写出完整的路径。",
        "en": "{path}: there is no user of that name (after the ~) on this computer. Write the full path instead.",
    },
    "log.saved-not-shown": {
        "zh": "（结果没能写到标准输出，但这条记录已经保存好了，不要重复添加。）",
        "en": "(The result could not be written to standard output, but the entry is saved: do not add it again.)",
    },
    "log.done-not-shown": {
        "zh": "（结果没能写到标准输出，但上面这件事已经做完了。）",
        "en": "(The result could not be written to standard output, but the above is done.)",
    },
    "log.wipe-failed": {
        "zh": "删除 {path} 失败：{reason}",
        "en": "Could not delete {path}: {reason}",
    },
    "log.tags-invalid": {
        "zh": "规则文件 {path} 有 {count} 个问题：",
        "en": "The rules file {path} has {count} problem(s):",
    },
    "log.v-tag-id": {"zh": "“{value}”不是已知的标记", "en": "'{value}' is not a known tag"},
    "log.v-choice": {
        "zh": "“{value}”不是可选的值；可选：{valid}",
        "en": "'{value}' is not one of: {valid}",
    },
    "log.v-tag-missing": {
        "zh": "缺少标记“{value}”的规则",
        "en": "the rule for the tag '{value}' is missing",
    },
}
