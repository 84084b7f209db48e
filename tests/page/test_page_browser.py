"""The page in a real browser: Chromium through Playwright, a 390 x 844 touch screen.

The crisis path (the numbers appear the moment the self-harm answer is tapped),
one whole route by taps to the plan (the same plan as the Python engine's),
the language switch, the copy buttons, keeping and forgetting answers, the
layout at 320 px and with a large system font, and that the page made no
network request at all. Screenshots of the opening screen and the plan are
written to a temporary folder, named in the output.

Chromium is Debian's (``/usr/bin/chromium``; Playwright's own browsers are
never downloaded). Without it these tests skip, except where
``DEBTHELP_REQUIRE_CHROMIUM=1`` (CI), where they fail.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from debthelp.cli import app
from debthelp.engine import advise
from debthelp.guidance import Guidance, load_guidance
from debthelp.page import build_page
from tests import util

pytestmark = pytest.mark.slow

CHROMIUM = util.find_chromium()
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
SHOTS = Path(tempfile.gettempdir()) / "debthelp-page-shots"
TAP_GUARD = 0.3  # ui.js TAP_GUARD_MS, and a little more

# One route, tapped as a person would: what to tap (or type) at each question.
ROUTE: dict[str, Any] = {
    "safety": "safe",
    "collectors": ["calls", "threats", "third-parties"],
    "lenders-count": "3",
    "months-overdue": "7",
    "amount-overdue": "6万",
}


def need_chromium() -> str:
    return util.need_chromium(CHROMIUM)


@pytest.fixture(scope="module")
def guidance() -> Guidance:
    return load_guidance(None)


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory, guidance: Guidance) -> Path:
    out = tmp_path_factory.mktemp("page") / "网贷催收自助指南.html"
    out.write_text(build_page(guidance, lang="zh"), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = need_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # the test extra has it; only a partial install lacks it
        if os.environ.get("DEBTHELP_REQUIRE_CHROMIUM") == "1":
            pytest.fail("DEBTHELP_REQUIRE_CHROMIUM=1 but playwright is not installed")
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=ARGS)
        yield launched
        launched.close()


class Phone:
    """One page on a touch screen, with every request and console error recorded."""

    def __init__(
        self, browser: Any, url: str, width: int = 390, init: str = "", **options: Any
    ) -> None:
        self.context = browser.new_context(
            viewport={"width": width, "height": PHONE["height"]},
            has_touch=True,
            is_mobile=True,
            **options,
        )
        if init:  # run in the page before its own script (the policy does not apply to it)
            self.context.add_init_script(init)
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.last_tap = 0.0
        self.url = url
        self.context.route("**/*", self._route)
        self.open()

    def open(self) -> None:
        """Open the file in a new tab of this browser (its storage is the same)."""
        self.page = self.context.new_page()
        self.page.on("request", self._request)
        self.page.on("pageerror", lambda e: self.problems.append(f"error: {e}"))
        self.page.on(
            "console",
            lambda m: self.problems.append(f"console: {m.text}") if m.type == "error" else None,
        )
        self.page.goto(self.url)
        self.last_tap = time.monotonic()  # a new screen: the same guard as after a tap

    def reopen(self) -> None:
        """Close the page and open the file again, as the next evening."""
        self._wait_for_storage()
        self.page.close()
        self.open()

    def reload(self) -> None:
        self._wait_for_storage()
        self.page.reload()
        # a new screen, drawn as the page loads: a tap within the guard of it is ignored
        # (the page's double-tap guard), as after a tap (seen under load: "danger" tapped
        # at once after a reload, ignored, the old answers still kept)
        self.last_tap = time.monotonic()

    def _wait_for_storage(self, timeout: float = 10.0) -> None:
        """Wait until another tab sees this page's localStorage.

        A page writes localStorage at once, but chromium hands the write to the browser
        process later; a reload a few milliseconds after a tap can start before it lands
        (seen once in CI: "keep" ticked, reloaded, nothing kept). A person takes seconds
        between the two, so the test waits as long as the write takes, not a fixed time.
        """
        dump = "() => JSON.stringify(Object.entries(localStorage).sort())"
        mine = self.page.evaluate(dump)
        probe = self.context.new_page()
        try:
            probe.goto(self.url)
            deadline = time.monotonic() + timeout
            while probe.evaluate(dump) != mine:
                assert time.monotonic() < deadline, "localStorage never reached another tab"
                time.sleep(0.05)
        finally:
            probe.close()
        self.last_tap = time.monotonic()

    @staticmethod
    def _is_the_page(request: Any) -> bool:
        """Opening (or reloading) the file itself is the one load allowed."""
        return bool(request.resource_type == "document" and request.url.startswith("file:"))

    def _request(self, request: Any) -> None:
        if not self._is_the_page(request):
            self.requests.append(request.url)

    def _route(self, route: Any) -> None:
        if self._is_the_page(route.request):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def tap(self, selector: str) -> None:
        # the page ignores a tap on an answer this soon after a new screen (a double tap)
        time.sleep(max(0.0, self.last_tap + TAP_GUARD - time.monotonic()))
        self.page.tap(selector)
        self.last_tap = time.monotonic()

    def text(self, selector: str = "main") -> str:
        # textContent: innerText leaves out steps not yet laid out (content-visibility)
        return str(self.page.text_content(selector))

    def question(self) -> str | None:
        """The id of the question on screen (from the page's own state), or None."""
        return self.page.evaluate(  # type: ignore[no-any-return]
            "() => DebtPage.state.screen === 'question' ? "
            "(DebtPage.state.changing || DebtEngine.walk(DEBTHELP_FIRST, DebtPage.state.answers)"
            ".missing) : null"
        )

    def answer(self, value: Any) -> None:
        """Tap (or type) one answer to the question on screen."""
        if isinstance(value, list):
            for item in value:
                self.tap(f'button[role=checkbox][data-value="{item}"]')
            self.tap("#next")
        elif self.page.query_selector("#num"):
            if value == "":
                self.tap("#skip")
            else:
                self.page.fill("#num", str(value))
                self.tap("#next")
        else:
            self.tap(f'.opts button[data-value="{value}"]')

    def walk(self, route: dict[str, Any], stop_at: str | None = None) -> None:
        """Answer until the review or the plan (or the question ``stop_at``):
        ``route``'s answers, else the first choice."""
        for _ in range(40):
            qid = self.question()
            if qid is None or qid == stop_at:
                return
            if qid in route:
                self.answer(route[qid])
            elif self.page.query_selector("#skip"):
                self.tap("#skip")
            elif self.page.query_selector("#num"):
                self.answer("1")
            elif self.page.query_selector("button[role=checkbox]"):
                self.tap("button[role=checkbox]")
                self.tap("#next")
            else:
                self.tap(".opts button")
        raise AssertionError("the questions never ended")

    def state(self) -> dict[str, Any]:
        return self.page.evaluate("() => DebtPage.state")  # type: ignore[no-any-return]

    def shot(self, name: str, capsys: pytest.CaptureFixture[str]) -> Path:
        SHOTS.mkdir(exist_ok=True)
        path = SHOTS / name
        self.page.screenshot(path=str(path), full_page=True)
        with capsys.disabled():
            print(f"\n  screenshot: {path}")
        return path

    def close(self) -> None:
        assert self.requests == [], f"the page made requests: {self.requests}"
        assert self.problems == [], self.problems
        self.context.close()


@pytest.fixture
def phone(browser: Any, page_file: Path) -> Iterator[Phone]:
    opened = Phone(browser, page_file.as_uri())
    yield opened
    opened.close()  # fails the test on any request or script error


def plan_on_screen(phone: Phone) -> dict[str, list[str]]:
    return phone.page.evaluate(  # type: ignore[no-any-return]
        """() => ({
          steps: Array.from(document.querySelectorAll('article.step')).map(a => a.id.slice(5)),
          later: Array.from(document.querySelectorAll('#later details')).map(d => d.dataset.tip),
          first: Array.from(document.querySelectorAll('#do-first li')).map(li => li.textContent),
        })"""
    )


# --------------------------------------------------------------------------- the tests


def test_the_opening_screen_has_the_numbers_to_tap(
    phone: Phone, capsys: pytest.CaptureFixture[str]
) -> None:
    links = phone.page.eval_on_selector_all("a.call-big", "as => as.map(a => a.href)")
    assert links == ["tel:110", "tel:120", "tel:12356"]
    assert phone.page.evaluate("document.documentElement.lang") == "zh-CN"
    assert "网贷催收自助指南" in phone.text("header")
    assert "内容审核日期" in phone.text("footer")
    # the safety question is on the first screen, below the numbers, with nothing to tap before
    assert phone.question() == "safety"
    assert not phone.page.query_selector("#back")
    options = phone.page.query_selector_all(".opts button")
    assert len(options) == 4 and options[-1].bounding_box()["y"] < PHONE["height"]
    phone.shot("opening-390-zh.png", capsys)


def test_the_self_harm_answer_shows_the_numbers_at_once(phone: Phone) -> None:
    assert not phone.page.query_selector("#help-now")
    phone.tap('.opts button[data-value="cannot-go-on"]')
    # the very next screen, before any other question is answered
    assert phone.question() == "safety-continue"
    help_now = phone.page.query_selector("#help-now")
    assert help_now is not None and help_now.is_visible()
    numbers = phone.page.eval_on_selector_all("#help-now a.tel", "as => as.map(a => a.href)")
    assert "tel:120" in numbers and "tel:12356" in numbers
    box = help_now.bounding_box()
    question = phone.page.query_selector("h1").bounding_box()
    assert box["y"] < question["y"]  # above the question, on the first screen
    assert box["y"] + box["height"] < PHONE["height"]
    # "see the help first" ends the questions: the plan, no review in between
    phone.tap('.opts button[data-value="stop"]')
    assert phone.state()["screen"] == "plan"
    assert "12356" in phone.text("#do-first")


def test_a_whole_route_by_taps_gives_the_python_plan(
    phone: Phone, guidance: Guidance, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    phone.walk(ROUTE)
    state = phone.state()
    assert state["screen"] == "review"
    answers = state["answers"]
    assert answers["amount-overdue"] == 60000  # "6万"
    assert answers["collectors"] == ["calls", "threats", "third-parties"]  # option order
    phone.tap("#show-plan")
    shown = plan_on_screen(phone)
    plan = advise(guidance, answers, today=dt.date.today())
    assert shown["steps"] == [s.id for s in plan.steps]
    assert shown["later"] == [s.id for s in plan.later]
    firsts = [s.tip.first("zh") for s in plan.do_first if s.tip.first]
    assert len(shown["first"]) == len(plan.due) + len(firsts)
    tail = shown["first"][len(plan.due) :]
    assert ["".join(x.split()) for x in tail] == ["".join(x.split()) for x in firsts]
    # and what `debthelp advise --format json` says for the same answers
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["advise", "--answers", str(answers_file), "--format", "json", "--lang", "zh"]
    )
    assert result.exit_code == 0, result.stderr
    cli = json.loads(result.stdout)
    assert shown["steps"] == [step["id"] for sec in cli["sections"] for step in sec["steps"]]
    assert shown["later"] == [item["id"] for item in cli["later"]]
    assert ["".join(x.split()) for x in shown["first"]] == [
        "".join(x["text"].split()) for x in cli["do_first"]
    ]
    # every phone number in the plan is a tel: link, and no web address is a link
    hrefs = phone.page.eval_on_selector_all("main a", "as => as.map(a => a.href)")
    assert hrefs and all(h.startswith("tel:") for h in hrefs)
    # a Later title opens to its text
    phone.tap("#later summary")
    phone.page.wait_for_selector("#later details[open] > :nth-child(2)", state="visible")
    text = phone.text()
    for heading in ("先做这几件事", "以后再看", "来源"):
        assert heading in text
    assert load_guidance(None).disclaimer("zh").strip()[:20] in text
    phone.shot("plan-390-zh.png", capsys)


def test_changing_an_answer_in_the_review_asks_again_what_hung_on_it(
    phone: Phone, tmp_path: Path
) -> None:
    phone.walk({**ROUTE, "papers": "none"})
    assert phone.state()["screen"] == "review"
    phone.tap('button.change[data-question="papers"]')
    assert phone.question() == "papers"
    phone.tap('.opts button[data-value="summons"]')
    assert phone.question() == "received-days"  # asked because of the new answer
    phone.answer("3")
    assert phone.state()["screen"] == "review"
    phone.tap("#show-plan")
    assert "答辩" in phone.text("#do-first")  # the court deadline comes first
    # its date and days left read as `debthelp advise` writes them
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(phone.state()["answers"]), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["advise", "--answers", str(answers_file), "--format", "json", "--lang", "zh"]
    )
    cli = json.loads(result.stdout)
    assert cli["deadlines"] and cli["do_first"][0]["id"] == cli["deadlines"][0]["id"]
    first = phone.page.text_content("#do-first li")
    assert "".join((first or "").split()) == "".join(cli["do_first"][0]["text"].split())


def test_back_keeps_what_was_typed(phone: Phone) -> None:
    phone.walk(ROUTE, stop_at="months-overdue")
    phone.tap("#back")
    assert phone.question() == "lenders-count"
    assert phone.page.input_value("#num") == "3"
    phone.tap("#back")
    assert phone.question() == "collectors"
    checked = phone.page.eval_on_selector_all(
        "button[aria-checked=true]", "bs => bs.map(b => b.dataset.value)"
    )
    assert checked == ROUTE["collectors"]
    phone.tap("#next")
    phone.page.fill("#num", "4")
    phone.tap("#next")
    phone.tap("#back")
    assert phone.page.input_value("#num") == "4"


def test_the_language_switch_keeps_the_answers(phone: Phone) -> None:
    phone.walk(ROUTE)
    before = phone.state()["answers"]
    phone.tap("#lang-en")
    assert phone.page.evaluate("document.documentElement.lang") == "en"
    assert "Check your answers" in phone.text()
    assert phone.state()["answers"] == before
    phone.tap("#show-plan")
    assert "Do these first" in phone.text()
    phone.tap("#lang-zh")
    assert "先做这几件事" in phone.text()
    assert phone.state()["answers"] == before


def test_copy_buttons_copy_the_words_to_say(browser: Any, page_file: Path) -> None:
    phone = Phone(browser, page_file.as_uri())
    phone.context.grant_permissions(["clipboard-read", "clipboard-write"])
    try:
        phone.walk(ROUTE)
        phone.tap("#show-plan")
        buttons = phone.page.query_selector_all("button.copy")
        assert buttons
        for button in buttons[:3]:
            say_id = button.get_attribute("data-say")
            quoted = phone.page.text_content(f'blockquote[data-say="{say_id}"]')
            button.tap()
            status = button.evaluate_handle("b => b.nextElementSibling")
            phone.page.wait_for_function("s => s.textContent.length > 0", arg=status)
            assert "已复制" in (status.text_content() or "")
            copied = phone.page.evaluate("navigator.clipboard.readText()")
            assert f"“{copied}”" == quoted
        # a browser without the clipboard API (older WebViews): the selection is copied
        phone.page.evaluate("() => Object.defineProperty(navigator, 'clipboard', {value: null})")
        last = buttons[-1]
        last.scroll_into_view_if_needed()
        last.tap()
        status = last.evaluate_handle("b => b.nextElementSibling")
        phone.page.wait_for_function("s => s.textContent.length > 0", arg=status)
        assert "已复制" in (status.text_content() or "")
        assert phone.page.evaluate("document.querySelectorAll('textarea').length") == 0
    finally:
        phone.close()


def test_answers_are_kept_only_when_asked_and_forgotten_on_request(
    browser: Any, page_file: Path
) -> None:
    phone = Phone(browser, page_file.as_uri())
    try:
        phone.walk(ROUTE)
        phone.tap("#show-plan")
        stored = "() => localStorage.getItem('debthelp-page-answers')"
        assert phone.page.evaluate(stored) is None
        phone.reload()
        assert "上次" not in phone.text()  # nothing was kept
        phone.walk(ROUTE)
        phone.tap("#show-plan")
        plan = plan_on_screen(phone)
        phone.tap("#keep")
        assert phone.page.evaluate(stored) is not None
        assert "已保存" in phone.text(".keep")
        phone.reload()  # "the next evening"
        assert "上次" in phone.text()
        phone.tap("#resume-plan")
        assert plan_on_screen(phone) == plan
        phone.tap("#keep")  # untick: forget
        assert phone.page.evaluate(stored) is None
        phone.reload()
        assert "上次" not in phone.text()
    finally:
        phone.close()


LAYOUT_CHECK = Path(__file__).with_name("page_layout_check.js").read_text(encoding="utf-8")


def _layout_problems(phone: Phone, width: int) -> list[str]:
    return phone.page.evaluate(LAYOUT_CHECK, width)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("width", "lang"), [(320, "zh"), (320, "en"), (390, "en")])
def test_readable_and_tappable_at_narrow_widths(
    browser: Any, page_file: Path, width: int, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """No sideways scrolling, text of 16 px or more, contrast AA, targets of 44 px or more,
    on each screen: the opening screen, a question, the review, the plan."""
    phone = Phone(browser, page_file.as_uri(), width=width)
    try:
        phone.tap(f"#lang-{lang}")
        problems = {"opening": _layout_problems(phone, width)}
        phone.shot(f"opening-{width}-{lang}.png", capsys)
        phone.walk({"safety": "cannot-go-on", "safety-continue": "continue"})
        problems["review"] = _layout_problems(phone, width)
        phone.tap('button.change[data-question="collectors"]')
        problems["question"] = _layout_problems(phone, width)
        phone.tap("#back")
        phone.tap("#show-plan")
        problems["plan"] = _layout_problems(phone, width)
        phone.shot(f"plan-{width}-{lang}.png", capsys)
        assert {k: v for k, v in problems.items() if v} == {}
    finally:
        phone.close()


def test_large_system_font_still_fits(browser: Any, page_file: Path) -> None:
    """The system's large font (the root size doubled) at 320 px: nothing runs off the side."""
    phone = Phone(browser, page_file.as_uri(), width=320)
    try:
        phone.page.evaluate("document.documentElement.style.fontSize = '200%'")
        assert _wider(phone, 320) is False
        phone.walk(ROUTE)
        phone.tap("#show-plan")
        assert _wider(phone, 320) is False
    finally:
        phone.close()


def _wider(phone: Phone, width: int) -> bool:
    return bool(phone.page.evaluate(f"document.documentElement.scrollWidth > {width}"))


def test_the_layout_check_can_fail(browser: Any, page_file: Path) -> None:
    """Pale, small text and a small button are each reported (so a pass means something)."""
    phone = Phone(browser, page_file.as_uri(), width=320)
    try:
        phone.page.evaluate(
            """() => {
              const p = document.querySelector('main p');
              p.style.color = '#bbb';
              p.style.fontSize = '12px';
              document.querySelector('.opts button').style.height = '30px';
              document.querySelector('.opts button').style.minHeight = '0';
            }"""
        )
        problems = " | ".join(_layout_problems(phone, 320))
        assert "contrast" in problems and "small text" in problems and "small target" in problems
    finally:
        phone.close()


def test_kept_answers_the_questions_no_longer_take_are_asked_again(
    browser: Any, page_file: Path
) -> None:
    """A page built from newer guidance, opened where an older one kept answers."""
    phone = Phone(browser, page_file.as_uri())
    try:
        phone.page.evaluate(
            """() => localStorage.setItem('debthelp-page-answers', JSON.stringify({v: 1,
                 lang: 'en', answers: {safety: 'safe', collectors: ['calls', 'gone-option'],
                 'lenders-count': 9999, 'no-such-question': 'x'}}))"""
        )
        phone.reload()
        assert phone.page.evaluate("document.documentElement.lang") == "en"
        phone.tap("#resume-plan")
        assert phone.state()["answers"] == {"safety": "safe"}
        assert phone.question() == "collectors"
    finally:
        phone.close()


def test_printing_gives_the_plan_without_the_buttons(browser: Any, page_file: Path) -> None:
    phone = Phone(browser, page_file.as_uri())
    try:
        phone.walk(ROUTE)
        phone.tap("#show-plan")
        phone.page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        phone.page.emulate_media(media="print")
        for selector in ("header", "button.copy", ".keep", "#print", "#edit"):
            assert phone.page.is_hidden(selector), selector
        assert phone.page.evaluate(
            """() => Array.from(document.querySelectorAll('#later details')).every(
                 d => d.open && d.children.length > 1)"""
        )
        assert phone.page.is_visible("#do-first")
        pdf = phone.page.pdf()
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    finally:
        phone.close()


def test_answering_afresh_after_keeping_keeps_the_new_answers(
    browser: Any, page_file: Path
) -> None:
    phone = Phone(browser, page_file.as_uri())
    stored = "() => JSON.parse(localStorage.getItem('debthelp-page-answers')).answers"
    try:
        phone.walk(ROUTE)
        phone.tap("#show-plan")
        phone.tap("#keep")
        phone.reload()
        assert phone.page.is_visible("#resume")
        assert phone.page.evaluate("window.scrollY") == 0  # the numbers to call are in view
        phone.answer("danger")
        assert phone.page.evaluate(stored) == {"safety": "danger"}
        phone.tap("#back")
        assert not phone.page.query_selector("#resume")  # the old answers are gone
    finally:
        phone.close()


def test_a_double_tap_answers_one_question_not_two(phone: Phone) -> None:
    """The second tap lands on the next screen's first answer ("see the help first"):
    it must not answer that question."""
    # both taps at once, as a double tap gives them (from here, on a loaded machine, two
    # taps could come further apart than a double tap does)
    time.sleep(max(0.0, phone.last_tap + TAP_GUARD - time.monotonic()))
    phone.page.evaluate(
        """() => {
          document.querySelector('.opts button[data-value="both"]').click();
          document.querySelector('.opts button[data-value="stop"]').click();
        }"""
    )
    assert phone.question() == "safety-continue"
    time.sleep(TAP_GUARD)
    phone.page.tap('.opts button[data-value="stop"]')
    assert phone.state()["screen"] == "plan"


def test_without_javascript_the_numbers_to_call_are_still_there(
    browser: Any, page_file: Path
) -> None:
    """Some in-app browsers run no script: the page still says whom to call, in both languages."""
    phone = Phone(browser, page_file.as_uri(), java_script_enabled=False)
    try:
        links = phone.page.eval_on_selector_all("main a.tel", "as => as.map(a => a.href)")
        assert links == ["tel:110", "tel:120", "tel:12356"] * 2
        text = phone.text()
        assert "JavaScript" in text and "浏览器中打开" in text and "Open in browser" in text
    finally:
        phone.close()


def test_start_again_marks_the_earlier_answers(phone: Phone) -> None:
    phone.walk(ROUTE)
    phone.tap("#show-plan")
    phone.tap("#restart")
    assert phone.question() == "safety" and phone.state()["answers"] == {}
    pressed = phone.page.eval_on_selector_all(
        '.opts button[aria-pressed="true"]', "bs => bs.map(b => b.dataset.value)"
    )
    assert pressed == ["safe"]
    phone.answer("safe")
    checked = phone.page.eval_on_selector_all(
        "button[aria-checked=true]", "bs => bs.map(b => b.dataset.value)"
    )
    assert checked == ROUTE["collectors"]


@pytest.mark.parametrize(("lender", "shown"), [("platform", False), ("credit-card", True)])
def test_the_card_rule_is_shown_to_card_holders_only(
    browser: Any, page_file: Path, lender: str, shown: bool
) -> None:
    """As the terminal's plan (model.for_answers, only_if): the third-party step's
    credit-card line is for card holders, in the step and in Later's bodies."""
    phone = Phone(browser, page_file.as_uri())
    try:
        phone.walk({**ROUTE, "lender": lender})
        phone.tap("#show-plan")
        phone.page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # fills Later
        text = phone.text()
        assert "step-rules-third-parties" in phone.page.evaluate(
            "() => Array.from(document.querySelectorAll('[id^=step-]')).map(e => e.id)"
        )
        assert ("信用卡：按监管规定" in text) is shown
        assert "按照法律规定" in text or "侵犯隐私" in text  # the rest of the step is there
    finally:
        phone.close()
