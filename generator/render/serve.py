"""`digest serve`: preview the site on http://127.0.0.1:PORT/ and rebuild when a source changes.

A development tool, not part of the pure pipeline: it serves `out` with the standard library's
http.server and polls the modification times of the watched folders (seeds, templates and the
generator package) once a second; no dependency is needed for that. Each rebuild runs
`python -m generator build` in a fresh process, so edits to generator/ itself take effect.
Because write.py swaps the new site in with a rename, a request never sees half a site.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

Snapshot = dict[str, tuple[int, int]]
IGNORED_DIRS = {"__pycache__", ".git", ".cache", ".pytest_cache", ".venv"}


def take_snapshot(folders: Iterable[Path]) -> Snapshot:
    """Every file under `folders` -> (mtime in ns, size); a folder that is missing counts as empty."""
    snapshot: Snapshot = {}
    for folder in folders:
        for parent, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d not in IGNORED_DIRS and not d.startswith("."))
            for name in names:
                path = os.path.join(parent, name)
                try:
                    status = os.stat(path)
                except OSError:
                    continue  # deleted between listing and stat: the next poll sees it gone
                snapshot[path] = (status.st_mtime_ns, status.st_size)
    return snapshot


def changed_files(before: Snapshot, after: Snapshot) -> list[str]:
    """Files added, removed or modified between two snapshots, sorted."""
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def build_command(seeds: Path, out: Path, config: Path | None, site_url: str | None) -> list[str]:
    """The `digest build` a rebuild runs, in a new interpreter so code changes are picked up."""
    command = [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--out", str(out)]
    if config is not None:
        command += ["--config", str(config)]
    if site_url:
        command += ["--site-url", site_url]
    return command


def run_build(command: Sequence[str]) -> bool:
    """Run one rebuild; its messages go to the terminal. True when it succeeded."""
    return subprocess.run(list(command), check=False).returncode == 0


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder; logs only failed requests, so rebuild messages stay readable."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        if isinstance(code, int) and code >= 400:
            super().log_request(code, size)


def start_server(out: Path, port: int) -> http.server.ThreadingHTTPServer:
    """Serve `out` on 127.0.0.1:port (0 picks a free port) from a background thread."""
    handler = functools.partial(QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def watch(
    folders: Sequence[Path],
    rebuild: Callable[[], bool],
    stop: threading.Event,
    echo: Callable[[str], None],
    interval: float = 1.0,
) -> int:
    """Poll `folders` until `stop` is set; rebuild once per burst of changes. Returns rebuilds run."""
    before = take_snapshot(folders)
    rebuilds = 0
    while not stop.wait(interval):
        after = take_snapshot(folders)
        changed = changed_files(before, after)
        if not changed:
            continue
        echo(f"serve: {len(changed)} file(s) changed ({_short(changed[0])}{', …' if len(changed) > 1 else ''}); rebuilding")
        ok = rebuild()
        rebuilds += 1
        echo("serve: rebuilt" if ok else "serve: build failed; still serving the previous site")
        before = take_snapshot(folders)  # changes made during the build trigger the next one
    return rebuilds


def serve(
    out: Path,
    port: int,
    folders: Sequence[Path],
    rebuild: Callable[[], bool],
    echo: Callable[[str], None],
    stop: threading.Event | None = None,
    interval: float = 1.0,
) -> int:
    """Build once, serve `out`, rebuild on changes until Ctrl-C (or `stop`). Returns an exit code."""
    stop = stop or threading.Event()
    if not rebuild() and not out.is_dir():
        echo("serve: the first build failed and there is no previous site to serve")
        return 1
    server = start_server(out, port)
    host, bound = server.server_address[:2]
    echo(f"serve: http://{host}:{bound}/ (watching {', '.join(str(f) for f in folders)}; Ctrl-C stops)")
    try:
        watch(folders, rebuild, stop, echo, interval)
    except KeyboardInterrupt:
        echo("serve: stopped")
    finally:
        server.shutdown()
        server.server_close()
    return 0


def _short(path: str) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return path
