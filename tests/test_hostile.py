"""Hostile input, safe output: the whole build from a folder of hostile files is clean.

XSS in every field (title, source, author, url, body, quotes, front-matter keys) and filter
evasion styles, traversal titles, and bad files. Every page, the feed, the sitemap and
digest.json are checked with tests/safety.py; nothing is ever written outside --out.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES
from generator.build import build
from generator.config import load_config
from safety import page_problems, site_problems

HOSTILE = FIXTURES / "hostile"


def read_tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def hostile_build(tmp_path: Path) -> tuple[Path, Path]:
    """Build the hostile fixtures (plus a few bad files) into tmp/site; return (root, out)."""
    seeds = tmp_path / "in"
    shutil.copytree(HOSTILE, seeds)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (seeds / "nested").mkdir()
    (seeds / "nested" / "link-out.txt").symlink_to(tmp_path / "secret.txt")
    (tmp_path / "secret.txt").write_text("Secret headline\n\nTop secret body text that must not leak.\n")
    out = tmp_path / "out" / "site"
    build(load_config(None, seeds=seeds, out=out, site_url="https://example.github.io/newsdigest/"))
    return tmp_path, out


def test_every_output_file_is_safe(hostile_build: tuple[Path, Path]) -> None:
    _, out = hostile_build
    files = read_tree(out)
    assert any(p.endswith(".html") for p in files)
    assert site_problems(files) == []


def test_hostile_text_survives_as_visible_text_not_markup(hostile_build: tuple[Path, Path]) -> None:
    _, out = hostile_build
    digest = json.loads((out / "digest.json").read_text(encoding="utf-8"))
    titles = " ".join(a["title"] for a in digest["articles"])
    assert "Council votes on budget" in titles and "Minister" in titles
    pages = " ".join(data.decode() for path, data in read_tree(out).items() if path.endswith(".html"))
    assert "<script>alert" not in pages
    assert "&lt;script&gt;" in pages or "alert" not in pages  # escaped, or dropped by a reader


def test_nothing_is_written_outside_out(hostile_build: tuple[Path, Path]) -> None:
    root, out = hostile_build
    outside = [
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and not p.is_relative_to(out) and not p.is_relative_to(root / "in")
    ]
    assert outside == ["secret.txt"]
    for path in read_tree(out):
        assert re.fullmatch(r"[a-z0-9][a-z0-9._/-]*", path), path
        assert not any(part.startswith(".") for part in Path(path).parts), path


def test_links_out_of_the_seeds_folder_are_not_followed(hostile_build: tuple[Path, Path]) -> None:
    _, out = hostile_build
    everything = b"".join(read_tree(out).values())
    assert b"Top secret body text" not in everything


def test_bad_files_are_reported_and_the_rest_is_built(tmp_path: Path, capsys) -> None:
    from generator.cli import main

    seeds = tmp_path / "in"
    shutil.copytree(HOSTILE, seeds)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "blank.md").write_text("   \n\n  \t\n")
    code = main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "site")])
    err = capsys.readouterr().err
    assert code == 0
    assert "empty.txt" in err and "blank.md" in err
    assert (tmp_path / "site" / "index.html").is_file()
    code = main(["build", "--strict", "--seeds", str(seeds), "--out", str(tmp_path / "strict-site")])
    err = capsys.readouterr().err
    assert code != 0 and "empty.txt" in err
    assert not (tmp_path / "strict-site").exists()


def test_two_builds_give_the_same_bytes(tmp_path: Path) -> None:
    seeds = tmp_path / "in"
    shutil.copytree(HOSTILE, seeds)
    shutil.copytree(FIXTURES.parent.parent / "seeds", seeds / "seeds")
    first, second = tmp_path / "a" / "site", tmp_path / "b" / "site"
    build(load_config(None, seeds=seeds, out=first, site_url="https://example.github.io/newsdigest/"))
    os.utime(seeds / "04-traversal.txt")  # touching a file changes nothing
    build(load_config(None, seeds=seeds, out=second, site_url="https://example.github.io/newsdigest/"))
    a, b = read_tree(first), read_tree(second)
    assert sorted(a) == sorted(b)
    assert [p for p in a if a[p] != b[p]] == []


def _failing_plan(plan, error: BaseException):
    """The same plan, but rendering the feed (after many pages) raises `error` (Ctrl-C, disk full)."""
    doomed = "feed.xml"

    def fail():
        raise error

    return dataclasses.replace(plan, files={**plan.files, doomed: fail})


@pytest.mark.parametrize(
    ("error", "jobs"),
    [(KeyboardInterrupt(), 1), (OSError(28, "No space left on device"), 1), (OSError(28, "No space left on device"), 2)],
)
def test_an_interrupted_build_leaves_the_previous_site_untouched(tmp_path: Path, monkeypatch, error, jobs) -> None:
    """Whether the failure is in this process or in a render worker, the old site stays whole."""
    import generator.build as build_module

    seeds = tmp_path / "in"
    shutil.copytree(HOSTILE, seeds)
    out = tmp_path / "site"
    config = load_config(None, seeds=seeds, out=out, jobs=jobs)
    build(config)
    before = read_tree(out)
    real_plan = build_module.plan_site
    monkeypatch.setattr(build_module, "plan_site", lambda digest, cfg: _failing_plan(real_plan(digest, cfg), error))
    (seeds / "new.txt").write_text("A new headline\n\nMarch 9, 2025\n\nA new article body sentence here.\n")
    with pytest.raises(type(error)):
        build(config)
    assert read_tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "site"]


def test_csp_and_escaping_checker_catches_unsafe_pages() -> None:
    """The checker itself must fail on unsafe markup, or the tests above prove nothing."""
    unsafe = '<html><head></head><body><a href=" jav\tascript:alert(1)">x</a><p onclick="x">y</p></body></html>'
    problems = page_problems(unsafe, "t.html")
    assert any("javascript" in p for p in problems)
    assert any("onclick" in p for p in problems)
    assert any("Content-Security-Policy" in p for p in problems)
