"""Reader for Markdown with YAML front matter (provisional)."""

from __future__ import annotations

from generator.models import Document


def read_markdown(file: str, text: str) -> Document:
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    return Document(file=file, format="markdown", title=blocks[0] if blocks else file, paragraphs=tuple(blocks[1:]))
