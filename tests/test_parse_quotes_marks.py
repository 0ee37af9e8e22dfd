"""Pairing quotation marks: every style of mark, apostrophes that must not open, stray marks."""

from __future__ import annotations

import pytest

from generator.parse.quotes_marks import (
    SINGLE_MARKS,
    SINGLE_MARKS_NOT_INSIDE_WORD,
    can_close,
    can_open,
    find_quoted_spans,
    mark_balance,
)


def texts(*paragraphs: str) -> list[str]:
    return [s.text(paragraphs) for s in find_quoted_spans(paragraphs)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('He said "we will win" on Monday.', ["we will win"]),
        ("He said “we will win” on Monday.", ["we will win"]),
        ("Sie sagte: „Wir schaffen das“, und ging.", ["Wir schaffen das"]),
        ("Il a dit : « Nous sommes prêts » hier.", ["Nous sommes prêts"]),
        ("Il a dit :\u00a0«\u00a0Nous sommes prêts\u00a0» hier.", ["Nous sommes prêts"]),
        ("He called it ‘a disgrace’ and left.", ["a disgrace"]),
        ("Er nannte es ‚unmöglich‘ und ging.", ["unmöglich"]),
        ("Swedish style: ”Vi är redo” sade hon.", ["Vi är redo"]),
        # a curly quote inside a straight one: one quote, the inner words part of it
        ('"The office is not about “law and order” any more," she wrote.', ["The office is not about “law and order” any more,"]),
        # the same style nested: “ … “ … ” … ”
        ("“They kept shouting “Out!” at us,” the driver said.", ["They kept shouting “Out!” at us,"]),
        # « » inside „ “
        ("„Er rief «Halt» und rannte“, sagte sie.", ["Er rief «Halt» und rannte"]),
        # a stray opener before a real quote still leaves the real quote
        ('Her notes began "Summary and then "the deal is off" in red.', ["the deal is off"]),
    ],
)
def test_each_style_of_mark_pairs(paragraph, expected):
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kim's and Putin's talks went well; it wasn't a surprise.",
        "They played rock 'n' roll all night.",
        "It was a hit in the '90s and the 80's.",
        "The leaders' summit was the talk of the town, the ministers' too.",
        "Rock ’n’ roll, the ’90s and Kim’s talks.",
        "He bought a 27\" screen and a 5' ladder.",
    ],
)
def test_apostrophes_and_inch_marks_open_no_quote(paragraph):
    assert texts(paragraph) == []


def test_possessive_inside_a_british_quote_does_not_close_it():
    paragraph = "‘The leaders’ summit is off and the talks are over,’ she said."
    assert texts(paragraph) == ["The leaders’ summit is off and the talks are over,"]


def test_nested_single_quote_stays_inside_the_double_quote():
    assert texts("“He told me ‘no way’ yesterday,” she said.") == ["He told me ‘no way’ yesterday,"]


def test_stray_opening_mark_swallows_nothing():
    assert texts('He said "this is fine and then left.', "Nothing quoted here at all.") == []


def test_stray_mark_before_a_real_quote_is_dropped():
    assert texts('A stray " mark, then "a real quote" here.') == ["a real quote"]
    assert texts('Unclosed "mark here, and then "the real one" ends.') == ["the real one"]


def test_quote_running_over_paragraphs_is_one_span():
    paragraphs = ('"We will rebuild every school.', '"And every hospital," she said.')
    spans = find_quoted_spans(paragraphs)
    assert len(spans) == 1
    assert spans[0].text(paragraphs) == "We will rebuild every school. And every hospital,"
    assert spans[0].opening.paragraph == 0 and spans[0].closing.paragraph == 1


def test_paragraph_broken_mid_sentence_continues_the_quote():
    paragraphs = ('Kim pledged to "fully support all measures taken by the', 'Russian leadership."')
    assert texts(*paragraphs) == ["fully support all measures taken by the Russian leadership."]


def test_empty_quotes_are_ignored():
    assert texts('He typed "" into the box and "something" else.') == ["something"]


def test_headline_single_quotes_are_a_quote():
    assert texts("Zelensky Says Summit a 'Personal Victory' for Putin") == ["Personal Victory"]


def test_mark_balance_counts_every_double_mark_when_balanced():
    paragraphs = ('"One," he said, "two."', '"Three.', '"Four," she added.')
    paired, total = mark_balance(paragraphs)
    assert paired == total == 7


def test_mark_balance_exposes_an_unpaired_mark():
    paired, total = mark_balance(('He said "one thing.', "Then nothing."))
    assert paired < total


def test_doubled_apostrophes_are_a_double_quote():
    paragraph = "In his book, ''Make Your Kid a Millionaire,'' he wrote ''don't judge'' twice."
    assert texts(paragraph) == ["Make Your Kid a Millionaire,", "don't judge"]


def test_doubled_apostrophes_run_over_paragraphs():
    paragraphs = ("''I don't judge what people spend on.", "''But most wish they could go back,'' he said.")
    assert texts(*paragraphs) == ["I don't judge what people spend on. But most wish they could go back,"]


def test_lost_space_before_an_opening_and_after_a_closing_mark():
    paragraph = 'She would like to think so."In my mind, she is running," Kirsten said."Anytime," she added.'
    assert texts(paragraph) == ["In my mind, she is running,", "Anytime,"]


def test_nested_quotes_spaced_apart_from_the_outer_marks():
    paragraph = "“ ‘If you want to believe the evidence, that is up to you.’ ” she said."
    assert texts(paragraph) == ["‘If you want to believe the evidence, that is up to you.’"]


def test_two_typographic_apostrophes_close_a_curly_quote():
    assert texts("The new “Evil Dead’’ is far less humorous.") == ["Evil Dead"]


def test_stray_space_before_a_closing_mark():
    assert texts('"Just praying. Miracles can happen. " She left.') == ["Just praying. Miracles can happen."]


def test_lost_space_before_an_opening_mark_and_a_bracket():
    assert texts('He was kind."(Olivera) came in," Serna said.') == ["(Olivera) came in,"]



def test_nested_marks_count_as_paired():
    assert mark_balance(('"The office is not about “law and order” any more," she wrote.',)) == (4, 4)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"“We won,” Ana Ruiz said."', ["We won,"]),
        ('"“We won,” she said. “Now we rest.”"', ["We won,", "Now we rest."]),
        ('"„Wir haben gewonnen“, sagte sie."', ["Wir haben gewonnen"]),
    ],
)
def test_straight_marks_wrapping_a_paragraph_of_curly_quotes_are_no_quote(paragraph, expected):
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the curly quote does not open the paragraph: a quote inside a quote
        ('"He kept shouting “Out!” at us."', ["He kept shouting “Out!” at us."]),
        # the straight quote does not wrap the whole paragraph
        ('"“Out!” was all he said," Lee recalled.', ["“Out!” was all he said,"]),
    ],
)
def test_a_straight_quote_holding_a_curly_one_is_still_one_quote(paragraph, expected):
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an opening curly mark typed where the closing one belongs, after a straight or curly opener
        ('"It is unusual,“ said Noor Haddad. “It is hard to pull off.”', ["It is unusual,", "It is hard to pull off."]),
        ("“We are ready,“ she said.", ["We are ready,"]),
    ],
)
def test_a_wrong_way_curly_mark_after_a_word_closes_the_quote(paragraph, expected):
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("''I would use the word 'old-school,''' said Greg Slayton.", ["I would use the word 'old-school,'"]),
        ("He added: '''Sir, we are staying,' they will tell me.''", ["'Sir, we are staying,' they will tell me."]),
    ],
)
def test_three_apostrophes_are_a_doubled_mark_and_a_single_one(paragraph, expected):
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    "text",
    [
        "'Hi,' he said. Don't ask; Kim’s ‚x‘ and ‹y› in the ’90s at the leaders’ summit, 'n' roll.",
        "‘It’s over’ – the 'end'.'Next' ’tis, rock'n'roll'",
        "'",
    ],
)
def test_single_scan_skips_only_marks_that_can_neither_open_nor_close(text):
    """The scan's pattern leaves out apostrophes inside words; each one left out can do nothing."""
    found = {m.start() for m in SINGLE_MARKS_NOT_INSIDE_WORD.finditer(text)}
    for i, char in enumerate(text):
        if char not in SINGLE_MARKS:
            continue
        if i not in found:
            assert not can_open(text, i) and not can_close(text, i)
            assert text[i - 1].isalnum() and text[i + 1].isalnum()
        else:
            assert not (char in "'‘’" and text[i - 1 : i].isalnum() and text[i + 1 : i + 2].isalnum())
