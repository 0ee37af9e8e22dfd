"""Speaker phrases beyond a plain name: groups, roles owned by someone, and what is never a speaker
(a weekday, the state after a city, a sentence's opening preposition)."""

from __future__ import annotations

import pytest

from generator.models import Entity
from generator.parse.quotes import find_quotes


def speakers(*paragraphs: str, entities=()):
    return [q.speaker for q in find_quotes(tuple(paragraphs), tuple(entities))]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"The harm is incalculable," federal prosecutors wrote in a filing.', "federal prosecutors"),
        ('"The bridge is safe," officials said.', "officials"),
        ('"The bridge is safe," said U.K. officials.', "U.K. officials"),
        ('“We found nothing,” police said on Monday.', "police"),
        ('"The vote was rigged," Democrats in the Assembly said.', "Democrats"),
        ("Investigators told reporters: «The fire started in the kitchen.»", "Investigators"),
    ],
)
def test_a_group_named_by_what_it_is_speaks(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"We need him home," his wife wrote in a letter to the court.', "his wife"),
        ('"We need him home," his wife, Ilona Marsh, wrote in a letter.', "Ilona Marsh"),
        ("''It was his first rebellion,'' said his best friend at Dunmore College, Aron Pike, who roomed with him.", "Aron Pike"),
        ('"We will keep going," added his campaign manager Dev Okafor, speaking to reporters.', "Dev Okafor"),
        ('"She was brave," her lawyer, who asked not to be named, said.', "her lawyer"),
    ],
)
def test_a_role_owned_by_someone_speaks_and_a_name_set_off_after_it_wins(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a day between the name and the verb: "later Thursday", "on Wednesday"
        ("Mr. Pell later Thursday told the Ledger: “Both sides will meet next week.”", "Pell"),
        ("Much of the anger was aimed at Kemp, who Ostrow on Wednesday called “a disgrace.”", "Ostrow"),
        # the state after a city is no appositive name
        ('Voss, during a town hall in Dayton, Ohio, said she was "going to cut the waste."', "Voss"),
        # a role before the name, with a place among the role words
        ('"Over time, it will pass," said former Utah governor Mel Garand, an ally.', "Mel Garand"),
        # a party letter after the name
        ('"We are tying their hands," state Sen. Jo Holm (D) said during the filibuster.', "Jo Holm"),
        # an opening preposition is no name
        ("Amid calls for a boycott, Ren Adair defended it, saying it was “a duty.”", "Ren Adair"),
    ],
)
def test_weekdays_states_and_openers_are_never_the_speaker(paragraph, expected):
    found = speakers(paragraph, entities=(Entity("Ohio", "place"), Entity("Utah", "place")))
    assert found == [expected]


def test_the_senator_from_a_state_stays_a_senator():
    found = speakers('The senator from Vermont said the system was "corrupt to the core."', entities=(Entity("Vermont", "place"),))
    assert found == ["the senator from Vermont"]


def test_a_role_and_its_place_are_read_as_one_group():
    found = speakers("His critics in the United States argue that the plan is ''a giveaway to the rich.''")
    assert found == ["his critics"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"We will not back down," according to a report in the Chicago Tribune.', "Chicago Tribune"),
        ('"The plan is dead," according to a Reuters report.', "Reuters"),
        ('"It was over," according to a recent investigation by The Lagos Ledger.', "Lagos Ledger"),
        ('"It is dead," according to a Monday report in The Guardian.', "Guardian"),
        # no outlet named: the report itself is all the source there is
        ('"The plan is dead," according to the report.', "the report"),
        ('"It is dead," according to a report in March.', "a report"),
    ],
)
def test_words_from_an_outlets_report_are_the_outlets(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a capitalised quantifier opening the sentence is not a name ("Another" was the speaker)
        ("Another waitress who calls me her “sister” didn’t answer my texts.", "another waitress"),
        ("Another official said: “We will not stop.”", "another official"),
        ("Each member called it a “disgrace” on Monday.", "each member"),
        ("Some residents called the plan “madness”.", "some residents"),
        ("Both senators said: «Nous ne céderons pas.»", "both senators"),
        # names that begin like a quantifier are still names
        ("“We will not stop,” Anthony Jones said.", "Anthony Jones"),
        ("“Go,” Everton manager Sean Dyche said.", "Sean Dyche"),
    ],
)
def test_a_quantified_group_or_role_is_a_description_not_a_name(paragraph, expected):
    assert speakers(paragraph) == [expected]


def test_a_surname_resolves_past_the_word_that_opens_a_dateline_clause():
    paragraphs = (
        "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.",
        '"I just think it is a pretty cool stat to know," James said.',
    )
    assert speakers(*paragraphs) == ["LeBron James"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The description runs to its head noun, not to the first word after the article.
        ('"He has no immunity," said one legal expert, as reported by the Independent.', "one legal expert"),
        ('"I could not afford it," one former campaign staffer said.', "one former campaign staffer"),
        ('"My team remains in place," the retired neurosurgeon said on Monday.', "the retired neurosurgeon"),
        # ... and stops where the phrase does: at a preposition, an adverb, a verb or a clause.
        ('"We will not stop," one person familiar with the talks said.', "one person familiar with the talks"),
        ('"We will not stop," a spokesman for the ministry told reporters.', "a spokesman for the ministry"),
        ('"No comment," the mayor also said.', "the mayor"),
        ('"That is enough," the spokesman then added.', "the spokesman"),
        ('A March 2019 study concluded that "the full cost of the tariff falls on consumers."', "a March 2019 study"),
    ],
)
def test_a_described_speaker_is_the_whole_noun_phrase(paragraph, expected):
    assert speakers(paragraph) == [expected]


def test_according_to_a_described_source_by_a_named_author_credits_the_author():
    paragraph = (
        "According to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina, "
        'the chain went on to "consolidate copy editing and page design" at a corporate center.'
    )
    assert speakers(paragraph) == ["Penelope Muse Abernathy"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            'Donald Trump spoke first. Maybe Trump is right when he says "we are in trouble, but we will turn it around."',
            "Donald Trump",
        ),
        ('Would Adam Schiff say "this is fine"? He did.', "Adam Schiff"),
    ],
)
def test_an_adverb_or_modal_opening_the_sentence_is_not_part_of_the_name(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"I did not," Prince Andrew said.', "Prince Andrew"),
        ('"Peace be with you," Pope Francis said.', "Pope Francis"),
        ('"We will act," NASA Administrator Jim Bridenstine said.', "Jim Bridenstine"),
        ('"All clear," said Cmdr. Sean Robertson.', "Sean Robertson"),
        ('"No comment," said U.S. Attorney James Kennedy.', "James Kennedy"),
        # A naming title before a first name still finds the full name given earlier.
        ('Alwaleed Bin Talal owns the stake. "We will hold it," Prince Alwaleed said.', "Alwaleed Bin Talal"),
    ],
)
def test_titles_are_dropped_except_those_that_name_a_royal_or_a_pope(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Consider this 2014 entry: “Don’t jerk and drive,” meant to keep drivers steady.", "We consider it lost."),
        ("Fifty-one percent say that “the president should be removed from office.”",),
    ],
)
def test_a_lone_common_word_number_or_month_is_never_a_speaker(paragraphs):
    assert speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Theresa May spoke on Monday.", '"We may leave," May said.'), "Theresa May"),
        (('"The vote was rigged," Officials said, though officials later denied it.',), "Officials"),
    ],
)
def test_surnames_that_are_words_and_groups_in_the_plural_still_speak(paragraphs, expected):
    assert speakers(*paragraphs) == [expected]


def test_a_surname_at_an_outlet_is_the_surname():
    assert speakers("Wee of the Times reports that “censors were told to block it.”") == ["Wee"]
    assert speakers('"We will not comment," said Bank of England officials.') == ["Bank of England"]  # not "Bank"
