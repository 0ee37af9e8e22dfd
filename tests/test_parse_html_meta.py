"""Metadata fusion: which source wins for each field, and what is refused."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from generator.parse.html_meta import read_page_meta, strip_site_suffix, title_suffix


def meta_of(head: str, body: str = ""):
    return read_page_meta(BeautifulSoup(f"<html><head>{head}</head><body>{body}</body></html>", "html.parser"))


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_json_ld_inside_a_list_and_graph_with_type_lists():
    page = ld([{"@type": "WebSite", "name": "Site"},
               {"@graph": [{"@type": ["ReportageNewsArticle"], "headline": "Deep headline",
                            "datePublished": "2022-02-03T01:00:00+09:00", "author": "Sam Lee"}]}])
    meta = meta_of(page)
    assert (meta.title, meta.published, meta.author) == ("Deep headline", "2022-02-03", "Sam Lee")


def test_json_ld_of_other_types_is_ignored():
    meta = meta_of(ld({"@type": "Recipe", "headline": "Soup", "datePublished": "2020-01-01"}), "<h1>Real title</h1>")
    assert meta.title == "Real title" and meta.published is None


def test_broken_json_ld_falls_through_to_opengraph():
    page = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>' \
           '<meta property="og:title" content="From OpenGraph">'
    assert meta_of(page).title == "From OpenGraph"


def test_organisation_author_and_person_list():
    assert meta_of(ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Wire Desk"}})).author == "Wire Desk"
    people = [{"@type": "Person", "name": "A. One"}, {"@type": "Person", "name": "B. Two"}, {"name": "A. One"}]
    assert meta_of(ld({"@type": "Article", "author": people})).author == "A. One, B. Two"


def test_author_meta_profile_urls_are_skipped_and_byline_prefix_removed():
    head = '<meta property="article:author" content="https://facebook.com/someone">' \
           '<meta name="author" content="By Riya Sen">'
    assert meta_of(head).author == "Riya Sen"


@pytest.mark.parametrize("head, expected", [
    ('<meta name="citation_publication_date" content="2019/07/04">', "2019-07-04"),
    ('<meta name="parsely-pub-date" content="2021-10-31T23:59:00Z">', "2021-10-31"),
    ('<meta name="dc.date" content="5 March 2018">', "2018-03-05"),
    ('<meta property="article:published" itemprop="datePublished dateCreated" content="2020-12-01T10:00:00Z">', "2020-12-01"),
    ('<meta itemprop="datePublished" content="2017-06-30">', "2017-06-30"),
])
def test_date_meta_tags(head, expected):
    assert meta_of(head).published == expected


def test_placeholder_date_is_no_date_and_time_element_is_used():
    page = ld({"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"})
    body = '<time datetime="2016-01-09">Jan 9</time><time datetime="2016-01-10" pubdate>Jan 10</time>'
    assert meta_of(page, body).published == "2016-01-10"  # the one marked as publication time


def test_url_precedence_and_refusals():
    head = ('<link rel="canonical" href="https://a.example/c">'
            '<meta property="og:url" content="https://a.example/og">')
    assert meta_of(head).url == "https://a.example/c"
    assert meta_of('<link rel="canonical" href="/relative"><meta property="og:url" content="https://a.example/og">').url == "https://a.example/og"
    assert meta_of('<link rel="canonical" href="javascript:alert(1)">').url is None
    assert meta_of(ld({"@type": "NewsArticle", "mainEntityOfPage": "https://b.example/p"})).url == "https://b.example/p"


def test_source_fallbacks():
    assert meta_of(ld({"@type": "NewsArticle", "publisher": {"name": "The Daily Item"}})).source == "The Daily Item"
    assert meta_of('<meta property="og:site_name" content="Harbour Post">').source == "Harbour Post"
    assert meta_of('<link rel="canonical" href="https://www.smalltown-news.example/x">').source == "smalltown-news.example"
    assert meta_of('<link rel="canonical" href="https://www.reuters.com/x">').source == "Reuters"
    assert meta_of("<title>A fairly long headline about nothing - Nowhere Gazette</title>").source == "Nowhere Gazette"
    assert meta_of("<title>Just a headline</title>").source is None


@pytest.mark.parametrize(
    "site, url, expected",
    [
        ("U.S.", "https://www.reuters.com/article/x", "Reuters"),  # the edition, not the outlet
        ("Hosted", "https://hosted.ap.org/berkshireeagle/article/x", "Associated Press"),  # a generic word
        ("@politifact", "https://www.politifact.com/x", "politifact.com"),  # a social handle
        ("News", "https://news.harbour.example/x", "news.harbour.example"),
        # Real names stay, also when they are the subdomain or hold a generic word or a place.
        ("Sky News", "https://news.sky.com/x", "Sky News"),
        ("ProFootballTalk", "https://profootballtalk.nbcsports.com/x", "ProFootballTalk"),
        ("BBC", "https://www.bbc.co.uk/news/x", "BBC"),
        ("Hong Kong Free Press", "https://hongkongfp.com/x", "Hong Kong Free Press"),
    ],
)
def test_a_stated_site_name_that_is_an_edition_handle_or_generic_word_gives_way_to_the_url(site, url, expected):
    head = f'<meta property="og:site_name" content="{site}"><link rel="canonical" href="{url}">'
    assert meta_of(head).source == expected


def test_title_falls_back_to_h1_then_title_without_suffix():
    assert meta_of("<title>Page | Site</title>", "<h1>  The   headline </h1>").title == "The headline"
    assert meta_of("<title>Wildfire closes the coast road again | Hill Times</title>").title == "Wildfire closes the coast road again"


@pytest.mark.parametrize("stated, h1, expected", [
    # the stated title is a search variant: the page's own headline wins
    ("Delhi air pollution: The law that's helping fuel the city's poor air quality",
     "The law that's helping fuel Delhi's deadly air pollution",
     "The law that's helping fuel Delhi's deadly air pollution"),
    # cut at a length limit: the <h1> has the whole headline
    ("Hunter diagnosed with plague after eating a rabbit making him the third local to contract",
     "Hunter diagnosed with plague after eating a rabbit making him the third local to contract the disease",
     "Hunter diagnosed with plague after eating a rabbit making him the third local to contract the disease"),
    # Spanish, with its own marks
    ("Suecia archiva la investigación contra Assange",
     "Julian Assange: Suecia archiva la investigación por violación",
     "Julian Assange: Suecia archiva la investigación por violación"),
    # the <h1> is the site's name or a section label: nothing shared, the stated title stays
    ("With shattered dreams, deportees return home from US", "India Post",
     "With shattered dreams, deportees return home from US"),
    ("Daily Deals: Black Friday controller and headphone deals are live", "Games",
     "Daily Deals: Black Friday controller and headphone deals are live"),
    # another article's headline sharing one word is not a wording of this one
    ("Council approves the new harbour bridge budget", "Bridge club results for the week",
     "Council approves the new harbour bridge budget"),
    # an <h1> that is the stated title's opening words is a shortened display of it
    ("Grid operator warns of winter power shortfall as plants close",
     "Grid operator warns of winter power shortfall",
     "Grid operator warns of winter power shortfall as plants close"),
])
def test_the_visible_headline_wins_when_it_words_the_stated_title(stated, h1, expected):
    page = ld({"@type": "NewsArticle", "headline": stated})
    assert meta_of(page, f"<article><h1>{h1}</h1><p>Body.</p></article>").title == expected
    assert meta_of(f'<meta property="og:title" content="{stated}">', f"<h1>{h1}</h1>").title == expected


@pytest.mark.parametrize("title, site, url, expected", [
    ("Rates held at 4% | The Banker", "The Banker", None, "Rates held at 4%"),
    ("Banker — Rates held at 4% for a third month", "Banker", None, "Rates held at 4% for a third month"),
    ("Storm hits coast - example.com", None, "https://www.example.com/a", "Storm hits coast"),
    ("Opinion | Why the council is wrong about parking", "Daily Paper", None, "Opinion | Why the council is wrong about parking"),
    ("Well-known - a hyphenated headline stays", None, None, "Well-known - a hyphenated headline stays"),
    ("No separator here", "Site", None, "No separator here"),
])
def test_strip_site_suffix(title, site, url, expected):
    assert strip_site_suffix(title, site, url) == expected


def test_title_suffix_needs_a_longer_headline():
    assert title_suffix("Short | Long Site Name Here") is None
    assert title_suffix("A long enough headline for the check | Site") == "Site"


def test_entities_and_tags_in_metadata_become_plain_text():
    headline = "Q&amp;A: the &#8216;new&#8217; <em>plan<\\/em><script>x()<\\/script>"  # JSON escapes "/"
    page = f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{headline}"}}</script>'
    assert meta_of(page).title == "Q&A: the ‘new’ plan"


def test_section_prefix_is_removed_from_the_title():
    head = ('<meta property="og:title" content="Opinion | Why the council is wrong about parking">'
            '<meta property="article:section" content="Opinion">')
    assert meta_of(head).title == "Why the council is wrong about parking"
    assert meta_of(head.replace('content="Opinion">', 'content="Local">')).title.startswith("Opinion | ")


def test_visible_publication_date_box_is_the_last_resort():
    body = ('<div class="publish-date"><span>Updated 9:00 a.m. Nov. 20, 2019</span></div>'
            '<div class="publish-date">Published 2:44 p.m. ET Nov. 19, 2019</div>')
    assert meta_of("", body).published == "2019-11-19"
    assert meta_of("", '<div class="date-updated">Nov. 20, 2019</div>').published is None
    assert meta_of('<meta name="date" content="2019-11-18">', body).published == "2019-11-18"


def test_hostile_json_ld_nesting_is_ignored_not_fatal():
    deep = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    assert meta_of(deep + '<meta property="og:title" content="Still read">').title == "Still read"
