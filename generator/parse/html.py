"""Reader for saved HTML pages: fused metadata (html_meta) and the clean body (html_body).

Web pages are hostile input: the page is only parsed, never executed or fetched from, and the
Document carries plain text only (tags, scripts and attributes never survive into it).
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from generator.models import Document
from generator.parse.html_body import extract_body
from generator.parse.html_meta import read_page_meta


def read_html(file: str, text: str) -> Document:
    """One saved page -> Document: title, outlet, byline, date, URL, section and body paragraphs."""
    soup = BeautifulSoup(text, "html.parser")
    meta = read_page_meta(soup)
    paragraphs = extract_body(text, soup, title=meta.title, section=meta.section)
    return Document(
        file=file,
        format="html",
        title=meta.title or file.rsplit("/", 1)[-1],
        paragraphs=paragraphs,
        source=meta.source,
        author=meta.author,
        published=meta.published,
        url=meta.url,
        section=meta.section,
    )
