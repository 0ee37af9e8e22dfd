"""Conflicts: the same subject with different figures across outlets."""

from __future__ import annotations

from generator.merge import merge_story
from generator.merge.conflicts import find_conflicts
from generator.merge.sentences import article_units, word_weights
from tests.fixtures.stories.articles import ACME_STORY, GAZETTE, LEDGER, POST, make_article


def conflicts_of(*articles):
    units = tuple(article_units(a) for a in articles)
    return find_conflicts(units, word_weights(tuple(u for us in units for u in us)))


def test_1200_vs_1100_workers_is_one_conflict_listing_every_claim():
    (conflict,) = merge_story(ACME_STORY).conflicts
    assert conflict.subject == "workers"
    assert conflict.values == ("1,200", "1,100")
    assert [c.article for c in conflict.claims] == [GAZETTE.id, LEDGER.id, POST.id]


def test_agreeing_figures_written_differently_do_not_conflict():
    a = make_article("a", "Quake", ("The earthquake killed 1,500 people in Ardena province.",))
    b = make_article("b", "Quake", ("In Ardena province the earthquake killed 1500 people.",))
    assert conflicts_of(a, b) == ()


def test_hedged_estimates_do_not_conflict():
    a = make_article("a", "Troops", ("Pyonghae sent more than 10,000 soldiers to the front, officials said.",))
    b = make_article("b", "Troops", ("Officials said Pyonghae sent 12,000 soldiers to the front.",))
    assert conflicts_of(a, b) == ()


def test_figures_in_unrelated_sentences_do_not_conflict():
    a = make_article("a", "Fair", ("The county fair drew 30,000 visitors over the weekend.",))
    b = make_article("b", "Fair", ("Ticket prices for the concert hall rose for 200 visitors.",))
    assert conflicts_of(a, b) == ()


def test_percentages_and_money_conflict_by_what_they_count():
    a = make_article("a", "Budget", ("The city budget gives €4.5 million to schools this year, the mayor said.",))
    b = make_article("b", "Budget", ("The mayor said the city budget gives €5 million to schools this year.",))
    (conflict,) = conflicts_of(a, b)
    assert conflict.values == ("€4.5 million", "€5 million")
    assert conflict.subject == "schools"


def test_scores_and_ranges_are_not_counts():
    a = make_article("a", "Vote", ("The coalition won the confidence vote 316-301 in the lower house.",))
    b = make_article("b", "Vote", ("With 316 votes for and 301 against, the coalition won the confidence vote.",))
    assert conflicts_of(a, b) == ()


def test_the_same_count_about_different_places_is_not_a_conflict():
    a = make_article("a", "Clashes", ("In all, 104 people were killed on Monday in Varna, activists said.",))
    b = make_article("b", "Clashes", ("Activists said 15 people had been killed in the Tarsk area, nine near Oltea.",))
    assert conflicts_of(a, b) == ()


def test_clock_times_are_not_counts():
    a = make_article("a", "Rescue", ("The coast guard crew spotted the swimmer around 9:30 p.m. near Kell Point.",))
    b = make_article("b", "Rescue", ("The coast guard crew spotted the swimmer around 8:19 p.m. near Kell Point.",))
    assert conflicts_of(a, b) == ()
