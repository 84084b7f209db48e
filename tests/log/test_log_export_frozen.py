"""``debthelp log export`` writes exactly the recorded files (issue 27's speed work).

The golden log of ``test_log_export_golden`` (every channel and lender type,
attachments, corrections, a night, a frequent caller, control characters,
formula-like cells, Markdown and HTML specials), sound and with an edited
entry, is exported through the command itself, ``debthelp log export
--format F -o FILE`` and to stdout, in both languages, at a fixed time. The
bytes of each must be those the code before the speed work wrote: the sound
log's are kept whole in ``tests/log/frozen/`` (a difference is shown as a diff
of lines), the edited log's as the SHA-256 the golden test records.

When an export is changed on purpose, run this file with
``DEBTHELP_FROZEN_WRITE=1``: it rewrites the files, to read with ``git diff``.
"""

from __future__ import annotations

import difflib
import hashlib
import importlib
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from tests.log.test_log_export_golden import GOLDEN, _build, _edit, _fixed_places, _FixedDt

FROZEN = Path(__file__).parent / "frozen"
FORMATS = ("json", "markdown", "csv", "html")


def _first_difference(got: bytes, want: bytes) -> str:
    lines = difflib.unified_diff(
        want.decode("utf-8", "replace").splitlines(keepends=True),
        got.decode("utf-8", "replace").splitlines(keepends=True),
        "frozen",
        "now",
        n=1,
    )
    return "".join(list(lines)[:40])


@pytest.fixture
def golden_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    for name in ("debthelp.log.timeline", "debthelp.log.verify"):
        monkeypatch.setattr(importlib.import_module(name), "dt", _FixedDt)
    folder = tmp_path / "f"
    _fixed_places(monkeypatch, folder)
    folder.mkdir()
    return folder, _build(folder)


@pytest.mark.parametrize("case", ["sound", "edited"])
def test_the_command_writes_the_frozen_files(
    golden_log: tuple[Path, Path], tmp_path: Path, case: str
) -> None:
    folder, db = golden_log
    if case == "edited":
        _edit(db)
    for lang in ("zh", "en"):
        for fmt in FORMATS:
            target = tmp_path / f"out.{fmt}"
            argv = ["log", "export", "--format", fmt, "--lang", lang, "--db", str(db)]
            saved = CliRunner().invoke(app, [*argv, "-o", str(target)])
            assert saved.exit_code == 0, saved.output
            printed = CliRunner().invoke(app, argv)
            assert printed.exit_code == 0, printed.output
            # The test's own folder is named only in the JSON ("db"): made the
            # same wherever it runs.
            got = target.read_bytes().replace(str(folder).encode(), b"TMP")
            assert printed.stdout_bytes.replace(str(folder).encode(), b"TMP") == got
            digest = hashlib.sha256(got).hexdigest()
            assert digest == GOLDEN[case][f"export-{fmt}-{lang}"], f"{case}-{lang}.{fmt}"
            if case == "sound":
                frozen = FROZEN / f"{case}-{lang}.{fmt}"
                if os.environ.get("DEBTHELP_FROZEN_WRITE"):
                    frozen.parent.mkdir(exist_ok=True)
                    frozen.write_bytes(got)
                want = frozen.read_bytes()
                assert got == want, f"{frozen.name}:\n{_first_difference(got, want)}"
            if fmt == "json" and lang == "zh":
                # The log holds what the cases are about.
                text = got.decode("utf-8")
                assert ('"kind": "edited"' in text) == (case == "edited")
                assert '"frequency"' in text and "/golden/rec_1.m4a" in text
