"""digest.json against its documentation: docs/digest-json.md lists every key an article has."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from conftest import ROOT
from generator.config import Config
from generator.models import Digest
from generator.render import render_site
from generator.render.site import render_digest_json
from render_digest import BUDGET_SZ, small_digest

DOC = ROOT / "docs" / "digest-json.md"


def documented_article_keys() -> set[str]:
    """The first column of the table under '## articles'."""
    section = DOC.read_text(encoding="utf-8").split("## articles", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.M))


def test_every_article_key_is_documented_and_nothing_else():
    data = json.loads(render_site(small_digest(), Config())["digest.json"])
    assert set(data) == {"articles", "stories", "quotes"}
    keys = {key for article in data["articles"] for key in article}
    assert keys == documented_article_keys()


def test_digest_json_keeps_text_as_written_not_html_escaped():
    data = json.loads(render_site(small_digest(), Config())["digest.json"])
    assert any("„Das ist ein fairer Kompromiss“" in p for a in data["articles"] for p in a["paragraphs"])
    assert any("n'avons" in q["text"] for a in data["articles"] for q in a["quotes"])  # not &#39;


def record_lines(text: str) -> list[str]:
    """The lines of digest.json that hold one array element each (not brackets or section keys)."""
    return [line.rstrip(",") for line in text.split("\n") if line.startswith("{") and line != "{"]


def test_digest_json_has_one_record_per_line_even_with_line_breaks_in_text():
    first = replace(BUDGET_SZ, paragraphs=("Zeile eins\nZeile zwei\u2028drei", *BUDGET_SZ.paragraphs))
    digest = replace(small_digest(), articles=(first, *small_digest().articles[1:]))
    text = render_digest_json(digest).decode("utf-8")
    records = [json.loads(line) for line in record_lines(text)]
    assert len(records) == len(digest.articles) + len(digest.stories) + len(digest.quotes)
    assert records[0] == first.to_json()  # sections in key order: articles first
    assert json.loads(text) == digest.to_json()
    assert text.endswith("]\n}\n") and "„" in text and "\\u" not in text  # UTF-8 kept, not \u-escaped


def test_digest_json_of_an_empty_digest_is_valid_and_byte_stable():
    empty = render_digest_json(Digest(articles=()))
    assert empty == b'{\n"articles": [],\n"quotes": [],\n"stories": []\n}\n'
    assert empty == render_digest_json(Digest(articles=()))
    assert json.loads(empty) == {"articles": [], "quotes": [], "stories": []}
