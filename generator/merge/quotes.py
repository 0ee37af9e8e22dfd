"""Quotes deduplicated across outlets: one MergedQuote per thing said, with every wording of it.

Two quotes are the same words when their speakers are compatible (one unknown, or the same
surname: "Whitfield" and "Dana Whitfield") and most of the shorter one's words are in the longer
one, whatever the quotation marks, case or punctuation ("forty years." / « 40 years »); a quote
of under three words matches only the same words.
"""

from __future__ import annotations

from collections import Counter
from itertools import repeat

from generator.group.words import fold, words
from generator.models import Article, MergedQuote, Quote

SAME_WORDS = 0.7  # share of the shorter quote's words found in the longer one
MIN_RESTATING_WORDS = 3  # a shorter quote ("Oxy Pure", a lone "S") restates only its own words

Carried = tuple[str, Quote]  # (article id, quote)


def same_speaker(a: str | None, b: str | None) -> bool:
    """Unknown matches anyone; otherwise the surnames (last words) must be equal."""
    return QuoteWords().same_speaker(a, b)


def same_words(a: str, b: str) -> bool:
    """Most of the shorter quote's words appear in the longer one."""
    return QuoteWords().same_words(a, b)


def shares_most_words(left: list[str], right: list[str]) -> bool:
    return shares_most(Counter(left), len(left), Counter(right), len(right))


def shares_most(left: Counter[str], left_size: int, right: Counter[str], right_size: int) -> bool:
    """shares_most_words on the word counts of two quotes and their lengths in words.

    A quote of a word or two (a name or a label in quotation marks) is in many longer quotes
    without restating any of them: it matches only the same words."""
    shorter = min(left_size, right_size)
    if not shorter:
        return False
    if shorter < MIN_RESTATING_WORDS:
        return left == right
    return sum((left & right).values()) / shorter >= SAME_WORDS


class QuoteWords:
    """Each quote's words and speaker's surname, split and counted once per story instead of
    per comparison."""

    def __init__(self) -> None:
        self._words: dict[str, list[str]] = {}
        self._counts: dict[str, Counter[str]] = {}

    def of(self, text: str | None) -> list[str]:
        text = text or ""
        if text not in self._words:
            self._words[text] = words(text)
        return self._words[text]

    def counted(self, text: str) -> Counter[str]:
        if text not in self._counts:
            self._counts[text] = Counter(self.of(text))
        return self._counts[text]

    def same_speaker(self, a: str | None, b: str | None) -> bool:
        return not a or not b or self.of(a)[-1:] == self.of(b)[-1:]

    def same_words(self, a: str, b: str) -> bool:
        if a == b:  # the same wording (outlets copying one another): all its words, if any
            return bool(self.of(a))
        return shares_most(self.counted(a), len(self.of(a)), self.counted(b), len(self.of(b)))


def cluster_quotes(articles: tuple[Article, ...]) -> list[list[Carried]]:
    """Each quote joins the first earlier group it restates (speaker and words), else starts one.

    Restating needs a word in common, so only the groups sharing one of the quote's words are
    tried (an index from word to groups), in the order they were started.
    """
    groups: list[list[Carried]] = []
    groups_with: dict[str, set[int]] = {}
    split = QuoteWords()
    for article in articles:
        for quote in article.quotes:
            quote_words = set(split.of(quote.text))
            sharing = sorted(set().union(*map(groups_with.get, quote_words, repeat(()))))
            number = next((n for n in sharing if restates(quote, groups[n], split)), None)
            if number is None:
                number = len(groups)
                groups.append([])
            groups[number].append((article.id, quote))
            for word in quote_words:
                groups_with.setdefault(word, set()).add(number)
    return groups


def restates(quote: Quote, group: list[Carried], split: QuoteWords) -> bool:
    return all(split.same_speaker(quote.speaker, q.speaker) for _, q in group) and any(
        split.same_words(quote.text, q.text) for _, q in group
    )


def merged_quote(group: list[Carried], story_id: str) -> MergedQuote:
    """The wording most outlets used (the longest on a tie) stands; the others are variants,
    except an excerpt of it (a sentence of the quote, quoted alone by another outlet), which is
    the same wording."""
    quotes = [q for _, q in group]
    wording = {q.text: canonical(q.text) for q in quotes}  # each text folded once, not per use
    wordings = Counter(wording[q.text] for q in quotes)
    main = max(quotes, key=lambda q: (wordings[wording[q.text]], len(q.text), q.text))
    within = f" {wording[main.text]} "
    variants = dict.fromkeys(q.text for q in quotes if f" {wording[q.text]} " not in within)
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
