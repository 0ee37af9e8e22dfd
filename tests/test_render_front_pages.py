"""The front page in pages: index.html holds the newest stories, pages/2.html... the older ones."""

from __future__ import annotations

import dataclasses

import pytest
from bs4 import BeautifulSoup

from generator.config import Config
from generator.models import Digest
from generator.render import render_site
from generator.render.index_views import paginate_front_page
from render_digest import small_digest
from safety import site_problems
from sitecheck import broken_links

SITE_URL = "https://example.github.io/newsdigest/"


@pytest.mark.parametrize(
    ("stories", "per_page", "sizes"),
    [(120, 50, [50, 50, 20]), (50, 50, [50]), (3, 0, [3]), (0, 50, [0]), (7, 1, [1] * 7)],
)
def test_stories_are_cut_into_pages_and_each_links_its_neighbours(stories, per_page, sizes):
    pages = paginate_front_page(tuple(range(stories)), per_page)  # any items will do
    assert [len(p.stories) for p in pages] == sizes
    assert [s for p in pages for s in p.stories] == list(range(stories))  # nothing lost, order kept
    assert pages[0].path == "index.html" and pages[0].newer is None and pages[-1].older is None
    for before, after in zip(pages, pages[1:]):
        assert before.older == after.path and after.newer == before.path
        assert after.path == f"pages/{after.number}.html"


def _paged_site(per_page: int) -> dict[str, bytes]:
    return render_site(small_digest(), dataclasses.replace(Config(site_url=SITE_URL), stories_per_page=per_page))


def test_a_small_page_size_spreads_stories_over_pages_whose_links_all_resolve():
    files = _paged_site(1)
    stories = len(small_digest().stories)
    assert stories >= 2
    assert {f"pages/{n}.html" for n in range(2, stories + 1)} <= set(files)
    assert broken_links(files, SITE_URL) == []
    assert site_problems(files) == []
    first = BeautifulSoup(files["index.html"], "html.parser")
    assert first.find("a", rel="next")["href"] == "pages/2.html"
    second = BeautifulSoup(files["pages/2.html"], "html.parser")
    assert second.find("a", rel="prev")["href"] == "../index.html"
    assert "page 2 of" in second.title.get_text()
    assert b"pages/2.html" in files["sitemap.xml"]


def test_every_story_appears_on_exactly_one_front_page():
    files = _paged_site(1)
    fronts = [path for path in files if path == "index.html" or path.startswith("pages/")]
    listed = [a["href"].split("/")[-1] for path in fronts
              for a in BeautifulSoup(files[path], "html.parser").select(".story-card h2 a")]
    assert sorted(listed) == sorted(f"{s.id}.html" for s in small_digest().stories)


def test_one_page_of_stories_has_no_pager_and_no_extra_pages():
    files = _paged_site(50)
    assert not [path for path in files if path.startswith("pages/")]
    assert BeautifulSoup(files["index.html"], "html.parser").find("nav", class_="pager") is None


def test_an_empty_digest_still_has_a_front_page():
    files = render_site(Digest(articles=()), Config())
    assert b"No stories yet." in files["index.html"]
