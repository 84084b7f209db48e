"""Words of the terminal's edges: saving the wizard's plan, narrow screens,
long lists of problems (issue 27's hardening)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "tips-topics-heading": {"zh": "主题", "en": "Topics"},
    # A format the command has no renderer for is refused by name, never drawn as text.
    "format-refused": {
        "zh": "“{command}”不支持输出格式“{value}”。可用的格式：{valid}。",
        "en": "“{command}” cannot print the format “{value}”. Its formats: {valid}.",
    },
    "wizard-save-no-user": {
        "zh": "{path}：没有这个用户的主文件夹（“~”后面的名字不存在）。",
        "en": "{path}: there is no such user's home folder (the name after “~” does not exist).",
    },
    "wizard-save-again": {
        "zh": "请换一个文件名再试；按 Ctrl-C 可以不保存就离开（计划已经显示在上面）。",
        "en": "Try another file name, or press Ctrl-C to leave without saving (the plan is shown above).",
    },
    "problems-more": {
        "zh": "……还有 {count} 个问题没有列出（先改正上面这些）。",
        "en": "… and {count} more (correct the ones above first).",
    },
    "narrow-screen": {
        "zh": "屏幕只有 {width} 列宽，方框排版会截掉文字，所以下面用纯文本显示。把窗口调宽到 {wide} 列以上可以看到方框排版。",
        "en": "The screen is only {width} columns wide, too narrow for boxes without cutting words off, so this is plain text. Widen the window to {wide} columns or more for the boxed layout.",
    },
}
