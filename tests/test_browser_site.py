"""The built site in a real browser (headless Chromium), served under a sub-path like GitHub Pages.

Every page loads with no console errors or failed requests, every internal link and #anchor
resolves, axe-core finds no serious accessibility violations, the site also works from disk
(file://), and a screenshot of a story page is saved to test-artifacts/ for people to look at.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag, urlparse

import pytest

from browser import ARTIFACTS, chromium_browser, require_chromium
from conftest import FIXTURES, SEEDS
from generator.build import build
from generator.config import load_config

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SUB_PATH = "/newsdigest/"
SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the seeds plus the fixture articles, as a user would with `digest build`."""
    require_chromium()
    root = tmp_path_factory.mktemp("browser")
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds)
    articles = FIXTURES / "articles"
    if articles.is_dir():
        shutil.copytree(articles, seeds / "fixtures")
    out = root / "www" / SUB_PATH.strip("/")
    build(load_config(None, seeds=seeds, out=out, site_url="https://example.github.io/newsdigest/"))
    return out


@pytest.fixture(scope="module")
def server(built_site: Path) -> Iterator[str]:
    """Serve the folder above the site, so the site lives under /newsdigest/ as on GitHub Pages."""
    handler = functools.partial(QuietHandler, directory=str(built_site.parent))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{SUB_PATH}"
    finally:
        httpd.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as browser:
        yield browser


def html_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def visit(browser, url: str) -> dict:
    """Open `url`; return its status, errors, ids and the absolute targets of its links."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(f"console {msg.type}: {msg.text} ({msg.location.get('url')})") if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    page.on("requestfailed", lambda req: errors.append(f"request failed: {req.url}"))
    page.on("response", lambda r: errors.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    response = page.goto(url)
    ids = page.eval_on_selector_all("[id], a[name]", "els => els.map(e => e.id || e.getAttribute('name'))")
    links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    page.close()
    return {"status": response.status if response else None, "errors": errors, "ids": set(ids), "links": links}


def test_every_page_loads_cleanly_and_every_internal_link_and_anchor_resolves(browser, server, built_site):
    pages = {rel: visit(browser, server + rel) for rel in html_pages(built_site)}
    assert len(pages) >= 4, f"expected a real site, got {sorted(pages)}"
    problems: list[str] = []
    for rel, info in pages.items():
        if info["status"] != 200:
            problems.append(f"{rel}: HTTP {info['status']}")
        problems += [f"{rel}: {e}" for e in info["errors"]]
        for link in info["links"]:
            target, fragment = urldefrag(link)
            parsed = urlparse(target)
            if parsed.scheme not in {"http", "https"} or parsed.netloc != urlparse(server).netloc:
                continue
            if not parsed.path.startswith(SUB_PATH):
                problems.append(f"{rel}: link {link} escapes the sub-path {SUB_PATH}")
                continue
            target_rel = parsed.path[len(SUB_PATH):] or "index.html"
            if target_rel.endswith("/"):
                target_rel += "index.html"
            if not (built_site / target_rel).is_file():
                problems.append(f"{rel}: link to missing {target_rel}")
            elif fragment and target_rel in pages and fragment not in pages[target_rel]["ids"]:
                problems.append(f"{rel}: link to missing anchor {target_rel}#{fragment}")
    assert not problems, "\n".join(problems[:40])


def representative_pages(site: Path) -> list[str]:
    """One page of each kind: front page, a story, an article, a source, the quote index."""
    chosen = ["index.html"]
    for folder in ("stories", "articles", "sources"):
        found = sorted(p for p in html_pages(site) if p.startswith(folder + "/") and not p.endswith("index.html"))
        chosen += found[:1]
    chosen += [p for p in ("quotes.html", "404.html") if (site / p).is_file()]
    return chosen


def test_axe_finds_no_serious_accessibility_violations(browser, server, built_site):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = []
    for rel in representative_pages(built_site):
        page = browser.new_page()
        page.goto(server + rel)
        for violation in axe.run(page).response["violations"]:
            if violation["impact"] in SERIOUS:
                targets = [n["target"] for n in violation["nodes"]][:3]
                problems.append(f"{rel}: {violation['id']} ({violation['impact']}): {violation['help']} {targets}")
        page.close()
    assert not problems, "\n".join(problems)


def test_site_works_from_disk_and_a_story_page_screenshot_is_saved(browser, built_site):
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    errors: list[str] = []
    page.on("requestfailed", lambda req: errors.append(req.url))
    page.goto((built_site / "index.html").as_uri())
    story_links = page.locator("a[href^='stories/']")
    target = story_links.first if story_links.count() else page.locator("main a[href$='.html']").first
    target.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and page.url != (built_site / "index.html").as_uri()
    assert page.locator("h1").count() >= 1
    assert not errors, errors
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "story-page.png"
    page.screenshot(path=str(shot), full_page=True)
    page.close()
    assert shot.stat().st_size > 5_000
