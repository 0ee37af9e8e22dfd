"""Words that carry meaning: the shared vocabulary of grouping and merging.

Both stages compare texts by their content words (lower-cased, lightly stemmed, stop words out),
their figures and their names, so "1,200 workers were laid off" and "The firm laid off 1,200
workers" look alike while "the", "said" and punctuation conventions do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

STOPWORDS = frozenset(
    """a about above after again against all almost also although am among an and another any are
    around as at be because been before being below between both but by can could did do does
    doing down during each either else even ever every few for from further had has have having he
    her here hers herself him himself his how however i if in into is it its itself just last
    least less like made make many may me might more most much must my myself near neither never
    new next no nor not now of off often on once one only or other others our ours ourselves out
    over own per perhaps rather said same says say saying see seen several shall she should since
    so some still such than that the their theirs them themselves then there these they this those
    though through thus to told too toward towards under until up upon us very via was we were what
    whatever when where whether which while who whom whose why will with within without would yet
    you your yours yourself yourselves according added adds week year years day
    days time times tuesday monday wednesday thursday friday saturday sunday today yesterday
    tomorrow mr mrs ms dr two three four five six seven eight nine ten first second third""".split()
)
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?:\s?(?:%|per\s?cent|percent))?")
_NAME = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", re.UNICODE)
_SUFFIXES = ("ings", "ing", "ies", "ied", "es", "ed", "s")
_SENTENCE_ENDS = frozenset(".!?\"“”«»„")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """Lower-case, accents off and curly apostrophes straight, so spellings compare equal."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return _NON_ASCII.sub(_without_accents, decomposed).lower()


def _without_accents(run: re.Match[str]) -> str:
    """A run of non-ASCII characters minus its combining marks (ASCII never combines, so only
    these runs need looking at, character by character)."""
    return "".join(c for c in run.group(0) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix cut ("workers" -> "worker", "talks" -> "talk"); enough to match paraphrases."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def words(text: str) -> list[str]:
    """Every word of a text, folded, in order."""
    return _WORD.findall(fold(text))


def uncapitalised_words(text: str) -> list[str]:
    """The words of a text written in lower case (or in a script without case), folded: the
    ones that can be function words, names and sentence openings left out."""
    return [fold(w) for w in _WORD.findall(text) if w == w.lower()]


def content_words(text: str, also_stop: frozenset[str] = frozenset()) -> list[str]:
    """The stemmed words that are not stop words or bare numbers, in order (repeats kept).

    `also_stop`: folded words to leave out as well (another language's function words).
    """
    if also_stop:
        return [c for c in (content_word(w) for w in words(text) if w not in also_stop) if c]
    return [content for content in map(content_word, words(text)) if content]


@lru_cache(maxsize=1 << 16)
def content_word(word: str) -> str:
    """A folded word's stem, or "" for a stop word, a bare number or a single letter (cached:
    a vocabulary is small next to the text it is read from)."""
    if word in STOPWORDS or word.isdigit() or len(word) <= 1:
        return ""
    return stem(word)


def numbers(text: str) -> frozenset[str]:
    """The figures a text states, normalised ("1,200" and "1200" are the same figure)."""
    return frozenset(normalise_number(m.group(0)) for m in _NUMBER.finditer(text))


def normalise_number(raw: str) -> str:
    """Drop thousands separators and spell percentages one way."""
    value = re.sub(r"\s?(per\s?cent|percent)$", "%", raw.strip())
    value = value.replace(" %", "%")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(%?)", value):
        value = value.replace(",", "")
    return value


def names(text: str) -> frozenset[str]:
    """Capitalised words not at a sentence start, folded: a cheap stand-in for named entities."""
    found: set[str] = set()
    for match in _NAME.finditer(text):
        before = match.start() - 1  # look back over the gap only: linear in the text
        while before >= 0 and text[before].isspace():
            before -= 1
        if before >= 0 and text[before] not in _SENTENCE_ENDS:
            found.update(name_words(match.group(0)))
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def name_words(phrase: str) -> tuple[str, ...]:
    """The stems of a capitalised phrase's words, stop words and single letters out (cached:
    the same names recur through a text and across articles)."""
    return tuple(stem(w) for w in words(phrase) if w not in STOPWORDS and len(w) > 1)
