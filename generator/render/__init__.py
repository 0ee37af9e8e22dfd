"""Render stage: a Digest -> every output file as bytes, keyed by its path inside the site.

Pure: no file is written here (write.py does that), so tests can render and inspect in memory.
"""

from __future__ import annotations

from generator.render.site import render_site

__all__ = ["render_site"]
