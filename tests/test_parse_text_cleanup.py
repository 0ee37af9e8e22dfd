"""generator.parse.cleanup: the line shapes the readers drop or mend."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.parse import cleanup, metadata


@pytest.mark.parametrize(
    "line",
    [
        "Vladimir Putin and Kim Jong-un. kremlin.ru",
        "Crowds in the square. EPA-EFE/Hans Weber",
        "The minister arrives. Xinhua Photo/Li Ming",
        "Rescue teams at work (Photo by Ana Silva/AFP via Getty Images)",
        "Shutterstock",
        "Picture: Supplied",
    ],
)
def test_captions(line):
    assert cleanup.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ministry published the figures on gov.example on Monday, officials said.",
        "He moved to Washington D.C.",
        "Photos of the event were shared widely online, and the ministry later apologised for them in a long statement.",
        "Visit example.com?",
    ],
)
def test_prose_is_not_a_caption(line):
    assert not cleanup.is_caption(line)


@pytest.mark.parametrize(
    "line, related",
    [
        ("Related article: [X](#)", True),
        ("**Read more:** the harbour plan", True),
        ("See also - harbour plan", True),
        ("Read more", True),
        ("Related coverage | harbour plan", True),
        ("Readers said they were more worried about prices.", False),
        ("More than 500 people attended.", False),
        ("Watchdogs said the merger would raise prices.", False),
    ],
)
def test_related_lines(line, related):
    assert cleanup.is_related_line(line) is related


def test_footer_url_forms():
    assert cleanup.footer_url("Original url:") == (True, None)
    assert cleanup.footer_url("Original URL: <https://a.example/x>") == (True, "https://a.example/x")
    assert cleanup.footer_url("Source: https://a.example/x") == (True, "https://a.example/x")
    assert cleanup.footer_url("Source: the health ministry") == (False, None)


def test_markdown_links_and_images():
    assert cleanup.strip_markdown_links("See [the report](https://x.example/wiki/Port_(city)) ![chart](c.png)now") == "See the report now"
    assert cleanup.is_link_only("[Harbour plan approved](https://x.example)")
    assert cleanup.is_link_only("<https://x.example/a>")
    assert not cleanup.is_link_only("The [council](#) voted.")


@pytest.mark.parametrize(
    "previous, following, joined",
    [
        ('He said the plan was "the best we', 'have had in years."', True),
        ("The terminal, which opened in", "1934, closes today.", True),
        ("Putin pledged support for the", "Russian leadership in the future.", True),
        ("The council voted on Monday.", "the next vote is in May.", False),
        ("What happens next", "The council meets in May.", False),
        ("«Nous resterons ici", "jusqu'au bout», dit-il.", True),
    ],
)
def test_continues(previous, following, joined):
    assert cleanup.continues(previous, following) is joined


def test_headings():
    assert cleanup.looks_like_heading("Authority calls the walkout unlawful")
    assert not cleanup.looks_like_heading("The strike began on the")
    assert not cleanup.looks_like_heading("He said: “We will not")
    assert not cleanup.looks_like_heading("Harlow won.")


def test_invisible_characters_go_and_shaping_joiners_stay():
    assert cleanup.normalise_spaces("\u200bCNN \u200bis\u00a0being  sued; co\u00adoperate") == "CNN is being sued; cooperate"
    assert cleanup.normalise_spaces("می\u200cخواهم 👩\u200d💻") == "می\u200cخواهم 👩\u200d💻"


# --- the cheap tests that skip a regex give the regex's answer ---------------------------------------

_LINE_PIECES = [
    "Photo", "photo", "Photo: Jane Doe", "(AP Photo/Jane Doe)", "Getty Images", "AFP via Getty Images", "Reuters / Bob",
    "reuters/Bob", "EPA-EFE", "©", "© BBC", "Courtesy of", "Image by", "kremlin.ru", "www.gov.uk", "(bbc.co.uk)",
    "x.com)", "example.museum", "x.travel)", ".", "?", "!", '"', "”", "»", "’", ")", "]", "[", "[Read more: a teaser]", " ", "  ", "\n", "\t",
    "word", "The", "said", "2005", "13 August 2025", "Published:", "Aug 12, 2025", "2025-08-13", "|", "-", "–",
    "\u212a", "\u0131", "Mr.", "U.S.", "…",
]  # fmt: skip
_line = st.lists(st.sampled_from(_LINE_PIECES), max_size=25).map(" ".join) | st.lists(
    st.sampled_from(_LINE_PIECES), max_size=25
).map("".join)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”»]$")


@settings(max_examples=500, deadline=None)
@given(_line)
@example("A caption. kremlin.ru")
@example("Soldiers at the border (AP Photo/Jane Doe)")
def test_is_caption_answers_as_its_regexes_alone_would(line: str) -> None:
    words = len(line.split())
    expected = words <= 60 and bool(
        cleanup._CREDIT.search(line)
        or cleanup._AGENCY_CREDIT.search(line)
        or words <= 25 and cleanup._DOMAIN_CREDIT.search(line) and not line.rstrip().endswith(("?", "!"))
    )
    assert cleanup.is_caption(line) == expected


@settings(max_examples=500, deadline=None)
@given(_line)
@example('He said "no."  ')
@example("End.)]\n")
def test_ends_sentence_answers_as_the_regex_would(text: str) -> None:
    assert cleanup.ends_sentence(text) == bool(_SENTENCE_END.search(text.rstrip()))


@settings(max_examples=300, deadline=None)
@given(_line)
@example("It grew. [Titanosaur Photos: Meet the Largest Dinosaur]  ")
def test_strip_trailing_teaser_skips_only_lines_the_pattern_cannot_match(line: str) -> None:
    match = cleanup._TRAILING_TEASER.search(line)
    expected = line[: match.start()].rstrip() if match and cleanup.ends_sentence(line[: match.start()]) else line
    assert cleanup.strip_trailing_teaser(line) == expected


@settings(max_examples=300, deadline=None)
@given(_line)
@example("Published: Tuesday, 12 August 2025")
def test_parse_date_answers_as_trying_every_pattern_would(text: str) -> None:
    expected = None
    for pattern in metadata._DATE_PATTERNS:
        match = pattern.search(text)
        expected = metadata._iso_from_match(match) if match else None
        if expected:
            break
    assert metadata.parse_date(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab. \t\n\u00a0\u2009\u202f\u200b\u2060\ufeff\u00ad\u200d’", max_size=30))
def test_normalise_spaces_answers_as_its_two_substitutions_would(text: str) -> None:
    expected = cleanup._SPACES.sub(" ", cleanup._INVISIBLE.sub("", text)).strip()
    assert cleanup.normalise_spaces(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["share", "Tweet", "pin", "email", "x", "news", "-", " ", ",", "  "]), max_size=14).map("".join))
def test_share_line_answers_as_counting_every_word_would(line: str) -> None:
    words = re.findall(r"[\w-]+", line.lower())
    if len(words) == 1:
        expected = words[0] in cleanup._SHARE_BUTTONS  # one button alone ("Twitter")
    else:
        expected = len(words) <= 8 and all(w in cleanup._SHARE_WORDS for w in words) and len(set(words)) > 1
    assert cleanup.is_share_line(line) == expected


_LABEL_PIECES = [
    "Getty", "Copyright", "Shutterstock", "(", ")", "Updated", "last updated:", "Posted", "6.15pm", "09:25", "GMT",
    "2", "years", "ago", "minutes", "a@b.example", "@handle", ";", ",", "|", "LARKSPUR", "The", "said", ".", " ",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=8).map(" ".join))
@example("(a@b.example; @handle)")
@example("Updated 6.15pm")
def test_is_stray_label_answers_as_its_regexes_would_on_short_lines(line: str) -> None:
    text = line.strip()
    expected = len(text) <= 60 and any(
        pattern.match(text)
        for pattern in (cleanup._BARE_CREDIT, cleanup._TIMESTAMP, cleanup._CONTACT_LINE, cleanup._DATELINE_STUB)
    )
    assert cleanup.is_stray_label(line) == expected
