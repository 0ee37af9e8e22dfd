"""Shared test helpers: paths to fixtures and seeds, and a one-call parser for inline articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.models import Article, SourceFile
from generator.parse import parse_source

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT / "seeds"


def parse_text(text: str | bytes, name: str = "article.txt") -> Article:
    """Parse an inline article as if it were a file called `name` in the seeds folder."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_source(SourceFile(name, data))


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
