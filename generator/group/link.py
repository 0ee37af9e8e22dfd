"""Which articles to compare, and how similar pairs become stories.

Candidate pairs come from an inverted index over each article's most distinctive terms, leaving
out terms so common they say nothing about the event (document-frequency cut-off): the work grows
with the number of articles, not its square. Pairs above a threshold are then joined strongest
first, like average-linkage clustering: two groups merge only when their articles are similar on
average, so a chain of look-alikes (A~B, B~C) cannot pull an unrelated C into A's story.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from generator.group.vectors import Vector, cosine

TOP_TERMS = 40  # index only an article's strongest terms
MAX_POSTINGS = 60  # a term shared by more articles than this is background, not an event
MAX_DF_SHARE = 0.1
MIN_SHARED = 2  # one shared word is chance; the same story shares several


def candidate_pairs(vectors: list[Vector]) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share at least MIN_SHARED distinctive terms."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        strongest = sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:TOP_TERMS]
        for term, _ in strongest:
            postings[term].append(index)
    limit = max(2, min(MAX_POSTINGS, int(MAX_DF_SHARE * len(vectors))))
    shared: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if len(members) <= limit:
            shared.update(combinations(members, 2))
    return {pair for pair, count in shared.items() if count >= MIN_SHARED}


def scored_edges(
    vectors: list[Vector], pairs: set[tuple[int, int]], threshold: float
) -> list[tuple[float, int, int]]:
    """Candidate pairs at or above the threshold, strongest first (ties by index: deterministic)."""
    edges = [(cosine(vectors[i], vectors[j]), i, j) for i, j in pairs]
    return sorted((e for e in edges if e[0] >= threshold), key=lambda e: (-e[0], e[1], e[2]))


def link_clusters(
    vectors: list[Vector],
    edges: list[tuple[float, int, int]],
    average_floor: float,
    pair_floor: float = 0.0,
) -> list[list[int]]:
    """Join clusters along the edges while they stay alike: on average above `average_floor`,
    and no two of their articles below `pair_floor` (strangers never share a story)."""
    cluster_of = list(range(len(vectors)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(vectors))}
    similarity = PairCache(vectors)
    refused: set[tuple[int, int, int, int]] = set()  # clusters only grow: same sizes, same answer
    for _, i, j in edges:
        a, b = sorted((cluster_of[i], cluster_of[j]))
        key = (a, len(members[a]), b, len(members[b]))
        if a == b or key in refused:
            continue
        if not alike(similarity, members[a], members[b], average_floor, pair_floor):
            refused.add(key)
            continue
        keep, gone = min(a, b), max(a, b)
        for index in members[gone]:
            cluster_of[index] = keep
        members[keep].extend(members.pop(gone))
    return [sorted(group) for _, group in sorted(members.items())]


class PairCache:
    """Cosines of article pairs, each computed once however often linking asks."""

    def __init__(self, vectors: list[Vector]):
        self.vectors = vectors
        self.known: dict[tuple[int, int], float] = {}

    def __call__(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in self.known:
            self.known[key] = cosine(self.vectors[i], self.vectors[j])
        return self.known[key]


def alike(
    similarity: PairCache, left: list[int], right: list[int], average_floor: float, pair_floor: float
) -> bool:
    """Every pair across two clusters (clusters are small: one story's outlets) is compared."""
    similarities = [similarity(i, j) for i in left for j in right]
    return (
        min(similarities) >= pair_floor
        and sum(similarities) / len(similarities) >= average_floor
    )
