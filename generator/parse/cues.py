"""Substring tests that rule out a costly regex before it runs.

A regex searched for in a paragraph is tried at every position; most of our patterns need a
particular word ("Photo", a month, "ago") that most paragraphs do not hold, and `in` finds out
far sooner. Each caller lists, next to its regex, words one of which every match contains, so
the test only ever skips a search that would have found nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Letters that a case-insensitive regex matches to an ASCII letter but that str.lower() does not
# turn into it ("İ", "ı", "ſ"): with one of them in the text, lowercase cues could miss a match.
FOLDS_UNLIKE_LOWER = frozenset("\u0130\u0131\u017f")


def may_contain(text: str, cues: tuple[str, ...]) -> bool:
    """Does the text hold one of the cues (case-sensitive)?"""
    return any_of(cues).search(text) is not None


def folded(text: str) -> str | None:
    """The text lowercased, for looking up the lowercase cues of a case-insensitive regex; None
    when it holds a letter lowercasing does not fold as the regex does (then nothing is ruled out)."""
    if not text.isascii() and any(map(text.__contains__, FOLDS_UNLIKE_LOWER)):
        return None
    return text.lower()


def may_contain_folded(lowered: str | None, cues: tuple[str, ...]) -> bool:
    """Could a case-insensitive regex whose every match contains one of the lowercase `cues`
    match the text whose folded() form is `lowered`?"""
    return lowered is None or any(map(lowered.__contains__, cues))


@lru_cache(maxsize=256)
def any_of(cues: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for all the cues: the text is scanned once, stopping only at the cues' first
    characters, instead of once per cue (on corpus1k's paragraphs the twelve month stems take a
    third of the CPU of twelve `in` tests, "-0".."-9" a tenth). Not for lowercased text, where
    the cues' first letters are everywhere and `in` is faster."""
    return re.compile("|".join(map(re.escape, cues)))
