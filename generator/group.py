"""Group stage: articles that cover the same event become one story (provisional: one per article)."""

from __future__ import annotations

from generator.models import Article


def group_stories(articles: tuple[Article, ...]) -> tuple[tuple[str, ...], ...]:
    """Return groups of article ids, each group one story."""
    return tuple((a.id,) for a in articles)
