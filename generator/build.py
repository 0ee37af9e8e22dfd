"""build(config) -> BuildReport: the whole pipeline, one line per stage.

read -> parse -> group -> merge -> render -> write. Files are touched only by read.py and
write.py; everything between is a pure function of values.
"""

from __future__ import annotations

import os
import resource
from collections import Counter
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Executor
from dataclasses import replace

from generator.cache import (
    code_fingerprint,
    decode_entries,
    default_cache_dir,
    encode_entry,
    entry_paths,
    group_terms_path,
    new_entries,
    split_hits,
    story_entry_path,
)
from generator.cache_upkeep import prune_cache
from generator.config import Config
from generator.dedupe import drop_duplicates
from generator.errors import ReadError, StrictModeError
from generator.group import group_stories
from generator.group.vectors import article_terms
from generator.merge import index_quotes, merge_story
from generator.models import Article, BuildReport, Digest, Problem, SourceFile, Story
from generator.parse import parse_source
from generator.parallel import frozen_heap, map_chunked, map_shared, process_pool, shared_pool, worker_count
from generator.progress import Progress, progress_wanted
from generator.incremental import (
    PageMemo,
    content_key,
    fingerprint_inputs,
    page_memo,
    reusable_report,
    stamp_build,
)
from generator.read import read_cache_entries, read_sources
from generator.render.site import SitePlan, plan_site
from generator.render.feeds import source_date_epoch
from generator.write import StagedSite, refresh_cache_entries, write_cache_entries


def collect(
    config: Config,
    clock: "_Stopwatch | None" = None,
    *,
    executor: Executor | None = None,
    use_cache: bool = True,
    read: tuple[list[SourceFile], list[Problem]] | None = None,
) -> tuple[Digest, list[Problem]]:
    """Read, parse, group and merge: the Digest every renderer (site, email) starts from.

    `read`: the sources and problems of a read already done (build reads first to check
    whether anything changed).
    """
    clock = clock or _Stopwatch([])
    sources, problems = read or clock("read", lambda: read_all(config))
    paths = entry_paths(sources) if use_cache else {}
    articles, parse_problems = clock(
        "parse", lambda: parse_sources(sources, config, executor=executor, paths=paths)
    )
    articles, duplicates = drop_duplicates(articles)
    problems = sorted([*problems, *parse_problems, *duplicates], key=lambda p: (p.file, p.reason))
    with frozen_heap():  # the articles live to the end of the build: collections need not walk them
        groups = clock("group", lambda: group_with_cache(articles, config, paths))
        digest = clock("merge", lambda: merge_with_cache(articles, groups, config, paths))
    return digest, problems


def build(
    config: Config, *, executor: Executor | None = None, use_cache: bool = True
) -> BuildReport:
    """Build the site from config.seeds into config.out; the old site stays if anything fails.

    `executor` (any concurrent.futures Executor, e.g. Dask's) parses in its workers instead of
    the local process pool; `use_cache=False` parses every file again (--no-cache).
    """
    timings: list[tuple[str, float]] = []
    cpu: list[tuple[str, float]] = []
    clock = _Stopwatch(timings, cpu)
    generated = source_date_epoch(os.environ)  # never the wall clock
    inputs, quick = clock("check", lambda: fingerprint_inputs(config, generated, quick=use_cache))
    if quick and (previous := reusable_report(config, quick=quick)):  # nothing changed: stop
        return replace(previous, timings=tuple(timings), cpu_timings=tuple(cpu))
    sources, read_problems = clock("read", lambda: read_all(config))
    key = content_key(inputs, sources)
    if use_cache and (previous := reusable_report(config, key=key)):
        stamp_build(config, quick, key, previous)  # files touched, not changed: stamp anew
        return replace(previous, timings=tuple(timings), cpu_timings=tuple(cpu))
    digest, problems = collect(config, clock, executor=executor, use_cache=use_cache,
                               read=(sources, read_problems))
    articles = digest.articles
    if config.strict and problems:  # refuse before rendering: the site would not be written
        raise StrictModeError(strict_message(problems, len(articles)))
    digest = replace(digest, generated=generated)
    with frozen_heap():  # the digest lives until the end: no collection needs to walk it
        plan = clock("plan", lambda: plan_site(digest, config))
        memo = page_memo(config, inputs) if use_cache else PageMemo(inputs.digest)
        page_keys = clock("render+write", lambda: render_and_write(plan, config, memo))
    report = BuildReport(
        built=len(articles),
        skipped=sum(1 for p in problems if p.severity == "error"),
        problems=tuple(problems),
        stories=len(digest.stories),
        pages=len(plan.paths),
        timings=tuple(timings),
        cpu_timings=tuple(cpu),
    )
    if use_cache:
        stamp_build(config, quick, key, report, page_keys)
        prune_cache(config.cache_dir or default_cache_dir(), config.cache_days)
    return report


def read_all(config: Config) -> tuple[list[SourceFile], list[Problem]]:
    """The read stage: every article file's bytes, and a Problem per file that cannot be read."""
    return read_sources(config.seeds, config.max_file_bytes)


def strict_message(problems: list[Problem], built: int) -> str:
    """--strict refuses to write: one line per problem, then the count line."""
    skipped = sum(1 for p in problems if p.severity == "error")
    lines = [f"--strict: {len(problems)} input file(s) had problems; the site was not written"]
    lines += [f"{p.severity}: {p}" for p in problems]
    lines.append(f"built {built}, skipped {skipped}, warned {len(problems) - skipped}")
    return "\n".join(lines)


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


def make_digest(articles: tuple[Article, ...], jobs: int | None = 1) -> Digest:
    """Group the articles into stories, merge each (in `jobs` processes), index their quotes."""
    groups = group_stories(articles)
    return assemble_digest(articles, merge_groups(articles, groups, jobs))


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


def render_and_write(plan: SitePlan, config: Config, memo: PageMemo) -> dict[str, str]:
    """Render every file of the plan and write it straight into the staged site; swap it in.

    Files are rendered in `config.jobs` forked processes, each writing its own files, so no
    process holds the whole site; a page whose key `memo` knows is linked, not rendered.
    Returns the key of every keyed page, for the next build.
    """
    paths = plan.paths
    with StagedSite(config.out) as staged:
        work = (plan, staged, memo)
        with shared_pool(config.jobs, len(paths), work) as pool, stage_progress(config.progress, "render", len(paths)) as bar:
            done = map_shared(render_and_stage, work, paths, pool, worker_count(config.jobs), bar.advance)
        staged.commit(set(paths), any(changed for _, changed in done))
    return {path: key for path, (key, _) in zip(paths, done) if key is not None}


def render_and_stage(work: tuple[SitePlan, StagedSite, PageMemo], path: str) -> tuple[str | None, bool]:
    """Stage one file, rendering it unless the memo vouches for the old one: (key, changed)."""
    plan, staged, memo = work
    prepared = plan.prepare(path, memo.salt)
    expected = memo.reusable(path, prepared.key)
    if expected is not None and staged.reuse(path, expected):
        return prepared.key, False
    return prepared.key, staged.put(path, prepared.render())


def stage_progress(setting: bool | None, label: str, total: int) -> Progress:
    """A progress bar for one stage on stderr (config.progress; None: only on a terminal, not CI)."""
    return Progress(label, total, sys.stderr, progress_wanted(setting, sys.stderr, os.environ))


class _Stopwatch:
    """Times each stage for the report (never written into the output): wall and CPU seconds."""

    def __init__(self, timings: list[tuple[str, float]], cpu: list[tuple[str, float]] | None = None):
        self.timings = timings
        self.cpu = [] if cpu is None else cpu

    def __call__(self, stage: str, work: Callable):
        start, start_cpu = time.perf_counter(), _cpu_seconds()
        result = work()
        self.timings.append((stage, time.perf_counter() - start))
        self.cpu.append((stage, _cpu_seconds() - start_cpu))
        return result


def _cpu_seconds() -> float:
    """User + system time of this process and of the worker processes it has reaped."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
