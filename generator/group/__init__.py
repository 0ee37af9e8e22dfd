"""Group stage: articles that cover the same event become one story.

Articles are compared by title, content words and entity names (TF-IDF cosine), only in pairs
that share distinctive terms and were published within a few days of each other; similar pairs
are then linked into stories with a guard against chaining, and an article left alone joins the
story of its clearly most similar article (see link.py). The result depends only
on the articles, never on their order: groups and their members are sorted by article id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

from generator.group.link import attach_loners, candidate_pairs, link_clusters, scored_edges
from generator.group.vectors import article_terms, document_frequencies, idf_table, tfidf_vector
from generator.models import Article

PAIR_THRESHOLD = 0.15  # cosine at which two articles may be the same story,
BEYOND_TOP = 0.04  # ... this much of it from terms other than the strongest shared one
AVERAGE_FLOOR = 0.15  # mean cosine two groups need before they merge
PAIR_FLOOR = 0.08  # ... and no two of their articles may be less alike than this
COHESION_SHARE = 0.7  # ... and two stories must be this share as alike across as within,
COHESION_CAP = 0.4  # ... within counting at most this (so 0.28 across is always enough)
ATTACH_FLOOR = 0.2  # a lone article this alike to one of a story's articles joins that story,
STRANGER_FLOOR = 0.03  # ... unless it shares next to nothing with another of them
MAX_DAYS_APART = 7  # a story's coverage is published within a week


def group_stories(
    articles: tuple[Article, ...], terms: Mapping[str, Counter[str]] | None = None
) -> tuple[tuple[str, ...], ...]:
    """Return groups of article ids, each group one story; a story of one article is fine.

    `terms`: article_terms already worked out, by article id (a build's cache or its workers);
    any article missing from it is read here.
    """
    ordered = sorted(articles, key=lambda a: a.id)
    known = terms or {}
    counts = [known[a.id] if a.id in known else article_terms(a) for a in ordered]
    df = document_frequencies(counts)
    idf = idf_table(df, len(ordered))
    vectors = [tfidf_vector(c, df, len(ordered), idf) for c in counts]
    days = [day_number(a.published) for a in ordered]
    pairs = candidate_pairs(vectors, days, MAX_DAYS_APART)
    edges = scored_edges(vectors, pairs, PAIR_THRESHOLD, BEYOND_TOP)
    clusters = link_clusters(
        vectors, edges, AVERAGE_FLOOR, PAIR_FLOOR, COHESION_SHARE, COHESION_CAP
    )
    clusters = attach_loners(vectors, edges, clusters, ATTACH_FLOOR, STRANGER_FLOOR)
    return tuple(sorted(tuple(ordered[i].id for i in group) for group in clusters))


def published_close(a: Article, b: Article) -> bool:
    """True unless both dates are known and further apart than a story's news cycle."""
    return days_close(day_number(a.published), day_number(b.published))


def days_close(first: int | None, second: int | None) -> bool:
    """Day numbers (see day_number) within a news cycle, or either unknown."""
    return first is None or second is None or abs(first - second) <= MAX_DAYS_APART


def day_number(value: str | None) -> int | None:
    """The proleptic ordinal of an ISO date, parsed once per article rather than once per pair."""
    day = parse_day(value)
    return None if day is None else day.toordinal()


def parse_day(value: str | None) -> date | None:
    """An ISO YYYY-MM-DD date, or None for anything less precise or malformed."""
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None
