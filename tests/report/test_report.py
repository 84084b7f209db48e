"""debthelp report: one self-contained HTML file that escapes what it shows,
loads nothing from outside, and renders in a real browser."""

from __future__ import annotations

import os
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.letters import log_from_export
from tests.util import ROOT, need_chromium

ANSWERS = ROOT / "examples" / "answers.yaml"
BUDGET = ROOT / "examples" / "budget.json"
RATE = ROOT / "examples" / "rate.yaml"
HOSTILE = "<script>alert('x')</script>\"onload=\"x\x1b[2J"
LOG = {
    "verify": {"ok": True, "db": "/x", "exists": True, "entries": 1, "problems": []},
    "entries": [
        {
            "id": "1",
            "when": "2026-11-20 23:10",
            "channel": "phone",
            "from": "138 0000 0000",
            "said": "Pay tonight " + HOSTILE,
            "contacted": ["mother"],
            "attachments": ["a.png"],
            "tags": [
                {
                    "id": "night",
                    "label": "Night",
                    "rule": "No calls 22:00-08:00",
                    "source": ["2c-7"],
                }
            ],
        }
    ],
}
SECTIONS = ("plan", "rate", "budget", "log", "letters")


class Page(HTMLParser):
    """Every tag, attribute and piece of text, for checking."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.ids: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            self.attrs.append((name, value or ""))
            if name == "id":
                self.ids.append(value or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(text: str) -> Page:
    page = Page()
    page.feed(text)
    page.close()
    return page


@pytest.fixture
def with_log(monkeypatch: pytest.MonkeyPatch) -> None:
    import debthelp.letters

    monkeypatch.setattr(
        debthelp.letters, "read_log", lambda db=None, lang="zh": log_from_export(LOG, lang)
    )


def make(*extra: str, lang: str = "zh") -> Any:
    args = ["report", "--answers", str(ANSWERS), "--budget", str(BUDGET), "--rate", str(RATE)]
    return CliRunner().invoke(
        app, [*args, *extra, "--lang", lang], env={"DEBTHELP_TODAY": "2026-11-30"}
    )


@pytest.mark.usefixtures("with_log")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_report_parses_and_has_every_section(lang: str) -> None:
    result = make("--log", "--name", HOSTILE, "--lender", HOSTILE, lang=lang)
    assert result.exit_code == 0, result.stderr
    page = parse(result.stdout)
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert set(SECTIONS) <= set(page.ids)
    text = "".join(page.text)
    assert ("先做这几件事" if lang == "zh" else "Do these first") in text
    assert "Pay tonight" in text and "No calls 22:00-08:00 [2c-7]" in text
    assert ("和保存时一致" if lang == "zh" else "as they were saved") in text
    assert "svg" in page.tags and "polyline" in page.tags
    assert ("协商还款申请书" if lang == "zh" else "Request to agree a repayment plan") in text
    assert "2026-11-30" in text


@pytest.mark.usefixtures("with_log")
def test_hostile_input_is_shown_not_run() -> None:
    result = make("--log", "--name", HOSTILE, "--lender", HOSTILE)
    page = parse(result.stdout)
    assert "script" not in page.tags
    assert not any(name.startswith("on") for name, _v in page.attrs)
    assert "\x1b" not in result.stdout
    assert "&lt;script&gt;" in result.stdout and "&quot;onload=&quot;" in result.stdout
    assert "\\u001b[2J" in "".join(page.text)


@pytest.mark.usefixtures("with_log")
def test_nothing_is_loaded_from_outside() -> None:
    out = make("--log").stdout
    page = parse(out)
    assert not {"script", "link", "img", "iframe", "object", "embed", "image"} & set(page.tags)
    for name, value in page.attrs:
        assert name != "src", value
        if name in ("href", "xlink:href"):
            assert value.startswith("#"), value
    assert "url(" not in out and "@import" not in out and "@font-face" not in out
    assert "http:" not in out and "https:" not in out and "//" not in out.replace("<!--", "")


def test_without_inputs_each_section_says_what_is_missing() -> None:
    result = CliRunner().invoke(app, ["report", "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    text = "".join(parse(result.stdout).text)
    assert "No answers file" in text and "No budget file" in text
    assert "evidence log is not included" in text
    assert "＿＿＿＿" in text


def test_log_asked_for_but_not_in_this_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    import debthelp.letters

    monkeypatch.setattr(
        debthelp.letters, "read_log", lambda db=None, lang="zh": debthelp.letters.NO_LOG
    )
    text = "".join(parse(make("--log", lang="en").stdout).text)
    assert "has no evidence log yet" in text


def test_on_a_terminal_without_o_it_asks_for_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import debthelp.cli.report

    monkeypatch.setattr(debthelp.cli.report, "stdout_is_tty", lambda: True)
    result = make(lang="en")
    assert result.exit_code == 2
    assert "-o report.html" in result.stderr


def test_o_saves_privately(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = make("-o", str(out), lang="en")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert "Report saved" in result.stderr


def test_a_bad_rate_file_is_refused(tmp_path: Path) -> None:
    rate = tmp_path / "rate.yaml"
    rate.write_text("recieved: 8000\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", "--rate", str(rate), "--lang", "en"])
    assert result.exit_code == 1
    assert "recieved" in result.stderr and "received" in result.stderr


# ------------------------------------------------------------------ a real browser


@pytest.mark.slow
@pytest.mark.usefixtures("with_log")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_headless_chromium_renders_the_plan_and_the_timeline(lang: str, tmp_path: Path) -> None:
    chromium = need_chromium()
    page = tmp_path / "report.html"
    assert make("--log", "-o", str(page), lang=lang).exit_code == 0
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", f"--user-data-dir={profile}", "--dump-dom", page.as_uri(),
            ],
            capture_output=True, text=True, timeout=90, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    rendered = "".join(parse(done.stdout).text)
    assert ("先做这几件事" if lang == "zh" else "Do these first") in rendered
    assert "Pay tonight" in rendered and "No calls 22:00-08:00" in rendered
    assert ("协商还款申请书" if lang == "zh" else "Request to agree") in rendered


def test_the_rate_check_shows_the_part_above_the_line() -> None:
    text = "".join(parse(make(lang="en").stdout).text)
    # 8,000 received, 1,000 a month for 12: at 4 x LPR at most 8,529.48, so 3,470.52 above it.
    assert "3,470.52" in text
    assert "needs the newer debthelp rate" not in text


def test_the_report_reads_what_debthelp_budget_writes() -> None:
    text = "".join(parse(make(lang="en").stdout).text)
    assert "Monthly shortfall" in text and "￥1,800.00" in text
    assert "Pro-rata: paid off in 24 months" in text


def test_a_steps_dash_lines_become_a_real_list() -> None:
    from debthelp.render.report_html import body_html

    html_text = body_html("先做这个：\n- 第一 <b>\n- 第二\n然后：\n- 第三")
    assert html_text == (
        '<div class="body">先做这个：</div><ul><li>第一 &lt;b&gt;</li><li>第二</li></ul>'
        '<div class="body">然后：</div><ul><li>第三</li></ul>'
    )
    assert body_html("没有列表\n两行") == '<div class="body">没有列表\n两行</div>'
    # Blank lines around a list are the list's own margins, not empty lines.
    assert body_html("前面\n\n- 一\n\n后面") == (
        '<div class="body">前面</div><ul><li>一</li></ul><div class="body">后面</div>'
    )
