"""Content-hash cache of parsed summaries, so an unchanged article is never parsed twice.

An entry is keyed by the file's path and bytes, the parser's fingerprint (PARSER_VERSION plus a
hash of the parsing code itself, so an edit to a parser without a version bump still counts, and
the versions of the libraries that read for it: a trafilatura upgrade extracts differently) and
the package version: any change to one of them is a different key, so a stale summary cannot be
served. This module
is pure (keys and the entry format); the entries are read by generator.read and written by
generator.write. An entry that is truncated, corrupt or from another format is treated as a
miss: the article is parsed again and the entry rewritten, never a crash.

Entries are pickles behind a SHA-256 check of their bytes. The cache folder is the user's own
(like .pytest_cache); anyone who can write there can already change the site's code.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import pickle
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from generator import __version__
from generator.models import Article, SourceFile
from generator.parse import PARSER_VERSION
from generator.read import read_folder

_PACKAGE = Path(__file__).resolve().parent
# the code whose output a cached summary is: the readers and analysers, decoding, the models
PARSER_CODE = ("parse", "read.py", "models.py", "slug.py")

# the libraries whose output is cached: readers (HTML, Markdown, front matter), stop lists
# (grouping terms), templates and the email's CSS inliner (pages); an upgrade of one is new code
LIBRARIES = ("beautifulsoup4", "css-inline", "jinja2", "justext", "lxml", "markdown", "pyyaml", "trafilatura")

MAGIC = b"newsdigest-parse-cache 1\n"
_DIGEST_SIZE = 32


def default_cache_dir() -> Path:
    """Where summaries are cached when the config names no folder: .cache/ in the working folder."""
    return Path(".cache").resolve()


@functools.cache
def parser_fingerprint() -> str:
    """PARSER_VERSION plus a hash of the parsing code, read once per process."""
    digest = hashlib.sha256(f"{PARSER_VERSION}\0{library_versions()}\0".encode())
    for name in PARSER_CODE:
        path = _PACKAGE / name
        files = read_folder(path, frozenset({".py"})) if path.is_dir() else {"": path.read_bytes()}
        hash_files(digest, files, prefix=f"{name}/")
    return digest.hexdigest()[:16]


@functools.cache
def library_versions() -> str:
    """The installed version of each of LIBRARIES, whose output a cache entry holds, read once
    per process ("name=absent" for one not installed, so installing it later is a change too)."""
    return " ".join(f"{name}={installed_version(name)}" for name in LIBRARIES)


def installed_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def hash_files(digest: "hashlib._Hash", files: Mapping[str, bytes], prefix: str = "") -> None:
    """Feed files (name -> bytes) into `digest` in name order, each name and length first, so
    no two different sets of files can feed it the same bytes."""
    for rel in sorted(files):
        digest.update(f"{prefix}{rel}\0{len(files[rel])}\0".encode() + files[rel])


def entry_key(
    source: SourceFile, parser_version: str | None = None, package_version: str = __version__
) -> str:
    """The entry's name: a hash of the path (ids derive from it), the bytes and the versions.

    The Python version is in it too: a pickle from another interpreter is not worth trusting.
    """
    parser_version = parser_version or parser_fingerprint()
    salt = f"{parser_version}\0{package_version}\0{sys.version_info[:2]}\0"
    digest = hashlib.sha256(salt.encode())
    digest.update(source.relpath.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(source.data)
    return digest.hexdigest()


def entry_path(key: str) -> str:
    """The entry's path inside the cache folder, fanned out so no folder holds 10,000 files."""
    return f"parse/{key[:2]}/{key}"


def encode_entry(value: object) -> bytes:
    """A value -> entry bytes: the format marker, the payload's SHA-256, the payload."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return MAGIC + hashlib.sha256(payload).digest() + payload


def decode_entry(data: bytes, kind: type = Article) -> Any:
    """Entry bytes -> the `kind` value, or None for anything that is not an intact entry of it."""
    if not data.startswith(MAGIC):
        return None
    checksum = data[len(MAGIC) : len(MAGIC) + _DIGEST_SIZE]
    payload = data[len(MAGIC) + _DIGEST_SIZE :]
    if hashlib.sha256(payload).digest() != checksum:
        return None
    try:
        value = pickle.loads(payload)
    except Exception:  # an intact but unreadable pickle (e.g. a class that moved): just a miss
        return None
    return value if isinstance(value, kind) else None


@functools.cache
def code_fingerprint() -> str:
    """A hash of every module of the package, read once per process: what a merged story, a
    build's stamp or its grouping terms may depend on, with the libraries it runs."""
    digest = hashlib.sha256(f"{library_versions()}\0".encode())
    hash_files(digest, read_folder(_PACKAGE, frozenset({".py"})))
    return digest.hexdigest()[:16]


def story_entry_path(article_entries: Iterable[str], package_version: str = __version__) -> str:
    """Where the merged story of these articles (by their parse entry paths, in order) is kept.

    A merged story is a pure function of its articles, and each parse entry path already names
    one article's bytes, path and parser; the rest of the code and the versions are added here.
    """
    salt = f"story\0{code_fingerprint()}\0{package_version}\0{sys.version_info[:2]}\0"
    digest = hashlib.sha256(salt.encode())
    for entry in article_entries:
        digest.update(entry.encode() + b"\0")
    key = digest.hexdigest()
    return f"merge/{key[:2]}/{key}"


def group_terms_path(out: Path) -> str:
    """Where the last build into `out` left its articles' grouping terms (one entry per output
    folder, like its stamp: rewritten by each build, so it never grows)."""
    return f"group/{folder_key(out)}"


def folder_key(out: Path) -> str:
    """A short name for an output folder, for the cache entries kept one per folder."""
    return hashlib.sha256(str(out.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def entry_paths(sources: Iterable[SourceFile]) -> dict[str, str]:
    """Each source's entry path in the cache folder, by the source's relpath."""
    return {source.relpath: entry_path(entry_key(source)) for source in sources}


def decode_entries(entries: Mapping[str, bytes], kind: type = Article) -> dict[str, Any]:
    """decode_entry over many entries (path -> bytes): the intact ones, decoded.

    The garbage collector is paused meanwhile: unpickling thousands of summaries creates
    millions of objects, each allocation burst triggering collections that walk everything
    already loaded (7,800 cached stories: 2.05 s with it running, 0.28 s paused). The objects
    are trees of frozen dataclasses, tuples and strings, so no cycle is left for it to find.
    """
    with paused_gc():
        decoded = {path: decode_entry(data, kind) for path, data in entries.items()}
    return {path: value for path, value in decoded.items() if value is not None}


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic garbage collector for the block (if it was on), then restore it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def split_hits(
    sources: Iterable[SourceFile], paths: Mapping[str, str], entries: Mapping[str, bytes]
) -> tuple[list[Article], list[SourceFile]]:
    """Sources whose entry decodes (as cached Articles) and the rest (to parse)."""
    hits: list[Article] = []
    misses: list[SourceFile] = []
    decoded = decode_entries(entries)
    for source in sources:
        article = decoded.get(paths[source.relpath])
        if article is None or article.file != source.relpath:
            misses.append(source)
        else:
            hits.append(article)
    return hits, misses


def new_entries(paths: Mapping[str, str], articles: Iterable[Article]) -> dict[str, bytes]:
    """Entries (path in the cache folder -> bytes) for freshly parsed articles."""
    return {paths[a.file]: encode_entry(a) for a in articles if a.file in paths}

