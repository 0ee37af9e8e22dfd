"""The digest as an email: render (pure) and send (SMTP, the only network I/O of newsdigest)."""

from __future__ import annotations

from generator.email.render import RenderedEmail, render_email

__all__ = ["RenderedEmail", "render_email"]
