"""Issue 25: one HTML page writer (``render.html_page``) for the report and the log export.

Only the log export used to set a Content-Security-Policy; both pages now carry
the same head: ``<meta charset="utf-8">`` and a policy of ``default-src 'none'``
that allows exactly the page's own ``<style>`` by its hash.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.render.html_page import content_policy, html_page, style_hash

CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')
STYLE = re.compile(r"<style>(.*?)</style>", re.S)


def _report(lang: str) -> str:
    result = CliRunner().invoke(app, ["report", "--lang", lang])
    assert result.exit_code == 0, result.output
    return result.stdout


def _export(tmp_path: Path, lang: str) -> str:
    db = str(tmp_path / "log.sqlite3")
    runner = CliRunner()
    added = runner.invoke(app, ["log", "add", "--channel", "sms", "--said", "还钱", "--db", db])
    assert added.exit_code == 0, added.output
    result = runner.invoke(app, ["log", "export", "--format", "html", "--db", db, "--lang", lang])
    assert result.exit_code == 0, result.output
    return result.stdout


def _head(page: str) -> tuple[str, str]:
    """The page's policy with its style hash taken out, after checking that the hash is
    the hash of the page's one style."""
    (policy,) = CSP_META.findall(page)
    (style,) = STYLE.findall(page)
    assert style_hash(style) in policy
    return policy.replace(style_hash(style), "HASH"), style


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_report_and_the_log_export_carry_the_same_head(tmp_path: Path, lang: str) -> None:
    report, export = _report(lang), _export(tmp_path, lang)
    report_policy, report_style = _head(report)
    export_policy, export_style = _head(export)
    assert report_policy == export_policy
    assert report_policy.startswith("default-src 'none';")
    assert report_style != export_style  # two styles, one policy: the test can tell them apart
    for page in (report, export):
        assert page.startswith("<!DOCTYPE html>\n")
        assert page.count('<meta charset="utf-8">') == 1
        head = page[: page.index("<body>")]
        assert head.index('<meta charset="utf-8">') < head.index("Content-Security-Policy")
        assert f'lang="{"zh-CN" if lang == "zh" else "en"}"' in head
        assert "<script" not in page
        assert page.rstrip().endswith("</html>")


def test_the_policy_forbids_everything_but_its_style() -> None:
    policy = content_policy("p{margin:0}")
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["style-src"].split()[0] == style_hash("p{margin:0}")
    for name in ("img-src", "font-src", "connect-src", "object-src", "frame-src", "base-uri"):
        assert directives[name] == "'none'"
    assert "script-src" not in directives  # default-src 'none' covers it


def test_the_title_is_text_never_markup() -> None:
    page = html_page(title="</title><script>x</script>", lang="en", style="", body="<p>b</p>")
    assert "<script>" not in page
    assert "&lt;/title&gt;&lt;script&gt;" in page
