"""find_dates: every date expression, resolved against the publication date by the documented rules."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis_support import bbc_articles
from generator.models import DateMention
from generator.parse.dates import PATTERNS, find_dates, pattern_starts, patterns_that_may_match


def resolved(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in find_dates((text,), published)]


WEDNESDAY = "2025-08-13"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("State media reported on Wednesday.", [("on Wednesday", "2025-08-13")]),
        ("The leaders spoke by phone on Tuesday and confirmed it.", [("on Tuesday", "2025-08-12")]),
        ("The Kremlin said on Thursday it was ready.", [("on Thursday", "2025-08-07")]),
        ("Trump is expected to press Russia during their meeting in Alaska on Friday.", [("on Friday", "2025-08-15")]),
        ("The talks are scheduled for Friday.", [("Friday", "2025-08-15")]),
        ("Trump said he will meet Putin on Monday.", [("on Monday", "2025-08-18")]),
        ("On Monday, the minister will visit Kyiv.", [("On Monday", "2025-08-18")]),
        ("Putin is to meet Trump on Friday.", [("on Friday", "2025-08-15")]),
        ("The summit was held on Monday.", [("on Monday", "2025-08-11")]),
        ("They meet again next Wednesday.", [("next Wednesday", "2025-08-20")]),
        ("They met last Wednesday.", [("last Wednesday", "2025-08-06")]),
        ("Yesterday was calm, today is not, and tomorrow looks worse.",
         [("Yesterday", "2025-08-12"), ("today", "2025-08-13"), ("tomorrow", "2025-08-14")]),
        ("The pact was signed last year.", [("last year", "2024")]),
        ("Sales fell last month and earlier this month.", [("last month", "2025-07"), ("earlier this month", "2025-08")]),
        ("He arrived this week and leaves next week.", [("this week", None), ("next week", None)]),
        ("North Korea confirmed in April that it had deployed troops.", [("in April", "2025-04")]),
        ("The vote will be held in March.", [("in March", "2026-03")]),
        ("Prices peaked in 2019 and again in March 2020.", [("in 2019", "2019"), ("in March 2020", "2020-03")]),
        ("The firm was founded two years ago.", [("two years ago", "2023")]),
        ("Mid-July was the hottest spell.", [("Mid-July", "2025-07")]),
    ],
)  # fmt: skip
def test_relative_expressions_resolve_against_publication(text: str, expected: list) -> None:
    assert resolved(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text",
    ["Aug 12", "Aug. 12", "August 12", "12 August", "the 12th of August", "August 12, 2025", "2025-08-12"],
)
def test_every_day_month_spelling_gives_the_same_day(text: str) -> None:
    assert [d.date for d in find_dates((f"It happened {text} after talks.",), WEDNESDAY)] == ["2025-08-12"]


def test_weekday_next_to_its_date_is_one_mention() -> None:
    brackets = resolved("The Kremlin announced on Tuesday (Aug 12) that Putin had called.", WEDNESDAY)
    comma = resolved("The Kremlin announced on Tuesday, August 12, that Putin had called.", WEDNESDAY)
    assert brackets == [("on Tuesday (Aug 12)", "2025-08-12")]
    assert comma == [("on Tuesday, August 12", "2025-08-12")]


def test_year_boundaries() -> None:
    text = "He left last Tuesday. It snowed in December. He will return in March. The deal closed Dec 30."
    assert resolved(text, "2025-01-02") == [
        ("last Tuesday", "2024-12-31"),
        ("in December", "2024-12"),
        ("in March", "2025-03"),
        ("Dec 30", "2024-12-30"),
    ]
    assert resolved("Talks resume on Monday, Jan 5.", "2025-12-30") == [("on Monday, Jan 5", "2026-01-05")]
    assert resolved("Shares rose last month.", "2025-01-15") == [("last month", "2024-12")]
    assert resolved("The deal was signed on Friday.", "2024-03-01") == [("on Friday", "2024-03-01")]
    assert resolved("The treaty was ratified on Thursday.", "2024-03-01") == [("on Thursday", "2024-02-29")]


@pytest.mark.parametrize("published", ["2023-06-05", "2024-02-29", "2025-12-31", "2026-01-01"])
def test_past_weekday_is_within_the_week_before_publication(published: str) -> None:
    from datetime import date

    for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        (mention,) = find_dates((f"Officials said on {name} that talks had failed.",), published)
        day = date.fromisoformat(mention.date)
        assert 0 <= (date.fromisoformat(published) - day).days < 7
        assert day.strftime("%A") == name


def test_without_publication_only_absolute_dates_resolve() -> None:
    text = "He left on Tuesday, on August 12, 2025, in April, in 2019 and on Aug 12."
    assert resolved(text, None) == [
        ("on Tuesday", None),
        ("on August 12, 2025", "2025-08-12"),
        ("in April", None),
        ("in 2019", "2019"),
        ("on Aug 12", None),
    ]
    assert resolved("It rained on Tuesday.", "not a date") == [("on Tuesday", None)]


def test_names_are_not_dates() -> None:
    text = (
        "Theresa May said she may resign. Black Friday sales rose. The Good Friday agreement held. "
        "The Sunday Times reported it. Bloody Sunday is remembered."
    )
    assert resolved(text, WEDNESDAY) == []


def test_may_the_month_is_still_found() -> None:
    assert resolved("Theresa May said elections will come in May.", WEDNESDAY) == [("in May", "2026-05")]
    assert resolved("Elections were held on May 2, 2024.", WEDNESDAY) == [("on May 2, 2024", "2024-05-02")]


def test_impossible_day_is_kept_without_a_date() -> None:
    assert resolved("It was due on February 30, 2025.", WEDNESDAY) == [("on February 30, 2025", None)]


def test_paragraph_index_and_reading_order() -> None:
    paragraphs = ("No dates here.", "In 2019 it began; on Tuesday it ended.", "Then yesterday.")
    assert find_dates(paragraphs, WEDNESDAY) == (
        DateMention("In 2019", "2019", 1),
        DateMention("on Tuesday", "2025-08-12", 1),
        DateMention("yesterday", "2025-08-12", 2),
    )


def test_bbc_articles_do_not_crash_and_resolve_to_valid_dates() -> None:
    articles = bbc_articles(40)
    if not articles:
        pytest.skip("BBC corpus not present")
    found = 0
    for _, _, paragraphs in articles:
        for mention in find_dates(paragraphs, "2005-03-01"):
            assert mention.text.strip() == mention.text and mention.text
            assert mention.date is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", mention.date)
            found += 1
    assert found > len(articles)  # news is full of dates: most articles have at least one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wolves face Millwall at home on Saturday.", "2025-08-16"),
        ("He beat his best time, set in Saturday's semi-final.", "2025-08-09"),
        ("Hearts set up a final with a win in Accra on Sunday.", "2025-08-10"),
        ("The minister is due to arrive on Thursday.", "2025-08-14"),
        ("The match was called off due to rain on Monday.", "2025-08-11"),
    ],
)
def test_schedule_present_and_ambiguous_set_due(text: str, expected: str) -> None:
    assert [d.date for d in find_dates((text,), WEDNESDAY)] == [expected]


def test_a_weekday_that_is_no_particular_day() -> None:
    assert resolved("The final was first staged on a Sunday lunchtime.", WEDNESDAY) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["on", "Friday", "May", "12", "Aug.", "2025", "last", "will", "in", "April", ",", "(", ")", "x"]), max_size=30).map(" ".join),
    st.sampled_from([None, "2024-02-29", "2025-12-31", "garbage"]),
)
def test_any_text_gives_mentions_that_are_in_the_text(text: str, published: str | None) -> None:
    for mention in find_dates((text,), published):
        assert mention.text in " ".join(text.split())
        assert mention.date is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", mention.date)


_DATE_WORDS = [
    "on Friday", "Sunday", "May", "12", "Aug. 12", "August", "Sept", "2025", "1999", "2025-08-12", "last year",
    "next week", "this MONTH", "Year", "two years ago", "a DAY AGO", "Today", "TONIGHT", "yesterday", "last night",
    "this morning", "in March 2020", "mid-2019", "Mid-July", "since 1999", "the 12th of August", "on Tuesday (Aug 12)",
    "x", ",", "(", ")", "\u0130", "\u0131", "\u017f", "\u212a", "thi\u017f evening", "\u0130N 2020", "\u0131n",
    "ye\u017fterday", "3 \u212aago", "Mar", "Market",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=25).map(" ".join))
def test_the_word_gate_never_skips_a_pattern_that_matches(text: str) -> None:
    kept = patterns_that_may_match(text)
    for pattern in PATTERNS:
        if pattern.regex.search(text):
            assert pattern in kept, (pattern.regex.pattern, text)


@pytest.mark.parametrize("text", ["It happened thİs morning.", "He left ſince 2019? no: two yearſ ago.", "Kelvin: 2 dayS AGO"])
def test_case_folding_letters_still_find_case_insensitive_expressions(text: str) -> None:
    expected = sorted(m.group(0) for p in PATTERNS if p.folded for m in p.regex.finditer(text))
    assert expected and sorted(d.text for d in find_dates((text,), WEDNESDAY) if d.text in expected) == expected


_SENTENCE_PIECES = st.sampled_from(["word", "a.", "9!", '"?', "”;", ")", ". ", " ", "\n", "on", "Monday", "X"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=30).map("".join), st.integers(0, 200), st.integers(0, 40))
def test_sentence_edges_are_the_nearest_breaks_either_side(paragraph: str, start: int, length: int) -> None:
    from generator.parse.dates import _SENTENCE_BREAK, sentence_edges

    start = min(start, len(paragraph))
    end = min(start + length, len(paragraph))
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(paragraph)]
    expected = (
        max((b for b in breaks if b <= start), default=0),
        min((b for b in breaks if b >= end), default=len(paragraph)),
    )
    assert sentence_edges(paragraph, start, end) == expected



_LEAD_WORDS = ["on", "On", "the", "12th", "of", "August", "Aug", "12", "end", "End", "this", "coming", "Friday",
               "Tuesday,", "(Aug", "12)", "in", "In", "since", "1999", "2019", "mid-", "Mid-", "x", "May", "2020-08-12"]  # fmt: skip
_GAPS = st.sampled_from([" ", "  ", "\n", " \t", "", "\u00a0"])


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LEAD_WORDS), _GAPS), max_size=12))
def test_a_scan_from_the_earliest_start_finds_every_match(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    for pattern, start in pattern_starts(text):
        from_start = [m.span() for m in pattern.regex.finditer(text, start)]
        assert from_start == [m.span() for m in pattern.regex.finditer(text)], (pattern.regex.pattern, text)


@pytest.mark.parametrize(
    "text",
    ["x on  the 12th\nof August", "x In\tAugust 2020", "x end of August", "x this coming Friday",
     "x on Tuesday, Aug 12", "x since 1999", "x mid-2019", "x Mid-July", "x 2020-08-12"],
)  # fmt: skip
def test_the_longest_lead_before_a_cue_is_inside_the_scan(text: str) -> None:
    """Each pattern's longest run of words before its cue word, after an unrelated word."""
    starts = pattern_starts(text)
    for pattern, start in starts:
        assert [m.span() for m in pattern.regex.finditer(text, start)] == [m.span() for m in pattern.regex.finditer(text)]
    assert min(m.start() for p, _ in starts for m in p.regex.finditer(text)) == 2  # the lead is matched
