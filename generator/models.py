"""The plain, typed values that flow between the build stages.

read -> parse -> group -> merge -> render -> write. Every stage takes and returns these frozen
dataclasses (tuples, never lists; ids, never back-references), so each stage is a pure function
that tests can call without files or mocks. `to_json()` helpers give the `digest.json` shapes
documented in docs/digest-json.md; that file is a contract for other tools, keep them in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EntityKind = Literal["person", "organisation", "place"]
Severity = Literal["error", "warning"]


# --- input ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceFile:
    """One input file as read from disk: its path relative to the seeds folder and its bytes."""

    relpath: str
    data: bytes


@dataclass(frozen=True)
class Document:
    """What a reader extracts from one file, before any language analysis.

    `paragraphs` is the clean body: boilerplate (captions, bylines, related links, footers)
    removed and paragraphs broken mid-sentence joined again. Fields the article does not state
    stay None: nothing is guessed.
    """

    file: str
    format: Literal["text", "markdown", "html"]
    title: str
    paragraphs: tuple[str, ...]
    source: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    section: str | None = None  # a kicker such as "Asia In News"
    meta: tuple[tuple[str, Any], ...] = ()  # unknown front-matter keys, in file order


# --- the structured summary ----------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """A direct quotation: the words inside the marks, who said them and through whom.

    `via` is the channel the words came through ("Putin said, KCNA reported" -> via "KCNA").
    `paragraph` is the 0-based index into Article.paragraphs where the quote starts.
    `partial` marks a fragment (a scare quote or a few words inside a sentence of the writer's).
    """

    text: str
    speaker: str | None
    via: str | None
    paragraph: int
    partial: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "via": self.via,
            "paragraph": self.paragraph,
            "partial": self.partial,
        }


@dataclass(frozen=True)
class DateMention:
    """A date expression in the body ("on Tuesday") and the calendar date it resolves to."""

    text: str
    date: str | None  # ISO YYYY-MM-DD, YYYY-MM or YYYY; None where it cannot be known
    paragraph: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "date": self.date, "paragraph": self.paragraph}


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place, with the other spellings that refer to it."""

    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    mentions: int = 1

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "mentions": self.mentions,
        }


@dataclass(frozen=True)
class Article:
    """The structured summary of one article: one object in digest.json's `articles`."""

    id: str
    file: str
    format: str
    title: str
    source: str | None
    author: str | None
    published: str | None
    url: str | None
    paragraphs: tuple[str, ...]
    summary: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()
    section: str | None = None
    meta: tuple[tuple[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file,
            "format": self.format,
            "title": self.title,
            "source": self.source,
            "author": self.author,
            "published": self.published,
            "url": self.url,
            "section": self.section,
            "paragraphs": list(self.paragraphs),
            "summary": list(self.summary),
            "entities": [e.to_json() for e in self.entities],
            "quotes": [q.to_json() for q in self.quotes],
            "dates": [d.to_json() for d in self.dates],
            "meta": dict(self.meta),
        }


# --- stories ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceRef:
    """Where a sentence stands: article id, 0-based paragraph and sentence index, and its text.

    Article pages give every sentence the anchor `p{paragraph}-s{sentence}`, so a fact's
    provenance marker can link to the exact sentence it came from.
    """

    article: str
    paragraph: int
    sentence: int
    text: str

    @property
    def anchor(self) -> str:
        return f"p{self.paragraph}-s{self.sentence}"

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "text": self.text,
        }


@dataclass(frozen=True)
class Fact:
    """One statement of a story and every sentence, across outlets, that carries it."""

    text: str
    sources: tuple[SentenceRef, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article for s in self.sources))

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "articles": list(self.articles),
            "sources": [s.to_json() for s in self.sources],
        }


@dataclass(frozen=True)
class Conflict:
    """The same subject reported with different figures by different articles."""

    subject: str
    claims: tuple[SentenceRef, ...]
    values: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "values": list(self.values),
            "claims": [c.to_json() for c in self.claims],
        }


@dataclass(frozen=True)
class TimelineEntry:
    """A dated event of the story, from the articles' resolved dates."""

    date: str
    text: str
    articles: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "text": self.text, "articles": list(self.articles)}


@dataclass(frozen=True)
class MergedQuote:
    """One quotation as carried by every article of a story, with the wordings that differ."""

    text: str
    speaker: str | None
    via: str | None
    articles: tuple[str, ...]
    story: str
    variants: tuple[str, ...] = ()
    partial: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "via": self.via,
            "articles": list(self.articles),
            "story": self.story,
            "variants": list(self.variants),
            "partial": self.partial,
        }


@dataclass(frozen=True)
class Story:
    """Articles from one or more outlets about the same event, merged."""

    id: str
    title: str
    lede: str
    articles: tuple[str, ...]
    published: str | None = None  # newest publication date among the articles
    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    quotes: tuple[MergedQuote, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "lede": self.lede,
            "published": self.published,
            "articles": list(self.articles),
            "facts": [f.to_json() for f in self.facts],
            "conflicts": [c.to_json() for c in self.conflicts],
            "timeline": [t.to_json() for t in self.timeline],
            "quotes": [q.to_json() for q in self.quotes],
        }


@dataclass(frozen=True)
class Digest:
    """Everything the renderers need: summaries, merged stories and the quote index."""

    articles: tuple[Article, ...]
    stories: tuple[Story, ...] = ()
    quotes: tuple[MergedQuote, ...] = ()
    # when the digest was made, as an Atom date ("2024-04-10T00:00:00Z"): only ever from
    # SOURCE_DATE_EPOCH, set by build(); None lets renderers fall back to the newest article
    generated: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": [a.to_json() for a in self.articles],
            "stories": [s.to_json() for s in self.stories],
            "quotes": [q.to_json() for q in self.quotes],
        }


# --- build bookkeeping --------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """A file the build could not use, or used with a caveat; shown to the user as one line."""

    file: str
    reason: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


@dataclass(frozen=True)
class BuildReport:
    """What one build did; the CLI prints it as one summary line plus one line per problem."""

    built: int
    skipped: int
    problems: tuple[Problem, ...] = ()
    stories: int = 0
    pages: int = 0
    timings: tuple[tuple[str, float], ...] = field(default=(), compare=False)
    # CPU seconds per stage, worker processes included: what a busy machine disturbs least
    cpu_timings: tuple[tuple[str, float], ...] = field(default=(), compare=False)

    @property
    def warned(self) -> int:
        return sum(1 for p in self.problems if p.severity == "warning")
