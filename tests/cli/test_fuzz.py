"""Fuzzing every parser debthelp has, so what the hostile run found stays found.

Property: each input ends in a result, or in a ``DebtHelpError`` whose message
exists in both languages and renders (exit 1; 2 for usage); never another
exception, never a hang. Generated cases run in-process, through the same
functions the commands call (and, for arguments, through the CLI itself), so
some ten thousand fit in well under a minute; the hand-picked files that could
hang (a FIFO, ``/dev/zero``) run as real processes with a timeout.

The number of cases run is printed at the end of the session ("fuzz: N cases").
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.cli.catch import report
from debthelp.errors import DebtHelpError, UsageError
from debthelp.messages import MESSAGES
from tests import util
from tests.guidance.test_validator import VALID
from tests.util import SHIPPED

# Real processes, terminals or builds: run by the README command and CI, not by -m "not slow".
pytestmark = pytest.mark.slow

COUNT = {"cases": 0, "seconds": 0.0}
DECLARED: dict[str, int] = {}  # each corpus's whole size, by test name
DEBTHELP = str(Path(sys.executable).parent / "debthelp")


def fuzz_settings(n: int) -> Callable[[Any], Any]:
    """A fuzz corpus of ``n`` cases: run whole by ``pytest -m exhaustive`` (CI), a
    tenth of it in the default run (the same first cases: derandomized)."""
    sized = settings(
        max_examples=n if util.FULL_CORPUS else max(10, n // 10),
        deadline=None,
        derandomize=True,  # the same cases every run: CI fails on what it can reproduce
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    def decorate(test: Any) -> Any:
        DECLARED[test.__name__] = n
        return pytest.mark.corpus(sized(test))

    return decorate


def clear(error: DebtHelpError) -> None:
    """The error's messages exist, and it renders in both languages as the user sees it."""
    # A guidance or data file's error lists its problems, each a message too.
    keys = [error.key, *(p.key for p in getattr(error, "problems", ()))]
    missing = [key for key in keys if key not in MESSAGES]
    assert not missing, f"no message for {missing}"
    for lang in ("zh", "en"):
        shown = io.StringIO()
        with contextlib.redirect_stderr(shown):
            report(error, lang)  # type: ignore[arg-type]
        assert shown.getvalue().strip()
        assert "\x1b" not in shown.getvalue()


def case(fn: Callable[[], Any]) -> None:
    """One case: success, or a clear DebtHelpError; anything else fails the test."""
    started = time.perf_counter()
    COUNT["cases"] += 1
    try:
        fn()
    except DebtHelpError as error:
        clear(error)
    finally:
        COUNT["seconds"] += time.perf_counter() - started


@functools.lru_cache(maxsize=1)
def shipped() -> Any:
    from debthelp.guidance import load_guidance

    return load_guidance(SHIPPED)


@functools.lru_cache(maxsize=1)
def lpr_table() -> Any:
    from debthelp.rate import load_lpr_table

    return load_lpr_table()


# Text that has broken parsers before: controls, escapes, bidi marks, huge and
# odd numbers, YAML's special words, full-width digits, lone surrogates.
HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "\x1b]0;pwned\x07",
        "\u202e",
        "\ufeff",
        "\udcff",
        "nan",
        "inf",
        "-inf",
        "1e309",
        "-0",
        "0x10",
        "１２３",
        "9" * 400,
        "yes",
        "no",
        "~",
        "null",
        "2024-02-30",
        "0000-00-00",
        "9999-12-31",
        "&a",
        "*a",
        "!!python/object:os.system",
        "- ",
        "{",
        "[",
        "'",
        '"',
        "…",
        "¥1,000",
        "1,000元",
        "1.000,5",
    ]
)
TEXT = st.one_of(
    HOSTILE, st.text(max_size=40), st.from_regex(r"-?\d{0,7}(\.\d{0,3})?", fullmatch=True)
)
SCALAR = st.one_of(
    TEXT, st.integers(), st.floats(allow_nan=True), st.booleans(), st.none(), st.dates()
)
VALUE = st.recursive(
    SCALAR,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def _yamlish(value: Any) -> str:
    import yaml

    try:
        return yaml.safe_dump(value, allow_unicode=True)
    except (yaml.YAMLError, UnicodeEncodeError):
        return repr(value)


def _write(tmp: Path, name: str, data: bytes | str) -> Path:
    path = tmp / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    return path


BYTE_MUTATIONS = st.sampled_from(
    [b"", b"\xef\xbb\xbf", b"\x00", b"\xff\xfe", b"\r\n", b"&a x\n", b"*a\n", b"<<: *a\n", b"\t"]
)


# --------------------------------------------------------------------------- answers


@fuzz_settings(1800)
@given(
    raw=st.one_of(
        st.dictionaries(st.sampled_from([*shipped().questions, "zzz", ""]), VALUE, max_size=8).map(
            _yamlish
        ),
        VALUE.map(_yamlish),
        st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    ),
    prefix=BYTE_MUTATIONS,
)
def test_answers_files(tmp_path_factory: pytest.TempPathFactory, raw: str, prefix: bytes) -> None:
    from debthelp.engine import advise, coerce_all
    from debthelp.files import read_answers

    tmp = tmp_path_factory.getbasetemp()

    def run() -> None:
        path = _write(tmp, "answers.yaml", prefix + raw.encode("utf-8", "surrogatepass"))
        answers = coerce_all(shipped(), read_answers(path))
        advise(shipped(), answers)

    case(run)


def _question_values() -> st.SearchStrategy[str]:
    values: list[str] = []
    for question in shipped().questions.values():
        values.extend(getattr(o, "value", "") for o in getattr(question, "options", ()))
    return st.sampled_from([*values, "yes", "no", "3", "-1", "1e9"])


@fuzz_settings(1800)
@given(
    pairs=st.lists(
        st.one_of(
            st.tuples(st.sampled_from(list(shipped().questions)), _question_values()).map(
                lambda kv: f"{kv[0]}={kv[1]}"
            ),
            TEXT,
            st.tuples(TEXT, TEXT).map(lambda kv: f"{kv[0]}={kv[1]}"),
        ),
        max_size=10,
    )
)
def test_answer_pairs(pairs: list[str]) -> None:
    from debthelp.engine import advise, coerce_all, walk
    from debthelp.files import parse_pairs

    def run() -> None:
        answers = coerce_all(shipped(), parse_pairs(pairs))
        walk(shipped(), answers)
        advise(shipped(), answers)

    case(run)


# --------------------------------------------------------------------------- guidance files


def _mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    lines = text.splitlines()
    for kind, where, insert in edits:
        if not lines:
            break
        at = where % len(lines)
        if kind == 0:
            del lines[at]
        elif kind == 1:
            lines.insert(at, lines[(at * 7) % len(lines)])
        elif kind == 2:
            lines[at] = lines[at][: len(lines[at]) // 2] + insert
        else:
            lines[at] = " " + lines[at]
    return "\n".join(lines) + "\n"


EDITS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 10_000), TEXT), min_size=1, max_size=4)


@fuzz_settings(1000)
@given(edits=EDITS)
def test_guidance_files(tmp_path_factory: pytest.TempPathFactory, edits: Any) -> None:
    from debthelp.guidance import load_guidance

    tmp = tmp_path_factory.getbasetemp()

    def run() -> None:
        load_guidance(_write(tmp, "g.yaml", _mutate(VALID, edits)))

    case(run)


# --------------------------------------------------------------------------- rate


@fuzz_settings(1800)
@given(
    received=st.one_of(TEXT, st.sampled_from(["8000", "8,000", "¥8000"])),
    payment=st.one_of(st.none(), TEXT, st.sampled_from(["1000", "0.01"])),
    periods=st.one_of(st.none(), TEXT, st.sampled_from(["12", "1", "100000"])),
    every=st.one_of(st.sampled_from(["month", "week", "day"]), TEXT),
    borrowed=st.one_of(st.none(), TEXT, st.just("10000")),
    lender=st.one_of(
        st.sampled_from(["bank", "credit-card", "private", "platform", "unknown"]), TEXT
    ),
    signed=st.one_of(st.none(), TEXT, st.dates().map(str)),
    lpr=st.one_of(st.none(), TEXT, st.just("3.1")),
)
def test_rate_flags(**values: Any) -> None:
    from debthelp.rate import compute_rate, explain

    def run() -> None:
        if values["payment"] is None or values["periods"] is None:
            values["payment"], values["periods"] = "1000", "12"
        result = compute_rate(lpr_table=lpr_table(), **values)
        result.to_json()
        explain(result)

    case(run)


ROW = st.tuples(st.one_of(st.dates().map(str), TEXT), st.one_of(TEXT, st.just("1000")), TEXT).map(
    ",".join
)


@fuzz_settings(1500)
@given(
    rows=st.lists(ROW, max_size=12),
    header=st.sampled_from(["date,amount,note\n", "", "日期,金额,备注\n", "amount,date\n"]),
    as_yaml=st.booleans(),
    prefix=BYTE_MUTATIONS,
)
def test_schedule_files(
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[str],
    header: str,
    as_yaml: bool,
    prefix: bytes,
) -> None:
    from debthelp.rate import compute_rate

    tmp = tmp_path_factory.getbasetemp()
    good = "2025-06-01,8000,received\n2025-07-01,1000,\n2025-08-01,7500,\n"
    if as_yaml:
        items = [r.split(",", 2) for r in rows]
        text = "start: 2025-06-01\nreceived: 8000\npayments:\n" + "".join(
            f"  - {{date: {i[0]!r}, amount: {i[1]!r}}}\n" for i in items if len(i) > 1
        )
        name = "s.yaml"
    else:
        text = header + good + "\n".join(rows) + "\n"
        name = "s.csv"

    def run() -> None:
        path = _write(tmp, name, prefix + text.encode("utf-8", "surrogatepass"))
        compute_rate(received="8000", schedule=path, lpr_table=lpr_table()).to_json()

    case(run)


# --------------------------------------------------------------------------- arguments, in-process


@fuzz_settings(1200)
@given(query=st.one_of(TEXT, st.sampled_from(["lpr", "LPR", "支付令", "payment", "砍头"])))
def test_explain_terms(query: str) -> None:
    from debthelp.glossary import find_term

    case(lambda: (find_term(shipped(), query, "zh"), find_term(shipped(), query, "en")))


@fuzz_settings(600)
@given(lang=st.one_of(TEXT, st.sampled_from(["zh", "en", "ZH", "zh-CN", "en_US"])))
def test_lang_values(lang: str) -> None:
    from debthelp.i18n import resolve_lang

    def run() -> None:
        assert resolve_lang(lang, {}) in ("zh", "en")

    case(run)


@pytest.fixture(scope="module")
def cli(monkeypatch_module: pytest.MonkeyPatch) -> Callable[[list[str]], None]:
    """The CLI in-process, with the shipped guidance loaded once."""
    import debthelp.guidance

    real = debthelp.guidance.load_guidance

    def cached(path: Any = None) -> Any:
        return shipped() if path is None else real(path)

    monkeypatch_module.setattr(debthelp.guidance, "load_guidance", cached)
    runner = CliRunner()

    def invoke(args: list[str]) -> None:
        result = runner.invoke(app, args, env={"COLUMNS": "80", "NO_COLOR": "1"})
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            args,
            repr(result.exception),
        )
        assert result.exit_code in (0, 1, 2), (args, result.exit_code)
        for stream in (result.stdout, result.stderr):
            assert "Traceback" not in stream
        if result.exit_code:
            assert result.stderr.strip(), args
            assert "\x1b" not in result.stderr and "\u202e" not in result.stderr

    return invoke


@pytest.fixture(scope="module")
def monkeypatch_module() -> Any:
    with pytest.MonkeyPatch.context() as mp:
        yield mp


FORMATS = st.one_of(st.sampled_from(["auto", "text", "markdown", "json", "dot", ""]), TEXT)


@fuzz_settings(700)
@given(
    command=st.sampled_from(["tips", "explain", "questions", "graph"]),
    arg=st.one_of(st.none(), TEXT, st.sampled_from(["safety", "scams", "lpr"])),
    lang=st.one_of(st.none(), st.sampled_from(["zh", "en"]), TEXT),
    fmt=st.one_of(st.none(), FORMATS),
)
def test_commands_in_process(
    cli: Callable[[list[str]], None], command: str, arg: str | None, lang: Any, fmt: Any
) -> None:
    args = [command]
    if arg is not None and command in ("tips", "explain"):
        args.append(arg)
    if lang is not None:
        args += ["--lang", lang]
    if fmt is not None:
        args += ["--format", fmt]
    COUNT["cases"] += 1
    started = time.perf_counter()
    try:
        cli(args)
    finally:
        COUNT["seconds"] += time.perf_counter() - started


def test_usage_errors_are_exit_2() -> None:
    from debthelp.cli.options import check_format

    with pytest.raises(UsageError) as info:
        check_format("\x1b[2J", ("text",))
    clear(info.value)
    assert info.value.exit_code == 2


# --------------------------------------------------------------------------- hostile files


def _hostile_files(tmp: Path) -> dict[str, Path]:
    bomb = "a: &a [x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9)
    )
    files = {
        "deep-list": "a: " + "[" * 500 + "]" * 500,
        "deep-map": "".join(f"{'  ' * i}k{i}:\n" for i in range(300)) + "  " * 300 + "x: 1\n",
        "alias-bomb": bomb,
        "merge-key": "a: &a {x: 1}\nb:\n  <<: *a\n",
        "python-tag": "a: !!python/object/apply:os.system ['true']\n",
        "nul": "safety: safe\x00\n",
        "bom": "\ufeffsafety: safe\n",
    }
    out = {name: _write(tmp, f"{name}.yaml", text) for name, text in files.items()}
    out["not-utf8"] = _write(tmp, "latin.yaml", b"safety: caf\xe9\n")
    out["utf16"] = _write(tmp, "utf16.yaml", "safety: safe\n".encode("utf-16"))
    out["huge"] = _write(tmp, "huge.yaml", b"# " + b"x" * (6 * 1024 * 1024) + b"\n")
    out["empty"] = _write(tmp, "empty.yaml", b"")
    return out


def test_hand_picked_files_in_every_parser(tmp_path: Path) -> None:
    from debthelp.files import read_answers
    from debthelp.guidance import load_guidance
    from debthelp.rate import read_schedule

    for path in _hostile_files(tmp_path).values():
        case(lambda path=path: read_answers(path))
        case(lambda path=path: load_guidance(path))
        case(lambda path=path: read_schedule(path))
        case(lambda path=path: read_schedule(path.with_suffix(".csv")))


HANG_ARGS = [
    ["advise", "--answers", "{f}"],
    ["rate", "--received", "8000", "--schedule", "{f}"],
    ["validate", "{f}"],
    ["tips", "--guidance", "{f}"],
    ["explain", "lpr", "--guidance", "{f}"],
]


@pytest.mark.parametrize("target", ["fifo", "/dev/zero", "deep-list", "alias-bomb", "huge"])
def test_files_that_hang_or_explode_end_at_once_in_a_process(tmp_path: Path, target: str) -> None:
    if target == "fifo":
        path = tmp_path / "fifo"
        os.mkfifo(path)
    elif target.startswith("/"):
        path = Path(target)
    else:
        path = _hostile_files(tmp_path)[target]
    for args in HANG_ARGS:
        COUNT["cases"] += 1
        result = subprocess.run(
            [DEBTHELP, *(a.replace("{f}", str(path)) for a in args), "--lang", "en"],
            capture_output=True,
            text=True,
            timeout=15,  # a hang fails the test instead of the suite
            check=False,
        )
        assert result.returncode == 1, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert lines and "Traceback" not in result.stderr and "unexpected" not in result.stderr
        if target in ("fifo", "/dev/zero"):
            assert "not a regular file" in lines[0]


GENERATED = {
    "test_answers_files",
    "test_answer_pairs",
    "test_guidance_files",
    "test_rate_flags",
    "test_schedule_files",
    "test_explain_terms",
    "test_lang_values",
    "test_commands_in_process",
}


@pytest.mark.corpus  # runs in the exhaustive run too, to check the whole sizes
def test_the_corpora_hold_ten_thousand_cases() -> None:
    """The whole corpora of the generated tests above hold 10,000 cases, and the
    exhaustive run (CI) runs them whole; the default run a tenth. Checked on the
    settings each test carries, not by counting as the tests ran: under xdist the
    tests of this file run in no fixed order, on either worker (the cases that
    ran are counted all the same, and printed at the end of the run)."""
    tests = {name: globals()[name] for name in GENERATED}
    assert sum(DECLARED[name] for name in tests) >= 10_000
    for name, test in tests.items():
        applied = test._hypothesis_internal_use_settings.max_examples
        expected = DECLARED[name] if util.FULL_CORPUS else max(10, DECLARED[name] // 10)
        assert applied == expected, (name, applied, expected)
        assert test.pytestmark and any(m.name == "corpus" for m in test.pytestmark), name
