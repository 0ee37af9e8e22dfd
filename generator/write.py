"""The only module that writes output: a whole site, atomically, never outside `out`.

The site is written into a temporary folder beside `out` and swapped in only when every file is
written, so a failed or interrupted build leaves the previous site as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
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
    """Write `files` (relative path -> bytes) as the new content of `out`, atomically."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
    try:
        for relpath in sorted(files):
            target = staging.joinpath(*check_output_path(relpath).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(files[relpath])
        _swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def write_subfolder(files: Mapping[str, bytes], out: Path, name: str) -> Path:
    """Replace only `out/name` by `files`, atomically; the rest of `out` is left as it is.

    For outputs made by a separate command (the email) that live beside the site: `write_site`
    still replaces all of `out`, so a later `digest build` drops them until they are made again.
    """
    folder = out.resolve().joinpath(*check_output_path(name).parts)
    write_site(files, folder)
    return folder


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
