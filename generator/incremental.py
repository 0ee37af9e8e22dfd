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
from dataclasses import dataclass, replace
from pathlib import Path

from generator import __version__
from generator.cache import decode_entry, default_cache_dir, encode_entry
from generator.config import Config
from generator.models import BuildReport, SourceFile
from generator.parse import PARSER_VERSION
from generator.read import read_cache_entries, read_folder, stat_tree
from generator.write import write_cache_entries

CODE_FOLDER = Path(__file__).resolve().parent  # the generator package: its code shapes the site


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
    for folder in (read_folder(config.templates), read_folder(CODE_FOLDER, frozenset({".py"}))):
        for name in sorted(folder):
            digest.update(f"{name}\0{len(folder[name])}\0".encode() + folder[name])
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


def stamp_build(config: Config, quick: str | None, key: str, report: BuildReport) -> None:
    """Leave the stamp of the site just written (or found up to date) for the next build."""
    out = config.out.resolve()
    manifest = stat_tree(out) or ()
    stamp = BuildStamp(quick, key, replace(report, timings=()), manifest)
    write_cache_entries(_cache_dir(config), {_stamp_path(out): encode_entry(stamp)})


def _read_stamp(config: Config) -> BuildStamp | None:
    path = _stamp_path(config.out.resolve())
    data = read_cache_entries(_cache_dir(config), [path]).get(path)
    return decode_entry(data, BuildStamp) if data is not None else None


def _stamp_path(out: Path) -> str:
    """One stamp per output folder, so builds into different folders do not collide."""
    return f"build/{hashlib.sha256(str(out).encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def _cache_dir(config: Config) -> Path:
    return config.cache_dir or default_cache_dir()


def _hash(inputs: BuildInputs, parts: Iterable[bytes]) -> str:
    digest = hashlib.sha256(inputs.digest.encode())
    for part in parts:
        digest.update(part)
    return digest.hexdigest()
