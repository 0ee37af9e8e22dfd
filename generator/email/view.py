"""Digest -> EmailView: the plain values the email templates show, links already absolute.

Pure and template-free, so what the email says (which facts, which quotes, which links) can be
tested without rendering HTML. Every string from an article is cleaned of control characters
and runs of whitespace here; escaping is left to the templates (autoescape).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from generator.config import Config
from generator.errors import ConfigError
from generator.models import Article, Conflict, Digest, Fact, MergedQuote, Story
from generator.render.paths import article_path, outlet_name as site_outlet_name, story_path

MAX_FACTS = 6  # per story: the email is a digest; the story page has the rest
MAX_QUOTES = 4
MAX_CONFLICTS = 3
MAX_TIMELINE = 4
MAX_TEXT_CHARS = 400  # one runaway paragraph must not push the email past the clipping limit
LOCAL_BASE = "../"  # without site_url, links are relative to <out>/email/ (a local preview)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


@dataclass(frozen=True)
class SourceView:
    """One article of a story: outlet, headline, its page on the site and the original."""

    outlet: str
    title: str
    page_url: str
    original_url: str | None


@dataclass(frozen=True)
class FactView:
    text: str
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class ConflictView:
    subject: str
    claims: tuple[str, ...]  # "12 (AFP)"


@dataclass(frozen=True)
class TimelineView:
    date: str  # "4 March 2025"
    text: str
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class QuoteView:
    text: str
    speaker: str | None
    via: str | None
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class StoryView:
    title: str
    url: str
    lede: str
    date: str | None  # "13 August 2025"
    outlets: tuple[str, ...]
    shared_facts: tuple[FactView, ...]  # carried by several outlets
    single_facts: tuple[FactView, ...]  # carried by only one
    conflicts: tuple[ConflictView, ...]
    timeline: tuple[TimelineView, ...]
    quotes: tuple[QuoteView, ...]
    more: int  # facts, quotes, conflicts and timeline entries left for the story page
    sources: tuple[SourceView, ...]


@dataclass(frozen=True)
class EmailView:
    """Everything the HTML and the text template show, in the order they show it."""

    title: str
    preheader: str
    date: str | None
    home_url: str
    absolute: bool  # False: site_url is unset and links are relative (local preview only)
    stories: tuple[StoryView, ...]
    total_stories: int
    total_articles: int

    @property
    def hidden_stories(self) -> int:
        return self.total_stories - len(self.stories)

    def first(self, count: int) -> EmailView:
        """The same email with only the first `count` stories (the rest are on the site)."""
        return replace(self, stories=self.stories[:count])


def build_view(digest: Digest, config: Config) -> EmailView:
    """Select and clean what the email shows, with links to the published site."""
    base = site_base(config.site_url)
    articles = {a.id: a for a in digest.articles}
    stories = tuple(story_view(s, articles, base) for s in digest.stories)
    return EmailView(
        title=clean(config.title),
        preheader=make_preheader(stories),
        date=human_date(newest_date(digest)),
        home_url=base or "../index.html",
        absolute=bool(base),
        stories=stories,
        total_stories=len(stories),
        total_articles=len(digest.articles),
    )


def site_base(site_url: str | None) -> str:
    """The site's root URL ending in '/', or '' when unset (links then stay relative)."""
    if not site_url or not site_url.strip():
        return ""
    if safe_web_url(site_url) is None:
        raise ConfigError([f"site_url: {site_url!r} is not an absolute http(s) URL such as https://example.org/news/"])
    return site_url.strip().split("#")[0].split("?")[0].rstrip("/") + "/"


def story_view(story: Story, articles: dict[str, Article], base: str) -> StoryView:
    members = [articles[i] for i in story.articles if i in articles]
    outlet_of = {a.id: outlet_name(a) for a in members}
    facts = sorted((fact_view(f, outlet_of) for f in story.facts), key=lambda f: -len(f.outlets))[:MAX_FACTS]
    whole_quotes = [q for q in story.quotes if not q.partial]  # fragments stay on the site
    hidden = max(0, len(story.facts) - MAX_FACTS) + max(0, len(whole_quotes) - MAX_QUOTES)
    hidden += max(0, len(story.conflicts) - MAX_CONFLICTS) + max(0, len(story.timeline) - MAX_TIMELINE)
    return StoryView(
        title=clean(story.title, MAX_TEXT_CHARS),
        url=f"{base or LOCAL_BASE}{story_path(story.id)}",
        lede=clean(story.lede, MAX_TEXT_CHARS),
        date=human_date(story.published),
        outlets=tuple(dict.fromkeys(outlet_of.values())),
        shared_facts=tuple(f for f in facts if len(f.outlets) > 1),
        single_facts=tuple(f for f in facts if len(f.outlets) <= 1),
        conflicts=tuple(conflict_view(c, outlet_of) for c in story.conflicts[:MAX_CONFLICTS]),
        timeline=tuple(
            TimelineView(human_date(t.date) or "", clean(t.text, MAX_TEXT_CHARS), outlets_of(t.articles, outlet_of))
            for t in story.timeline[:MAX_TIMELINE]
        ),
        quotes=tuple(quote_view(q, outlet_of) for q in whole_quotes[:MAX_QUOTES]),
        more=hidden,
        sources=tuple(source_view(a, base) for a in members),
    )


def outlets_of(article_ids: tuple[str, ...], outlet_of: dict[str, str]) -> tuple[str, ...]:
    """Distinct outlets of some articles: two pieces from one outlet are one voice."""
    return tuple(dict.fromkeys(outlet_of.get(i, i) for i in article_ids))


def fact_view(fact: Fact, outlet_of: dict[str, str]) -> FactView:
    return FactView(clean(fact.text, MAX_TEXT_CHARS), outlets_of(fact.articles, outlet_of))


def conflict_view(conflict: Conflict, outlet_of: dict[str, str]) -> ConflictView:
    claims = tuple(
        f"{clean(value, 80)} ({outlet_of.get(ref.article, ref.article)})"
        for value, ref in zip(conflict.values, conflict.claims)
    )
    return ConflictView(clean(conflict.subject, 120), claims)


def quote_view(quote: MergedQuote, outlet_of: dict[str, str]) -> QuoteView:
    return QuoteView(
        text=clean(quote.text, MAX_TEXT_CHARS),
        speaker=clean(quote.speaker, 120) or None,
        via=clean(quote.via, 120) or None,
        outlets=outlets_of(quote.articles, outlet_of),
    )


def source_view(article: Article, base: str) -> SourceView:
    return SourceView(
        outlet=outlet_name(article),
        title=clean(article.title, MAX_TEXT_CHARS),
        page_url=f"{base or LOCAL_BASE}{article_path(article.id)}",
        original_url=safe_web_url(article.url),
    )


def outlet_name(article: Article) -> str:
    """The outlet as the reader knows it, under the same label the site's pages use."""
    return clean(site_outlet_name(article.source), 80)


def safe_web_url(url: str | None) -> str | None:
    """Only http(s) links from articles reach the email: no javascript:, data:, mailto: tricks."""
    if not url:
        return None
    url = url.strip()
    if _CONTROL.search(url) or " " in url:
        return None
    parts = urlsplit(url)
    return url if parts.scheme.lower() in {"http", "https"} and parts.netloc else None


def clean(text: str | None, limit: int | None = None) -> str:
    """One line of text: control characters and whitespace runs become one space; long text is cut."""
    if not text:
        return ""
    line = " ".join(_CONTROL.sub(" ", text).split())
    if limit is not None and len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


def make_preheader(stories: tuple[StoryView, ...]) -> str:
    """The inbox preview line: the top story's lede, else the headlines."""
    if not stories:
        return "No stories in this digest."
    text = stories[0].lede or " · ".join(s.title for s in stories[:3])
    return clean(text, 140)


def newest_date(digest: Digest) -> str | None:
    dates = [a.published for a in digest.articles if a.published]
    return max(dates) if dates else None


def human_date(iso: str | None) -> str | None:
    """'2025-08-13' -> '13 August 2025', without the locale (same output on every machine)."""
    if not iso:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso.strip())
    if not match:
        return clean(iso, 40)
    year, month, day = match.groups()
    if not month or not 1 <= int(month) <= 12:
        return year
    name = _MONTHS[int(month) - 1]
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"
