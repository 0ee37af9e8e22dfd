"""The MIME message: multipart/alternative (text, then HTML) with safe, deterministic headers.

Same digest -> same bytes: the Date comes from the caller (SOURCE_DATE_EPOCH or the newest
article, see digest_date) and the Message-ID is a hash of the content, never the wall clock or
the host name. Headers go through email.policy.SMTP, which folds and RFC 2047-encodes them and
refuses CR/LF, so a headline cannot add a header of its own.
"""

from __future__ import annotations

import hashlib
import re
from copy import deepcopy
from datetime import datetime, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from generator.errors import ConfigError
from generator.models import Digest

PLACEHOLDER_SENDER = "newsdigest@localhost"  # for rendering only; sending requires email.sender
UNDISCLOSED = "undisclosed-recipients:;"


def build_message(
    subject: str, text: str, html: str, sender: str | None, recipients: tuple[str, ...], date: datetime
) -> EmailMessage:
    """Assemble the multipart/alternative message; the HTML part comes last (preferred)."""
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = one_line(subject)
    message["From"] = check_address(sender or PLACEHOLDER_SENDER, "email.sender")
    message["To"] = ", ".join(check_address(r, "email.recipients") for r in recipients) or UNDISCLOSED
    message["Date"] = format_datetime(date.astimezone(timezone.utc))
    message_id = content_message_id(subject, text, html, sender)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    message.set_boundary(f"==newsdigest-{message_id[1:17]}==")  # the default one is random
    return message


def content_message_id(subject: str, text: str, html: str, sender: str | None) -> str:
    """A Message-ID from the content: resending the same digest is recognisably the same mail."""
    digest = hashlib.sha256("\x00".join((subject, text, html)).encode("utf-8")).hexdigest()
    domain = parseaddr(sender or "")[1].rpartition("@")[2] or "newsdigest.invalid"
    return f"<{digest[:32]}.digest@{domain}>"


def digest_date(digest: Digest, source_date_epoch: str | None = None) -> datetime:
    """SOURCE_DATE_EPOCH (or the Digest's `generated`, which build() takes from it), else
    midnight UTC of the newest article, else the epoch: never the wall clock."""
    if source_date_epoch and source_date_epoch.strip().isdigit():
        return datetime.fromtimestamp(int(source_date_epoch.strip()), tz=timezone.utc)
    if digest.generated:
        try:
            return datetime.fromisoformat(digest.generated.replace("Z", "+00:00")).astimezone(timezone.utc)
        except ValueError:
            pass
    dates = sorted(d for a in digest.articles if (d := parse_iso_date(a.published)))
    return dates[-1] if dates else datetime.fromtimestamp(0, tz=timezone.utc)


def parse_iso_date(value: str | None) -> datetime | None:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return datetime(*map(int, match.groups()), tzinfo=timezone.utc)
    except ValueError:
        return None


def check_address(value: str, setting: str) -> str:
    """Refuse an address that is not one plain mailbox (and any CR/LF that could add a header)."""
    if "\r" in value or "\n" in value:
        raise ConfigError([f"{setting}: {value!r} contains a line break"])
    name, addr = parseaddr(value)
    if "@" not in addr or " " in addr or addr.startswith("@") or addr.endswith("@"):
        raise ConfigError([f"{setting}: {value!r} is not an email address"])
    return value.strip()


def one_line(text: str) -> str:
    """Headers are one line: every CR, LF and other control character becomes a space."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())


def with_recipient(message: EmailMessage, recipient: str, date: datetime | None = None) -> EmailMessage:
    """A copy addressed to one recipient (and, when sending, stamped with the real date)."""
    copy = deepcopy(message)
    copy.replace_header("To", check_address(recipient, "email.recipients"))
    if date is not None:
        copy.replace_header("Date", format_datetime(date.astimezone(timezone.utc)))
    return copy
