"""TF-IDF term vectors of articles, the representation grouping compares.

An article's vector mixes its title (counted twice: headlines name the event), its body's content
words and its entity names. Weights are sublinear tf times squared smoothed idf over the articles
being grouped, L2-normalised, so the dot product of two vectors is their cosine similarity.
Squaring idf lets the rare words that name an event (a place, a ship, a defendant) outweigh the
topic vocabulary two different events share ("senate", "budget", "storm"); a word no other
article uses cannot make two articles alike, so it is damped instead of diluting the shared ones
(damped, not dropped from the length: in a small digest two articles sharing one common word must
not look equal). It is then left out of the vector itself, where it could add nothing to a cosine
and would only cost time and take a slot among an article's indexed strongest terms. The words
of the article's places count 0.7 times: a city's name is shared by every event there, while
what happened and who did it tell the events apart.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from operator import mul

from generator.group.language import article_stopwords
from generator.group.words import content_words, fold, name_words, names
from generator.models import Article

Vector = dict[str, float]
TITLE_WEIGHT = 2
BODY_WORDS = 1000  # the lead carries the event; long tails drift into background
NAME_PARAGRAPHS = 10  # the people and places of the opening paragraphs name the event; later ones are background
IDF_POWER = 2
UNSHARED_WEIGHT = 0.25  # the weight kept by a term found in one article only
PLACE_WEIGHT = 0.7  # the count kept by a word of one of the article's places (see damp_places)


def article_terms(article: Article) -> Counter[str]:
    """Term counts of one article: title words (weighted), lead body words and names.

    Names count as terms of their own ("#kushner" besides "kushner"): two stories on one topic
    share vocabulary, but the people and places in them tell the events apart.
    """
    terms: Counter[str] = Counter()
    also_stop = article_stopwords(article.title, article.paragraphs)  # empty for English
    for word in content_words(article.title, also_stop):
        terms[word] += TITLE_WEIGHT
    terms.update(lead_words(article.paragraphs, BODY_WORDS, also_stop))
    for paragraph in article.paragraphs[:NAME_PARAGRAPHS]:
        terms.update("#" + name for name in names(paragraph))
    for entity in article.entities:
        terms["@" + fold(entity.name)] += 1
    return damp_places(terms, article)


def damp_places(terms: Counter[str], article: Article) -> Counter[str]:
    """The words of the article's places count PLACE_WEIGHT times (their "@" entity term stays
    whole): two events in Hong Kong, a protest and a share listing, share "hong" and "kong"
    as much as two reports of one protest do, while what happened tells them apart."""
    places = {
        word
        for entity in article.entities
        if entity.kind == "place"
        for spelling in (entity.name, *entity.aliases)
        for word in name_words(spelling)
    }
    for term in [t for t in terms if t[0] != "@" and t.lstrip("#") in places]:
        terms[term] *= PLACE_WEIGHT
    return terms


def lead_words(paragraphs: tuple[str, ...], limit: int, also_stop: frozenset[str] = frozenset()) -> list[str]:
    """The first `limit` content words of the body, reading no further than needed."""
    found: list[str] = []
    for paragraph in paragraphs:
        found.extend(content_words(paragraph, also_stop))
        if len(found) >= limit:
            break
    return found[:limit]


def document_frequencies(term_counts: list[Counter[str]]) -> Counter[str]:
    """In how many articles each term appears."""
    df: Counter[str] = Counter()
    for counts in term_counts:
        df.update(counts.keys())
    return df


def tfidf_vector(
    counts: Counter[str], df: Counter[str], total: int, idf: dict[int, float] | None = None
) -> Vector:
    """Sublinear tf x squared smoothed idf over the vector's length (empty for no content words).

    `idf` (from idf_table) saves recomputing the same logarithms for every article of a batch.
    Terms of this article alone count towards its length but are not kept (see the module doc).
    """
    idf = idf if idf is not None else idf_table(df, total)
    weights = {term: sublinear(tf) * idf[df[term]] for term, tf in counts.items()}
    norm = math.sqrt(sum(map(mul, weights.values(), weights.values())))
    if not norm:
        return {}
    return {t: weights[t] / norm for t in sorted(weights) if df[t] > 1}


@lru_cache(maxsize=1024)
def sublinear(tf: int) -> float:
    """1 + log tf: a word said ten times is not ten times the evidence (cached: counts are small)."""
    return 1 + math.log(tf)


def idf_table(df: Counter[str], total: int) -> dict[int, float]:
    """Squared smoothed idf, damped for a term only one article uses, by document frequency: a
    batch has few distinct frequencies, so each weight is computed once."""
    return {
        count: (math.log((total + 1) / (count + 1)) + 1) ** IDF_POWER
        * (UNSHARED_WEIGHT if count <= 1 else 1.0)
        for count in {0, *df.values()}
    }


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two articles: the dot product of their vectors over the shared terms (a C-level
    set intersection), summed in term order so the result is the same every run."""
    return sum(a[t] * b[t] for t in sorted(a.keys() & b.keys()))
