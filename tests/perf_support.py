"""Varied articles for the cache, parallel and incremental-write tests, written into a folder.

Different outlets, formats (scraped text, Markdown with front matter, saved HTML), quote styles
(straight, curly, « », „ “) and one file that cannot be parsed, so the tests exercise the same
mix a real seeds folder has, not one happy case.
"""

from __future__ import annotations

from pathlib import Path

from generator.config import Config

ARTICLES = {
    "wires/port-strike.txt": (
        "Dock workers walk out at Rotterdam port\n\nBy Reuters\n\nMarch 3, 2025\n\n"
        "Thousands of dock workers walked out on Monday, halting container traffic.\n\n"
        "\u201cWe will not accept these terms,\u201d union leader Niek Jansen said.\n"
    ),
    "wires/port-strike-afp.md": (
        "---\ntitle: Rotterdam dockers strike over pay\nsource: AFP\ndate: 2025-03-03\n"
        "url: https://example.org/afp/rotterdam\n---\n\n"
        "Dockers in Rotterdam stopped work on Monday.\n\n"
        "\u00ab Nous ne c\u00e9derons pas \u00bb, a d\u00e9clar\u00e9 Niek Jansen, selon l'AFP.\n"
    ),
    "de/hafen.html": (
        "<!doctype html><html><head><title>Hafenarbeiter streiken</title></head><body>"
        "<article><h1>Hafenarbeiter streiken in Rotterdam</h1>"
        "<p>Die Hafenarbeiter legten am Montag die Arbeit nieder.</p>"
        "<p>\u201eWir geben nicht nach\u201c, sagte Gewerkschaftschef Niek Jansen.</p>"
        "</article></body></html>\n"
    ),
    "sport/final.txt": (
        "Late goal settles cup final\n\nBy Sky Sports\n\nMay 18, 2025\n\n"
        "A stoppage-time header won the cup on Saturday.\n\n"
        "'It was the best night of my life,' the captain said.\n"
    ),
    "tech/chips.md": (
        "---\ntitle: \"Chipmaker's profits double\"\nsource: The Register\ndate: 2025-01-29\n---\n\n"
        "The company said on Wednesday that profits had doubled to $2.1bn.\n\n"
        "\"Demand is not slowing,\" chief executive Ana Ruiz told analysts.\n"
    ),
}
BAD_FILES = {"broken/empty.txt": ""}


def write_articles(folder: Path, articles: dict[str, str] | None = None) -> Path:
    """Write the varied articles (and the bad file) under `folder`; return it."""
    for relpath, text in {**(articles or ARTICLES), **BAD_FILES}.items():
        path = folder / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def make_config(tmp_path: Path, **overrides) -> Config:
    """A Config reading tmp_path/seeds, writing tmp_path/site, caching in tmp_path/cache."""
    values = {"seeds": tmp_path / "seeds", "out": tmp_path / "site",
              "cache_dir": tmp_path / "cache", "jobs": 1, "progress": False, **overrides}
    return Config(**values)


def read_tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (relative POSIX path -> bytes), to compare two sites."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}
