"""Facts: sentences from different outlets that state the same thing, with where each one stands.

Sentences are taken article by article (most representative first) and each joins the fact it
resembles most, provided that fact has no sentence from the same article yet, the wording
overlaps enough (content words weighted by rarity within the story) and any figures agree.
Otherwise it starts a fact of its own, which then reads "only in <outlet>".
"""

from __future__ import annotations

from collections import defaultdict
from itertools import accumulate, repeat

from generator.merge.sentences import Unit, Weights, figures_agree, weight
from generator.models import Fact

SAME_FACT = 0.33  # weighted Dice at which two sentences state the same thing


def cluster_facts(units_by_article: tuple[tuple[Unit, ...], ...], weights: Weights) -> list[list[Unit]]:
    """Group sentences into facts; each fact holds at most one sentence per article.

    Only facts of earlier articles sharing one of the sentence's telling words are compared (an
    index from word to facts; see telling_words), so the work grows with the story, not with its
    square. An article's own sentences are indexed once it is done: a fact it started or joined
    cannot take another of its sentences, so the first article (often the only one) compares
    nothing.
    """
    facts: list[list[Unit]] = []
    facts_with: defaultdict[str, set[int]] = defaultdict(set)
    sizes = WordSizes(weights)
    for position, units in enumerate(units_by_article, 1):
        numbers = [join_or_start(unit, facts, facts_with, sizes) for unit in units]
        if position == len(units_by_article):
            break  # no article left to look facts up
        for unit, number in zip(units, numbers):
            for word in unit.words:
                facts_with[word].add(number)
    return facts


def join_or_start(
    unit: Unit, facts: list[list[Unit]], facts_with: dict[str, set[int]], sizes: WordSizes
) -> int:
    """Add the sentence to the fact it restates, else to a new fact; return that fact's number."""
    number = None
    if facts_with:
        sharing = sorted(set().union(*map(facts_with.get, telling_words(unit, sizes), repeat(()))))
        number = best_fact(unit, facts, sharing, sizes)
    if number is None:
        number = len(facts)
        facts.append([])
    facts[number].append(unit)
    return number


class WordSizes:
    """The weights, and each sentence's total weight worked out once instead of per comparison.

    The sums are sentences.weight's, as in sentences.overlap, so every score is equal to the
    last bit; words missing from the weights weigh 1.0 there and here.
    """

    def __init__(self, weights: Weights):
        self.weights = weights
        self._totals: dict[frozenset[str], float] = {}

    def total(self, words: frozenset[str]) -> float:
        if words not in self._totals:
            self._totals[words] = weight(words, self.weights)
        return self._totals[words]

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        """sentences.overlap, to the last bit, but each sentence's total summed once."""
        shared = weight(a & b, self.weights)
        total = self.total(a) + self.total(b)
        return 2 * shared / total if total else 0.0


def telling_words(unit: Unit, sizes: WordSizes) -> list[str]:
    """The sentence's words minus its commonest ones, as many as cannot make a fact on their own.

    A sentence restating another shares at least SAME_FACT / (2 - SAME_FACT) of its own weight
    with it (Dice: 2S >= t(A + B) and S <= B). Words whose weights add up to less than that
    cannot be all it shares, so one of the remaining words is shared too: looking facts up
    through those alone finds every fact that can match. A tenth is kept as a margin for rounding.
    """
    least_shared = 0.9 * SAME_FACT / (2 - SAME_FACT) * sizes.total(unit.words)
    lightest_first = sorted(zip(map(sizes.weights.get, unit.words, repeat(1.0)), unit.words))
    for count, skipped in enumerate(accumulate(weight for weight, _ in lightest_first)):
        if skipped >= least_shared:
            return [word for _, word in lightest_first[count:]]
    return []


def best_fact(
    unit: Unit, facts: list[list[Unit]], candidates: list[int], sizes: WordSizes
) -> int | None:
    """Which of the candidate facts this sentence restates, or None; the earliest wins a tie."""
    best, best_score = None, 0.0
    article = unit.ref.article
    for number in candidates:
        fact = facts[number]
        if any(member.ref.article == article for member in fact):
            continue
        score = restatement_score(unit, fact, sizes)
        if score >= SAME_FACT and score > best_score:
            best, best_score = number, score
    return best


def restatement_score(unit: Unit, fact: list[Unit], sizes: WordSizes) -> float:
    """How closely the sentence matches the fact's closest sentence whose figures agree."""
    scores = [sizes.overlap(unit.words, m.words) for m in fact if figures_agree(unit, m)]
    return max(scores, default=0.0)


def rank_facts(facts: list[list[Unit]]) -> tuple[Fact, ...]:
    """Facts carried by more outlets first, then those the articles put earlier."""
    ordered = sorted(facts, key=lambda f: (-len(f), min(u.order for u in f), f[0].ref.text))
    return tuple(Fact(text=f[0].ref.text, sources=tuple(u.ref for u in f)) for f in ordered)
