"""Dates and absolute URLs for the Atom feed, the sitemap and robots.txt (the XML is in templates/).

Nothing here reads the clock: entry dates come from the articles, and the feed's own date from
digest.generated (build() sets it from SOURCE_DATE_EPOCH, see reproducible-builds.org), else
from the newest article.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime, timezone

from generator.models import Digest

EPOCH = "1970-01-01T00:00:00Z"
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_PLAIN_URL = re.compile(r"^https?://[^/\s\"'<>`\\]+[^\s\"'<>`\\\x00-\x1f\x7f]*$")
_ID_NAMESPACE = uuid.UUID("5b0f2d9e-8f0c-4a55-9a43-6e5d0c1b7a21")  # fixed: ids never change


def atom_date(iso: str | None) -> str | None:
    """'2024-03-05' (or '2024-03', '2024') -> '2024-03-05T00:00:00Z'; None when not a date."""
    match = _ISO_DATE.match(iso or "")
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        datetime(int(year), int(month), int(day))
    except ValueError:
        return None
    return f"{year}-{month}-{day}T00:00:00Z"


def source_date_epoch(environ: Mapping[str, str]) -> str | None:
    """SOURCE_DATE_EPOCH (seconds since 1970) as an Atom date; None when unset or invalid."""
    value = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value.isdigit():
        return None
    moment = datetime.fromtimestamp(int(value), tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def generated_date(digest: Digest) -> str:
    """The site's own date: digest.generated (SOURCE_DATE_EPOCH), else the newest article's."""
    if digest.generated:
        return digest.generated
    dates = [d for d in (atom_date(a.published) for a in digest.articles) if d]
    return max(dates, default=EPOCH)


def entry_id(story_id: str) -> str:
    """A stable Atom id for a story: the same story id gives the same id, wherever it is hosted."""
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, 'story:' + story_id)}"


def absolute_base(site_url: str | None) -> str | None:
    """site_url with exactly one trailing slash, or None when it is unset or not a plain http(s) URL.

    Characters that need escaping anywhere (space, quotes, <, >, controls) are refused, so the
    URL reads the same in HTML, XML and the plain-text robots.txt.
    """
    if not site_url or not _PLAIN_URL.match(site_url.strip()):
        return None
    return site_url.strip().rstrip("/") + "/"


def robots_txt(base: str | None) -> bytes:
    """robots.txt: everything may be crawled; the sitemap is named when its URL is known."""
    lines = ["User-agent: *", "Allow: /"]
    if base:
        lines += ["", f"Sitemap: {base}sitemap.xml"]
    return ("\n".join(lines) + "\n").encode("ascii", errors="replace")
