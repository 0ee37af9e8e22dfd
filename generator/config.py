"""One frozen Config, loaded once from the command line and an optional TOML file.

Unknown keys are rejected and every problem is reported at once, so a typo in the config file
never silently falls back to a default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEMPLATES = PROJECT_ROOT / "templates"
DEFAULT_CONFIG_NAME = "newsdigest.toml"


@dataclass(frozen=True)
class EmailConfig:
    """Where and how the digest email is sent; the password only ever comes from the environment."""

    recipients: tuple[str, ...] = ()
    sender: str | None = None
    subject: str | None = None
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_user: str | None = None
    security: str = "starttls"  # "starttls", "ssl" or "none"


@dataclass(frozen=True)
class Config:
    """Every setting of a build. Paths are absolute once loaded."""

    seeds: Path = Path("seeds")
    out: Path = Path("site")
    strict: bool = False
    title: str = "News digest"
    description: str = "Stories merged across outlets, with who said what."
    site_url: str | None = None  # absolute URL of the published site, for feeds and email
    stories_per_page: int = 50  # stories on each front page (index.html, pages/2.html, ...); 0: all on one
    max_file_bytes: int = 5_000_000
    templates: Path = DEFAULT_TEMPLATES
    cache_dir: Path | None = None
    cache_days: int = 30  # cache entries no build used for this many days are deleted; 0: never
    jobs: int | None = None  # None: all cores
    progress: bool | None = None  # None: only on a terminal
    email: EmailConfig = field(default_factory=EmailConfig)


_FILE_KEYS: dict[str, type | tuple[type, ...]] = {
    "seeds": str,
    "out": str,
    "strict": bool,
    "title": str,
    "description": str,
    "site_url": str,
    "stories_per_page": int,
    "max_file_mb": (int, float),
    "templates": str,
    "cache_dir": str,
    "cache_days": int,
    "jobs": int,
}
_EMAIL_KEYS: dict[str, type | tuple[type, ...]] = {
    "recipients": list,
    "sender": str,
    "subject": str,
    "smtp_host": str,
    "smtp_port": int,
    "smtp_user": str,
    "security": str,
}


def load_config(path: Path | None, **overrides: Any) -> Config:
    """Build the Config from an optional TOML file, then command-line overrides (None = unset).

    When `path` is None and `newsdigest.toml` exists in the working directory, it is used.
    """
    values: dict[str, Any] = {}
    if path is None and Path(DEFAULT_CONFIG_NAME).is_file():
        path = Path(DEFAULT_CONFIG_NAME)
    base_dir = Path.cwd()
    if path is not None:
        values = _read_config_file(path)
        base_dir = path.resolve().parent
    for key, value in overrides.items():
        if value is not None:
            values[key] = Path(value).resolve() if isinstance(value, Path) else value
    config = Config(**values)
    return _resolve_paths(config, base_dir)


def _read_config_file(path: Path) -> dict[str, Any]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such config file"]) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError([f"{path}: not a valid TOML file ({exc})"]) from None
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "email":
            values["email"] = _read_email_table(path, value, problems)
        elif key not in _FILE_KEYS:
            problems.append(f"{path}: unknown key {key!r} (known: {', '.join(sorted([*_FILE_KEYS, 'email']))})")
        elif not isinstance(value, _FILE_KEYS[key]) or isinstance(value, bool) != (_FILE_KEYS[key] is bool):
            problems.append(f"{path}: {key!r} has the wrong type ({type(value).__name__})")
        elif key == "max_file_mb":
            values["max_file_bytes"] = int(value * 1_000_000)
        elif key in {"seeds", "out", "templates", "cache_dir"}:
            values[key] = Path(value)
        elif key in {"cache_days", "stories_per_page"} and value < 0:
            problems.append(f"{path}: {key!r} must be 0 or more")
        else:
            values[key] = value
    if problems:
        raise ConfigError(problems)
    return values


def _read_email_table(path: Path, table: Any, problems: list[str]) -> EmailConfig:
    if not isinstance(table, dict):
        problems.append(f"{path}: 'email' must be a table")
        return EmailConfig()
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _EMAIL_KEYS:
            problems.append(f"{path}: unknown key 'email.{key}' (known: {', '.join(sorted(_EMAIL_KEYS))})")
        elif not isinstance(value, _EMAIL_KEYS[key]):
            problems.append(f"{path}: 'email.{key}' has the wrong type ({type(value).__name__})")
        elif key == "recipients":
            values[key] = tuple(str(v) for v in value)
        else:
            values[key] = value
    if values.get("security", "starttls") not in {"starttls", "ssl", "none"}:
        problems.append(f"{path}: 'email.security' must be starttls, ssl or none")
    return EmailConfig(**values)


# Environment variables that override the [email] table (for CI secrets and one-off sends).
EMAIL_ENVIRONMENT = {
    "DIGEST_SMTP_HOST": "smtp_host",
    "DIGEST_SMTP_PORT": "smtp_port",
    "DIGEST_SMTP_USER": "smtp_user",
    "DIGEST_SMTP_SECURITY": "security",
    "DIGEST_SMTP_SENDER": "sender",
    "DIGEST_EMAIL_RECIPIENTS": "recipients",  # comma-separated
}
PASSWORD_VARIABLE = "DIGEST_SMTP_PASSWORD"  # the only place the password is ever read from


def with_email_environment(config: Config, environ: Mapping[str, str]) -> Config:
    """Apply DIGEST_SMTP_* / DIGEST_EMAIL_RECIPIENTS over the config file's email settings."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for variable, key in EMAIL_ENVIRONMENT.items():
        raw = environ.get(variable, "").strip()
        if not raw:
            continue
        if key == "smtp_port":
            if not raw.isdigit() or not 0 < int(raw) < 65536:
                problems.append(f"{variable}: {raw!r} is not a port number")
                continue
            values[key] = int(raw)
        elif key == "recipients":
            values[key] = tuple(r.strip() for r in raw.split(",") if r.strip())
        else:
            values[key] = raw
    if values.get("security", "starttls") not in {"starttls", "ssl", "none"}:
        problems.append("DIGEST_SMTP_SECURITY must be starttls, ssl or none")
    if problems:
        raise ConfigError(problems)
    return replace(config, email=replace(config.email, **values))


def smtp_password(environ: Mapping[str, str]) -> str | None:
    """The SMTP password, from the environment only: never from a file, never kept in Config."""
    return environ.get(PASSWORD_VARIABLE) or None


def _resolve_paths(config: Config, base_dir: Path) -> Config:
    """Make every path absolute: file paths relative to the config file, CLI paths to the cwd."""
    changes = {}
    for f in fields(config):
        value = getattr(config, f.name)
        if isinstance(value, Path) and not value.is_absolute():
            changes[f.name] = (base_dir / value).resolve()
    return replace(config, **changes)
