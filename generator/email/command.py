"""`digest email`: collect the digest, render the email, write <out>/email/, then maybe send.

The files written are always deterministic (Date from SOURCE_DATE_EPOCH or the newest article);
only the copies actually sent carry the real sending time, read here at the edge.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timezone

from generator.build import collect
from generator.config import Config, smtp_password
from generator.email.message import digest_date
from generator.email.render import RenderedEmail, render_email
from generator.email.send import SendReport, describe_delivery, send_email, smtp_settings
from generator.errors import ConfigError
from generator.write import write_subfolder

Echo = Callable[[str], None]


def email_digest(config: Config, *, send: bool, dry_run: bool, environ: Mapping[str, str], echo: Echo) -> int:
    """Run the command; returns the exit status (0 only when every recipient got the email)."""
    digest, problems = collect(config)
    for problem in problems:
        echo(f"{problem.severity}: {problem}")
    date = digest_date(digest, environ.get("SOURCE_DATE_EPOCH"))
    rendered = render_email(digest, config, date=date)
    folder = write_subfolder(rendered.files(), config.out, "email")
    echo(summarise(rendered, str(folder)))
    if not config.site_url:
        echo("warning: site_url is not set, so links in the email are relative to the site folder "
             "(fine for a local preview, broken in a mail client); set site_url to send")
    if dry_run:
        return show_dry_run(rendered, config, environ, echo)
    if not send:
        return 0
    if not config.site_url:
        raise ConfigError(["site_url must be set to send the email: its links must reach the published site"])
    settings = smtp_settings(config.email, smtp_password(environ))
    report = send_email(rendered.message, config.email.recipients, settings, now=datetime.now(timezone.utc))
    for line in describe_report(report):
        echo(line)
    return 0 if report.ok else 1


def summarise(rendered: RenderedEmail, folder: str) -> str:
    shown = f"{rendered.stories_shown} of {rendered.stories_total} stories"
    cut = " (cut to stay under the clipping limit; the rest are linked)" if rendered.stories_shown < rendered.stories_total else ""
    return f"email: {shown}{cut}, HTML {len(rendered.html.encode()):,} bytes; wrote digest.html, digest.txt, digest.eml in {folder}"


def show_dry_run(rendered: RenderedEmail, config: Config, environ: Mapping[str, str], echo: Echo) -> int:
    """Print what would be sent; exit 2 when the settings would not let it be sent."""
    try:
        settings = smtp_settings(config.email, smtp_password(environ))
        missing: tuple[str, ...] = () if config.site_url else ("site_url is not set",)
    except ConfigError as exc:
        settings, missing = None, exc.problems
    echo("dry run: nothing was sent; this is what --send would do")
    for line in describe_delivery(rendered.message, config.email.recipients, settings):
        echo(f"  {line}")
    for problem in missing:
        echo(f"  would not send: {problem}")
    return 2 if missing else 0


def describe_report(report: SendReport) -> list[str]:
    """One line per recipient, then a summary: the user sees exactly who got the email."""
    lines = [f"sent to {r}" for r in report.delivered]
    lines += [f"rejected {r}: {reason}" for r, reason in report.rejected]
    lines += [f"not delivered to {r}: {reason}" for r, reason in report.failed]
    total = len(report.delivered) + len(report.rejected) + len(report.failed)
    lines.append(f"email: delivered to {len(report.delivered)} of {total} recipient(s) in {report.attempts} attempt(s)")
    return lines
