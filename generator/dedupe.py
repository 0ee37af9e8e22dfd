"""Drop articles that are already in the digest: the same URL, or the same body text.

A folder of scraped news often holds the same article twice (saved twice, or once as text and
once as HTML). Keeping both would make one outlet look like two and double its quotes, so the
second copy is skipped with a Problem naming the file it duplicates. The first by path is kept,
so the result does not depend on the order files were read or parsed in.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit

from generator.models import Article, Problem

_TRACKING_PARAMS = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.I)


def drop_duplicates(articles: tuple[Article, ...]) -> tuple[tuple[Article, ...], list[Problem]]:
    """(articles without repeats, one Problem per skipped copy), keeping the first by file path."""
    seen_urls: dict[str, str] = {}
    seen_bodies: dict[str, str] = {}
    kept: list[Article] = []
    problems: list[Problem] = []
    for article in sorted(articles, key=lambda a: a.file):
        url, body = normalise_url(article.url), normalise_body(article.paragraphs)
        if url and url in seen_urls:
            problems.append(Problem(article.file, f"duplicate of {seen_urls[url]} (same URL); skipped"))
        elif body and body in seen_bodies:
            problems.append(Problem(article.file, f"duplicate of {seen_bodies[body]} (same article text); skipped"))
        else:
            kept.append(article)
            if url:
                seen_urls[url] = article.file
            if body:
                seen_bodies.setdefault(body, article.file)
    return tuple(kept), problems


def normalise_url(url: str | None) -> str | None:
    """The parts of a URL that name the page: no scheme, "www.", fragment or tracking query."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().removeprefix("www.")
    except ValueError:
        return None
    if not host:
        return None
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k))
    path = parts.path.rstrip("/") or "/"
    return f"{host}{path}" + (f"?{urlencode(query)}" if query else "")


def normalise_body(paragraphs: tuple[str, ...]) -> str:
    """Body text with case, punctuation, quote style and spacing ironed out."""
    text = unicodedata.normalize("NFKC", " ".join(paragraphs)).casefold()
    return " ".join(re.findall(r"\w+", text))
