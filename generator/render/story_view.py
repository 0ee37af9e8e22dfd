"""A merged Story -> its StoryView: facts with provenance, conflicts, timeline, coverage table."""

from __future__ import annotations

from generator.models import Story
from generator.render.paths import story_path
from generator.render.views import (
    ConflictView,
    CoverageRow,
    FactView,
    SiteIndex,
    StoryView,
    TimelineView,
    choose_top_quote,
    make_article_card,
    make_merged_quote,
)


def story_outlets(index: SiteIndex, story: Story) -> tuple[str, ...]:
    """The distinct outlets of a story's articles, sorted: the coverage table's columns."""
    return tuple(sorted({index.outlet_of(i) for i in story.articles}, key=lambda n: (n.casefold(), n)))


def make_facts(index: SiteIndex, story: Story, outlets: tuple[str, ...]) -> tuple[FactView, ...]:
    """Each fact with one marker per sentence that carries it; `only_in` when one outlet did.

    `outlets`: the story's outlets (story_outlets); with only one, nothing is "only in" it.
    """
    facts = []
    several = len(outlets) > 1
    for fact in story.facts:
        markers = tuple(index.sentence_marker(ref) for ref in fact.sources)
        carriers = {index.outlet_of(ref.article) for ref in fact.sources}
        only_in = next(iter(carriers)) if len(carriers) == 1 and several else None
        facts.append((fact.text, markers, only_in))
    return tuple(facts)


def make_conflicts(index: SiteIndex, story: Story) -> tuple[ConflictView, ...]:
    """Each conflict as (value, link to the claiming sentence) pairs, values in claim order."""
    views = []
    for conflict in story.conflicts:
        claims = tuple(
            (conflict.values[n] if n < len(conflict.values) else ref.text, index.sentence_link(ref))
            for n, ref in enumerate(conflict.claims)
        )
        views.append(ConflictView(conflict.subject, claims))
    return tuple(views)


def make_timeline(index: SiteIndex, story: Story) -> tuple[TimelineView, ...]:
    """Timeline entries oldest first (ISO dates sort as text), linked to their articles."""
    entries = sorted(story.timeline, key=lambda t: (t.date, t.text))
    return tuple(
        TimelineView(t.date, t.text, tuple(index.source_markers[i] for i in t.articles if i in index.source_markers))
        for t in entries
    )


def make_coverage(index: SiteIndex, story: Story, outlets: tuple[str, ...]) -> tuple[CoverageRow, ...]:
    """Which outlet carried which fact: one row per fact, one column per outlet.

    Only shown for stories with two outlets or more; with one, every cell would say yes.
    """
    rows = []
    for fact in story.facts:
        carried = {index.outlet_of(ref.article) for ref in fact.sources}
        rows.append(CoverageRow(fact.text, tuple(outlet in carried for outlet in outlets)))
    return tuple(rows)


def make_story_view(index: SiteIndex, story: Story) -> StoryView:
    outlets = story_outlets(index, story)
    facts = make_facts(index, story, outlets)
    quotes = tuple(make_merged_quote(index, q) for q in story.quotes)
    articles = tuple(make_article_card(index, index.articles[i]) for i in story.articles if i in index.articles)
    return StoryView(
        id=story.id,
        href=story_path(story.id),
        title=story.title,
        lede=story.lede,
        published=story.published,
        outlets=outlets,
        articles=articles,
        shared_facts=tuple(f for f in facts if f[2] is None),  # f[2]: only_in
        single_facts=tuple(f for f in facts if f[2] is not None),
        conflicts=make_conflicts(index, story),
        timeline=make_timeline(index, story),
        quotes=quotes,
        top_quote=choose_top_quote(quotes),
        coverage=make_coverage(index, story, outlets) if len(outlets) > 1 else (),
    )


