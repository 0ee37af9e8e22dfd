"""The only module that writes output: a whole site, atomically, never outside `out`.

The site is written into a temporary folder beside `out` and swapped in only when every file is
written, so a failed or interrupted build leaves the previous site as it was.
"""

from __future__ import annotations

import filecmp
import os
import secrets
import shutil
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

from generator.errors import DigestError


def output_parts(relpath: str) -> tuple[str, ...]:
    """The folders and name of a relative output path; DigestError for any that could land
    outside the output folder (absolute, '..', backslashes, NUL, nothing at all).

    Read as PurePosixPath reads it ('a//b' and 'a/./b' are 'a/b'), but with string operations:
    it runs for every file of every build and every cache entry touched.
    """
    parts = tuple(part for part in relpath.split("/") if part not in ("", "."))
    if relpath.startswith("/") or not parts or ".." in parts or "\\" in relpath or "\x00" in relpath:
        raise DigestError(f"refusing to write unsafe output path {relpath!r}")
    return parts


def write_site(files: Mapping[str, bytes], out: Path) -> None:
    """Write `files` (relative path -> bytes) as the new content of `out`, atomically.

    A file whose bytes did not change is hard-linked from the old site instead of written, so
    it keeps its inode and mtime (rsync and browsers' caches see it unchanged); when no file
    changed, none was added and none removed, `out` is not touched at all.
    """
    with StagedSite(out) as staged:
        changed = [staged.put(relpath, files[relpath]) for relpath in sorted(files)]
        staged.commit(set(files), any(changed))


class StagedSite:
    """A new site written file by file beside `out`, swapped in whole by `commit()`.

    Files can be put in any order and from forked worker processes (each call only touches its
    own file), so a large site is written as it is rendered, never held in memory. Leaving the
    `with` block without committing (an error, Ctrl-C) removes the staging folder and leaves the
    old site as it was.
    """

    def __init__(self, out: Path):
        self.out = out.resolve()
        self.staging: Path | None = None

    def __enter__(self) -> "StagedSite":
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.staging = _make_staging_folder(self.out)
        return self

    def __exit__(self, *exc_info) -> None:
        if self.staging is not None:  # not committed
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None

    def put(self, relpath: str, content: bytes | Iterable[bytes]) -> bool:
        """Stage one file; False when the old site has it with these very bytes (then linked)."""
        old, target = self._old_and_staged(relpath)
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            if _same_bytes(old, content) and _link(old, target):
                return False
            target.write_bytes(content)
            return True
        with target.open("wb") as handle:
            handle.writelines(content)
        return not (_same_file(old, target) and _replace_with_link(old, target))

    def reuse(self, relpath: str, expected: tuple[int, int, int, int]) -> bool:
        """Link the old site's file into the staged site if it still has the `expected`
        (size, mtime_ns, ctime_ns, inode) an earlier build recorded; False to write it anew."""
        old, target = self._old_and_staged(relpath)
        try:
            status = old.lstat()
        except OSError:
            return False
        found = (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)
        if not stat.S_ISREG(status.st_mode) or found != tuple(expected):
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        return _link(old, target)

    def _old_and_staged(self, relpath: str) -> tuple[Path, Path]:
        """Where `relpath` is in the old site and in the staging folder (refusing unsafe paths)."""
        assert self.staging is not None, "files are staged only inside the with block"
        parts = output_parts(relpath)
        return self.out.joinpath(*parts), self.staging.joinpath(*parts)

    def commit(self, paths: set[str], changed: bool) -> None:
        """Swap the staged site in, unless no file changed and the old site has exactly `paths`."""
        assert self.staging is not None, "commit() outside the with block"
        staging, self.staging = self.staging, None
        try:
            if not changed and self.out.is_dir() and list_files(self.out) == paths:
                shutil.rmtree(staging, ignore_errors=True)
                return
            _swap_in(staging, self.out)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


def _same_bytes(old: Path, data: bytes) -> bool:
    """The old site's file at `old` is a regular file holding exactly `data`."""
    try:
        status = old.lstat()
        return stat.S_ISREG(status.st_mode) and status.st_size == len(data) and old.read_bytes() == data
    except OSError:
        return False


def _same_file(old: Path, new: Path) -> bool:
    """`old` is a regular file with the same bytes as the freshly written `new`."""
    try:
        status = old.lstat()
        return stat.S_ISREG(status.st_mode) and filecmp.cmp(old, new, shallow=False)
    except OSError:
        return False


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
    folder = out.resolve().joinpath(*output_parts(name))
    write_site(files, folder)
    return folder


def find_unchanged(files: Mapping[str, bytes], out: Path) -> set[str]:
    """The paths whose file in `out` is a regular file with exactly these bytes."""
    return {relpath for relpath, data in files.items() if _same_bytes(out.joinpath(*output_parts(relpath)), data)}


def list_files(out: Path) -> set[str]:
    """Every file under `out`, as a relative POSIX path (empty when `out` does not exist)."""
    found = set()
    for folder, _, names in os.walk(out):
        base = Path(folder).relative_to(out)
        found.update((base / name).as_posix() for name in names)
    return found


def _replace_with_link(old: Path, target: Path) -> bool:
    """Put a hard link to `old` where the freshly written `target` is; False (target kept as
    written) where links are not possible."""
    linked = target.with_name(f".{target.name}.link")
    if not _link(old, linked):
        return False
    os.replace(linked, target)
    return True


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
        target = cache_dir.joinpath(*output_parts(relpath))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            temporary.write_bytes(entries[relpath])
            os.replace(temporary, target)
            written += 1
        except OSError:
            continue
    return written


def refresh_cache_entries(cache_dir: Path, relpaths: Iterable[str]) -> None:
    """Mark cache entries as just used (mtime = now), so pruning keeps what builds still use."""
    base = os.fspath(cache_dir)
    for relpath in relpaths:
        try:
            os.utime(os.path.join(base, *output_parts(relpath)))
        except (DigestError, OSError):
            continue


def remove_cache_entries(cache_dir: Path, relpaths: Iterable[str]) -> int:
    """Delete cache entries (a missing one is fine); return how many were removed."""
    removed = 0
    for relpath in relpaths:
        try:
            cache_dir.joinpath(*output_parts(relpath)).unlink()
            removed += 1
        except OSError:
            continue
    return removed


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
