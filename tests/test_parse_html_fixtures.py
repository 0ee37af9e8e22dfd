"""Saved pages in different CMS layouts, read end to end through read_document (bytes in)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.models import Document, SourceFile
from generator.parse import read_document

FIXTURES = Path(__file__).parent / "fixtures" / "html"
ALL_FIXTURES = sorted(p.name for p in FIXTURES.glob("*.html"))


def read(name: str) -> Document:
    return read_document(SourceFile(name, (FIXTURES / name).read_bytes()))


def body(doc: Document) -> str:
    return "\n".join(doc.paragraphs)


def test_wordpress_post_without_json_ld():
    doc = read("wordpress.html")
    assert doc.format == "html"
    assert doc.title == "Harbour ferry strike ends after three weeks"
    assert doc.source == "The Coastal Courier"
    assert doc.author == "Morag Ellison"
    assert doc.published == "2024-06-12"
    assert doc.url == "https://coastalcourier.example/2024/06/12/harbour-ferry-strike-ends/"
    assert doc.paragraphs[0].startswith("Ferry crews on the Kilbrannan crossing returned to work")
    assert doc.paragraphs[-1].endswith("protected during industrial action.")
    assert "“It’s been a long three weeks for everyone,” said deckhand" in body(doc)
    for boilerplate in ("Share this", "Twitter", "Ferry talks collapse", "About time too", "Leave a Reply",
                        "Proudly powered", "Most read", "Posted in"):
        assert boilerplate not in body(doc)


def test_json_ld_graph_wins_over_opengraph_and_meta_tags():
    doc = read("jsonld_graph.html")
    assert doc.title == "Grid operator warns of winter power shortfall as plants close & demand climbs"
    assert doc.author == "Dana Okafor, Luis Ferreira"
    assert doc.source == "Northern Ledger"  # publisher.name, not og:site_name "Ledger"
    assert doc.published == "2023-11-07"  # the outlet's local date, not article:published_time
    assert doc.url == "https://northernledger.example/energy/grid-winter-shortfall"
    assert doc.section == "Energy"
    assert len(doc.paragraphs) == 5
    assert "A short teaser" not in body(doc)  # the page's own body, not JSON-LD's articleBody
    assert "‘Every winter we hear the same warning and every spring the bills go up,’" in body(doc)
    assert "newsletter" not in body(doc).lower()


def test_opengraph_only_page():
    doc = read("opengraph_only.html")
    assert doc.title == "Library reopens with a makerspace and longer hours"
    assert doc.source == "Valley Weekly"
    assert doc.author == "Tomasz Nowicki"  # the profile-URL article:author is skipped
    assert doc.published == "2025-02-28"
    assert doc.url == "https://www.valleyweekly.example/local/library-reopens-makerspace"
    assert doc.section == "Local"
    assert doc.paragraphs[0].startswith("The town library reopened on Saturday")  # kicker dropped
    assert '"People kept asking whether the old armchairs were coming back. They are," she said.' in body(doc)


def test_cookie_banner_newsletter_share_bar_and_related_list_are_dropped():
    doc = read("banners_related.html")
    assert doc.title == "City council approves 40km cycle lane network"
    assert doc.author == "Metro Dispatch Staff"  # an organisation as author
    assert doc.published == "2024-09-03"
    assert doc.section == "City Hall"
    assert doc.url == "https://metrodispatch.example/city-hall/cycle-lanes-approved"
    assert doc.source == "metrodispatch.example"  # no site name anywhere: the URL's host
    text = body(doc)
    for boilerplate in ("cookies", "Accept all", "Share on", "Read more", "Tram extension opens",
                        "Sign up", "newsletter", "Budget gap narrows", "More from City Hall", "All rights reserved"):
        assert boilerplate not in text
    assert len(doc.paragraphs) == 5
    assert doc.paragraphs[2].startswith("Opponents argued the scheme")


def test_figure_caption_and_read_more_block_are_dropped():
    doc = read("figure_readmore.html")
    assert doc.title == "Volcano alert level raised as tremors intensify"  # " :: Island Times" removed
    assert doc.url == "https://islandtimes.example/news/volcano-alert-raised"
    assert doc.source == "islandtimes.example"
    assert doc.author == "Kenji Watanabe"
    assert doc.published == "2024-04-17"
    text = body(doc)
    assert "Steam rises" not in text and "Photo:" not in text
    assert "Karesu's last eruption" not in text and "Read more" not in text
    assert "«We are asking people not to approach the mountain, and to follow official information only»" in text
    assert len(doc.paragraphs) == 5


def test_german_page_with_low_high_quotes():
    doc = read("german.html")
    assert doc.title == "Stadtwerke senken Fernwärmepreis zum Jahreswechsel"
    assert doc.source == "Rheintaler Zeitung"  # the <title> suffix, as nothing else names the site
    assert doc.author == "Katrin Vogelsang"  # "Von" dropped
    assert doc.published == "2024-12-02"
    assert "„Wir geben die gesunkenen Einkaufspreise für Erdgas vollständig an unsere Kundinnen und Kunden weiter“" in body(doc)
    assert "Lesen Sie auch" not in body(doc) and "Alle Rechte" not in body(doc)
    assert len(doc.paragraphs) == 4


def test_cp1252_page_is_decoded_and_read():
    raw = (FIXTURES / "cp1252_french.html").read_bytes()
    assert b"\xab" in raw and b"\x92" in raw  # really cp1252 bytes, not UTF-8
    doc = read("cp1252_french.html")
    assert doc.title == "La mairie ouvre un troisième centre de santé"
    assert doc.source == "Le Courrier du Plateau"
    assert doc.author == "Hélène Garnier, Aurélien Roche"
    assert doc.published == "2025-03-19"
    assert doc.url is None
    assert "« Nous ne pouvions pas laisser huit mille habitants sans médecin traitant », a déclaré" in body(doc)
    assert "n’exerçait" in body(doc)


def test_hostile_page_yields_plain_text_only():
    doc = read("hostile.html")
    assert doc.url is None  # javascript: and protocol-relative URLs are refused
    assert doc.published is None
    assert "<" not in doc.title and "alert" not in doc.title
    text = body(doc)
    assert "Injected paragraph" not in text and "enable JavaScript" not in text and "color: red" not in text
    assert "Duro Pipeworks" in text
    assert len(doc.paragraphs) == 4


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_no_markup_survives_into_any_field(name):
    doc = read(name)
    for value in (doc.title, doc.source, doc.author, doc.url, doc.section, *doc.paragraphs):
        assert value is None or not re.search(r"<\s*/?\s*[a-zA-Z][^>]*>", value), value
        assert value is None or "&#" not in value and "&amp;" not in value
    assert all(p == " ".join(p.split()) for p in doc.paragraphs)


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_reading_is_deterministic(name):
    assert read(name) == read(name)
