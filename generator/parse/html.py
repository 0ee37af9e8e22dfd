"""Reader for saved HTML pages (provisional)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from generator.models import Document


def read_html(file: str, text: str) -> Document:
    soup = BeautifulSoup(text, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else file
    paragraphs = tuple(p.get_text(" ", strip=True) for p in soup.find_all("p") if p.get_text(strip=True))
    return Document(file=file, format="html", title=title, paragraphs=paragraphs)
