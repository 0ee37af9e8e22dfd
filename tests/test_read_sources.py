"""read_sources: which files are read, in what order, and the limits that keep a file out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.errors import ReadError
from generator.read import read_sources


def write(folder: Path, name: str, data: bytes = b"Title\n\nBody text of the article.") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_articles_are_read_in_a_stable_sorted_order_including_subfolders(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.html", "sub/a.txt", "z.htm"]:
        write(tmp_path, name)
    sources, problems = read_sources(tmp_path, 1_000_000)
    assert [s.relpath for s in sources] == ["a.md", "b.txt", "sub/a.txt", "sub/c.html", "z.htm"]
    assert problems == []


def test_hidden_files_other_suffixes_and_the_folders_readme_are_not_articles(tmp_path):
    for name in [".hidden.txt", ".git/x.txt", "notes.json", "image.png", "README.md", "LICENSE.txt", "story.txt"]:
        write(tmp_path, name)
    sources, problems = read_sources(tmp_path, 1_000_000)
    assert [s.relpath for s in sources] == ["story.txt"]
    assert problems == []


def test_a_file_over_the_size_limit_is_one_problem_and_the_rest_is_read(tmp_path):
    write(tmp_path, "big.txt", b"x" * 2001)
    write(tmp_path, "fits.txt", b"y" * 2000)
    sources, problems = read_sources(tmp_path, 2000)
    assert [s.relpath for s in sources] == ["fits.txt"]
    assert len(problems) == 1
    assert problems[0].file == "big.txt"
    assert "2,001 bytes, over the 2,000-byte limit" in problems[0].reason


def test_the_bytes_are_read_unchanged(tmp_path):
    data = "“Curly” café".encode("cp1252")
    write(tmp_path, "a.txt", data)
    assert read_sources(tmp_path, 1000)[0][0].data == data


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_a_link_leaving_the_folder_is_refused(tmp_path):
    outside = write(tmp_path, "outside/secret.txt")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "link.txt").symlink_to(outside)
    sources, problems = read_sources(seeds, 1000)
    assert sources == []
    assert [(p.file, "outside the seeds folder" in p.reason) for p in problems] == [("link.txt", True)]


def test_a_missing_seeds_folder_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="does not exist"):
        read_sources(tmp_path / "nope", 1000)
