"""An Article -> its ArticleView: metadata, key points, entities, quotes, dates, anchored body."""

from __future__ import annotations

from generator.models import Article, Entity
from generator.render.paths import article_path, outlet_name
from generator.render.safety import safe_url
from generator.render.views import (
    ArticleView,
    EntityGroup,
    Link,
    QuoteView,
    SiteIndex,
    quote_display_text,
)

ENTITY_HEADINGS = (("person", "People"), ("organisation", "Organisations"), ("place", "Places"))


def make_article_view(index: SiteIndex, article: Article) -> ArticleView:
    paragraphs = tuple(
        (f"p{i}", tuple((f"p{i}-s{j}", s) for j, s in enumerate(sentences)))
        for i, sentences in enumerate(index.sentences[article.id])
    )
    quotes = tuple(
        QuoteView(
            text=quote_display_text(q.text),
            speaker=q.speaker,
            via=q.via,
            partial=q.partial,
            sources=tuple(
                (f"paragraph {q.paragraph + 1}", href, "")
                for href in [index.paragraph_href(article, q.paragraph)] if href
            ),
        )
        for q in article.quotes
    )
    dates = tuple((d.text, d.date, index.paragraph_href(article, d.paragraph)) for d in article.dates)
    stories = tuple(Link(s.title, index.story_page(s.id)) for s in index.stories_of.get(article.id, []))
    return ArticleView(
        id=article.id,
        href=index.pages.get(article.id) or article_path(article.id),
        title=article.title,
        outlet=index.outlet_link(outlet_name(article.source)),
        author=article.author,
        published=article.published,
        section=article.section,
        file=article.file,
        format=article.format,
        original_url=safe_url(article.url),
        summary=article.summary,
        entity_groups=group_entities(article.entities),
        quotes=quotes,
        dates=dates,
        paragraphs=paragraphs,
        stories=stories,
    )


def group_entities(entities: tuple[Entity, ...]) -> tuple[EntityGroup, ...]:
    """People, organisations, places: each sorted by mentions (most first), then name."""
    groups = []
    for kind, heading in ENTITY_HEADINGS:
        members = sorted((e for e in entities if e.kind == kind), key=lambda e: (-e.mentions, e.name))
        if members:
            groups.append(EntityGroup(heading, tuple((e.name, e.aliases, e.mentions) for e in members)))
    return tuple(groups)
