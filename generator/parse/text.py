"""Reader for scraped plain-text articles (provisional: title line and paragraphs)."""

from __future__ import annotations

from generator.models import Document


def read_text(file: str, text: str) -> Document:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    title = blocks[0].splitlines()[0] if blocks else file
    return Document(file=file, format="text", title=title, paragraphs=tuple(blocks[1:]))
