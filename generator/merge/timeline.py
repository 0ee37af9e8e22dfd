"""Timeline: the dated events of a story, from the dates the parser resolved in each article.

A date mention ("on Tuesday" -> 2025-03-04) dates the sentence that contains it; that sentence is
the event. Outlets that date the same event the same way share one entry listing all of them.
"""

from __future__ import annotations

from generator.merge.sentences import SplitArticle, Weights, overlap
from generator.models import DateMention, TimelineEntry

SAME_EVENT = 0.35


def dated_sentences(split: SplitArticle) -> list[tuple[str, str]]:
    """(date, sentence) for every resolved date mention of an article, in reading order."""
    article = split.article
    found = [
        (mention.date, containing_sentence(split.sentences[mention.paragraph], mention))
        for mention in article.dates
        if mention.date and 0 <= mention.paragraph < len(article.paragraphs)
    ]
    return list(dict.fromkeys(found))


def containing_sentence(sentences: tuple[str, ...], mention: DateMention) -> str:
    """The sentence of the mention's paragraph that holds its words (else the paragraph's first)."""
    return next((s for s in sentences if mention.text in s), sentences[0] if sentences else "")


def build_timeline(split: tuple[SplitArticle, ...], weights: Weights) -> tuple[TimelineEntry, ...]:
    """Entries sorted by date; one entry per event however many outlets date it."""
    entries: list[tuple[str, str, frozenset[str], list[str]]] = []
    on_date: dict[str, list[int]] = {}  # the entries of each date, in the order they were made
    for article in split:
        dated = dated_sentences(article)
        known = article.sentence_words() if dated else {}
        for date, sentence in dated:
            words = known.get(sentence, frozenset())  # "": a mention in an empty paragraph
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
                entries.append((date, sentence, words, [article.article.id]))
            elif article.article.id not in match[3]:
                match[3].append(article.article.id)
    timeline = [TimelineEntry(date, text, tuple(ids)) for date, text, _, ids in entries]
    return tuple(sorted(timeline, key=lambda e: (e.date, e.text)))
