"""build(config) -> BuildReport: the whole pipeline, one line per stage.

read -> parse -> group -> merge -> render -> write. Files are touched only by read.py and
write.py; everything between is a pure function of values. How each stage is run (caches,
worker processes) is in generator/steps/.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import replace

from generator.cache import default_cache_dir, entry_paths
from generator.cache_upkeep import prune_cache
from generator.config import Config
from generator.dedupe import drop_duplicates
from generator.errors import StrictModeError
from generator.incremental import PageMemo, content_key, fingerprint_inputs, page_memo, reusable_report, stamp_build
from generator.models import BuildReport, Digest, Problem, SourceFile
from generator.parallel import frozen_heap
from generator.read import read_sources
from generator.render.feeds import source_date_epoch
from generator.render.site import plan_site
from generator.steps.group import group_with_cache
from generator.steps.merge import merge_with_cache
from generator.steps.parse import parse_sources
from generator.steps.publish import render_and_write


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
