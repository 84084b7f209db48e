"""Issue 26's "Done when", as one story, on as much of a phone as this machine has.

A volunteer runs `debthelp page -o 网贷催收自助指南.html`; the person opens the
file on a phone with the network off (Chromium emulating one: 390 x 844 at 3
device pixels per CSS pixel, touch, a phone's browser name, China's time zone,
the context offline), answers by tapping, sees the plan `debthelp advise` gives
for those answers, finds 12356 a tap to call, copies the words to say, and finds
the answers there the next evening only if they chose to keep them; "forget"
empties them. Then the same file at 320 px wide with the browser's font at
twice the size: nothing runs off the side of the screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.page.test_page_browser import SHOTS, Phone, browser, plan_on_screen

__all__ = ["browser"]  # the fixture, shared

pytestmark = pytest.mark.slow

NAME = "网贷催收自助指南.html"
# A mid-range Android phone's Chrome, as it names itself.
ANDROID = (
    "Mozilla/5.0 (Linux; Android 12; 22081212C) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36"
)
PHONE = {
    "device_scale_factor": 3,
    "user_agent": ANDROID,
    "locale": "zh-CN",
    "timezone_id": "Asia/Shanghai",
    "offline": True,
}
CHINA = {"TZ": "Asia/Shanghai", "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"}
# Someone pressed by collectors, tapping through: the answers to tap.
ROUTE: dict[str, Any] = {
    "safety": "safe",
    "collectors": ["calls", "third-parties"],
    "lenders-count": "2",
    "months-overdue": "4",
    "amount-overdue": "3万",
    "papers": "none",
}
STORED = "() => localStorage.getItem('debthelp-page-answers')"


def debthelp(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command, as the volunteer runs it (in China's time zone)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEBTHELP_")}
    return subprocess.run(
        [sys.executable, "-m", "debthelp", *args],
        cwd=cwd,
        env={**env, **CHINA},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The file the volunteer made and sent."""
    folder = tmp_path_factory.mktemp("sent")
    made = debthelp("page", "-o", NAME, cwd=folder)
    assert made.returncode == 0, made.stderr
    return folder / NAME


@pytest.fixture
def phone(browser: Any, sent: Path) -> Iterator[Phone]:
    opened = Phone(browser, sent.as_uri(), **PHONE)
    opened.context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield opened
    opened.close()  # fails the test on any request or script error


def test_the_person_gets_the_plan_advise_gives_offline_and_keeps_it_only_if_asked(
    phone: Phone, sent: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = phone.page
    assert page.evaluate("navigator.onLine") is False  # the network is off
    assert page.evaluate("navigator.maxTouchPoints") > 0
    assert page.evaluate("devicePixelRatio") == 3
    assert page.evaluate("document.documentElement.lang") == "zh-CN"
    assert page.evaluate("decodeURIComponent(location.pathname)").endswith("/" + NAME)
    # 12356 is there to tap before anything is asked: a plain tel: link, which a phone
    # hands to its dialler (this machine has none, so it is not tapped here)
    assert page.get_attribute('a.call-big[href^="tel:12356"]', "href") == "tel:12356"
    phone.shot("phone-opening.png", capsys)

    # answers by tapping, to the plan
    phone.walk(ROUTE)
    assert phone.state()["screen"] == "review"
    phone.tap("#show-plan")
    answers = phone.state()["answers"]
    assert answers["amount-overdue"] == 30000  # "3万"
    shown = plan_on_screen(phone)
    phone.shot("phone-plan.png", capsys)

    # the same plan as `debthelp advise` for those answers
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    advised = debthelp("advise", "--answers", str(answers_file), "--format", "json", cwd=tmp_path)
    assert advised.returncode == 0, advised.stderr
    cli = json.loads(advised.stdout)
    assert shown["steps"] == [step["id"] for sec in cli["sections"] for step in sec["steps"]]
    assert shown["later"] == [item["id"] for item in cli["later"]]
    engine = page.evaluate(
        "() => DebtEngine.advise(DebtPage.data(), DebtPage.state.answers).do_first.map(s => s.id)"
    )
    assert engine == [x["id"] for x in cli["do_first"] if x["id"] not in cli_deadlines(cli)]
    assert [squash(x) for x in shown["first"]] == [squash(x["text"]) for x in cli["do_first"]]

    # every number in the plan is a tap to call
    hrefs = page.eval_on_selector_all("main a", "as => as.map(a => a.href)")
    assert hrefs and all(h.startswith("tel:") for h in hrefs)

    # the words to say, copied to put into a message
    say = page.query_selector("button.copy")
    assert say is not None
    say_id = say.get_attribute("data-say")
    say.scroll_into_view_if_needed()
    say.tap()
    page.wait_for_function("b => b.nextElementSibling.textContent.length > 0", arg=say)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied and f"“{copied}”" == page.text_content(f'blockquote[data-say="{say_id}"]')

    # not kept: the next evening, nothing is there
    assert page.evaluate(STORED) is None
    phone.reopen()
    assert not phone.page.query_selector("#resume")
    assert phone.state()["answers"] == {} and phone.page.evaluate(STORED) is None

    # kept: the next evening, the same answers and the same plan
    phone.walk(ROUTE)
    phone.tap("#show-plan")
    phone.page.tap("#keep")
    assert json.loads(phone.page.evaluate(STORED))["answers"] == answers
    phone.reopen()
    assert phone.page.is_visible("#resume")
    phone.shot("phone-next-evening.png", capsys)
    phone.tap("#resume-plan")
    assert phone.state()["answers"] == answers
    assert plan_on_screen(phone) == shown

    # "forget": nothing is kept any more, and the next evening nothing is there
    phone.reopen()
    phone.tap("#resume-forget")
    assert phone.page.evaluate(STORED) is None
    assert phone.state()["answers"] == {}
    phone.reopen()
    assert not phone.page.query_selector("#resume")
    assert phone.page.evaluate(STORED) is None


def cli_deadlines(cli: dict[str, Any]) -> set[str]:
    return {d["id"] for d in cli.get("deadlines", [])}


def squash(text: str) -> str:
    return "".join(text.split())


# Every element in view runs off neither side, and none clips its own text.
CUT_OFF = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > width) out.push('page wider than the screen');
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
    const name = el.tagName + (el.id ? '#' + el.id : '') + ' ' + el.textContent.slice(0, 24);
    if (r.left < -0.5 || r.right > width + 0.5) out.push('off the side: ' + name);
    const clips = getComputedStyle(el).overflowX !== 'visible';
    if (clips && el.scrollWidth > el.clientWidth + 1) out.push('cut off: ' + name);
  }
  return out;
}"""
LARGE = 32  # px: the browser's default font twice its usual 16


def cut_off(phone: Phone) -> list[str]:
    size = phone.page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert size == LARGE  # the setting holds on this screen
    return phone.page.evaluate(CUT_OFF)  # type: ignore[no-any-return]


def screen_shot(phone: Phone, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """What is in view (the top of the screen): a whole-page picture redraws at its size."""
    SHOTS.mkdir(exist_ok=True)
    phone.page.evaluate("window.scrollTo(0, 0)")
    phone.page.screenshot(path=str(SHOTS / name))
    with capsys.disabled():
        print(f"\n  screenshot: {SHOTS / name}")


def test_at_320_px_with_the_font_twice_as_large_nothing_is_cut_off(
    browser: Any, sent: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The browser's own font size setting (as a phone's large system font), not the
    page's CSS: every screen, the plan's steps laid out too."""
    phone = Phone(browser, sent.as_uri(), width=320, **PHONE)
    try:
        cdp = phone.context.new_cdp_session(phone.page)
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": LARGE, "fixed": 26}})
        problems = {"opening": cut_off(phone)}
        screen_shot(phone, "phone-320-large-opening.png", capsys)
        phone.walk({**ROUTE, "papers": "summons"}, stop_at="received-days")
        problems["question"] = cut_off(phone)
        phone.walk({**ROUTE, "papers": "summons", "received-days": "3"})
        problems["review"] = cut_off(phone)
        phone.tap("#show-plan")
        phone.page.evaluate(
            "() => document.querySelectorAll('.step').forEach(s => "
            "s.style.contentVisibility = 'visible')"
        )
        problems["plan"] = cut_off(phone)
        screen_shot(phone, "phone-320-large-plan.png", capsys)
        assert {k: v for k, v in problems.items() if v} == {}
        # and the check sees what it looks for: a box too wide, a line clipped
        phone.page.evaluate(
            """() => {
              const wide = document.createElement('div');
              wide.style.width = '400px';
              wide.textContent = 'wide';
              const clipped = document.createElement('p');
              clipped.style.cssText = 'overflow: hidden; white-space: nowrap; width: 100px';
              clipped.textContent = '这一行字很长很长很长很长很长很长很长很长';
              document.querySelector('main').append(wide, clipped);
            }"""
        )
        found = " | ".join(cut_off(phone))
        assert "wider than the screen" in found and "off the side: DIV" in found
        assert "cut off: P" in found
    finally:
        phone.close()
