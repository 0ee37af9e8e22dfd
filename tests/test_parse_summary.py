"""summarise: 3–5 extractive key points in reading order; never captions, datelines or quote fragments."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis_support import bbc_articles
from conftest import SEEDS, parse_text
from generator.parse.sentences import split_sentences
from generator.parse import summary
from generator.parse.summary import summarise

ARTICLE = (
    "By Jane Doe",
    "March 3, 2025",
    "The harbour bridge in Porto Alegre collapsed during a storm. Photo: Getty Images",
    "Ana Lima and Jorge Costa of Porto Alegre.",
    "A harbour bridge in the Brazilian city of Porto Alegre collapsed on Monday after days of "
    "heavy rain, killing at least four people and cutting the port off from the city centre.",
    'Rescue teams searched the river through the night. "We are still looking for two workers," '
    "fire chief Ana Lima told reporters.",
    "Engineers had warned in 2023 that the bridge's steel supports were corroding, according to "
    "a report seen by local media.",
    '"It was only a matter of time. Everyone knew. Nobody acted." The mayor did not respond.',
    "The city council will hold an emergency session on the bridge collapse on Thursday.",
    "Port traffic, which handles a third of the state's grain exports, has been suspended.",
    "Related article: Floods hit southern Brazil",
    "Shares in the bridge's operator, Ponte SA, fell 8% in Sao Paulo after the collapse.",
)


def test_key_points_are_in_reading_order_and_from_the_article() -> None:
    points = summarise("Bridge collapses in Porto Alegre storm", ARTICLE)
    sentences = [s for p in ARTICLE for s in split_sentences(p)]
    assert 3 <= len(points) <= 5
    assert all(p in sentences for p in points)
    assert [sentences.index(p) for p in points] == sorted(sentences.index(p) for p in points)
    assert points[0].startswith("A harbour bridge in the Brazilian city")


def test_never_captions_datelines_bylines_links_or_quote_fragments() -> None:
    points = summarise("Bridge collapses in Porto Alegre storm", ARTICLE, limit=5)
    banned = ("By Jane Doe", "Ana Lima and Jorge Costa", "March 3, 2025", "Photo:", "Related article", '"It was only', "Everyone knew",
              'Nobody acted."', "The harbour bridge in Porto Alegre collapsed during a storm. Photo")  # fmt: skip
    assert not [p for p in points if p.startswith(banned) or "Getty" in p]


def test_limit_and_short_articles() -> None:
    assert len(summarise("t", ARTICLE, limit=3)) == 3
    two = ("The river rose two metres overnight in the town.", "Schools across the region were closed on Friday.")
    assert summarise("Flood", two) == two
    assert summarise("Flood", ()) == ()
    assert summarise("Flood", ("Photo: Reuters",)) == ()


def test_repeated_sentences_are_not_picked_twice() -> None:
    paragraphs = (
        "The central bank raised interest rates by half a point to fight inflation.",
        "The central bank raised interest rates by half a point to fight rising inflation.",
        "Economists had expected a smaller rise after weak retail figures in March.",
        "Mortgage lenders said they would pass the increase on to borrowers next month.",
        "The currency strengthened against the dollar and the euro after the decision.",
    )
    points = summarise("Central bank raises interest rates", paragraphs, limit=3)
    assert len(points) == 3
    assert sum("central bank raised" in p for p in points) == 1


def test_curly_quotes_and_guillemets_fragments_are_skipped() -> None:
    paragraphs = (
        "The minister resigned on Tuesday after a week of pressure over the budget.",
        "She said: “I have made mistakes. I take responsibility.” Her deputy will take over.",
        "« Nous partons. Ce soir. » The opposition called for early elections this spring.",
        "Markets barely moved on the news, and bond yields were unchanged at the close.",
    )
    points = summarise("Minister resigns", paragraphs)
    assert all(p.count("“") == p.count("”") and p.count("«") == p.count("»") for p in points)


def test_deterministic() -> None:
    assert summarise("Bridge", ARTICLE) == summarise("Bridge", ARTICLE)


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*")), ids=lambda p: p.name)
def test_seeds_lead_with_the_news(seed) -> None:
    article = parse_text(seed.read_bytes(), seed.name)
    assert 3 <= len(article.summary) <= 5
    assert "Putin" in article.summary[0] and "Kim" in article.summary[0]


def test_bbc_articles_give_three_to_five_sensible_points() -> None:
    articles = bbc_articles(20)
    if not articles:
        pytest.skip("BBC corpus not present")
    lead_picked = 0
    for _, title, paragraphs in articles:
        points = summarise(title, paragraphs)
        sentences = [s for p in paragraphs for s in split_sentences(p)]
        assert len(points) == min(len(points), len(sentences)) and len(points) <= 5
        assert len(points) >= 3 or len(sentences) < 3
        assert len(set(points)) == len(points)
        lead_picked += bool(points) and points[0] == sentences[0]
    assert lead_picked >= 0.6 * len(articles)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["The", "bank", "rose", ".", '"', "“", "”", "Photo:", " ", "said", "By", "2025", "?"]), max_size=40).map(" ".join), max_size=6))
def test_any_text_gives_points_taken_from_it(paragraphs: list[str]) -> None:
    points = summarise("The bank", tuple(paragraphs))
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    assert len(points) <= 5 and all(p in sentences for p in points)
    assert len(set(points)) == len(points)
    assert summarise("The bank", tuple(paragraphs)) == points


def test_quote_heavy_article_falls_back_to_sentences_that_introduce_quotes() -> None:
    paragraphs = (
        "Rangers manager Alex McLeish accepts he will be criticised after the cup exit on Wednesday.",
        'McLeish told BBC Radio Five Live: "We were in pole position but we blew it.',
        '"There is no use burying your head in the sand.',
        '"We have to take it and bounce back."',
    )
    points = summarise("McLeish braced for criticism", paragraphs)
    assert points == paragraphs[:2]


_CREDIT_PIECES = [
    "(AP)", "(Reuters/Jo)", "(", ")", "Getty Images", "getty  images", "AP Photo", "ap photo", "FILE PHOTO",
    "Photo by", "Picture:", "kremlin.ru", "bbc.co.uk", "x.COM/a", "gov.uk", "https://x", "HTTP://y", "word",
    "The", "said", ".", " ", "\u017f", "\u0130", "\u0131", "\u212a", "photo", "by",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=12).map(" ".join))
def test_credit_check_answers_as_its_regex_would(text: str) -> None:
    assert summary.has_credit(text) == bool(summary._CREDIT.search(text))
