"""The opening screen is markup in the file, drawn before the script runs (issue 26).

``first.py`` writes the numbers to call and the first question into ``<main>``
so the browser paints them while the script and the guidance are still being
read; ``ui.js`` then takes it over, giving its buttons their taps. These
check that the two are the same screen, node for node, in both languages; that
the question is in the document before the page's script runs; and that without
JavaScript the page shows only the numbers to call, as before.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from debthelp.engine import route_length
from debthelp.guidance import Guidance, load_guidance
from debthelp.page import build_page, page_data
from debthelp.page.first import NO_SCRIPT_STYLE, first_screen
from tests.page.test_page import parts
from tests.page.test_page_browser import Phone, browser, guidance

__all__ = ["browser", "guidance"]  # the fixtures, shared

SCREEN = re.compile(r'<main id="app" tabindex="-1">(.*?)\n<noscript>', re.S)
FOOTER = re.compile(r'<footer id="foot">(.*?)</footer>', re.S)
# Before the page's script: whether the first question is in the document yet, and
# whether the script had run when it came.
SEEN = """
window.__seen = null;
new MutationObserver((changes, watch) => {
  if (!document.querySelector('#app h1')) return;
  watch.disconnect();
  window.__seen = {script: typeof window.DebtPage !== 'undefined',
    text: document.querySelector('#app h1').textContent};
}).observe(document, {childList: true, subtree: true});
"""


def static(html: str) -> tuple[str, str]:
    screen, footer = SCREEN.search(html), FOOTER.search(html)
    assert screen and footer
    return screen.group(1), footer.group(1)


@pytest.fixture(scope="module", params=["zh", "en"])
def page(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    html = build_page(load_guidance(None), lang=request.param)
    out = tmp_path_factory.mktemp("static") / f"page-{request.param}.html"
    out.write_text(html, encoding="utf-8")
    return request.param, html, out


# --------------------------------------------------------------------------- the file


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_file_opens_with_the_numbers_and_the_first_question_before_the_script(
    lang: str,
) -> None:
    guidance = load_guidance(None)
    html = build_page(guidance, lang=lang)  # type: ignore[arg-type]
    screen, footer = static(html)
    safety = guidance.questions[guidance.start]
    assert f'<h1 tabindex="-1" id="qtext">{getattr(safety.text, lang)}</h1>' in screen
    for option in safety.options:
        assert f'data-value="{option.value}">{getattr(option.label, lang)}</button>' in screen
    for number in ("110", "120", "12356"):
        assert f'<a class="call-big" href="tel:{number}">' in screen
    assert guidance.reviewed.isoformat() in footer
    # before the data block and the script, so the browser can paint it first
    assert html.index("</main>") < html.index('<script type="application/json"')
    pressed = re.findall(r'id="lang-(zh|en)" lang="[^"]+" aria-pressed="(true|false)"', html)
    assert dict(pressed) == {"zh": str(lang == "zh").lower(), "en": str(lang == "en").lower()}


def test_no_inline_style_and_the_no_script_style_is_allowed_by_hash() -> None:
    html = build_page(load_guidance(None), lang="zh")
    screen, footer = static(html)
    assert " style=" not in screen + footer  # the policy allows no style attribute
    assert parts(html)["no_script_style"] == NO_SCRIPT_STYLE


def test_a_first_question_it_cannot_draw_is_left_to_the_script(guidance: Guidance) -> None:
    data = page_data(guidance)
    length = route_length(guidance, {})
    assert first_screen(data, "zh", length)[0]
    for change in ({"kind": "multi"}, {"kind": "number"}, {"help": {"zh": "打 12356", "en": "x"}}):
        start = dict(data["questions"][data["start"]], **change)
        other = dict(data, questions={**data["questions"], data["start"]: start})
        assert first_screen(other, "zh", length) == ("", "")


def test_text_is_escaped_as_the_browser_writes_it(guidance: Guidance) -> None:
    data = page_data(guidance)
    start = dict(data["questions"][data["start"]], text={"zh": 'a<b>&"c"', "en": "x"})
    other = dict(data, questions={**data["questions"], data["start"]: start})
    screen = first_screen(other, "zh", route_length(guidance, {}))[0]
    assert '<h1 tabindex="-1" id="qtext">a&lt;b&gt;&amp;"c"</h1>' in screen


# --------------------------------------------------------------------------- in a browser


def test_the_script_takes_the_screen_over_and_would_draw_the_same(browser: Any, page: Any) -> None:
    lang, html, out = page
    screen, footer = static(html)
    phone = Phone(browser, out.as_uri())
    try:
        app = "document.getElementById('app').innerHTML"
        # taken over as it is (the <noscript> lines stay in it until the next screen)
        assert phone.page.evaluate(app).split("\n<noscript>")[0] == screen
        assert phone.page.evaluate("performance.getEntriesByName('debthelp-drawn').length") == 1
        # drawn by the script itself: the same, node for node
        phone.page.evaluate("DebtPage.render()")
        drawn = phone.page.evaluate(app)
        # the script sets the progress bar's width as a style (0 % on the first question)
        assert drawn.count(' style="width: 0%;"') == 1
        assert drawn.replace(' style="width: 0%;"', "") == screen
        assert phone.page.evaluate("document.getElementById('foot').innerHTML") == footer
        assert phone.page.get_attribute(f"#lang-{lang}", "aria-pressed") == "true"
        assert phone.question() == "safety" and not phone.problems
    finally:
        phone.close()


def test_the_screen_it_took_over_answers_taps_as_the_one_it_draws(browser: Any, page: Any) -> None:
    _, _, out = page
    phone = Phone(browser, out.as_uri())
    try:
        phone.tap('.opts button[data-value="cannot-go-on"]')
        assert phone.question() == "safety-continue"
        numbers = phone.page.eval_on_selector_all("#help-now a.tel", "as => as.map(a => a.href)")
        assert "tel:12356" in numbers
        phone.tap("#back")
        assert phone.question() == "safety"  # drawn by the script now, the answer marked
        marked = phone.page.get_attribute('button[data-value="cannot-go-on"]', "aria-pressed")
        assert marked == "true"
        assert not phone.problems
    finally:
        phone.close()


def test_the_first_question_is_there_before_the_script_runs(browser: Any, page: Any) -> None:
    lang, _, out = page
    phone = Phone(browser, out.as_uri(), init=SEEN)
    try:
        seen = phone.page.evaluate("window.__seen")
        assert seen["script"] is False
        assert seen["text"] == getattr(load_guidance(None).questions["safety"].text, lang)
        # and the script, once it runs, takes the taps
        phone.tap('.opts button[data-value="safe"]')
        assert phone.question() == "collectors"
    finally:
        phone.close()


def test_without_javascript_only_the_numbers_to_call_show(browser: Any, page: Any) -> None:
    _, _, out = page
    phone = Phone(browser, out.as_uri(), java_script_enabled=False)
    try:
        assert not phone.page.is_visible("#app h1")
        assert not phone.page.is_visible("#app .opts")
        assert not phone.page.is_visible("#app section.crisis")
        shown = phone.page.eval_on_selector_all(
            "a[href^='tel:']", "as => as.filter(a => a.offsetParent).map(a => a.href)"
        )
        # the <noscript> lines, in both languages
        assert sorted(shown) == sorted(["tel:110", "tel:120", "tel:12356"] * 2)
        assert not phone.requests
    finally:
        phone.close()


def test_before_the_script_the_first_screen_fits_320_px(browser: Any, tmp_path: Path) -> None:
    """The markup alone (the script taken out) is the whole first screen, at 320 px too."""
    html = build_page(load_guidance(None), lang="zh")
    bare = re.sub(r"^<script>.*?</script>\n", "", html, flags=re.S | re.M)
    assert "DebtPage" not in bare
    out = tmp_path / "bare.html"
    out.write_text(bare, encoding="utf-8")
    phone = Phone(browser, out.as_uri(), width=320)
    try:
        for selector in ("#app h1", "#app .opts", "#app a.call-big", "#foot p"):
            assert phone.page.is_visible(selector), selector
        widths = phone.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1]
        assert not phone.problems and not phone.requests
    finally:
        phone.close()
