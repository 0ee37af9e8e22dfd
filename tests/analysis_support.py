"""Real articles for the analysis tests: a spread of the BBC News corpus (first line = headline)."""

from __future__ import annotations

from pathlib import Path

BBC = Path("/work/shared/data/bbc-news")
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")


def bbc_articles(per_section: int = 12) -> list[tuple[str, str, tuple[str, ...]]]:
    """(file, headline, paragraphs) for the first articles of every section; [] when absent."""
    found = []
    for section in SECTIONS:
        for path in sorted((BBC / section).glob("*.txt"))[:per_section]:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            paragraphs = tuple(line.strip() for line in lines[1:] if line.strip())
            found.append((f"{section}/{path.name}", lines[0].strip() if lines else "", paragraphs))
    return found
