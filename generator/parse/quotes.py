"""Direct quotations and their speakers (provisional)."""

from __future__ import annotations

from generator.models import Entity, Quote


def find_quotes(paragraphs: tuple[str, ...], entities: tuple[Entity, ...] = ()) -> tuple[Quote, ...]:
    return ()
