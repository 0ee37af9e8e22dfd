"""The one Jinja2 environment of a build: autoescaping on for every template, strict undefined.

Filters that judge content (`safe_url`, `xml_text`) live in render/safety.py and are registered
here, so the site, the feed and the email templates all use the same rules.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from generator.render.safety import safe_url, xml_text

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def make_environment(templates: Path) -> jinja2.Environment:
    """Create the environment; every template is autoescaped, whatever its extension.

    A build makes its own environment and templates do not change during it, so templates are
    not re-checked on disk (auto_reload) at each of the thousands of pages that use them.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,
        auto_reload=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["xml_text"] = xml_text
    env.filters["display_date"] = display_date
    return env


@lru_cache(maxsize=4096)
def display_date(iso: str | None) -> str:
    """'2024-03-05' -> '5 Mar 2024' ('2024-03' -> 'Mar 2024'); anything else as it is.

    Month names are fixed English, not the locale's, so output never depends on the machine.
    Cached: a digest shows a few hundred distinct dates thousands of times.
    """
    parts = (iso or "").split("-")
    if not all(p.isdigit() for p in parts) or len(parts) > 3 or len(parts[0]) != 4:
        return iso or ""
    if len(parts) >= 2 and not 1 <= int(parts[1]) <= 12:
        return iso or ""
    month = MONTHS[int(parts[1]) - 1] if len(parts) >= 2 else ""
    day = str(int(parts[2])) if len(parts) == 3 else ""
    return " ".join(p for p in (day, month, parts[0]) if p)
