"""Date expressions resolved against the publication date (provisional)."""

from __future__ import annotations

from generator.models import DateMention


def find_dates(paragraphs: tuple[str, ...], published: str | None) -> tuple[DateMention, ...]:
    return ()
