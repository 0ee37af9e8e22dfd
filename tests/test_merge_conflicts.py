"""Conflicts: the same subject with different figures across outlets."""

from __future__ import annotations

import pytest

from generator.merge import merge_story
from generator.merge.conflicts import find_conflicts
from generator.merge.sentences import article_units, word_weights
from tests.fixtures.stories.articles import ACME_STORY, GAZETTE, LEDGER, POST, make_article


def conflicts_of(first: str, second: str):
    """Conflicts between two one-sentence articles from different outlets."""
    articles = (make_article("a", "A", (first,)), make_article("b", "B", (second,)))
    units = tuple(article_units(a) for a in articles)
    return find_conflicts(units, word_weights(tuple(u for us in units for u in us)))


def test_1200_vs_1100_workers_is_one_conflict_listing_every_claim():
    (conflict,) = merge_story(ACME_STORY).conflicts
    assert conflict.subject == "workers"
    assert conflict.values == ("1,200", "1,100")
    assert [c.article for c in conflict.claims] == [GAZETTE.id, LEDGER.id, POST.id]


def test_money_conflicts_by_what_it_pays_for():
    (conflict,) = conflicts_of(
        "The city budget gives €4.5 million to schools this year, the mayor said.",
        "The mayor said the city budget gives €5 million to schools this year.",
    )
    assert conflict.values == ("€4.5 million", "€5 million")
    assert conflict.subject == "schools"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(  # the same figure written two ways
            "The earthquake killed 1,500 people in Ardena province.",
            "In Ardena province the earthquake killed 1500 people.",
            id="same-figure",
        ),
        pytest.param(  # estimates do not rule each other out
            "Pyonghae sent more than 10,000 soldiers to the front, officials said.",
            "Officials said Pyonghae sent 12,000 soldiers to the front.",
            id="hedged",
        ),
        pytest.param(
            "The county fair drew 30,000 visitors over the weekend.",
            "Ticket prices for the concert hall rose for 200 visitors.",
            id="unrelated-sentences",
        ),
        pytest.param(
            "The coalition won the confidence vote 316-301 in the lower house.",
            "With 316 votes for and 301 against, the coalition won the confidence vote.",
            id="score-is-not-a-count",
        ),
        pytest.param(
            "In all, 104 people were killed on Monday in Varna, activists said.",
            "Activists said 15 people had been killed in the Tarsk area, nine near Oltea.",
            id="different-places",
        ),
        pytest.param(
            "The coast guard crew spotted the swimmer at 9:30 p.m. near Kell Point.",
            "The coast guard crew spotted the swimmer at 8:19 p.m. near Kell Point.",
            id="clock-times",
        ),
    ],
)
def test_these_figures_do_not_conflict(first, second):
    assert conflicts_of(first, second) == ()
