"""summary's string shortcuts give what the regexes they stand in for give, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.parse import summary

# Text made of the characters the shortcuts look at, so the edge cases come up often.
_PIECES = st.sampled_from(
    ['"', "“", "”", "«", "»", "„", "'", "’", ")", "]", ".", "!", "?", "…", "\n", " ", "2024", "12", "a", "Word",
     ", ", ":", "/", "-", "é", "x" * 30]
)  # fmt: skip
TEXTS = st.lists(_PIECES, max_size=30).map("".join) | st.text(max_size=80)

ENDS_LIKE_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*$")  # what ends_like_sentence replaced
QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"))


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_ends_like_sentence_agrees_with_the_regex(text: str) -> None:
    assert summary.ends_like_sentence(text) == bool(ENDS_LIKE_SENTENCE.search(text))


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_is_date_only_agrees_with_the_regex_at_any_length(text: str) -> None:
    assert summary.is_date_only(text) == bool(summary._DATE_ONLY.match(text))


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_quoted_share_is_the_share_the_quote_regex_finds(text: str) -> None:
    inside = sum(len(m) for m in summary._QUOTED.findall(text))
    assert summary.quoted_share(text) == inside / max(1, len(text))


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_quotes_balanced_counts_each_pair(text: str) -> None:
    expected = text.count('"') % 2 == 0 and all(text.count(o) == text.count(c) for o, c in QUOTE_PAIRS[1:3])
    assert summary.quotes_balanced(text) == expected


def test_a_long_date_line_is_still_no_date_only_line() -> None:
    assert summary.is_date_only("Updated 12 March 2024, 10:00")
    assert not summary.is_date_only("Updated 12 March 2024, 10:00 " + "x" * 60)
    longest = "a" * 39 + " 2024 " + "b" * 19  # 40 characters, the year, 20 characters: 64 in all
    assert summary.is_date_only(longest) and summary.is_date_only(longest + "\n")


_CREDIT_PIECES = st.sampled_from(
    ["(", ")", "AP", "ap", "AFP", "Reuters", "Getty", "EPA", " Images", "Photo", " by", "File ", "Picture:", "http",
     "s://", "x.com", ".ORG", ".ru", "/path", " ", "\n", "word", "ſ", "İ", "K"]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(_CREDIT_PIECES, max_size=14).map("".join) | st.text(max_size=40))
def test_has_credit_gate_never_hides_a_credit(text: str) -> None:
    assert summary.has_credit(text) == bool(summary._CREDIT.search(text))


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60) | TEXTS)
def test_words_of_finds_what_the_unicode_word_regex_finds(text: str) -> None:
    assert summary.words_of(text) == summary._WORD.findall(text)


@settings(max_examples=600, deadline=None)
@given(TEXTS, st.integers(-1, 12))
def test_has_words_counts_like_a_full_split(text: str, count: int) -> None:
    assert summary.has_words(text, count) == (len(text.split()) >= count)
