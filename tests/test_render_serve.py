"""`digest serve`: change detection, serving on 127.0.0.1, and rebuilding after an edit."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import SEEDS
from generator.cli import make_parser
from generator.render.serve import build_command, changed_files, run_build, serve, take_snapshot, watch


def touch(path: Path, text: str, bump: int = 0) -> None:
    """Write and push the mtime forward, so the change is seen even on coarse-mtime filesystems."""
    path.write_text(text, encoding="utf-8")
    stamp = time.time_ns() + bump * 1_000_000_000
    os.utime(path, ns=(stamp, stamp))


def test_snapshot_sees_added_modified_and_removed_files_but_not_caches(tmp_path):
    touch(tmp_path / "a.txt", "one")
    (tmp_path / "__pycache__").mkdir()
    before = take_snapshot([tmp_path, tmp_path / "missing"])
    touch(tmp_path / "a.txt", "one, edited", bump=2)
    touch(tmp_path / "b.md", "new")
    touch(tmp_path / "__pycache__" / "x.pyc", "ignored")
    after = take_snapshot([tmp_path])
    assert changed_files(before, after) == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]
    (tmp_path / "b.md").unlink()
    assert changed_files(after, take_snapshot([tmp_path])) == [str(tmp_path / "b.md")]
    assert changed_files(after, after) == []


def test_watch_rebuilds_once_per_change_and_stops_when_asked(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    touch(seeds / "one.txt", "first")
    stop = threading.Event()
    builds: list[float] = []
    messages: list[str] = []

    def rebuild() -> bool:
        builds.append(time.monotonic())
        if len(builds) == 1:
            return False  # a failing build is reported, and watching goes on
        stop.set()
        return True

    thread = threading.Thread(target=watch, args=([seeds], rebuild, stop, messages.append, 0.05))
    thread.start()
    edit_until(lambda: len(builds) >= 1, seeds / "one.txt")
    edit_until(lambda: len(builds) >= 2, seeds / "two.txt")
    thread.join(timeout=5)
    assert not thread.is_alive() and len(builds) == 2
    assert any("build failed" in m for m in messages) and messages[-1] == "serve: rebuilt"


def test_serve_answers_on_localhost_only_and_serves_the_new_site_after_a_rebuild(tmp_path):
    out, seeds = tmp_path / "site", tmp_path / "seeds"
    seeds.mkdir()
    touch(seeds / "a.txt", "v1")
    stop = threading.Event()
    messages: list[str] = []

    def rebuild() -> bool:
        """A real (tiny) site build: the page shows the seed's text."""
        out.mkdir(exist_ok=True)
        (out / "index.html").write_text((seeds / "a.txt").read_text(), encoding="utf-8")
        return True

    thread = threading.Thread(target=serve, args=(out, 0, [seeds], rebuild, messages.append, stop, 0.05))
    thread.start()
    try:
        url = wait_for_url(messages)
        assert url.startswith("http://127.0.0.1:")
        assert fetch(url + "index.html") == "v1"
        edit_until(lambda: fetch(url + "index.html") == "v2", seeds / "a.txt", "v2")
        with pytest.raises(urllib.error.HTTPError):
            fetch(url + "missing.html")
    finally:
        stop.set()
        thread.join(timeout=5)


def test_serve_refuses_to_start_without_any_site(tmp_path):
    messages: list[str] = []
    assert serve(tmp_path / "none", 0, [tmp_path], lambda: False, messages.append, threading.Event()) == 1
    assert "no previous site" in messages[0]


def test_cli_serve_options_and_the_rebuild_command():
    args = make_parser().parse_args(["serve", "--port", "9000", "--seeds", "s"])
    assert args.port == 9000 and args.seeds == Path("s")
    with pytest.raises(SystemExit):
        make_parser().parse_args(["serve", "--port", "70000"])
    command = build_command(Path("/s"), Path("/o"), None, "https://x.example/")
    assert command[:4] == [sys.executable, "-m", "generator", "build"]
    assert command[-2:] == ["--site-url", "https://x.example/"]


@pytest.mark.slow
def test_real_rebuild_command_builds_the_seeds(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "site"
    assert run_build(build_command(seeds, out, None, None))
    assert (out / "index.html").is_file() and (out / "static" / "style.css").is_file()


def edit_until(done, path: Path, text: str | None = None, seconds: float = 10) -> None:
    """Edit `path` until `done()`: the watcher may take its first snapshot after an early edit."""
    deadline = time.monotonic() + seconds
    bump = 2
    while not done():
        assert time.monotonic() < deadline, f"no rebuild after editing {path}"
        touch(path, text if text is not None else f"edit {bump}", bump=bump)
        bump += 2
        time.sleep(0.15)


def wait_for_url(messages: list[str]) -> str:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        for message in messages:
            if message.startswith("serve: http://"):
                return message.split()[1]
        time.sleep(0.02)
    raise AssertionError(f"server did not start: {messages}")


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")
