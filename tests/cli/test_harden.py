"""What a hostile run found, each kept fixed: files that are not files, saves over
things that are not files, closed and full stdouts, escape sequences, narrow
encodings, odd widths, and the keys that broke the wizard."""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import questionary
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp import term
from debthelp.cli import main
from debthelp.cli.catch import report
from debthelp.errors import DebtHelpError, GuidanceError, InputError
from debthelp.files import STALE_SECONDS, write_private
from debthelp.render import Block, Doc, Item, emit_doc
from debthelp.safetext import printable
from debthelp.wizard.prompt import guarded as _ask
from debthelp.yamlio import MAX_DEPTH, load_yaml, read_text
from tests.conftest import NetworkBlocked
from tests.util import ROOT, SHIPPED

DEBTHELP = str(Path(sys.executable).parent / "debthelp")
ANSWERS = ROOT / "examples" / "answers.yaml"


def call_main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["debthelp", *args])
    with pytest.raises(SystemExit) as info:
        main()
    return int(info.value.code or 0)


def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, **kwargs.pop("env", {}))
    return subprocess.run(  # noqa: PLW1510 - the exit code is what is tested
        [DEBTHELP, *args], capture_output=True, text=True, timeout=20, env=env, **kwargs
    )


# --------------------------------------------------------------------------- files, not files


def _refusal(path: Path, **kwargs: Any) -> InputError:
    with pytest.raises(InputError) as info:
        read_text(path, error=InputError, **kwargs)
    return info.value


@pytest.mark.processes
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "answers.yaml"
    os.mkfifo(fifo)
    started = time.monotonic()
    assert _refusal(fifo).key == "file-not-regular"
    assert time.monotonic() - started < 1


def test_a_device_is_refused_not_read_to_the_end() -> None:
    error = _refusal(Path("/dev/zero"))
    assert (error.key, error.params["path"]) == ("file-not-regular", "/dev/zero")


def test_reading_stops_one_byte_past_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a" * 3000)
    asked: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        asked.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", counting_read)
    # A file that says it is small but is not (it grew): the read itself is capped.
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((stat.S_IFREG | 0o644,) + (0,) * 9))
    error = _refusal(big, max_bytes=1024)
    assert error.key == "file-too-big"
    assert sum(asked) <= 1025


def test_the_limit_is_named_in_megabytes(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"a" * (512 * 1024 + 1))
    error = _refusal(big, max_bytes=512 * 1024)
    assert error.params["limit"] == 0.5


def test_a_missing_folder_in_the_path_and_a_nul_byte_are_clear_errors(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "no" / "file.yaml").key == "file-missing"
    assert _refusal(Path("bad\0name")).key == "file-unreadable"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 500, 5000])
def test_deep_nesting_is_refused_without_recursion(depth: int) -> None:
    text = "a: " + "[" * depth + "]" * depth + "\n"
    with pytest.raises(InputError) as info:
        load_yaml(text, path="deep.yaml", error=InputError)
    assert info.value.key in ("yaml-too-deep", "yaml-syntax")
    if depth <= 500:
        assert info.value.key == "yaml-too-deep"
        assert info.value.params["limit"] == MAX_DEPTH


def test_nesting_up_to_the_limit_is_read() -> None:
    depth = MAX_DEPTH - 2  # the mapping at the top is one level, the scalar one more
    data = load_yaml("a: " + "[" * depth + "1" + "]" * depth, path="x", error=InputError)
    data = data["a"]
    for _ in range(depth):
        data = data[0]
    assert data == 1


def test_deep_nesting_with_the_pure_python_parser_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import yaml

    monkeypatch.delattr(yaml, "CSafeLoader")
    text = "[" * 2000 + "]" * 2000
    with pytest.raises(InputError) as info:
        load_yaml(text, path="deep.yaml", error=InputError)
    assert info.value.key == "yaml-too-deep"


def test_mapping_order_and_lines_survive_the_iterative_builder() -> None:
    data = load_yaml("b: 1\na:\n  - x: 2\n    y: [3]\nc: 4\n", path="x", error=InputError)
    assert list(data) == ["b", "a", "c"]
    assert data == {"b": 1, "a": [{"x": 2, "y": [3]}], "c": 4}
    assert data.key_lines == {"b": 1, "a": 2, "c": 5}
    assert data["a"][0].line == 3


def _chain(tmp_path: Path, length: int) -> Path:
    from tests.guidance.test_validator import VALID

    head = VALID[: VALID.index("\nstart:")]
    # The content rules (debthelp validate) want 110 backed by its fact and a topic title
    # that states no rule: a chain is about the graph, so its head passes them.
    head = head.replace("en: What the law says", "en: Your legal protection")
    head = head.replace('source: ["seed §2.1", "4-4"]', 'source: ["seed §2.1", "4-4", "3-4"]')
    head = head.replace(
        "topics:",
        '  - id: "3-4"\n    confidence: V-S\n    cite: {zh: 110报警电话, en: "110"}\ntopics:',
        1,
    )
    advice = "advice:\n  - id: always\n    tips: [stay-calm]\n"
    questions = "\n".join(
        # "第N号" so that no question's number reads as a phone number (such as 120)
        f"  - id: q{i}\n    kind: yesno\n    text: {{zh: 第{i}号问题, en: Question No. {i}}}\n"
        f"    why: {{zh: 原因, en: Because}}\n"
        f"    next: {f'q{i + 1}' if i < length - 1 else 'end'}"
        for i in range(length)
    )
    path = tmp_path / "chain.yaml"
    path.write_text(f"{head}\nstart: q0\nquestions:\n{questions}\n{advice}", encoding="utf-8")
    return path


def test_a_chain_of_1200_questions_is_a_message_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The graph checks are iterative: a long chain is simply a valid file.
    path = _chain(tmp_path, 1200)
    assert call_main(monkeypatch, "validate", str(path), "--lang", "en") == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "unexpected" not in captured.err
    assert "1200 questions" in captured.out


@pytest.mark.parametrize(
    "args",
    [
        ["advise", "--answers", "{fifo}"],
        ["rate", "--received", "1000", "--schedule", "{fifo}"],
        ["validate", "{fifo}"],
        ["tips", "--guidance", "{fifo}"],
        ["advise", "--answers", "/dev/zero"],
    ],
)
def test_commands_given_a_fifo_or_device_end_at_once(tmp_path: Path, args: list[str]) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = run([a.replace("{fifo}", str(fifo)) for a in args] + ["--lang", "en"])
    assert result.returncode == 1
    assert "not a regular file" in result.stderr
    assert "Traceback" not in result.stderr


def test_debthelp_guidance_naming_a_fifo_ends_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = run(["tips", "--lang", "en"], env={"DEBTHELP_GUIDANCE": str(fifo)})
    assert result.returncode == 1
    assert "not a regular file" in result.stderr


# --------------------------------------------------------------------------- saving answers


def _save_fails(target: str, key: str) -> None:
    with pytest.raises(InputError) as info:
        write_private(target, "{}\n")
    assert info.value.key == key
    assert info.value.params["path"] == target


def test_save_refuses_a_symlink_to_a_folder(tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "folder")
    _save_fails(str(tmp_path / "link"), "file-is-dir")
    assert (tmp_path / "link").is_symlink()


def test_save_refuses_a_fifo_and_a_device(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    _save_fails(str(tmp_path / "fifo"), "save-not-regular")
    assert stat.S_ISFIFO((tmp_path / "fifo").lstat().st_mode)
    _save_fails("/dev/null", "save-not-regular")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_save_refuses_a_read_only_file(tmp_path: Path) -> None:
    target = tmp_path / "ro.json"
    target.write_text("keep\n", encoding="utf-8")
    target.chmod(0o444)
    _save_fails(str(target), "save-read-only")
    assert target.read_text(encoding="utf-8") == "keep\n"


def test_save_refuses_a_name_ending_in_a_slash(tmp_path: Path) -> None:
    _save_fails(f"{tmp_path}/new/", "save-path-is-folder")
    assert not (tmp_path / "new").exists()


def test_save_through_a_symlink_replaces_its_target(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old\n", encoding="utf-8")
    (tmp_path / "link.json").symlink_to(real)
    write_private(tmp_path / "link.json", "new\n")
    assert (tmp_path / "link.json").is_symlink()
    assert real.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


def test_save_to_a_254_character_name(tmp_path: Path) -> None:
    target = tmp_path / ("a" * 254)
    write_private(target, "{}\n")
    assert target.read_text(encoding="utf-8") == "{}\n"


def test_the_temporary_file_is_private_and_stale_ones_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / ".dh-abcd1234.tmp"
    stale.write_text('{"debt": 1}', encoding="utf-8")
    old = time.time() - STALE_SECONDS - 5
    os.utime(stale, (old, old))
    fresh = tmp_path / ".dh-fresh123.tmp"  # perhaps another save, still running
    fresh.write_text("{}", encoding="utf-8")
    other = tmp_path / ".dh-notes.txt"
    other.write_text("mine", encoding="utf-8")
    modes: list[int] = []
    real_fsync = os.fsync

    def look(fd: int) -> None:
        modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", look)
    write_private(tmp_path / "answers.json", "{}\n")
    assert modes == [0o600]
    assert not stale.exists()
    assert fresh.exists() and other.exists()


@pytest.mark.processes
def test_full_stdout_after_a_save_says_so_truthfully(tmp_path: Path) -> None:
    target = tmp_path / "saved.json"
    with open("/dev/full", "w") as full:
        result = subprocess.run(  # noqa: PLW1510 - the exit code is what is tested
            [
                DEBTHELP,
                "advise",
                "--answers",
                str(ANSWERS),
                "--save-answers",
                str(target),
                "--lang",
                "en",
            ],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=20,
        )
    assert result.returncode == 1
    assert target.exists()
    assert "None of your files were changed" not in result.stderr
    assert "Cannot write the result" in result.stderr


def test_an_internal_error_after_a_save_names_the_saved_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import debthelp.render

    def boom(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("private detail")

    monkeypatch.setattr(debthelp.render, "emit_doc", boom)
    target = tmp_path / "saved.json"
    args = ["advise", "--answers", str(ANSWERS), "--save-answers", str(target), "--lang", "en"]
    assert call_main(monkeypatch, *args) == 1
    err = capsys.readouterr().err
    assert target.exists()
    assert str(target) in err
    assert "None of your files were changed" not in err
    assert "private detail" not in err


# --------------------------------------------------------------------------- closed and full stdout


@pytest.mark.processes
@pytest.mark.parametrize("args", [["tips"], ["explain", "zzz"], ["explain"]])
def test_a_closed_stdout_is_one_line_and_exit_1(args: list[str]) -> None:
    result = subprocess.run(  # noqa: PLW1510 - the exit code is what is tested
        [DEBTHELP, *args, "--lang", "en"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=20,
        preexec_fn=lambda: os.close(1),
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.processes
@pytest.mark.parametrize("args", [["tips"], ["explain"], ["tips", "--format", "json"]])
def test_a_full_stdout_is_one_line_and_exit_1(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(  # noqa: PLW1510 - the exit code is what is tested
            [DEBTHELP, *args, "--lang", "zh"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=20,
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"错误：无法输出结果（{os.strerror(errno.ENOSPC)}）。结果没有完整写出，请检查磁盘空间或换一个输出位置。"
    ]


@pytest.mark.processes
@pytest.mark.parametrize("args", [["tips"], ["explain"], ["graph"], ["tips", "--format", "json"]])
def test_a_reader_that_stops_early_is_quiet_and_exit_0(args: list[str]) -> None:
    proc = subprocess.Popen(
        [DEBTHELP, *args, "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert err == b""


def test_write_raw_turns_stream_failures_into_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    with pytest.raises(DebtHelpError) as info:
        term.write("x")
    assert info.value.key == "output-closed"

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sys, "stdout", Full())
    with pytest.raises(DebtHelpError) as info:
        term.write("x")
    assert (info.value.key, info.value.params) == (
        "output-failed",
        {"reason": "No space left on device"},
    )


# --------------------------------------------------------------------------- escape sequences


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b]0;pwned\x07\x1b[2J", "\\u001b]0;pwned\\u0007\\u001b[2J"),
        ("a\x9bb\x7f", "a\\u009bb\\u007f"),
        ("evil\u202etxt.exe", "evil\\u202etxt.exe"),
        ("line\nnext\ttab", "line\nnext\ttab"),
        ("中文，没问题", "中文，没问题"),
        ("\udcff", "\\udcff"),
    ],
)
def test_printable(raw: str, shown: str) -> None:
    assert printable(raw) == shown


def test_printable_keeps_json_valid_and_equal() -> None:
    data = {"note": "a\x9b\u202e\x7fb"}
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(printable(text)) == data


def test_an_unknown_topic_is_echoed_without_its_escapes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert call_main(monkeypatch, "tips", "\x1b]0;pwned\x07\x1b[2J", "--lang", "en") == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\\u001b]0;pwned" in err


def test_report_escapes_every_parameter_and_each_problem(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from debthelp.guidance import Problem

    params = {"key": "\x1b[2J", "path": "p", "line": 1, "column": 1}
    problem = Problem("q\x1b[31m.text", "yaml-duplicate-key", 3, params)
    report(GuidanceError("guidance-invalid", problems=(problem,), path="g\x1b.yaml"), "en")
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "g\\u001b.yaml" in err and "q\\u001b[31m.text" in err


def test_click_usage_errors_are_escaped(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert call_main(monkeypatch, "--\x9b2J") == 2
    assert "\x9b" not in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["text", "markdown", "rich"])
def test_documents_are_drawn_without_control_characters(fmt: str) -> None:
    bad = "\x1b[2J\x9b\u202e"
    doc = Doc(
        f"T{bad}",
        (
            Block(
                f"B{bad}",
                (Item(f"i{bad}", f"body{bad}", why=bad, sources=(bad,), source_ids=(bad,)),),
                lines=(bad,),
            ),
        ),
        notes=(bad,),
        footer=(bad,),
    )
    out = io.StringIO()
    emit_doc(doc, fmt, "en", out, tty=False, width=80)
    assert not set("\x1b\x9b\u202e") & set(out.getvalue())
    assert "\\u001b[2J" in out.getvalue()


# --------------------------------------------------------------------------- encodings and widths


def test_stand_ins_for_what_gbk_and_gb2312_cannot_show() -> None:
    text = "— – − • ¥ ✓ × § ì …"
    assert text.encode("gbk", term.STAND_IN).decode("gbk") == "— – - · ￥ √ × § ì …"
    assert text.encode("gb2312", term.STAND_IN).decode("gb2312") == "― - - * ￥ √ × § ì …"
    assert text.encode("ascii", term.STAND_IN).decode() == "-- - - * CNY  v x S. i ..."
    assert "网".encode("ascii", term.STAND_IN) == b"?"


def test_catalogue_and_guidance_encode_in_gbk() -> None:
    from debthelp.messages import MESSAGES

    unencodable = []
    for key, entry in MESSAGES.items():
        for lang, text in entry.items():
            try:
                text.encode("gbk")
            except UnicodeEncodeError:
                unencodable.append((key, lang))
    assert unencodable == []
    SHIPPED.read_text(encoding="utf-8").encode("gbk")  # raises if a character cannot


@pytest.mark.parametrize(
    ("columns", "expected"),
    [("100000", 500), ("0", 80), ("-3", 80), ("abc", 80), ("", 80), ("120", 120), ("1", 1)],
)
def test_width_is_capped_and_nonsense_falls_back(
    monkeypatch: pytest.MonkeyPatch, columns: str, expected: int
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert term.width() == expected


def test_on_a_terminal_the_width_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    monkeypatch.setattr(term, "stdout_is_tty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback: os.terminal_size((9999, 24)))
    assert term.width() == term.MAX_WIDTH


# --------------------------------------------------------------------------- prompts


def _ask_with_keys(question_factory: Any, keys: str) -> Any:
    with create_pipe_input() as inp, create_app_session(input=inp, output=DummyOutput()):
        inp.send_text(keys)
        inp.close()
        return _ask(question_factory())


def _select() -> Any:
    return questionary.select("q", choices=["a", "b"])


def test_escape_then_enter_at_a_select_is_just_enter() -> None:
    assert _ask_with_keys(_select, "\x1b\r") == "a"
    assert _ask_with_keys(_select, "\x1b[B\x1b\r") == "b"  # arrows still work


@pytest.mark.parametrize(
    "factory",
    [
        _select,
        lambda: questionary.text("q"),
        lambda: questionary.confirm("q"),
        lambda: questionary.checkbox("q", choices=["a", "b"]),
    ],
)
def test_ctrl_d_cancels_at_every_prompt(factory: Any) -> None:
    with pytest.raises(KeyboardInterrupt):
        _ask_with_keys(factory, "x\x04")


def test_an_empty_text_answer_is_still_an_answer() -> None:
    assert _ask_with_keys(lambda: questionary.text("q"), "\x1b\r") == ""


def test_a_sigint_before_the_prompt_starts_cancels_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import signal

    question = _select()
    real_run = question.application.run

    def run_after_sigint(*args: Any, **kwargs: Any) -> Any:
        signal.raise_signal(signal.SIGINT)  # between two prompts, say
        return real_run(*args, **kwargs)

    monkeypatch.setattr(question.application, "run", run_after_sigint)
    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt):
        _ask_with_keys(lambda: question, "")
    assert signal.getsignal(signal.SIGINT) is before


def test_the_suite_blocks_network_sockets_but_not_local_ones() -> None:
    import socket

    with pytest.raises(NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9))
    left, right = socket.socketpair()  # asyncio's self-pipe
    left.close()
    right.close()


def test_main_ignores_ctrl_c_once_it_is_exiting(monkeypatch: pytest.MonkeyPatch) -> None:
    import signal

    assert call_main(monkeypatch, "--version") == 0
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN


def test_the_fast_path_of_printable_skips_nothing_unsafe() -> None:
    # printable() returns text unchanged when str.isprintable() says so: that is
    # only right if every character it would escape is one Python calls
    # unprintable. Checked over the whole Basic Multilingual Plane.
    import re

    from debthelp.safetext import _UNSAFE_CLASS, printable

    unsafe = re.compile(_UNSAFE_CLASS)
    for code in range(0x10000):
        ch = chr(code)
        if unsafe.match(ch):
            assert not ch.isprintable(), hex(code)
            assert printable(f"a{ch}b") != f"a{ch}b", hex(code)
