"""Timeline: dated sentences from every outlet, one entry per event, in date order."""

from __future__ import annotations

from generator.merge import merge_story
from generator.models import DateMention
from tests.fixtures.stories.articles import ACME_STORY, GAZETTE, LEDGER, POST, make_article


def test_the_same_event_dated_by_three_outlets_is_one_entry():
    first, second = merge_story(ACME_STORY).timeline
    assert first.date == "2025-03-04"
    assert set(first.articles) == {GAZETTE.id, LEDGER.id, POST.id}
    assert second.date == "2025-03-05"
    assert second.text == "The state governor, Ellen Park, promised retraining funds for Millbrook on Wednesday."


def test_entries_are_sorted_by_date_whatever_the_reading_order():
    article = make_article(
        "t",
        "Bridge reopens",
        (
            "The bridge reopened on Friday. It had closed in March 2023 after cracks were found.",
            "Repairs began last year.",
        ),
        dates=(
            DateMention("on Friday", "2025-03-07", 0),
            DateMention("in March 2023", "2023-03", 0),
            DateMention("last year", "2024", 1),
            DateMention("someday", None, 1),
        ),
    )
    timeline = merge_story((article,)).timeline
    assert [e.date for e in timeline] == ["2023-03", "2024", "2025-03-07"]
    assert timeline[0].text == "It had closed in March 2023 after cracks were found."


def test_a_mention_pointing_outside_the_article_is_ignored():
    article = make_article("t", "Bridge", ("The bridge reopened on Friday.",),
                           dates=(DateMention("on Friday", "2025-03-07", 5),))
    assert merge_story((article,)).timeline == ()
