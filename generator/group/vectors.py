"""TF-IDF term vectors of articles, the representation grouping compares.

An article's vector mixes its title (counted twice: headlines name the event), its body's content
words and its entity names. Weights are sublinear tf times squared smoothed idf over the articles
being grouped, L2-normalised, so the dot product of two vectors is their cosine similarity.
Squaring idf lets the rare words that name an event (a place, a ship, a defendant) outweigh the
topic vocabulary two different events share ("senate", "budget", "storm"); a word no other
article uses cannot make two articles alike, so it is damped instead of diluting the shared ones
(damped, not dropped: in a small digest two articles sharing one common word must not look equal).
"""

from __future__ import annotations

import math
from collections import Counter

from generator.group.words import content_words, fold, names
from generator.models import Article

Vector = dict[str, float]
TITLE_WEIGHT = 2
BODY_WORDS = 1000  # the lead carries the event; long tails drift into background
NAME_PARAGRAPHS = 10  # the people and places of the opening paragraphs name the event; later ones are background
IDF_POWER = 2
UNSHARED_WEIGHT = 0.25  # the weight kept by a term found in one article only


def article_terms(article: Article) -> Counter[str]:
    """Term counts of one article: title words (weighted), lead body words and names.

    Names count as terms of their own ("#kushner" besides "kushner"): two stories on one topic
    share vocabulary, but the people and places in them tell the events apart.
    """
    terms: Counter[str] = Counter()
    for word in content_words(article.title):
        terms[word] += TITLE_WEIGHT
    terms.update(content_words(" ".join(article.paragraphs))[:BODY_WORDS])
    for paragraph in article.paragraphs[:NAME_PARAGRAPHS]:
        terms.update("#" + name for name in names(paragraph))
    for entity in article.entities:
        terms["@" + fold(entity.name)] += 1
    return terms


def document_frequencies(term_counts: list[Counter[str]]) -> Counter[str]:
    """In how many articles each term appears."""
    df: Counter[str] = Counter()
    for counts in term_counts:
        df.update(counts.keys())
    return df


def tfidf_vector(counts: Counter[str], df: Counter[str], total: int) -> Vector:
    """Sublinear tf x squared smoothed idf, unit length (empty for an article with no content words)."""
    weights = {
        term: (1 + math.log(tf))
        * (math.log((total + 1) / (df[term] + 1)) + 1) ** IDF_POWER
        * (UNSHARED_WEIGHT if df[term] <= 1 else 1.0)
        for term, tf in counts.items()
    }
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in sorted(weights.items())} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors, iterating over the shorter one."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())
