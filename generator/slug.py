"""Safe, stable slugs: the only way a name from an article becomes part of an output path."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens; never empty, never '.', '..' or a path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or "untitled"


def short_hash(text: str, length: int = 8) -> str:
    """A short, stable hex digest, to keep slugs of equal titles apart."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def stable_id(title: str, key: str) -> str:
    """An id that is readable (from the title) and unique (from `key`, e.g. the file path)."""
    return f"{slugify(title, 50)}-{short_hash(key, 6)}"
