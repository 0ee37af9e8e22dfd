"""generator.parse.metadata: dates, datelines, bylines and the outlet rule, shared by the readers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from generator.parse.metadata import (
    choose_source,
    date_value,
    outlet_from_kicker,
    outlet_from_lede,
    outlet_from_url,
    parse_byline,
    parse_date,
    parse_dateline,
)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Sept 30, 2024", "2024-09-30"),
        ("30th September 2024", "2024-09-30"),
        ("Mon, 30 Sep. 2024", "2024-09-30"),
        ("2024/09/30", "2024-09-30"),
        ("February 30, 2024", None),
        ("in 2024", None),
        ("13/08/2025", None),  # day and month order unknown: never guessed
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Last updated: 14 Aug 2025 at 10:02 GMT", ("updated", "2025-08-14")),
        ("Posted on 27 January 2026", ("published", "2026-01-27")),
        ("Wednesday 13 August 2025 10.30 BST", ("published", "2025-08-13")),
        ("The vote on 13 August 2025 was close.", None),
        ("Talks resume on August 13, 2025 in Geneva", None),
    ],
)
def test_parse_dateline_accepts_only_lines_that_are_dates(line, expected):
    assert parse_dateline(line) == expected


def test_date_value_from_yaml_types():
    assert date_value(date(2026, 3, 3)) == "2026-03-03"
    assert date_value(datetime(2026, 3, 3, 23, 59)) == "2026-03-03"
    assert date_value(20260303) is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By AFP", ("AFP", "AFP", None)),
        ("by Maria de la Cruz & Li Na", ("Maria de la Cruz & Li Na", None, None)),
        ("By Tom Reed - Reuters - 3 March 2026", ("Tom Reed", "Reuters", "2026-03-03")),
        ("Written by: Ana Silva", ("Ana Silva", None, None)),
        ("By the time the ferry left, nobody was on the pier.", None),
        ("Bystanders watched the fire.", None),
    ],
)
def test_parse_byline(line, expected):
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "url, name",
    [
        ("https://www.themoscowtimes.com/2025/08/13/x", "The Moscow Times"),
        ("https://edition.cnn.com/x", "CNN"),
        ("https://www.bbc.co.uk/news/x", "BBC News"),
        ("https://news.example.org/x", "news.example.org"),
        ("#", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_outlet_from_url(url, name):
    assert outlet_from_url(url) == name


def test_outlet_from_kicker_names_outlets_not_sections():
    assert outlet_from_kicker("Reuters") == "Reuters"
    assert outlet_from_kicker("The Daily Courier") == "The Daily Courier"
    assert outlet_from_kicker("Asia In News") is None
    assert outlet_from_kicker("World") is None


def test_source_rule_order():
    known, unknown = "https://www.reuters.com/x", "https://courier.example/x"
    assert choose_source("Stated", known, "AFP", "Reuters") == "Stated"
    assert choose_source(None, known, "AFP", None) == "Reuters"
    assert choose_source(None, unknown, "AFP", None) == "AFP"
    assert choose_source(None, unknown, None, None) == "courier.example"
    assert choose_source(None, None, None, "The Valmere Post") == "The Valmere Post"
    assert choose_source(None, None, None, "Asia In News") is None
    lede = "(CNN) -- The storm moved east."
    assert choose_source(None, None, None, None, lede) == "CNN"
    assert choose_source(None, unknown, None, None, lede) == "courier.example"  # the lede comes last
    assert choose_source(None, None, None, "The Valmere Post", lede) == "The Valmere Post"


@pytest.mark.parametrize(
    "lede, outlet",
    [
        ("(CNN) -- The storm moved east on Friday.", "CNN"),
        ("(CNN) The storm moved east on Friday.", "CNN"),
        ("LONDON (Reuters) - Britain's economy grew.", "Reuters"),
        ("KATHMANDU, Nepal (AP) — A strong earthquake shook the capital.", "Associated Press"),
        ("WASHINGTON (UPI) -- The Senate voted on Tuesday.", "UPI"),
        # A tag we do not know is not taken for an outlet; nor is a bracket that is no tag.
        ("(Valmere Wire Service) -- The storm moved east.", None),
        ("(Photo) The mayor spoke on Monday.", None),
        ("The storm (CNN reported) moved east.", None),
        ("Reuters said on Monday that its profits rose.", None),
    ],
)
def test_the_tag_that_opens_a_lede_names_its_outlet_when_we_know_it(lede, outlet):
    assert outlet_from_lede(lede) == outlet
