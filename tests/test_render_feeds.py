"""The Atom feed, sitemap and robots.txt: well-formed, stable ids, dates only from the input."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from generator.config import Config
from generator.models import Digest, Story
from generator.render import render_site
from generator.render.feeds import atom_date, entry_id, source_date_epoch
from render_digest import FLOOD, FLOOD_TMT, small_digest

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SITE_URL = "https://example.github.io/newsdigest/"


def feed(files: dict[str, bytes]) -> ET.Element:
    root = ET.fromstring(files["feed.xml"])
    assert root.tag == f"{ATOM}feed"
    return root


def test_feed_is_atom_with_one_entry_per_story_newest_first():
    root = feed(render_site(small_digest(), Config(site_url=SITE_URL)))
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Volga floods near Kazan", "Coalition agrees budget"]
    assert [e.findtext(f"{ATOM}updated") for e in entries] == ["2024-04-10T00:00:00Z", "2024-03-02T00:00:00Z"]
    assert entries[0].find(f"{ATOM}link").get("href") == f"{SITE_URL}stories/{FLOOD.id}.html"
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == f"{SITE_URL}feed.xml"
    for element in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{element}")
        assert all(e.findtext(f"{ATOM}{element}") for e in entries)


def test_feed_date_is_the_newest_article_or_source_date_epoch_never_the_clock():
    digest = small_digest()
    assert feed(render_site(digest, Config())).findtext(f"{ATOM}updated") == "2024-04-10T00:00:00Z"
    generated = source_date_epoch({"SOURCE_DATE_EPOCH": "1700000000"})
    assert generated == "2023-11-14T22:13:20Z"
    assert feed(render_site(dataclasses.replace(digest, generated=generated), Config())).findtext(f"{ATOM}updated") == generated
    assert source_date_epoch({"SOURCE_DATE_EPOCH": "soon"}) is None and source_date_epoch({}) is None


def test_entry_ids_depend_on_the_story_id_only():
    with_url = feed(render_site(small_digest(), Config(site_url=SITE_URL)))
    without = feed(render_site(small_digest(), Config()))
    ids = [e.findtext(f"{ATOM}id") for e in with_url.findall(f"{ATOM}entry")]
    assert ids == [e.findtext(f"{ATOM}id") for e in without.findall(f"{ATOM}entry")]
    assert ids[0] == entry_id(FLOOD.id) and ids[0].startswith("urn:uuid:") and len(set(ids)) == 2


def test_without_site_url_feed_links_are_relative_and_no_sitemap_is_written():
    files = render_site(small_digest(), Config())
    entry = feed(files).find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href") == f"stories/{FLOOD.id}.html"
    assert "sitemap.xml" not in files
    assert b"Sitemap:" not in files["robots.txt"]


def test_sitemap_lists_every_page_but_404_with_absolute_urls():
    files = render_site(small_digest(), Config(site_url="https://example.github.io/newsdigest"))
    root = ET.fromstring(files["sitemap.xml"])
    assert root.tag == f"{SITEMAP}urlset"
    locs = [u.findtext(f"{SITEMAP}loc") for u in root.findall(f"{SITEMAP}url")]
    pages = sorted(p for p in files if p.endswith(".html") and p != "404.html")
    assert locs == [SITE_URL + p for p in pages]
    assert f"Sitemap: {SITE_URL}sitemap.xml" in files["robots.txt"].decode()


def test_hostile_and_control_characters_keep_the_feed_well_formed():
    title = 'Bombs & <b>"bold"</b>\x00\x0b\x1b end\ud800'
    story = Story(id="s", title=title, lede="<![CDATA[ ]]> </summary>", articles=(FLOOD_TMT.id,), published="2024-04-09")
    digest = Digest(articles=(dataclasses.replace(FLOOD_TMT, source="A&B \x07"),), stories=(story,))
    entry = feed(render_site(digest, Config(site_url=SITE_URL))).find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == 'Bombs & <b>"bold"</b> end'
    assert entry.findtext(f"{ATOM}summary") == "<![CDATA[ ]]> </summary>"
    assert entry.find(f"{ATOM}category").get("term") == "A&B "


def test_atom_date_accepts_partial_dates_and_rejects_impossible_ones():
    assert atom_date("2024-03") == "2024-03-01T00:00:00Z"
    assert atom_date("2024") == "2024-01-01T00:00:00Z"
    assert atom_date("2024-02-30") is None
    assert atom_date("yesterday") is None and atom_date(None) is None


def test_undated_story_takes_the_feed_date():
    story = dataclasses.replace(FLOOD, published=None)
    entry = feed(render_site(Digest(articles=small_digest().articles, stories=(story,)), Config())).find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}updated") == "2024-04-10T00:00:00Z"


def test_build_dates_the_feed_from_source_date_epoch(tmp_path, monkeypatch):
    from conftest import SEEDS
    from generator.build import build
    from generator.config import load_config

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = tmp_path / "site"
    build(load_config(None, seeds=SEEDS, out=out, cache_dir=tmp_path / "cache"), use_cache=False)
    assert ET.parse(out / "feed.xml").getroot().findtext(f"{ATOM}updated") == "2023-11-14T22:13:20Z"


def test_site_url_is_used_only_when_it_is_a_plain_http_url():
    from generator.render.feeds import absolute_base

    assert absolute_base(" https://user.github.io/repo ") == "https://user.github.io/repo/"
    assert absolute_base("https://x.example/a?b=1&c=2/") == "https://x.example/a?b=1&c=2/"
    for bad in ("javascript:alert(1)//", "https://x.example/a b", 'https://x.example/"><script>', "ftp://x", "", None):
        assert absolute_base(bad) is None, bad
    robots = render_site(small_digest(), Config(site_url="https://x.example/a?b=1&c=2"))["robots.txt"]
    assert robots == b"User-agent: *\nAllow: /\n\nSitemap: https://x.example/a?b=1&c=2/sitemap.xml\n"
