"""Keep .cache/ from growing forever: entries no build has used for `cache_days` are deleted.

Every build marks the parse and merge entries it used as fresh (their mtime), then, at most
once a day, deletes entries older than `cache_days` days (default 30; 0 never prunes). Several
seeds folders or output folders can share one cache: an entry any of them still uses stays.
The wall clock is used here and only here, for housekeeping; it never reaches the output.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path

from generator.read import cache_entry_ages, read_cache_entries
from generator.write import remove_cache_entries, write_cache_entries

ENTRY_FOLDERS = ("parse", "merge")
PRUNE_MARK = "last-prune"  # holds the time of the last pruning, so it runs once a day at most
DAY = 86_400.0


def stale_entries(ages: Mapping[str, float], now: float, days: int) -> list[str]:
    """The entries last used more than `days` days before `now` (none when days is 0)."""
    if days <= 0:
        return []
    cutoff = now - days * DAY
    return sorted(path for path, used in ages.items() if used < cutoff)


def prune_due(mark: bytes | None, now: float) -> bool:
    """Whether a day has passed since the last pruning (or none is recorded, or it is unreadable)."""
    try:
        return mark is None or now - float(mark.decode("ascii")) >= DAY
    except (UnicodeDecodeError, ValueError):
        return True


def prune_cache(cache_dir: Path, days: int, now: float | None = None) -> int:
    """Delete stale entries if a day has passed since the last pruning; return how many."""
    now = time.time() if now is None else now
    if days <= 0 or not prune_due(read_cache_entries(cache_dir, [PRUNE_MARK]).get(PRUNE_MARK), now):
        return 0
    removed = remove_cache_entries(cache_dir, stale_entries(cache_entry_ages(cache_dir, ENTRY_FOLDERS), now, days))
    write_cache_entries(cache_dir, {PRUNE_MARK: f"{now:.0f}".encode("ascii")})
    return removed
