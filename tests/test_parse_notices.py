"""generator.parse.notices: pages that hold a site notice instead of an article are refused,
naming the kind; short real articles about the same things are kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import ReadError
from generator.models import SourceFile
from generator.parse import parse_source, read_document
from generator.parse.cues import folded, may_contain_folded
from generator.parse.notices import NOTICE_CUES, NOTICE_KINDS, NOTICE_MAX_WORDS, notice_kind


def paragraphs(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.strip().split("\n\n"))


NOTICES = {
    "script or browser wall": "Please enable JavaScript to view this page.\n\nYour browser does not support the video tag.",
    "video player message": "This video is unavailable.\n\nPlease try again later.",
    "sign-in box": "Welcome back. Please sign in to keep reading.\n\nAlready have an account? Log in here.\n\n"
    "By registering you agree to our Terms of Use and Privacy Policy.",
    "newsletter or social box": "Sign up for our morning newsletter and get the top stories in your inbox.\n\n"
    "Follow us on Instagram for more.",
    "cookie banner": "We use cookies to give you the best experience on our site.\n\n"
    "You can change your cookie settings at any time.",
    "web archive notice": "These pages were captured by an automated crawl of news sites in 2014.\n\n"
    "The WARC files of this collection are not currently available to the general public.",
    "disclaimer": "The boundaries shown on this map do not imply official endorsement or acceptance by "
    "the publisher.\n\nThe information on this page is for informational purposes only.",
    "petition or call to action": "Click here to sign our petition today.\n\n"
    "Remember to confirm your signature from the email we send you.",
    "shop terms": "Start your free trial today.\n\nAfter 30 days your card will be charged $9.99 a "
    "month until you cancel.",
    "missing page": "Sorry, the page you are looking for cannot be found.\n\nThe page URL may have changed; "
    "please contact our webmaster.",
}


@pytest.mark.parametrize("kind, text", NOTICES.items())
def test_each_kind_of_notice_is_recognised(kind, text):
    assert notice_kind(paragraphs(text)) == kind


def test_a_notice_that_opens_the_page_needs_only_a_third_of_its_words():
    notice = "Sorry, the page you requested could not be found."  # 9 words of 21
    rest = "Free archives of stories are kept on our site for one month."
    assert notice_kind((notice, rest)) == "missing page"
    assert notice_kind((rest, notice)) is None  # at the foot, 43% is not enough


@pytest.mark.parametrize(
    "text",
    [
        # News about cookies and web archives reports what someone said: an article.
        "The data regulator said on Monday that sites must ask before they set cookies.\n\n"
        "Sites that use cookies without consent face fines, the regulator said.",
        "The Internet Archive said its crawler had saved 800 billion pages since 1996.\n\n"
        "The Wayback Machine now holds more than 99 petabytes, the archive announced.",
        # A newsletter plea at the foot of a short brief is a minority of its words.
        "Larkspur closed its 92-year-old ferry terminal on Monday after the council voted to end "
        "the service, which lost money for a decade.\n\nMayor Ilse Brandt called it painful but "
        "unavoidable, and the last boat left at dusk with 300 people on board.\n\n"
        "Sign up for our newsletter.",
        # A petition in the news: what its organisers said, and what it asks, in the reporter's words.
        "More than 120,000 people have signed a petition to keep the Larkspur ferry running, its "
        "organisers said on Monday.\n\nThe petition asks the council to delay its vote until "
        "a study of the route's costs is done.",
        "The streaming service ended its free trial in the United States on Monday, the company "
        "said.\n\nNew members will pay from the first day.",
        # An opinion piece with the usual disclaimer at its foot.
        "Closing the Larkspur ferry would cut the town off from its jobs across the bay and push "
        "another 3,000 cars a day onto a bridge that is already full at rush hour; the council "
        "should find the money.\n\nThe views expressed here do not necessarily reflect those "
        "of this newspaper.",
        # Short, but nothing a notice says.
        "You can expect some amazing things over the next 48 hours.",
    ],
)
def test_short_articles_that_mention_such_things_are_not_notices(text):
    assert notice_kind(paragraphs(text)) is None


def test_a_long_page_is_never_a_notice():
    sentence = "Please sign in to keep reading. "
    words_per_sentence = len(sentence.split())
    text = sentence * (NOTICE_MAX_WORDS // words_per_sentence + 1)
    assert notice_kind((text,)) is None
    assert notice_kind((sentence * 3,)) == "sign-in box"


@pytest.mark.parametrize(
    "name, data",
    [
        ("wall.txt", b"SoundCloud\n\nYou need to enable JavaScript to use SoundCloud. Please update your browser.\n"),
        ("wall.md", b"---\ntitle: Player\n---\n\nThis feature is not available right now. Please try again later.\n"),
        ("wall.html", b"<html><body><article><p>We use cookies to improve your experience. "
         b"By continuing you accept our cookie policy.</p></article></body></html>"),
    ],
)
def test_every_reader_refuses_a_notice_naming_the_file_kind_and_opening(name, data):
    with pytest.raises(ReadError) as error:
        parse_source(SourceFile(name, data))
    assert error.value.file == name
    assert "not an article" in error.value.reason
    assert len(error.value.reason) < 200


def test_an_article_goes_through():
    doc = read_document(SourceFile("a.txt", b"Ferry terminal closes\n\nThe council voted on Monday to close it."))
    assert doc.title == "Ferry terminal closes"


@pytest.mark.parametrize("kind, pattern", NOTICE_KINDS, ids=[kind for kind, _ in NOTICE_KINDS])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_text_a_notice_pattern_matches_holds_a_cue(kind, pattern, data):
    """The cue check may only skip pages no pattern could match: any text a pattern finds holds
    one of NOTICE_CUES once folded."""
    text = data.draw(st.from_regex(pattern, fullmatch=False))
    assert pattern.search(text)
    assert may_contain_folded(folded(text), NOTICE_CUES), (kind, text)


def test_a_web_archive_collection_description_is_a_notice():
    text = (
        "Crawl of outlinks from news sites, started in spring.\n\n"
        "These files are currently not publicly accessible. Properties of this collection. "
        "Turned off duplicate detection. The seed list was built from all the wikis. "
        "It has been several years since the last one."
    )
    assert notice_kind(paragraphs(text)) == "web archive notice"
