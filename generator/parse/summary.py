"""Extractive key points (provisional: the first sentences)."""

from __future__ import annotations

from generator.parse.sentences import split_sentences


def summarise(title: str, paragraphs: tuple[str, ...], limit: int = 5) -> tuple[str, ...]:
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    return tuple(sentences[: min(limit, max(3, len(sentences)))])
