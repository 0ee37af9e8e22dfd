"""The merge step: merge each group into a story, re-using stories merged from the same articles."""

from __future__ import annotations

from collections.abc import Mapping

from generator.cache import decode_entries, default_cache_dir, encode_entry, story_entry_path
from generator.config import Config
from generator.group import group_stories
from generator.merge import index_quotes, merge_story
from generator.models import Article, Digest, Story
from generator.parallel import map_shared, shared_pool, worker_count
from generator.progress import stage_progress
from generator.read import read_cache_entries
from generator.write import refresh_cache_entries, write_cache_entries


def make_digest(articles: tuple[Article, ...], jobs: int | None = 1) -> Digest:
    """Group the articles into stories, merge each (in `jobs` processes), index their quotes."""
    groups = group_stories(articles)
    return assemble_digest(articles, merge_groups(articles, groups, jobs))


def merge_with_cache(
    articles: tuple[Article, ...], groups: tuple[tuple[str, ...], ...], config: Config, paths: Mapping[str, str]
) -> Digest:
    """Merge each group into a story, re-using stories an earlier build merged from the same articles.

    A story's entry is named by its articles' parse entries (content, path, parser) and the
    code, so a story whose articles did not change is loaded, never merged again; with no
    `paths` (--no-cache) every story is merged.
    """
    if not paths:
        return assemble_digest(articles, merge_groups(articles, groups, config.jobs, progress=config.progress))
    cache_dir = config.cache_dir or default_cache_dir()
    files = {a.id: a.file for a in articles}
    story_paths = {group: story_entry_path(paths[files[i]] for i in group) for group in groups}
    entries = read_cache_entries(cache_dir, story_paths.values())
    decoded = decode_entries(entries, Story)
    known = {group: decoded[path] for group, path in story_paths.items() if path in decoded}
    refresh_cache_entries(cache_dir, entries)
    stories = merge_groups(articles, groups, config.jobs, known, config.progress)
    new = {story_paths[group]: encode_entry(story) for group, story in stories.items() if group not in known}
    write_cache_entries(cache_dir, new)
    return assemble_digest(articles, stories)


def merge_groups(
    articles: tuple[Article, ...],
    groups: tuple[tuple[str, ...], ...],
    jobs: int | None = 1,
    known: Mapping[tuple[str, ...], Story] | None = None,
    progress: bool | None = False,
) -> dict[tuple[str, ...], Story]:
    """Each group of article ids merged into a Story, in `jobs` forked processes.

    `known`: stories already merged from exactly these groups (an earlier build's), used as is.
    `progress`: the config's setting for the progress bar (None: only on a terminal).
    """
    known = known or {}
    by_id = {a.id: a for a in articles}
    todo = [group for group in groups if group not in known]
    with shared_pool(jobs, len(todo), by_id) as pool, stage_progress(progress, "merge", len(todo)) as bar:
        merged = dict(zip(todo, map_shared(merge_group, by_id, todo, pool, worker_count(jobs), bar.advance)))
    return {group: known[group] if group in known else merged[group] for group in groups}


def assemble_digest(articles: tuple[Article, ...], stories: Mapping[tuple[str, ...], Story]) -> Digest:
    """The Digest: stories newest first, and their quotes indexed."""
    ordered = sorted(stories.values(), key=lambda s: (s.published or "", s.id), reverse=True)
    return Digest(articles=articles, stories=tuple(ordered), quotes=index_quotes(tuple(ordered)))


def merge_group(by_id: dict[str, Article], group: tuple[str, ...]) -> Story:
    """One story from the ids grouping chose (a worker's unit of work)."""
    return merge_story(tuple(by_id[i] for i in group))
