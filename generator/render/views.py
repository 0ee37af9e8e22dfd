"""View types: what the templates see, built once from a Digest.

Templates get these frozen values instead of the models so that every decision (which links
exist, which anchor a fact points to, what counts as "only in one outlet", sort order) is made
here, in Python that tests can read, and the templates only lay it out. Every `href` is relative
to the site root; templates prefix it with `root` ("", "../") so the site works under any
sub-path and from disk.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.models import Article, Digest, MergedQuote, SentenceRef, Story
from generator.parse.sentences import split_sentences
from generator.render.paths import article_path, outlet_name, outlet_slugs, source_path, story_path

MIN_PARTIAL_WORDS = 4  # a partial quote this long is a phrase someone said, fit for the front page


# The leaf values a page holds by the thousand (its sentences, the markers and sources of its
# facts, quotes and timeline) are plain tuples, unpacked by the template loops: a page's views
# are pickled to make its page key (render/site.py), and a plain tuple of strings pickles ~20x
# faster than a dataclass instance, is quicker to make and to unpack, and leaves the garbage
# collector nothing to track.
Sentence = tuple[str, str]  # (anchor, text)
Paragraph = tuple[str, tuple[Sentence, ...]]  # (anchor, sentences)
Marker = tuple[str, str, str]  # a link to where something was read: (text, href, tooltip)
DateView = tuple[str, str | None, str | None]  # (words as written, ISO date, href of its paragraph)
EntityRow = tuple[str, tuple[str, ...], int]  # (name, other spellings, mentions)
FactView = tuple[str, tuple[Marker, ...], str | None]  # (text, markers, only_in: its one outlet, if it had one)


@dataclass(frozen=True)
class Link:
    """A link inside the site: text, site-relative href, and an optional tooltip."""

    text: str
    href: str
    title: str = ""


@dataclass(frozen=True)
class QuoteView:
    """A quotation with who said it, through whom, and where to read it."""

    text: str
    speaker: str | None
    via: str | None
    partial: bool = False
    sources: tuple[Marker, ...] = ()
    story: Link | None = None
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConflictView:
    subject: str
    claims: tuple[tuple[str, Link], ...]  # (value or claim text, link to the sentence)


@dataclass(frozen=True)
class TimelineView:
    date: str
    text: str
    sources: tuple[Marker, ...]


@dataclass(frozen=True)
class CoverageRow:
    fact: str
    carried: tuple[bool, ...]  # one per outlet column, in column order


@dataclass(frozen=True)
class ArticleCard:
    """An article as listed on story, source and front pages."""

    link: Link
    outlet: Link
    author: str | None
    published: str | None


@dataclass(frozen=True)
class StoryView:
    id: str
    href: str
    title: str
    lede: str
    published: str | None
    outlets: tuple[str, ...]
    articles: tuple[ArticleCard, ...]
    shared_facts: tuple[FactView, ...]
    single_facts: tuple[FactView, ...]
    conflicts: tuple[ConflictView, ...]
    timeline: tuple[TimelineView, ...]
    quotes: tuple[QuoteView, ...]
    top_quote: QuoteView | None
    coverage: tuple[CoverageRow, ...]

    @property
    def source_count(self) -> int:
        return len(self.outlets)


@dataclass(frozen=True)
class EntityGroup:
    heading: str
    entities: tuple[EntityRow, ...]


@dataclass(frozen=True)
class ArticleView:
    id: str
    href: str
    title: str
    outlet: Link
    author: str | None
    published: str | None
    section: str | None
    file: str
    format: str
    original_url: str | None  # only http(s)/mailto URLs survive
    summary: tuple[str, ...]
    entity_groups: tuple[EntityGroup, ...]
    quotes: tuple[QuoteView, ...]
    dates: tuple[DateView, ...]
    paragraphs: tuple[Paragraph, ...]
    stories: tuple[Link, ...]


class SiteIndex:
    """Lookups shared by the view builders: articles by id, outlet slugs, story membership.

    Page paths, outlet names and outlet links are worked out once per digest here: every fact
    marker, card and quote source needs them, thousands of times per build.
    """

    def __init__(self, digest: Digest):
        self.articles = {a.id: a for a in digest.articles}
        self.slugs = outlet_slugs([outlet_name(a.source) for a in digest.articles])
        self.sentences = {a.id: tuple(split_sentences(p) for p in a.paragraphs) for a in digest.articles}
        self.outlets = {i: outlet_name(a.source) for i, a in self.articles.items()}
        self.pages = {i: article_path(i) for i in self.articles}
        self.story_pages = {s.id: story_path(s.id) for s in digest.stories}
        self.outlet_links = {name: Link(name, source_path(slug)) for name, slug in self.slugs.items()}
        self.source_markers = {i: (self.outlets[i], self.pages[i], a.title) for i, a in self.articles.items()}
        self.stories_of: dict[str, list[Story]] = {}
        for story in digest.stories:
            for article_id in story.articles:
                self.stories_of.setdefault(article_id, []).append(story)

    def outlet_of(self, article_id: str) -> str:
        outlet = self.outlets.get(article_id)
        return outlet_name(None) if outlet is None else outlet

    def outlet_link(self, name: str) -> Link:
        link = self.outlet_links.get(name)
        return Link(name, "sources/index.html") if link is None else link

    def story_page(self, story_id: str) -> str:
        page = self.story_pages.get(story_id)
        return story_path(story_id) if page is None else page

    def sentence_link(self, ref: SentenceRef) -> Link:
        """Link to the exact sentence when it exists, else its paragraph, else the article."""
        return Link(*self.sentence_marker(ref))

    def sentence_marker(self, ref: SentenceRef) -> Marker:
        """sentence_link as a Marker: (outlet, href or "" when the article is unknown, sentence)."""
        page = self.pages.get(ref.article)
        if page is None:
            return (self.outlet_of(ref.article), "", ref.text)
        paragraphs = self.sentences[ref.article]
        if 0 <= ref.paragraph < len(paragraphs):
            sentence = locate_sentence(paragraphs[ref.paragraph], ref.sentence, ref.text)
            page += f"#p{ref.paragraph}" if sentence is None else f"#p{ref.paragraph}-s{sentence}"
        return (self.outlets[ref.article], page, ref.text)

    def article_link(self, article_id: str) -> Link | None:
        article = self.articles.get(article_id)
        return Link(article.title, self.pages[article_id]) if article else None

    def source_marker(self, article_id: str) -> Marker | None:
        """An article named by its outlet, its title as tooltip (quote and timeline sources)."""
        return self.source_markers.get(article_id)

    def paragraph_href(self, article: Article, paragraph: int) -> str | None:
        if 0 <= paragraph < len(article.paragraphs):
            return f"{self.pages.get(article.id) or article_path(article.id)}#p{paragraph}"
        return None


def locate_sentence(sentences: tuple[str, ...], index: int, text: str) -> int | None:
    """The sentence a reference means: its index, unless its text is word for word another one.

    Guards against a merge stage that numbered sentences differently: a marker then still
    lands on the sentence it quotes. None when the index is out of range and no text matches.
    """
    wanted = text.strip()
    if 0 <= index < len(sentences) and sentences[index] == wanted:
        return index
    for position, sentence in enumerate(sentences):
        if wanted and sentence == wanted:
            return position
    return index if 0 <= index < len(sentences) else None


def fill_missing_titles(digest: Digest) -> Digest:
    """Give blank titles a visible stand-in: an empty heading or link text is unusable."""
    articles = tuple(
        a if a.title.strip() else replace(a, title=f"Untitled article ({a.file})") for a in digest.articles
    )
    stories = tuple(s if s.title.strip() else replace(s, title="Untitled story") for s in digest.stories)
    return replace(digest, articles=articles, stories=stories)


def sort_stories(stories: tuple[Story, ...]) -> tuple[Story, ...]:
    """Newest first; equal dates by title then id, so the order never depends on input order."""
    by_name = sorted(stories, key=lambda s: (s.title.casefold(), s.id))
    return tuple(sorted(by_name, key=lambda s: s.published or "", reverse=True))


def make_article_card(index: SiteIndex, article: Article) -> ArticleCard:
    return ArticleCard(
        link=Link(article.title, index.pages.get(article.id) or article_path(article.id)),
        outlet=index.outlet_link(outlet_name(article.source)),
        author=article.author,
        published=article.published,
    )


def make_merged_quote(index: SiteIndex, quote: MergedQuote, story: Link | None = None) -> QuoteView:
    """A story's quote, linked to the articles that carry it (outlet names as link text).

    `story`: the link to the quote's story page (by default "story").
    """
    return QuoteView(
        text=quote_display_text(quote.text),
        speaker=quote.speaker,
        via=quote.via,
        partial=quote.partial,
        sources=tuple(marker for marker in map(index.source_marker, quote.articles) if marker),
        story=story or Link("story", index.story_page(quote.story)),
        variants=tuple(quote_display_text(v) for v in quote.variants if v != quote.text),
    )


def quote_display_text(text: str) -> str:
    """Quote words without the comma that only joined them to "…, she said" in the article."""
    return text.strip().rstrip(",").rstrip()


def choose_top_quote(quotes: tuple[QuoteView, ...]) -> QuoteView | None:
    """The whole (not partial) attributed quote most outlets carried; the first such on ties.

    A partial quote stands for the story only when it is a phrase: a word or two in quotation
    marks ("sister", "madness") is a scare quote or a label, not something worth a front page.
    """
    shown = [q for q in quotes if not q.partial or len(q.text.split()) >= MIN_PARTIAL_WORDS]
    ranked = sorted(shown, key=lambda q: (q.partial, q.speaker is None, -len(q.sources)))
    return ranked[0] if ranked else None
