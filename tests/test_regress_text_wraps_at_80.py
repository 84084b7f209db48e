"""Regression (fixed): plain text ran past the width after an opening bracket.

After an opening bracket (（ “ ( ...) the next narrow word is "glued" and appended
without any width check, so the line overflows instead of carrying the bracket
to the next line. README promises `text` "wraps at the terminal width (80 when piped)".

"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from debthelp.render import cell_width, wrap

DEBTHELP = str(Path(sys.executable).parent / "debthelp")


def test_wrap_unit() -> None:
    lines = wrap("一二三四五六七八（2024年）", 20)
    # today: ['一二三四五六七八（2024', '年）'] -> the first line is 22 columns wide
    assert all(cell_width(line) <= 20 for line in lines), lines


@pytest.mark.parametrize("args", [["tips"], ["tips", "--lang", "en"], ["questions"]])
def test_cli_text_fits_80(args: list[str]) -> None:
    env = dict(os.environ, COLUMNS="80")
    out = subprocess.run(
        [DEBTHELP, *args, *(["--format", "text"] if args[0] == "tips" else [])],
        capture_output=True,
        check=False,
        text=True,
        env=env,
    ).stdout
    too_wide = [(cell_width(line), line) for line in out.splitlines() if cell_width(line) > 80]
    # tips zh: 6 lines (81-87 cols), e.g. '  来源：国家卫生健康委《关于应用“12356”…的通知》（2024'
    # tips en: '  - In person: a court officer hands it to you and you sign a receipt (送达回证).'
    # questions (never wrapped at all): the safety-continue question text, 4 spaces + 110 cols
    assert too_wide == []
