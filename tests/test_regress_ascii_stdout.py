"""Regression (fixed): an ASCII-only stdout crashed instead of falling back to English.

With LANG=C and PYTHONIOENCODING=ascii, setup_lang switches to English and prints the
note, but the English text itself is not ASCII (’ “ ” — × pinyin like zhīfùlìng, and
Chinese glosses such as "(支付令)"), so the write raises UnicodeEncodeError. main()'s
last net turns it into "internal error" (exit 1, stdout empty), and that message is
printed in *Chinese* (guess_lang ignores the fallback), i.e. as \\uXXXX escapes.
Only `tips --list`, `validate` and `--version` survive. Suggested fix: when falling
back, reconfigure stdout with errors="replace" (or transliterate), and report
errors in the language setup_lang chose (ctx.meta), not guess_lang(argv).

"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

DEBTHELP = str(Path(sys.executable).parent / "debthelp")


@pytest.mark.parametrize(
    "args",
    [
        ["tips"],
        ["tips", "safety"],
        ["tips", "--format", "json"],
        ["questions"],
        ["explain", "lpr"],
        ["rate", "--received", "8000", "--payment", "1000", "--periods", "12"],
    ],
)
def test_ascii_stdout_falls_back_to_english(args: list[str]) -> None:
    env = dict(os.environ, LANG="C", PYTHONIOENCODING="ascii")
    env.pop("LC_ALL", None)
    done = subprocess.run(
        [DEBTHELP, *args], capture_output=True, env=env, stdin=subprocess.DEVNULL, check=False
    )
    err = done.stderr.decode("ascii", "replace")
    assert "Traceback" not in err
    assert "UnicodeEncodeError" not in err  # today: "\\u51fa\\u73b0…（UnicodeEncodeError）…"
    assert done.returncode == 0  # today: 1
    assert done.stdout  # today: empty
