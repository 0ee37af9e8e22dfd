"""Facts: sentences from different outlets that state the same thing, with where each one stands.

Sentences are taken article by article (most representative first) and each joins the fact it
resembles most, provided that fact has no sentence from the same article yet, the wording
overlaps enough (content words weighted by rarity within the story) and any figures agree.
Otherwise it starts a fact of its own, which then reads "only in <outlet>".
"""

from __future__ import annotations

from collections import defaultdict

from generator.merge.sentences import Unit, Weights, figures_agree
from generator.models import Fact

SAME_FACT = 0.33  # weighted Dice at which two sentences state the same thing


def cluster_facts(units_by_article: tuple[tuple[Unit, ...], ...], weights: Weights) -> list[list[Unit]]:
    """Group sentences into facts; each fact holds at most one sentence per article.

    Only facts sharing one of the sentence's telling words are compared (an index from word to
    facts; see telling_words), so the work grows with the story, not with its square.
    """
    facts: list[list[Unit]] = []
    facts_with: defaultdict[str, set[int]] = defaultdict(set)
    sizes = WordSizes(weights)
    for units in units_by_article:
        for unit in units:
            sharing = sorted(set().union(*(facts_with[w] for w in telling_words(unit, sizes))))
            number = best_fact(unit, facts, sharing, sizes)
            if number is None:
                number = len(facts)
                facts.append([])
            facts[number].append(unit)
            for word in unit.words:
                facts_with[word].add(number)
    return facts


class WordSizes:
    """The weights, and each sentence's total weight worked out once instead of per comparison."""

    def __init__(self, weights: Weights):
        self.weights = weights
        self._totals: dict[frozenset[str], float] = {}

    def total(self, words: frozenset[str]) -> float:
        if words not in self._totals:
            self._totals[words] = sum(self.weights.get(w, 1.0) for w in words)
        return self._totals[words]

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        """sentences.overlap, to the last bit (same sums in the same order), but faster."""
        shared = sum(self.weights.get(w, 1.0) for w in a & b)
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
    ordered = sorted(unit.words, key=lambda w: (sizes.weights.get(w, 1.0), w))
    skipped = 0.0
    for count, word in enumerate(ordered):
        skipped += sizes.weights.get(word, 1.0)
        if skipped >= least_shared:
            return ordered[count:]
    return []


def best_fact(
    unit: Unit, facts: list[list[Unit]], candidates: list[int], sizes: WordSizes
) -> int | None:
    """Which of the candidate facts this sentence restates, or None; the earliest wins a tie."""
    best, best_score = None, 0.0
    for number in candidates:
        fact = facts[number]
        if any(member.ref.article == unit.ref.article for member in fact):
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
