"""Views of the whole digest: per-outlet pages and the quote index by speaker."""

from __future__ import annotations

from dataclasses import dataclass

from generator.models import Article, Digest, MergedQuote
from generator.render.paths import outlet_name, unique_anchors
from generator.render.views import (
    ArticleCard,
    FactView,
    Link,
    QuoteView,
    SiteIndex,
    StoryView,
    make_article_card,
    make_merged_quote,
)

UNATTRIBUTED = "Unattributed"


@dataclass(frozen=True)
class OutletView:
    """One outlet: its articles, the bylines it used, and what it alone reported."""

    name: str
    slug: str
    href: str
    articles: tuple[ArticleCard, ...]
    bylines: tuple[str, ...]
    channels: tuple[str, ...]  # wires and outlets its quotes came through ("via Tass")
    exclusives: tuple[tuple[Link, FactView], ...]  # (story, fact only this outlet carried)


@dataclass(frozen=True)
class SpeakerView:
    name: str
    anchor: str
    quotes: tuple[QuoteView, ...]


def make_outlet_views(index: SiteIndex, digest: Digest, stories: tuple[StoryView, ...]) -> tuple[OutletView, ...]:
    """One view per outlet, alphabetical; articles newest first, then by title."""
    by_outlet: dict[str, list[Article]] = {}
    for article in sorted(digest.articles, key=lambda a: (a.title.casefold(), a.id)):
        by_outlet.setdefault(outlet_name(article.source), []).append(article)
    exclusive: dict[str, list[tuple[Link, FactView]]] = {}
    for story in stories:
        for fact in story.single_facts:
            _, _, only_in = fact
            exclusive.setdefault(only_in or "", []).append((Link(story.title, story.href), fact))
    views = []
    for name, slug in sorted(index.slugs.items(), key=lambda item: (item[0].casefold(), item[0])):
        articles = sorted(by_outlet.get(name, []), key=lambda a: a.published or "", reverse=True)
        exclusives = tuple(exclusive.get(name, ()))
        views.append(
            OutletView(
                name=name,
                slug=slug,
                href=f"sources/{slug}.html",
                articles=tuple(make_article_card(index, a) for a in articles),
                bylines=tuple(sorted({a.author for a in articles if a.author}, key=str.casefold)),
                channels=tuple(sorted({q.via for a in articles for q in a.quotes if q.via}, key=str.casefold)),
                exclusives=exclusives,
            )
        )
    return tuple(views)


def make_speaker_views(index: SiteIndex, digest: Digest) -> tuple[SpeakerView, ...]:
    """Quotes grouped by speaker, speakers alphabetically, unattributed quotes last."""
    titles = {s.id: s.title for s in digest.stories}
    by_speaker: dict[str, list[MergedQuote]] = {}
    for quote in digest.quotes:
        if quote.story not in titles:
            continue  # a quote of a story that is not in the digest has no page to link to
        by_speaker.setdefault(quote.speaker or UNATTRIBUTED, []).append(quote)
    anchors = unique_anchors(list(by_speaker), "speaker")
    names = sorted((n for n in by_speaker if n != UNATTRIBUTED), key=lambda n: (n.casefold(), n))
    if UNATTRIBUTED in by_speaker:
        names.append(UNATTRIBUTED)
    return tuple(
        SpeakerView(
            name=name,
            anchor=anchors[name],
            quotes=tuple(
                make_merged_quote(index, q, story=Link(titles[q.story], index.story_page(q.story)))
                for q in sorted(by_speaker[name], key=lambda q: (q.text, q.story))
            ),
        )
        for name in names
    )



@dataclass(frozen=True)
class FrontPage:
    """One page of the front page's story list, newest first, with links to its neighbours.

    A digest of thousands of stories would otherwise be one page of megabytes; page 1 is
    index.html (where every link to the front page goes), the rest pages/2.html, pages/3.html...
    """

    path: str
    number: int
    count: int
    stories: tuple[StoryView, ...]
    newer: str | None  # site-relative href of the page of newer stories
    older: str | None


def front_page_path(number: int) -> str:
    return "index.html" if number == 1 else f"pages/{number}.html"


def paginate_front_page(stories: tuple[StoryView, ...], per_page: int) -> tuple[FrontPage, ...]:
    """The story list cut into pages of `per_page` (0: one page); always at least one page."""
    size = per_page if per_page > 0 else max(1, len(stories))
    chunks = [stories[i : i + size] for i in range(0, len(stories), size)] or [()]
    count = len(chunks)
    return tuple(
        FrontPage(
            path=front_page_path(number),
            number=number,
            count=count,
            stories=chunk,
            newer=front_page_path(number - 1) if number > 1 else None,
            older=front_page_path(number + 1) if number < count else None,
        )
        for number, chunk in enumerate(chunks, start=1)
    )
