"""Grouping: the same event from several outlets becomes one story; unrelated articles stay apart."""

from __future__ import annotations

import random
from dataclasses import replace

from generator.group import group_stories, published_close
from generator.group.link import candidate_pairs
from generator.group.vectors import article_terms, document_frequencies, tfidf_vector
from generator.group.words import content_words, names, numbers
from tests.fixtures.stories.articles import (
    ACME_PROFITS,
    ACME_STORY,
    BIKE_LANES,
    UNRELATED,
    make_article,
)


def ids(*articles):
    return tuple(sorted(a.id for a in articles))


def test_three_outlets_on_one_event_form_one_story_and_the_rest_stay_apart():
    groups = group_stories((*ACME_STORY, *UNRELATED))
    assert ids(*ACME_STORY) in groups
    for article in UNRELATED:
        assert (article.id,) in groups
    assert len(groups) == 1 + len(UNRELATED)


def test_grouping_does_not_depend_on_input_order():
    articles = (*ACME_STORY, *UNRELATED)
    assert group_stories(articles) == group_stories(tuple(reversed(articles)))


def test_same_company_weeks_earlier_is_a_different_story():
    groups = group_stories((*ACME_STORY, ACME_PROFITS))
    assert (ACME_PROFITS.id,) in groups


def test_articles_published_far_apart_are_not_compared():
    later = replace(BIKE_LANES, id="bike-lanes-later", published="2025-05-01")
    assert not published_close(BIKE_LANES, later)
    assert published_close(BIKE_LANES, replace(later, published=None))
    assert group_stories((BIKE_LANES, later)) == ((BIKE_LANES.id,), (later.id,))


def test_a_single_article_is_a_story_of_one_and_nothing_is_an_empty_digest():
    assert group_stories((BIKE_LANES,)) == ((BIKE_LANES.id,),)
    assert group_stories(()) == ()


def test_paraphrase_vocabulary_compares_equal():
    assert content_words("Workers’ talks") == content_words("workers talk")
    assert numbers("1,200 workers and 4 per cent") == {"1200", "4%"}
    assert "whitfield" in names("Chief executive Dana Whitfield said so.")
    assert "the" not in names("The plant closed.")


def test_candidate_pairs_come_only_from_shared_distinctive_terms():
    """Background words every article uses make no pairs: the work stays near-linear."""
    filler = [
        make_article(f"a{i}", f"Topic{i} report", (f"Common words here about topic{i} only.",))
        for i in range(40)
    ]
    counts = [article_terms(a) for a in filler]
    df = document_frequencies(counts)
    vectors = [tfidf_vector(c, df, len(filler)) for c in counts]
    assert candidate_pairs(vectors) == set()
    assert group_stories(tuple(filler)) == tuple((a.id,) for a in sorted(filler, key=lambda a: a.id))


def test_a_chain_of_look_alikes_does_not_pull_unrelated_articles_together():
    """A~B and B~C share different halves of B; A and C share nothing, so C stays out."""
    a = make_article("a", "Volcano erupts near Tervola", ("Volcano Tervola ash lava evacuation.",))
    b = make_article(
        "b",
        "Volcano erupts near Tervola as ferry strike strands tourists",
        ("Volcano Tervola ash evacuation. Ferry strike Kalmar tourists stranded harbour.",),
    )
    c = make_article("c", "Ferry strike strands tourists", ("Ferry strike Kalmar tourists harbour.",))
    groups = group_stories((a, b, c))
    assert not any({"a", "c"} <= set(g) for g in groups)


def synthetic_stories(stories: int):
    """`stories` events, each told by three outlets: shared event words plus common filler."""
    rng = random.Random(7)
    filler = [f"common{i}" for i in range(30)]
    articles = []
    for s in range(stories):
        event = [f"event{s}word{k}" for k in range(8)]
        for outlet in range(3):
            words = rng.sample(event, 6) + rng.sample(filler, 10)
            articles.append(make_article(f"s{s:03d}-o{outlet}", " ".join(words[:4]), (" ".join(words) + ".",)))
    return articles


def test_hundreds_of_articles_regroup_exactly_with_linear_candidate_pairs():
    articles = synthetic_stories(150)
    counts = [article_terms(a) for a in articles]
    df = document_frequencies(counts)
    vectors = [tfidf_vector(c, df, len(articles)) for c in counts]
    assert len(candidate_pairs(vectors)) <= 3 * len(articles)  # all pairs would be 101,025
    groups = group_stories(tuple(articles))
    assert len(groups) == 150
    assert all(len({article_id[:4] for article_id in g}) == 1 and len(g) == 3 for g in groups)


BRENNA_WIRE = make_article(
    "brenna-wire",
    "Storm Brenna buries Kestrel Falls",
    ("Storm Brenna left 30 inches of snow on Kestrel Falls, and mayor Odile Tamsin ordered plows out.",),
)
BRENNA_LEAD = "Kestrel Falls mayor Odile Tamsin said Brenna dropped more snow than any storm in memory."
LOCAL_ROUNDUP = (
    "Earlier the blog covered a library fundraiser, a bakery's anniversary, the hockey club's playoff "
    "hopes, a petition about parking meters, a violin recital at the chapel, new bus timetables, a "
    "lost parrot called Biscuit, the quarry expansion hearing and the county fair raffle.",
    "Readers also wrote in about potholes on Juniper Avenue, a pharmacy closing, the choir's spring "
    "concert, a marathon fundraiser for the hospice, recycling collection changes, the orchard's "
    "cider festival, a new vet clinic, the museum's dinosaur exhibit and a chess club.",
)


def cosine_to_wire(blog):
    articles = (BRENNA_WIRE, blog, *ACME_STORY, *UNRELATED)
    counts = [article_terms(a) for a in articles]
    df = document_frequencies(counts)
    first, second = (tfidf_vector(c, df, len(articles)) for c in counts[:2])
    return sum(w * second.get(t, 0.0) for t, w in first.items())


def test_words_no_other_article_uses_do_not_drown_the_shared_event():
    """A live blog's long local round-up is words nobody else has: they cannot make two articles
    alike, so they must not dilute the names and places the two reports of one storm share."""
    short = make_article("brenna-blog", "Live: Kestrel Falls digs out after Brenna", (BRENNA_LEAD,))
    long = replace(short, paragraphs=(BRENNA_LEAD, *LOCAL_ROUNDUP))
    assert cosine_to_wire(long) >= 0.75 * cosine_to_wire(short)
    groups = group_stories((BRENNA_WIRE, long, *ACME_STORY, *UNRELATED))
    assert ids(BRENNA_WIRE, long) in groups


def test_a_place_s_words_count_less_than_what_happened_there():
    """Two events in one city share its name as much as two reports of one event do: the
    place's words are damped, its entity term is not, and other words keep their count."""
    from generator.group.vectors import PLACE_WEIGHT
    from generator.models import Entity

    article = make_article(
        "hk",
        "Protesters march in Hong Kong",
        ("Protesters marched through Hong Kong on Sunday, police said.",),
        entities=(Entity("Hong Kong", "place", (), 1), Entity("Police", "organisation", (), 1)),
    )
    terms = article_terms(article)
    plain = article_terms(replace(article, entities=(Entity("Police", "organisation", (), 1),)))
    assert 0 < PLACE_WEIGHT < 1
    for term in ("hong", "kong", "#hong", "#kong"):
        assert terms[term] == plain[term] * PLACE_WEIGHT
    assert terms["@hong kong"] == 1
    assert terms["protester"] == plain["protester"] and terms["#police"] == plain["#police"]


def test_with_places_damped_one_event_in_a_city_still_joins_and_another_there_stays_apart():
    """A guard for the damping: the two reports of one siege share the city and what happened,
    and must still be one story (a share listing in the same city stays its own)."""
    from generator.models import Entity

    city = (Entity("Hong Kong", "place", (), 2),)
    def story(id: str, title: str, text: str):
        return make_article(id, title, (text,), entities=city)

    protest_a = story("pa", "Hong Kong protesters besieged at Polytechnic University",
                      "In Hong Kong, police fired teargas at protesters trapped inside Polytechnic University campus.")
    protest_b = story("pb", "Hong Kong police lay siege to Polytechnic University protesters",
                      "Hong Kong police surrounded Polytechnic University, firing teargas at trapped protesters.")
    listing = story("al", "Alibaba prices Hong Kong share listing",
                    "Alibaba priced its Hong Kong share listing, raising billions from investors in Hong Kong.")
    others = [make_article(f"o{i}", f"Other news {i}", (f"Unrelated report number {i} about farming and weather.",))
              for i in range(6)]
    groups = group_stories((protest_a, protest_b, listing, *others))
    assert ("pa", "pb") in groups and ("al",) in groups
