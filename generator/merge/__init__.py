"""Merge stage: one story's articles -> a merged Story (provisional)."""

from __future__ import annotations

from generator.models import Article, MergedQuote, Story
from generator.slug import stable_id


def merge_story(articles: tuple[Article, ...]) -> Story:
    lead = articles[0]
    return Story(
        id=stable_id(lead.title, "|".join(a.id for a in articles)),
        title=lead.title,
        lede=lead.summary[0] if lead.summary else "",
        articles=tuple(a.id for a in articles),
        published=max((a.published for a in articles if a.published), default=None),
    )


def index_quotes(stories: tuple[Story, ...]) -> tuple[MergedQuote, ...]:
    """Every story's quotes, ordered by speaker then text, for the quote index."""
    quotes = [q for s in stories for q in s.quotes]
    return tuple(sorted(quotes, key=lambda q: ((q.speaker or "~").lower(), q.text)))
