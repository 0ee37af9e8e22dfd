"""The function words of an article's language, so that grouping does not match on them.

Grouping weighs a word by how few articles use it. In a digest that is mostly English, the
function words of a language only a few articles are written in ("que", "und", "что") are rare
there, so two Portuguese articles on unrelated subjects looked alike through "que", "para" and
"uma" (cosine 0.64 on the extraction benchmark's pages). An article whose words are mostly not
English function words is matched against jusText's stop lists (the most frequent words of each
of 100 languages' Wikipedia; jusText is installed with trafilatura, the HTML reader's
extractor), and the list that covers most of its words is left out of its terms along with the
English one. English articles, nearly all of them, never load the lists, and their terms are
exactly what they were.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import justext

from generator.group.words import STOPWORDS, fold, uncapitalised_words

SAMPLE_WORDS = 300  # the opening words tell the language; the rest would only cost time
ENGLISH_SAMPLE = 100  # ... and English, nearly every article, is plain from fewer
ENGLISH_SHARE = 0.2  # English prose is 40-55% function words; other languages share few of ours
LANGUAGE_SHARE = 0.25  # and a language's own list covers 30-60% of its prose; a results table
# or a script written without spaces matches some list by chance far less (Korean 0.18, Finnish 0.01)
ENGLISH_LISTS = frozenset({"English", "Simple_English"})


def article_stopwords(title: str, paragraphs: tuple[str, ...]) -> frozenset[str]:
    """foreign_stopwords of an article's opening words; an English article is known by its
    first ENGLISH_SAMPLE of them, without reading on."""
    found = uncapitalised_words(title)
    for paragraph in paragraphs:
        if len(found) >= ENGLISH_SAMPLE and is_english(countable(found[:ENGLISH_SAMPLE])):
            return frozenset()
        if len(found) >= SAMPLE_WORDS:
            break
        found.extend(uncapitalised_words(paragraph))
    return foreign_stopwords(found)


def countable(words: list[str]) -> list[str]:
    """The words that can tell a language: figures and single letters ("1", "a") are no language's own."""
    return [w for w in words if len(w) > 1 and not w.isdigit()]


def is_english(sample: list[str]) -> bool:
    """Whether at least ENGLISH_SHARE of the (countable) words are English function words; True
    for no words, where there is nothing to leave out."""
    return not sample or sum(w in STOPWORDS for w in sample) >= ENGLISH_SHARE * len(sample)


def foreign_stopwords(words: list[str]) -> frozenset[str]:
    """The folded stop words of the language of `words`, or an empty set for English and for
    text no list matches (a table of names and figures, a script written without spaces).

    `words`: the text's uncapitalised words (uncapitalised_words), in order. Names are left out
    because the lists hold some ("smith", "jr" are among Finnish Wikipedia's commonest words),
    figures and single letters because no language owns them.
    """
    sample = countable(words[:SAMPLE_WORDS])
    if is_english(sample):
        return frozenset()
    languages = languages_of_words()
    hits = Counter(language for word in sample for language in languages.get(word, ()))
    if not hits:
        return frozenset()
    best = min(hits, key=lambda language: (-hits[language], language))  # ties: by name, every run
    if best in ENGLISH_LISTS or hits[best] < LANGUAGE_SHARE * len(sample):
        return frozenset()
    return stoplist(best)


@lru_cache(maxsize=None)
def languages_of_words() -> dict[str, tuple[str, ...]]:
    """Every folded stop word and the languages whose lists hold it (read once, ~0.4 s, and only
    by a process that meets a non-English article)."""
    found: dict[str, list[str]] = {}
    for language in sorted(justext.get_stoplists()):
        for word in stoplist(language):
            found.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in found.items()}


@lru_cache(maxsize=None)
def stoplist(language: str) -> frozenset[str]:
    """jusText's stop list for a language, folded as our words are ("für" -> "fur")."""
    return frozenset(fold(word) for word in justext.get_stoplist(language))
