"""Properties of find_quotes on arbitrary and hostile text: no crash, balanced, linear, stable."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.parse.quotes import SEPARATOR, find_quotes

PIECES = list("ab Cd,.:'\"“”‘’„«»‚ \u00a0") + ["said", " Mr.", " he ", "Ann Lee", "\n"]
MARKY = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
PARAGRAPHS = st.lists(MARKY, min_size=1, max_size=5).map(tuple)


def unmarked(text: str) -> str:
    """Text without quotation marks (a running quote's re-opening mark is not part of it)."""
    return " ".join(text.translate({ord(c): " " for c in "'\"“”‘’„«»‚"}).split())


@settings(max_examples=300, deadline=None)
@given(PARAGRAPHS)
def test_any_text_gives_quotes_whose_words_are_in_the_text(paragraphs):
    quotes = find_quotes(paragraphs)
    joined = " ".join(filter(None, (unmarked(p) for p in paragraphs)))
    for quote in quotes:
        assert 0 <= quote.paragraph < len(paragraphs)
        for part in quote.text.split(SEPARATOR):
            assert " ".join(unmarked(part).split()[:3]) in joined
    assert find_quotes(paragraphs) == quotes


@settings(max_examples=200, deadline=None)
@given(PARAGRAPHS)
def test_quotes_are_trimmed_and_never_empty(paragraphs):
    for quote in find_quotes(paragraphs):
        assert quote.text and quote.text.strip() == quote.text


def test_hostile_run_on_paragraph_stays_fast():
    paragraph = 'The Big Man of the Old Town, who, said, "x" ' * 600
    started = time.perf_counter()
    quotes = find_quotes((paragraph,))
    assert len(quotes) == 600
    assert time.perf_counter() - started < 5


def test_thousands_of_marks_and_apostrophes_stay_fast():
    started = time.perf_counter()
    assert find_quotes(('" ' * 20000 + "'" * 20000 + " rock 'n' roll" * 2000,)) == ()
    assert time.perf_counter() - started < 5
