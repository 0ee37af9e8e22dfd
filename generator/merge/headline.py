"""The story's title and lede: the ones most representative of all its articles.

A title (or opening sentence) is representative when its words are the words the other articles
use too: each candidate is scored by its mean overlap with every other article's text.
"""

from __future__ import annotations

from generator.group.words import content_words
from generator.merge.sentences import Unit, Weights, overlap
from generator.models import Article


def representative_title(articles: tuple[Article, ...], weights: Weights) -> str:
    """The headline closest to what all the articles say (the first on a tie)."""
    texts = [frozenset(content_words(a.title + " " + " ".join(a.paragraphs))) for a in articles]
    return max(
        articles,
        key=lambda a: (
            centrality(frozenset(content_words(a.title)), texts, weights),
            -articles.index(a),
        ),
    ).title


def lede(units_by_article: tuple[tuple[Unit, ...], ...], weights: Weights) -> str:
    """The opening sentence, among the articles' first sentences, that the others best agree with."""
    openings = [units[0] for units in units_by_article if units]
    if not openings:
        return ""
    texts = [frozenset().union(*(u.words for u in units)) for units in units_by_article]
    return max(
        openings, key=lambda u: (centrality(u.words, texts, weights), -openings.index(u))
    ).ref.text


def centrality(words: frozenset[str], texts: list[frozenset[str]], weights: Weights) -> float:
    """Mean share of the candidate's (weighted) words found in each article's text."""
    total = sum(weights.get(w, 1.0) for w in words)
    if not total or not texts:
        return 0.0
    return sum(sum(weights.get(w, 1.0) for w in words & t) / total for t in texts) / len(texts)
