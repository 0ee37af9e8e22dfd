"""A one-line progress bar on stderr for long builds, shown only to a person at a terminal.

Piped output, CI logs (CI=true) and `progress = false` stay quiet, so logs and tests never see
carriage returns. The bar redraws only when the shown percentage changes: at 10,000 articles it
writes about a hundred short lines, not ten thousand.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

_WIDTH = 30


def progress_wanted(setting: bool | None, stream: TextIO, environ: Mapping[str, str]) -> bool:
    """An explicit setting wins; otherwise only on a terminal and never under CI."""
    if setting is not None:
        return setting
    if environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}:
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def render_bar(label: str, done: int, total: int) -> str:
    """The text of the bar, e.g. 'parse [#######.......]  512/1000  51%'."""
    fraction = done / total if total else 1.0
    filled = int(fraction * _WIDTH)
    bar = "#" * filled + "." * (_WIDTH - filled)
    width = len(str(total))
    return f"{label} [{bar}] {done:>{width}}/{total} {int(fraction * 100):>3}%"


class Progress:
    """Counts finished items of one stage and redraws the bar when its percentage moves."""

    def __init__(self, label: str, total: int, stream: TextIO, enabled: bool):
        self.label = label
        self.total = total
        self.stream = stream
        self.enabled = enabled and total > 0
        self.done = 0
        self._shown = -1

    def advance(self, count: int = 1) -> None:
        """Record `count` more finished items."""
        self.done = min(self.total, self.done + count)
        percent = self.done * 100 // self.total if self.total else 100
        if self.enabled and percent != self._shown:
            self._shown = percent
            self.stream.write("\r" + render_bar(self.label, self.done, self.total))
            self.stream.flush()

    def close(self) -> None:
        """Clear the bar's line so the build's summary starts on a clean line."""
        if self.enabled and self._shown >= 0:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def stage_progress(setting: bool | None, label: str, total: int) -> Progress:
    """A progress bar for one stage on stderr (config.progress; None: only on a terminal, not CI)."""
    return Progress(label, total, sys.stderr, progress_wanted(setting, sys.stderr, os.environ))
