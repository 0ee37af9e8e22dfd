"""The parse cache: entries round-trip, corrupt ones are misses, unchanged files are not parsed."""

from __future__ import annotations

import os
import pickle
import shutil

import pytest

import generator.build as build_module
import generator.steps.parse as parse_step
from generator.build import build
from generator.cache import (
    MAGIC,
    decode_entry,
    encode_entry,
    entry_key,
    entry_path,
    entry_paths,
    new_entries,
    split_hits,
)
from generator.models import Article, SourceFile
from generator.parse import parse_source
from tests.perf_support import ARTICLES, make_config, read_tree, write_articles


@pytest.fixture
def articles() -> list[Article]:
    return [parse_source(SourceFile(path, text.encode())) for path, text in ARTICLES.items()]


def test_an_entry_round_trips_to_an_equal_article(articles):
    for article in articles:
        assert decode_entry(encode_entry(article)) == article


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:-1] + bytes([data[-1] ^ 1]), id="one bit flipped"),
        pytest.param(lambda data: b"other-format\n" + data[len(MAGIC):], id="wrong marker"),
        pytest.param(lambda data: b"\x00" * len(data), id="zeroed"),
    ],
)
def test_a_damaged_entry_is_a_miss_not_a_crash(articles, damage):
    assert decode_entry(damage(encode_entry(articles[0]))) is None


def test_an_intact_entry_of_something_else_is_a_miss():
    import hashlib

    for payload in (pickle.dumps({"not": "an article"}), b"not a pickle at all"):
        assert decode_entry(MAGIC + hashlib.sha256(payload).digest() + payload) is None


def test_the_key_changes_with_bytes_path_and_versions():
    source = SourceFile("a/story.txt", b"Title\n\nBody.\n")
    key = entry_key(source)
    assert entry_key(SourceFile("a/story.txt", b"Title\n\nBody!\n")) != key
    assert entry_key(SourceFile("b/story.txt", source.data)) != key
    assert entry_key(source, parser_version="other") != key
    assert entry_key(source, package_version="9.9.9") != key
    assert entry_key(SourceFile("a/story.txt", b"Title\n\nBody.\n")) == key


def test_split_hits_serves_only_entries_that_decode():
    sources = [SourceFile(path, text.encode()) for path, text in ARTICLES.items()]
    parsed = [parse_source(s) for s in sources]
    paths = entry_paths(sources)
    entries = new_entries(paths, parsed)
    entries[paths[sources[1].relpath]] = b"garbage"
    del entries[paths[sources[2].relpath]]
    hits, misses = split_hits(sources, paths, entries)
    assert [m.relpath for m in misses] == [sources[1].relpath, sources[2].relpath]
    assert sorted(a.file for a in hits) == sorted(a.file for a in parsed if a.file not in
                                                  {sources[1].relpath, sources[2].relpath})


def _count_parses(monkeypatch) -> list[str]:
    """Record every file the build actually parses (jobs=1, so parsing runs in this process)."""
    parsed: list[str] = []
    real = parse_step.parse_source

    def counting(source):
        parsed.append(source.relpath)
        return real(source)

    monkeypatch.setattr(parse_step, "parse_source", counting)
    return parsed


def test_a_second_build_parses_only_what_changed(tmp_path, monkeypatch):
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    parsed = _count_parses(monkeypatch)
    first = build(config)
    assert len(parsed) == len(ARTICLES) + 1  # every article and the bad file
    site = read_tree(config.out)

    parsed.clear()
    changed = tmp_path / "seeds" / "sport" / "final.txt"
    changed.write_text(changed.read_text("utf-8").replace("Saturday", "Sunday"), "utf-8")
    second = build(config)
    assert sorted(parsed) == ["broken/empty.txt", "sport/final.txt"]  # problems are not cached
    assert second.problems == first.problems
    assert read_tree(config.out) != site

    parsed.clear()
    (config.out / "index.html").unlink()  # a damaged site is built again, from cached summaries
    build(config)
    assert parsed == ["broken/empty.txt"]
    assert (config.out / "index.html").is_file()


def test_corrupt_cache_files_are_rebuilt(tmp_path, monkeypatch):
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    site = read_tree(config.out)
    entries = sorted((tmp_path / "cache" / "parse").rglob("*"))
    entries = [e for e in entries if e.is_file()]
    assert len(entries) == len(ARTICLES)
    entries[0].write_bytes(b"\x80garbage")
    entries[1].write_bytes(entries[1].read_bytes()[:40])
    parsed = _count_parses(monkeypatch)
    (config.out / "digest.json").write_bytes(b"{}")  # so the build does not stop at the check
    build(config)
    assert len(parsed) == 3  # the two damaged entries and the bad file
    assert read_tree(config.out) == site
    assert all(decode_entry(e.read_bytes()) is not None for e in entries)


def test_no_cache_parses_everything_and_gives_the_same_site(tmp_path, monkeypatch):
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    site = read_tree(config.out)
    parsed = _count_parses(monkeypatch)
    build(config, use_cache=False)
    assert len(parsed) == len(ARTICLES) + 1
    assert read_tree(config.out) == site


def test_an_unwritable_cache_folder_only_costs_time(tmp_path):
    write_articles(tmp_path / "seeds")
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    report = build(make_config(tmp_path))
    assert report.built == len(ARTICLES)


def test_entry_paths_fan_out_into_short_folders():
    key = entry_key(SourceFile("x.txt", b"x"))
    assert entry_path(key) == f"parse/{key[:2]}/{key}"


# --- the whole-build check: nothing changed, nothing redone ------------------------------------


def _count_renders(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = build_module.plan_site

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "plan_site", counting)
    return calls


def _age_site(out) -> None:
    for path in out.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))


def test_a_build_with_nothing_changed_stops_before_reading(tmp_path, monkeypatch):
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    first = build(config)
    _age_site(config.out)  # touched after the stamp: the site is checked and stamped again
    assert build(config).pages == first.pages
    mtimes = {p.as_posix(): p.stat().st_mtime_ns for p in config.out.rglob("*") if p.is_file()}
    assert set(mtimes.values()) == {1_000_000_000_000_000_000}  # no page was rewritten
    parsed, renders = _count_parses(monkeypatch), _count_renders(monkeypatch)
    again = build(config)
    assert parsed == [] and renders == []
    assert again == first  # same counts and problems (timings are not compared)
    assert [stage for stage, _ in again.timings] == ["check"]  # not even read
    assert {p.as_posix(): p.stat().st_mtime_ns for p in config.out.rglob("*") if p.is_file()} == mtimes


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda tmp, cfg: (tmp / "seeds" / "tech" / "new.txt").write_text(
            "A new article\n\nBy Wired\n\nIt arrived late.\n"), id="article added"),
        pytest.param(lambda tmp, cfg: (tmp / "seeds" / "tech" / "chips.md").unlink(),
                     id="article removed"),
        pytest.param(lambda tmp, cfg: (cfg.out / "index.html").write_bytes(b"defaced"),
                     id="site file edited"),
        pytest.param(lambda tmp, cfg: next((tmp / "cache" / "build").iterdir()).write_bytes(b"x"),
                     id="stamp corrupt"),
        pytest.param(lambda tmp, cfg: os.environ.__setitem__("SOURCE_DATE_EPOCH", "1700000000"),
                     id="SOURCE_DATE_EPOCH set"),
    ],
)
def test_any_change_to_the_inputs_or_the_site_builds_again(tmp_path, monkeypatch, change):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    renders = _count_renders(monkeypatch)
    change(tmp_path, config)
    build(config)
    assert renders == [1]
    assert (config.out / "index.html").read_bytes() != b"defaced"


def test_a_template_change_builds_again(tmp_path, monkeypatch):
    templates = tmp_path / "templates"
    shutil.copytree(make_config(tmp_path).templates, templates)
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path, templates=templates)
    build(config)
    renders = _count_renders(monkeypatch)
    page = templates / "base.html"
    page.write_text(page.read_text("utf-8") + "\n<!-- changed -->\n", "utf-8")
    build(config)
    assert renders == [1]


def test_no_cache_always_builds(tmp_path, monkeypatch):
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    renders = _count_renders(monkeypatch)
    build(config, use_cache=False)
    assert renders == [1]


def test_touched_but_unchanged_articles_are_read_not_rebuilt(tmp_path, monkeypatch):
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    for path in (tmp_path / "seeds").rglob("*.txt"):
        path.write_bytes(path.read_bytes())  # new mtime and ctime, same bytes (a git checkout)
    renders = _count_renders(monkeypatch)
    assert [stage for stage, _ in build(config).timings] == ["check", "read"]
    assert [stage for stage, _ in build(config).timings] == ["check"]  # stamped anew
    assert renders == []


def test_a_same_size_edit_with_the_old_mtime_is_still_seen(tmp_path, monkeypatch):
    write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    article = tmp_path / "seeds" / "sport" / "final.txt"
    before = article.stat()
    article.write_bytes(article.read_bytes().replace(b"Saturday", b"Thursday"))
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or rsync -t would
    assert article.stat().st_size == before.st_size
    renders = _count_renders(monkeypatch)
    build(config)
    assert renders == [1]  # ctime moved, so the quick key differs; the bytes differ too


def test_a_symlink_in_the_seeds_disables_only_the_quick_check(tmp_path, monkeypatch):
    write_articles(tmp_path / "seeds")
    (tmp_path / "seeds" / "link.txt").symlink_to(tmp_path / "seeds" / "sport" / "final.txt")
    config = make_config(tmp_path)
    build(config)
    renders = _count_renders(monkeypatch)
    assert [stage for stage, _ in build(config).timings] == ["check", "read"]
    assert renders == []


def test_the_parser_fingerprint_follows_the_parsing_code(tmp_path, monkeypatch) -> None:
    """Editing a parser without bumping PARSER_VERSION must still invalidate cached summaries."""
    import generator.cache as cache

    (tmp_path / "parse").mkdir()
    (tmp_path / "parse" / "quotes.py").write_text("RULES = 1\n")
    for name in ("read.py", "models.py", "slug.py"):
        (tmp_path / name).write_text("# stand-in\n")
    monkeypatch.setattr(cache, "_PACKAGE", tmp_path)
    cache.parser_fingerprint.cache_clear()
    before = cache.parser_fingerprint()
    (tmp_path / "parse" / "quotes.py").write_text("RULES = 2\n")
    cache.parser_fingerprint.cache_clear()
    after = cache.parser_fingerprint()
    cache.parser_fingerprint.cache_clear()
    assert before != after


def test_upgrading_a_library_invalidates_cached_summaries_terms_and_pages(monkeypatch) -> None:
    """A trafilatura (or jusText, Jinja2 ...) upgrade changes what was cached from it: the parse,
    grouping-terms, story and page keys must all change with the installed version."""
    import generator.cache as cache

    def fingerprints() -> tuple[str, str]:
        for cached in (cache.library_versions, cache.parser_fingerprint, cache.code_fingerprint):
            cached.cache_clear()
        return cache.parser_fingerprint(), cache.code_fingerprint()

    try:
        before = fingerprints()
        assert "trafilatura=" in cache.library_versions() and "justext=" in cache.library_versions()
        real = cache.installed_version
        monkeypatch.setattr(cache, "installed_version", lambda name: "99.0" if name == "justext" else real(name))
        after = fingerprints()
        assert after[0] != before[0] and after[1] != before[1]
    finally:
        monkeypatch.undo()
        fingerprints()


def test_a_library_that_is_not_installed_is_named_absent() -> None:
    from generator.cache import installed_version

    assert installed_version("no-such-distribution-newsdigest") == "absent"


def test_decoding_many_entries_keeps_the_intact_ones_and_restores_the_collector():
    import gc

    from generator.cache import decode_entries, encode_entry
    from generator.models import Story

    story = Story(id="s1", title="A story", lede="It happened.", articles=("a1",))
    entries = {"merge/aa/good": encode_entry(story), "merge/bb/bad": b"garbage", "merge/cc/other": encode_entry("text")}
    assert gc.isenabled()
    assert decode_entries(entries, Story) == {"merge/aa/good": story}
    assert gc.isenabled()
