"""The story's title and lede: the ones most representative of all its articles.

A title (or opening sentence) is representative when its words are the words the other articles
use too: each candidate is scored by its mean overlap with every other article's text. Among the
titles representative enough, one shaped like a headline wins: a reader's file may have only a
first line standing in for a title ("The Kremlin says Putin spoke with Kim.", a sentence), while
another outlet's file carries its real headline with byline and date.
"""

from __future__ import annotations

import re

from generator.group.words import STOPWORDS
from generator.merge.sentences import SplitArticle, Unit, Weights, weight, word_set
from generator.models import Article

REPRESENTATIVE_SHARE = 0.75  # a title this close to the best centrality is representative enough
HEADLINE_WORDS = (3, 20)  # "Floods hit Harbourton" to about twenty words; not a kicker or a paragraph
_WORD = re.compile(r"[^\W_]+")


def representative_title(split: tuple[SplitArticle, ...], weights: Weights) -> str:
    """The most headline-shaped of the representative titles (closest to all articles on a tie)."""
    articles = tuple(s.article for s in split)
    if len(articles) == 1:
        return articles[0].title  # nothing to compare with
    texts = [s.all_words for s in split]
    scores = [centrality(word_set(a.title), texts, weights) for a in articles]
    best = max(scores)
    ranked = [
        (headline_shape(a), score, -index)
        for index, (a, score) in enumerate(zip(articles, scores))
        if score >= REPRESENTATIVE_SHARE * best
    ]
    _, _, minus_index = max(ranked)
    return articles[-minus_index].title


def headline_shape(article: Article) -> int:
    """How much a title looks like a real headline: 0 (a sentence or fragment) to 4.

    One point each for: no sentence-ending full stop or cut-off ellipsis, a headline's length,
    title case, and an article that states its outlet, byline or date (a file with metadata has
    a real headline; a bare text file's first line may be anything).
    """
    title = article.title.strip()
    length = len(_WORD.findall(title))
    return (
        (not ends_like_a_sentence(title))
        + (HEADLINE_WORDS[0] <= length <= HEADLINE_WORDS[1])
        + is_title_case(title)
        + any((article.source, article.author, article.published))
    )


def ends_like_a_sentence(title: str) -> bool:
    """A closing full stop (not an initial like "U.S.") or an ellipsis where text was cut off."""
    stripped = title.rstrip("\"”’' ")
    if stripped.endswith(("…", "...")):
        return True
    return stripped.endswith(".") and not re.search(r"\b(?:[A-Z]\.)+$", stripped)


def is_title_case(title: str) -> bool:
    """Most words that are not short function words start with a capital ("Vow to Strengthen")."""
    significant = [w for w in re.findall(r"[^\W\d_][\w’'-]*", title) if w.lower() not in STOPWORDS]
    if len(significant) < 2:
        return False
    capitalised = sum(1 for w in significant if w[0].isupper())
    return capitalised >= 0.8 * len(significant)


def lede(units_by_article: tuple[tuple[Unit, ...], ...], weights: Weights) -> str:
    """The opening sentence, among the articles' first sentences, that the others best agree with."""
    openings = [units[0] for units in units_by_article if units]
    if len(openings) < 2:
        return openings[0].ref.text if openings else ""  # nothing to compare with
    texts = [frozenset().union(*(u.words for u in units)) for units in units_by_article]
    return max(
        openings, key=lambda u: (centrality(u.words, texts, weights), -openings.index(u))
    ).ref.text


def centrality(words: frozenset[str], texts: list[frozenset[str]], weights: Weights) -> float:
    """Mean share of the candidate's (weighted) words found in each article's text."""
    total = weight(words, weights)
    if not total or not texts:
        return 0.0
    return sum(weight(words & t, weights) / total for t in texts) / len(texts)
