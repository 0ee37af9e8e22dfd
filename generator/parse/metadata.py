"""Article metadata shared by the readers: publication dates, bylines and outlet names.

Every function here returns None when the text does not state the value: a reader never guesses
a date or an outlet. Rules for the outlet (Document.source), in order:
  1. what the file's own metadata says (front matter, a "Source:" line);
  2. the URL's host when OUTLETS_BY_HOST knows it ("themoscowtimes.com" -> "The Moscow Times");
  3. an outlet or wire agency named in the byline ("By Jane Doe, Reuters", "By X | Swiss Wire");
  4. the URL's bare host without "www." (a name we do not know is still not invented);
  5. a kicker line that *names* an outlet (a known outlet name, or "The X Times/Post/..."),
     never a section such as "Asia In News";
  6. the tag that opens the lede when it is a known outlet or wire agency ("(CNN) -- ...",
     "LONDON (Reuters) - ...", "KATHMANDU, Nepal (AP) — ...").
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+)?"
_DATE_PATTERNS = (
    re.compile(
        r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?!\d)"
        r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    ),
    re.compile(r"(?P<year>\d{4})/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})(?![\d])"),
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
)
_FOUR_DIGITS = re.compile(r"\d{4}")
# What may surround a date on a dateline without making it prose.
_DATELINE_NOISE = re.compile(
    r"\b(?:published|posted|first published|updated|last updated|modified|on|at|date|"
    r"am|pm|utc|gmt|bst|cet|cest|est|edt|et|pt|pst|pdt|jst|kst|msk|ist|sgt)\b"
    r"|\b[ap]\.m\.|\d{1,2}[:.]\d{2}(?::\d{2})?|\b\d{1,2}\s*h\s*\d{2}\b|[|•·,:;()\-–—/+]",
    re.I,
)
_UPDATED = re.compile(r"^\s*(?:last\s+)?(?:updated|modified)\b", re.I)
_DATE_LABEL = re.compile(
    r"^\s*(?:first\s+|last\s+)?(?:published|posted|updated|modified|date|dateline)\b", re.I
)


def parse_date(text: str) -> str | None:
    """The first calendar date written in `text`, as ISO YYYY-MM-DD; None if there is none."""
    if not _FOUR_DIGITS.search(text):
        return None  # every pattern has a four-digit year; most lines have none
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            iso = _iso_from_match(match)
            if iso:
                return iso
    return None


def _iso_from_match(match: re.Match) -> str | None:
    parts = match.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower().rstrip(".")]
    try:
        return date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except ValueError:
        return None


def parse_dateline(line: str) -> tuple[str, str] | None:
    """("published" | "updated", ISO date) when the whole line is a dateline, else None.

    A dateline is a date plus only the words that go with one ("Published:", a weekday, a
    time, a time zone); a sentence that merely contains a date is prose and is left alone.
    """
    iso = parse_date(line)
    if iso is None:
        return None
    rest = line
    for pattern in _DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    rest = _DATELINE_NOISE.sub(" ", rest)
    if rest.strip():
        return None
    return ("updated" if _UPDATED.match(line) else "published"), iso


def is_labelled_dateline(line: str) -> bool:
    """The line says what its date is ("Published: ...", "Updated ...", "Posted on ...")."""
    return bool(_DATE_LABEL.match(line))


def date_value(value: object) -> str | None:
    """A front-matter date (date, datetime or string in a known format) -> ISO date."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return parse_date(value)
    return None


# --- outlets -------------------------------------------------------------------------------------

OUTLETS_BY_HOST = {
    "themoscowtimes.com": "The Moscow Times",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "ap.org": "Associated Press",  # hosted.ap.org: the AP pages member papers embed
    "afp.com": "AFP",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "bloomberg.com": "Bloomberg",
    "cnn.com": "CNN",
    "npr.org": "NPR",
    "aljazeera.com": "Al Jazeera",
    "channelnewsasia.com": "CNA",
    "straitstimes.com": "The Straits Times",
    "scmp.com": "South China Morning Post",
    "japantimes.co.jp": "The Japan Times",
    "koreaherald.com": "The Korea Herald",
    "koreatimes.co.kr": "The Korea Times",
    "yna.co.kr": "Yonhap",
    "nknews.org": "NK News",
    "dw.com": "DW",
    "france24.com": "France 24",
    "euronews.com": "Euronews",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "kyivindependent.com": "The Kyiv Independent",
    "abc.net.au": "ABC News (Australia)",
    "cbc.ca": "CBC News",
    "irishtimes.com": "The Irish Times",
    "hindustantimes.com": "Hindustan Times",
    "thehindu.com": "The Hindu",
}
WIRE_AGENCIES = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "reuters": "Reuters",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "yonhap": "Yonhap",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "pa media": "PA Media",
    "bloomberg": "Bloomberg",
    "upi": "UPI",
}
_OUTLET_SHAPE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'&.-]*\s+){0,3}"
    r"(?:Times|Post|Herald|Guardian|Tribune|Journal|Gazette|Telegraph|Chronicle|Courier|"
    r"Observer|Independent|Daily|Express|Standard|Mirror|Wire|Press|Dispatch)$"
)


def outlet_from_url(url: str | None, known_only: bool = False) -> str | None:
    """The outlet a URL belongs to: a known name for well-known hosts, else the bare host
    (None instead when `known_only`)."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.removeprefix("www.")
    for known, name in OUTLETS_BY_HOST.items():
        if host == known or host.endswith("." + known):
            return name
    return None if known_only else host


def choose_source(
    stated: str | None, url: str | None, byline_outlet: str | None, kicker: str | None, lede: str = ""
) -> str | None:
    """The outlet by the rule at the top of this module; None when nothing names one."""
    return (
        stated
        or outlet_from_url(url, known_only=True)
        or byline_outlet
        or outlet_from_url(url)
        or outlet_from_kicker(kicker)
        or outlet_from_lede(lede)
    )


def wire_agency(text: str) -> str | None:
    """The agency's usual name when `text` is exactly a wire agency ("reuters" -> "Reuters")."""
    return WIRE_AGENCIES.get(" ".join(text.strip(" .()").split()).lower())


# The parenthesised tag after an optional dateline at the start of a lede: "(CNN) -- ",
# "LONDON (Reuters) - ", "KATHMANDU, Nepal (AP) — ", "(HealthDay News) ".
LEDE_TAG = re.compile(
    r"^(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z\d][\w.]*){0,2})?\s*)?"
    r"\((?P<tag>[^()]{2,30})\)\s*(?:[-–—]+\s*)?(?=[A-Z\"“‘'])"
)


def outlet_from_lede(paragraph: str) -> str | None:
    """The outlet a lede's opening tag names, when it is one we know ("(CNN) --" -> "CNN")."""
    tag = LEDE_TAG.match(paragraph)
    if tag is None:
        return None
    name = tag.group("tag").strip()
    return wire_agency(name) or (name if name in OUTLETS_BY_HOST.values() else None)


def outlet_from_kicker(kicker: str | None) -> str | None:
    """A kicker that names an outlet ("Reuters", "The Daily Courier"), never a section."""
    if not kicker:
        return None
    if wire_agency(kicker):
        return wire_agency(kicker)
    if kicker.strip() in OUTLETS_BY_HOST.values():
        return kicker.strip()
    return kicker.strip() if _OUTLET_SHAPE.match(kicker.strip()) else None


# --- bylines -------------------------------------------------------------------------------------

_BYLINE = re.compile(r"^\s*(?:written\s+)?by\s*:?\s+(?P<rest>.+)$", re.I)
_BYLINE_SEPARATORS = re.compile(r"\s*(?:\||•|·|\s[–—-]\s)\s*")


def parse_byline(line: str) -> tuple[str | None, str | None, str | None] | None:
    """(author, agency, ISO date) from a "By ..." line; None if the line is not a byline.

    "By Jane Doe and John Roe" -> author "Jane Doe and John Roe"; "By Jane Doe, Reuters" ->
    author "Jane Doe", agency "Reuters"; "By AFP" -> author "AFP", agency "AFP". After a
    separator ("|", "•", " - "), a date is the publication date and a name is the outlet:
    "By Jane Doe | Swiss Wire Service | 13 August 2025".
    """
    match = _BYLINE.match(line)
    if not match or len(line.split()) > 16:
        return None
    author = agency = published = None
    for piece in _BYLINE_SEPARATORS.split(match.group("rest").strip()):
        dated = parse_dateline(piece)
        if dated:
            published = published or dated[1]
        elif not piece.strip():
            continue
        elif author is None:
            author = piece.strip()
        else:  # "By Jane Doe | Swiss Wire Service": what follows the name is the outlet
            agency = agency or wire_agency(piece) or piece.strip()
    if author and "," in author:
        head, _, tail = author.rpartition(",")
        if wire_agency(tail):
            author, agency = head.strip(), agency or wire_agency(tail)
    if author and wire_agency(author):
        agency = agency or wire_agency(author)
    if author is None and agency is None and published is None:
        return None
    if author is not None and not looks_like_names(author):
        return None  # "By early 2005 the net could have..." is a sentence, not a byline
    return author, agency, published


_NAME_PARTICLES = frozenset("and & de van von der den da di du la le el al bin ibn y e of".split())


def looks_like_names(text: str) -> bool:
    """Capitalised words joined by "and", commas or name particles: a byline, not prose."""
    words = text.replace(",", " ").split()
    if not words or len(words) > 12 or text.rstrip().endswith((".", "!", "?")) and len(words) > 3:
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES or not w[:1].isalpha() for w in words)
