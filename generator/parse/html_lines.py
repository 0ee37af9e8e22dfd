"""Line-level boilerplate that news sites put inside the article body itself.

An extractor keeps whatever sits in the article's container: "Read more:" teasers and the lists
under them, "DON'T MISS" blocks of tagged headlines, newsletter and follow-us pleas, photo
credits, "Updated at ..." stamps, the headline and standfirst repeated at the top. Each kind is
recognised by its shape, never by site, so pages we have never seen are cleaned the same way.
"""

from __future__ import annotations

import re

from generator.parse.cleanup import is_caption, is_player_text, is_related_line

_TEASER_LABEL = re.compile(
    r"^\s*(?:read\s+(?:more|also|next)|also\s+read|see\s+(?:more|also)|related(?:\s+\w+)?|"
    r"recommended(?:\s+\w+)?|more\s+(?:on|from)\s+[^:]{1,40}|also\s+on\s+\S+|most\s+(?:read|popular)|"
    r"trending|don'?t\s+miss|watch|listen|top\s+stories|further\s+reading|in\s+other\s+news|"
    r"lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|(?:à\s+)?lire\s+aussi|voir\s+aussi|"
    r"lee\s+también|leer\s+más|ver\s+también|leia\s+(?:também|mais)|leggi\s+anche|lees\s+ook)"
    r"\s*(?::|\||–|—|-\s|»|>)",
    re.I,
)
_BARE_LABEL = re.compile(
    r"^\s*(?:read\s+more|related(?:\s+(?:articles?|stories|content|coverage))?|see\s+also|more\s+stories|"
    r"don'?t\s+miss|advertisement|advertising|sponsored(?:\s+content)?|tags?|comments?|share(?:\s+this)?"
    r"(?:\s+(?:article|story|post))?|recommended|trending(?:\s+now)?|most\s+read|top\s+stories|"
    r"also\s+on\s+\S+|print|email|continue\s+reading|skip\s+(?:to\s+)?(?:content|ad)|home|menu|search|"
    r"log\s*in|sign\s*in|close|back\s+to\s+top|next(?:\s+article)?|previous(?:\s+article)?)\s*[:.!]*\s*$",
    re.I,
)
_ALSO_ON = re.compile(r"^\s*also\s+on\s+[\w-]+(?:\.[\w-]+)+\b", re.I)  # "Also on rt.com <headline>"
_TAGGED_HEADLINE = re.compile(r"\[[A-Z][A-Z ]{2,20}\]\s*\|?\s*$")
_NEWSLETTER = re.compile(
    r"\b(?:newsletters?|in(?:to)?\s+your\s+inbox|(?:to|through)\s+your\s+(?:inbox|letterbox|door))\b"
    r"|^\s*(?:sign\s+up|subscribe|subscribers?\s+only|become\s+a\s+(?:member|subscriber))\b",
    re.I,
)
_SOCIAL = re.compile(
    r"^\s*(?:follow\s+(?:us|him|her|them|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+(?:on|at)\s+"
    r"(?:twitter|facebook|instagram|x\b|linkedin|youtube|tiktok|threads|mastodon|bluesky)"
    r"|like\s+this\s+(?:story|article)|share\s+(?:this|on)\b|email\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+at\s+\S+@"
    r"|have\s+a\s+(?:news\s+)?tip\b|tell\s+us\s+what\s+you\s+think|click\s+here\b)",
    re.I,
)
_STAMP = re.compile(
    r"^\s*(?:updated|published|posted|last\s+(?:updated|modified)|first\s+published)\b[\s:,]*"
    r"(?:at|on)?\s*[\w ,:./-]{0,40}?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{4})\s*(?:[A-Z]{2,4})?\.?\s*$",
    re.I,
)
_CREDITS = re.compile(
    r"^\s*\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\b"
    r"|^\s*(?:write\s+to|e-?mail|contact|reach)\s+[^@]{1,60}\s+at\s+\S+@\S+"
    r"|^\s*if\s+you\s+(?:enjoyed|liked|value)\s+this\s+(?:article|story|piece|post)"
    r"|\bfor\s+your\s+personal,?\s+non-?commercial\s+use\b",
    re.I,
)
_DATE_ONLY = re.compile(r"^[\d\s:/.,+TZ-]*\b(?:19|20)\d\d\b[\d\s:/.,+TZ-]*$")
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-•*·]|\d{1,2}[.)])\s+")
_WORD_CHAR = re.compile(r"\w")
_WORDS = re.compile(r"\w+")
SHORT_LINE_WORDS = 25  # boilerplate pleas are short; a long paragraph that mentions a newsletter is prose


def clean_lines(lines: list[str], title: str | None = None, section: str | None = None) -> tuple[str, ...]:
    """Plain-text body lines minus boilerplate, whitespace collapsed, in their order."""
    lines = [collapsed for collapsed in (" ".join(line.split()) for line in lines) if has_words(collapsed)]
    lines = drop_repeated_heading(lines, title, section)
    kept: list[str] = []
    in_teasers = False
    for line in lines:
        if is_teaser_label(line):
            in_teasers = True
            continue
        if in_teasers and is_teaser_item(line):
            continue
        in_teasers = False
        if not is_boilerplate(line):
            kept.append(line)
    return tuple(kept)


def has_words(line: str) -> bool:
    return bool(_WORD_CHAR.search(line))


def drop_repeated_heading(lines: list[str], title: str | None, section: str | None) -> list[str]:
    """Drop the headline wherever it recurs as a whole line, and a section kicker at the top.

    The Document carries both already. A standfirst repeating the page's description is kept:
    on most news pages it is the article's first paragraph.
    """
    headline = squash(title) if title else None
    lines = [line for line in lines if squash(line) != headline]
    if section and lines and squash(lines[0]) == squash(section):
        return lines[1:]
    return lines


def squash(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def is_teaser_label(line: str) -> bool:
    """A line that introduces links to other stories ("Read more:", "DON'T MISS", "Related")."""
    return bool(_BARE_LABEL.match(line) and _WORD_CHAR.search(line)) or bool(
        _TEASER_LABEL.match(line) and len(line.split()) <= SHORT_LINE_WORDS
    ) or is_related_line(line) and len(line.split()) <= SHORT_LINE_WORDS


def is_teaser_item(line: str) -> bool:
    """A headline in a list of links: a list item or a tagged headline, short, not a sentence."""
    if _TAGGED_HEADLINE.search(line):
        return True
    return bool(_LIST_ITEM.match(line)) and len(line.split()) <= 20 and not line.rstrip().endswith((".", ":"))


def is_boilerplate(line: str) -> bool:
    """A line that is not prose of the article: pleas, stamps, credits, captions, tagged teasers."""
    words = len(line.split())
    if _TAGGED_HEADLINE.search(line) and words <= SHORT_LINE_WORDS:
        return True
    if _BARE_LABEL.match(line) or _DATE_ONLY.match(line):
        return True
    if words > SHORT_LINE_WORDS:
        return False
    return bool(
        _NEWSLETTER.search(line)
        or _ALSO_ON.match(line)
        or _SOCIAL.match(line)
        or _STAMP.match(line)
        or _COPYRIGHT.match(line)
        or _CREDITS.search(line)
        or is_caption(line)
        or is_player_text(line)
    )
