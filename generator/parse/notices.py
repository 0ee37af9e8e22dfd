"""Pages that hold a site notice instead of an article.

A scraper that meets a script wall, a broken video player, a sign-in or newsletter box, a web
archive's crawl description, a map's legal disclaimer, a petition's "click below to sign", a shop's
terms or a missing page still saves a file, and its text reads like a short article. Put into a
digest it becomes a story called "You need to enable JavaScript to use SoundCloud". Such a page is
short and made mostly of the sentences such boxes print; this module recognises those sentences by
their wording (the kinds below) and the page by their share of its words (half, or a third when the
page opens with one). A real article that mentions a newsletter or a cookie in passing keeps far
more words of its own, and a long page is never judged a notice.
"""

from __future__ import annotations

import re

from generator.parse.cues import folded, may_contain_folded
from generator.parse.sentences import split_sentences

NOTICE_MAX_WORDS = 400  # longer pages are articles, whatever they mention
NOTICE_SHARE = 0.5  # share of the words in notice sentences that makes the page a notice
OPENING_NOTICE_SHARE = 1 / 3  # ... or less, when the page opens with one

NOTICE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I))
    for kind, pattern in (
        (
            "script or browser wall",
            r"\b(?:enable|turn on)\s+javascript\b|javascript is (?:disabled|required|turned off)"
            r"|your browser (?:does not|doesn't|doesn’t) support|update your browser",
        ),
        (
            "video player message",
            r"video has been rented|transcript could not be loaded|feature is not available right now"
            r"|please try again later|this video (?:is|has been) (?:unavailable|private|removed|no longer"
            r"|copyright protected|represented by)|licensing requests",
        ),
        (
            "sign-in box",
            r"\bsign in\b|\blog ?in(?:to)?\b|already have an account|create an account"
            r"|confirmation email|not a robot|terms of (?:service|use)|privacy policy|\{\*",
        ),
        (
            "newsletter or social box",
            r"\bnewsletter\b|\bsign up\b|\bsubscribe\b|mailing list|\blike us\b|\bfollow us\b"
            r"|join us on (?:facebook|twitter)|your (?:facebook )?newsfeed|tweet with a location"
            r"|location history",
        ),
        (
            "cookie banner",
            r"\bcookies?\b.{0,60}\b(?:use|accept|consent|policy|settings)\b"
            r"|\b(?:use|accept|consent to)\b.{0,30}\bcookies\b",
        ),
        (
            "web archive notice",
            r"\bcrawl(?:s|ed|er|ing)?\b|wayback machine|\bwarc\b|internet archive|archive-it"
            r"|not (?:currently )?(?:publicly accessible|available to the general public)|\bweb captures?\b"
            r"|\bseed list\b|duplicate detection|(?:properties of|for) this collection\b",
        ),
        (
            "disclaimer",
            r"\bdo(?:es)? not (?:necessarily )?(?:imply|reflect|represent|constitute)\b|\bdisclaimer\b"
            r"|for (?:general )?informational purposes only"
            r"|not (?:intended as|a substitute for) (?:professional )?(?:medical|legal|financial) advice",
        ),
        (
            "petition or call to action",
            r"\bsign (?:the|our|this) petition\b|\bconfirm your (?:signature|vote|email address)\b"
            r"|\bclick (?:below|here)\b",
        ),
        (
            "shop terms",
            r"\byour (?:credit |debit )?card will be charged\b|\bcancel (?:at )?any ?time\b|\bfree trial\b"
            r"|\bauto-?renew",
        ),
        (
            "missing page",
            r"page (?:you (?:requested|are looking for) )?(?:could not|cannot|can't|was not) be found"
            r"|\bpage not found\b|page url may have changed|\bwebmaster\b|domain mapping"
            r"|help cent(?:er|re)",
        ),
    )
)


# Every match of every NOTICE_KINDS pattern holds one of these (lowercase): a page without any is
# no notice, found without splitting it into sentences and trying each pattern on each.
NOTICE_CUES = (
    "javascript", "browser",
    "rented", "transcript", "feature is not available", "try again later", "this video", "licensing",
    "sign in", "log in", "login", "account", "confirmation email", "not a robot", "terms of",
    "privacy policy", "{*",
    "newsletter", "sign up", "subscribe", "mailing list", "like us", "follow us", "join us on",
    "newsfeed", "tweet with a location", "location history",
    "cookie",
    "crawl", "wayback machine", "warc", "internet archive", "archive-it", "publicly accessible",
    "general public", "web capture", "seed list", "duplicate detection", "this collection",
    "not imply", "not reflect", "not represent", "not constitute", "not necessarily", "disclaimer",
    "informational purposes", "medical advice", "legal advice", "financial advice",
    "sign the petition", "sign our petition", "sign this petition",
    "confirm your", "click below", "click here",
    "will be charged", "cancel any", "cancel at any", "free trial", "auto-renew", "autorenew",
    "be found", "page not found", "page url may have changed", "webmaster", "domain mapping", "help cent",
)  # fmt: skip


def notice_kind(paragraphs: tuple[str, ...]) -> str | None:
    """The kind of notice the page is (its most frequent kind), or None for an article."""
    total = sum(len(p.split()) for p in paragraphs)
    if total == 0 or total > NOTICE_MAX_WORDS:
        return None
    if not may_contain_folded(folded(" ".join(paragraphs)), NOTICE_CUES):
        return None
    kinds = [(sentence_kind(s), len(s.split())) for p in paragraphs for s in split_sentences(p)]
    words_by_kind: dict[str, int] = {}
    for kind, words in kinds:
        if kind:
            words_by_kind[kind] = words_by_kind.get(kind, 0) + words
    share = OPENING_NOTICE_SHARE if kinds and kinds[0][0] else NOTICE_SHARE
    if sum(words_by_kind.values()) < share * total:
        return None
    return max(sorted(words_by_kind), key=words_by_kind.__getitem__)


_REPORTING = re.compile(r"\b(?:said|says|told|according to|announced)\b", re.I)


def sentence_kind(sentence: str) -> str | None:
    """The first notice kind whose wording the sentence uses, if any. A sentence that reports
    what someone said is news about such things (a cookie law, a web archive), never a notice."""
    if _REPORTING.search(sentence):
        return None
    for kind, pattern in NOTICE_KINDS:
        if pattern.search(sentence):
            return kind
    return None
