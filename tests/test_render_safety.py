"""The small judgements the renderer makes about content: URLs, XML text, file names, dates."""

from __future__ import annotations

import pytest

from generator.render.environment import display_date
from generator.render.paths import outlet_slugs, page_name, unique_anchors
from generator.render.safety import safe_url, xml_text
from generator.slug import slugify


@pytest.mark.parametrize(
    "url",
    [
        "https://www.themoscowtimes.com/2024/04/09/floods?x=1&y=2",
        "http://example.org/",
        "mailto:desk@example.org",
        "  HTTPS://Example.org/path  ",
    ],
)
def test_safe_url_keeps_http_https_and_mailto(url):
    assert safe_url(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "//evil.example/x",
        "/relative/path",
        "https://",
        "https://exa mple.org/",
        "http://[::1",
        "",
        None,
    ],
)
def test_safe_url_refuses_everything_else(url):
    assert safe_url(url) is None


def test_xml_text_drops_only_characters_xml_cannot_hold():
    assert xml_text("a\x00b\x0bc\x1fd\ud800e\ufffef") == "abcdef"
    assert xml_text("tab\tnew\nline\r «ünïcode» 🦀 & <b>") == "tab\tnew\nline\r «ünïcode» 🦀 & <b>"
    assert xml_text(None) == ""


@pytest.mark.parametrize("identifier", ["../../etc/passwd", "/abs", "a/b", "..", ".", "", "con", "Ünïcode Tïtle", "x" * 300])
def test_page_name_is_always_a_plain_slug(identifier):
    name = page_name(identifier)
    assert name and "/" not in name and "\\" not in name and name not in {".", ".."}
    assert set(name) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert page_name(identifier) == name


def test_page_name_keeps_clean_ids_and_separates_lookalikes():
    assert page_name("river-floods-kazan-a1b2c3") == "river-floods-kazan-a1b2c3"
    assert page_name("Budget Talks") != page_name("budget-talks")
    assert page_name("../../etc/passwd").startswith("etc-passwd-")


def test_outlet_slugs_are_unique_even_when_names_slugify_alike():
    slugs = outlet_slugs(["A.P.", "A P", "The Times", "The Times", "Index"])
    assert len(set(slugs.values())) == 4
    assert slugs["The Times"] == "the-times"
    assert slugs["Index"] != "index"  # sources/index.html is the list of outlets
    assert slugify("A.P.") == slugify("A P")


def test_unique_anchors_are_stable_and_distinct():
    anchors = unique_anchors(["Anna Keller", "anna keller", "Ilsur Metshin"], "speaker")
    assert anchors["Ilsur Metshin"] == "speaker-ilsur-metshin"
    assert len(set(anchors.values())) == 3


@pytest.mark.parametrize(
    ("iso", "shown"),
    [("2024-03-05", "5 Mar 2024"), ("2024-12", "Dec 2024"), ("2024", "2024"), ("2024-13-01", "2024-13-01"),
     ("Tuesday", "Tuesday"), (None, "")],
)
def test_display_date_is_fixed_english_whatever_the_locale(iso, shown):
    assert display_date(iso) == shown
