"""The benchmark corpus: real BBC articles, reused with varied titles and dates to reach any size.

Everything is a pure function of the source articles and the requested size, so two runs on
the same machine build exactly the same corpus (same bytes), and timings are comparable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "bbc-news"

# A replica of an article (the 2nd, 3rd... use of the same text) gets one of these title forms and
# its paragraphs rotated, so titles stay unique and grouping sees near-duplicates, as in real feeds.
_TITLE_FORMS = (
    "{title}",
    "Update: {title}",
    "{title} - analysis",
    "Explainer: {title}",
    "{title} (follow-up)",
    "What we know: {title}",
    "{title}, reports say",
    "Latest: {title}",
)
_OUTLETS = ("BBC News", "BBC Business", "BBC Sport", "BBC Politics", "BBC Technology")
_FIRST_DAY = dt.date(2004, 1, 1)


@dataclass(frozen=True)
class SourceArticle:
    """One article of the source data set: its category, headline and paragraphs."""

    category: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class CorpusArticle:
    """One article of a benchmark corpus, ready to be written in any generator's format."""

    slug: str
    title: str
    outlet: str
    category: str
    published: dt.date
    paragraphs: tuple[str, ...]


def load_bbc(root: Path = DEFAULT_BBC) -> tuple[SourceArticle, ...]:
    """Read the BBC data set (first line the headline, then paragraphs), in a stable order."""
    articles = []
    for path in sorted(root.glob("*/*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
        lines = text.split("\n", 1)
        body = lines[1] if len(lines) > 1 else ""
        paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
        if lines[0].strip() and paragraphs:
            articles.append(SourceArticle(path.parent.name, lines[0].strip(), paragraphs))
    return tuple(articles)


def make_corpus(sources: tuple[SourceArticle, ...], size: int) -> tuple[CorpusArticle, ...]:
    """`size` articles: the sources in order, then again as replicas with new titles and dates."""
    if not sources:
        raise ValueError("no source articles to build a corpus from")
    return tuple(_corpus_article(sources, index) for index in range(size))


def _corpus_article(sources: tuple[SourceArticle, ...], index: int) -> CorpusArticle:
    source = sources[index % len(sources)]
    replica = index // len(sources)
    form = _TITLE_FORMS[replica % len(_TITLE_FORMS)]
    title = form.format(title=source.title)
    if replica >= len(_TITLE_FORMS):
        title = f"{title} #{replica}"
    shift = replica % len(source.paragraphs)
    paragraphs = source.paragraphs[shift:] + source.paragraphs[:shift]
    published = _FIRST_DAY + dt.timedelta(days=(index * 7919) % 731)
    if replica:  # a follow-up differs in words too, or the build would drop it as a duplicate
        paragraphs += (f"This report was updated on {published:%A} ({replica}).",)
    return CorpusArticle(
        slug=f"a{index:06d}",
        title=title,
        outlet=_OUTLETS[index % len(_OUTLETS)],
        category=source.category,
        published=published,
        paragraphs=paragraphs,
    )
