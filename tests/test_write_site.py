"""write_site: the published folder is readable like any folder the user makes, and paths stay inside."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import DigestError
from generator.write import write_site


def test_the_site_folder_has_the_users_normal_permissions(tmp_path: Path) -> None:
    """A private (0700) site would be unreadable to a web server running as another user."""
    reference = tmp_path / "made-by-hand"
    reference.mkdir()
    out = tmp_path / "site"
    write_site({"index.html": b"<p>hi</p>", "stories/a.html": b"a"}, out)
    assert stat.S_IMODE(out.stat().st_mode) == stat.S_IMODE(reference.stat().st_mode)
    assert stat.S_IMODE((out / "stories").stat().st_mode) == stat.S_IMODE(reference.stat().st_mode)


def test_a_world_readable_umask_gives_a_world_readable_site(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_site({"index.html": b"x"}, tmp_path / "site")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "site").stat().st_mode) == 0o755


@pytest.mark.parametrize("bad", ["../escape.html", "/etc/passwd", "a/../../b.html", "a\\..\\b", ""])
def test_unsafe_output_paths_are_refused_and_nothing_is_left(tmp_path: Path, bad: str) -> None:
    with pytest.raises(DigestError):
        write_site({"index.html": b"x", bad: b"evil"}, tmp_path / "site")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab./\\\x00", max_size=12))
def test_output_paths_are_read_as_posix_paths_and_unsafe_ones_refused(relpath):
    """output_parts splits with string operations what PurePosixPath would split, and refuses
    what could leave the folder: absolute paths, '..', backslashes, NUL, an empty path."""
    from pathlib import PurePosixPath

    from generator.write import output_parts

    path = PurePosixPath(relpath)
    unsafe = path.is_absolute() or not path.parts or ".." in path.parts or "\\" in relpath or "\x00" in relpath
    if unsafe:
        with pytest.raises(DigestError):
            output_parts(relpath)
    else:
        assert output_parts(relpath) == path.parts
