"""Words that carry meaning: the shared vocabulary of grouping and merging.

Both stages compare texts by their content words (lower-cased, lightly stemmed, stop words out),
their figures and their names, so "1,200 workers were laid off" and "The firm laid off 1,200
workers" look alike while "the", "said" and punctuation conventions do not matter.
"""

from __future__ import annotations

import re
import unicodedata

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


def fold(text: str) -> str:
    """Lower-case, accents off and curly apostrophes straight, so spellings compare equal."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


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


def content_words(text: str) -> list[str]:
    """The stemmed words that are not stop words or bare numbers, in order (repeats kept)."""
    return [
        stem(w) for w in words(text) if w not in STOPWORDS and not w.isdigit() and len(w) > 1
    ]


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
    found = set()
    for match in _NAME.finditer(text):
        start = match.start()
        before = text[:start].rstrip()
        if not before or before[-1] in ".!?\"“”«»„":
            continue
        for word in words(match.group(0)):
            if word not in STOPWORDS and len(word) > 1:
                found.add(stem(word))
    return frozenset(found)
