"""Render the whole static site: Digest -> {path inside the site: bytes}. Pure; write.py writes.

Every page is a template from templates/ filled with view values (render/views.py); links are
relative, prefixed with `root` ("" at the top, "../" one folder down), so the same files work
under https://user.github.io/<repo>/ and from disk.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit
from typing import Any

import jinja2

from generator.config import Config
from generator.errors import DigestError
from generator.models import Article, Digest
from generator.render.article_view import make_article_view
from generator.render.environment import make_environment
from generator.render.paths import article_path
from generator.render.feeds import absolute_base, atom_date, entry_id, generated_date, robots_txt
from generator.render.index_views import FrontPage, make_outlet_views, make_speaker_views, paginate_front_page
from generator.render.safety import CONTENT_SECURITY_POLICY
from generator.render.story_view import make_story_view
from generator.render.views import SiteIndex, StoryView, fill_missing_titles, sort_stories

STATIC_FILES = ("static/style.css", "static/favicon.svg")  # copied verbatim from templates/


def render_digest_json(digest: Digest) -> bytes:
    """digest.json: sorted keys, one record per line, so equal input gives equal bytes."""
    return b"".join(digest_json_chunks(digest))


def digest_json_chunks(digest: Digest) -> Iterator[bytes]:
    """digest.json in pieces of a record or so, so a 10,000-article digest is never one string.

    Each record is encoded on one line because `indent` forces json's pure-Python encoder,
    several times slower than the C one on large digests; a line per record still diffs well.
    Records are converted one at a time (not `digest.to_json()` whole) to keep memory flat.
    """
    sections = {
        "articles": (a.to_json for a in digest.articles),
        "stories": (s.to_json for s in digest.stories),
        "quotes": (q.to_json for q in digest.quotes),
    }
    yield b"{\n"
    for number, key in enumerate(sorted(sections)):
        yield utf8(("" if number == 0 else ",\n") + f"{compact_json(key)}: ")
        yield from json_array_chunks(to_json() for to_json in sections[key])
    yield b"\n}\n"


def json_array_chunks(items: Iterable[Any]) -> Iterator[bytes]:
    """A JSON array with one element per line ('[]' when empty), as it is encoded."""
    first = True
    for item in items:
        yield utf8(("[\n" if first else ",\n") + compact_json(item))
        first = False
    yield b"[]" if first else b"\n]"


def compact_json(value: Any) -> str:
    """One line of JSON (newlines inside strings are escaped), keys sorted, UTF-8 kept as is."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


FileContent = bytes | Iterator[bytes]


@dataclass(frozen=True)
class PreparedFile:
    """A file about to be rendered: its key (for HTML pages) and how to render it.

    `key` is a hash of everything the page is made of (template, path, site settings and the
    page's views, plus `salt`: the templates and code), so a page with the key of the page an
    earlier build wrote would come out with the same bytes, and need not be rendered again.
    """

    key: str | None
    render: Callable[[], FileContent]


@dataclass(frozen=True)
class SitePlan:
    """Every file of the site by path, each rendered only when asked for.

    Planning builds the views every page shares (stories, outlets); a page's own view (an
    article page) is made when that page is rendered. Files can then be rendered one at a time
    (or in worker processes) and written as they come, so the site is never all in memory.
    """

    env: jinja2.Environment
    site: dict[str, Any]
    files: dict[str, Callable[[], FileContent]]
    pages: dict[str, "PageSpec"]

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(sorted([*self.files, *self.pages]))

    def render(self, path: str) -> FileContent:
        """One file's bytes (digest.json: its chunks, in order)."""
        return self.prepare(path).render()

    def render_bytes(self, path: str) -> bytes:
        content = self.render(path)
        return content if isinstance(content, bytes) else b"".join(content)

    def prepare(self, path: str, salt: str = "") -> PreparedFile:
        """The file at `path`, with its key when it is an HTML page."""
        if path not in self.pages:
            return PreparedFile(None, self.files[path])
        spec = self.pages[path]
        context = spec.context()
        render = functools.partial(render_page, self.env, spec.template, path, self.site, context)
        return PreparedFile(page_key(salt, spec.template, path, self.site, context), render)


def page_key(salt: str, template: str, path: str, site: dict[str, Any], context: dict[str, Any]) -> str:
    """A hash of a page's inputs. Views are frozen dataclasses of strings and numbers, so their
    pickle holds all of their content: equal keys mean equal inputs (the reverse need not hold,
    which only costs a render).

    The pickler runs without its memo ("fast" mode), so the bytes depend on the values alone,
    not on which equal strings happen to be one object (that differs between a freshly parsed
    article and one loaded from the cache).
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump((template, path, site, context))
    return hashlib.blake2b(salt.encode() + b"\0" + buffer.getvalue(), digest_size=20).hexdigest()


def render_site(digest: Digest, config: Config) -> dict[str, bytes]:
    """Every file of the site in memory (for tests and small digests; builds stream a SitePlan)."""
    plan = plan_site(digest, config)
    return {path: plan.render_bytes(path) for path in plan.paths}


def plan_site(digest: Digest, config: Config) -> SitePlan:
    """The SitePlan of a digest; the feed is dated by digest.generated or the newest article."""
    env = make_environment(config.templates)
    raw = digest  # digest.json carries the data as it is, blank titles too
    digest = fill_missing_titles(digest)
    pages, stories = plan_pages(digest, config.stories_per_page)
    base = absolute_base(config.site_url)
    site = {
        "site_title": config.title,
        "description": config.description,
        "csp": CONTENT_SECURITY_POLICY,
        "site_url": base,
    }
    files: dict[str, Callable[[], FileContent]] = {"digest.json": lambda: digest_json_chunks(raw)}
    for name in STATIC_FILES:
        files[name] = functools.partial(read_static, env, name)
    files["feed.xml"] = lambda: render_feed(env, digest, stories, site)
    files["robots.txt"] = lambda: robots_txt(base)
    if base:
        files["sitemap.xml"] = lambda: render_sitemap(env, sorted(pages), base)
    for template in sorted({spec.template for spec in pages.values()} | {"feed.xml", "sitemap.xml"}):
        env.get_template(template)  # compiled once here, not again in every render worker
    return SitePlan(env, site, files, pages)


PageContext = Callable[[], dict[str, Any]]


@dataclass(frozen=True)
class PageSpec:
    """One HTML page to render: its template and the function making its views.

    Every page is keyed (PreparedFile): pickling a page's views costs a few percent of rendering
    them, so even the quote index, whose views are all quotes, is skipped when they did not change.
    """

    template: str
    context: PageContext


def plan_pages(digest: Digest, per_page: int = 0) -> tuple[dict[str, PageSpec], tuple[StoryView, ...]]:
    """Every HTML page as path -> PageSpec; also the stories, newest first.

    Views shared by many pages (stories, outlets) are made once here; an article's own view only
    when its page is rendered. `per_page`: stories per front page (0: all on index.html).
    """
    index = SiteIndex(digest)
    stories = tuple(make_story_view(index, s) for s in sort_stories(digest.stories))
    articles = sorted(digest.articles, key=lambda a: a.id)
    outlets = make_outlet_views(index, digest, stories)
    in_stories = {i for s in digest.stories for i in s.articles}
    others = [a for a in articles if a.id not in in_stories]
    pages: dict[str, PageSpec] = {
        "sources/index.html": PageSpec("sources_index.html", lambda: {"outlets": outlets}),
        "quotes.html": PageSpec("quotes.html", lambda: {"speakers": make_speaker_views(index, digest)}),
        "404.html": PageSpec("404.html", dict),
    }
    for front in paginate_front_page(stories, per_page):
        others_here = others if front.number == 1 else []
        _add(pages, front.path, PageSpec("index.html", functools.partial(_front_page_context, index, front, others_here)))
    for story in stories:
        _add(pages, story.href, PageSpec("story.html", functools.partial(dict, story=story)))
    for article in articles:
        _add(pages, article_path(article.id), PageSpec("article.html", functools.partial(_article_context, index, article)))
    for outlet in outlets:
        _add(pages, outlet.href, PageSpec("source.html", functools.partial(dict, outlet=outlet)))
    return pages, stories


def _front_page_context(index: SiteIndex, front: FrontPage, others: list[Article]) -> dict[str, Any]:
    """Page 1 also lists the articles no story holds; every page has the pager."""
    return {"stories": front.stories, "page": front, "others": [make_article_view(index, a) for a in others]}


def _article_context(index: SiteIndex, article: Article) -> dict[str, Any]:
    return {"article": make_article_view(index, article)}


def render_page(env: jinja2.Environment, template: str, path: str, site: dict, context: dict) -> bytes:
    """One HTML page; `root` climbs back to the site root from the page's folder.

    404.html is served by GitHub Pages for a missing page at any depth, so its links start
    from the site's path ("/repo/") when site_url is known (and are relative to the top
    otherwise). A path, not the full URL: the page then also works on a preview server.
    """
    root = "../" * path.count("/")
    if path == "404.html" and site["site_url"]:
        root = urlsplit(site["site_url"]).path
    page = env.get_template(template).render(root=root, path=path, **site, **context)
    return utf8(page)


def render_feed(env: jinja2.Environment, digest: Digest, stories: tuple[StoryView, ...], site: dict) -> bytes:
    """Atom 1.0: one entry per story, newest first; ids from story ids, dates from articles."""
    updated = generated_date(digest)
    entries = [
        {"story": s, "id": entry_id(s.id), "updated": atom_date(s.published) or updated}
        for s in stories
    ]
    text = env.get_template("feed.xml").render(
        entries=entries, updated=updated, link_base=site["site_url"] or "", **site
    )
    return utf8(text)


def render_sitemap(env: jinja2.Environment, paths: list[str], base: str) -> bytes:
    """sitemap.xml lists every page except 404.html, with absolute URLs (the protocol needs them)."""
    urls = [base + p for p in paths if p != "404.html"]
    return utf8(env.get_template("sitemap.xml").render(urls=urls))


def read_static(env: jinja2.Environment, name: str) -> bytes:
    """A static file that lives beside the templates, copied verbatim (loaded like a template)."""
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, name)
    return source.encode("utf-8")


def utf8(text: str) -> bytes:
    """UTF-8 bytes; a lone surrogate (which no valid input holds, but Python strings can) becomes '?'."""
    return text.encode("utf-8", errors="replace")


def _add(pages: dict, path: str, page: PageSpec) -> None:
    """Refuse to render two pages to one path (two ids that map to the same file name)."""
    if path in pages:
        raise DigestError(f"two pages would be written to {path}; ids must be unique")
    pages[path] = page
