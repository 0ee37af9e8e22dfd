"""Pages that list things instead of holding an article: other stories' teasers, or labels.

A scraper that lands on a section front ("Local News More>>", "Most Popular Stories") saves its
teasers as text: each story's headline and opening lines, printed twice because the page shows
them once as a link and once as the image's caption or the teaser's body. Put into a digest, that
page joins whichever of its several unrelated stories it shares most words with. What gives it
away is the doubling: a run of words printed twice in a row, in paragraph after paragraph. An
article never repeats its own words back to back (a quote echoed later in the text is not
adjacent), and a page repeated as a whole is one run, not one per paragraph.

A short page without a single sentence ("Meet Miss Lee at the Following Locations", a menu, a
row of links) has nothing to summarise either: every article, however brief, ends a sentence
somewhere. Scripts that do not mark a sentence's end (Thai, Lao, Khmer) are exempt.
"""

from __future__ import annotations

import re

from generator.parse.sentences import SENTENCE_END_MARK

MIN_RUN_WORDS = 8  # shorter echoes happen ("very, very ..."); a headline or sentence is longer
MAX_RUN_WORDS = 120  # a teaser: a headline and a few lines, not a page
MIN_DOUBLED_PARAGRAPHS = 2  # one doubled paragraph is a scraping slip, not a list
DOUBLED_SHARE = 0.5  # share of the page's words in doubled paragraphs that makes it a list
LABELS_MAX_WORDS = 400  # a longer page without a full stop is a transcript or a poem, kept
UNMARKED_SCRIPTS = re.compile(r"[\u0e00-\u0eff\u1780-\u17ff]")  # Thai, Lao, Khmer


def listing_kind(paragraphs: tuple[str, ...]) -> str | None:
    """The kind of list the page is, or None for an article."""
    split = [p.split() for p in paragraphs]
    if is_teaser_list(split):
        return "list of teasers"
    if is_label_list(paragraphs, sum(map(len, split))):
        return "list of labels without a sentence"
    return None


def is_teaser_list(split: list[list[str]]) -> bool:
    """Most of the page's words are in paragraphs that print a run of words twice in a row.

    Longest paragraphs first, stopping as soon as the words left unexplained are too many: an
    article is settled after a paragraph or two, not read through."""
    total = sum(map(len, split))
    doubled_paragraphs = doubled_words = plain_words = 0
    for words in sorted(split, key=len, reverse=True):
        if doubled_run(words):
            doubled_paragraphs += 1
            doubled_words += len(words)
        else:
            plain_words += len(words)
            if plain_words > (1 - DOUBLED_SHARE) * total:
                return False
    return doubled_paragraphs >= MIN_DOUBLED_PARAGRAPHS and doubled_words >= DOUBLED_SHARE * total


def is_label_list(paragraphs: tuple[str, ...], total_words: int) -> bool:
    """A short page in which nothing ends a sentence (in a script that marks sentence ends)."""
    if not paragraphs or total_words > LABELS_MAX_WORDS:
        return False
    text = "\n".join(paragraphs)
    return not SENTENCE_END_MARK.search(text) and not UNMARKED_SCRIPTS.search(text)


def doubled_run(words: list[str]) -> int:
    """The length of the first run of MIN_RUN_WORDS to MAX_RUN_WORDS words followed at once by
    itself, or 0. Each run of MIN_RUN_WORDS words is looked up where it first appeared, so the
    work grows with the paragraph, not its square. A chant ("ha ha ha ...") repeats a word or
    two, not a run of different words, and does not count."""
    first_seen: dict[tuple[str, ...], int] = {}
    for position in range(len(words) - MIN_RUN_WORDS + 1):
        window = tuple(words[position : position + MIN_RUN_WORDS])
        earlier = first_seen.setdefault(window, position)
        length = position - earlier
        if (
            MIN_RUN_WORDS <= length <= MAX_RUN_WORDS
            and len(set(window)) > MIN_RUN_WORDS // 2
            and words[earlier:position] == words[position : position + length]
        ):
            return length
    return 0
