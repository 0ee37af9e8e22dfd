"""The group step: group_stories, with each article's terms kept from the last build."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from generator.cache import code_fingerprint, decode_entries, default_cache_dir, encode_entry, group_terms_path
from generator.config import Config
from generator.group import group_stories
from generator.group.vectors import article_terms
from generator.models import Article
from generator.parallel import map_shared, shared_pool, worker_count
from generator.read import read_cache_entries
from generator.write import write_cache_entries


def group_with_cache(articles: tuple[Article, ...], config: Config, paths: Mapping[str, str]) -> tuple[tuple[str, ...], ...]:
    """group_stories, with each article's terms re-used from the last build into this folder.

    Reading an article's terms is most of grouping's work and a pure function of the article,
    so terms are kept by parse entry (content, path, parser) with the code's fingerprint; the
    articles new to this build have theirs read on `config.jobs` workers. Grouping itself runs
    over all articles every time: one article can join or split stories.
    """
    if not paths:
        return group_stories(articles, read_terms(articles, config.jobs))
    cache_dir = config.cache_dir or default_cache_dir()
    entry = group_terms_path(config.out)
    saved = decode_entries(read_cache_entries(cache_dir, [entry]), dict).get(entry, {})
    known = saved.get("terms", {}) if saved.get("code") == code_fingerprint() else {}
    keys = {a.id: paths[a.file] for a in articles}
    missing = tuple(a for a in articles if keys[a.id] not in known)
    fresh = read_terms(missing, config.jobs)
    terms = {i: fresh[i] if i in fresh else known[key] for i, key in keys.items()}
    if missing or len(known) != len(keys):
        kept = {keys[i]: counts for i, counts in terms.items()}
        write_cache_entries(cache_dir, {entry: encode_entry({"code": code_fingerprint(), "terms": kept})})
    return group_stories(articles, terms)


def read_terms(articles: tuple[Article, ...], jobs: int | None) -> dict[str, Counter[str]]:
    """article_terms of each article by id, on forked workers when there are many."""
    with shared_pool(jobs, len(articles), articles) as pool:
        counts = map_shared(terms_at, articles, range(len(articles)), pool, worker_count(jobs))
    return {a.id: c for a, c in zip(articles, counts)}


def terms_at(articles: tuple[Article, ...], index: int) -> Counter[str]:
    """The grouping terms of one article (a worker's unit of work: an index, not a pickled article)."""
    return article_terms(articles[index])
