"""Line-level cleaning shared by the text and Markdown readers.

Scraped articles carry boilerplate between their paragraphs: photo captions with a credit,
"Related article:" teasers, "Original url:" footers, leftover Markdown links. These functions
recognise each kind from its shape (never from a list of known articles) and glue back the
paragraphs a scraper split in the middle of a sentence.
"""

from __future__ import annotations

import re
from itertools import islice

from generator.parse.cues import may_contain

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>", re.I)
_TRAILING_TEASER = re.compile(r"\s*\[[^\[\]]{3,120}\]\s*$")
_LINK_ONLY = re.compile(r"!?\[[^\]]*\]\([^)]*\)\.?")
_SHARE_WORD = re.compile(r"[\w-]+")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_URL_ONLY = re.compile(r"^\s*<?(https?://[^\s>]+)>?\s*$", re.I)

_RELATED = re.compile(
    r"^\s*[\[*_]*\s*(?:related(?:\s+(?:article|articles|story|stories|content|coverage|reading|link))?"
    r"|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|recommended"
    r"|you\s+may\s+also\s+like|watch|listen|more)\b\s*[:\-–—|»>]",
    re.I,
)
_RELATED_BARE = re.compile(r"^\s*(?:read\s+more|also\s+read|related\s+articles?|see\s+also)\s*$", re.I)
_FOOTER_LABEL = re.compile(
    r"^\s*(?:original\s+(?:url|link|article|source)|source(?:\s+url)?|canonical(?:\s+url)?|url|link)\s*:\s*(?P<rest>.*)$",
    re.I,
)

# Credits that end a caption: "(AP Photo/Jane Doe)", "Photo: Reuters", "Getty Images", "kremlin.ru".
_CREDIT = re.compile(
    r"(?:\(?\b(?:AP|AFP|EPA|Reuters|Xinhua|Yonhap)\s*Photo\s*/[^)]*\)?"
    r"|\((?:[A-Z][\w.&'-]*\s+){1,5}Photo\s*/\s*[^)]{1,40}\)"
    r"|\(?\b(?:Photo(?:graph)?s?|Picture|Image|Illustration|Credit|Video)\s*(?:by|:)\s*[^.]{1,60}\)?"
    r"|\b(?:[\w.&-]+\s+(?:via|for)\s+)?Getty\s+Images\b[^.]{0,30}"
    r"|\bShutterstock\b|\bEPA-EFE\b[^.]{0,30}|©\s*[^.]{1,60}|\bCourtesy\s+of\s+[^.]{1,60}"
    r"|\b(?i:Reuters|AFP|AP|EPA)\s*/\s*[A-Z][\w .'-]{1,40})"
    r"\s*\.?\s*$"
)
# Every _CREDIT alternative contains one of these, in this case.
_CREDIT_WORDS = (
    "Photo", "Picture", "Image", "Illustration", "Credit", "Video", "Getty", "Shutterstock", "EPA-EFE", "©",
    "Courtesy", "/",
)  # fmt: skip
_AGENCY_CREDIT = re.compile(
    r"\((?:Associated Press|AP|Reuters|AFP|Getty Images|EPA|Xinhua|Bloomberg|File)(?: Photo)?\)\s*$"
)
# What video players, photo galleries and advert slots leave in a scraped page: "Media playback
# is unsupported on your device", "Image copyright X Image caption Y", a gallery's "1 of 12.",
# "CLOSE <video blurb>", "JUST WATCHED ... Replay More Videos", "Advertisement", a sign-up box
# or side box opened by "Continue reading the main story". Case matters:
# these are the players' own labels, and prose that merely starts with such words is kept.
_PLAYER_LINE = re.compile(
    r"(?:Media playback is (?:unsupported|not supported) on your device"
    r"|(?:Media|Image|Video) caption\b|Image copyright\b"
    r"|(?:Photo\s+)?Advertisement(?:\s+Continue reading the main story)?\s*$"
    r"|Continue reading the main story\b|Newsletter Sign Up\b"
    r"|JUST WATCHED\b|MUST WATCH\b|Skip in Skip x Embed x Share\b"
    r"|Embed\s.*\bCopy this code to your (?:website|site|blog)"
    r"|CLOSE\s+[A-Z].*[a-z]"
    r"|\d{1,3} of \d{1,3}\.\s+[A-Z])"
)
_HIGHLIGHTS_LABEL = re.compile(r"Story highlights\s+(?=\S)")
# A credit alone on its line ("Getty", "Copyright Marvel Comics"): what is left of a photo.
_BARE_CREDIT = re.compile(r"^\(?(?:Getty|Shutterstock|Copyright\s+[^.]{1,40}?)\)?$")
# A credit that opens a caption: "Eric Gay / AP Senator Wendy Davis listens ...",
# "AFP/Getty Images NBA Finals MVP ...". The credit goes; what follows may be the lede.
_LEADING_CREDIT = re.compile(
    r"^(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*\s*/\s*(?:Getty Images|AP|AFP|Reuters|EPA|Bloomberg)\s+(?=[A-Z])"
)
# When a page was saved, not what it says: "Updated 6.15pm", "2 years ago", "Posted 09:25 GMT".
_TIMESTAMP = re.compile(
    r"^(?:(?:last\s+)?(?:updated|posted|published)\s*:?\s*(?:at\s+)?"
    r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
    r"|\d{1,3}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago)$",
    re.I,
)  # a bare "10:30 p.m." stays: in a live blog it heads an entry
# A reporter's contact line: "(bwhite@politico.com; @morningmoneyben)".
_CONTACT = r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,})"
_CONTACT_LINE = re.compile(rf"^\(?{_CONTACT}(?:\s*[;,/|]\s*{_CONTACT})*\)?$")
# A dateline cut from its story, left above it: "PHILADELPHIA |".
_DATELINE_STUB = re.compile(r"^[A-Z][A-Z.' ]{2,40}?\s*\|$")
_SHARE_WORDS = frozenset(
    "share tweet pin email e-mail print facebook twitter x whatsapp linkedin reddit comments "
    "comment copy link save messenger flipboard pinterest sms telegram this article story play".split()
)
# The buttons that are furniture even alone on their line ("Twitter" above a headline); a lone
# "Story" or "Comments" may be a section label or a heading, so those need a neighbour.
_SHARE_BUTTONS = frozenset(
    "share tweet email e-mail print facebook twitter whatsapp linkedin reddit messenger "
    "flipboard pinterest telegram".split()
)
# "LONDON (Reuters) - ", "KATHMANDU, Nepal (AP) — ", "NEW YORK — ": a wire story's opening.
WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+){0,3}"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z\d][\w.]*){0,2})?"
    r"(?:\s*\([^)]{1,30}\))?\s*[-–—]+\s+"
)
_DOMAIN_CREDIT = re.compile(r"(?:^|[.|/–—-]\s+)\(?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\)?\s*$", re.I)
_STOPS = (".", "!", "?", "…")
_AFTER_STOP = "\"'”’»)]"
_CLOSING_QUOTES = ('"', "”", "»")
FUNCTION_WORDS = frozenset(
    "a an the of to by and or but in on at for with from that which who as his her their its our "
    "your this these those into onto than then about after before over under between said says "
    "is are was were be been has have had will would could should can may might not".split()
)


def strip_markdown_links(line: str) -> str:
    """[text](url) -> text, images dropped, <https://...> -> the bare URL. Every match holds a
    "[" or a "<": most lines have neither and are returned without three regex passes."""
    if "[" not in line and "<" not in line:
        return line
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m.group(1), line)
    return _AUTOLINK.sub(lambda m: m.group(1), line)


def strip_trailing_teaser(line: str) -> str:
    """"... told Live Science. [Titanosaur Photos: Meet the Largest Dinosaur]" -> the sentence."""
    if not line.rstrip().endswith("]"):
        return line  # the teaser pattern ends in "]": no need to try it at every position
    match = _TRAILING_TEASER.search(line)
    return line[: match.start()].rstrip() if match and ends_sentence(line[: match.start()]) else line


def is_link_only(line: str) -> bool:
    """A line that is nothing but one link or URL: navigation, not prose."""
    stripped = line.strip().strip("*_ ")
    return bool(_URL_ONLY.match(stripped) or _LINK_ONLY.fullmatch(stripped))


def is_related_line(line: str) -> bool:
    """"Related article: ...", "Read more: ...", "Also read ...": a teaser for another story."""
    return bool(_RELATED.match(line) or _RELATED_BARE.match(line))


def footer_url(line: str) -> tuple[bool, str | None]:
    """(is a footer label, URL on the same line if any) for "Original url: <https://...>"."""
    match = _FOOTER_LABEL.match(strip_markdown_links(line))
    if not match:
        return False, None
    rest = match.group("rest").strip()
    url = _URL_ONLY.match(rest)
    if rest and not url:
        return False, None
    return True, url.group(1) if url else None


def bare_url(line: str) -> str | None:
    """The URL when the line is only a URL (or an <autolink>)."""
    match = _URL_ONLY.match(line.strip())
    return match.group(1) if match else None


def is_caption(line: str) -> bool:
    """A short line ending in a photo credit ("... kremlin.ru", "(AP Photo/...)", "Getty Images")."""
    words = len(line.split())
    if words > 60:
        return False
    if may_hold_credit(line) and _CREDIT.search(line) or _AGENCY_CREDIT.search(line):
        return True
    return (
        words <= 25
        and may_end_in_domain(line)
        and bool(_DOMAIN_CREDIT.search(line))
        and not line.rstrip().endswith(("?", "!"))
    )


def may_hold_credit(line: str) -> bool:
    """False when the line lacks every word a _CREDIT alternative spells out (it is then not
    tried at every position of the line, the costly part of reading a body)."""
    return may_contain(line, _CREDIT_WORDS)


def may_end_in_domain(line: str) -> bool:
    """False when the line cannot end in "name.tld" (a dot 2-6 letters from the end, then maybe
    a ")" and spaces), the only ending _DOMAIN_CREDIT accepts."""
    tail = line.rstrip()
    tail = tail[:-1] if tail.endswith(")") else tail
    return "." in tail[-7:-2]


def is_stray_label(line: str) -> bool:
    """What a page prints around an article rather than in it: a bare photo credit, a timestamp,
    a contact line, a dateline left on its own ("Getty", "Updated 6.15pm", "PHILADELPHIA |")."""
    text = line.strip()
    if len(text) > 60:
        return False  # cheap test first: every such label is short
    return bool(
        _BARE_CREDIT.match(text)
        or _TIMESTAMP.match(text)
        or ("@" in text and _CONTACT_LINE.match(text))
        or _DATELINE_STUB.match(text)
    )


def strip_leading_credit(line: str) -> str:
    """"Eric Gay / AP Senator Wendy Davis listens ..." -> "Senator Wendy Davis listens ..."."""
    return _LEADING_CREDIT.sub("", line, count=1) if "/" in line else line


def is_player_text(line: str) -> bool:
    """A label or caption left by a video player, photo gallery or advert slot (see _PLAYER_LINE)."""
    return bool(_PLAYER_LINE.match(line.lstrip()))  # anchored: most lines fail at their first letter


def strip_highlights_label(line: str) -> str:
    """"Story highlights The CIA ..." -> "The CIA ...": the label, not the highlight, is furniture."""
    return _HIGHLIGHTS_LABEL.sub("", line, count=1) if line.startswith("Story highlights") else line


def is_share_line(line: str) -> bool:
    """A row of share buttons ("share tweet pin email", "Play Facebook") or one of them alone."""
    first = _SHARE_WORD.search(line.lower())
    if first is None or first.group() not in _SHARE_WORDS:
        return False  # every word must be a share word: the first one decides most lines
    words = [m.group() for m in islice(_SHARE_WORD.finditer(line.lower()), 9)]  # a ninth word rules it out
    if len(words) == 1:
        return words[0] in _SHARE_BUTTONS
    return len(words) <= 8 and all(w in _SHARE_WORDS for w in words) and len(set(words)) > 1


def ends_sentence(text: str) -> bool:
    """True when text ends with closing punctuation (a full stop, maybe inside quotes)."""
    stripped = text.rstrip()  # _SENTENCE_END, read from the end instead of searched for from the start
    return stripped.endswith(_CLOSING_QUOTES) or stripped.rstrip(_AFTER_STOP).endswith(_STOPS)


def looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation that starts with a capital: a subheading."""
    words = line.split()
    return (
        0 < len(words) <= 10
        and not ends_sentence(line)
        and "," not in line
        and not line.rstrip().endswith((";", ":"))
        and line[:1].isupper()
        and words[-1].lower().strip("\"'“”") not in FUNCTION_WORDS
        and line.count('"') % 2 == 0
        and not _opens_quote(line)
    )


def _opens_quote(text: str) -> bool:
    """More opening than closing quotation marks: the sentence goes on in the next paragraph."""
    low, left = text.count("„"), text.count("“")
    closes_low = min(left, low)  # „…“: the left mark closes a German quotation
    opening = low + text.count("«") + left - closes_low
    closing = closes_low + text.count("”") + text.count("»")
    return opening > closing or text.count('"') % 2 == 1


def starts_lower(text: str) -> bool:
    """Starts (after any opening marks) with a lower-case letter or a digit."""
    first = text.lstrip("\"'“”‘’«„( ")[:1]
    return first.islower() or first.isdigit()


def continues(previous: str, following: str) -> bool:
    """True when `following` finishes the sentence `previous` leaves open (a scraper's split)."""
    if ends_sentence(previous) or not following.strip():
        return False
    last_word = previous.split()[-1].lower().strip("\"'“”‘’(") if previous.split() else ""
    if starts_lower(following):
        return True
    if previous.rstrip().endswith((",", ";", "–", "—", "-")):
        return True
    if last_word in FUNCTION_WORDS:
        return True
    return _opens_quote(previous) and len(previous.split()) >= 6


def join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join a paragraph with the next when the scraper split it in the middle of a sentence."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and continues(joined[-1], paragraph) and (
            starts_lower(paragraph) or not looks_like_heading(joined[-1])
        ):
            joined[-1] = f"{joined[-1].rstrip()} {paragraph.lstrip()}"
        else:
            joined.append(paragraph)
    return joined


def normalise_spaces(text: str) -> str:
    """Collapse runs of spaces and tabs (and non-breaking spaces) into one space, and drop the
    invisible characters scrapers leave in (zero-width space, word joiner, BOM, soft hyphen).
    Joiners that shape letters or emoji (U+200C, U+200D) are kept."""
    if text.isascii() and "  " not in text and "\t" not in text:
        return text.strip()  # nothing to collapse or drop: the common case, without two regex passes
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()
