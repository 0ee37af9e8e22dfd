"""generator.parse.listings: section fronts of doubled teasers and pages of bare labels are
refused; articles that repeat themselves a little, and scripts without full stops, are kept."""

from __future__ import annotations

import pytest

from generator.errors import ReadError
from generator.models import SourceFile
from generator.parse import parse_source
from generator.parse.listings import LABELS_MAX_WORDS, MIN_RUN_WORDS, doubled_run, listing_kind

TEASERS = (
    "Ferry Service Suspended After Storm Damages Pier Ferry Service Suspended After Storm Damages Pier "
    "The harbour authority halted crossings on Monday after waves tore planks from the main pier. "
    "The harbour authority halted crossings on Monday after waves tore planks from the main pier.",
    "Library Extends Opening Hours For Exam Season Library Extends Opening Hours For Exam Season "
    "Students will be able to study until midnight from next week, the council said. Students will "
    "be able to study until midnight from next week, the council said.",
    "Bakery Wins Regional Prize For Sourdough Loaf Bakery Wins Regional Prize For Sourdough Loaf "
    "A family bakery in the old town took first place at the fair.",
)


def test_a_section_front_of_doubled_teasers_is_a_list():
    assert listing_kind(TEASERS) == "list of teasers"


def test_the_text_reader_refuses_it_naming_the_file_and_kind():
    data = ("Local News More>>\n\n" + "\n\n".join(TEASERS)).encode()
    with pytest.raises(ReadError) as error:
        parse_source(SourceFile("front.txt", data))
    assert error.value.file == "front.txt"
    assert "list of teasers, not an article" in error.value.reason


def test_a_run_is_doubled_only_when_repeated_at_once_and_long_enough():
    run = "the council voted to close the ferry terminal".split()  # 8 words
    assert len(run) == MIN_RUN_WORDS
    assert doubled_run(run + run + ["today"]) == MIN_RUN_WORDS
    assert doubled_run(["Then"] + run[1:] + run[1:]) == 0  # 7 words twice is an echo
    assert doubled_run(run + ["and", "then"] + run) == 0  # repeated, but not back to back
    assert doubled_run(["very"] * 30) == 0  # a word stuttered is not a run printed twice


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A quote given in the lede and again further down: repeated, never adjacent.
        (
            '"We will rebuild the pier before the summer season," the mayor said on Monday.',
            "Repairs will cost about 2 million euros, according to the harbour authority.",
            'She repeated the pledge at the evening meeting: "We will rebuild the pier before the summer season."',
        ),
        # One doubled sentence, a scraping slip in an otherwise ordinary article.
        (
            "The museum reopened its east wing on Friday. The museum reopened its east wing on Friday.",
            "Visitors queued for an hour to see the restored ceiling, which took four years to clean.",
            "Tickets for the wing are free until the end of the month, the director said.",
            "The west wing stays closed for rewiring until the spring.",
        ),
    ],
)
def test_articles_that_repeat_themselves_a_little_are_kept(paragraphs):
    assert listing_kind(paragraphs) is None


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Help route for her success", "Her Success Is Our Success", "Meet Miss Lee at the Following Locations"),
        ("Home", "World", "Business", "Sport", "Weather"),
    ],
)
def test_a_short_page_without_a_sentence_is_a_list_of_labels(paragraphs):
    assert listing_kind(paragraphs) == "list of labels without a sentence"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Council closes ferry terminal", "The council voted on Monday to close it."),
        ("Stadtrat schließt Fähranleger", "Wer zahlt die Reparatur?"),
        ("市议会关闭渡轮码头", "市议会周一投票决定关闭码头。"),
        ("नगर परिषद ने घाट बंद किया", "परिषद ने सोमवार को घाट बंद करने का फैसला किया।"),
        # Thai marks no sentence end: an article in it has no full stop to find.
        ("สภาเมืองปิดท่าเรือ", "สภาเมืองลงมติปิดท่าเรือเมื่อวันจันทร์"),
        # A long unpunctuated text (a transcript, a poem) is kept whatever it lacks.
        (" ".join(["and the tide comes in and the tide goes out"] * (LABELS_MAX_WORDS // 10 + 1)),),
    ],
)
def test_pages_with_a_sentence_or_in_unmarked_scripts_are_kept(paragraphs):
    assert listing_kind(paragraphs) is None


def test_the_markdown_reader_refuses_a_page_of_labels_naming_the_file():
    data = b"---\ntitle: Links\n---\n\n- Home\n- World\n- Sport\n"
    with pytest.raises(ReadError) as error:
        parse_source(SourceFile("links.md", data))
    assert error.value.file == "links.md"
    assert "list of labels without a sentence" in error.value.reason
