"""The only module that writes output: a whole site, atomically, never outside `out`.

The site is written into a temporary folder beside `out` and swapped in only when every file is
written, so a failed or interrupted build leaves the previous site as it was.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from generator.errors import DigestError


def check_output_path(relpath: str) -> PurePosixPath:
    """Refuse any output path that could land outside the output folder."""
    path = PurePosixPath(relpath)
    if path.is_absolute() or not path.parts or any(p in {"", ".", ".."} for p in path.parts):
        raise DigestError(f"refusing to write unsafe output path {relpath!r}")
    if "\\" in relpath or "\x00" in relpath:
        raise DigestError(f"refusing to write unsafe output path {relpath!r}")
    return path


def write_site(files: Mapping[str, bytes], out: Path) -> None:
    """Write `files` (relative path -> bytes) as the new content of `out`, atomically.

    A file whose bytes did not change is hard-linked from the old site instead of written, so
    it keeps its inode and mtime (rsync and browsers' caches see it unchanged); when no file
    changed, none was added and none removed, `out` is not touched at all.
    """
    out = out.resolve()
    parts = {relpath: check_output_path(relpath).parts for relpath in files}
    unchanged = find_unchanged(files, out)
    if out.is_dir() and len(unchanged) == len(files) and list_files(out) == set(files):
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = _make_staging_folder(out)
    try:
        for relpath in sorted(files):
            target = staging.joinpath(*parts[relpath])
            target.parent.mkdir(parents=True, exist_ok=True)
            if relpath in unchanged and _link(out.joinpath(*parts[relpath]), target):
                continue
            target.write_bytes(files[relpath])
        _swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _make_staging_folder(out: Path) -> Path:
    """A new, unique folder beside `out`, with the permissions of any folder the user makes.

    Not tempfile.mkdtemp: its folder is private (0700), and after the swap the published site
    would be unreadable to a web server running as another user.
    """
    while True:
        staging = out.with_name(f".{out.name}.building-{os.getpid()}-{secrets.token_hex(4)}")
        try:
            staging.mkdir()  # mode 0777 less the umask, like `mkdir`
            return staging
        except FileExistsError:
            continue


def write_subfolder(files: Mapping[str, bytes], out: Path, name: str) -> Path:
    """Replace only `out/name` by `files`, atomically; the rest of `out` is left as it is.

    For outputs made by a separate command (the email) that live beside the site: `write_site`
    still replaces all of `out`, so a later `digest build` drops them until they are made again.
    """
    folder = out.resolve().joinpath(*check_output_path(name).parts)
    write_site(files, folder)
    return folder


def find_unchanged(files: Mapping[str, bytes], out: Path) -> set[str]:
    """The paths whose file in `out` is a regular file with exactly these bytes."""
    unchanged = set()
    for relpath, data in files.items():
        old = out.joinpath(*check_output_path(relpath).parts)
        try:
            status = old.lstat()
            if stat.S_ISREG(status.st_mode) and status.st_size == len(data) and old.read_bytes() == data:
                unchanged.add(relpath)
        except OSError:
            continue
    return unchanged


def list_files(out: Path) -> set[str]:
    """Every file under `out`, as a relative POSIX path (empty when `out` does not exist)."""
    found = set()
    for folder, _, names in os.walk(out):
        base = Path(folder).relative_to(out)
        found.update((base / name).as_posix() for name in names)
    return found


def _link(old: Path, target: Path) -> bool:
    """Hard-link an unchanged file into the staging folder; False where links are not possible."""
    try:
        os.link(old, target, follow_symlinks=False)
    except OSError:
        return False
    return True


def write_cache_entries(cache_dir: Path, entries: Mapping[str, bytes]) -> int:
    """Store cache entries (path inside cache_dir -> bytes); return how many were written.

    Each entry is written to a temporary file and renamed, so a reader (another build running
    at the same time) sees a whole entry or none. A cache that cannot be written only costs time.
    """
    written = 0
    for relpath in sorted(entries):
        target = cache_dir.joinpath(*check_output_path(relpath).parts)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            temporary.write_bytes(entries[relpath])
            os.replace(temporary, target)
            written += 1
        except OSError:
            continue
    return written


def _swap_in(staging: Path, out: Path) -> None:
    """Replace `out` by `staging` with renames, so `out` is always a whole site."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        out.rename(old)
    try:
        staging.rename(out)
    except BaseException:
        if old is not None:
            old.rename(out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
