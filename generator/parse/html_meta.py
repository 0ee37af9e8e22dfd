"""Metadata of a saved news page, fused from everything the page states about itself.

Pages describe themselves several times over, with different reliability. For each field the
first source that states a usable value wins, in this order:

  title      the visible <h1> when it tells the same story as the stated title (JSON-LD
             headline > og:title > citation/parsely/dc/twitter title), else that stated title,
             else the <h1>, else <title> (a " | Site" / " - Site" suffix naming the site is
             removed). The stated title is often a search or social variant of the headline
             readers see ("Delhi air pollution: The law ...", or cut at 110 characters: "... third
             Beijing local to contract"); an <h1> sharing none of its words is the site's name or
             a section label ("India Post", "Games") and never wins.
  author     JSON-LD author (person or organisation; several joined with ", ") > meta author,
             article:author (names only, never profile URLs), parsely/citation/dc creator
  published  JSON-LD datePublished > article:published_time > date/pubdate/citation/parsely/dc
             meta tags > <time datetime> (one marked as the publication time first)
  url        <link rel=canonical> > og:url > JSON-LD url / mainEntityOfPage (absolute http(s) only)
  source     JSON-LD publisher.name > og:site_name > citation/dc publisher > the URL's host
             (a stated name that is an edition, a handle or a generic word is skipped)
  section    JSON-LD articleSection > article:section

JSON-LD is searched inside `@graph` and lists; only article types count. Nothing is guessed: a
field no source states stays None.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from generator.parse import lexicon as lx
from generator.parse.metadata import outlet_from_url, parse_date
from generator.parse.summary import content_words

ARTICLE_TYPES = frozenset(
    {
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
        "scholarlyarticle", "techarticle", "report", "socialmediaposting", "askpublicnewsarticle",
    }
)
_TITLE_META = ("og:title", "citation_title", "parsely-title", "dc.title", "dcterms.title", "twitter:title")
_AUTHOR_META = ("author", "article:author", "parsely-author", "citation_author", "dc.creator",
                "dcterms.creator", "sailthru.author", "byl")
_DATE_META = ("article:published_time", "article:published", "og:published_time", "date", "pubdate", "publishdate",
              "publish-date", "publish_date", "citation_publication_date", "citation_date",
              "citation_online_date", "parsely-pub-date", "dc.date", "dc.date.issued", "dcterms.created",
              "dcterms.issued", "dcterms.date", "sailthru.date", "article.published", "datepublished")
_SOURCE_META = ("og:site_name", "citation_journal_title", "citation_publisher", "dc.publisher",
                "dcterms.publisher", "application-name")
_SECTION_META = ("article:section", "parsely-section")
MIN_YEAR, MAX_YEAR = 1800, 2200
SAME_HEADLINE_SHARE = 0.4  # of the shorter title's content words, for an <h1> to be its wording
_DATE_BOX = re.compile(r"publish|dateline|pubdate|post-?date|entry-date|article-?date|timestamp|\bdate\b", re.I)
_UPDATE_WORDS = re.compile(r"\s*(?:updated?|modified|last\s+changed)", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
_URL = re.compile(r"^https?://[^\s<>\"']+$", re.I)
_LD_JSON = re.compile(r"application/ld\+json", re.I)
_NON_ALNUM = re.compile(r"[\W_]+")
_TITLE_WORD = re.compile(r"\w+")
_URL_HOST = re.compile(r"^https?://(?:www\.)?([^/:?#]+)", re.I)
_GENERIC_SITE_NAMES = frozenset("hosted news home homepage edition online web website mobile amp live blog blogs".split())
_BYLINE_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av)\s+", re.I)


@dataclass(frozen=True)
class PageMeta:
    """The fused metadata of one page; None where the page does not say."""

    title: str | None
    author: str | None
    published: str | None
    url: str | None
    source: str | None
    section: str | None
    description: str | None


def read_page_meta(soup: BeautifulSoup) -> PageMeta:
    """Fuse JSON-LD, OpenGraph, meta tags and visible markup into one PageMeta."""
    ld = first_article_object(soup)
    meta = meta_tags(soup)
    url = first_value(canonical_url(soup), web_url(meta.get("og:url")), web_url(ld_url(ld)))
    site = first_value(ld_publisher(ld), *(meta.get(n) for n in _SOURCE_META))
    outlet = site if names_the_outlet(site) else None
    stated = first_value(ld_text(ld.get("headline")), *(meta.get(n) for n in _TITLE_META))
    title = first_value(visible_headline(stated, heading_text(soup)), page_title(soup))
    section = first_value(ld_section(ld), *(meta.get(n) for n in _SECTION_META))
    return PageMeta(
        title=strip_section_prefix(strip_site_suffix(title, site, url), section) if title else None,
        author=first_value(ld_author(ld), meta_author(meta)),
        published=first_value(
            publication_date(ld_text(ld.get("datePublished"))),
            *(publication_date(meta.get(n)) for n in _DATE_META),
            time_element_date(soup),
            visible_date(soup),
        ),
        url=url,
        source=first_value(outlet, outlet_from_url(url), title_suffix(page_title(soup))),
        section=section,
        description=first_value(meta.get("og:description"), meta.get("description")),
    )


def collapse_spaces(text: str) -> str:
    """Every run of whitespace (newlines and non-breaking spaces included) -> one space."""
    return " ".join(text.split())


def first_value(*values: str | None) -> str | None:
    """The first value that is non-empty as plain text, whitespace collapsed."""
    for value in values:
        text = plain_text(value) if isinstance(value, str) else ""
        if text:
            return text
    return None


def plain_text(value: str) -> str:
    """Metadata as plain text: entities decoded (JSON-LD often double-encodes them), tags dropped."""
    text = html.unescape(value)
    if "<" in text and ">" in text:
        fragment = BeautifulSoup(text, "html.parser")
        for element in fragment.find_all(["script", "style"]):
            element.decompose()
        text = fragment.get_text(" ")
    return collapse_spaces(text)


def publication_date(value: str | None) -> str | None:
    """An ISO date from a date/time string; placeholder years ("0001-01-01") count as none."""
    found = parse_date(value or "")
    return found if found and MIN_YEAR <= int(found[:4]) <= MAX_YEAR else None


# --- JSON-LD ---------------------------------------------------------------------------------


def first_article_object(soup: BeautifulSoup) -> dict:
    """The first JSON-LD object typed as an article, or {} when the page has none."""
    for script in soup.find_all("script", attrs={"type": _LD_JSON}):
        for obj in walk_json_objects(load_json(script.string or script.get_text())):
            if is_article(obj):
                return obj
    return {}


def load_json(text: str) -> object:
    """Parse a JSON-LD block; pages often leave control characters or HTML comments in them."""
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):  # RecursionError: hostile nesting thousands deep
        return None


def walk_json_objects(value: object, depth: int = 0) -> Iterator[dict]:
    """Every dict in a JSON value (through `@graph`, lists and nesting), depth-first, bounded."""
    if depth > 8:
        return
    if isinstance(value, dict):
        yield value
        for child in value.values():
            if isinstance(child, (dict, list)):
                yield from walk_json_objects(child, depth + 1)
    elif isinstance(value, list):
        for child in value:
            yield from walk_json_objects(child, depth + 1)


def is_article(obj: dict) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.split("/")[-1].lower() in ARTICLE_TYPES for k in kinds)


def ld_text(value: object) -> str | None:
    """A JSON-LD value as text: strings as they are, the first of a list, a dict's name."""
    if isinstance(value, list):
        return next((t for t in map(ld_text, value) if t), None)
    if isinstance(value, dict):
        return ld_text(value.get("name") or value.get("@value"))
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return collapse_spaces(str(value)) or None
    return None


def ld_author(ld: dict) -> str | None:
    """Author names from JSON-LD (person or organisation, one or a list), joined with ", "."""
    value = ld.get("author") or ld.get("creator")
    people = value if isinstance(value, list) else [value]
    names = [name for name in (ld_text(p) for p in people) if name and not _URL.match(name)]
    return ", ".join(dict.fromkeys(names)) or None


def ld_publisher(ld: dict) -> str | None:
    return ld_text(ld.get("publisher"))


def ld_url(ld: dict) -> str | None:
    page = ld.get("mainEntityOfPage")
    page_id = page.get("@id") or page.get("url") if isinstance(page, dict) else page
    return first_value(web_url(ld_text(ld.get("url"))), web_url(page_id if isinstance(page_id, str) else None))


def ld_section(ld: dict) -> str | None:
    return ld_text(ld.get("articleSection"))


# --- meta tags and markup ----------------------------------------------------------------------


def meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    """<meta name|property|itemprop=... content=...> by every name a tag carries, lower-cased.

    The first value of each name wins. Authors are the exception: every author tag is kept,
    joined with a tab, so several `citation_author` or `article:author` tags make one list.
    """
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for key in meta_names(tag):
            if key in _AUTHOR_META and key in found:
                found[key] += "\t" + content
            else:
                found.setdefault(key, content)
    return found


def meta_names(tag: Tag) -> list[str]:
    """The names a <meta> answers to: its property, name and each word of its itemprop."""
    names = []
    for attribute in ("property", "name", "itemprop"):
        value = tag.get(attribute)
        if isinstance(value, list):
            value = " ".join(value)
        if isinstance(value, str):
            names += value.lower().split() if attribute == "itemprop" else [value.strip().lower()]
    return list(dict.fromkeys(n for n in names if n))


def meta_author(meta: dict[str, str]) -> str | None:
    """The first author meta tag that holds names (not profile URLs), its names joined."""
    for key in _AUTHOR_META:
        names = [_BYLINE_PREFIX.sub("", collapse_spaces(n)) for n in meta.get(key, "").split("\t")]
        names = [n for n in names if n and not _URL.match(n) and not n.startswith(("http", "www."))]
        if names:
            return ", ".join(dict.fromkeys(names))
    return None


def canonical_url(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rel = rel if isinstance(rel, list) else rel.split()
        if "canonical" in (r.lower() for r in rel):
            return web_url(link["href"])
    return None


def web_url(value: str | None) -> str | None:
    """An absolute http(s) URL, else None: relative paths and javascript: links are dropped."""
    value = value.strip() if isinstance(value, str) else ""
    return value if _URL.match(value) else None


def heading_text(soup: BeautifulSoup) -> str | None:
    """The first <h1> that holds text (inside the article when there is one)."""
    scope = soup.find("article") or soup
    for h1 in scope.find_all("h1") or soup.find_all("h1"):
        text = collapse_spaces(h1.get_text(" "))
        if text:
            return text
    return None


def visible_headline(stated: str | None, heading: str | None) -> str | None:
    """The page's <h1> when it is a wording of the stated title, else the stated title (the
    <h1> when the page states none). An <h1> that is only the stated title's opening words is a
    shortened display of it: the stated title says more."""
    if stated is None or heading is None:
        return stated or heading
    if not same_headline(stated, heading) or starts_with_words(stated, heading):
        return stated
    return heading


def starts_with_words(text: str, opening: str) -> bool:
    """Whether `text`'s words (case-folded) begin with all of `opening`'s."""
    first, start = _TITLE_WORD.findall(text.casefold()), _TITLE_WORD.findall(opening.casefold())
    return first[: len(start)] == start


def same_headline(first: str, second: str) -> bool:
    """Two wordings of one headline: they share at least two content words, and at least
    SAME_HEADLINE_SHARE of the shorter one's ("Sweden drops Assange rape investigation" and
    "Julian Assange: Sweden drops rape investigation"; not a headline and a site name)."""
    ours, theirs = content_words(first), content_words(second)
    shared = len(ours & theirs)
    return shared >= 2 and shared >= SAME_HEADLINE_SHARE * min(len(ours), len(theirs))


def page_title(soup: BeautifulSoup) -> str | None:
    return collapse_spaces(soup.title.get_text(" ")) if soup.title else None


def time_element_date(soup: BeautifulSoup) -> str | None:
    """The date of the <time datetime> marked as the publication time, else of the first one."""
    times = [t for t in soup.find_all("time") if isinstance(t, Tag) and t.get("datetime")]
    marked = [t for t in times if t.get("itemprop") == "datePublished" or t.has_attr("pubdate")]
    for element in marked + times:
        date = publication_date(str(element["datetime"]))
        if date:
            return date
    return None


def visible_date(soup: BeautifulSoup) -> str | None:
    """A short date line in a box named for the publication date ("Published 2:44 p.m. Nov. 19, 2019").

    Boxes and lines about updates or modifications are skipped: they do not give the publication date.
    """
    for element in soup.find_all(["div", "span", "p", "li"], attrs={"class": _DATE_BOX}):
        names = " ".join(element.get("class") or [])
        text = collapse_spaces(element.get_text(" "))
        if _UPDATE_WORDS.search(names) or _UPDATE_WORDS.match(text) or len(text) > 80:
            continue
        date = publication_date(text)
        if date:
            return date
    return None


def strip_site_suffix(title: str, site: str | None, url: str | None) -> str:
    """"Headline | Site" -> "Headline": drop a trailing (or leading) part that names the site.

    A part names the site when it equals the site name or the URL's host, or when it is the
    last part, short (at most four words) and the rest is clearly the longer headline.
    """
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    names = {_squash(n) for n in (site, outlet_from_url(url), _host(url)) if n}
    if _squash(parts[-1]) in names or looks_like_site_suffix(parts):
        return _rejoin(title, parts[:-1])
    if _squash(parts[0]) in names:
        return _rejoin(title, parts[1:])
    return title


def strip_section_prefix(title: str, section: str | None) -> str:
    """"Opinion | Headline" -> "Headline" when the leading part is the article's section."""
    parts = _TITLE_SEPARATORS.split(title)
    if section and len(parts) >= 2 and _squash(parts[0]) == _squash(section):
        return _rejoin(title, parts[1:])
    return title


def title_suffix(title: str | None) -> str | None:
    """The " | Site" part of a page <title>: the site's own name when nothing else gives it."""
    parts = _TITLE_SEPARATORS.split(title or "")
    return parts[-1] if len(parts) >= 2 and looks_like_site_suffix(parts) else None


def looks_like_site_suffix(parts: list[str]) -> bool:
    """The last part is short (1-4 words) and the headline before it at least twice as long."""
    suffix_words = len(parts[-1].split())
    return 1 <= suffix_words <= 4 and len(" ".join(parts[:-1]).split()) >= 2 * suffix_words


def _rejoin(title: str, parts: list[str]) -> str:
    """Rejoin kept parts with the separators they had in the original title."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(parts)


def _squash(text: str) -> str:
    return _NON_ALNUM.sub("", text.lower()).removeprefix("www").removeprefix("the")


def names_the_outlet(site: str | None) -> bool:
    """Whether a page's stated site name is its outlet's name. Some sites state their edition
    (Reuters: "U.S."), a social handle (PolitiFact: "@politifact") or a generic word (the AP's
    embedded pages on hosted.ap.org: "Hosted"); the URL names them better."""
    if not site:
        return False
    key = " ".join(site.lower().split())
    return not (
        site.startswith("@") or key in lx.PLACES or key.replace(".", "") in lx.PLACES or key in _GENERIC_SITE_NAMES
    )


def _host(url: str | None) -> str | None:
    match = _URL_HOST.match(url or "")
    return match.group(1).rsplit(".", 1)[0] if match else None
