"""The one Jinja2 environment of a build: autoescaping on for every template, strict undefined."""

from __future__ import annotations

from pathlib import Path

import jinja2


def make_environment(templates: Path) -> jinja2.Environment:
    """Create the environment; every template is autoescaped, whatever its extension."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
