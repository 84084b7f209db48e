"""Words for what every command reads from a person: the files they give
(``debthelp.textfile``) and the dates they type (``debthelp.dates``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "file-not-text": {
        "zh": "文件 {path} 不是文字：既不是 UTF-8，也不是 GB18030/GBK 编码的文本。"
        "请用记事本或 Excel 另存为 UTF-8（Excel 里选“CSV UTF-8”）后再试。",
        "en": "{path} is not text: neither UTF-8 nor GB18030/GBK. Save it as UTF-8 (in Excel, "
        "“CSV UTF-8”) and try again.",
    },
}
