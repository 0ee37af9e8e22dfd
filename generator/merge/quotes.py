"""Quotes deduplicated across outlets: one MergedQuote per thing said, with every wording of it.

Two quotes are the same words when their speakers are compatible (one unknown, or the same
surname: "Whitfield" and "Dana Whitfield") and most of the shorter one's words are in the longer
one, whatever the quotation marks, case or punctuation ("forty years." / « 40 years »).
"""

from __future__ import annotations

from collections import Counter

from generator.group.words import fold, words
from generator.models import Article, MergedQuote, Quote

SAME_WORDS = 0.7  # share of the shorter quote's words found in the longer one

Carried = tuple[str, Quote]  # (article id, quote)


def same_speaker(a: str | None, b: str | None) -> bool:
    """Unknown matches anyone; otherwise the surnames (last words) must be equal."""
    if not a or not b:
        return True
    return words(a)[-1:] == words(b)[-1:]


def same_words(a: str, b: str) -> bool:
    """Most of the shorter quote's words appear in the longer one."""
    left, right = words(a), words(b)
    shorter, longer = sorted((left, right), key=len)
    if not shorter:
        return False
    found = sum((Counter(shorter) & Counter(longer)).values())
    return found / len(shorter) >= SAME_WORDS


def cluster_quotes(articles: tuple[Article, ...]) -> list[list[Carried]]:
    """Each quote joins the first earlier group it restates (speaker and words), else starts one."""
    groups: list[list[Carried]] = []
    for article in articles:
        for quote in article.quotes:
            group = next((g for g in groups if restates(quote, g)), None)
            if group is None:
                groups.append([(article.id, quote)])
            else:
                group.append((article.id, quote))
    return groups


def restates(quote: Quote, group: list[Carried]) -> bool:
    return all(same_speaker(quote.speaker, q.speaker) for _, q in group) and any(
        same_words(quote.text, q.text) for _, q in group
    )


def merged_quote(group: list[Carried], story_id: str) -> MergedQuote:
    """The wording most outlets used (the longest on a tie) stands; the others are variants."""
    quotes = [q for _, q in group]
    wordings = Counter(canonical(q.text) for q in quotes)
    main = max(quotes, key=lambda q: (wordings[canonical(q.text)], len(q.text), q.text))
    variants = dict.fromkeys(q.text for q in quotes if canonical(q.text) != canonical(main.text))
    speakers = [q.speaker for q in quotes if q.speaker]
    return MergedQuote(
        text=main.text,
        speaker=max(speakers, key=lambda s: (len(s), s), default=None),
        via=next((q.via for q in quotes if q.via), None),
        articles=tuple(dict.fromkeys(article_id for article_id, _ in group)),
        story=story_id,
        variants=tuple(variants),
        partial=all(q.partial for q in quotes),
    )


def canonical(text: str) -> str:
    """A quote's words only: marks, case and punctuation do not make a new wording."""
    return " ".join(words(fold(text)))


def merge_quotes(articles: tuple[Article, ...], story_id: str) -> tuple[MergedQuote, ...]:
    """Every distinct quote of the story, the most widely carried first."""
    merged = [merged_quote(g, story_id) for g in cluster_quotes(articles)]
    return tuple(sorted(merged, key=lambda q: -len(q.articles)))
