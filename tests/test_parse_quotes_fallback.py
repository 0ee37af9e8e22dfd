"""Quotes whose speaker is named without a speech verb beside them: colon hand-overs,
sentence-closing attributions, possessed speech nouns, appositive subjects, and a later
quote after a title or scare quote in the same paragraph."""

from __future__ import annotations

import pytest

from generator.parse.quotes import find_quotes


def speaker_of(paragraphs: tuple[str, ...], words: str) -> str | None:
    """The speaker given to the quote holding `words`."""
    quote = next(q for q in find_quotes(paragraphs) if words in q.text)
    return quote.speaker


@pytest.mark.parametrize(
    ("paragraphs", "words", "expected"),
    [
        # a colon hands the floor to the clause's subject, whatever its verb
        (("Asked about the delay, Mayor Ines Ferreira shot back: «Nobody here is in a hurry.»",), "Nobody", "Ines Ferreira"),
        (("Then Coach Bram Dekker turned to the bench: ‘Keep the ball moving, lads.’",), "Keep the ball", "Bram Dekker"),
        # a round-up header "- Name:" before the quote
        (("Turnout will rise again - Helga Sørensen: „Young voters registered in record numbers.“",), "Young voters", "Helga Sørensen"),
        # "as X put it:"
        (("Or, as the historian Amos Reed put it: “Empires end quietly.”",), "Empires", "Amos Reed"),
        # the attribution closes the sentence several words after the quote
        (("So are a “tiny minority” of the club's members, Tomasz Nowak said.",), "tiny minority", "Tomasz Nowak"),
        # a possessed speech noun names its owner
        (("Critics seized on Okafor's claim that “the river is cleaner than ever.”",), "river is cleaner", "Okafor"),
        # an appositive between subject and verb, in a sentence opened by "It was ... that"
        (
            ("It was only last spring that Ruth Adeyemi, who now chairs the panel, said it was “out of the question” for the town.",),
            "out of the question",
            "Ruth Adeyemi",
        ),
        # a title in quotes between two of a speaker's quotes does not take the floor
        (
            ('"We are too early to tell," said Lena Brandt, who hosts the show "Open Books." "It depends on the spring."',),
            "depends on the spring",
            "Lena Brandt",
        ),
        # a quote opening its sentence hands over with a comma to whoever acts next, whatever the verb
        (("«Nobody asked the farmers,» Amélie Roux fumed during the hearing.",), "Nobody asked", "Amélie Roux"),
        (("‘We will be back next season,’ Sven Aas, the club’s owner, shrugged.",), "back next season", "Sven Aas"),
        # a subject acting on the quote, with an adverb between it and its verb
        (("Greta Lund later defended the plan as „a bold step“.",), "bold step", "Greta Lund"),
        # adverbs such as "often" between speaker and verb; "remembered" reports speech
        (("“Keep your head down,” Rosa Diaz often said.",), "head down", "Rosa Diaz"),
        (("«Nobody came,» remembered Tomás Ruiz, a former guard.",), "Nobody came", "Tomás Ruiz"),
        # "in the words of" works like "according to"
        (("The deal was, in the words of analyst Priya Raman, “a bargain for the buyer.”",), "bargain", "Priya Raman"),
    ],
)
def test_speaker_found_without_a_cue_beside_the_quote(paragraphs, words, expected):
    assert speaker_of(paragraphs, words) == expected


@pytest.mark.parametrize(
    ("paragraphs", "words"),
    [
        # a long narrative clause before the colon is the writer speaking, not a hand-over
        (
            (
                "Over three long winters the villagers of the northern valley repaired the old mill, rebuilt its wheel, "
                "and painted a sign above the door that read: “Open to all.”",
            ),
            "Open to all",
        ),
        # a colon after a label with no verb names nobody
        (("Signs of trouble were there all along: “a slow leak”, in the engineer's report.",), "slow leak"),
        # a title opening its sentence is followed by no speaker
        (("“The Long Road” follows a family across three winters.",), "Long Road"),
        # a sentence closing with a place, not an attribution
        (("Fans still call it “the old ground” in the city, where the stadium once stood.",), "old ground"),
    ],
)
def test_no_speaker_invented(paragraphs, words):
    assert speaker_of(paragraphs, words) is None


@pytest.mark.parametrize(
    ("intro", "quote", "expected"),
    [
        ("After the vote, Senator Mira Holm issued the following statement:", "«We respect the result.»", "Mira Holm"),
        ("The ministry’s reply was as follows:", "„Die Grenze bleibt offen.“", "the ministry"),
        ("Stated Okonkwo:", "“We were never told.”", "Okonkwo"),
        ("When the plant closed in 2009, Pat Quinn, the union leader, released this message:", "‘Nobody leaves alone.’", "Pat Quinn"),
    ],
)
def test_a_paragraph_ending_in_a_colon_hands_the_next_quote_to_its_subject(intro, quote, expected):
    assert find_quotes(("Intro.", intro, quote))[0].speaker == expected


def test_a_long_narrative_paragraph_before_a_quote_names_nobody():
    intro = (
        "Across the border the long queues of lorries that had formed during the night stretched past the "
        "old customs sheds, the petrol station and the empty car park, past one last hand-painted board:"
    )
    assert find_quotes(("Intro.", intro, "“Closed until further notice.”"))[0].speaker is None
