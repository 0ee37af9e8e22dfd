"""Facts: sentences from different outlets that state the same thing, with where each one stands.

Sentences are taken article by article (most representative first) and each joins the fact it
resembles most, provided that fact has no sentence from the same article yet, the wording
overlaps enough (content words weighted by rarity within the story) and any figures agree.
Otherwise it starts a fact of its own, which then reads "only in <outlet>".
"""

from __future__ import annotations

from collections import defaultdict

from generator.merge.sentences import Unit, Weights, figures_agree, overlap
from generator.models import Fact

SAME_FACT = 0.33  # weighted Dice at which two sentences state the same thing


def cluster_facts(units_by_article: tuple[tuple[Unit, ...], ...], weights: Weights) -> list[list[Unit]]:
    """Group sentences into facts; each fact holds at most one sentence per article.

    Only facts sharing a word with the sentence are compared (an index from word to facts),
    which keeps a story of dozens of articles fast.
    """
    facts: list[list[Unit]] = []
    facts_with: defaultdict[str, set[int]] = defaultdict(set)
    for units in units_by_article:
        for unit in units:
            sharing = sorted(set().union(*(facts_with[w] for w in unit.words)))
            number = best_fact(unit, facts, sharing, weights)
            if number is None:
                number = len(facts)
                facts.append([])
            facts[number].append(unit)
            for word in unit.words:
                facts_with[word].add(number)
    return facts


def best_fact(
    unit: Unit, facts: list[list[Unit]], candidates: list[int], weights: Weights
) -> int | None:
    """Which of the candidate facts this sentence restates, or None; the earliest wins a tie."""
    best, best_score = None, 0.0
    for number in candidates:
        fact = facts[number]
        if any(member.ref.article == unit.ref.article for member in fact):
            continue
        score = restatement_score(unit, fact, weights)
        if score >= SAME_FACT and score > best_score:
            best, best_score = number, score
    return best


def restatement_score(unit: Unit, fact: list[Unit], weights: Weights) -> float:
    """How closely the sentence matches the fact's closest sentence whose figures agree."""
    scores = [overlap(unit.words, m.words, weights) for m in fact if figures_agree(unit, m)]
    return max(scores, default=0.0)


def rank_facts(facts: list[list[Unit]]) -> tuple[Fact, ...]:
    """Facts carried by more outlets first, then those the articles put earlier."""
    ordered = sorted(facts, key=lambda f: (-len(f), min(u.order for u in f), f[0].ref.text))
    return tuple(Fact(text=f[0].ref.text, sources=tuple(u.ref for u in f)) for f in ordered)
