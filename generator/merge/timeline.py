"""Timeline: the dated events of a story, from the dates the parser resolved in each article.

A date mention ("on Tuesday" -> 2025-03-04) dates the sentence that contains it; that sentence is
the event. Outlets that date the same event the same way share one entry listing all of them.
"""

from __future__ import annotations

from generator.group.words import content_words
from generator.merge.sentences import Weights, overlap
from generator.models import Article, DateMention, TimelineEntry
from generator.parse.sentences import split_sentences

SAME_EVENT = 0.35


def dated_sentences(article: Article) -> list[tuple[str, str]]:
    """(date, sentence) for every resolved date mention of an article, in reading order."""
    found = []
    split: dict[int, tuple[str, ...]] = {}  # a paragraph with several dates is split once
    for mention in article.dates:
        if mention.date and 0 <= mention.paragraph < len(article.paragraphs):
            found.append((mention.date, containing_sentence(article, mention, split)))
    return list(dict.fromkeys(found))


def containing_sentence(
    article: Article, mention: DateMention, split: dict[int, tuple[str, ...]] | None = None
) -> str:
    """The sentence of the mention's paragraph that holds its words (else the paragraph's first).
    `split`: paragraphs already split into sentences, by index, kept by the caller."""
    split = {} if split is None else split
    if mention.paragraph not in split:
        split[mention.paragraph] = split_sentences(article.paragraphs[mention.paragraph]) or ("",)
    sentences = split[mention.paragraph]
    return next((s for s in sentences if mention.text in s), sentences[0])


def build_timeline(
    articles: tuple[Article, ...], weights: Weights, known: dict[str, frozenset[str]] | None = None
) -> tuple[TimelineEntry, ...]:
    """Entries sorted by date; one entry per event however many outlets date it.
    `known`: content words of sentences already worked out (the merge units'), by sentence."""
    known = known or {}
    entries: list[tuple[str, str, frozenset[str], list[str]]] = []
    on_date: dict[str, list[int]] = {}  # the entries of each date, in the order they were made
    for article in articles:
        for date, sentence in dated_sentences(article):
            words = known.get(sentence) or frozenset(content_words(sentence))
            match = next(
                (
                    entries[n]
                    for n in on_date.get(date, ())
                    if overlap(words, entries[n][2], weights) >= SAME_EVENT
                ),
                None,
            )
            if match is None:
                on_date.setdefault(date, []).append(len(entries))
                entries.append((date, sentence, words, [article.id]))
            elif article.id not in match[3]:
                match[3].append(article.id)
    timeline = [TimelineEntry(date, text, tuple(ids)) for date, text, _, ids in entries]
    return tuple(sorted(timeline, key=lambda e: (e.date, e.text)))
