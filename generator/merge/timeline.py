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
    for mention in article.dates:
        if mention.date and 0 <= mention.paragraph < len(article.paragraphs):
            found.append((mention.date, containing_sentence(article, mention)))
    return list(dict.fromkeys(found))


def containing_sentence(article: Article, mention: DateMention) -> str:
    """The sentence of the mention's paragraph that holds its words (else the paragraph's first)."""
    sentences = split_sentences(article.paragraphs[mention.paragraph]) or ("",)
    return next((s for s in sentences if mention.text in s), sentences[0])


def build_timeline(articles: tuple[Article, ...], weights: Weights) -> tuple[TimelineEntry, ...]:
    """Entries sorted by date; one entry per event however many outlets date it."""
    entries: list[tuple[str, str, frozenset[str], list[str]]] = []
    for article in articles:
        for date, sentence in dated_sentences(article):
            words = frozenset(content_words(sentence))
            match = next(
                (e for e in entries if e[0] == date and overlap(words, e[2], weights) >= SAME_EVENT),
                None,
            )
            if match is None:
                entries.append((date, sentence, words, [article.id]))
            elif article.id not in match[3]:
                match[3].append(article.id)
    timeline = [TimelineEntry(date, text, tuple(ids)) for date, text, _, ids in entries]
    return tuple(sorted(timeline, key=lambda e: (e.date, e.text)))
