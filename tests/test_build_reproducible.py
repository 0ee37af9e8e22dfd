"""Same input, same output, whatever Python's string hashing: set and dict orders that depend on
PYTHONHASHSEED must never reach a byte of the site (a title chosen by a float sum in set order
once did)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import FIXTURES
from tests.perf_support import read_tree


def _build(seeds, out, hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "SOURCE_DATE_EPOCH": "1700000000", "CI": "true"}
    command = [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out),
               "--no-cache", "--jobs", "2", "--site-url", "https://example.org/news/"]
    subprocess.run(command, env=env, check=True, capture_output=True)


@pytest.mark.slow
def test_builds_under_different_hash_seeds_are_byte_identical(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURES / "articles", seeds)
    shutil.copytree(FIXTURES / "html", seeds / "html")
    _build(seeds, tmp_path / "a", "1")
    _build(seeds, tmp_path / "b", "2")
    first, second = read_tree(tmp_path / "a"), read_tree(tmp_path / "b")
    assert len(first) > 20
    assert [path for path in first if first[path] != second.get(path)] == []
    assert sorted(first) == sorted(second)
