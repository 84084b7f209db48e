"""The command line, in-process through typer's CliRunner.

stdout and stderr are checked apart: results go to stdout and nothing else;
prompts, notes and errors go to stderr. Exit codes: 0 ok, 1 the user's input or
a data file is wrong, 2 the command line is wrong, 130 cancelled. No invocation,
however wrong, may let an exception escape (a frightened borrower must never see
a traceback).
"""

from __future__ import annotations

import errno
import itertools
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.main import get_command
from typer.testing import CliRunner

from debthelp import __version__
from debthelp.cli import app, main
from debthelp.guidance import END, URGENCIES, summary
from debthelp.i18n import t
from debthelp.render import cell_width
from tests.util import ISSUE_RATE, ROOT, SHIPPED, write

runner = CliRunner()

ESC = "\x1b"
CJK = re.compile(r"[\u4e00-\u9fff]")
COMMANDS = ("tips", "validate", "graph", "questions", "advise", "explain", "rate")

# A small valid guidance file (the validator tests' fixture, kept here so these
# tests do not move when that one does).
SMALL = """\
format: 2
meta:
  reviewed: 2024-05-01
  disclaimer: {zh: 这不是法律意见, en: This is not legal advice}
sources:
  - id: "seed §2.1"
    cite: {zh: 原文二、2.1 与催收方沟通, en: "Source article, part 2.1"}
  - id: "4-4"
    confidence: V-P
    cite: {zh: 《民事诉讼法》第225条, en: "Civil Procedure Law, Art. 225"}
  - id: "3-4"
    confidence: V-S
    cite: {zh: 110报警电话, en: "110, the police emergency number"}
topics:
  - id: communicate
    title: {zh: 与催收方沟通, en: Talking to collectors}
  - id: legal
    title: {zh: 法律保护, en: Your legal protection}
tips:
  - id: stay-calm
    topic: communicate
    urgency: soon
    title: {zh: 先稳住情绪, en: Steady yourself first}
    body: {zh: 深呼吸，慢慢来。, en: Breathe and take it slowly.}
    source: "seed §2.1"
  - id: call-110
    topic: legal
    urgency: now
    first: {zh: 受到威胁就打110, en: Threatened? Call 110}
    title: {zh: 受到威胁就报警, en: Call 110 if threatened}
    body: {zh: 拨打110报警。, en: Dial 110.}
    why: {zh: 威胁是违法的, en: Threats are against the law}
    source: ["seed §2.1", "4-4", "3-4"]
  - id: keep-evidence
    topic: legal
    urgency: today
    title: {zh: 保留证据, en: Keep evidence}
    body: {zh: 截图并录音。, en: Take screenshots and record calls.}
    source: ["4-4"]
terms:
  - id: payment-order
    term: {zh: 支付令, en: Payment order}
    definition: {zh: 法院要求还款的命令, en: A court order to pay}
    source: "4-4"
start: threatened
questions:
  - id: threatened
    kind: yesno
    text: {zh: 催收方威胁过你吗？, en: Have collectors threatened you?}
    why: {zh: 威胁要先处理, en: Threats come first}
    next: {yes: stage, no: stage}
  - id: stage
    kind: single
    text: {zh: 到了哪一步？, en: How far has it gone?}
    why: {zh: 法院有期限, en: Courts have deadlines}
    next: end
    options:
      - value: court
        label: {zh: 已经起诉, en: Taken to court}
      - value: early
        label: {zh: 刚开始催收, en: Collection has just started}
advice:
  - id: always-calm
    tips: [stay-calm]
  - id: threats-police
    when: {question: threatened, equals: yes}
    tips: [call-110, keep-evidence]
"""

# The same file with three independent mistakes, each on a line of its own.
BROKEN_EDITS = (
    ("  - id: call-110\n    topic: legal\n", "  - id: call-110\n    topic: nowhere\n"),
    ('    source: ["4-4"]\n', '    source: ["no-such-source"]\n'),
    ("    next: end\n    options:\n", "    next: ghost\n    options:\n"),
)
# (node-id.field, the text on the broken line)
BROKEN_PROBLEMS = (
    ("call-110.topic", "topic: nowhere"),
    ("keep-evidence.source", "no-such-source"),
    ("stage.next", "next: ghost"),
)

# Every answer on one path through the shipped questions.
ANSWERS: dict[str, Any] = {
    "safety": "safe",
    "collectors": ["calls", "texts"],
    "lenders-count": 2,
    "months-overdue": 1,
    "lender": "platform",
    "cost": "high",
    "pay": "nothing",
    "hardship": "yes",
    "papers": "payment-order",
    "received-days": 3,
    "offers": "no",
}
ANSWERS_YAML = """\
safety: safe
collectors: [calls, texts]
lenders-count: 2
months-overdue: 1
lender: platform
cost: high
pay: nothing
hardship: yes
papers: payment-order
received-days: 3
offers: no
"""


# --------------------------------------------------------------------------- helpers


def invoke(
    args: list[str], *, env: dict[str, str | None] | None = None, input: str | None = None
) -> Result:
    """Run the app; fail on any exception that escaped it or any traceback text."""
    result = runner.invoke(app, args, env=env, input=input)
    escaped = result.exception
    assert escaped is None or isinstance(escaped, SystemExit), (
        f"{type(escaped).__name__} escaped `debthelp {' '.join(args)}`: {escaped!r}"
    )
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream
        assert 'File "' not in stream
    return result


def ok(args: list[str], **kwargs: Any) -> Result:
    result = invoke(args, **kwargs)
    assert result.exit_code == 0, (result.exit_code, result.stderr)
    assert result.stdout, "a successful command printed nothing"
    return result


def fails(args: list[str], code: int = 1, **kwargs: Any) -> Result:
    """A failure: the given exit code, a message on stderr and nothing on stdout."""
    result = invoke(args, **kwargs)
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.strip()
    return result


def flat(text: str) -> str:
    """Text with every run of whitespace made one space (wrapping-proof comparisons)."""
    return " ".join(text.split())


def squash(text: str) -> str:
    """Text with all whitespace removed (wrapping-proof for Chinese)."""
    return "".join(text.split())


def broken_guidance(tmp_path: Path) -> Path:
    text = SMALL
    for old, new in BROKEN_EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return write(tmp_path, text, "broken.yaml")


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [n for n, line in enumerate(lines, start=1) if needle in line]
    assert len(found) == 1, (needle, found)
    return found[0]


@pytest.fixture()
def answers_yaml(tmp_path: Path) -> Path:
    return write(tmp_path, ANSWERS_YAML, "answers.yaml")


# --------------------------------------------------------------------------- version and help


def test_version() -> None:
    result = ok(["--version"])
    assert result.stdout == f"debthelp {__version__}\n"
    assert result.stderr == ""


def test_top_level_help_is_bilingual_and_lists_every_command() -> None:
    result = ok(["--help"])
    assert result.stderr == ""
    assert "Usage: debthelp" in result.stdout
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s", result.stdout, re.MULTILINE), command
    assert "网贷催收自助指南" in result.stdout
    assert "debt collection" in flat(result.stdout)
    assert ok(["-h"]).stdout == result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_help_is_bilingual(command: str) -> None:
    result = ok([command, "--help"])
    assert result.stderr == ""
    assert f"Usage: debthelp {command}" in result.stdout
    text = get_command(app).commands[command].help  # type: ignore[attr-defined]
    short = flat(text.strip().split("\n\n")[0])  # the first paragraph: "中文。/ English."
    zh, en = short.split("/ ", 1)
    assert CJK.search(zh) and not CJK.search(en)
    assert squash(zh) in squash(result.stdout)
    assert flat(en)[:20] in flat(result.stdout)
    assert "--lang" in result.stdout


# --------------------------------------------------------------------------- tips: language


def test_tips_default_is_chinese_without_a_locale() -> None:
    result = ok(["tips"])
    assert result.stdout.startswith(t("tips-title", "zh") + "\n")
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("env", "args", "lang"),
    [
        ({}, ["--lang", "en"], "en"),
        ({}, ["--lang", "zh"], "zh"),
        ({"DEBTHELP_LANG": "en"}, [], "en"),
        ({"DEBTHELP_LANG": "en", "LANG": "zh_CN.UTF-8"}, [], "en"),
        ({"DEBTHELP_LANG": "en"}, ["--lang", "zh"], "zh"),  # the flag wins
        ({"LANG": "en_US.UTF-8"}, [], "en"),
        ({"LANG": "zh_CN.UTF-8"}, [], "zh"),
        ({"LC_ALL": "C"}, [], "zh"),
        ({"LC_ALL": "C", "LANG": "en_US.UTF-8"}, [], "zh"),  # LC_ALL comes first
        ({"LC_ALL": "POSIX"}, [], "zh"),
    ],
)
def test_tips_language_choice(env: dict[str, str], args: list[str], lang: str) -> None:
    result = ok(["tips", *args], env=env)  # type: ignore[arg-type]
    assert result.stdout.startswith(t("tips-title", lang) + "\n")  # type: ignore[arg-type]
    assert result.stderr == ""
    data = json.loads(ok(["tips", "--format", "json", *args], env=env).stdout)  # type: ignore[arg-type]
    assert data["lang"] == lang


def test_tips_english_has_the_english_advice(guidance: Any) -> None:
    out = ok(["tips", "--lang", "en"]).stdout
    for topic in guidance.topics:
        assert topic.title("en") in out
    assert not CJK.search(t("tips-title", "en"))
    assert t("tips-title", "en") in out


def test_bad_lang_flag_is_a_usage_error() -> None:
    result = fails(["tips", "--lang", "xx"], code=2)
    assert "xx" in result.stderr
    assert "zh" in result.stderr and "en" in result.stderr


def test_bad_debthelp_lang_is_reported() -> None:
    result = fails(["tips"], code=2, env={"DEBTHELP_LANG": "klingon"})
    assert "DEBTHELP_LANG" in result.stderr and "klingon" in result.stderr


# --------------------------------------------------------------------------- tips: topics


def test_all_topics_by_default(guidance: Any) -> None:
    out = ok(["tips", "--format", "text"]).stdout
    for topic in guidance.topics:
        assert f"\n{topic.title('zh')}\n" in out
    for tip in guidance.tips:
        assert squash(tip.title("zh")) in squash(out)


def test_one_topic(guidance: Any) -> None:
    out = ok(["tips", "scams"]).stdout
    assert guidance.topic("scams").title("zh") in out
    for other in guidance.topics:
        if other.id != "scams":
            assert f"\n{other.title('zh')}\n" not in out
    data = json.loads(ok(["tips", "scams", "--format", "json"]).stdout)
    assert [tp["id"] for tp in data["topics"]] == ["scams"]
    assert [tip["id"] for tip in data["topics"][0]["tips"]] == [
        tip.id for tip in guidance.tips_in("scams")
    ]


def test_several_topics_in_the_order_given(guidance: Any) -> None:
    data = json.loads(ok(["tips", "scams", "safety", "court", "--format", "json"]).stdout)
    assert [tp["id"] for tp in data["topics"]] == ["scams", "safety", "court"]
    out = ok(["tips", "scams", "safety", "--lang", "en"]).stdout
    assert out.index(guidance.topic("scams").title("en")) < out.index(
        guidance.topic("safety").title("en")
    )


def test_list_topics_as_text(guidance: Any) -> None:
    result = ok(["tips", "--list"])
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == len(guidance.topics)
    for line, topic in zip(lines, guidance.topics, strict=True):
        ident, title = line.split(None, 1)
        assert (ident, title.strip()) == (topic.id, topic.title("zh"))


def test_list_topics_as_json(guidance: Any) -> None:
    data = json.loads(ok(["tips", "--list", "--format", "json", "--lang", "en"]).stdout)
    assert data == {
        "lang": "en",
        "topics": [{"id": tp.id, "title": tp.title("en")} for tp in guidance.topics],
    }


def test_unknown_topic_lists_the_valid_ones(guidance: Any) -> None:
    result = fails(["tips", "safety", "no-such-topic"])
    assert "no-such-topic" in result.stderr
    for topic in guidance.topics:
        assert topic.id in result.stderr
    # A valid topic before the bad one does not get printed half-way.
    assert result.stdout == ""


# --------------------------------------------------------------------------- tips: formats


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("columns", ["80", None])
def test_text_format_is_plain(lang: str, columns: str | None) -> None:
    out = ok(["tips", "--format", "text", "--lang", lang], env={"COLUMNS": columns}).stdout
    assert ESC not in out
    boxes = [ch for ch in out if 0x2500 <= ord(ch) <= 0x257F]
    assert boxes == []
    assert len(out.splitlines()) > 100


@pytest.mark.parametrize(
    "args",
    [
        ["tips"],
        ["tips", "--lang", "en"],
        ["questions"],
        ["questions", "--lang", "en"],
        [
            "advise",
            *[
                f"--answer={k}={','.join(v) if isinstance(v, list) else v}"
                for k, v in ANSWERS.items()
            ],
        ],
        ["explain"],
        ["explain", "--lang", "en"],
        [*ISSUE_RATE],
        [*ISSUE_RATE, "--lang", "en"],
        [
            "advise",
            *[
                f"--answer={k}={','.join(v) if isinstance(v, list) else v}"
                for k, v in ANSWERS.items()
            ],
            "--lang",
            "en",
        ],
    ],
    ids=[
        "tips-zh",
        "tips-en",
        "questions-zh",
        "questions-en",
        "advise-zh",
        "explain-zh",
        "explain-en",
        "rate-zh",
        "rate-en",
        "advise-en",
    ],
)
@pytest.mark.parametrize("columns", ["80", None])
def test_text_format_fits_80_columns(args: list[str], columns: str | None) -> None:
    out = ok([*args, "--format", "text"], env={"COLUMNS": columns}).stdout
    too_wide = [line for line in out.splitlines() if cell_width(line) > 80]
    assert too_wide == []
    assert ESC not in out
    assert not [ch for ch in out if 0x2500 <= ord(ch) <= 0x257F]


def test_text_format_follows_columns() -> None:
    out = ok(["explain", "--lang", "en", "--format", "text"], env={"COLUMNS": "50"}).stdout
    lines = out.splitlines()
    assert max(cell_width(line) for line in lines) <= 50
    assert max(cell_width(line) for line in lines) > 40  # it really used the room


def test_auto_format_in_a_pipe_is_the_text_format() -> None:
    assert ok(["tips"]).stdout == ok(["tips", "--format", "text"]).stdout
    assert ok(["tips", "-f", "text"]).stdout == ok(["tips", "--format", "text"]).stdout


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markdown_format_has_a_heading_per_topic_and_a_source_per_tip(
    guidance: Any, lang: str
) -> None:
    out = ok(["tips", "--format", "markdown", "--lang", lang]).stdout
    assert out.startswith(f"# {t('tips-title', lang)}\n")  # type: ignore[arg-type]
    source_label = t("source-md", lang, text="").strip()  # type: ignore[arg-type]
    sections = out.split("\n## ")[1:]
    assert [s.splitlines()[0] for s in sections] == [tp.title(lang) for tp in guidance.topics]
    for section, topic in zip(sections, guidance.topics, strict=True):
        tips = guidance.tips_in(topic.id)
        items = [line for line in section.splitlines() if line.startswith("- ")]
        sources = [line for line in section.splitlines() if line.strip().startswith(source_label)]
        assert len(items) == len(tips), topic.id
        assert len(sources) == len(tips), topic.id
        for tip in tips:
            for sid in tip.sources:
                # The article's sections read "原文 1.1" in Chinese (issue 24).
                shown = sid.replace("seed §", "原文 ") if lang == "zh" else sid
                assert f"[{shown}]" in section
    assert ESC not in out


def test_json_format_has_the_documented_shape(guidance: Any) -> None:
    data = json.loads(ok(["tips", "--format", "json"]).stdout)
    assert set(data) == {"lang", "topics"}
    assert data["lang"] == "zh"
    assert [tp["id"] for tp in data["topics"]] == [tp.id for tp in guidance.topics]
    count = 0
    for topic in data["topics"]:
        assert set(topic) == {"id", "title", "tips"}
        assert topic["title"] == guidance.topic(topic["id"]).title("zh")
        assert [tip["id"] for tip in topic["tips"]] == [
            tip.id for tip in guidance.tips_in(topic["id"])
        ]
        for tip in topic["tips"]:
            assert {"id", "title", "body", "source", "urgent"} <= set(tip)
            model = guidance.tip(tip["id"])
            assert tip["title"] == model.title("zh")
            assert tip["body"] == model.body("zh")
            assert isinstance(tip["urgent"], bool) and tip["urgent"] == model.urgent
            assert isinstance(tip["source"], str) and tip["source"]
            assert tip["source"].split("; ") == list(model.all_sources)
            count += 1
    assert count == len(guidance.tips)


# Within one process, two calls iterate any set in the same order, so comparing
# them could never fail. Python orders a set of strings by their hashes, which
# change from process to process with PYTHONHASHSEED: two processes with two
# seeds differ wherever an output follows a set's order.
SAME_EVERY_TIME = [
    ["tips", "--format", "json"],
    ["questions", "--format", "json"],
    ["graph", "--format", "dot"],
    ["advise", "--format", "json", "--answers", str(ROOT / "examples" / "answers.yaml")],
]


@pytest.mark.slow
@pytest.mark.parametrize("args", SAME_EVERY_TIME, ids=lambda args: args[0])
def test_output_is_the_same_in_every_process(args: list[str]) -> None:
    def run(seed: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "debthelp", *args],
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdin=subprocess.DEVNULL,
            timeout=60,
            check=False,
            text=True,
            encoding="utf-8",
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    first, second = run("1"), run("2")
    assert first.strip()
    assert first == second
    assert ok(args).stdout == first  # and in-process, as the other tests run it


@pytest.mark.parametrize(
    ("args", "bad"),
    [
        (["tips", "--format", "xml"], "xml"),
        (["tips", "--list", "--format", "html"], "html"),
        (["graph", "--format", "png"], "png"),
        (["questions", "--format", "markdown"], "markdown"),
        (["advise", "--format", "pdf"], "pdf"),
        (["explain", "--format", "yaml"], "yaml"),
        ([*ISSUE_RATE, "--format", "csv"], "csv"),
    ],
)
def test_bad_format_is_a_usage_error(args: list[str], bad: str) -> None:
    result = fails(args, code=2)
    assert bad in result.stderr


# --------------------------------------------------------------------------- another guidance file


def test_tips_from_another_guidance_file(tmp_path: Path) -> None:
    path = write(tmp_path, SMALL)
    data = json.loads(ok(["tips", "--guidance", str(path), "--format", "json"]).stdout)
    assert [tp["id"] for tp in data["topics"]] == ["communicate", "legal"]


def test_debthelp_guidance_env_var_is_honoured(tmp_path: Path) -> None:
    path = write(tmp_path, SMALL)
    env = {"DEBTHELP_GUIDANCE": str(path)}
    data = json.loads(ok(["tips", "--format", "json", "--lang", "en"], env=env).stdout)
    titles = [tp["title"] for tp in data["topics"]]
    assert titles == ["Talking to collectors", "Your legal protection"]
    result = ok(["validate", "--lang", "en"], env=env)
    assert str(path) in result.stdout
    # The flag wins over the variable.
    data = json.loads(ok(["tips", "--format", "json", "--guidance", str(SHIPPED)], env=env).stdout)
    assert len(data["topics"]) > 2


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_tips_with_a_broken_guidance_file_lists_every_problem(tmp_path: Path, lang: str) -> None:
    path = broken_guidance(tmp_path)
    result = fails(["tips", "--guidance", str(path), "--lang", lang])
    assert str(path) in result.stderr
    line_word = t("line", lang, line=0).replace("0", r"(\d+)")  # type: ignore[arg-type]
    for where, needle in BROKEN_PROBLEMS:
        match = re.search(rf"^  {re.escape(where)}: .+ \({line_word}\)$", result.stderr, re.M)
        assert match, (where, result.stderr)
        assert int(match.group(1)) == line_of(path, needle)


def test_missing_guidance_file_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "guidance.yaml"
    for args in (["tips", "--guidance", str(missing)], ["advise", "--guidance", str(missing)]):
        result = fails(args)
        assert str(missing) in result.stderr
    result = fails(["tips"], env={"DEBTHELP_GUIDANCE": str(missing)})
    assert str(missing) in result.stderr


# --------------------------------------------------------------------------- validate


def test_validate_the_shipped_file(guidance: Any) -> None:
    s = summary(guidance)
    result = ok(["validate", "--lang", "en"])
    assert result.stderr == ""
    assert result.stdout.count("\n") == 1 and result.stdout.endswith("\n")
    line = result.stdout
    assert str(SHIPPED) in line
    for count, word in (
        (s.questions, "questions"),
        (s.tips, "tips"),
        (s.topics, "topics"),
        (s.terms, "terms"),
    ):
        assert f"{count} {word}" in line
    zh = ok(["validate", str(SHIPPED)])
    assert zh.stdout.count("\n") == 1
    assert f"{s.tips} 条建议" in zh.stdout


def test_validate_lists_every_problem_with_its_line(tmp_path: Path) -> None:
    path = broken_guidance(tmp_path)
    result = fails(["validate", str(path), "--lang", "en"])
    lines = result.stderr.splitlines()
    assert str(path) in lines[0]
    assert f"{len(BROKEN_PROBLEMS)} problem" in lines[0]
    problems = [line for line in lines[1:] if line.strip()]
    assert len(problems) == len(BROKEN_PROBLEMS)
    pattern = re.compile(r"^  ([a-z0-9_-]+)\.([a-z0-9_.-]+): (.+) \(line (\d+)\)$")
    for line, (where, needle) in zip(problems, BROKEN_PROBLEMS, strict=True):
        match = pattern.match(line)
        assert match, line
        assert f"{match.group(1)}.{match.group(2)}" == where
        assert int(match.group(4)) == line_of(path, needle)
    # The same problems in Chinese.
    zh = fails(["validate", str(path)])
    assert len([x for x in zh.stderr.splitlines()[1:] if x.strip()]) == len(BROKEN_PROBLEMS)
    assert "第" in zh.stderr and "行" in zh.stderr


def test_validate_yaml_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "format: 1\ntopics:\n  - id: a\n    title: {zh: x, en: y\n  - id: b\n")
    result = fails(["validate", str(path), "--lang", "en"])
    assert str(path) in result.stderr
    assert "line 5, column 7" in result.stderr
    zh = fails(["validate", str(path)])
    assert "第 5 行第 7 列" in zh.stderr


def test_validate_a_directory(tmp_path: Path) -> None:
    result = fails(["validate", str(tmp_path), "--lang", "en"])
    assert str(tmp_path) in result.stderr
    assert "folder" in result.stderr


def test_validate_a_missing_file(tmp_path: Path) -> None:
    result = fails(["validate", str(tmp_path / "nope.yaml")])
    assert str(tmp_path / "nope.yaml") in result.stderr


def test_validate_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("format: 1\nmeta: {disclaimer: caf\xe9}\n".encode("latin-1"))
    result = fails(["validate", str(path), "--lang", "en"])
    assert "UTF-8" in result.stderr and str(path) in result.stderr


# --------------------------------------------------------------------------- graph


def expected_edges(guidance: Any) -> set[tuple[str, str]]:
    edges = set()
    for qid, question in guidance.questions.items():
        for _answer, target in question.edges():
            edges.add((qid, target or END))
    return edges


def test_graph_mermaid_has_an_edge_for_every_question(guidance: Any) -> None:
    result = ok(["graph"])
    assert result.stderr == ""
    out = result.stdout
    assert out.splitlines()[0] == "flowchart TD"
    node = {f"q_{qid.replace('-', '_')}": qid for qid in [*guidance.questions, END]}
    assert len(node) == len(guidance.questions) + 1  # no two ids collide
    declared = set(re.findall(r"^    (q_\w+)[\[(]", out, re.M))
    assert declared == set(node)
    edges = set()
    for src, dst in re.findall(r'^    (q_\w+) -->(?:\|"[^"\n]*"\|)? (q_\w+)$', out, re.M):
        edges.add((node[src], node[dst]))
    assert edges == expected_edges(guidance)
    # every line is a declaration or an edge: nothing stray
    body = out.splitlines()[1:]
    assert len(body) == len(declared) + len(re.findall(r"^    q_\w+ -->", out, re.M))
    assert {src for src, _dst in edges} == set(guidance.questions)


def test_graph_mermaid_in_english(guidance: Any) -> None:
    out = ok(["graph", "--lang", "en"]).stdout
    assert out.splitlines()[0] == "flowchart TD"
    for question in guidance.questions.values():
        assert question.text("en")[:30] in out
        assert question.text("zh")[:10] not in out


_DOT_TOKEN = re.compile(
    r'\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<arrow>->)|(?P<punct>[{}\[\];,=])'
    r"|(?P<id>[A-Za-z_][A-Za-z0-9_]*|-?\d+(?:\.\d+)?))",
    re.S,
)


def parse_dot(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """A strict little parser for the subset of DOT that `graph --format dot` writes."""
    tokens: list[tuple[str, str]] = []
    pos = 0
    while text[pos:].strip():
        match = _DOT_TOKEN.match(text, pos)
        assert match and match.lastgroup, f"not DOT at {pos}: {text[pos : pos + 40]!r}"
        tokens.append((match.lastgroup, match.group(match.lastgroup)))
        pos = match.end()
    i = 0

    def peek() -> tuple[str, str]:
        return tokens[i] if i < len(tokens) else ("eof", "")

    def take(kind: str | None = None, value: str | None = None) -> tuple[str, str]:
        nonlocal i
        tok = peek()
        assert tok[0] != "eof", "DOT ends too early"
        assert kind is None or tok[0] == kind, (tok, kind)
        assert value is None or tok[1] == value, (tok, value)
        i += 1
        return tok

    def ident() -> str:
        kind, value = take()
        assert kind in ("id", "str"), (kind, value)
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\") if kind == "str" else value

    def attrs() -> None:
        take("punct", "[")
        while peek() != ("punct", "]"):
            ident()
            take("punct", "=")
            ident()
            if peek() == ("punct", ","):
                take()
        take("punct", "]")

    take("id", "digraph")
    if peek()[0] in ("id", "str"):
        ident()
    take("punct", "{")
    nodes: set[str] = set()
    edges: set[tuple[str, str]] = set()
    while peek() != ("punct", "}"):
        first = ident()
        if first in ("graph", "node", "edge") and peek() == ("punct", "["):
            attrs()
        elif peek() == ("punct", "="):
            take()
            ident()
        else:
            chain = [first]
            while peek() == ("arrow", "->"):
                take()
                chain.append(ident())
            if len(chain) == 1:
                nodes.add(first)
            edges.update(itertools.pairwise(chain))
            if peek() == ("punct", "["):
                attrs()
        take("punct", ";")
    take("punct", "}")
    assert i == len(tokens), "text after the closing brace"
    return nodes, edges


@pytest.mark.processes
def test_graph_dot_is_valid(guidance: Any, tmp_path: Path) -> None:
    result = ok(["graph", "--format", "dot"])
    out = result.stdout
    assert result.stderr == ""
    assert out.startswith("digraph")
    assert out.count("{") == out.count("}")
    nodes, edges = parse_dot(out)
    assert nodes == {*guidance.questions, END}
    assert edges == expected_edges(guidance)
    dot = shutil.which("dot")
    if dot:
        done = subprocess.run(
            [dot, "-Tsvg"], check=False, input=out.encode(), capture_output=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert b"<svg" in done.stdout


def test_dot_parser_rejects_broken_dot() -> None:
    # The structural check above must be able to fail.
    for bad in (
        'digraph g { "a" -> ; }',
        'digraph g { "a" [label="x"; }',
        'digraph g { "a"; ',
        'digraph g { "a" -> "b"; } }',
        'digraph g { "unterminated; }',
    ):
        with pytest.raises(AssertionError):
            parse_dot(bad)


# --------------------------------------------------------------------------- questions


def test_questions_text_lists_every_question_and_value(guidance: Any) -> None:
    result = ok(["questions"])
    assert result.stderr == ""
    out = result.stdout
    flat = "".join(out.split())  # the text is wrapped to the width
    for qid, question in guidance.questions.items():
        assert re.search(rf"^{re.escape(qid)}  \(", out, re.M), qid
        assert "".join(question.text("zh").split()) in flat
        for value in question.values():
            assert re.search(rf"^    - {re.escape(value)}: ", out, re.M), (qid, value)


def test_questions_json_matches_the_guidance(guidance: Any) -> None:
    data = json.loads(ok(["questions", "--format", "json", "--lang", "en"]).stdout)
    assert data["lang"] == "en"
    assert data["start"] == guidance.start
    assert [q["id"] for q in data["questions"]] == list(guidance.questions)
    for entry in data["questions"]:
        question = guidance.questions[entry["id"]]
        assert entry["kind"] == question.kind
        assert entry["text"] == question.text("en")
        if question.kind == "number":
            assert (entry["min"], entry["max"]) == (question.minimum, question.maximum)
        else:
            assert [v["value"] for v in entry["values"]] == list(question.values())
            for value in entry["values"]:
                assert value["label"]
                if question.kind != "yesno":
                    assert value["label"] == question.option(value["value"]).label("en")


# --------------------------------------------------------------------------- advise


def test_advise_from_a_yaml_file(answers_yaml: Path) -> None:
    result = ok(["advise", "--answers", str(answers_yaml)])
    assert result.stderr == ""
    assert result.stdout.startswith(t("plan-title", "zh") + "\n")
    assert ESC not in result.stdout


def test_advise_from_a_json_file(tmp_path: Path, answers_yaml: Path) -> None:
    path = write(tmp_path, json.dumps(ANSWERS, ensure_ascii=False), "answers.json")
    result = ok(["advise", "--answers", str(path), "--lang", "en"])
    assert result.stderr == ""
    assert result.stdout.startswith(t("plan-title", "en") + "\n")
    assert (
        ok(["advise", "--answers", str(path), "--format", "json"]).stdout
        == ok(["advise", "--answers", str(answers_yaml), "--format", "json"]).stdout
    )


def test_advise_markdown(answers_yaml: Path) -> None:
    out = ok(["advise", "--answers", str(answers_yaml), "--format", "markdown"]).stdout
    assert out.startswith(f"# {t('plan-title', 'zh')}\n")
    assert "\n## " in out and "\n1. " in out


def pairs(answers: dict[str, Any]) -> list[str]:
    args = []
    for qid, value in answers.items():
        text = ",".join(value) if isinstance(value, list) else str(value)
        args += ["--answer", f"{qid}={text}"]
    return args


def test_advise_from_answer_flags_only() -> None:
    data = json.loads(ok(["advise", *pairs(ANSWERS), "--format", "json"]).stdout)
    assert data["answers"] == ANSWERS


def test_answer_flags_override_the_file(answers_yaml: Path) -> None:
    args = ["advise", "--answers", str(answers_yaml), "--format", "json"]
    assert json.loads(ok(args).stdout)["answers"]["offers"] == "no"
    data = json.loads(ok([*args, "--answer", "offers=yes", "--answer", "paid-fixer=no"]).stdout)
    assert data["answers"] == {**ANSWERS, "offers": "yes", "paid-fixer": "no"}
    # Later flags win over earlier ones.
    data = json.loads(ok([*args, "--answer", "offers=yes", "--answer", "offers=no"]).stdout)
    assert data["answers"]["offers"] == "no"


def test_missing_answer_without_a_terminal_names_it_and_the_flag() -> None:
    result = fails(["advise", "--answer", "safety=safe", "--lang", "en"], input="")
    assert "collectors" in result.stderr
    assert "--answer collectors=" in result.stderr
    # every missing answer at once, in the order they would be asked; optional ones not
    listed = [q.strip() for q in result.stderr.split("missing for:")[1].split(".")[0].split(",")]
    assert listed[0] == "collectors"
    assert {"lender", "pay", "papers", "offers"} <= set(listed)
    assert not {"lenders-count", "months-overdue", "amount-overdue"} & set(listed)
    result = fails(["advise"], input="")
    assert "safety" in result.stderr and "--answer" in result.stderr


def test_unknown_question_lists_the_valid_ids(guidance: Any) -> None:
    result = fails(["advise", *pairs(ANSWERS), "--answer", "mood=sad"])
    assert "mood" in result.stderr
    for qid in guidance.questions:
        assert qid in result.stderr


def test_unknown_value_lists_the_valid_values(guidance: Any) -> None:
    result = fails(["advise", *pairs({**ANSWERS, "lender": "loan-shark"}), "--lang", "en"])
    assert "loan-shark" in result.stderr
    for value in guidance.questions["lender"].values():
        assert value in result.stderr


@pytest.mark.parametrize(
    ("pair", "expect"),
    [
        ("received-days=soon", "soon"),
        ("received-days=-1", "3650"),
        ("received-days=nan", "nan"),
        ("collectors=calls,none", "none"),
        ("collectors=", "collectors"),
        ("nonsense", "nonsense"),
        ("=safe", "=safe"),
    ],
)
def test_other_bad_answers(pair: str, expect: str) -> None:
    result = fails(["advise", *pairs(ANSWERS), "--answer", pair, "--lang", "en"])
    assert expect in result.stderr


def test_advise_json_shape(guidance: Any, answers_yaml: Path) -> None:
    data = json.loads(ok(["advise", "--answers", str(answers_yaml), "--format", "json"]).stdout)
    assert list(data) == ["lang", "answers", "do_first", "deadlines", "sections", "later"]
    assert data["lang"] == "zh"
    assert data["answers"] == ANSWERS
    assert data["sections"]
    levels = [section["id"] for section in data["sections"]]
    assert levels == [u for u in URGENCIES if u in levels]  # most urgent band first
    shown = []
    for section in data["sections"]:
        assert set(section) == {"id", "title", "steps"}
        assert section["steps"]
        for step in section["steps"]:
            assert set(step) == {
                "id",
                "title",
                "text",
                "say",
                "why",
                "source",
                "sources",
                "urgency",
                "urgent",
            }
            tip = guidance.tip(step["id"])
            assert step["text"] == tip.body("zh")
            assert step["urgency"] == section["id"] == tip.urgency
            assert step["urgent"] is tip.urgent
            assert [s["id"] for s in step["sources"]] == list(tip.all_sources)
            shown.append(step["id"])
    assert 1 <= len(shown) <= 12
    for entry in data["do_first"]:
        assert set(entry) == {"id", "text"} and entry["text"]
    for entry in data["later"]:
        assert set(entry) == {"id", "title", "topic"}
        assert entry["id"] not in shown
        assert entry["topic"] == guidance.tip(entry["id"]).topic


def test_same_answers_give_byte_identical_json(tmp_path: Path, answers_yaml: Path) -> None:
    first = ok(["advise", "--answers", str(answers_yaml), "--format", "json"]).stdout
    assert ok(["advise", "--answers", str(answers_yaml), "--format", "json"]).stdout == first
    # Another order of keys and of the ticked options: still the same plan.
    shuffled = "\n".join(reversed(ANSWERS_YAML.strip().splitlines())).replace(
        "[calls, texts]", "[texts, calls]"
    )
    other = write(tmp_path, shuffled + "\n", "shuffled.yaml")
    assert ok(["advise", "--answers", str(other), "--format", "json"]).stdout == first


def test_save_answers_is_private_and_reusable(tmp_path: Path, answers_yaml: Path) -> None:
    saved = tmp_path / "mine.json"
    first = ok(
        ["advise", "--answers", str(answers_yaml), "--format", "json", "--save-answers", str(saved)]
    )
    # stderr says where it went, then the commands that use it (issue 24); stdout
    # is the plan, for programs.
    assert str(saved) in first.stderr.splitlines()[0] and f"--answers {saved}" in first.stderr
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert json.loads(saved.read_text(encoding="utf-8")) == ANSWERS
    again = ok(["advise", "--answers", str(saved), "--format", "json"])
    assert again.stdout == first.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file


def test_save_answers_replaces_an_existing_file_atomically(
    tmp_path: Path, answers_yaml: Path
) -> None:
    saved = tmp_path / "mine.json"
    saved.write_text("old contents\n", encoding="utf-8")
    saved.chmod(0o644)
    before = saved.stat().st_ino
    ok(["advise", "--answers", str(answers_yaml), "--save-answers", str(saved)])
    assert json.loads(saved.read_text(encoding="utf-8")) == ANSWERS
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert saved.stat().st_ino != before  # a new file renamed into place, not rewritten
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_save_answers_into_a_missing_folder_fails_cleanly(
    tmp_path: Path, answers_yaml: Path
) -> None:
    target = tmp_path / "no-such-folder" / "mine.json"
    result = fails(
        ["advise", "--answers", str(answers_yaml), "--save-answers", str(target), "--lang", "en"]
    )
    assert str(target) in result.stderr
    assert not target.parent.exists()


def test_save_answers_onto_a_folder_fails_cleanly(tmp_path: Path, answers_yaml: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("keep", encoding="utf-8")
    result = invoke(["advise", "--answers", str(answers_yaml), "--save-answers", str(folder)])
    # A folder where a file belongs is the user's error (1), said in their language.
    assert result.exit_code == 1
    assert result.stdout == ""
    assert str(folder) in result.stderr
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]


def test_a_failed_save_leaves_the_old_file_intact(
    tmp_path: Path, answers_yaml: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "mine.json"
    saved.write_text('{"safety": "safe"}\n', encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    result = fails(
        ["advise", "--answers", str(answers_yaml), "--save-answers", str(saved), "--lang", "en"]
    )
    assert str(saved) in result.stderr
    assert os.strerror(errno.ENOSPC) in result.stderr
    assert saved.read_text(encoding="utf-8") == '{"safety": "safe"}\n'
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "answers.yaml",
        "mine.json",
    ]


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        (b"safety: [safe\n", ["line", "column"]),
        (b"- safety\n- collectors\n", ["id: value"]),
        (b"safety: \xff\xfe safe\n", ["UTF-8"]),
        (b"safety: safe\nsafety: danger\n", ["safety", "twice"]),
        (b'"just a string"\n', ["id: value"]),
    ],
    ids=["yaml-error", "a-list", "not-utf8", "duplicate-key", "a-string"],
)
def test_broken_answers_file(tmp_path: Path, content: bytes, expect: list[str]) -> None:
    path = tmp_path / "answers.yaml"
    path.write_bytes(content)
    result = fails(["advise", "--answers", str(path), "--lang", "en"])
    assert str(path) in result.stderr
    for word in expect:
        assert word in result.stderr


def test_missing_answers_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = fails(["advise", "--answers", str(missing)])
    assert str(missing) in result.stderr


def test_empty_answers_file_asks_for_the_first_question(tmp_path: Path) -> None:
    path = write(tmp_path, "", "empty.yaml")
    result = fails(["advise", "--answers", str(path)], input="")
    assert "safety" in result.stderr


# --------------------------------------------------------------------------- explain


def test_explain_without_a_term_lists_them_all(guidance: Any) -> None:
    result = ok(["explain"])
    assert result.stderr == ""
    for term in guidance.terms:
        assert term.term("zh") in result.stdout
    data = json.loads(ok(["explain", "--format", "json"]).stdout)
    assert [term["id"] for term in data["terms"]] == [term.id for term in guidance.terms]


@pytest.mark.parametrize(
    ("args", "term_id", "lang"),
    [
        (["支付令"], "payment-order", "zh"),
        (["payment-order"], "payment-order", "zh"),
        (["Payment order", "--lang", "en"], "payment-order", "en"),
        (["lpr", "--lang", "en"], "lpr", "en"),
    ],
)
def test_explain_one_term(guidance: Any, args: list[str], term_id: str, lang: str) -> None:
    term = next(x for x in guidance.terms if x.id == term_id)
    out = ok(["explain", *args]).stdout
    assert term.term(lang) in out
    assert squash(term.definition(lang))[:30] in squash(out)
    others = [x for x in guidance.terms if x.id != term_id]
    assert all(x.term(lang) not in out for x in others if x.term(lang) not in term.term(lang))


def test_explain_json_shape(guidance: Any) -> None:
    data = json.loads(ok(["explain", "支付令", "--format", "json"]).stdout)
    term = next(x for x in guidance.terms if x.id == "payment-order")
    assert data == {
        "lang": "zh",
        "terms": [
            {
                "id": "payment-order",
                "term": term.term("zh"),
                "definition": term.definition("zh"),
                "source": "; ".join(term.sources),
            }
        ],
    }


def test_explain_unknown_term_suggests_close_matches(guidance: Any) -> None:
    result = fails(["explain", "paymnt ordr", "--lang", "en"])
    assert "paymnt ordr" in result.stderr
    term = next(x for x in guidance.terms if x.id == "payment-order")
    assert term.term("en") in result.stderr
    result = fails(["explain", "zzzzqqq"])
    assert "zzzzqqq" in result.stderr
    assert guidance.terms[0].term("zh") in result.stderr  # nothing close: every term


# --------------------------------------------------------------------------- rate


def test_rate_the_issue_case_in_json() -> None:
    result = ok([*ISSUE_RATE, "--format", "json"])
    assert result.stderr == ""
    data = json.loads(result.stdout)
    for key in (
        "apr_percent",
        "effective_annual_percent",
        "periodic_rate",
        "periods_per_year",
        "received",
        "total_paid",
        "total_cost",
        "upfront_deduction",
        "lines",
    ):
        assert key in data, key
    assert data["apr_percent"] == pytest.approx(82.38, abs=0.01)
    assert data["upfront_deduction"] == pytest.approx(2000)
    assert data["received"] == pytest.approx(8000)
    assert data["total_paid"] == pytest.approx(12000)
    assert data["total_cost"] == pytest.approx(4000)
    assert data["periods_per_year"] == 12
    assert data["effective_annual_percent"] > data["apr_percent"]
    lines = {line["id"]: line for line in data["lines"]}
    for line in data["lines"]:
        assert set(line) >= {"id", "percent", "applies", "exceeded", "source"}
    assert lines["private-4lpr"]["percent"] == pytest.approx(12.0)
    assert lines["private-4lpr"]["exceeded"] is True
    assert lines["private-4lpr"]["applies"] is True
    assert lines["criminal-36"]["exceeded"] is True
    assert lines["criminal-36"]["percent"] == pytest.approx(36.0)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("zh", ["放款前就扣下", "2,000.00", "4倍LPR", "82.38%"]),
        ("en", ["Kept back up front", "2,000.00", "4 × LPR", "82.38%"]),
    ],
)
def test_rate_text_report(lang: str, words: list[str]) -> None:
    result = ok([*ISSUE_RATE, "--lang", lang, "--format", "text"])
    assert result.stderr == ""
    for word in words:
        assert word in result.stdout, word
    assert ESC not in result.stdout
    assert all(cell_width(line) <= 80 for line in result.stdout.splitlines())
    assert ok([*ISSUE_RATE, "--lang", lang]).stdout == result.stdout


def test_rate_without_payment_and_no_terminal_names_the_flag() -> None:
    result = fails(["rate", "--received", "8000", "--periods", "12"], input="")
    assert "--payment" in result.stderr
    result = fails(["rate"], input="")
    assert "--received" in result.stderr


BASE = ["rate", "--received", "8000", "--payment", "1000", "--periods", "12", "--lang", "en"]


@pytest.mark.parametrize(
    ("flag", "value", "expect"),
    [
        ("--received", "0", "--received"),
        ("--received", "-5", "--received"),
        ("--received", "abc", "--received"),
        ("--received", "1e13", "--received"),
        ("--payment", "0", "--payment"),
        ("--payment", "-1000", "--payment"),
        ("--payment", "lots", "--payment"),
        ("--payment", "1e13", "--payment"),
        ("--borrowed", "1e13", "--borrowed"),
        ("--borrowed", "nothing", "--borrowed"),
        ("--periods", "0", "10,000"),
        ("--periods", "10001", "10,000"),
        ("--periods", "twelve", "twelve"),
        ("--periods", "1.5", "1.5"),
        ("--every", "year", "year"),
        ("--lender", "shark", "shark"),
        ("--signed", "2025-13-01", "--signed"),
        ("--signed", "yesterday", "--signed"),
        ("--lpr", "abc", "abc"),
    ],
)
def test_rate_bad_values(flag: str, value: str, expect: str) -> None:
    args = list(BASE)
    if flag in args:
        args[args.index(flag) + 1] = value
    else:
        args += [flag, value]
    result = fails(args)
    assert expect in result.stderr
    zh = fails([a for a in args if a not in ("--lang", "en")])
    assert CJK.search(zh.stderr)


def test_rate_from_a_schedule_csv(tmp_path: Path) -> None:
    path = write(
        tmp_path, "date,amount,note\n2025-01-01,1000,received\n2025-01-31,1100,\n", "plan.csv"
    )
    data = json.loads(
        ok(["rate", "--received", "1000", "--schedule", str(path), "--format", "json"]).stdout
    )
    daily = 1.1 ** (1 / 30) - 1
    assert data["apr_percent"] == pytest.approx(daily * 365 * 100, abs=0.01)
    assert data["periods_per_year"] == 365
    assert data["total_paid"] == pytest.approx(1100)
    text = ok(["rate", "--received", "1000", "--schedule", str(path), "--lang", "en"]).stdout
    assert f"{daily * 365 * 100:.2f}%" in text


def test_rate_with_a_bad_schedule(tmp_path: Path) -> None:
    path = write(tmp_path, "when,how much\n2025-01-01,1000\n", "plan.csv")
    result = fails(["rate", "--received", "1000", "--schedule", str(path), "--lang", "en"])
    assert str(path) in result.stderr
    result = fails(["rate", "--received", "1000", "--schedule", str(tmp_path / "none.csv")])
    assert "none.csv" in result.stderr


# --------------------------------------------------------------------------- no arguments


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_arguments_without_a_terminal_prints_a_short_help(lang: str) -> None:
    env = {"DEBTHELP_LANG": lang}
    result = invoke([], env=env, input="")  # type: ignore[arg-type]
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "debthelp tips" in result.stderr
    assert "debthelp advise --answers" in result.stderr
    assert result.stderr.strip() == t("no-terminal-help", lang).strip()  # type: ignore[arg-type]
    assert len(result.stderr.splitlines()) < 15


# --------------------------------------------------------------------------- the last net


def call_main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["debthelp", *args])
    with pytest.raises(SystemExit) as info:
        main()
    code = info.value.code
    return 0 if code is None else int(code)


def _raise(exc: BaseException) -> Any:
    def boom(*_args: Any, **_kwargs: Any) -> Any:
        raise exc

    return boom


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_internal_error_is_a_message_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    import debthelp.guidance

    secret = "owes 5000 to Lender X"
    monkeypatch.setattr(debthelp.guidance, "load_guidance", _raise(RuntimeError(secret)))
    assert call_main(monkeypatch, "tips", "--lang", lang) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "RuntimeError" in err
    assert err.strip() == t("internal-error", lang, kind="RuntimeError")  # type: ignore[arg-type]
    assert "Traceback" not in err
    assert secret not in err  # an exception's text may hold someone's debts


def test_an_internal_error_in_rate(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import debthelp.rate

    monkeypatch.setattr(debthelp.rate, "compute_rate", _raise(ZeroDivisionError("x")))
    assert call_main(monkeypatch, *ISSUE_RATE) == 1
    out, err = capsys.readouterr()
    assert out == "" and "ZeroDivisionError" in err and "Traceback" not in err


def test_main_success_and_usage_errors(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert call_main(monkeypatch, "--version") == 0
    assert capsys.readouterr().out == f"debthelp {__version__}\n"
    assert call_main(monkeypatch, "tips", "--no-such-flag") == 2
    out, err = capsys.readouterr()
    assert out == "" and "--no-such-flag" in err and t("usage-hint", "zh") in err
    assert call_main(monkeypatch, "no-such-command", "--lang", "en") == 2
    out, err = capsys.readouterr()
    assert out == "" and "no-such-command" in err and t("usage-hint", "en") in err
    assert call_main(monkeypatch, "tips", "--lang", "xx") == 2
    out, err = capsys.readouterr()
    assert out == "" and "xx" in err


# In the person's language alone: a Chinese screen shows no English (issue 24).
CANCEL = t("cancelled", "zh")


@pytest.mark.parametrize(
    ("module", "name", "args"),
    [
        ("debthelp.guidance", "load_guidance", ["tips"]),
        ("debthelp.engine", "advise", ["advise", *pairs(ANSWERS)]),
        ("debthelp.rate", "compute_rate", ISSUE_RATE),
        ("debthelp.glossary", "find_term", ["explain", "lpr"]),
    ],
)
def test_ctrl_c_exits_130(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    module: str,
    name: str,
    args: list[str],
) -> None:
    import importlib

    monkeypatch.setattr(importlib.import_module(module), name, _raise(KeyboardInterrupt()))
    result = invoke(args)
    assert result.exit_code == 130
    assert result.stdout == ""
    assert CANCEL in result.stderr
    # and through the console-script entry point
    assert call_main(monkeypatch, *args) == 130
    out, err = capsys.readouterr()
    assert out == "" and CANCEL in err and "Traceback" not in err


def test_end_of_input_at_a_prompt_is_a_cancel(monkeypatch: pytest.MonkeyPatch) -> None:
    import debthelp.engine

    monkeypatch.setattr(debthelp.engine, "advise", _raise(EOFError()))
    result = invoke(["advise", *pairs(ANSWERS)])
    assert result.exit_code == 130 and CANCEL in result.stderr and result.stdout == ""


# ------------------------------------------------------------ --lang before the command


def test_lang_before_the_command_applies_to_it() -> None:
    assert ok(["--lang", "en", "tips", "--list"]).stdout.startswith("safety           Safety first")
    # The command's own --lang wins over the one before it.
    assert "安全第一" in ok(["--lang", "en", "tips", "--list", "--lang", "zh"]).stdout


def test_lang_alone_sets_the_language_of_the_wizard_or_its_help() -> None:
    result = invoke(["--lang", "en"])
    assert result.exit_code == 0
    assert "There is no interactive terminal" in result.stderr


def test_a_bad_lang_before_the_command_is_a_usage_error() -> None:
    fails(["--lang", "xx", "tips"], code=2)


def test_validate_also_checks_the_rate_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import debthelp.rate.texts

    broken = write(tmp_path, "format: 1\ntexts:\n  - {id: rate.fig-apr, zh: 甲}\n", "rate.yaml")
    monkeypatch.setattr(debthelp.rate.texts, "default_rate_texts_path", lambda: broken)
    result = fails(["validate", "--lang", "en"])
    assert str(broken) in result.stderr
    assert "rate.fig-apr.en: the en text is missing or empty" in result.stderr
    assert "rate.fig-apr.source: is missing" in result.stderr


# ------------------------------------------------------------------ once broken
# A folder given where a file belongs is exit 1 with a bilingual message, not a click usage error.


@pytest.mark.parametrize("option", ["--answers", "--save-answers", "--guidance"])
def test_folder_for_a_file_option_is_exit_1(option: str, tmp_path) -> None:
    args = [
        "advise",
        "--answer",
        "safety=danger",
        "--answer",
        "safety-continue=stop",
        option,
        str(tmp_path),
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, (result.exit_code, result.stderr)  # today: 2


def test_folder_for_schedule_is_exit_1(tmp_path) -> None:
    result = CliRunner().invoke(app, ["rate", "--received", "1000", "--schedule", str(tmp_path)])
    assert result.exit_code == 1, (result.exit_code, result.stderr)  # today: 2


def test_validate_folder_is_exit_1_today(tmp_path) -> None:  # passes: the reference behaviour
    assert CliRunner().invoke(app, ["validate", str(tmp_path)]).exit_code == 1


@pytest.mark.parametrize("command", [[], ["tips"], ["advise"], ["rate"]])
def test_help_has_no_english_only_line(command: list[str]) -> None:
    out = ok([*command, "--help"]).stdout
    assert "Show this message and exit." not in out
    assert "显示帮助并退出" in out


def test_a_mistyped_command_is_suggested_once() -> None:
    result = invoke(["tip"])
    assert result.exit_code == 2
    assert (result.stdout + result.stderr).count("Did you mean") == 1
