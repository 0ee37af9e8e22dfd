"""Output safety helpers for content that came from articles (see docs/security.md).

Article text is plain text and reaches HTML only through Jinja2's autoescaping. Two things
autoescaping cannot judge are handled here: which URLs may become links, and which characters
XML (the feed, the sitemap) cannot carry at all.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"
)
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) or mailto link, else None (never a link to it).

    Browsers ignore tabs, newlines and leading control characters inside a scheme, so
    "java\\tscript:" must be judged after they are dropped; such a URL is refused outright.
    """
    if not url:
        return None
    cleaned = url.strip()
    if _CONTROL.search(cleaned):
        return None
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES:
        return None
    if parts.scheme.lower() in {"http", "https"} and not parts.netloc:
        return None
    return cleaned


def xml_text(text: str | None) -> str:
    """Drop the characters XML 1.0 cannot hold (NUL, most C0 controls, lone surrogates)."""
    return _NOT_XML.sub("", text or "")
