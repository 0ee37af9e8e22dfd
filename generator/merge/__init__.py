"""Merge stage: one story's articles -> one Story, as told across outlets.

Title and lede are the most representative of the articles; facts are sentences grouped across
outlets with every place each one stands (so "reported by 2 of 2 sources" and "only in X" can be
shown and linked); conflicts are figures outlets disagree on; the timeline comes from resolved
dates; quotes carried by several outlets become one, with their variant wordings.
"""

from __future__ import annotations

from generator.merge.conflicts import find_conflicts
from generator.merge.facts import cluster_facts, rank_facts
from generator.merge.headline import lede, representative_title
from generator.merge.quotes import merge_quotes
from generator.merge.sentences import SplitArticle, article_units, split_article, word_weights
from generator.merge.timeline import build_timeline
from generator.models import Article, MergedQuote, Story
from generator.slug import stable_id


def merge_story(articles: tuple[Article, ...]) -> Story:
    """Merge the articles of one story (any order in: the result is the same)."""
    articles = tuple(sorted(articles, key=lambda a: (a.published or "", a.id)))
    split = tuple(split_article(a) for a in articles)  # split and stemmed once, used by all
    units_by_article = tuple(article_units(s) for s in split)
    weights = word_weights(tuple(u for units in units_by_article for u in units))
    title = representative_title(split, weights)
    story_id = stable_id(title, articles[0].id)
    return Story(
        id=story_id,
        title=title,
        lede=lede(units_by_article, weights),
        articles=tuple(a.id for a in articles),
        published=max((a.published for a in articles if a.published), default=None),
        facts=rank_facts(cluster_facts(units_by_article, weights)),
        conflicts=find_conflicts(units_by_article, weights),
        timeline=build_timeline(split, weights),
        quotes=merge_quotes(articles, story_id),
    )


def index_quotes(stories: tuple[Story, ...]) -> tuple[MergedQuote, ...]:
    """Every story's quotes, ordered by speaker then text, for the quote index."""
    quotes = [q for s in stories for q in s.quotes]
    return tuple(sorted(quotes, key=lambda q: ((q.speaker or "~").lower(), q.text, q.story)))
