"""Digest + Config -> RenderedEmail (HTML, plain text, MIME message). Pure: nothing is written or sent.

The HTML keeps under Gmail's clipping limit (~102 KB of HTML) by showing as many stories as fit
and pointing to the site for the rest; the size is measured after the CSS is inlined, which is
what the mail client receives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage

import css_inline

from generator.config import Config
from generator.email.message import build_message, digest_date, one_line
from generator.email.view import EmailView, build_view
from generator.models import Digest
from generator.render.environment import make_environment

MAX_HTML_BYTES = 100_000  # Gmail clips an HTML body past ~102 KB; keep a margin
HTML_TEMPLATE = "email/digest.html"
TEXT_TEMPLATE = "email/digest.txt"


@dataclass(frozen=True)
class RenderedEmail:
    """The email as files and as a message; `message` is shared, copy it before changing it."""

    html: str
    text: str
    message: EmailMessage
    subject: str
    stories_shown: int
    stories_total: int

    def files(self) -> dict[str, bytes]:
        """What `digest email` writes into <out>/email/."""
        return {
            "digest.html": self.html.encode("utf-8"),
            "digest.txt": self.text.encode("utf-8"),
            "digest.eml": self.message.as_bytes(),
        }


def render_email(
    digest: Digest, config: Config, *, date: datetime | None = None, max_html_bytes: int = MAX_HTML_BYTES
) -> RenderedEmail:
    """Render the digest as an email; `date` defaults to the newest article's (deterministic)."""
    env = make_environment(config.templates)
    html_template, text_template = env.get_template(HTML_TEMPLATE), env.get_template(TEXT_TEMPLATE)
    inliner = css_inline.CSSInliner(load_remote_stylesheets=False, keep_at_rules=True)

    def render_html(view: EmailView) -> str:
        return inliner.inline(html_template.render(view=view))

    view = fit_to_size(build_view(digest, config), render_html, max_html_bytes)
    html = render_html(view)
    text = tidy_text(text_template.render(view=view))
    subject = make_subject(config.email.subject, view)
    message = build_message(
        subject, text, html, config.email.sender, config.email.recipients, date or digest_date(digest)
    )
    return RenderedEmail(html, text, message, subject, len(view.stories), view.total_stories)


def fit_to_size(view: EmailView, render_html, max_bytes: int) -> EmailView:
    """The view with the most leading stories whose HTML fits in `max_bytes`.

    Galloping search (8, 16, 32, ... stories, then halving the last gap), so a digest of
    thousands of stories is never rendered whole just to learn that it does not fit.
    """
    total = len(view.stories)

    def fits(count: int) -> bool:
        return html_size(render_html(view.first(count))) <= max_bytes

    low, probe = 0, 8
    while probe < total and fits(probe):
        low, probe = probe, probe * 2
    if probe >= total:
        if fits(total):
            return view
        probe = total
    high = probe - 1  # `low` stories fit, `probe` do not
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(middle) else (low, middle - 1)
    return view.first(low)


def html_size(html: str) -> int:
    return len(html.encode("utf-8"))


def make_subject(configured: str | None, view: EmailView) -> str:
    """The configured subject, else the digest's title, date and top headline."""
    if configured:
        return one_line(configured)
    parts = [view.title, view.date] if view.date else [view.title]
    subject = " — ".join(p for p in parts if p)
    if view.stories:
        subject = f"{subject}: {view.stories[0].title}"
    return one_line(subject)[:200]


def tidy_text(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
