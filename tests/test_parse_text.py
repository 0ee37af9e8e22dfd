"""The plain-text reader on inline scraped articles: header lines, boilerplate, paragraph mending."""

from __future__ import annotations

import pytest

from generator.errors import ReadError
from generator.parse import cleanup
from generator.parse.text import read_text, title_from_sentence

BODY = (
    "The city council of Larkspur voted on Monday to close the old ferry terminal, ending a "
    "service that ran for 92 years.\n\n"
    "Mayor Ilse Brandt said the decision was painful but unavoidable."
)


def read(text: str):
    return read_text("a.txt", text)


def test_headline_byline_and_dateline_are_metadata_not_paragraphs():
    doc = read(f"Larkspur closes its ferry terminal\n\nBy Ruth Okafor\n\nMarch 3, 2026\n\n{BODY}")
    assert doc.title == "Larkspur closes its ferry terminal"
    assert doc.author == "Ruth Okafor"
    assert doc.published == "2026-03-03"
    assert doc.paragraphs[0].startswith("The city council of Larkspur")
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize(
    "dateline, iso",
    [
        ("August 13, 2025", "2025-08-13"),
        ("13 August 2025", "2025-08-13"),
        ("Aug. 13, 2025", "2025-08-13"),
        ("2025-08-13", "2025-08-13"),
        ("Published: Wednesday, 13 August 2025, 09:41 BST", "2025-08-13"),
        ("Published 2025-08-13T07:15:00Z", "2025-08-13"),
        ("Sept. 2, 2024 | 5:02 p.m. ET", "2024-09-02"),
    ],
)
def test_datelines_in_many_formats_give_the_publication_date(dateline, iso):
    assert read(f"Ferry terminal closes\n\n{dateline}\n\n{BODY}").published == iso


def test_an_updated_line_alone_is_not_taken_as_the_publication_date():
    doc = read(f"Ferry terminal closes\n\nUpdated 14 August 2025\n\n{BODY}")
    assert doc.published is None
    assert dict(doc.meta)["updated"] == "2025-08-14"
    assert not any("Updated" in p for p in doc.paragraphs)


def test_published_wins_over_updated_whatever_the_order():
    doc = read(f"Ferry terminal closes\nUpdated: 14 Aug 2025\nPublished: 12 Aug 2025\n\n{BODY}")
    assert doc.published == "2025-08-12"


def test_no_dateline_means_no_date_even_when_the_body_mentions_one():
    doc = read(f"Ferry terminal closes\n\nThe vote on March 3, 2026 was close.\n\n{BODY}")
    assert doc.published is None
    assert doc.paragraphs[0] == "The vote on March 3, 2026 was close."


@pytest.mark.parametrize(
    "byline, author, source",
    [
        ("By [AFP](#)", "AFP", "AFP"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe", None),
        ("By Jane Doe, Reuters", "Jane Doe", "Reuters"),
        ("BY JANE DOE | Associated Press | 13 August 2025", "JANE DOE", "Associated Press"),
        ("By [Kofi Mensah](https://example.org/kofi)", "Kofi Mensah", None),
    ],
)
def test_bylines(byline, author, source):
    doc = read(f"Ferry terminal closes\n\n{byline}\n\n{BODY}")
    assert (doc.author, doc.source) == (author, source)
    assert not any(p.lower().startswith("by ") for p in doc.paragraphs)


def test_kicker_above_the_headline_is_the_section():
    doc = read(f"Europe News\nFerry terminal closes after 92 years.\n\n{BODY}")
    assert doc.section == "Europe News"
    assert doc.title == "Ferry terminal closes after 92 years."
    assert doc.source is None


def test_a_kicker_that_names_an_outlet_is_the_source_not_a_section():
    doc = read(f"The Larkspur Herald\nFerry terminal closes after 92 years\n\n{BODY}")
    assert (doc.source, doc.section) == ("The Larkspur Herald", None)


def test_lower_case_headline_is_not_mistaken_for_a_kicker():
    doc = read(f"Ferry terminal closes\n\n{BODY}")
    assert doc.section is None and doc.title == "Ferry terminal closes"


@pytest.mark.parametrize(
    "caption",
    [
        "The old terminal building on Monday. larkspur.gov",
        "Commuters board the last ferry. Photo: Reuters",
        "The last crossing on Sunday evening. (AP Photo/Marta Lindqvist)",
        "Passengers wait at the pier. Getty Images",
        "A ferry leaves Larkspur. Photograph: Dan Kitwood/Getty Images",
        "The terminal in 1934. © Larkspur City Archive",
    ],
)
def test_captions_with_a_credit_are_removed_wherever_they_are(caption):
    doc = read(f"Ferry terminal closes\n\n{caption}\n\n{BODY}\n\n{caption}\n\nThe last boat left at dusk.")
    assert all(caption not in p for p in doc.paragraphs)
    assert doc.paragraphs[-1] == "The last boat left at dusk."


@pytest.mark.parametrize(
    "teaser",
    [
        "Related article: [Harbour dredging plan approved](#)",
        "Read more: Harbour dredging plan approved",
        "Also read: Harbour dredging plan approved",
        "READ MORE | Harbour dredging plan approved",
        "[Harbour dredging plan approved](https://example.org/dredging)",
    ],
)
def test_related_teasers_leave_no_trace(teaser):
    doc = read(f"Ferry terminal closes\n\n{BODY}\n\n{teaser}\n\nThe last boat left at dusk.")
    text = " ".join([doc.title, *doc.paragraphs])
    assert "dredging" not in text
    assert len(doc.paragraphs) == 3


def test_original_url_footer_gives_the_url_and_the_outlet():
    doc = read(f"Ferry terminal closes\n\n{BODY}\n\nOriginal url:\n\n<https://www.theguardian.com/uk/2026/mar/03/ferry>")
    assert doc.url == "https://www.theguardian.com/uk/2026/mar/03/ferry"
    assert doc.source == "The Guardian"
    assert not any("url" in p.lower() or "http" in p for p in doc.paragraphs)


def test_url_on_the_footer_line_itself_and_unknown_host_gives_bare_host():
    doc = read(f"Ferry terminal closes\n\n{BODY}\n\nOriginal URL: https://news.larkspur-courier.example/a/1")
    assert doc.url == "https://news.larkspur-courier.example/a/1"
    assert doc.source == "news.larkspur-courier.example"


def test_markdown_links_become_their_text_and_autolinks_inside_prose_their_url():
    doc = read(
        "Ferry terminal closes\n\nThe [council](https://larkspur.example/council) published the "
        "minutes at <https://larkspur.example/minutes> on Monday."
    )
    assert doc.paragraphs == (
        "The council published the minutes at https://larkspur.example/minutes on Monday.",
    )


def test_paragraph_split_mid_sentence_by_a_blank_line_is_joined():
    doc = read(
        'Ferry terminal closes\n\nBrandt said the council would "look again at the\n\n'
        'timetable for the summer months."\n\nThe next vote is in May.'
    )
    assert doc.paragraphs == (
        'Brandt said the council would "look again at the timetable for the summer months."',
        "The next vote is in May.",
    )


def test_split_before_a_lower_case_word_is_joined():
    doc = read("Ferry terminal closes\n\nThe terminal, which opened in 1934\n\nand was rebuilt in 1961, closes today.")
    assert doc.paragraphs == ("The terminal, which opened in 1934 and was rebuilt in 1961, closes today.",)


def test_paragraphs_separated_by_single_newlines():
    doc = read(
        "Ferry terminal closes\n\n"
        "The council voted to close the terminal.\n"
        "Brandt said the decision was painful.\n"
        "Unions said they would appeal."
    )
    assert len(doc.paragraphs) == 3


def test_hard_wrapped_paragraph_is_one_paragraph():
    wrapped = (
        "The council of Larkspur voted on Monday evening to close the old ferry\n"
        "terminal. The decision ends a service that has run for ninety-two years.\n"
        "Mayor Brandt said it was painful but, in her words, unavoidable now."
    )
    doc = read(f"Ferry terminal closes\n\n{wrapped}\n\nUnions said they would appeal.")
    assert len(doc.paragraphs) == 2
    assert doc.paragraphs[0].endswith("unavoidable now.")


def test_subheadings_inside_the_body_are_not_paragraphs():
    doc = read(f"Ferry terminal closes\n\n{BODY}\n\nWhat happens next\n\nThe council meets again in May.")
    assert "What happens next" not in doc.paragraphs
    assert doc.paragraphs[-1] == "The council meets again in May."


def test_text_without_a_title_line_takes_its_title_from_the_first_sentence():
    doc = read(BODY)
    assert doc.title == "The city council of Larkspur voted on Monday to close the old ferry terminal"
    assert doc.paragraphs[0].startswith("The city council")


def test_title_from_a_short_first_sentence_is_the_sentence():
    assert title_from_sentence("Larkspur closes its ferry terminal. More follows.") == "Larkspur closes its ferry terminal"


def test_title_from_a_long_sentence_without_a_clause_is_cut_with_an_ellipsis():
    sentence = " ".join(["word"] * 30) + "."
    title = title_from_sentence(sentence)
    assert title.endswith("…") and len(title.split()) == 14


def test_only_a_headline_is_a_read_error():
    with pytest.raises(ReadError, match="no article text"):
        read("Ferry terminal closes\n\nBy Ruth Okafor\n")


def test_curly_quotes_and_guillemets_keep_a_broken_quote_open_until_closed():
    doc = read("Ferry terminal closes\n\n« Nous ne partirons pas de\n\nLarkspur », a déclaré le maire.")
    assert doc.paragraphs == ("« Nous ne partirons pas de Larkspur », a déclaré le maire.",)


def test_german_quotes_that_are_closed_do_not_swallow_the_next_paragraph():
    doc = read("Fähre eingestellt\n\n„Das ist ein trauriger Tag“, sagte Brandt\n\nDie Gewerkschaft protestierte.")
    assert len(doc.paragraphs) == 2


def test_list_items_are_paragraphs_of_their_own_without_bullets():
    doc = read(
        "Budget boosts schools\n\nIn his budget the minister has:\n\n"
        "- Increased spending on schools by 8%,\n - Raised the tax threshold\n * Cut duty on tea\n\n"
        "Critics said it was not enough."
    )
    assert doc.paragraphs == (
        "In his budget the minister has:",
        "Increased spending on schools by 8%,",
        "Raised the tax threshold",
        "Cut duty on tea",
        "Critics said it was not enough.",
    )


def test_a_sentence_starting_with_by_is_prose_not_a_byline():
    doc = read("Two new domain names\n\nBy early 2005 the net could have two new domain names.\n\nMore follows here.")
    assert doc.author is None
    assert doc.paragraphs[0] == "By early 2005 the net could have two new domain names."


@pytest.mark.parametrize(
    "buttons", ["share tweet pin email", "Play Facebook\n\nTwitter", "Email", "WhatsApp\n\nPrint"]
)
def test_share_buttons_above_the_headline_are_skipped(buttons):
    """A video page's "Play Facebook" / "Twitter" rows must not become the headline."""
    doc = read(f"{buttons}\n\nFerry terminal closes\n\n{BODY}")
    assert doc.title == "Ferry terminal closes"


def test_a_wire_dateline_opening_is_prose_and_not_part_of_the_derived_title():
    doc = read(
        "STORRS, Conn. (AP) — State police have charged six students with alcohol-related offences "
        "after a party at the University of Connecticut.\n\nThe university said it would cooperate."
    )
    assert doc.title == "State police have charged six students with alcohol-related offences after a party…"
    assert doc.paragraphs[0].startswith("STORRS, Conn. (AP) — State police")


def test_a_bare_date_inside_the_body_is_not_the_publication_date():
    doc = read(f"Ferry terminal closes\n\n{BODY}\n\nFeb. 5, 2018:\n\nThe council met again.")
    assert doc.published is None
    assert "Feb. 5, 2018:" in doc.paragraphs


def test_a_labelled_dateline_at_the_foot_is_the_publication_date():
    doc = read(f"Ferry terminal closes\n\n{BODY}\n\nPublished: 3 March 2026")
    assert doc.published == "2026-03-03" and len(doc.paragraphs) == 2


def test_a_bracketed_teaser_after_the_last_sentence_is_cut_not_the_paragraph():
    doc = read("Ferry terminal closes\n\nThe pier is sinking, engineers said. [Photos: The Pier Through the Years]")
    assert doc.paragraphs == ("The pier is sinking, engineers said.",)


def test_caption_credited_to_an_agency_in_brackets():
    doc = read(f"Ferry terminal closes\n\n{BODY}\n\nThe mayor speaks to residents on Monday. (Associated Press)")
    assert len(doc.paragraphs) == 2


def test_a_cut_title_keeps_the_commas_inside_it():
    sentence = "Officials in Paris, France, and Rome said on Monday that " + "talks " * 12 + "ended."
    assert title_from_sentence(sentence).startswith("Officials in Paris, France, and Rome said")


def test_separator_lines_are_not_paragraphs():
    doc = read(f"Ferry terminal closes\n\n{BODY}\n\n* * *\n\n.\n\nThe last boat left at dusk.")
    assert doc.paragraphs[-1] == "The last boat left at dusk." and len(doc.paragraphs) == 3


def test_a_headline_running_over_two_lines_is_one_title():
    doc = read(f"Larkspur votes to close the\nferry terminal it has run for 92 years\n\n{BODY}")
    assert doc.title == "Larkspur votes to close the ferry terminal it has run for 92 years"


def test_a_headline_ending_in_a_semicolon_stands_over_its_standfirst():
    doc = read(f"Larkspur Votes to Close;\nThe ferry terminal shuts after 92 years.\n\n{BODY}")
    assert (doc.title, doc.section) == ("Larkspur Votes to Close", None)
    assert doc.paragraphs[0] == "The ferry terminal shuts after 92 years."


def test_a_long_title_case_headline_with_a_full_stop_is_still_the_headline():
    title = "Larkspur Council Votes to Close the Ferry Terminal That Has Served the Island of Hesk Since 1934."
    assert read(f"{title}\n\n{BODY}").title == title


@pytest.mark.parametrize(
    "line, title",
    [("## Ferry terminal closes", "Ferry terminal closes"), ("**Ferry terminal closes**", "Ferry terminal closes"),
     ("#FerryGate trends as terminal closes", "#FerryGate trends as terminal closes")],
)
def test_markdown_emphasis_and_heading_marks_leave_the_title_but_hashtags_stay(line, title):
    assert read(f"{line}\n\n{BODY}").title == title


@pytest.mark.parametrize(
    "furniture",
    [
        "Media playback is unsupported on your device Media caption The mayor on the last crossing",
        "Image copyright Larkspur City Archive Image caption The terminal opened in 1934",
        "Media caption Commuters queue for the final ferry",
        "1 of 12. Commuters board the last ferry at Larkspur on Monday",
        "CLOSE Skip in Skip x Embed x Share The last ferry left Larkspur on Monday evening.",
        "CLOSE Commuters say goodbye to a 92-year-old service. Jane Roe, Larkspur Journal",
        "Photo Advertisement Continue reading the main story",
        "Advertisement",
        "Continue reading the main story At the pier Commuters queued for an hour.",
        "Newsletter Sign Up Continue reading the main story Please verify you're not a robot.",
        "JUST WATCHED Last ferry leaves Larkspur Replay More Videos ... MUST WATCH Last ferry 02:14",
        "Embed Last Ferry Leaves Larkspur 2:14 autoplay autoplay Copy this code to your website or blog",
    ],
)
def test_player_gallery_and_advert_labels_leave_no_trace(furniture):
    """Scraped pages carry what their video players and galleries print; none of it is the
    article, and above the body it must not become the derived title either."""
    doc = read(f"{furniture}\n\n{BODY}\n\n{furniture}\n\nThe last boat left at dusk.")
    assert doc.title.startswith("The city council of Larkspur voted on Monday")
    assert doc.paragraphs[1:] == (BODY.split("\n\n")[1], "The last boat left at dusk.")


@pytest.mark.parametrize(
    "prose",
    [
        "Close to 300 people came to the pier, the mayor said.",
        "CLOSE CALLS",  # a shouted subheading, not a player's label
        "Images of the crossing were shared widely online.",
        "Media reports said the ferry would be sold to a museum.",
        "One of 12 crew members said the decision was unfair.",
        "Embedded reporters said the crossing was calm.",
    ],
)
def test_prose_that_starts_like_a_player_label_is_not_furniture(prose):
    assert not cleanup.is_player_text(prose)


def test_a_story_highlights_label_goes_and_its_highlight_becomes_the_title():
    doc = read(f"Story highlights Larkspur closes its 92-year-old ferry terminal\n\n{BODY}")
    assert doc.title == "Larkspur closes its 92-year-old ferry terminal"
    assert not any("Story highlights" in p for p in doc.paragraphs)


@pytest.mark.parametrize(
    "label",
    [
        "Getty",
        "Copyright Larkspur City Archive",
        "(Larkspur Journal Staff Photo/Ana Silva)",
        "Updated 6.15pm",
        "Last updated: 09:25 GMT",
        "2 years ago",
        "(rokafor@larkspur-journal.example; @ruthokafor)",
        "LARKSPUR |",
    ],
)
def test_stray_credits_timestamps_and_contact_lines_never_become_the_title(label):
    """Scraped text often opens with what surrounded the article: a photo credit, the time it
    was updated, the reporter's contact line. None of it is a headline or a paragraph."""
    doc = read(f"{label}\n\n{BODY}")
    assert doc.title.startswith("The city council of Larkspur voted on Monday")
    assert doc.paragraphs == tuple(BODY.split("\n\n"))


@pytest.mark.parametrize(
    "prose",
    [
        "Getty Images bought the archive in 2010, the museum said.",
        "Updated figures came out on Monday.",
        "@ruthokafor posted the first photo of the crossing.",
        "LARKSPUR | The council voted on Monday to close the terminal.",
    ],
)
def test_prose_that_starts_like_such_a_label_is_kept(prose):
    assert not cleanup.is_stray_label(prose)


@pytest.mark.parametrize(
    "line, kept",
    [
        ("Jane Roe / AP Commuters queue for the last ferry at Larkspur.", "Commuters queue for the last ferry at Larkspur."),
        ("AFP/Getty Images Mayor Ilse Brandt on the pier.", "Mayor Ilse Brandt on the pier."),
        ("Either/or choices face the council, the mayor said.", "Either/or choices face the council, the mayor said."),
        ("The 24/7 service ends today.", "The 24/7 service ends today."),
    ],
)
def test_a_credit_that_opens_a_caption_goes_and_the_rest_stays(line, kept):
    assert cleanup.strip_leading_credit(line) == kept


@pytest.mark.parametrize("label", ["World", "Columnist", "News >> World", "Home › Politics"])
def test_a_section_label_over_the_first_paragraph_is_the_section_and_the_title_is_derived(label):
    doc = read(f"{label}\n\n{BODY}")
    assert doc.section == label
    assert doc.title.startswith("The city council of Larkspur voted on Monday")
    assert doc.paragraphs == tuple(BODY.split("\n\n"))


def test_a_breadcrumb_over_a_headline_is_its_kicker():
    doc = read(f"News >> World\n\nLarkspur closes its ferry terminal\n\n{BODY}")
    assert (doc.section, doc.title) == ("News >> World", "Larkspur closes its ferry terminal")


def test_a_one_word_headline_over_a_short_body_stays_the_headline():
    doc = read("Ferry\n\nThe council voted on Monday to close it.")
    assert doc.title == "Ferry"


@pytest.mark.parametrize("cap, rest, word", [("T", "he council", "The"), ("A", "fter the vote", "After")])
def test_a_drop_cap_saved_on_its_own_line_rejoins_its_word(cap, rest, word):
    doc = read(f"{cap}\n\n{rest} of Larkspur voted on Monday to close the old ferry terminal for good.")
    assert doc.paragraphs[0].startswith(f"{word} ")
    assert doc.title.startswith(f"{word} ")


@pytest.mark.parametrize("tag", ["(CNN) -- ", "(CNN) ", "(HealthDay News) — "])
def test_an_outlet_tag_opening_the_lede_is_no_part_of_the_derived_title(tag):
    doc = read(f"{tag}{BODY}")
    assert doc.title.startswith("The city council of Larkspur")
    assert doc.paragraphs[0].startswith(tag.strip())
