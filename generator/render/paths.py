"""Output file names and in-site links: the only place a Digest id becomes part of a path.

Ids made by generator.slug are already safe slugs and pass through unchanged (so other renderers,
such as the email, can link to `stories/<id>.html`). Anything else, say a hand-made id like
"../../etc/passwd", is slugified and given a hash of the original, so it can never name a path
outside the site nor collide with a clean id.
"""

from __future__ import annotations

from generator.slug import short_hash, slugify

UNKNOWN_SOURCE = "Unknown source"


def page_name(identifier: str) -> str:
    """A file-name-safe, stable stand-in for an id (the id itself when it is already a slug)."""
    slug = slugify(identifier, 80)
    return slug if slug == identifier else f"{slugify(identifier, 60)}-{short_hash(identifier)}"


def article_path(article_id: str) -> str:
    return f"articles/{page_name(article_id)}.html"


def story_path(story_id: str) -> str:
    return f"stories/{page_name(story_id)}.html"


def source_path(slug: str) -> str:
    return f"sources/{slug}.html"


def outlet_name(source: str | None) -> str:
    """The outlet name shown for an article; articles that do not state one share a label."""
    return source.strip() if source and source.strip() else UNKNOWN_SOURCE


def outlet_slugs(names: list[str]) -> dict[str, str]:
    """Outlet name -> page slug, unique even when two names slugify alike ("AP" and "A.P.")."""
    slugs: dict[str, str] = {}
    taken: set[str] = {"index"}
    for name in sorted(set(names)):
        slug = slugify(name, 60)
        if slug in taken:
            slug = f"{slug}-{short_hash(name)}"
        taken.add(slug)
        slugs[name] = slug
    return slugs


def unique_anchors(names: list[str], prefix: str) -> dict[str, str]:
    """Name -> an HTML id (`prefix-slug`), unique across the page."""
    anchors: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(set(names), key=lambda n: (n.casefold(), n)):
        anchor = f"{prefix}-{slugify(name, 60)}"
        if anchor in taken:
            anchor = f"{anchor}-{short_hash(name)}"
        taken.add(anchor)
        anchors[name] = anchor
    return anchors
