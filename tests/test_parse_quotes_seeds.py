"""Golden quote lists for the two seed articles: every quote, its speaker and channel.

The paragraphs are built here from the seed text the way the text reader does (title, byline,
date, caption and URL lines dropped; a paragraph broken mid-sentence joined again), so these tests
do not depend on the reader's progress. The "Related article" headline line is kept on purpose:
find_quotes must not take it for a quote.
"""

from __future__ import annotations

import re

import pytest

from generator.parse.quotes import find_quotes
from tests.conftest import SEEDS

SEED_000 = [
    ("warm, comradely atmosphere", "KCNA", None, True),
    ("their will to strengthen cooperation in the future", "KCNA", None, True),
    (
        "the self-sacrificing spirit displayed by service personnel of the Korean People's Army in"
        " liberating Kursk",
        "Vladimir Putin",
        "KCNA",
        True,
    ),
    ("fully support all measures to be taken by the Russian leadership in the future.", "Kim Jong Un", None, True),
    (
        "shared information with Kim Jong Un in the context of the upcoming talks with U.S. President"
        " Donald Trump.",
        "Kremlin",
        None,
        True,
    ),
    ("intent to showcase their closeness to domestic and international audiences", "Yang Moo-jin", "AFP", True),
    (
        "Putin could convey Kim's stance on Trump's North Korea-related interests, potentially including"
        " a conditional summit on nuclear disarmament",
        "Yang Moo-jin",
        None,
        False,
    ),
    (
        "If Russia-Ukraine peace talks gather momentum, they could have a positive spillover effect on"
        " U.S.-North Korea and inter-Korean dialogue",
        "Yang Moo-jin",
        None,
        False,
    ),
]
SEED_003 = [
    ("liberation", "Vladimir Putin", "KCNA", True),
    ("bravery, heroism, and self-sacrificing spirit", "Vladimir Putin", None, True),
]


def seed_paragraphs(name: str, join_broken: bool = True) -> tuple[str, ...]:
    """Body paragraphs of a seed: blocks of at least 8 words, plus the related-article line."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n|\n(?=\S)", text) if b.strip()]
    body = [b for b in blocks if len(b.split()) >= 8 or b.startswith("Russian leadership")]
    body = [b for b in body if not b.istitle() and "Putin and Kim Jong Un Vow" not in b]
    if not join_broken:
        return tuple(body)
    joined: list[str] = []
    for block in body:
        if joined and not joined[-1].endswith((".", '"', "”", ")", "!", "?")):
            joined[-1] += " " + block
        else:
            joined.append(block)
    return tuple(joined)


def as_rows(quotes):
    return [(q.text, q.speaker, q.via, q.partial) for q in quotes]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_ee2f3d41c9ad6f3d.txt", SEED_000), ("003_2f52600c5b4a5597.txt", SEED_003)],
)
def test_seed_quotes_match_the_golden_list(name, expected):
    assert as_rows(find_quotes(seed_paragraphs(name))) == expected


def test_seed_quote_broken_over_two_paragraphs_is_one_quote():
    paragraphs = seed_paragraphs("000_ee2f3d41c9ad6f3d.txt", join_broken=False)
    assert any(p.startswith("Russian leadership") for p in paragraphs)
    rows = as_rows(find_quotes(paragraphs))
    assert rows == SEED_000


def test_seed_related_article_headline_is_not_a_quote():
    paragraphs = seed_paragraphs("000_ee2f3d41c9ad6f3d.txt")
    assert any(p.startswith("Related article") for p in paragraphs)
    assert not any("Personal Victory" in q.text for q in find_quotes(paragraphs))


def test_seed_he_added_resolves_to_the_last_speaker():
    quotes = find_quotes(seed_paragraphs("000_ee2f3d41c9ad6f3d.txt"))
    added = next(q for q in quotes if q.text.startswith("If Russia-Ukraine"))
    assert added.speaker == "Yang Moo-jin"


def test_seed_speakers_keep_full_names_when_entities_list_the_short_form():
    from generator.models import Entity

    entities = (
        Entity("Vladimir Putin", "person", ("Putin",)),
        Entity("Kim Jong Un", "person", ("Kim",)),
        Entity("Korean Central News Agency", "organisation", ("KCNA",)),
        Entity("North Korea", "place"),
    )
    rows = as_rows(find_quotes(seed_paragraphs("000_ee2f3d41c9ad6f3d.txt"), entities))
    assert rows == SEED_000
