"""digest.json against its documentation: docs/digest-json.md lists every key an article has."""

from __future__ import annotations

import json
import re

from conftest import ROOT
from generator.config import Config
from generator.render import render_site
from render_digest import small_digest

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
