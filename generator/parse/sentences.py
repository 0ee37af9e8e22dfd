"""Split a paragraph into sentences without a language model.

Abbreviations ("U.S.", "Mr.", "Aug.") and initials do not end a sentence; a closing quotation mark
after the full stop belongs to the sentence it closes.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr inc ltd co corp vs etc no"
    " jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m".split()
)
_BOUNDARY = re.compile(r"(?<=[.!?])([\"'”’»)]*)\s+(?=[\"'“‘«(]?[A-Z0-9])")


def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Return the sentences of one paragraph, in order, stripped."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.start() + len(match.group(1))
        candidate = paragraph[start:end]
        last_word = candidate.rstrip("\"'”’»).!?").rsplit(None, 1)[-1:] or [""]
        word = last_word[0].lower()
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        sentences.append(candidate.strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return tuple(s for s in sentences if s)
