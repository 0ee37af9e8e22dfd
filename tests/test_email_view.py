"""What the email shows: facts split by how many outlets carry them, clean text, safe links."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.config import Config
from generator.email.view import build_view, clean, human_date, safe_web_url, site_base
from generator.errors import ConfigError
from generator.models import Digest, Fact, Story
from tests.email_support import article, ref, sample_digest

SITE = Config(site_url="https://news.example.org/digest")


def test_links_are_absolute_under_the_site_url():
    view = build_view(sample_digest(), SITE)
    harbour = view.stories[0]
    assert view.absolute and view.home_url == "https://news.example.org/digest/"
    assert harbour.url == "https://news.example.org/digest/stories/harbour-bridge-reopens.html"
    assert harbour.sources[0].page_url == "https://news.example.org/digest/articles/harbour-reuters.html"


def test_without_site_url_links_are_relative_to_the_email_folder():
    view = build_view(sample_digest(), Config())
    assert not view.absolute
    assert view.stories[0].url == "../stories/harbour-bridge-reopens.html"
    assert view.home_url == "../index.html"


def test_facts_are_split_by_the_number_of_outlets_carrying_them():
    harbour = build_view(sample_digest(), SITE).stories[0]
    assert [f.text for f in harbour.shared_facts] == ["The bridge reopened on Wednesday."]
    assert harbour.shared_facts[0].outlets == ("Reuters", "Le Monde")
    assert [f.outlets for f in harbour.single_facts] == [("Der Spiegel",)]
    assert harbour.conflicts[0].claims == ("$3m (Reuters)", "$5m (Der Spiegel)")


def test_two_articles_from_one_outlet_count_as_one_voice():
    arts = (article("x1", "AP", "One", "2025-01-01"), article("x2", "AP", "Two", "2025-01-01"))
    story = Story("s", "S", "", ("x1", "x2"), facts=(Fact("F.", (ref("x1", "F."), ref("x2", "F."))),))
    view = build_view(Digest(arts, (story,)), SITE)
    assert view.stories[0].shared_facts == ()
    assert view.stories[0].single_facts[0].outlets == ("AP",)


def test_partial_quotes_are_left_out_and_speakers_kept():
    quotes = build_view(sample_digest(), SITE).stories[0].quotes
    assert [(q.speaker, q.via) for q in quotes] == [("Mayor Ana Ruiz", None), ("Klaus Weber", "dpa")]


def test_only_web_links_from_articles_survive():
    assert safe_web_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    for bad in ("javascript:alert(1)", "data:text/html,<b>", "mailto:a@b.c", "https://a.example/\nx",
                "//a.example/x", "http:/nohost", None, ""):
        assert safe_web_url(bad) is None, bad
    sources = build_view(sample_digest(), SITE).stories[0].sources
    assert [s.original_url is None for s in sources] == [False, False, True]


def test_clean_makes_one_line_and_cuts_runaway_text():
    assert clean("a\r\nBcc: x\t\u2028b  c") == "a Bcc: x b c"
    assert clean("word " * 200, 50).endswith("…") and len(clean("word " * 200, 50)) == 50


def test_many_facts_are_capped_and_the_rest_counted():
    arts = (article("a", "A", "T", "2025-01-01"),)
    facts = tuple(Fact(f"Fact {n}.", (ref("a", "x"),)) for n in range(10))
    story = Story("s", "S", "", ("a",), facts=facts)
    view = build_view(Digest(arts, (story,)), SITE)
    assert len(view.stories[0].single_facts) == 6 and view.stories[0].more == 4


def test_dates_are_spelled_out_without_the_locale():
    assert human_date("2025-03-05") == "5 March 2025"
    assert human_date("2025-11") == "November 2025"
    assert human_date("2025") == "2025"
    assert human_date(None) is None
    assert build_view(sample_digest(), SITE).date == "5 March 2025"


def test_site_base_normalises_the_trailing_slash():
    assert site_base("https://x.example/a/") == site_base("https://x.example/a") == "https://x.example/a/"
    assert site_base(None) == site_base("  ") == ""
    assert site_base("https://x.example/a/?utm=1#top") == "https://x.example/a/"


@pytest.mark.parametrize("bad", ["example.org/news", "javascript:alert(1)//", "ftp://x.example/", "/news/"])
def test_a_site_url_that_is_not_an_absolute_web_url_is_a_config_error(bad):
    with pytest.raises(ConfigError, match="site_url"):
        site_base(bad)


def test_empty_digest_has_a_preheader_and_no_stories():
    view = build_view(Digest(()), replace(SITE, title="Morning brief"))
    assert view.stories == () and view.preheader == "No stories in this digest." and view.title == "Morning brief"


def test_links_use_the_site_page_names_even_for_unsafe_ids():
    arts = (article("../../etc/passwd", None, "Odd id", "2025-01-01"),)
    story = Story("../stories/x y", "S", "", ("../../etc/passwd",))
    view = build_view(Digest(arts, (story,)), SITE)
    root = "https://news.example.org/digest/"
    assert ".." not in view.stories[0].url.removeprefix(root) and " " not in view.stories[0].url
    assert view.stories[0].url.startswith(root + "stories/")
    assert view.stories[0].sources[0].page_url.startswith(root + "articles/")
    assert view.stories[0].outlets == ("Unknown source",)


def test_timeline_is_dated_capped_and_the_rest_counted():
    from generator.models import TimelineEntry

    arts = (article("a", "AP", "T", "2025-01-01"),)
    entries = tuple(TimelineEntry(f"2025-01-0{n}", f"Event {n}.", ("a",)) for n in range(1, 7))
    view = build_view(Digest(arts, (Story("s", "S", "", ("a",), timeline=entries),)), SITE)
    assert [(t.date, t.text, t.outlets) for t in view.stories[0].timeline][:2] == [
        ("1 January 2025", "Event 1.", ("AP",)), ("2 January 2025", "Event 2.", ("AP",))]
    assert len(view.stories[0].timeline) == 4 and view.stories[0].more == 2
