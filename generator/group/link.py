"""Which articles to compare, and how similar pairs become stories.

Candidate pairs come from an inverted index over each article's most distinctive terms, leaving
out terms so common they say nothing about the event (document-frequency cut-off): the work grows
with the number of articles, not its square. In a small digest that cut-off (10% of the
articles) would leave out every name of a story most outlets cover, so names may be held by up
to ten.

Pairs above a threshold are then joined strongest first, like average-linkage clustering: two
groups merge only when their articles are similar on average, so a chain of look-alikes (A~B,
B~C) cannot pull an unrelated C into A's story. Two groups that are each a tight story merge only
if they are nearly as alike across as within: two outlets' reports of a shipwreck find and two of
a naval collision share "warship" and "navy", which is far less than each pair shares inside
(within is capped, so two pairs of syndicated copies of one event, near-identical inside, still
join).

Average linking leaves alone an article that is plainly about one story's event but shares little
with that story's other outlets (a columnist's take beside two wire reports). A last pass lets
such a loner join the story of its nearest article when they are clearly alike and nothing in the
story is a stranger to it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain, combinations

from generator.group.vectors import Vector, cosine

TOP_TERMS = 40  # index only an article's strongest terms
MAX_POSTINGS = 60  # a term shared by more articles than this is background, not an event
MAX_DF_SHARE = 0.1
MIN_NAME_POSTINGS = 10  # a name in ten articles of a small digest may still be one event's
MIN_SHARED = 2  # one shared word is chance; the same story shares several


def candidate_pairs(
    vectors: list[Vector], days: list[int | None] | None = None, window: int = 0
) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share at least MIN_SHARED distinctive terms.

    With `days` (day numbers, None where unknown), only pairs at most `window` days apart are
    counted at all: a term shared across a year's archive pairs its week's articles, not all.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for term in sorted(vector, key=vector.__getitem__, reverse=True)[:TOP_TERMS]:
            postings[term].append(index)  # strongest first; equal weights keep term order
    limit = max(2, min(MAX_POSTINGS, int(MAX_DF_SHARE * len(vectors))))
    name_limit = max(limit, MIN_NAME_POSTINGS)
    shared: Counter[tuple[int, int]] = Counter()
    for term, members in postings.items():
        if len(members) <= (name_limit if term[0] in "#@" else limit):
            shared.update(
                combinations(members, 2) if days is None else close_pairs(members, days, window)
            )
    return {pair for pair, count in shared.items() if count >= MIN_SHARED}


def close_pairs(
    members: list[int], days: list[int | None], window: int
) -> Iterable[tuple[int, int]]:
    """Pairs (i < j) of ascending `members` at most `window` days apart or either undated."""
    dated = sorted((days[m], m) for m in members if days[m] is not None)
    if not dated or dated[-1][0] - dated[0][0] <= window:
        return combinations(members, 2)  # all close: the common case of one week's digest
    undated = [m for m in members if days[m] is None]
    return chain(
        combinations(undated, 2),
        (ordered(u, m) for u in undated for _, m in dated),
        window_pairs(dated, window),
    )


def window_pairs(dated: list[tuple[int, int]], window: int) -> Iterator[tuple[int, int]]:
    """Pairs from (day, index) sorted by day whose days differ by at most `window`."""
    for position, (day, index) in enumerate(dated):
        for later_day, other in dated[position + 1 :]:
            if later_day - day > window:
                break
            yield ordered(index, other)


def ordered(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def scored_edges(
    vectors: list[Vector], pairs: set[tuple[int, int]], threshold: float, beyond_top: float = 0.0
) -> list[tuple[float, int, int]]:
    """Candidate pairs at or above the threshold, strongest first (ties by index: deterministic).

    A pair must also be alike by at least `beyond_top` without its strongest shared term: two
    short pieces about a missing Alexis Murphy and an indebted Virginia Murphy share one rare
    surname, which alone lifts their cosine to 0.26; one word, however rare, is not one story.
    """
    edges = []
    for i, j in pairs:
        score, top = cosine_and_top(vectors[i], vectors[j])
        if score >= threshold and score - top >= beyond_top:
            edges.append((score, i, j))
    return sorted(edges, key=lambda e: (-e[0], e[1], e[2]))


def cosine_and_top(a: Vector, b: Vector) -> tuple[float, float]:
    """The cosine of two vectors (summed as `cosine` sums it) and its largest single term."""
    parts = [a[t] * b[t] for t in sorted(a.keys() & b.keys())]
    return sum(parts), max(parts, default=0.0)


def link_clusters(
    vectors: list[Vector],
    edges: list[tuple[float, int, int]],
    average_floor: float,
    pair_floor: float = 0.0,
    cohesion_share: float = 0.0,
    cohesion_cap: float = 1.0,
) -> list[list[int]]:
    """Join clusters along the edges while they stay alike: on average above `average_floor`,
    no two of their articles below `pair_floor` (strangers never share a story), and, when both
    already hold several articles, alike across at least `cohesion_share` times as much as
    within the looser of the two, counted as at most `cohesion_cap` (two tight stories on one
    topic stay two; two pairs of syndicated copies, near 1.0 within, still make one story)."""
    cluster_of = list(range(len(vectors)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(vectors))}
    inner: dict[int, tuple[float, int]] = {i: (0.0, 0) for i in range(len(vectors))}
    similarity = PairCache(vectors)
    refused: set[tuple[int, int, int, int]] = set()  # clusters only grow: same sizes, same answer
    for _, i, j in edges:
        a, b = sorted((cluster_of[i], cluster_of[j]))
        key = (a, len(members[a]), b, len(members[b]))
        if a == b or key in refused:
            continue
        across = [similarity(x, y) for x in members[a] for y in members[b]]
        floors = (average_floor, pair_floor, cohesion_share, cohesion_cap)
        if not joinable(across, inner[a], inner[b], *floors):
            refused.add(key)
            continue
        for index in members[b]:
            cluster_of[index] = a
        members[a].extend(members.pop(b))
        (sum_a, pairs_a), (sum_b, pairs_b) = inner[a], inner.pop(b)
        inner[a] = (sum_a + sum_b + sum(across), pairs_a + pairs_b + len(across))
    return [sorted(group) for _, group in sorted(members.items())]


def joinable(
    across: list[float],
    left: tuple[float, int],
    right: tuple[float, int],
    average_floor: float,
    pair_floor: float,
    cohesion_share: float,
    cohesion_cap: float = 1.0,
) -> bool:
    """Whether two clusters are one story, from every similarity across them (clusters are
    small: one story's outlets) and each one's (sum, count) of similarities within."""
    average = sum(across) / len(across)
    if min(across) < pair_floor or average < average_floor:
        return False
    if not (left[1] and right[1]):
        return True  # a lone article has no cohesion to keep
    looser = min(left[0] / left[1], right[0] / right[1], cohesion_cap)
    return average >= cohesion_share * looser


def attach_loners(
    vectors: list[Vector],
    edges: list[tuple[float, int, int]],
    clusters: list[list[int]],
    attach_floor: float,
    stranger_floor: float,
) -> list[list[int]]:
    """Move each article left alone into the story of its most similar article, when that
    similarity is at least `attach_floor` and no article of the story is below `stranger_floor`.

    Loners move into the stories as linking left them (never into another loner's new story),
    so the result does not depend on the order they are looked at.
    """
    cluster_of = {index: number for number, group in enumerate(clusters) for index in group}
    nearest: dict[int, int] = {}
    for score, i, j in edges:  # strongest first: the first edge seen for an article is its best
        if score < attach_floor:
            break
        nearest.setdefault(i, j)
        nearest.setdefault(j, i)
    similarity = PairCache(vectors)
    moved = [list(group) for group in clusters]
    for number, group in enumerate(clusters):
        if len(group) != 1 or group[0] not in nearest:
            continue
        loner = group[0]
        target = cluster_of[nearest[loner]]
        if len(clusters[target]) > 1 and all(
            similarity(loner, other) >= stranger_floor for other in clusters[target]
        ):
            moved[target].append(loner)
            moved[number] = []
    return [sorted(group) for group in moved if group]


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
