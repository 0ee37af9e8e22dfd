"""Linking: which pairs are compared, and when two clusters are one story."""

from __future__ import annotations

import random
from itertools import combinations

from generator.group import (
    ATTACH_FLOOR,
    AVERAGE_FLOOR,
    COHESION_CAP,
    COHESION_SHARE,
    MAX_DAYS_APART,
    STRANGER_FLOOR,
    group_stories,
)
from generator.group.link import attach_loners, candidate_pairs, close_pairs, joinable, scored_edges
from generator.group.vectors import (
    article_terms,
    cosine,
    document_frequencies,
    tfidf_vector,
)
from tests.fixtures.stories.articles import ACME_STORY, UNRELATED, make_article


def vectors_of(articles):
    counts = [article_terms(a) for a in articles]
    df = document_frequencies(counts)
    return [tfidf_vector(c, df, len(articles)) for c in counts]


def test_close_pairs_are_exactly_the_pairs_within_the_window():
    """Undated articles pair with everyone; dated ones only within the window, in any order."""
    rng = random.Random(3)
    for _ in range(200):
        members = sorted(rng.sample(range(40), rng.randint(2, 12)))
        days = [rng.choice([None, *range(0, 30)]) for _ in range(40)]
        window = rng.choice([0, 3, 7])
        expected = {
            (i, j)
            for i, j in combinations(members, 2)
            if days[i] is None or days[j] is None or abs(days[i] - days[j]) <= window
        }
        found = list(close_pairs(members, days, window))
        assert len(found) == len(set(found))  # each pair once: counts of shared terms stay true
        assert set(found) == expected
        assert all(i < j for i, j in found)


def test_candidate_pairs_with_dates_are_the_undated_pairs_that_are_close():
    """Twenty two-article stories; some reports a day apart, some twelve days, some undated."""
    articles = [
        make_article(
            f"x{k:02d}",
            f"Crane{k // 2} collapse at Vensby{k // 2} dock",
            (f"Crane{k // 2} collapse Vensby{k // 2} dock{k // 2} harbour{k // 2}.",),
        )
        for k in range(40)
    ]
    vectors = vectors_of(articles)
    gap = [1 if k % 4 < 2 else 12 for k in range(40)]  # the second report 1 or 12 days later
    days = [None if k % 10 == 9 else 100 * (k // 2) + (k % 2) * gap[k] for k in range(40)]
    everything = candidate_pairs(vectors)
    close = candidate_pairs(vectors, days, MAX_DAYS_APART)
    assert len(everything) == 20
    assert close == {
        (i, j)
        for i, j in everything
        if days[i] is None or days[j] is None or abs(days[i] - days[j]) <= MAX_DAYS_APART
    }
    assert 0 < len(close) < len(everything)  # the window really left pairs out, and kept some


def test_cosine_is_the_plain_dot_product_of_unit_vectors():
    vectors = vectors_of((*ACME_STORY, *UNRELATED))
    for a, b in combinations(vectors, 2):
        plain = sum(w * b.get(t, 0.0) for t, w in sorted(a.items()))
        assert abs(cosine(a, b) - plain) < 1e-12
        assert cosine(a, b) == cosine(b, a)
    # a term of one article alone is left out of its vector, but still counted in its length
    assert all(0.0 < cosine(v, v) <= 1.0 + 1e-12 for v in vectors if v)


def test_clusters_join_on_average_and_floor_and_keep_their_cohesion():
    alone = (0.0, 0)
    assert joinable([0.3], alone, alone, 0.15, 0.08, 0.7)
    assert not joinable([0.1], alone, alone, 0.15, 0.08, 0.7)  # below the average floor
    assert not joinable([0.4, 0.05], alone, (0.5, 1), 0.15, 0.08, 0.7)  # one stranger
    # a lone article joining a story: no cohesion of its own to keep
    assert joinable([0.2, 0.2], alone, (0.6, 1), 0.15, 0.08, 0.7)
    # two stories of two: alike across 0.2, within 0.6 and 0.5 -> two stories
    assert not joinable([0.2] * 4, (0.6, 1), (0.5, 1), 0.15, 0.08, 0.7)
    # ... unless they are nearly as alike across as within the looser one
    assert joinable([0.4] * 4, (0.6, 1), (0.5, 1), 0.15, 0.08, 0.7)
    assert joinable([0.2] * 4, (0.6, 1), (0.5, 1), 0.15, 0.08, 0.0)


FLEET = "The navy's Pacific fleet keeps its warships at Brisport naval station."
WRECK = (
    make_article(
        "wreck-a",
        "Navy confirms wreck of warship Halvard found off Corran Isle",
        (
            "A research vessel funded by Osric Penhale found the wreck of the warship Halvard off"
            " Corran Isle, the navy said.",
            FLEET,
            "Penhale's submersible filmed the Halvard's bow and guns.",
        ),
    ),
    make_article(
        "wreck-b",
        "Osric Penhale expedition locates navy warship Halvard",
        (
            "Osric Penhale's expedition has located the navy warship Halvard, lost with its"
            " sailors, on the seabed off Corran Isle.",
            FLEET,
            "Footage from Penhale's submersible shows the Halvard's bow and guns.",
        ),
    ),
)
COLLISION = (
    make_article(
        "collision-a",
        "Navy warship Stellan collides with cargo ship Maru Kaede",
        (
            "The navy warship Stellan collided with the cargo ship Maru Kaede before dawn, and"
            " seven sailors are missing, the navy said.",
            FLEET,
            "Divers searched the Stellan's flooded compartments after the Maru Kaede collision.",
        ),
    ),
    make_article(
        "collision-b",
        "Seven navy sailors missing as Stellan and Maru Kaede collide",
        (
            "Seven sailors are missing after the navy warship Stellan and the Maru Kaede collided,"
            " the navy said.",
            FLEET,
            "Divers searched the Stellan's flooded compartments after the Maru Kaede collision.",
        ),
    ),
)


FILLER = tuple(
    make_article(f"filler{k:02d}", f"Topic{k} report", (f"Plain words here about topic{k} only.",))
    for k in range(40)
)  # a digest large enough that words four articles share still count as distinctive


def test_two_navy_stories_stay_two_though_they_share_the_topic():
    """A wreck found and a collision share the navy's fleet, warships and sailors: on average
    enough to pass the floor, far less than each pair shares inside, so they stay two stories."""
    articles = (*WRECK, *COLLISION, *FILLER)
    vectors = vectors_of(articles)
    across = [cosine(vectors[i], vectors[j]) for i in (0, 1) for j in (2, 3)]
    within = min(cosine(vectors[0], vectors[1]), cosine(vectors[2], vectors[3]))
    assert sum(across) / len(across) >= AVERAGE_FLOOR  # the cohesion rule is what holds them apart
    assert sum(across) / len(across) < COHESION_SHARE * min(within, COHESION_CAP)
    groups = group_stories(articles)
    assert ("wreck-a", "wreck-b") in groups
    assert ("collision-a", "collision-b") in groups


DAM_WIRE_ONE = (
    "The Orla Creek dam above Kestrel Falls burst on Sunday night, flooding 200 homes, and"
    " mayor Odile Tamsin ordered the lower town evacuated.",
    "Engineers had warned in March that the dam's spillway was cracked, Tamsin said.",
)
DAM_WIRE_TWO = (
    "Floodwater from the breached Orla Creek dam swept through Kestrel Falls overnight; about"
    " 200 homes are under water and the lower town has been evacuated.",
    "Mayor Odile Tamsin said a cracked spillway had been reported to the state in March.",
)


def test_two_pairs_of_syndicated_copies_of_one_event_make_one_story():
    """Two outlets print one wire's copy, two others another's: each pair is near 1.0 within,
    far less across, yet both tell the same dam burst: the cohesion rule must not split them."""
    articles = (
        make_article("dam-a1", "Dam bursts above Kestrel Falls", DAM_WIRE_ONE),
        make_article("dam-a2", "Kestrel Falls evacuated as Orla Creek dam bursts", DAM_WIRE_ONE),
        make_article("dam-b1", "Floodwater sweeps through Kestrel Falls", DAM_WIRE_TWO),
        make_article("dam-b2", "Orla Creek dam breach floods 200 homes", DAM_WIRE_TWO),
        *FILLER,
    )
    vectors = vectors_of(articles)
    across = [cosine(vectors[i], vectors[j]) for i in (0, 1) for j in (2, 3)]
    assert sum(across) / len(across) < COHESION_SHARE * min(
        cosine(vectors[0], vectors[1]), cosine(vectors[2], vectors[3])
    )  # without the cap on cohesion these would be two stories
    assert ("dam-a1", "dam-a2", "dam-b1", "dam-b2") in group_stories(articles)


def test_five_outlets_on_one_event_in_a_small_digest_form_one_story():
    """In nine articles the 10% cut-off would count a name five of them use as background, and
    the five reports (which share only the event's names and words) would never be compared."""
    reports = (
        ("Dam bursts above Kestrel Falls", "The Orla Creek dam above Kestrel Falls burst on Sunday"
         " night, flooding 200 homes; mayor Odile Tamsin ordered an evacuation."),
        ("Kestrel Falls flooded after Orla Creek dam fails", "Floodwater from the Orla Creek dam"
         " swept into Kestrel Falls, where 200 homes are under water, mayor Odile Tamsin said."),
        ("Evacuation in Kestrel Falls as dam gives way", "Mayor Odile Tamsin evacuated the lower"
         " town of Kestrel Falls after the Orla Creek dam gave way."),
        ("Orla Creek dam breach: 200 homes flooded", "About 200 homes in Kestrel Falls flooded"
         " when the Orla Creek dam breached, said mayor Odile Tamsin."),
        ("Kestrel Falls mayor orders evacuation", "Odile Tamsin, mayor of Kestrel Falls, ordered"
         " residents out as water poured through the Orla Creek dam."),
    )
    dam = tuple(make_article(f"dam-{k}", title, (body,)) for k, (title, body) in enumerate(reports))
    groups = group_stories((*dam, *UNRELATED))
    assert tuple(a.id for a in dam) in groups
    assert all((a.id,) in groups for a in UNRELATED)


def test_a_loner_joins_the_story_of_its_nearest_article_unless_a_member_is_a_stranger():
    """Vectors by hand (cosine is the dot product): a story of two, and three articles linking
    left alone. The first is 0.3 like one member and 0.05 like the other (average 0.175 with a
    pair that is itself only 0.25 alike): it belongs. The second shares nothing with the other
    member; the third is nowhere near the attach floor."""
    vectors = [
        {"x": 0.5, "y": 0.5, "p": 0.5},
        {"x": 0.5, "z": 0.5},
        {"y": 0.6, "z": 0.1},  # 0.30 and 0.05: joins
        {"p": 0.6},  # 0.30 and 0.00: a stranger to article 1
        {"x": 0.36},  # 0.18 to both: below the attach floor
    ]
    pairs = set(combinations(range(5), 2))
    edges = scored_edges(vectors, pairs, 0.15)
    assert ATTACH_FLOOR == 0.2 and STRANGER_FLOOR == 0.03
    clusters = attach_loners(vectors, edges, [[0, 1], [2], [3], [4]], ATTACH_FLOOR, STRANGER_FLOOR)
    assert clusters == [[0, 1, 2], [3], [4]]


def test_loners_do_not_gather_into_a_story_of_their_own():
    """Two loners nearest each other stay apart: linking already judged that pair."""
    vectors = [{"x": 0.5}, {"x": 0.5}]
    edges = scored_edges(vectors, {(0, 1)}, 0.15)
    assert attach_loners(vectors, edges, [[0], [1]], 0.2, 0.03) == [[0], [1]]


def test_a_pair_alike_through_one_shared_term_alone_is_no_edge():
    """Two pieces sharing one rare surname (0.24 of their 0.25 cosine) are not one story; two
    that share several terms, no one of them carrying it all, are."""
    one_word = [{"murphy": 0.8, "school": 0.1}, {"murphy": 0.3, "school": 0.1}]
    assert scored_edges(one_word, {(0, 1)}, 0.15) == [(0.25, 0, 1)]  # the threshold alone
    assert scored_edges(one_word, {(0, 1)}, 0.15, beyond_top=0.04) == []
    several = [{"ferry": 0.3, "pier": 0.3, "storm": 0.3}, {"ferry": 0.3, "pier": 0.3, "storm": 0.3}]
    assert [e[1:] for e in scored_edges(several, {(0, 1)}, 0.15, beyond_top=0.04)] == [(0, 1)]
