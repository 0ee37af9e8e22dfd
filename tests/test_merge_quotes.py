"""Quotes: the same words from compatible speakers across outlets become one MergedQuote."""

from __future__ import annotations

from generator.merge import index_quotes, merge_story
from generator.merge.quotes import same_speaker, same_words
from generator.models import Quote
from tests.fixtures.stories.articles import ACME_STORY, GAZETTE, LEDGER, POST, make_article


def test_one_quote_in_three_outlets_is_merged_with_its_variant_wording():
    story = merge_story(ACME_STORY)
    hardest = next(q for q in story.quotes if "hardest decision" in q.text)
    assert hardest.articles == (GAZETTE.id, LEDGER.id, POST.id)
    assert hardest.speaker == "Dana Whitfield"
    assert hardest.text == "This is the hardest decision we have made in forty years."
    assert hardest.variants == ("This is the hardest decision we have made in 40 years",)
    assert hardest.via == "Millbrook Radio"
    assert hardest.story == story.id
    assert not hardest.partial


def test_partial_quotes_stay_partial_and_are_deduplicated():
    story = merge_story(ACME_STORY)
    betrayal = [q for q in story.quotes if "betrayal" in q.text]
    assert len(betrayal) == 1 and betrayal[0].partial
    assert betrayal[0].articles == (GAZETTE.id, POST.id)


def test_speakers_are_compatible_by_surname_or_when_unknown():
    assert same_speaker("Whitfield", "Dana Whitfield")
    assert same_speaker(None, "Dana Whitfield")
    assert not same_speaker("Marco Ruiz", "Dana Whitfield")


def test_wording_ignores_marks_and_case_but_not_content():
    assert same_words("« We will rebuild »", "“we will rebuild,”")
    assert not same_words("We will rebuild", "They will never return here")


def test_a_word_or_two_in_quotation_marks_restates_only_the_same_words():
    """ "Oxy Pure" is inside the long quote describing Oxy Pure, and a lone "S" (a trim level) is
    in every quote that says "U.S.": neither is another wording of it."""
    long = "An Indian start-up based out of Delhi, Oxy Pure was launched to clean the air in the U.S. too"
    assert not same_words("Oxy Pure", long)
    assert not same_words("S", long)
    assert same_words("“Oxy Pure”", "oxy pure")
    assert same_words("clean the air", long)  # three words may restate a longer quote
    a = make_article("a", "Air", ("x",), quotes=(Quote(long, "the website", None, 0),))
    b = make_article("b", "Air", ("x",), quotes=(Quote("Oxy Pure", None, None, 0, partial=True),))
    quotes = merge_story((a, b)).quotes
    assert len(quotes) == 2 and all(q.variants == () for q in quotes)


def test_a_sentence_of_the_quote_quoted_alone_is_no_other_wording():
    whole = "I could not stand for more than a few minutes. Going upstairs to bed took half an hour."
    excerpt = "Going upstairs to bed took half an hour"
    reworded = "I could not stand for more than a few minutes; going upstairs took me half an hour."
    articles = tuple(
        make_article(name, "Duvet", ("x",), quotes=(Quote(text, "the patient", None, 0),))
        for name, text in (("a", whole), ("b", whole), ("c", excerpt), ("d", reworded))
    )
    (quote,) = merge_story(articles).quotes
    assert quote.text == whole
    assert quote.variants == (reworded,)


def test_same_words_from_different_speakers_stay_apart():
    a = make_article("a", "Vote", ("x",), quotes=(Quote("We will win this vote", "Ana Lind", None, 0),))
    b = make_article("b", "Vote", ("x",), quotes=(Quote("We will win this vote", "Per Holm", None, 0),))
    assert len(merge_story((a, b)).quotes) == 2


def test_quote_index_orders_by_speaker_then_text_across_stories():
    a = make_article("a", "One", ("x",), quotes=(Quote("Zebras run", "Bo Alder", None, 0),))
    b = make_article("b", "Two", ("x",), quotes=(Quote("Apples fall", "Cy Birch", None, 0), Quote("Anon words here", None, None, 0)))
    index = index_quotes((merge_story((a,)), merge_story((b,))))
    assert [q.speaker for q in index] == ["Bo Alder", "Cy Birch", None]
