"""Render the whole static site (provisional: index, article pages and digest.json)."""

from __future__ import annotations

import json

from generator.config import Config
from generator.models import Digest
from generator.render.environment import make_environment


def render_digest_json(digest: Digest) -> bytes:
    """digest.json: sorted keys, fixed indentation, so equal input gives equal bytes."""
    return (json.dumps(digest.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def render_site(digest: Digest, config: Config) -> dict[str, bytes]:
    env = make_environment(config.templates)
    files: dict[str, bytes] = {"digest.json": render_digest_json(digest)}
    common = {"site_title": config.title, "root": ""}
    files["index.html"] = env.get_template("index.html").render(articles=digest.articles, **common).encode()
    for article in digest.articles:
        page = env.get_template("article.html").render(article=article, **{**common, "root": "../"})
        files[f"articles/{article.id}.html"] = page.encode()
    return files
