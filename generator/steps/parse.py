"""The parse step: parse what the cache does not hold, on worker processes, and cache it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Executor

from generator.cache import default_cache_dir, new_entries, split_hits
from generator.config import Config
from generator.errors import ReadError
from generator.models import Article, Problem, SourceFile
from generator.parallel import map_chunked, process_pool, worker_count
from generator.parse import parse_source
from generator.progress import stage_progress
from generator.read import read_cache_entries
from generator.write import refresh_cache_entries, write_cache_entries


def parse_sources(
    sources: list[SourceFile],
    config: Config,
    *,
    executor: Executor | None = None,
    paths: Mapping[str, str] | None = None,
) -> tuple[tuple[Article, ...], list[Problem]]:
    """Parse what the cache does not already hold, in parallel, and cache what was parsed.

    `paths`: each source's cache entry path by relpath (cache.entry_paths); None or empty
    parses everything and caches nothing (--no-cache).
    """
    cache_dir = config.cache_dir or default_cache_dir()
    use_cache = bool(paths)
    paths = paths or {}
    entries = read_cache_entries(cache_dir, paths.values()) if use_cache else {}
    cached, misses = split_hits(sources, paths, entries) if use_cache else ([], sources)
    refresh_cache_entries(cache_dir, entries)  # used again: not to be pruned
    with stage_progress(config.progress, "parse", len(misses)) as progress:
        parsed, problems = parse_all(misses, executor, config.jobs, progress.advance)
    if use_cache:
        write_cache_entries(cache_dir, new_entries(paths, parsed))
    return tuple(sorted([*cached, *parsed], key=lambda a: a.file)), problems


def parse_all(
    sources: Iterable[SourceFile],
    executor: Executor | None = None,
    jobs: int | None = 1,
    on_done: Callable[[int], None] = lambda count: None,
) -> tuple[tuple[Article, ...], list[Problem]]:
    """Parse every source; a file that fails becomes a Problem, the rest go on.

    Runs on `executor` when given, else on a process pool of `jobs` workers (None: every
    core; 1: in this process). The result does not depend on which.
    """
    sources = list(sources)
    if executor is not None:
        results = map_chunked(parse_one, sources, executor, worker_count(jobs), on_done)
    else:
        with process_pool(jobs, len(sources)) as pool:
            results = map_chunked(parse_one, sources, pool, worker_count(jobs), on_done)
    articles = [r for r in results if isinstance(r, Article)]
    problems = [r for r in results if isinstance(r, Problem)]
    return tuple(sorted(articles, key=lambda a: a.file)), problems


def parse_one(source: SourceFile) -> Article | Problem:
    """One file -> its Article, or the Problem that kept it out (a worker's unit of work)."""
    try:
        return parse_source(source)
    except ReadError as exc:
        return Problem(source.relpath, exc.reason)
