"""A story's sentences, located and described so they can be compared across outlets.

Every sentence keeps its place (article, paragraph, sentence index from the same splitter the
article pages use, so `p{i}-s{j}` anchors match) and the features merging compares: content
words, figures and names. Word weights are inverse frequencies over the story's own sentences,
so the words every sentence repeats ("Acme", "plant") count for less than the telling ones.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from generator.group.words import content_words, numbers
from generator.models import Article, SentenceRef
from generator.parse.sentences import split_sentences

MIN_WORDS = 3  # fewer content words than this is a fragment ("Original url:"), not a statement


@dataclass(frozen=True)
class Unit:
    """One sentence of one article, with what merging compares."""

    ref: SentenceRef
    words: frozenset[str]
    figures: frozenset[str]
    order: int  # position in its article, for "earlier is more important"


Weights = dict[str, float]


def article_units(article: Article) -> tuple[Unit, ...]:
    """Every sentence of an article that says something, in reading order."""
    units: list[Unit] = []
    order = 0
    for p, paragraph in enumerate(article.paragraphs):
        for s, sentence in enumerate(split_sentences(paragraph)):
            words = frozenset(content_words(sentence))
            if len(words) >= MIN_WORDS:
                ref = SentenceRef(article.id, p, s, sentence)
                units.append(Unit(ref, words, numbers(sentence), order))
            order += 1
    return tuple(units)


def word_weights(units: tuple[Unit, ...]) -> Weights:
    """Smoothed inverse sentence frequency of each word within the story."""
    df: Counter[str] = Counter()
    for unit in units:
        df.update(unit.words)
    total = len(units)
    return {w: math.log((total + 1) / (n + 1)) + 1 for w, n in df.items()}


def overlap(a: frozenset[str], b: frozenset[str], weights: Weights) -> float:
    """Weighted Dice coefficient of two word sets: 1 for the same words, 0 for none shared."""
    shared = sum(weights.get(w, 1.0) for w in a & b)
    total = sum(weights.get(w, 1.0) for w in a) + sum(weights.get(w, 1.0) for w in b)
    return 2 * shared / total if total else 0.0


def figures_agree(a: Unit, b: Unit) -> bool:
    """Sentences that both state figures must share one to say the same thing."""
    return not (a.figures and b.figures) or bool(a.figures & b.figures)
