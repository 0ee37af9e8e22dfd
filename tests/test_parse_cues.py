"""The substring tests that rule a regex out must never rule out a text the regex would match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.parse.cues import FOLDS_UNLIKE_LOWER, folded, may_contain, may_contain_folded


def test_every_letter_that_ignorecase_folds_unlike_lower_is_known() -> None:
    """A case-insensitive regex matches these to an ASCII letter; str.lower() does not make them one."""
    letter = re.compile("[a-z]", re.I)
    odd = {
        chr(c)
        for c in range(0x80, 0x110000)
        if letter.fullmatch(chr(c)) and not (len(chr(c).lower()) == 1 and chr(c).lower().isascii())
    }
    assert odd == set(FOLDS_UNLIKE_LOWER)


_CUES = ("photo by", "ago", ".com")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="PhotBy AGOago.cCoOmMſıİK\u212a", max_size=20))
def test_folded_cues_never_miss_a_case_insensitive_match(text: str) -> None:
    pattern = re.compile("|".join(map(re.escape, _CUES)), re.I)
    if pattern.search(text):
        assert may_contain_folded(folded(text), _CUES)


def test_plain_cues_are_case_sensitive_substrings() -> None:
    assert may_contain("a Photo here", ("Photo",)) and not may_contain("a photo here", ("Photo",))
    assert not may_contain_folded(folded("nothing to see"), _CUES)
    assert may_contain_folded(folded("PHOTO BY Jane"), _CUES) and may_contain_folded(folded("thİs"), ("zzz",))
