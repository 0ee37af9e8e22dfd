"""Golden files: a few whole pages of the small hand-built Digest, byte for byte.

A change to templates or views that alters these pages fails here, so it is seen and reviewed.
After an intended change, regenerate them and read the diff:

    UPDATE_GOLDEN=1 make test ARGS=tests/test_render_golden.py   # or: UPDATE_GOLDEN=1 make test
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.config import Config
from generator.render import render_site
from render_digest import FLOOD, FLOOD_TMT, small_digest

GOLDEN = Path(__file__).resolve().parent / "golden" / "site"
PAGES = (
    "index.html",
    f"stories/{FLOOD.id}.html",
    f"articles/{FLOOD_TMT.id}.html",
    "quotes.html",
    "sources/the-moscow-times.html",
    "feed.xml",
    "sitemap.xml",
)


@pytest.fixture(scope="module")
def site() -> dict[str, bytes]:
    return render_site(small_digest(), Config(site_url="https://example.github.io/newsdigest/"))


@pytest.mark.parametrize("page", PAGES)
def test_page_matches_its_golden_file(site, page):
    golden = GOLDEN / page
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(site[page])
    assert golden.is_file(), f"no golden file {golden}; run UPDATE_GOLDEN=1 make test"
    assert site[page].decode() == golden.read_bytes().decode("utf-8"), f"{page} changed; see the module docstring"
