"""The HTML email in headless Chromium: fits 600px, reflows on a phone, stays readable in dark mode.

Screenshots go to test-artifacts/ (git-ignored) for a human to look at.
"""

from __future__ import annotations

import pytest

from generator.config import Config
from generator.email import render_email
from browser import ARTIFACTS, chromium_browser
from tests.email_support import sample_digest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as launched:
        yield launched


@pytest.fixture(scope="module")
def html() -> str:
    return render_email(sample_digest(), Config(site_url="https://news.example.org/")).html


def open_email(browser, html: str, width: int, scheme: str):
    """Load the email as a mail client would: no scripts, and nothing fetched from the network."""
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme,
                                  java_script_enabled=False)
    requests: list[str] = []
    context.route("**/*", lambda route: (requests.append(route.request.url), route.abort()))
    page = context.new_page()
    page.set_content(html, wait_until="load")
    return context, page, requests


def colours(page, selector: str) -> tuple[str, str]:
    return page.eval_on_selector(
        selector, "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]")


def test_desktop_light_is_600px_wide_and_hides_the_preheader(browser, html):
    context, page, requests = open_email(browser, html, 1024, "light")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "email-light-desktop.png"), full_page=True)
    assert page.eval_on_selector("table.container", "e => e.getBoundingClientRect().width") == 600
    assert page.eval_on_selector(".preheader", "e => e.getBoundingClientRect().height") == 0
    assert page.get_by_text("Harbour bridge reopens after storm").first.is_visible()
    assert colours(page, "table.container")[0] == "rgb(255, 255, 255)"
    assert requests == []
    context.close()


def test_dark_mode_turns_the_card_dark_and_the_text_light(browser, html):
    context, page, _ = open_email(browser, html, 1024, "dark")
    page.screenshot(path=str(ARTIFACTS / "email-dark-desktop.png"), full_page=True)
    background, _ = colours(page, "table.container")
    _, text = colours(page, "td.story")
    assert background == "rgb(30, 30, 30)" and text == "rgb(236, 236, 236)"
    context.close()


def test_phone_width_reflows_without_sideways_scrolling(browser, html):
    context, page, _ = open_email(browser, html, 375, "light")
    page.screenshot(path=str(ARTIFACTS / "email-light-phone.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()
