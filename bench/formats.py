"""Write a benchmark corpus as input for each generator: ours, Pelican's and Hugo's.

Ours gets the formats newsdigest reads (scraped plain text with a byline and a date line, and
Markdown with YAML front matter, alternately); Pelican and Hugo get the same articles as plain
Markdown pages with their own metadata, and the smallest configuration that renders every page.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bench.corpus import CorpusArticle

PELICAN_CONF = """\
AUTHOR = "bench"
SITENAME = "Benchmark"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 10
RELATIVE_URLS = True
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""

HUGO_CONF = """\
baseURL = "https://example.org/"
title = "Benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
relativeURLs = true
"""

# The smallest layout that renders every article page and a front page listing them.
HUGO_LAYOUTS = {
    "baseof.html": (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
        "</head><body>{{ block \"main\" . }}{{ end }}</body></html>\n"
    ),
    "single.html": (
        "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.author }}, "
        "{{ .Date.Format \"2 January 2006\" }}</p>{{ .Content }}</article>{{ end }}\n"
    ),
    "list.html": (
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}"
        "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n"
    ),
}


def write_ours(corpus: tuple[CorpusArticle, ...], folder: Path) -> None:
    """Our input: even articles as scraped text, odd ones as Markdown with front matter."""
    _fresh(folder)
    for index, article in enumerate(corpus):
        if index % 2:
            (folder / f"{article.slug}.md").write_text(_front_matter_markdown(article), "utf-8")
        else:
            (folder / f"{article.slug}.txt").write_text(_scraped_text(article), "utf-8")


def write_pelican(corpus: tuple[CorpusArticle, ...], folder: Path) -> None:
    """A Pelican project: content/*.md with Pelican's metadata lines, and pelicanconf.py."""
    _fresh(folder)
    content = folder / "content"
    content.mkdir()
    (folder / "pelicanconf.py").write_text(PELICAN_CONF, "utf-8")
    for article in corpus:
        meta = (
            f"Title: {_one_line(article.title)}\nDate: {article.published.isoformat()}\n"
            f"Category: {article.category}\nAuthor: {article.outlet}\nSlug: {article.slug}\n\n"
        )
        (content / f"{article.slug}.md").write_text(meta + _markdown_body(article), "utf-8")


def write_hugo(corpus: tuple[CorpusArticle, ...], folder: Path) -> None:
    """A Hugo project: content/posts/*.md with front matter, hugo.toml and a minimal layout."""
    _fresh(folder)
    posts = folder / "content" / "posts"
    posts.mkdir(parents=True)
    layouts = folder / "layouts"
    layouts.mkdir()
    (folder / "hugo.toml").write_text(HUGO_CONF, "utf-8")
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text, "utf-8")
    for article in corpus:
        front = (
            f"---\ntitle: {json.dumps(article.title)}\ndate: {article.published.isoformat()}\n"
            f"author: {json.dumps(article.outlet)}\ncategories: [{article.category}]\n---\n\n"
        )
        (posts / f"{article.slug}.md").write_text(front + _markdown_body(article), "utf-8")


def _scraped_text(article: CorpusArticle) -> str:
    date = f"{article.published:%B} {article.published.day}, {article.published.year}"
    head = [article.title, f"By {article.outlet}", date]
    return "\n\n".join([*head, *article.paragraphs]) + "\n"


def _front_matter_markdown(article: CorpusArticle) -> str:
    front = (
        f"---\ntitle: {json.dumps(article.title)}\nsource: {json.dumps(article.outlet)}\n"
        f"date: {article.published.isoformat()}\n"
        f"url: https://news.example.org/{article.category}/{article.slug}\n---\n\n"
    )
    return front + f"# {article.title}\n\n" + _markdown_body(article)


def _markdown_body(article: CorpusArticle) -> str:
    return "\n\n".join(article.paragraphs) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _fresh(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
