"""Split a paragraph into sentences without a language model.

Article pages anchor every sentence (`p{i}-s{j}`) and merge compares sentences across outlets, so
the split must be deterministic and must keep every character of the paragraph, in order: the
sentences joined with single spaces give back the paragraph with its whitespace collapsed.

A candidate boundary is a run of `.`, `!`, `?` or `…`, then any closing quotes or brackets, then
whitespace, then something that can open a sentence (a capital, a digit, an opening quote or
bracket). It is rejected after a title ("Mr.", "Gen."), an initial ("Donald J. Trump"), a number
marker ("No. 10") or a month abbreviation before a day ("Aug. 12"); after other abbreviations
("U.S.", "a.m.", "Inc.") and after an ellipsis it is kept only when a typical sentence opener
follows. Full stops inside quotation marks do end sentences: a multi-sentence quote is split
like any other text. A line break followed by a list marker always starts a new sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.parse.lexicon import SENTENCE_OPENERS, SOFT_ABBREVIATIONS, TITLE_ABBREVIATIONS

ABBREVIATIONS = TITLE_ABBREVIATIONS | SOFT_ABBREVIATIONS  # lowercase, without the final dot
# A mark that ends a sentence or a clause, in the scripts that mark one: Latin, Greek (;),
# Armenian, Arabic, Devanagari, Ethiopic, Myanmar, Tibetan, CJK; an ellipsis counts as well.
SENTENCE_END_MARK = re.compile(r"[.!?…:;;։؟۔।॥።၊။།。！？．‽]")

# Closing quotes and brackets that may follow a stop (the splitter also takes “ ‘ › directly
# after it, as German „…“ closes, and a spaced » as French does).
CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«„([¿¡"
_CANDIDATE = re.compile(
    r"(?P<end>[.!?…]+(?:[" + re.escape(CLOSERS) + r"“‘›]|[ \u00a0\u202f][»›])*)"
    r"(?P<space>\s+)"
    r"(?=[" + re.escape(_OPENERS) + r"]*[^\W_a-z])"
)
_LIST_ITEM = re.compile(r"\n\s*(?=(?:[-*•·–]|\d{1,2}[.)])\s)")
_FIRST_WORD = re.compile(r"[" + re.escape(_OPENERS) + r"]*([^\s" + re.escape(CLOSERS) + r".,;:!?]*)")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")
_NUMBER_MARKER = re.compile(r"^\(?\d{1,3}\)?$|^[a-zA-Z]\)$")


@lru_cache(maxsize=1 << 15)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Return the sentences of one paragraph, in order, stripped, never empty.

    Cached: the summary, entities, merge and render stages all split the same paragraphs."""
    sentences: list[str] = []
    for chunk in _LIST_ITEM.split(paragraph):
        sentences.extend(split_chunk(chunk))
    return tuple(sentences)


def split_chunk(text: str) -> list[str]:
    """Split text that holds no list items at the sentence boundaries that survive the checks."""
    pieces: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        before = text[start : match.start("end")]
        if ends_sentence(before, match.group("end"), first_word(text, match.end())):
            piece = " ".join(text[start : match.start("space")].split())
            if piece:
                pieces.append(piece)
            start = match.end()
    tail = " ".join(text[start:].split())
    if tail:
        pieces.append(tail)
    return pieces


def ends_sentence(before: str, terminator: str, next_word: str) -> bool:
    """Decide whether the terminator after `before`, followed by `next_word`, really closes a sentence."""
    if next_word[:1].islower():
        return False  # '"Why?" he asked.' — the attribution continues the sentence
    punctuation = terminator.rstrip(CLOSERS + "“‘› \u00a0\u202f")
    if punctuation in {"?", "!", "?!", "!?", "!!", "??"} or len(punctuation) > 1 and "." not in punctuation:
        return True
    last = last_word(before)
    if not last:
        return False
    if "…" in punctuation or punctuation.startswith(".."):
        return is_opener(next_word)
    if terminator != punctuation:
        return True  # a quote or bracket closed after the full stop: '... future." Trump ...'
    if _NUMBER_MARKER.match(last) and before.strip() == last:
        return False  # "1. The first item": a list number, not a sentence of its own
    return full_stop_ends(last, next_word)


def full_stop_ends(last: str, next_word: str) -> bool:
    """A single full stop after `last`: is it the end of a sentence or of an abbreviation?"""
    bare = last.lstrip(_OPENERS).rstrip(".").lower()
    if bare in TITLE_ABBREVIATIONS:
        return False
    starts_digit = next_word[:1].isdigit()
    if bare in SOFT_ABBREVIATIONS or _DOTTED.match(bare + "."):
        return not starts_digit and is_opener(next_word)
    if is_initial(last.lstrip(_OPENERS).rstrip(".")):
        return is_opener(next_word)  # "Donald J. Trump" vs "plan B. It failed"
    return True


def is_initial(word: str) -> bool:
    """A single capital A-Z, as in "Donald J. Trump"."""
    return len(word) == 1 and "A" <= word <= "Z"


def last_word(text: str) -> str:
    """The last whitespace-separated word of text (with its punctuation)."""
    words = text.rsplit(None, 1)  # from the end: a regex search would try every position
    return words[-1] if words else ""


def first_word(text: str, start: int = 0) -> str:
    """The first word of text from `start` on, without opening quotes or brackets."""
    match = _FIRST_WORD.match(text, start)
    return match.group(1) if match else ""


def is_opener(word: str) -> bool:
    """Is this a word that typically opens a sentence ("The", "He", "But")?"""
    return word.lower().strip("'’") in SENTENCE_OPENERS
