"""The two seed articles as golden cases for the plain-text reader (read -> decode -> read_text)."""

from __future__ import annotations

import pytest

from generator.models import SourceFile
from generator.parse import read_document
from conftest import SEEDS


def seed(prefix: str):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return read_document(SourceFile(path.name, path.read_bytes()))


@pytest.fixture(scope="module")
def moscow():
    return seed("000")


@pytest.fixture(scope="module")
def kremlin():
    return seed("003")


def test_seed_000_metadata(moscow):
    assert moscow.format == "text"
    assert moscow.title == "Vladimir Putin and Kim Jong Un Vow to Strengthen Ties Ahead of Alaska Summit"
    assert moscow.author == "AFP"
    assert moscow.published == "2025-08-13"
    assert moscow.url == (
        "https://www.themoscowtimes.com/2025/08/13/"
        "vladimir-putin-and-kim-jong-un-vow-to-strengthen-ties-ahead-of-alaska-summit-a90187"
    )
    assert moscow.source == "The Moscow Times"
    assert moscow.section is None


def test_seed_000_body_has_no_caption_teaser_byline_or_footer(moscow):
    text = "\n".join([moscow.title, *moscow.paragraphs])
    for gone in ("kremlin.ru", "Related article", "Personal Victory", "Original url", "http", "By ", "(#)"):
        assert gone not in text
    assert moscow.paragraphs[0].startswith("Russia's Vladimir Putin and North Korean leader")
    assert moscow.paragraphs[-1].startswith("North Korea confirmed for the first time in April")
    assert len(moscow.paragraphs) == 12


def test_seed_000_quote_broken_by_a_blank_line_is_one_paragraph(moscow):
    joined = [p for p in moscow.paragraphs if "by the Russian leadership" in p]
    assert joined == [
        'Kim, in turn, pledged that North Korea would "fully support all measures to be taken by '
        'the Russian leadership in the future."'
    ]
    assert not any(p.startswith("Russian leadership") for p in moscow.paragraphs)


def test_seed_003_kicker_title_and_single_newline_paragraphs(kremlin):
    assert kremlin.section == "Asia In News"
    assert kremlin.title == "The Kremlin says Putin spoke with Kim and discussed US-Russia negotiations."
    assert kremlin.published is None
    assert kremlin.author is None and kremlin.url is None and kremlin.source is None
    # the file has four body lines, each one paragraph (one newline between them)
    assert [p[:24] for p in kremlin.paragraphs] == [
        "The Kremlin announced on",
        "North Korea’s official n",
        "According to KCNA, Putin",
        "South Korean intelligenc",
    ]
