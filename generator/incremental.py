"""The whole-build check: when nothing a site is made from has changed, do not build it again.

A build's inputs are the article files, the config, the templates, the generator's own code and
SOURCE_DATE_EPOCH. After each build a stamp is left in the cache folder (one per output folder):
a quick key over the article files' stat data, a content key over their bytes, the report, and
the stat manifest of every file written. The next build compares, cheapest first:

1. quick key (size, mtime, ctime, inode of every file under seeds; no file read), and
2. failing that, content key (every article's bytes, after the read stage),

and in both cases the site manifest, so a site someone edited or pruned is built again. Like
git's index, the quick key trusts stat data; ctime cannot be set back by tools that preserve
mtimes, and a seeds folder containing symlinks never takes the quick path.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator import __version__
from generator.cache import code_fingerprint, decode_entry, default_cache_dir, encode_entry, folder_key, hash_files
from generator.config import Config
from generator.models import BuildReport, SourceFile
from generator.parse import PARSER_VERSION
from generator.read import read_cache_entries, read_folder, stat_tree
from generator.write import write_cache_entries



@dataclass(frozen=True)
class BuildInputs:
    """Everything besides the article bytes that a site depends on, hashed once per build."""

    config: Config
    digest: str  # config, SOURCE_DATE_EPOCH, versions, templates and code


@dataclass(frozen=True)
class BuildStamp:
    """What the last build of one output folder was made from, and what it wrote."""

    quick: str | None
    key: str
    report: BuildReport
    manifest: tuple[tuple[str, int, int, int, int], ...]
    pages: tuple[tuple[str, str], ...] = ()  # (path, page key) of each keyed page written


@dataclass(frozen=True)
class PageMemo:
    """What the last build wrote, for skipping pages whose inputs did not change.

    A page is re-used when its key (render.site.page_key, salted with the templates, code and
    config) equals the one it had last time and the file is still the one that build left:
    same size, mtime, ctime and inode as in its manifest (so a hand-edited page is rewritten).
    """

    salt: str
    keys: dict[str, str] = field(default_factory=dict)
    files: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)

    def reusable(self, path: str, key: str | None) -> tuple[int, int, int, int] | None:
        """The stat the old file must still have for it to be re-used, or None to render."""
        if key is None or self.keys.get(path) != key:
            return None
        return self.files.get(path)


def page_memo(config: Config, inputs: BuildInputs) -> PageMemo:
    """The last build's page keys and file stats for this output folder (empty if none)."""
    stamp = _read_stamp(config)
    if stamp is None:
        return PageMemo(inputs.digest)
    return PageMemo(inputs.digest, dict(stamp.pages), {row[0]: tuple(row[1:]) for row in stamp.manifest})


def fingerprint_inputs(
    config: Config, generated: str | None, quick: bool = True
) -> tuple[BuildInputs, str | None]:
    """The build's inputs besides the articles, and (when `quick`) the quick key."""
    inputs = gather_inputs(config, generated)
    return inputs, quick_key(inputs) if quick else None


def gather_inputs(config: Config, generated: str | None) -> BuildInputs:
    """Hash the config (less jobs/progress), SOURCE_DATE_EPOCH, versions, templates and code."""
    digest = hashlib.sha256(repr(replace(config, jobs=None, progress=None)).encode())
    digest.update(f"\0{generated}\0{PARSER_VERSION}\0{__version__}\0".encode())
    digest.update(f"{code_fingerprint()}\0".encode())
    hash_files(digest, read_folder(config.templates))
    return BuildInputs(config, digest.hexdigest())


def quick_key(inputs: BuildInputs) -> str | None:
    """The inputs plus the stat data of every file under seeds; None when that cannot be trusted."""
    rows = stat_tree(inputs.config.seeds)
    if rows is None:
        return None
    return _hash(inputs, (repr(row).encode() for row in rows))


def content_key(inputs: BuildInputs, sources: Iterable[SourceFile]) -> str:
    """The inputs plus every article file's path and bytes."""
    return _hash(inputs, (f"{s.relpath}\0{len(s.data)}\0".encode() + s.data for s in sources))


def reusable_report(
    config: Config, *, quick: str | None = None, key: str | None = None
) -> BuildReport | None:
    """The last build's report when its quick or content key matches and its site is intact."""
    stamp = _read_stamp(config)
    if stamp is None or (quick is None or stamp.quick != quick) and (key is None or stamp.key != key):
        return None
    manifest = stat_tree(config.out.resolve())
    return stamp.report if manifest and manifest == stamp.manifest else None


def stamp_build(
    config: Config, quick: str | None, key: str, report: BuildReport, pages: dict[str, str] | None = None
) -> None:
    """Leave the stamp of the site just written (or found up to date) for the next build.

    `pages`: the keys of the pages just written; None keeps the last stamp's (site unchanged).
    """
    out = config.out.resolve()
    manifest = stat_tree(out) or ()
    if pages is None:
        old = _read_stamp(config)
        page_rows = old.pages if old is not None else ()
    else:
        page_rows = tuple(sorted(pages.items()))
    stamp = BuildStamp(quick, key, replace(report, timings=()), manifest, page_rows)
    write_cache_entries(_cache_dir(config), {_stamp_path(out): encode_entry(stamp)})


def _read_stamp(config: Config) -> BuildStamp | None:
    path = _stamp_path(config.out.resolve())
    data = read_cache_entries(_cache_dir(config), [path]).get(path)
    return decode_entry(data, BuildStamp) if data is not None else None


def _stamp_path(out: Path) -> str:
    """One stamp per output folder, so builds into different folders do not collide."""
    return f"build/{folder_key(out)}"


def _cache_dir(config: Config) -> Path:
    return config.cache_dir or default_cache_dir()


def _hash(inputs: BuildInputs, parts: Iterable[bytes]) -> str:
    digest = hashlib.sha256(inputs.digest.encode())
    for part in parts:
        digest.update(part)
    return digest.hexdigest()
