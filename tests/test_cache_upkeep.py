"""Pruning .cache/: what no build used for cache_days is deleted, what builds use stays."""

from __future__ import annotations

import os
import time

import pytest

from generator.build import build
from generator.cache_upkeep import DAY, PRUNE_MARK, prune_cache, prune_due, stale_entries
from generator.config import load_config
from generator.errors import ConfigError
from tests.perf_support import make_config, write_articles

NOW = 1_800_000_000.0


def _entry(cache, relpath: str, age_days: float) -> None:
    path = cache / relpath
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"entry")
    when = time.time() - age_days * DAY
    os.utime(path, (when, when))


def test_stale_entries_are_those_older_than_the_limit():
    ages = {"parse/aa/old": NOW - 31 * DAY, "parse/bb/new": NOW - 29 * DAY, "merge/cc/old": NOW - 90 * DAY}
    assert stale_entries(ages, NOW, 30) == ["merge/cc/old", "parse/aa/old"]
    assert stale_entries(ages, NOW, 0) == []  # 0: never prune


@pytest.mark.parametrize(("mark", "due"), [(None, True), (b"1799999000", False), (b"1799900000", True), (b"garbage", True)])
def test_pruning_runs_at_most_once_a_day(mark, due):
    assert prune_due(mark, NOW) is due


def test_prune_cache_deletes_only_stale_entries_and_then_waits_a_day(tmp_path):
    cache = tmp_path / "cache"
    _entry(cache, "parse/aa/old", 40)
    _entry(cache, "merge/bb/recent", 2)
    _entry(cache, "build/stamp", 400)  # stamps are not entries to prune
    assert prune_cache(cache, 30) == 1
    assert not (cache / "parse/aa/old").exists()
    assert (cache / "merge/bb/recent").exists() and (cache / "build/stamp").exists()
    assert (cache / PRUNE_MARK).exists()
    _entry(cache, "parse/dd/old", 40)
    assert prune_cache(cache, 30) == 0  # pruned less than a day ago


def test_a_build_keeps_what_it_uses_and_prunes_what_nothing_used(tmp_path):
    seeds = write_articles(tmp_path / "seeds")
    config = make_config(tmp_path)
    build(config)
    entries = [p for p in (config.cache_dir).rglob("*") if p.is_file() and p.parts[-3] in {"parse", "merge"}]
    assert entries
    long_ago = time.time() - 60 * DAY
    for path in entries:
        os.utime(path, (long_ago, long_ago))
    _entry(config.cache_dir, "parse/ff/unused", 60)
    (config.cache_dir / PRUNE_MARK).write_text(f"{time.time() - 2 * DAY:.0f}")  # last pruned 2 days ago
    (seeds / "late.txt").write_text("Late news\n\nBy AP\n\nJune 2, 2025\n\nThe bridge reopened on Sunday.\n")
    build(config)  # a real build: it uses (refreshes) every entry but the unused one
    assert all(path.exists() for path in entries)
    assert not (config.cache_dir / "parse/ff/unused").exists()


def test_cache_days_must_not_be_negative(tmp_path):
    path = tmp_path / "newsdigest.toml"
    path.write_text("cache_days = -1\n")
    with pytest.raises(ConfigError, match="cache_days"):
        load_config(path)
    path.write_text("cache_days = 7\n")
    assert load_config(path).cache_days == 7


def test_refreshing_never_touches_a_path_outside_the_cache(tmp_path):
    from generator.write import refresh_cache_entries

    cache = tmp_path / "cache"
    _entry(cache, "parse/aa/kept", 40)
    outside = tmp_path / "outside"
    outside.write_text("x")
    old = time.time() - 40 * DAY
    os.utime(outside, (old, old))
    refresh_cache_entries(cache, ["parse/aa/kept", "../outside", "/etc/passwd", "parse/../../outside", "parse//x"])
    assert time.time() - (cache / "parse/aa/kept").stat().st_mtime < DAY
    assert outside.stat().st_mtime == pytest.approx(old, abs=1)
