"""The text and Markdown readers on the fixture corpus (tests/fixtures/articles/).

One row per article states what the file says about itself; the HTML pages belong to the HTML
reader's tests. Each row was checked by reading the fixture, not by copying the reader's output.
"""

from __future__ import annotations

import pytest

from generator.models import SourceFile
from generator.parse import read_document
from conftest import FIXTURES

ARTICLES = FIXTURES / "articles"

# file: (format, title start, author, source, published, paragraphs, section)
EXPECTED = {
    "01-valmere-strike-wire.txt": ("text", "Dockworkers walk out at Port of Valmere", "Ana Silva", "Reuters", "2026-03-03", 7, None),
    "02-valmere-strike-gazette.md": ("markdown", "Valmere port at a standstill", "Tomas Reed and Lin Wei", "The Harbour Gazette", "2026-03-03", 7, None),
    "04-ferry-terminal-closes.txt": ("text", "Larkspur votes to close", "Ruth Okafor", None, "2026-04-14", 6, "Europe News"),
    "05-heat-pump-sales.txt": ("text", "Heat pump sales slump as subsidy ends", None, None, None, 5, None),
    "06-beetle-plastic-no-title.txt": ("text", "Researchers at the University of Tallinna have found", None, None, None, 6, None),
    "07-chip-plant-kicker.txt": ("text", "Semiconductor maker picks Penang", None, None, None, 5, "Business Asia"),
    "08-alpine-rail-guillemets.txt": ("text", "Alpine rail tunnel reopens", "Claire Dubois", "Swiss Wire Service", "2026-07-09", 5, None),
    "09-wind-farm-german-quotes.md": ("markdown", "Offshore wind farm approved", "Jana Hoffmann", "Rheinland Courier", "2026-09-17", 5, None),
    "10-hospital-strike-multipara-quote.txt": ("text", "Nurses at Corran General", "Fiona MacLeod", None, "2026-02-11", 8, None),
    "11-airline-bankruptcy-ap.txt": ("text", "Budget airline SkyMeridian", "Jane Doe and John Roe", "Associated Press", None, 6, None),
    "12-library-hard-wrapped.txt": ("text", "City library to open around the clock", None, None, "2026-01-27", 4, None),
    "13-election-recount-headings.md": ("markdown", "Recount confirms Harlow wins", None, None, None, 7, None),
    "15-vermeer-sketch-cp1252.txt": ("text", "Stolen Vermeer sketch found", "Pieter De Smet", None, "2026-06-12", 5, None),
    "16-marathon-utf16le-bom.txt": ("text", "Marathon runner breaks course record", None, None, "2026-04-12", 5, None),
    "17-baguette-prize-utf8-bom.md": ("markdown", "Family bakery in Lyon", "Camille Girard", "Rhône Today", "2026-05-06", 4, None),
    "18-snow-leopards-latin1.txt": ("text", "Zürich zoo welcomes", "Urs Meier", None, "2026-06-09", 4, None),
    "19-harbour-bridge-utf16be-bom.txt": ("text", "Harbour bridge to close", "Nora Lindahl", None, "2026-07-01", 4, None),
    "20-folk-festival-utf16le-nobom.txt": ("text", "Folk festival moves to new site", "Aoife Byrne", None, "2026-06-09", 4, None),
}
# Boilerplate in the fixtures that must never reach a title or paragraph.
NEVER = ("REUTERS/", "Shipping rates climb", "Read more", "Island schools", "AP Photo", "Getty Images",
         "Also read", "Low-cost carriers brace", "Original url", "2019-strike", "img/cranes", "Source:")


def read(name: str):
    return read_document(SourceFile(name, (ARTICLES / name).read_bytes()))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_metadata_and_paragraph_count(name):
    fmt, title, author, source, published, count, section = EXPECTED[name]
    doc = read(name)
    assert (doc.format, doc.author, doc.source, doc.published, doc.section) == (fmt, author, source, published, section)
    assert doc.title.startswith(title)
    assert len(doc.paragraphs) == count


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_boilerplate_never_survives(name):
    doc = read(name)
    for text in (doc.title, *doc.paragraphs):
        assert not any(marker in text for marker in NEVER), text


def test_every_fixture_is_listed_in_the_readme():
    readme = (ARTICLES / "README.md").read_text(encoding="utf-8")
    for path in ARTICLES.iterdir():
        if path.name != "README.md":
            assert path.name in readme


def test_wire_story_url_footer_and_broken_paragraphs():
    wire = read("01-valmere-strike-wire.txt")
    assert wire.url == "https://www.reuters.com/world/europe/dockworkers-walk-out-port-valmere-2026-03-03/"
    ferry = read("04-ferry-terminal-closes.txt")
    assert any("to step in before the last sailing." in p for p in ferry.paragraphs)
    assert ferry.paragraphs[-1].endswith("money for a new landing stage.")


def test_updated_only_dateline_goes_to_meta_not_published():
    assert read("11-airline-bankruptcy-ap.txt").meta == (("updated", "2026-10-05"),)


def test_markdown_unknown_keys_in_file_order():
    gazette = read("02-valmere-strike-gazette.md")
    assert gazette.meta == (("tags", ["labour", "shipping", "Valmere"]), ("word_count", 312), ("lang", "en-GB"), ("embargo", False))
    assert gazette.url == "https://www.harbourgazette.example/news/2026/03/03/valmere-port-standstill"


def test_encodings_decode_to_the_same_characters_as_written():
    assert "“It was wrapped in a newspaper" in read("15-vermeer-sketch-cp1252.txt").paragraphs[2]
    assert "The drawing — a study" in read("15-vermeer-sketch-cp1252.txt").paragraphs[1]
    assert "26°C" in read("16-marathon-utf16le-bom.txt").paragraphs[0]
    assert "Élysée" in read("17-baguette-prize-utf8-bom.md").paragraphs[1]
    assert read("18-snow-leopards-latin1.txt").title == "Zürich zoo welcomes rare snow leopard cubs"
    assert "Ciarán Walsh" in read("20-folk-festival-utf16le-nobom.txt").paragraphs[2]


def test_multi_paragraph_quote_keeps_its_paragraphs():
    nurses = read("10-hospital-strike-multipara-quote.txt")
    assert nurses.paragraphs[3].startswith('"Every night') and not nurses.paragraphs[3].endswith('"')
    assert nurses.paragraphs[4].startswith('"We did not become nurses')
