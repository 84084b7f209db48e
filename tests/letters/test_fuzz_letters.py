"""Fuzzing `debthelp letter` and `debthelp report`: flags, fields and budget files.

Property (as in test_fuzz): each input ends in a result or a clear
``DebtHelpError`` in both languages (exit 1, or 2 for usage); never another
exception; and a report always escapes what it is given.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.letters import read_budget
from tests.cli.test_fuzz import case, fuzz_settings
from tests.report.test_report import parse

pytestmark = pytest.mark.slow

TEXT = st.text(max_size=40)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=6,
)
KEYS = ["income", "expenses", "available", "minimums", "shortfall", "offers", "strategies"]


def _budget_like() -> st.SearchStrategy[Any]:
    near = st.fixed_dictionaries({k: JSONISH for k in KEYS})
    return st.one_of(JSONISH, near)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-letters")


@pytest.fixture(scope="module", autouse=True)
def _guidance_once() -> Any:
    """The shipped guidance read once, as test_fuzz does: the cases test the letters."""
    import debthelp.guidance

    real = debthelp.guidance.load_guidance
    shipped = real(None)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(
            debthelp.guidance, "load_guidance", lambda p=None: shipped if p is None else real(p)
        )
        yield


def invoke(args: list[str]) -> Any:
    result = CliRunner().invoke(app, args, env={"COLUMNS": "80", "NO_COLOR": "1"})
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        repr(result.exception),
    )
    assert result.exit_code in (0, 1, 2), (args, result.exit_code)
    assert "Traceback" not in result.stdout + result.stderr
    if result.exit_code:
        assert result.stderr.strip()
        assert "\x1b" not in result.stderr
    return result


@fuzz_settings(150)
@given(data=_budget_like(), raw=st.one_of(st.none(), st.binary(max_size=60)))
def test_budget_files(folder: Path, data: Any, raw: bytes | None) -> None:
    path = folder / "budget.json"
    if raw is None:
        path.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    else:
        path.write_bytes(raw)
    case(lambda: read_budget(path))


@fuzz_settings(120)
@given(
    kind=st.one_of(
        st.sampled_from(
            ["negotiate", "complaint", "third-party-notice", "stop-third-party", "verify-debt"]
        ),
        TEXT,
    ),
    name=st.one_of(st.none(), TEXT),
    lender=st.one_of(st.none(), TEXT),
    fields=st.lists(TEXT, max_size=3),
    fmt=st.one_of(st.none(), st.sampled_from(["text", "markdown", "json"]), TEXT),
    lang=st.sampled_from(["zh", "en"]),
)
def test_letter_flags(
    *, kind: str, name: str | None, lender: str | None, fields: list[str], fmt: Any, lang: str
) -> None:
    args = ["letter", kind, "--lang", lang]
    for flag, value in (("--name", name), ("--lender", lender), ("--format", fmt)):
        if value is not None:
            args += [flag, value]
    for pair in fields:
        args += ["--field", pair]
    result = invoke(args)
    if result.exit_code == 0:
        assert "\x1b" not in result.stdout


@fuzz_settings(40)
@given(name=TEXT, lender=TEXT, lang=st.sampled_from(["zh", "en"]))
def test_report_escapes_whatever_it_is_given(name: str, lender: str, lang: str) -> None:
    result = invoke(["report", "--name", name, "--lender", lender, "--lang", lang])
    assert result.exit_code == 0
    page = parse(result.stdout)
    assert "script" not in page.tags
    assert "\x1b" not in result.stdout
