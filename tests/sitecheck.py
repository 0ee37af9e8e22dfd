"""Link checking for a rendered site, in memory or on disk; shared by the render and browser tests.

`broken_links(files)` takes {site path: bytes} (what render_site returns, or `read_site(folder)`)
and lists every internal href/src that does not resolve to a rendered file, and every #fragment
that names no id on its target page. External links (with a scheme) are only checked for being
absolute http(s)/mailto; a relative link that climbs above the site root is broken.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from bs4 import BeautifulSoup

LINK_ATTRS = (("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"))


def read_site(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, keyed by its POSIX path relative to it."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def page_ids(markup: bytes | str) -> set[str]:
    """Every fragment a page can be linked to: element ids and <a name>."""
    soup = BeautifulSoup(markup, "html.parser")
    ids = {t["id"] for t in soup.find_all(id=True)}
    return ids | {t["name"] for t in soup.find_all("a", attrs={"name": True})}


def page_links(markup: bytes | str) -> list[str]:
    """Every href/src of a page, in document order."""
    soup = BeautifulSoup(markup, "html.parser")
    return [tag[attr] for name, attr in LINK_ATTRS for tag in soup.find_all(name) if tag.has_attr(attr)]


def resolve(page: str, href: str) -> tuple[str | None, str]:
    """A relative href on `page` -> (site path or None if it leaves the site, fragment)."""
    target, fragment = urldefrag(href)
    if not target:
        return page, fragment
    folder = posixpath.dirname(page)
    joined = posixpath.normpath(posixpath.join(folder, unquote(target)))
    if joined.startswith("../") or joined == ".." or joined.startswith("/"):
        return None, fragment
    if target.endswith("/"):
        joined = posixpath.join(joined, "index.html")
    return joined, fragment


def broken_links(files: dict[str, bytes], site_url: str | None = None) -> list[str]:
    """Every internal link of every HTML page that does not resolve, as 'page: href (why)'.

    Links under `site_url`, absolute or from its path ("/repo/...", as on 404.html), are checked
    as internal links too.
    """
    ids = {path: page_ids(data) for path, data in files.items() if path.endswith(".html")}
    site_path = urlsplit(site_url).path if site_url else None
    problems = []
    for page in sorted(ids):
        for href in page_links(files[page]):
            page_for = page
            for prefix in (site_url, site_path):
                if prefix and href.startswith(prefix):
                    href, page_for = href[len(prefix):], ""
                    break
            if urlsplit(href).scheme:
                if urlsplit(href).scheme not in {"http", "https", "mailto"}:
                    problems.append(f"{page}: {href} (unsafe scheme)")
                continue
            target, fragment = resolve(page_for or "index.html", href)
            if target is None:
                problems.append(f"{page}: {href} (leaves the site)")
            elif target not in files:
                problems.append(f"{page}: {href} (no such file {target})")
            elif fragment and fragment not in ids.get(target, set()):
                problems.append(f"{page}: {href} (no id {fragment!r} on {target})")
    return problems
