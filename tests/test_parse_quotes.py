"""find_quotes end to end: attribution orders, outlets' styles, pronouns, names, merging, partials."""

from __future__ import annotations

import pytest

from generator.models import Entity
from generator.parse.quotes import find_quotes


def rows(*paragraphs: str, entities=()):
    return [(q.text, q.speaker, q.via) for q in find_quotes(tuple(paragraphs), tuple(entities))]


def speakers(*paragraphs: str):
    return [q.speaker for q in find_quotes(tuple(paragraphs))]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # speaker before the quote, with a colon
        (("Finance Minister Lars Vik said: “The budget is balanced.”",), "Lars Vik"),
        # "said X, chair of ..." after the quote
        (('"We are not selling," said Maria Lopez, chair of the board.',), "Maria Lopez"),
        # "X told reporters" then the quote
        (('Chancellor Olaf Brandt told reporters on Monday: "There will be no new taxes."',), "Olaf Brandt"),
        # "X added" after the quote
        (("Dana Whitfield spoke first.", "“It is a good day for the city,” Whitfield added."), "Dana Whitfield"),
        # "X, president of Y, told AFP"
        (
            ('"Prices will fall," Jean Morel, president of the Bakers Union, told AFP.',),
            "Jean Morel",
        ),
        # title dropped: "President Donald Trump" -> "Donald Trump"
        (('President Donald Trump said: "We will see what happens."',), "Donald Trump"),
        # "Secretary of State" as a title
        (('Secretary of State Marco Rubio told reporters "the door is open."',), "Marco Rubio"),
        # Mr. as a title, short name later
        (
            ("Mr. Tomas Ek runs the port.", '"Ships will wait," Mr. Ek said.'),
            "Tomas Ek",
        ),
        # speaker after, verb first, lowercase quote continuing the sentence
        (("“The plan is sound,” says Priya Natarajan, an economist at the bank.",), "Priya Natarajan"),
    ],
)
def test_named_speaker_in_every_attribution_order(paragraphs, expected):
    assert speakers(*paragraphs) == [expected]


def test_short_name_resolves_to_the_full_name_first_introduced():
    paragraphs = (
        "Lars Vik, the finance minister, presented the plan on Tuesday.",
        '"It is the fairest budget in a decade," Vik said.',
    )
    assert speakers(*paragraphs) == ["Lars Vik"]


def test_according_to_names_the_source():
    assert rows('According to the mayor Ines Faro, the bridge is "safe for now".') == [
        ("safe for now", "Ines Faro", None)
    ]


def test_according_to_outlet_is_the_channel_of_the_subject():
    paragraphs = ("According to Reuters, Sanchez described the deal as “historic” on Friday.",)
    assert rows(*paragraphs) == [("historic", "Sanchez", "Reuters")]


def test_ministry_in_a_statement_resolves_to_the_named_ministry():
    paragraphs = (
        "The Foreign Ministry of Peru summoned the ambassador.",
        'The ministry said in a statement that the move was "unacceptable and hostile."',
    )
    assert speakers(*paragraphs) == ["Foreign Ministry of Peru"]


def test_unnamed_ministry_stays_as_written():
    assert speakers('The ministry said in a statement that it was "deeply concerned."') == ["the ministry"]


def test_chain_person_via_agency():
    paragraphs = (
        "Yonhap News Agency reported the meeting on Sunday.",
        "President Lee Jae-myung praised “the courage of the negotiators”, the agency added.",
    )
    assert rows(*paragraphs) == [("the courage of the negotiators", "Lee Jae-myung", "Yonhap News Agency")]


def test_chain_with_outlet_named_after_the_quote():
    paragraphs = ('Putin expressed thanks for "the loyal support of our friends," TASS added.',)
    assert rows(*paragraphs) == [("the loyal support of our friends", "Putin", "TASS")]


def test_coordinated_subject_gives_the_reporting_agency():
    paragraphs = (
        "Xi and Lula spoke by phone in a “friendly atmosphere”, the state news agency Xinhua said.",
    )
    assert speakers(*paragraphs) == ["Xinhua"]


def test_pronoun_with_two_candidates_uses_gender_cue():
    paragraphs = (
        "Ms. Anna Berg, the mayor, met Tom Hale, the union leader, on Monday.",
        "“We agreed on nothing,” she said.",
    )
    assert speakers(*paragraphs) == ["Anna Berg"]


def test_pronoun_with_male_cue_skips_the_later_woman():
    paragraphs = (
        "Mr. Paul Okafor chaired the meeting where Mrs. Ruth Adeyemi spoke.",
        "“It was long,” he said.",
    )
    assert speakers(*paragraphs) == ["Paul Okafor"]


def test_pronoun_without_cues_takes_the_most_recent_person():
    paragraphs = (
        "Omar Haddad opened the session. Later, Keiko Sato presented the figures.",
        '"The numbers do not lie," she said.',
    )
    assert speakers(*paragraphs) == ["Keiko Sato"]


def test_he_added_refers_to_the_previous_speaker():
    paragraphs = (
        '"We will appeal," said Ivan Petrov, the team\'s lawyer.',
        '"The ruling ignores the evidence," he added.',
    )
    assert speakers(*paragraphs) == ["Ivan Petrov", "Ivan Petrov"]


def test_it_said_refers_to_an_organisation():
    paragraphs = (
        "Acme Corp. posted a loss on Thursday.",
        "“Demand has collapsed,” it said in a filing.",
    )
    assert speakers(*paragraphs) == ["Acme Corp."]


def test_split_quote_around_attribution_is_one_quote():
    paragraphs = ('"We are ready," she said. "The vote is on Friday."',)
    quotes = find_quotes(("Sara Lind chairs the committee.",) + paragraphs)
    assert [(q.text, q.speaker) for q in quotes] == [("We are ready … The vote is on Friday.", "Sara Lind")]


def test_split_quote_inside_one_sentence_is_one_quote():
    paragraphs = ("Sara Lind chairs the committee.", "“We are ready,” Lind said, “and the vote is on Friday.”")
    assert rows(*paragraphs) == [("We are ready … and the vote is on Friday.", "Sara Lind", None)]


def test_two_quotes_each_with_own_attribution_stay_two():
    paragraphs = ('"Yes," said Ana Ruiz. "No," said Ben Cole.',)
    assert rows(*paragraphs) == [("Yes", "Ana Ruiz", None), ("No", "Ben Cole", None)]


def test_multi_paragraph_quote_is_one_quote_from_its_first_paragraph():
    paragraphs = (
        "Nadia Karim, the health minister, spoke at length.",
        "“We will open ten clinics this year.",
        "“And we will train a thousand nurses,” she said.",
    )
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 1
    assert quotes[0].text == "We will open ten clinics this year. And we will train a thousand nurses"
    assert (quotes[0].speaker, quotes[0].paragraph) == ("Nadia Karim", 1)


def test_partial_quote_inside_writers_sentence():
    quotes = find_quotes(('Governor Amy Tran called the storm "the worst in a generation" on Sunday.',))
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [("the worst in a generation", "Amy Tran", True)]


def test_one_word_scare_quote_is_kept_as_partial():
    quotes = find_quotes(("The so-called “reform” changed little for tenants.",))
    assert [(q.text, q.speaker, q.partial) for q in quotes] == [("reform", None, True)]


def test_full_sentence_quote_is_not_partial():
    quotes = find_quotes(('"The bridge will reopen in May," said Cora Diaz.',))
    assert quotes[0].partial is False


def test_french_guillemets_with_english_attribution():
    paragraphs = ("Emmanuel Macron arrived late.", "« Nous sommes prêts », Macron told reporters.")
    assert rows(*paragraphs) == [("Nous sommes prêts", "Emmanuel Macron", None)]


def test_german_low_high_quotes_with_attribution():
    paragraphs = ("„Wir schaffen das“, said Angela Merkel.",)
    assert rows(*paragraphs) == [("Wir schaffen das", "Angela Merkel", None)]


def test_british_single_quotes_with_apostrophes_inside():
    paragraphs = ("‘It’s the workers’ money and we won’t waste it,’ said Gavin Reid.",)
    assert rows(*paragraphs) == [("It’s the workers’ money and we won’t waste it", "Gavin Reid", None)]


def test_standalone_quote_paragraph_continues_the_previous_speaker():
    paragraphs = (
        '"We will not close the plant," said Helga Brun, the chief executive.',
        '"Not this year, not next year."',
    )
    assert speakers(*paragraphs) == ["Helga Brun", "Helga Brun"]


def test_paragraph_ending_with_colon_introduces_the_next_quote():
    paragraphs = (
        "As Joel Pollak of the Daily Planet observed:",
        "“The clear winner of the debate was the network itself.”",
    )
    assert speakers(*paragraphs) == ["Joel Pollak"]


def test_related_article_headline_is_not_a_quote():
    paragraphs = (
        "Related article: Minister Says Talks Were a 'Total Failure'",
        "Read more: “Strike Goes On” as Unions Dig In",
        "Nothing else is quoted.",
    )
    assert find_quotes(paragraphs) == ()


def test_quote_without_any_attribution_has_no_speaker():
    assert speakers('The shop stayed "closed until further notice" all week.') == [None]


def test_a_written_text_that_reads_is_the_source():
    assert speakers('The sign read "closed until further notice" all week.') == ["the sign"]


def test_first_person_writer_is_not_a_speaker():
    assert speakers('I said "no" and walked away from the stall.') == [None]


def test_entities_mark_a_single_word_person():
    paragraphs = ("Madonna arrived at noon.", "“I love this city,” she said.")
    entities = (Entity("Madonna", "person"),)
    assert rows(*paragraphs, entities=entities) == [("I love this city", "Madonna", None)]


def test_several_quotes_in_one_sentence_share_the_attribution():
    paragraphs = ('Rita Moss called the plan "bold" and "overdue," her office said.',)
    assert speakers(*paragraphs) == ["Rita Moss", "Rita Moss"]


def test_same_input_same_output():
    paragraphs = ('"One," said Al Ng.', "“Two,” he added.", "She called it ‘odd’.")
    assert find_quotes(paragraphs) == find_quotes(paragraphs)


def test_names_inside_quotes_are_not_pronoun_candidates():
    paragraphs = (
        "Ruth Okoye, the coach, faced the press.",
        '"Tell Marcus Bell he played well," she said.',
        '"He earned it," she added.',
    )
    assert speakers(*paragraphs) == ["Ruth Okoye", "Ruth Okoye"]


def test_quote_text_loses_the_handover_comma_but_keeps_full_stops():
    paragraphs = ('"It works," said Li Wei. Li Wei later said: "It works well."',)
    assert [q.text for q in find_quotes(paragraphs)] == ["It works", "It works well."]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('This is a "raw time," said Democratic strategist David Axelrod.', "David Axelrod"),
        ('White House press secretary Josh Earnest told reporters the mayor acted "quite directly."', "Josh Earnest"),
        ("“Costs will rise,” said former finance minister Ana Prieto.", "Ana Prieto"),
    ],
)
def test_role_words_before_a_name_are_not_the_name(paragraph, expected):
    assert speakers(paragraph) == [expected]


def test_so_called_without_hyphen_is_not_an_attribution():
    assert speakers("The so called “Implementation Initiative” was voted down.") == [None]


def test_possessive_subject_is_the_speaker_not_the_possessor_of_the_object():
    quotes = find_quotes(("Sanders’ campaign called the AP’s report a “rush to judgment.”",))
    assert quotes[0].speaker == "Sanders’ campaign"


def test_plural_noun_after_a_possessive_is_not_a_cue():
    paragraph = "Party Chairman Reince Priebus called Clinton's remarks a “new low.”"
    assert speakers(paragraph) == ["Reince Priebus"]


def test_opening_adverbial_is_skipped_to_find_the_subject():
    paragraph = "Speaking at a town hall in Salem, Trump went after Bush, calling him “a total stiff.”"
    assert speakers(paragraph) == ["Trump"]


def test_quote_ending_its_own_sentence_does_not_borrow_the_next_attribution():
    paragraph = (
        "“You meant the vacuum,” Hugh Hewitt said. Donald Trump replied: “No, I meant it.”"
        " A flabbergasted Trevor Noah quipped, “It is like a lawyer with a bad client.”"
    )
    assert speakers(paragraph) == ["Hugh Hewitt", "Donald Trump", "Trevor Noah"]


def test_exclamation_then_attribution_stays_with_its_quote():
    assert speakers("“Mexico!” Tom Reyes shouted from the back.") == ["Tom Reyes"]


def test_two_speakers_taking_turns_in_one_paragraph():
    paragraph = "''We are refugees,'' Ms. Lina Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''We run from them.''"
    assert rows(paragraph) == [
        ("We are refugees … We are not terrorists.", "Lina Alawee", None),
        ("We run from them.", "Zahed", None),
    ]


def test_party_and_state_in_parentheses_belong_to_the_name():
    assert speakers('Sen. Ron Johnson (R-Wis.) said the violence was "spontaneous" and left.') == ["Ron Johnson"]


def test_possessor_is_not_a_pronoun_antecedent():
    paragraphs = (
        "Greg Raiff, a charter broker, said the jet was unusual for a man of Mr. Trump's wealth.",
        "''Buying a 25-year-old 757 is like buying a bag of chips,'' he said.",
    )
    assert speakers(*paragraphs) == ["Greg Raiff"]


def test_sentence_subject_beats_a_later_object_as_antecedent():
    paragraphs = (
        "David Simas, the political director, recalled the ads that ran when Barack Obama took office."
        " ''The folks who responded most were young voters,'' he said.",
    )
    assert speakers(*paragraphs) == ["David Simas"]


def test_place_names_are_not_people():
    paragraphs = ("Douglas Schoen says the New York liberal label won't stick.", '"It is going to fade," he says.')
    assert speakers(*paragraphs) == ["Douglas Schoen"]


def test_adding_takes_the_speaker_of_the_clause_before():
    paragraph = "''We have started talks,'' Mr. Paul Manafort said, adding of Mr. Trump, ''He cares about unity.''"
    assert speakers(paragraph) == ["Paul Manafort", "Paul Manafort"]


def test_before_adding_after_a_tail_attribution():
    paragraph = '"Thank you, son," Ted Cruz replied, before adding that children "should speak with respect."'
    assert speakers(paragraph) == ["Ted Cruz", "Ted Cruz"]


def test_inverted_said_before_the_speaker():
    paragraph = "Said Dorothy Poynter, who grew up with him in the neighborhood, “We were all so proud of him.”"
    assert speakers(paragraph) == ["Dorothy Poynter"]


def test_common_noun_shouting_is_a_speaker():
    paragraph = '"Apparently there is a young man with problems," Ted Cruz said as the heckler yelled: "You suck!"'
    assert speakers(paragraph) == ["Ted Cruz", "the heckler"]


def test_dash_signature_after_each_quote_in_a_list():
    paragraph = "“He represents our greatest shame.” ― Sonya Herridge “He is ignorant of our lives.” ― Pamela Padilla"
    assert speakers(paragraph) == ["Sonya Herridge", "Pamela Padilla"]


def test_long_appositive_with_age_and_place():
    paragraph = (
        "''I just don't think she has been truthful,'' Cecelia Purner, 67, a retired clerk in Allentown, Pa., said."
    )
    assert speakers(paragraph) == ["Cecelia Purner"]


def test_role_words_mixed_with_places_before_a_name():
    assert speakers('"Our friends no longer trust us," former Florida governor Jeb Bush said.') == ["Jeb Bush"]


def test_a_name_run_across_a_full_stop_is_two_names():
    paragraphs = (
        "The deal was sealed in Paris. John Podesta praised the president.",
        '"It was his personal energy," he said.',
    )
    assert speakers(*paragraphs) == ["John Podesta"]


def test_both_names_around_a_full_stop_are_learned():
    paragraphs = (
        "The prize went to Anna Holm. Jonas Berg came second.",
        '"I am thrilled," Holm said. "Next year," Berg said.',
    )
    assert speakers(*paragraphs) == ["Anna Holm", "Jonas Berg"]


def test_role_before_name_stops_at_the_name():
    paragraph = "“There is no effort,” said RNC spokesman Sean Spicer in a Friday tweet."
    assert speakers(paragraph) == ["Sean Spicer"]


def test_determiner_phrase_with_capitalised_words_is_the_speaker():
    paragraph = 'Six months ago, the independent Vermont senator said, the media called him a "fringe candidate."'
    assert speakers(paragraph) == ["the independent Vermont senator"]


def test_transcript_style_name_and_colon():
    paragraph = 'Clinton: "Our goal is to defeat ISIS." Bush: "The mission is to destroy ISIS."'
    assert speakers(paragraph) == ["Clinton", "Bush"]


def test_quote_opening_the_next_sentence_continues_the_speaker():
    paragraph = (
        '"They are hungry for solutions," Clinton said in a short speech. '
        '"What are we going to do? That is the fight we are taking" to the rest of the country.'
    )
    assert speakers(paragraph) == ["Clinton", "Clinton"]


def test_exclaimed_splits_one_statement():
    paragraph = "“Everything that you have said,” the judge exclaimed, “has totally overlapped.”"
    assert rows(paragraph) == [("Everything that you have said … has totally overlapped.", "the judge", None)]


def test_time_words_between_speaker_and_verb():
    paragraph = "Sen. Bernie Sanders on Saturday criticized the accord, saying it goes “nowhere near far enough.”"
    assert speakers(paragraph) == ["Bernie Sanders"]


def test_dateline_is_not_a_subject():
    paragraph = "WASHINGTON, Dec. 8 (UPI) — Huma Abedin rallied supporters, saying: “We have to be ready to stop him.”"
    assert speakers(paragraph) == ["Huma Abedin"]


def test_initials_do_not_end_a_sentence():
    paragraph = "''ISIS has kept a notable presence,'' said J.M. Berger, a fellow at the university."
    assert speakers(paragraph) == ["J.M. Berger"]


def test_each_sentence_of_a_round_up_keeps_its_own_speaker():
    paragraph = (
        'Donald Trump said Hillary Clinton "caused death." Bernie Sanders called Trump a "pathological liar."'
        ' Carly Fiorina said Ted Cruz "says whatever he needs to say."'
    )
    assert speakers(paragraph) == ["Donald Trump", "Bernie Sanders", "Carly Fiorina"]


def test_subject_after_a_time_and_place_phrase():
    paragraph = (
        "Asked at a briefing Monday in Washington about her role, White House press secretary Josh Earnest"
        ' said she has been a "powerful voice" for reform.'
    )
    assert speakers(paragraph) == ["Josh Earnest"]


def test_said_after_someone_else_acted_keeps_the_first_name():
    assert speakers('"I am satisfied with his answer," Ann Hooton said after Rubio spoke.') == ["Ann Hooton"]
    assert speakers("“I love Oreos,” Trump said in August after Nabisco announced layoffs.") == ["Trump"]


def test_it_further_wrote_refers_to_the_outlet():
    paragraphs = (
        "“Mr. Vance's company was left holding $8 billion in debt,” the Daily Ledger wrote.",
        "“But since then, his fortunes have changed,” it further wrote.",
    )
    assert speakers(*paragraphs) == ["Daily Ledger", "Daily Ledger"]


def test_short_phrase_between_quote_and_attribution():
    paragraphs = ('"People were celebrating" before the crash, Violet Ames said. "It was so peaceful."',)
    assert speakers(*paragraphs) == ["Violet Ames", "Violet Ames"]


def test_elaborated_is_a_speech_verb():
    assert speakers("“The way I see it,” Dorothy Woods elaborated, “no one questioned him.”") == ["Dorothy Woods"]


def test_colon_lead_even_when_the_quote_runs_on():
    paragraphs = ("He said:", '"We have a problem in our cities." That is how the speech began.')
    quotes = find_quotes(("Mayor Tom Reed spoke for an hour.",) + paragraphs)
    assert [q.speaker for q in quotes] == ["Tom Reed"]


def test_reported_speech_paragraph_then_a_quote_paragraph():
    paragraphs = (
        "Douglas Schoen wrote in an editorial that superdelegates may reconsider.",
        "“A win in California would underscore her weakness as a candidate.”",
    )
    assert speakers(*paragraphs) == ["Douglas Schoen"]


def test_paragraph_without_speech_does_not_lend_its_subject():
    paragraphs = ("Douglas Schoen drove to the convention hall.", "“Vote early, vote often.”")
    assert speakers(*paragraphs) == [None]


def test_paragraph_wrapped_in_straight_marks_keeps_the_inner_quote_and_its_speaker():
    paragraphs = ("Officials met on Friday.", '"“The road stays shut until spring,” Tomas Berg said."')
    assert rows(*paragraphs) == [("The road stays shut until spring", "Tomas Berg", None)]


@pytest.mark.parametrize("verb", ["Stated", "Explained", "Noted", "Insisted", "Warned", "Continued"])
def test_a_speech_verb_opening_the_sentence_is_not_part_of_the_name(verb):
    paragraphs = (
        "The council met in Leeds.",
        f"{verb} Okafor: “We cannot wait another year.”",
        f"{verb} Maya Lindqvist, “Nor can we.”",
    )
    entities = (Entity(f"{verb} Okafor", "person"), Entity(f"{verb} Maya Lindqvist", "person"))
    for found in (rows(*paragraphs), rows(*paragraphs, entities=entities)):
        assert [speaker for _, speaker, _ in found] == ["Okafor", "Maya Lindqvist"]


def test_a_surname_that_looks_like_a_verb_form_stays_a_name():
    paragraphs = ("“We are ready,” said Hans Reed.", "“So are we,” Reed added.")
    assert speakers(*paragraphs) == ["Hans Reed", "Hans Reed"]


def test_a_long_appositive_between_name_and_verb_keeps_the_speaker():
    paragraph = (
        "“Wages are finally rising,” Ingrid Solberg, an adviser to the Labour group and former head of"
        " the independent Office for Budget Responsibility in London, wrote on Friday."
    )
    assert speakers(paragraph) == ["Ingrid Solberg"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("“Our method beats the rest,” Priya Nair is quoted as saying.",), "Priya Nair"),
        (("The room was quiet, so Mayor Ola Berg was prompted to say, ‘We will rebuild.’",), "Ola Berg"),
        (("Tomas Lind spoke first.", "« Nous irons jusqu'au bout, » Lind went on."), "Tomas Lind"),
        (("Kofi Mensah took to Twitter to say: „Das ist ein Skandal.“",), "Kofi Mensah"),
        (("17-year-old Jared Potts echoed: “He speaks his mind.”",), "Jared Potts"),
    ],
)
def test_a_verb_chain_between_speaker_and_cue_keeps_the_speaker(paragraphs, expected):
    assert speakers(*paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("As the economist Rana Idris, a fellow at the Cole Institute, recently put it, “Nobody pays for this.”", "Rana Idris"),
        ("As Vulture put it: 'The season ended with a whimper.'", "Vulture"),
        ("But, said Kaito Mori, “the harbour will stay open.”", "Kaito Mori"),
        ("In other words, explained moderator Hana Okafor: \"What does that have to do with it?\"", "Hana Okafor"),
    ],
)
def test_inverted_and_put_it_attributions_before_the_quote(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We are not selling,” Lena Ortiz said on NBC’s “Meet the Press.”",
        "“We are not selling,” Lena Ortiz told “Fox and Friends” on Monday.",
        "\"We are not selling,\" Lena Ortiz said on \"The Late Show With Stephen Colbert.\"",
    ],
)
def test_a_show_named_after_the_attribution_is_nobody_s_words(paragraph):
    assert rows(paragraph)[0][1] == "Lena Ortiz"
    assert [speaker for _, speaker, _ in rows(paragraph)[1:]] == [None]


def test_title_case_words_said_by_someone_stay_a_quote():
    assert speakers("Ana Lima told the crowd: “Make Lisbon Great Again!”") == ["Ana Lima"]
    assert speakers("Then Ana Lima shouted “Stop the Count” twice.") == ["Ana Lima"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("The presidential candidate reiterated: “We will not back down.”",), "the presidential candidate"),
        (("“Donald is an amazing leader,” said the 46-year-old.",), "the 46-year-old"),
        (("‘Shut it down!’ some protesters chanted outside the hall.",), "some protesters"),
        (
            (
                "Ines Varga elaborated in an essay for the Daily Ledger that the delegates may change course.",
                "“A win in Ohio would change everything.”",
            ),
            "Ines Varga",
        ),
        (
            (
                '"Campaigns are short of money. They have no choice" but to borrow, says Evan Marsh, a consultant'
                " with Northfield Media in Alexandria, Va.",
            ),
            "Evan Marsh",
        ),
        (("The fund is “a lifeline for farmers,” and it will grow, Amara Diallo said in an interview.",), "Amara Diallo"),
    ],
)
def test_more_ways_of_naming_the_speaker(paragraphs, expected):
    assert speakers(*paragraphs)[-1] == expected


def test_a_paragraph_of_narration_before_a_standalone_quote_hands_it_over_only_with_a_speech_verb():
    paragraphs = ("Ines Varga described the town as quiet.", "“A win in Ohio would change everything.”")
    assert speakers(*paragraphs) == [None]


@pytest.mark.parametrize("signature", ["- Maren Holt.", "― Maren Holt", "—Senator Maren Holt, at a town hall in Dover."])
def test_a_quote_signed_on_the_next_line_is_the_signer_s(signature):
    paragraphs = ("Here is what was said.", "“We will not close the plant. Not this year.”", signature)
    assert speakers(*paragraphs) == ["Maren Holt"]


def test_a_dash_line_that_is_not_a_bare_signature_names_nobody():
    paragraphs = ("Here is what was said.", "“We will not close the plant.”", "- The plant employs 400 people.")
    assert speakers(*paragraphs) == [None]


def test_affirms_reports_what_a_text_says():
    assert speakers("The Geneva charter affirms: “No one shall be held in slavery.”") == ["the Geneva charter"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("“The yield could be far greater,” analysts Ada Brandt and Omar Keita wrote in May.",), "Ada Brandt and Omar Keita"),
        (("In a statement to the Courier, her senior adviser, Jonas Weil, said: “We are ready.”",), "Jonas Weil"),
        (
            ("On Thursday, after staying neutral all spring, Ruth Amsel endorsed Park, saying, “She is the fighter we need.”",),
            "Ruth Amsel",
        ),
        (("When Vance accused her of hiding the figures, Ruth Amsel shot back, “Read the report.”",), "Ruth Amsel"),
        (("“Read the report,” Amsel fired back with a laugh.",), "Amsel"),
    ],
)
def test_speakers_named_in_harder_sentences(paragraphs, expected):
    assert speakers(*paragraphs)[-1] == expected


def test_a_curly_opener_glued_to_a_comma_still_opens():
    assert rows("Maya Cole said,“Look, nobody expected this.”") == [("Look, nobody expected this.", "Maya Cole", None)]


def test_a_single_quoted_subhead_in_a_double_quoted_article_is_nobody_s_words():
    paragraphs = (
        '"We will fight on," said Dana Reyes.',
        "'A fight from start to finish.'",
        "The merger was not her idea.",
    )
    assert speakers(*paragraphs) == ["Dana Reyes", None]


def test_a_standalone_single_quote_in_a_british_style_article_keeps_its_speaker():
    paragraphs = ("'We will fight on,' said Dana Reyes.", "'It is a fight from start to finish.'")
    assert speakers(*paragraphs) == ["Dana Reyes", "Dana Reyes"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("The Hale Institute published the study.", "“The numbers do not add up,” they conclude."), "Hale Institute"),
        (("Iris Vance wrote the report.", "“The numbers do not add up,” she concludes."), "Iris Vance"),
        (
            ("Even so, a council official who spoke on condition of anonymity said Wednesday, “Talks are under way.”",),
            "a council official",
        ),
        (("“We are sick of it,” the Vermont senator and presidential candidate told reporters.",), "the Vermont senator and presidential candidate"),
    ],
)
def test_concludes_relative_clauses_and_double_roles(paragraphs, expected):
    assert speakers(*paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"We are stuck," said Ria Sen, director of the Tallis Institute in Leeds, "and nobody will say so."', ["Ria Sen", "Ria Sen"]),
        ("“We will build it,” Omar Haddad said, going on to say that it would cost “a great deal.”", ["Omar Haddad", "Omar Haddad"]),
        ("A woman asked for a photo and Clara Mendes said, “Of course.”", ["Clara Mendes"]),
        ("Putin and Kim met on Tuesday and confirmed “a new era,” KCNA said.", ["KCNA"]),
    ],
)
def test_statements_that_go_on_after_their_attribution_and_clause_coordination(paragraph, expected):
    assert speakers(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("And then Ruth Amsel went fully on the attack, saying, “Resign today.”", "Ruth Amsel"),
        ("“They draw from her side,” Nils Berg, the analyst who founded the site tweeted on Wednesday.", "Nils Berg"),
    ],
)
def test_and_then_openers_and_an_appositive_left_open(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "''It is nonsense,'' Lena Ortiz said on CBS's ''Face the Nation.''",
        "In an interview with “Morning Brief,” Lena Ortiz said the plan was “nonsense from start to end.”",
        "Lena Ortiz handed out copies of her memoir, “Gifted Hands,” at the door, saying “read it all.”",
    ],
)
def test_titles_of_works_and_shows_have_no_speaker(paragraph):
    found = rows(paragraph)
    assert all(speaker is None for text, speaker, _ in found if text.startswith(("Face", "Morning", "Gifted")))
    assert any(speaker == "Lena Ortiz" for _, speaker, _ in found)


def test_a_place_and_a_weekday_run_together_are_no_pronoun_antecedent():
    paragraphs = (
        "Rosa Acosta runs the island's development bank.",
        "She spoke in Puerto Nuevo Friday and at the U.S. Embassy later.",
        "“Nobody else does this,” she said.",
    )
    assert speakers(*paragraphs) == ["Rosa Acosta"]
