"""A story's sentences, located and described so they can be compared across outlets.

Every sentence keeps its place (article, paragraph, sentence index from the same splitter the
article pages use, so `p{i}-s{j}` anchors match) and the features merging compares: content
words, figures and names. Word weights are inverse frequencies over the story's own sentences,
so the words every sentence repeats ("Acme", "plant") count for less than the telling ones.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

from generator.group.words import content_words, numbers
from generator.models import Article, SentenceRef
from generator.parse.sentences import CLOSERS, SENTENCE_END_MARK, split_sentences

MIN_WORDS = 3  # fewer content words than this is a fragment ("Original url:"), not a statement
HEADING_WORDS = 10  # a line this short alone without a full stop is a heading or a credit
_DIGIT = re.compile(r"\d")  # every figure numbers() finds starts with one
_NO_FIGURES: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Unit:
    """One sentence of one article, with what merging compares."""

    ref: SentenceRef
    words: frozenset[str]
    figures: frozenset[str]
    order: int  # position in its article, for "earlier is more important"


Weights = dict[str, float]


@dataclass(frozen=True)
class SplitArticle:
    """An article's paragraphs split into sentences, each with its content words: worked out
    once per merge for the facts, the title, the lede and the timeline alike."""

    article: Article
    sentences: tuple[tuple[str, ...], ...]  # by paragraph, in reading order
    words: tuple[tuple[frozenset[str], ...], ...]  # the content words of each of those sentences

    @property
    def all_words(self) -> frozenset[str]:
        """The content words of the whole article, title included."""
        return word_set(self.article.title).union(
            *(w for paragraph in self.words for w in paragraph)
        )

    def sentence_words(self) -> dict[str, frozenset[str]]:
        """Each sentence's content words, by its text."""
        return {
            sentence: words
            for sentences, paragraph in zip(self.sentences, self.words)
            for sentence, words in zip(sentences, paragraph)
        }


def split_article(article: Article) -> SplitArticle:
    """Split every paragraph of an article into sentences and find their content words."""
    sentences = tuple(split_sentences(paragraph) for paragraph in article.paragraphs)
    words = tuple(tuple(map(word_set, paragraph)) for paragraph in sentences)
    return SplitArticle(article, sentences, words)


def article_units(article: Article | SplitArticle) -> tuple[Unit, ...]:
    """Every sentence of an article that says something, in reading order: not a fragment, a
    question ("What charges does Assange face in the US?") or a line standing alone without a
    full stop (a box's heading "One chapter over, another barely begun", its byline "Caroline
    Hawley, BBC diplomatic correspondent")."""
    split = article if isinstance(article, SplitArticle) else split_article(article)
    units: list[Unit] = []
    order = 0
    for p, (sentences, words_of) in enumerate(zip(split.sentences, split.words)):
        for s, (sentence, words) in enumerate(zip(sentences, words_of)):
            if len(words) >= MIN_WORDS and states_something(sentence, len(sentences)):
                ref = SentenceRef(split.article.id, p, s, sentence)
                units.append(Unit(ref, words, figures(sentence), order))
            order += 1
    return tuple(units)


def states_something(sentence: str, sentences_in_paragraph: int) -> bool:
    """Not a question, nor a short line alone in its paragraph with no sentence end."""
    end = sentence.rstrip(" " + CLOSERS)[-1:]
    if end == "?":
        return False
    return not (sentences_in_paragraph == 1 and not SENTENCE_END_MARK.match(end) and len(sentence.split()) <= HEADING_WORDS)


def figures(sentence: str) -> frozenset[str]:
    """numbers(sentence), without trying the figure pattern on the many sentences with no digit."""
    return numbers(sentence) if _DIGIT.search(sentence) else _NO_FIGURES


def word_weights(units: tuple[Unit, ...]) -> Weights:
    """Smoothed inverse sentence frequency of each word within the story."""
    df: Counter[str] = Counter()
    for unit in units:
        df.update(unit.words)
    total = len(units)
    by_count = {n: math.log((total + 1) / (n + 1)) + 1 for n in set(df.values())}
    return {w: by_count[n] for w, n in df.items()}  # one logarithm per count, not per word


def weight(words: frozenset[str], weights: Weights) -> float:
    """The words' summed weight, exactly rounded (fsum): the same in every run. A plain sum
    follows the set's order, which string hashing changes from run to run, and its last bit
    with it; that was enough to turn a tie between two titles a different way each build."""
    return math.fsum(map(weights.get, words, repeat(1.0)))


def overlap(a: frozenset[str], b: frozenset[str], weights: Weights) -> float:
    """Weighted Dice coefficient of two word sets: 1 for the same words, 0 for none shared."""
    shared = weight(a & b, weights)
    total = weight(a, weights) + weight(b, weights)
    return 2 * shared / total if total else 0.0


def figures_agree(a: Unit, b: Unit) -> bool:
    """Sentences that both state figures must share one to say the same thing."""
    return not (a.figures and b.figures) or bool(a.figures & b.figures)


def word_set(text: str) -> frozenset[str]:
    """frozenset(content_words(text)), exactly, worked out a whitespace-separated piece at a time.

    Folding, the word pattern and stemming never reach across whitespace, so a text's content
    words are its pieces' in order; pieces ("workers", "said,") and words repeat across a story
    and a build, so each is worked out once instead of stemming every word of every sentence.
    """
    return frozenset(chain.from_iterable(map(piece_words, text.split())))


@lru_cache(maxsize=1 << 16)
def piece_words(piece: str) -> tuple[str, ...]:
    """The content words of one whitespace-free piece of text (content_words, cached per piece)."""
    return tuple(content_words(piece))
