"""Sentences: split and stemmed once per merge, a piece at a time, and still exactly what
content_words gives for the whole text, whatever the text."""

from __future__ import annotations

import random

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.group.words import content_words
from generator.merge.headline import centrality
from generator.merge.sentences import (
    article_units,
    overlap,
    piece_words,
    split_article,
    weight,
    word_set,
)
from generator.parse.sentences import split_sentences
from tests.fixtures.stories.articles import ACME_STORY, make_article
from tests.test_merge_golden import frozen_articles, synthetic_story

# Characters where folding, lower-casing or the word pattern could behave differently on a piece
# than on the whole text: curly and straight apostrophes, accents (precomposed and combining),
# compatibility forms that decompose to several characters or to a space (½ ﬁ ¨ ²), a final
# sigma, a dotted capital I, digits, and the many kinds of whitespace.
TRICKY = "aAbé\u0301Ee’'ΣσΟΔİı½ﬁ¨²3-_.,;:!?\"“”«»()£€"
SPACES = " \t\n\u00a0\u2007\u202f\u2028\u3000\x1c"
texts = st.text(alphabet=st.sampled_from(TRICKY + SPACES), max_size=60) | st.text(max_size=60)


@settings(max_examples=400, deadline=None)
@given(texts)
@example("Workers’ talks: the ΟΔΟΣ, café ½ ﬁnal İstanbul’s 1,200")
def test_words_found_a_piece_at_a_time_are_the_words_of_the_whole_text(text):
    assert [w for piece in text.split() for w in piece_words(piece)] == content_words(text)
    assert word_set(text) == frozenset(content_words(text))


@settings(max_examples=150, deadline=None)
@given(st.lists(texts, max_size=4), texts)
def test_an_articles_words_are_those_of_its_title_and_body_joined(paragraphs, title):
    article = make_article("p", title, tuple(paragraphs))
    joined = title + " " + " ".join(paragraphs)
    assert split_article(article).all_words == frozenset(content_words(joined))


def test_units_keep_the_article_page_sentences_and_their_words():
    for articles in (ACME_STORY, synthetic_story(), frozen_articles("bbc-replicas")):
        for article in articles:
            split = split_article(article)
            assert split.sentences == tuple(split_sentences(p) for p in article.paragraphs)
            for unit in article_units(split):
                assert unit.ref.text == split.sentences[unit.ref.paragraph][unit.ref.sentence]
                assert unit.words == frozenset(content_words(unit.ref.text))
            assert article_units(split) == article_units(article)


def test_a_fragment_is_no_unit_but_its_words_still_count_for_the_article():
    article = make_article("f", "Ferry", ("Original url:", "The ferry returned to Oban harbour."))
    split = split_article(article)
    assert [u.ref.text for u in article_units(split)] == ["The ferry returned to Oban harbour."]
    assert {"original", "url", "ferry"} <= split.all_words


def test_weights_and_overlaps_do_not_depend_on_the_order_a_set_was_built_in():
    """Set order follows string hashes, which change from run to run: a sum in set order can
    end in another last bit each build and turn a tie (two titles, two openings) another way."""
    rng = random.Random(6)
    vocabulary = [f"word{n}" for n in range(40)]
    weights = {w: 1 + rng.random() * 3 for w in vocabulary}
    for _ in range(30):
        chosen = rng.sample(vocabulary, 12)
        other = frozenset(rng.sample(vocabulary, 20))
        orders = [rng.sample(chosen, len(chosen)) for _ in range(40)]
        assert len({weight(frozenset(order), weights) for order in orders}) == 1
        assert len({overlap(frozenset(order), other, weights) for order in orders}) == 1
        assert len({centrality(frozenset(order), [other], weights) for order in orders}) == 1
