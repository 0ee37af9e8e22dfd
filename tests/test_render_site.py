"""render_site on a hand-built Digest: every page exists, links resolve, pages are safe and stable."""

from __future__ import annotations

import dataclasses
import re

import pytest
from bs4 import BeautifulSoup

from generator.config import Config
from generator.errors import DigestError
from generator.models import Article, Digest, Story
from generator.render import render_site
from generator.render.site import render_digest_json
from render_digest import BUDGET_SZ, FLOOD, FLOOD_AFP, FLOOD_TMT, small_digest
from safety import site_problems
from sitecheck import broken_links

SITE_URL = "https://example.github.io/newsdigest/"


@pytest.fixture(scope="module")
def site() -> dict[str, bytes]:
    return render_site(small_digest(), Config(site_url=SITE_URL))


def soup(files: dict[str, bytes], path: str) -> BeautifulSoup:
    return BeautifulSoup(files[path], "html.parser")


def test_every_kind_of_page_is_rendered(site):
    expected = {
        "index.html", "404.html", "quotes.html", "sources/index.html", "feed.xml", "sitemap.xml",
        "robots.txt", "digest.json", "static/style.css", "static/favicon.svg",
        f"stories/{FLOOD.id}.html", "stories/budget-talks-s2.html",
        *(f"articles/{a.id}.html" for a in (BUDGET_SZ, FLOOD_AFP, FLOOD_TMT)),
        "sources/the-moscow-times.html", "sources/agence-france-presse.html", "sources/unknown-source.html",
    }
    assert set(site) == expected


def test_every_internal_link_and_anchor_resolves(site):
    assert broken_links(site, SITE_URL) == []


def test_link_checker_notices_a_missing_anchor_and_a_missing_file(site):
    broken = dict(site)
    broken["index.html"] = site["index.html"].replace(b"stories/budget-talks-s2.html", b"stories/nope.html")
    broken["quotes.html"] = site["quotes.html"].replace(b'href="#speaker-anna-keller"', b'href="#speaker-nobody"')
    problems = broken_links(broken, SITE_URL)
    assert any("no such file stories/nope.html" in p for p in problems)
    assert any("no id 'speaker-nobody'" in p for p in problems)


def test_pages_pass_the_shared_safety_checks(site):
    assert site_problems(site) == []


def test_every_page_has_the_restrictive_csp_lang_skip_link_and_landmarks(site):
    for path in (p for p in site if p.endswith(".html")):
        page = soup(site, path)
        csp = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert csp is not None, path
        for directive in ("default-src 'none'", "style-src 'self'", "base-uri 'none'", "form-action 'none'"):
            assert directive in csp["content"], (path, directive)
        assert page.html["lang"] == "en"
        assert page.find("a", class_="skip-link")["href"] == "#main"
        assert page.find("main", id="main") and page.find("header") and page.find("nav")
        assert len(page.find_all("h1")) == 1, path


def test_headings_never_skip_a_level(site):
    for path in (p for p in site if p.endswith(".html")):
        levels = [int(h.name[1]) for h in soup(site, path).find_all(re.compile(r"^h[1-6]$"))]
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), (path, levels)


def test_front_page_lists_stories_newest_first_with_source_count_and_top_quote(site):
    cards = soup(site, "index.html").select("li.story-card")
    titles = [c.h2.get_text(strip=True) for c in cards]
    assert titles == ["Volga floods near Kazan", "Coalition agrees budget"]
    assert "2 sources" in cards[0].get_text() and "1 source:" in cards[1].get_text()
    assert "We have never seen water this high" in cards[0].blockquote.get_text()


def test_fact_markers_link_to_the_exact_sentence_on_the_article_page(site):
    story = soup(site, f"stories/{FLOOD.id}.html")
    marker = story.select_one("ul.single a.marker")
    assert marker["href"] == f"../articles/{FLOOD_TMT.id}.html#p0-s1"
    article = soup(site, f"articles/{FLOOD_TMT.id}.html")
    assert article.find(id="p0-s1").get_text() == "The Volga rose two metres overnight."
    assert "only in The Moscow Times" in story.select_one("ul.single").get_text()


def test_story_page_shows_conflict_timeline_and_coverage_table(site):
    story = soup(site, f"stories/{FLOOD.id}.html")
    conflict = story.select_one(".conflict").get_text(" ", strip=True)
    assert "1,200" in conflict and "900" in conflict
    assert [t["datetime"] for t in story.select(".timeline time")] == ["2024-04-09", "2024-04-11"]
    table = story.select_one("table.coverage")
    assert [th.get_text() for th in table.thead.find_all("th")] == ["Fact", "Agence France-Presse", "The Moscow Times"]
    assert all(th["scope"] == "row" for th in table.tbody.find_all("th"))
    afp, tmt = (td.get_text() for td in table.tbody.find_all("tr")[1].find_all("td"))
    assert "not carried" in afp and "not carried" not in tmt


def test_article_page_has_metadata_key_points_entities_quotes_dates_and_sentence_anchors(site):
    page = soup(site, f"articles/{FLOOD_TMT.id}.html")
    text = page.get_text(" ", strip=True)
    assert "Irina Petrova" in text and "9 Apr 2024" in text
    entities = page.find("section", attrs={"aria-labelledby": "entities"}).get_text(" ")
    assert "Ilsur Metshin" in entities and "also Metshin" in entities
    assert page.select_one("#dates + ul a")["href"] == f"../articles/{FLOOD_TMT.id}.html#p0"
    assert "11 Apr 2024" in page.select_one("ul.dates").get_text()
    spans = page.select("div.body p span[id]")
    assert [s["id"] for s in spans] == ["p0-s0", "p0-s1", "p1-s0", "p1-s1", "p2-s0"]
    original = page.find("a", href=FLOOD_TMT.url)
    assert set(original["rel"]) >= {"nofollow", "noopener"}


def test_a_javascript_url_never_becomes_a_link(site):
    page = site[f"articles/{FLOOD_AFP.id}.html"].decode()
    assert "javascript:" not in page
    assert "no link" in page


def test_quote_index_groups_by_speaker_alphabetically_with_anchors(site):
    page = soup(site, "quotes.html")
    sections = page.select("main section[id]")
    assert [s["id"] for s in sections] == ["speaker-anna-keller", "speaker-ilsur-metshin"]
    links = [a["href"] for a in sections[1].select("figcaption a")]
    assert f"stories/{FLOOD.id}.html" in links and f"articles/{FLOOD_AFP.id}.html" in links


def test_source_page_lists_articles_bylines_and_what_it_alone_reported(site):
    page = soup(site, "sources/the-moscow-times.html")
    assert "Irina Petrova" in page.select_one("#bylines + ul").get_text()
    assert "The Volga rose two metres overnight." in page.select_one("#alone + ul").get_text()
    assert page.select_one("#articles + ul a")["href"] == f"../articles/{FLOOD_TMT.id}.html"


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'single\''


def hostile_digest() -> Digest:
    article = dataclasses.replace(
        FLOOD_TMT,
        id="../../etc/passwd",
        title=HOSTILE,
        source="../../Evil <b>Outlet</b>",
        author=HOSTILE,
        url="  JaVaScRiPt:alert(1)",
        paragraphs=(HOSTILE + " Second sentence.",),
    )
    story = Story(id="../../etc/shadow", title=HOSTILE, lede=HOSTILE, articles=(article.id,), published="2024-01-01")
    return Digest(articles=(article,), stories=(story,))


def test_hostile_titles_are_escaped_and_ids_never_become_paths():
    files = render_site(hostile_digest(), Config(site_url=SITE_URL))
    assert all(".." not in path.split("/") and not path.startswith("/") for path in files)
    assert site_problems(files) == []
    assert broken_links(files, SITE_URL) == []
    for path, data in files.items():
        if path.endswith((".html", ".xml")):
            assert b"<script>" not in data and b"<img" not in data, path
    index = soup(files, "index.html")
    assert index.select_one("li.story-card h2").get_text() == HOSTILE


def test_same_input_gives_byte_identical_output(site):
    digest = small_digest()
    shuffled = Digest(articles=tuple(reversed(digest.articles)), stories=tuple(reversed(digest.stories)), quotes=digest.quotes)
    again = render_site(shuffled, Config(site_url=SITE_URL))
    assert {k: v for k, v in again.items() if k != "digest.json"} == {k: v for k, v in site.items() if k != "digest.json"}
    assert render_site(small_digest(), Config(site_url=SITE_URL)) == site


def test_digest_json_is_the_digest_as_sorted_json(site):
    assert site["digest.json"] == render_digest_json(small_digest())
    assert b'"articles"' in site["digest.json"]


def test_two_articles_with_one_id_are_refused_rather_than_overwritten():
    twin = dataclasses.replace(FLOOD_AFP, id=FLOOD_TMT.id)
    with pytest.raises(DigestError, match="two pages"):
        render_site(Digest(articles=(FLOOD_TMT, twin)), Config())


def test_an_empty_digest_still_renders_a_working_site():
    files = render_site(Digest(articles=()), Config())
    assert "No stories yet." in files["index.html"].decode()
    assert broken_links(files) == [] and site_problems(files) == []


def test_articles_in_no_story_are_still_reachable_from_the_front_page():
    lonely: Article = dataclasses.replace(BUDGET_SZ, id="lonely-1")
    files = render_site(Digest(articles=(lonely,)), Config())
    assert 'href="articles/lonely-1.html"' in files["index.html"].decode()


def test_404_page_links_from_the_site_path_so_it_works_at_any_depth(site):
    page = soup(site, "404.html")
    assert page.find("link", rel="stylesheet")["href"] == "/newsdigest/static/style.css"
    assert all(a["href"].startswith(("/newsdigest/", "#")) for a in page.find_all("a"))
    plain = BeautifulSoup(render_site(small_digest(), Config())["404.html"], "html.parser")
    assert plain.find("link", rel="stylesheet")["href"] == "static/style.css"


def test_link_checker_reports_links_that_climb_out_of_the_site(site):
    broken = dict(site)
    broken["stories/budget-talks-s2.html"] = site["stories/budget-talks-s2.html"].replace(
        b'href="../index.html"', b'href="../../index.html"', 1
    )
    assert any("leaves the site" in p for p in broken_links(broken, SITE_URL))


def test_blank_titles_get_a_visible_stand_in_on_pages_but_not_in_the_data():
    article = dataclasses.replace(FLOOD_TMT, title="  ")
    story = Story(id="blank", title="", lede="", articles=(article.id,), published="2024-04-09")
    files = render_site(Digest(articles=(article,), stories=(story,)), Config())
    index = soup(files, "index.html")
    assert index.select_one("li.story-card h2 a").get_text() == "Untitled story"
    assert soup(files, f"articles/{article.id}.html").h1.get_text() == "Untitled article (tmt/floods.md)"
    assert b'"title": "  "' in files["digest.json"]
