"""The only module that touches input files: find them, check them, read their bytes, decode.

Everything here reports a bad file as a Problem naming the file and the reason, and goes on with
the rest; nothing is raised past the build for one file.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from generator.errors import ReadError
from generator.models import Problem, SourceFile

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
# A folder of articles may document itself; these files describe the folder, not the news.
NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing"})


def find_source_paths(seeds: Path) -> Iterator[Path]:
    """Yield article files under `seeds` in a stable order, skipping hidden files and folders
    and a folder's own README/LICENSE."""
    for path in sorted(seeds.rglob("*")):
        rel = path.relative_to(seeds)
        if any(part.startswith(".") for part in rel.parts) or path.stem.lower() in NOT_ARTICLES:
            continue
        if path.suffix.lower() in ARTICLE_SUFFIXES and (path.is_file() or path.is_symlink()):
            yield path


def read_sources(seeds: Path, max_bytes: int) -> tuple[list[SourceFile], list[Problem]]:
    """Read every article file under `seeds`; return the good ones and one Problem per bad one."""
    if not seeds.is_dir():
        raise ReadError(str(seeds), "the seeds folder does not exist or is not a folder")
    root = seeds.resolve()
    sources: list[SourceFile] = []
    problems: list[Problem] = []
    for path in find_source_paths(seeds):
        relpath = path.relative_to(seeds).as_posix()
        try:
            sources.append(SourceFile(relpath, read_bytes(path, root, max_bytes)))
        except ReadError as exc:
            problems.append(Problem(relpath, exc.reason))
    return sources, problems


def read_bytes(path: Path, root: Path, max_bytes: int) -> bytes:
    """Read one file, refusing links that leave the seeds folder and files over the size limit."""
    real = path.resolve()
    if not real.is_relative_to(root):
        raise ReadError(path.name, "is a link to a file outside the seeds folder; not followed")
    if not real.is_file():
        raise ReadError(path.name, "is not a regular file")
    size = real.stat().st_size
    if size > max_bytes:
        raise ReadError(path.name, f"is {size:,} bytes, over the {max_bytes:,}-byte limit (max_file_mb)")
    try:
        return real.read_bytes()
    except OSError as exc:
        raise ReadError(path.name, f"cannot be read ({exc.strerror})") from None


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(file: str, data: bytes) -> str:
    """Decode article bytes: BOMs first, then UTF-8, BOM-less UTF-16, then cp1252/latin-1.

    Raises ReadError for empty, whitespace-only and binary files, with the reason.
    """
    if not data:
        raise ReadError(file, "is empty")
    text = _decode(data)
    if text is None:
        raise ReadError(file, "is binary or in an unknown encoding (not UTF-8, UTF-16 or cp1252)")
    text = repair_c1_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ReadError(file, "contains only whitespace")
    if _looks_binary(text):
        raise ReadError(file, "looks like a binary file, not an article")
    return text


# C1 control characters (U+0080-U+009F) are in no article: they are cp1252 punctuation that was
# read as latin-1 on its way to us ("Christ\x92s" for "Christ’s"). Each becomes the character
# cp1252 meant; the five bytes cp1252 leaves undefined go.
_C1_CONTROL = re.compile("[\x80-\x9f]")
_C1_AS_CP1252 = {
    code: bytes([code]).decode("cp1252", errors="ignore") or None for code in range(0x80, 0xA0)
}


def repair_c1_controls(text: str) -> str:
    """Text with each C1 control character replaced by the cp1252 character it stood for."""
    return text.translate(_C1_AS_CP1252) if _C1_CONTROL.search(text) else text


def _decode(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _decode_mostly_utf8(data)
    if mixed is not None:
        return mixed
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _decode_mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray cp1252 bytes (a scraper pasted text from two sources): the UTF-8
    stays UTF-8 and each stray byte is read as cp1252. None when there is no real UTF-8 in it."""
    text = data.decode("utf-8", errors="surrogateescape")
    if b"\x00" in data or not any(ch > "\x7f" and not _is_stray_byte(ch) for ch in text):
        return None
    return "".join(
        bytes([ord(ch) - 0xDC00]).decode("cp1252", errors="replace") if _is_stray_byte(ch) else ch
        for ch in text
    )


def _is_stray_byte(ch: str) -> bool:
    """A byte that was not UTF-8, as decode(errors="surrogateescape") leaves it."""
    return "\udc80" <= ch <= "\udcff"


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte of ASCII characters."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


# control characters no article has: below space, less newline, tab, form feed and vertical tab
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0d-\x1f]")


def _looks_binary(text: str) -> bool:
    """NULs, or more than 2% control characters in the first 4,000 characters."""
    sample = text[:4000]
    controls = len(_CONTROL_CHARACTERS.findall(sample))
    return "\x00" in sample or controls > len(sample) * 0.02


def read_cache_entries(cache_dir: Path, entry_paths: Iterable[str]) -> dict[str, bytes]:
    """The bytes of each cache entry that exists (path inside cache_dir -> bytes).

    A missing or unreadable entry is simply absent: the cache only ever saves work.
    """
    entries: dict[str, bytes] = {}
    for relpath in entry_paths:
        try:
            entries[relpath] = (cache_dir / relpath).read_bytes()
        except OSError:
            continue
    return entries


def read_folder(folder: Path, suffixes: frozenset[str] | None = None) -> dict[str, bytes]:
    """Every file under `folder` (optionally only these suffixes), by relative POSIX path.

    For fingerprinting what a build depends on (templates, the generator's code); a folder that
    does not exist is empty.
    """
    files: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and (suffixes is None or path.suffix in suffixes):
            files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


def stat_tree(folder: Path) -> tuple[tuple[str, int, int, int, int], ...] | None:
    """(path, size, mtime_ns, ctime_ns, inode) of every file under `folder`, sorted by path.

    What the incremental build compares instead of reading every byte. None when the folder is
    missing or holds a symlink or anything but files and folders: stat data cannot vouch for those.
    """
    rows: list[tuple[str, int, int, int, int]] = []
    pending = [(str(folder), "")]
    try:
        while pending:
            path, prefix = pending.pop()
            with os.scandir(path) as entries:
                for entry in entries:
                    status = entry.stat(follow_symlinks=False)
                    if stat.S_ISDIR(status.st_mode):
                        pending.append((entry.path, f"{prefix}{entry.name}/"))
                    elif stat.S_ISREG(status.st_mode):
                        rows.append((f"{prefix}{entry.name}", status.st_size, status.st_mtime_ns,
                                     status.st_ctime_ns, status.st_ino))
                    else:
                        return None
    except OSError:
        return None
    return tuple(sorted(rows))


def cache_entry_ages(cache_dir: Path, folders: Iterable[str]) -> dict[str, float]:
    """Each cache entry under these folders of `cache_dir` -> its mtime (seconds since the epoch).

    For pruning: an entry's mtime is when a build last used it. Unreadable folders are skipped.
    """
    ages: dict[str, float] = {}
    for folder in folders:
        for root, _, names in os.walk(cache_dir / folder):
            base = Path(root)
            for name in names:
                try:
                    ages[(base / name).relative_to(cache_dir).as_posix()] = (base / name).lstat().st_mtime
                except OSError:
                    continue
    return ages
