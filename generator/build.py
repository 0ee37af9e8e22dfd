"""build(config) -> BuildReport: the whole pipeline, one line per stage.

read -> parse -> group -> merge -> render -> write. Files are touched only by read.py and
write.py; everything between is a pure function of values.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from generator.config import Config
from generator.errors import ReadError, StrictModeError
from generator.group import group_stories
from generator.merge import index_quotes, merge_story
from generator.models import Article, BuildReport, Digest, Problem, SourceFile, Story
from generator.parse import parse_source
from generator.read import read_sources
from generator.render import render_site
from generator.write import write_site


def collect(config: Config, clock: "_Stopwatch | None" = None) -> tuple[Digest, list[Problem]]:
    """Read, parse, group and merge: the Digest every renderer (site, email) starts from."""
    clock = clock or _Stopwatch([])
    sources, problems = clock("read", lambda: read_sources(config.seeds, config.max_file_bytes))
    articles, parse_problems = clock("parse", lambda: parse_all(sources))
    problems = sorted([*problems, *parse_problems], key=lambda p: (p.file, p.reason))
    digest = clock("group+merge", lambda: make_digest(articles))
    return digest, problems


def build(config: Config) -> BuildReport:
    """Build the site from config.seeds into config.out; the old site stays if anything fails."""
    timings: list[tuple[str, float]] = []
    clock = _Stopwatch(timings)
    digest, problems = collect(config, clock)
    articles = digest.articles
    files = clock("render", lambda: render_site(digest, config))
    if config.strict and problems:
        raise StrictModeError(
            f"--strict: {len(problems)} input file(s) had problems; the site was not written"
        )
    clock("write", lambda: write_site(files, config.out))
    return BuildReport(
        built=len(articles),
        skipped=sum(1 for p in problems if p.severity == "error"),
        problems=tuple(problems),
        stories=len(digest.stories),
        pages=len(files),
        timings=tuple(timings),
    )


def parse_all(sources: Iterable[SourceFile]) -> tuple[tuple[Article, ...], list[Problem]]:
    """Parse every source; a file that fails becomes a Problem, the rest go on."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for source in sources:
        try:
            articles.append(parse_source(source))
        except ReadError as exc:
            problems.append(Problem(source.relpath, exc.reason))
    return tuple(sorted(articles, key=lambda a: a.file)), problems


def make_digest(articles: tuple[Article, ...]) -> Digest:
    """Group the articles into stories, merge each, and index their quotes."""
    by_id = {a.id: a for a in articles}
    stories: list[Story] = [
        merge_story(tuple(by_id[i] for i in group)) for group in group_stories(articles)
    ]
    stories.sort(key=lambda s: (s.published or "", s.id), reverse=True)
    return Digest(articles=articles, stories=tuple(stories), quotes=index_quotes(tuple(stories)))


class _Stopwatch:
    """Times each stage for the report (never written into the output)."""

    def __init__(self, timings: list[tuple[str, float]]):
        self.timings = timings

    def __call__(self, stage: str, work: Callable):
        start = time.perf_counter()
        result = work()
        self.timings.append((stage, time.perf_counter() - start))
        return result
