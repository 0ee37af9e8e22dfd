"""Incremental writing: unchanged pages keep their file (mtime, inode); the swap stays atomic."""

from __future__ import annotations

import os

import pytest

from generator.errors import DigestError
from generator.write import find_unchanged, list_files, write_site

OLD_TIME = 1_000_000_000  # 2001: any rewrite would move the mtime to now


def _age(out):
    for path in out.rglob("*"):
        if path.is_file():
            os.utime(path, (OLD_TIME, OLD_TIME))


def _stat(out, relpath):
    status = (out / relpath).stat()
    return status.st_mtime, status.st_ino


SITE = {
    "index.html": b"<h1>Front page</h1>\n",
    "articles/a.html": "<p>\u201cQuoted\u201d</p>\n".encode(),
    "articles/b.html": b"<p>B</p>\n",
    "digest.json": b'{"articles": []}\n',
}


def test_unchanged_pages_keep_their_mtime_and_inode(tmp_path):
    out = tmp_path / "site"
    write_site(SITE, out)
    _age(out)
    before = {relpath: _stat(out, relpath) for relpath in SITE}
    changed = {**SITE, "articles/b.html": b"<p>B, corrected</p>\n", "articles/c.html": b"<p>C</p>\n"}
    del changed["digest.json"]
    write_site(changed, out)
    assert _stat(out, "index.html") == before["index.html"]
    assert _stat(out, "articles/a.html") == before["articles/a.html"]
    assert (out / "articles/b.html").stat().st_mtime > OLD_TIME
    assert (out / "articles/b.html").read_bytes() == b"<p>B, corrected</p>\n"
    assert list_files(out) == set(changed)  # the removed page is gone, the new one is there


def test_a_same_size_change_is_still_written(tmp_path):
    out = tmp_path / "site"
    write_site(SITE, out)
    write_site({**SITE, "articles/b.html": b"<p>C</p>\n"}, out)
    assert (out / "articles/b.html").read_bytes() == b"<p>C</p>\n"


def test_nothing_changed_leaves_the_folder_itself_alone(tmp_path):
    out = tmp_path / "site"
    write_site(SITE, out)
    _age(out)
    folder_inode = out.stat().st_ino
    write_site(dict(SITE), out)
    assert out.stat().st_ino == folder_inode
    assert all(_stat(out, r)[0] == OLD_TIME for r in SITE)
    assert not [p for p in tmp_path.iterdir() if p.name != "site"]  # no staging left behind


def test_an_extra_file_in_the_old_site_is_removed(tmp_path):
    out = tmp_path / "site"
    write_site(SITE, out)
    (out / "stray.html").write_bytes(b"left over")
    write_site(SITE, out)
    assert list_files(out) == set(SITE)


def test_a_symlink_in_the_old_site_is_never_reused(tmp_path):
    out = tmp_path / "site"
    write_site(SITE, out)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(SITE["index.html"])
    (out / "index.html").unlink()
    (out / "index.html").symlink_to(secret)
    assert "index.html" not in find_unchanged(SITE, out)
    write_site(SITE, out)
    assert not (out / "index.html").is_symlink()


def test_a_failed_write_leaves_the_old_site(tmp_path):
    out = tmp_path / "site"
    write_site(SITE, out)
    with pytest.raises(DigestError):
        write_site({**SITE, "articles/b.html": b"new", "../escape.html": b"x"}, out)
    assert (out / "articles/b.html").read_bytes() == SITE["articles/b.html"]
    assert not (tmp_path / "escape.html").exists()


def test_a_streamed_file_is_kept_as_written_where_hard_links_are_not_possible(tmp_path, monkeypatch):
    """digest.json is written in pieces and then swapped for a link to the unchanged old file;
    on a file system without hard links it must simply stay written."""
    import os

    from generator.write import StagedSite

    out = tmp_path / "site"
    with StagedSite(out) as staged:
        staged.put("digest.json", iter([b"{", b"}"]))
        staged.commit({"digest.json"}, True)

    def no_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    with StagedSite(out) as staged:
        assert staged.put("digest.json", iter([b"{", b"}"])) is True  # same bytes, written anew
        assert staged.put("index.html", iter([b"<p>new</p>"])) is True
        staged.commit({"digest.json", "index.html"}, True)
    assert (out / "digest.json").read_bytes() == b"{}"
    assert (out / "index.html").read_bytes() == b"<p>new</p>"
