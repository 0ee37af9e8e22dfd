"""Parse stage: one input file -> one structured summary (Article).

`read_document` picks a reader by content as well as by extension and returns a Document (the
clean body and metadata); `summarise_document` runs the language analysis on it. Both are pure
functions of their arguments, so they can run in worker processes.
"""

from __future__ import annotations

from generator.errors import ReadError
from generator.models import Article, Document, SourceFile
from generator.parse.dates import find_dates
from generator.parse.entities import find_entities
from generator.parse.listings import listing_kind
from generator.parse.markdown import read_markdown
from generator.parse.notices import notice_kind
from generator.parse.quotes import find_quotes
from generator.parse.summary import summarise
from generator.parse.text import read_text
from generator.read import decode_bytes
from generator.slug import stable_id

PARSER_VERSION = "20"  # bump when parsing output changes, so cached summaries are not reused


def sniff_format(relpath: str, text: str) -> str:
    """Choose a reader from the content first, the extension second."""
    head = text.lstrip("\ufeff \t\n")[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<body" in head or "<head" in head
    ):
        return "html"
    if head.startswith("---\n") or head.startswith("---\r\n"):
        return "markdown"
    suffix = relpath.rsplit(".", 1)[-1].lower() if "." in relpath else ""
    if suffix in {"html", "htm", "xhtml"}:
        return "html"
    if suffix in {"md", "markdown"}:
        return "markdown"
    return "text"


def read_html(relpath: str, text: str) -> Document:
    """The HTML reader, imported on first use: BeautifulSoup (and trafilatura) cost a tenth of
    a second to import, which a build of text and Markdown articles should not pay."""
    from generator.parse.html import read_html as html_reader

    return html_reader(relpath, text)


READERS = {"text": read_text, "markdown": read_markdown, "html": read_html}


def read_document(source: SourceFile) -> Document:
    """Decode a file and extract its metadata and clean body. Raises ReadError for bad files,
    and for pages that hold a site notice (see notices.py) or a list of other stories' teasers
    (see listings.py) instead of an article."""
    text = decode_bytes(source.relpath, source.data)
    doc = READERS[sniff_format(source.relpath, text)](source.relpath, text)
    kind = notice_kind(doc.paragraphs) or listing_kind(doc.paragraphs)
    if kind:
        raise ReadError(source.relpath, f"holds a {kind}, not an article: {opening_words(doc)!r}")
    return doc


def opening_words(doc: Document, count: int = 12) -> str:
    """The first words of the body, to show the user what was read."""
    words = " ".join(doc.paragraphs).split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def summarise_document(doc: Document) -> Article:
    """Run the analysis (entities, quotes, dates, key points) on a clean Document."""
    entities = find_entities(doc.title, doc.paragraphs)
    return Article(
        id=stable_id(doc.title, doc.file),
        file=doc.file,
        format=doc.format,
        title=doc.title,
        source=doc.source,
        author=doc.author,
        published=doc.published,
        url=doc.url,
        section=doc.section,
        paragraphs=doc.paragraphs,
        summary=summarise(doc.title, doc.paragraphs),
        entities=entities,
        quotes=find_quotes(doc.paragraphs, entities),
        dates=find_dates(doc.paragraphs, doc.published),
        meta=doc.meta,
    )


def parse_source(source: SourceFile) -> Article:
    """One file in, one structured summary out."""
    return summarise_document(read_document(source))
