"""Facts: what several outlets carry becomes one fact with every source; the rest is single-source."""

from __future__ import annotations

from itertools import combinations

from generator.merge import merge_story
from generator.merge.facts import SAME_FACT, WordSizes, cluster_facts, telling_words
from generator.merge.sentences import article_units, overlap, word_weights
from generator.models import SentenceRef
from generator.parse.sentences import split_sentences
from tests.fixtures.stories.articles import ACME_STORY, GAZETTE, LEDGER, POST, make_article
from tests.test_merge_golden import frozen_articles, synthetic_story


def fact_carrying(story, words):
    return next(f for f in story.facts if words in f.text)


def test_paraphrases_from_different_outlets_are_one_fact_with_every_source():
    story = merge_story(ACME_STORY)
    beams = fact_carrying(story, "steel beams")
    assert set(beams.articles) == {GAZETTE.id, LEDGER.id}
    assert {s.text for s in beams.sources} == {
        "The plant, which opened in 1978, makes steel beams for bridges.",
        "The Millbrook plant makes steel beams for bridges and opened in 1978.",
    }


def test_a_quote_in_three_quotation_styles_is_reported_by_three_of_three():
    story = merge_story(ACME_STORY)
    assert story.facts[0].articles == (GAZETTE.id, LEDGER.id, POST.id)
    assert "hardest decision" in story.facts[0].text


def test_single_source_facts_name_their_one_outlet():
    story = merge_story(ACME_STORY)
    assert fact_carrying(story, "Shares in Acme fell").articles == (LEDGER.id,)
    assert fact_carrying(story, "retraining funds").articles == (POST.id,)


def test_different_figures_never_make_one_fact():
    story = merge_story(ACME_STORY)
    assert fact_carrying(story, "1,100 workers").articles == (LEDGER.id,)
    assert set(fact_carrying(story, "1,200 workers").articles) == {GAZETTE.id, POST.id}


def test_multi_source_facts_come_before_single_source_ones():
    counts = [len(f.articles) for f in merge_story(ACME_STORY).facts]
    assert counts == sorted(counts, reverse=True)


def test_sentence_refs_use_the_article_page_anchors():
    """p{i}-s{j} must point at the same sentence the article page anchors."""
    for fact in merge_story(ACME_STORY).facts:
        for ref in fact.sources:
            article = next(a for a in ACME_STORY if a.id == ref.article)
            assert split_sentences(article.paragraphs[ref.paragraph])[ref.sentence] == ref.text
    assert SentenceRef("x", 1, 1, "t").anchor == "p1-s1"


def test_one_article_contributes_at_most_one_sentence_to_a_fact():
    repeat = make_article(
        "repeat",
        "Storm floods Kestrel Bay",
        ("The storm flooded Kestrel Bay harbour overnight.", "Kestrel Bay harbour was flooded by the storm."),
    )
    other = make_article("other", "Kestrel Bay flooded", ("The storm flooded Kestrel Bay harbour.",))
    units = (article_units(repeat), article_units(other))
    weights = word_weights(units[0] + units[1])
    for fact in cluster_facts(units, weights):
        assert len({u.ref.article for u in fact}) == len(fact)


def test_fragments_without_content_are_not_facts():
    article = make_article("frag", "Ferry returns to Oban", ("Original url:", "The ferry returned to Oban harbour on Friday."))
    assert [f.text for f in merge_story((article,)).facts] == ["The ferry returned to Oban harbour on Friday."]


def test_questions_headings_and_credits_are_not_facts():
    paragraphs = (
        "Prosecutors in Sweden have dropped an investigation into the harbour fire.",
        "What charges does the owner face in the US?",  # a subheading
        "One chapter over, another barely begun",  # an analysis box's heading
        "Caroline Hawley, diplomatic correspondent",  # its byline
        "So why is the council dragging its heels about the new pier?",  # a rhetorical question
        "The council will decide on the new pier next month, its leader said",  # no full stop, but long
    )
    facts = [f.text for f in merge_story((make_article("q", "Harbour fire", paragraphs),)).facts]
    assert facts == [paragraphs[0], paragraphs[5]]


def test_the_words_facts_are_looked_up_by_find_every_restatement():
    """Skipping a sentence's commonest words when looking facts up must never lose a match:
    every pair of sentences close enough to be one fact shares one of the words kept."""
    checked = 0
    for articles in (synthetic_story(), frozen_articles("bbc-replicas"), ACME_STORY):
        units = [u for a in articles for u in article_units(a)]
        weights = word_weights(tuple(units))
        sizes = WordSizes(weights)
        for a, b in combinations(units, 2):
            if overlap(a.words, b.words, weights) >= SAME_FACT:
                checked += 1
                assert set(telling_words(a, sizes)) & b.words, (a.ref.text, b.ref.text)
                assert set(telling_words(b, sizes)) & a.words, (a.ref.text, b.ref.text)
                assert sizes.overlap(a.words, b.words) == overlap(a.words, b.words, weights)
    assert checked > 100
