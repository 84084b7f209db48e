"""debthelp page: one offline HTML file, built from the installed guidance.

What the file is (its command, its Content-Security-Policy, its size, what it
carries) is tested here; what it does in a browser in tests/page/test_page_browser.py,
and that its engine gives the Python engine's plans in tests/page/test_page_parity.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp import __version__
from debthelp.cli import app
from debthelp.guidance import load_guidance
from debthelp.page import TERMINAL_HELP, asset, build_page, page_data
from tests.page.test_page_parity import small_guidance
from tests.util import ROOT

PAGE_DIR = ROOT / "src" / "debthelp" / "page"
LIMIT_BYTES = 400 * 1024


DATA_BLOCK = '<script type="application/json" id="debthelp-data">'


def parts(html: str) -> dict[str, Any]:
    """The policy, the one script, the one data block and the one style of a page."""
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    # each element starts a line of the template (the data may quote "<script>")
    scripts = re.findall(r"^<script>(.*?)</script>", html, re.S | re.M)
    blocks = re.findall("^" + re.escape(DATA_BLOCK) + r"(.*?)</script>", html, re.S | re.M)
    styles = re.findall(r"^<style>(.*?)</style>", html, re.S | re.M)
    # and one more, used only without JavaScript (it hides the opening screen's markup)
    hidden = re.findall(r"^<noscript><style>(.*?)</style></noscript>$", html, re.M)
    assert csp and len(scripts) == 1 and len(blocks) == 1 and len(styles) == 1
    assert len(hidden) == 1 and len(re.findall("<style", html)) == 2
    assert len(re.findall("^<script", html, re.M)) == 2  # nothing else that could run
    return {
        "csp": csp.group(1),
        "script": scripts[0],
        "data": blocks[0],
        "style": styles[0],
        "no_script_style": hidden[0],
    }


def page_json(html: str) -> dict[str, Any]:
    """What the page carries: the opening screen's part (in the script) and the rest."""
    page = parts(html)
    first = re.search(r"var DEBTHELP_FIRST = (.*?);\nvar DEBTHELP_LANG", page["script"], re.S)
    assert first
    unescape = lambda text: text.replace("<\\/", "</")  # noqa: E731
    return {**json.loads(unescape(first.group(1))), **json.loads(unescape(page["data"]))}


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.fixture(scope="module")
def html() -> str:
    return build_page(load_guidance(None), lang="zh")


# --------------------------------------------------------------------------- the command


def test_page_saves_a_private_file_and_says_so_on_stderr(tmp_path: Path) -> None:
    out = tmp_path / "网贷催收自助指南.html"
    result = CliRunner().invoke(app, ["page", "-o", str(out), "--lang", "zh"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "网页已保存到" in result.stderr and str(out) in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in text


def test_lang_picks_the_first_language_and_both_are_inside(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["page", "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0
    assert "Page saved to" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in text and 'var DEBTHELP_LANG = "en";' in text
    data = page_data(load_guidance(None))
    safety = data["questions"]["safety"]["text"]
    assert json.dumps(safety["zh"], ensure_ascii=False)[1:-1] in text
    assert json.dumps(safety["en"], ensure_ascii=False)[1:-1] in text


def test_dash_writes_utf8_bytes_to_stdout_whatever_the_locale(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C", "LANG": "C"}
    done = subprocess.run(
        [sys.executable, "-m", "debthelp", "page", "-o", "-", "--lang", "zh"],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr  # a note that the terminal lacks Chinese is fine
    text = done.stdout.decode("utf-8")  # strict: any other encoding fails here
    assert "网贷催收自助指南" in text and text.rstrip().endswith("</html>")
    assert list(tmp_path.iterdir()) == []


def test_dash_in_process_gives_the_page_and_no_note() -> None:
    result = CliRunner().invoke(app, ["page", "-o", "-", "--lang", "en"])
    assert result.exit_code == 0
    assert result.stdout_bytes.decode("utf-8").startswith("<!DOCTYPE html>")
    assert result.stderr == ""


def test_without_output_it_says_how(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["page", "--lang", "en"])
    assert result.exit_code == 2
    assert "-o" in result.stderr and "debthelp page -o" in result.stderr
    assert result.stdout == ""


def test_a_folder_is_refused_with_a_message(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["page", "-o", str(tmp_path) + "/", "--lang", "en"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output and result.stderr.strip()


def test_the_page_is_built_from_the_guidance_named(tmp_path: Path) -> None:
    """Built at the moment it is written, from the guidance in use (here a small one)."""
    guidance = small_guidance(tmp_path)
    out = tmp_path / "p.html"
    result = CliRunner().invoke(
        app, ["page", "-o", str(out), "--guidance", guidance.path, "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    data = page_json(out.read_text("utf-8"))
    assert sorted(data["questions"]) == ["n", "q1", "yn"]
    assert data["reviewed"] == "2026-11-01" and data["version"] == __version__


# --------------------------------------------------------------------------- what the file is


def test_the_policy_forbids_every_request_and_allows_only_this_script_and_style(
    html: str,
) -> None:
    page = parts(html)
    policy = dict(
        (d.split()[0], d.split()[1:]) for d in (x.strip() for x in page["csp"].split(";")) if d
    )
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == [sha(page["script"])]
    assert policy["style-src"] == [sha(page["style"]), sha(page["no_script_style"])]
    for directive in ("connect-src", "img-src", "font-src", "form-action", "base-uri"):
        assert policy[directive] == ["'none'"], directive
    # nothing that loads: no src, no stylesheet link, no address in the markup
    markup = html.replace(page["script"], "").replace(page["style"], "").replace(page["data"], "")
    assert not re.search(r"\ssrc=|<link|<iframe|<img|https?:", markup, re.I)


def test_the_page_code_asks_for_nothing_from_the_network() -> None:
    code = asset("engine.js") + asset("ui.js") + asset("page.html") + asset("page.css")
    for word in (
        "fetch(",
        "XMLHttpRequest",
        "WebSocket",
        "EventSource",
        "serviceWorker",
        "import(",
        "sendBeacon",
        "http:",
        "https:",
        "innerHTML",
        "eval(",
    ):
        assert word not in code, word


def test_the_file_is_small_enough_for_a_chat_message(html: str) -> None:
    assert len(html.encode("utf-8")) <= LIMIT_BYTES


def test_the_footer_data_names_the_guidance_date_and_version(html: str) -> None:
    guidance = load_guidance(None)
    data = page_data(guidance)
    assert data["reviewed"] == guidance.reviewed.isoformat()
    assert data["version"] == __version__
    assert "{date}" in data["messages"]["page.footer"]["zh"]
    assert "{version}" in data["messages"]["page.footer"]["en"]


def test_script_end_tags_in_the_data_cannot_close_the_script(tmp_path: Path) -> None:
    guidance = small_guidance(tmp_path)
    hostile = guidance._replace(
        disclaimer=guidance.disclaimer._replace(en="</script><script>alert(1)</script>\u2028")
    )
    page = parts(build_page(hostile, lang="en"))
    assert "</script>" not in page["data"] and "\u2028" not in page["data"]
    assert "<\\/script>" in page["data"]
    assert json.loads(page["data"])["disclaimer"]["en"] == hostile.disclaimer.en


def test_a_comment_opener_in_the_data_cannot_hold_the_script_open(tmp_path: Path) -> None:
    """ "<!--" then "<script" in a script element puts the tokenizer in a state where
    the element's own "</script>" does not end it: the rest of the page would be eaten."""
    guidance = small_guidance(tmp_path)
    words = "<!-- <script> x"
    hostile = guidance._replace(
        disclaimer=guidance.disclaimer._replace(en=words),
        questions={
            qid: q._replace(text=q.text._replace(en=words)) for qid, q in guidance.questions.items()
        },
    )
    html = build_page(hostile, lang="en")
    page = parts(html)
    assert "<!--" not in page["data"] and "<!--" not in page["script"]
    data = page_json(html)
    assert data["disclaimer"]["en"] == words
    assert {q["text"]["en"] for q in data["questions"].values()} == {words}


def test_the_opening_screen_part_is_small_and_the_rest_waits(html: str) -> None:
    """The script carries what the opening screen needs; the steps, rules and sources
    (most of the file) are in the data block, read after that screen is drawn."""
    page = parts(html)
    data = page_json(html)
    assert data == json.loads(json.dumps(page_data(load_guidance(None))))
    assert "tips" not in page["script"].split("var DEBTHELP_LANG")[0]
    assert len(page["script"].encode()) < 90 * 1024 < len(page["data"].encode())


def test_only_help_written_for_a_terminal_is_left_out() -> None:
    guidance = load_guidance(None)
    kept = page_data(guidance)["questions"]
    for qid, q in guidance.questions.items():
        if not q.help:
            continue
        shown = kept[qid]["help"]
        # nothing about keys to press or "this computer" reaches a phone...
        words = re.compile(r"空格|回车|电脑|\bspace\b|Enter to|computer", re.I)
        assert shown is None or not words.search(shown["zh"] + shown["en"]), qid
        # ...and nothing else is left out
        assert shown is not None or words.search(q.help.zh + q.help.en), qid
    assert TERMINAL_HELP.search("Enter 0 if nothing is overdue yet") is None
    assert TERMINAL_HELP.search("Press space to select, Enter to confirm.")


def test_every_page_message_is_in_the_page_in_both_languages(html: str) -> None:
    from debthelp.messages import MESSAGES

    data = page_data(load_guidance(None))
    page_keys = {k for k in MESSAGES if k.startswith("page.")}
    assert page_keys <= set(data["messages"])
    used = set(re.findall(r'msg\("([a-z0-9.-]+)"', asset("ui.js")))
    quoted = r'"((?:page\.|band-|plan-)[a-z0-9.-]+)"'
    used |= set(re.findall(quoted, asset("ui.js") + asset("engine.js")))
    assert {"band-now", "page.number-bad", "plan-do-first"} <= used
    assert used - set(data["messages"]) == set()


# --------------------------------------------------------------------------- plain ES2017

ES2018_AND_LATER = (
    ".flat(",
    ".flatMap(",
    "fromEntries",
    "replaceAll",
    "matchAll",
    ".finally(",
    ".at(",
    "globalThis",
    "?.",
    "??",
    "structuredClone",
)


@pytest.mark.parametrize("name", ["engine.js", "ui.js"])
def test_the_scripts_are_plain_es2017(name: str) -> None:
    """WeChat's browser and the WebViews of five years ago must run them: no syntax or
    library call newer than ES2017, no look-behind or named group in a pattern."""
    import esprima  # in the test extra

    source = asset(name)
    tree = esprima.parseScript(source, {"tokens": True})  # ES2017 at most: ?. and ?? fail here
    for token in tree.tokens:
        if token.type == "RegularExpression":
            assert "(?<" not in token.value, token.value
            flags = token.value.rsplit("/", 1)[1]
            assert set(flags) <= set("gimuy"), token.value
    found: list[str] = []

    def visit(node: Any, meta: Any) -> None:
        if node.type == "ObjectExpression":
            found.extend("object spread" for p in node.properties if p.type == "SpreadElement")
        if node.type == "ObjectPattern":
            found.extend("object rest" for p in node.properties if p.type == "RestElement")
        if node.type in ("ClassDeclaration", "ImportDeclaration", "ExportNamedDeclaration"):
            found.append(node.type)

    esprima.parseScript(source, delegate=visit)
    assert found == []
    for word in ES2018_AND_LATER:
        assert word not in source, word


def test_the_es2017_check_can_fail() -> None:
    import esprima

    with pytest.raises(esprima.Error):
        esprima.parseScript("try { a() } catch { b() }")  # ES2019 optional catch binding
    spread: list[str] = []
    esprima.parseScript(
        "var a = {...b};",
        delegate=lambda node, meta: spread.extend(
            "x" for p in getattr(node, "properties", None) or [] if p.type == "SpreadElement"
        ),
    )
    assert spread


def test_the_package_ships_the_page_assets() -> None:
    """pyproject packages src/debthelp whole; these are what build_page reads."""
    for name in ("engine.js", "ui.js", "page.html", "page.css"):
        assert (PAGE_DIR / name).is_file(), name
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'packages = ["src/debthelp"]' in pyproject


class _Broken:
    """A stdout whose bytes go nowhere: full, or gone."""

    def __init__(self, error: BaseException | None) -> None:
        self.error = error

    def flush(self) -> None:
        pass

    @property
    def buffer(self) -> Any:
        error = self.error

        class Buffer:
            def write(self, data: bytes) -> int:
                if error is not None:
                    raise error
                return len(data)

            def flush(self) -> None:
                pass

        return Buffer()


@pytest.mark.parametrize(
    ("error", "key"),
    [
        (OSError(28, "No space left on device"), "output-failed"),
        (ValueError("closed"), "output-failed"),
    ],
)
def test_a_stdout_that_fails_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, error: BaseException, key: str
) -> None:
    from debthelp.errors import DebtHelpError
    from debthelp.term import write_utf8

    monkeypatch.setattr(sys, "stdout", _Broken(error))
    with pytest.raises(DebtHelpError) as info:
        write_utf8("<html>")
    assert info.value.key == key


def test_a_stdout_without_bytes_is_output_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    from debthelp.errors import DebtHelpError
    from debthelp.term import write_utf8

    monkeypatch.setattr(sys, "stdout", None)
    with pytest.raises(DebtHelpError) as info:
        write_utf8("<html>")
    assert info.value.key == "output-closed"


def test_a_reader_gone_away_is_left_to_the_one_catch_point(monkeypatch: pytest.MonkeyPatch) -> None:
    from debthelp.term import write_utf8

    monkeypatch.setattr(sys, "stdout", _Broken(BrokenPipeError()))
    with pytest.raises(BrokenPipeError):
        write_utf8("<html>")


def test_a_file_name_with_terminal_escapes_is_echoed_harmlessly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["page", "-o", "p\x1b[2J.html", "--lang", "en"])
    assert result.exit_code == 0
    assert "\x1b" not in result.stderr and "Page saved to" in result.stderr
    assert (tmp_path / "p\x1b[2J.html").is_file()
