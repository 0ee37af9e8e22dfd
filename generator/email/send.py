"""Send the rendered email over SMTP: the one place newsdigest talks to the network.

Each recipient gets their own copy (To: that recipient only, so recipients never see each other)
over one connection. Transient failures (4xx replies, timeouts, dropped connections) are retried
with exponential backoff on a fresh connection, for the recipients still pending; permanent ones
(refused connection, bad credentials, a 5xx for one recipient) are reported as one clear line.
`sleep` and `now` are injected so tests need not wait or read the clock.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import parseaddr

from generator.config import EmailConfig
from generator.email.message import check_address, with_recipient
from generator.errors import ConfigError, DigestError

DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


class SendError(DigestError):
    """Nothing could be sent (no connection, login refused, TLS failed); says why in one line."""


class _Transient(Exception):
    """A failure worth retrying on a new connection after a pause."""


@dataclass(frozen=True)
class SmtpSettings:
    """Where to send and how to log in; the password comes from the environment only."""

    host: str
    port: int
    security: str = "starttls"
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0
    tls: ssl.SSLContext | None = field(default=None, repr=False, compare=False)  # None: system CAs

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def tls_context(self) -> ssl.SSLContext:
        """The context that verifies the server's certificate (and host name)."""
        return self.tls or ssl.create_default_context()


@dataclass(frozen=True)
class SendReport:
    """Who got the email, who the server refused for good, who could not be reached in time."""

    delivered: tuple[str, ...]
    rejected: tuple[tuple[str, str], ...] = ()  # (recipient, server's reason)
    failed: tuple[tuple[str, str], ...] = ()  # transient failures that outlasted the retries
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return bool(self.delivered) and not self.rejected and not self.failed


def smtp_settings(email: EmailConfig, password: str | None, timeout: float = 30.0) -> SmtpSettings:
    """Check that everything sending needs is set, and fill in the port the security implies."""
    problems = []
    if not email.smtp_host:
        problems.append("email.smtp_host is not set (config file or DIGEST_SMTP_HOST)")
    if not email.sender:
        problems.append("email.sender is not set (config file or DIGEST_SMTP_SENDER)")
    if not email.recipients:
        problems.append("email.recipients is empty (config file or DIGEST_EMAIL_RECIPIENTS)")
    if email.smtp_user and not password:
        problems.append("email.smtp_user is set but DIGEST_SMTP_PASSWORD is not in the environment")
    if problems:
        raise ConfigError(problems)
    port = email.smtp_port or DEFAULT_PORTS[email.security]
    return SmtpSettings(email.smtp_host, port, email.security, email.smtp_user, password, timeout)


def describe_delivery(message: EmailMessage, recipients: tuple[str, ...], settings: SmtpSettings | None) -> list[str]:
    """What --dry-run prints: headers, recipients, sizes and the server, without connecting."""
    lines = [f"{name}: {message[name]}" for name in ("From", "Subject", "Date", "Message-ID")]
    lines.append(f"Recipients ({len(recipients)}): {', '.join(recipients) or 'none configured'}")
    html, text = message.get_body(("html",)), message.get_body(("plain",))
    lines.append(
        f"Size: {len(message.as_bytes()):,} bytes as sent; HTML {len(html.get_content().encode()):,} bytes, "
        f"text {len(text.get_content().encode()):,} bytes"
    )
    if settings is None:
        lines.append("Server: not configured")
    else:
        login = f"as {settings.user} (password from DIGEST_SMTP_PASSWORD)" if settings.user else "without login"
        lines.append(f"Server: {settings.address} ({settings.security}), {login}")
    return lines


def send_email(
    message: EmailMessage,
    recipients: tuple[str, ...],
    settings: SmtpSettings,
    *,
    attempts: int = 4,
    first_delay: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    now: datetime | None = None,
) -> SendReport:
    """Send one copy per recipient, retrying transient failures; raise SendError if none can go."""
    refuse_cleartext_password(settings)
    sender = parseaddr(message["From"])[1]
    pending = [check_address(r, "email.recipients") for r in recipients]
    delivered: list[str] = []
    rejected: list[tuple[str, str]] = []
    for attempt in range(1, attempts + 1):
        try:
            smtp = connect(settings)
            try:
                deliver_pending(smtp, message, sender, pending, delivered, rejected, now)
            finally:
                hang_up(smtp)
            return SendReport(tuple(delivered), tuple(rejected), (), attempt)
        except _Transient as exc:
            if attempt == attempts:
                failed = tuple((r, f"{exc} (after {attempts} attempts)") for r in pending)
                return SendReport(tuple(delivered), tuple(rejected), failed, attempt)
            sleep(first_delay * 2 ** (attempt - 1))
    raise AssertionError("unreachable: the loop returns on its last attempt")


def deliver_pending(
    smtp: smtplib.SMTP,
    message: EmailMessage,
    sender: str,
    pending: list[str],
    delivered: list[str],
    rejected: list[tuple[str, str]],
    now: datetime | None,
) -> None:
    """Send to each pending recipient in turn; moves each one to delivered or rejected."""
    for recipient in list(pending):
        try:
            smtp.send_message(with_recipient(message, recipient, now), sender, [recipient])
            delivered.append(recipient)
        except smtplib.SMTPRecipientsRefused as exc:
            code, reply = exc.recipients.get(recipient, (550, b"refused"))
            check_permanent(code, reply)
            rejected.append((recipient, describe_reply(code, reply)))
        except smtplib.SMTPSenderRefused as exc:
            check_permanent(exc.smtp_code, exc.smtp_error)
            raise SendError(f"the server refused the sender {sender}: {describe_reply(exc.smtp_code, exc.smtp_error)}") from None
        except smtplib.SMTPDataError as exc:
            check_permanent(exc.smtp_code, exc.smtp_error)
            rejected.append((recipient, describe_reply(exc.smtp_code, exc.smtp_error)))
        except smtplib.SMTPResponseException as exc:
            check_permanent(exc.smtp_code, exc.smtp_error)
            rejected.append((recipient, describe_reply(exc.smtp_code, exc.smtp_error)))
        except (smtplib.SMTPServerDisconnected, TimeoutError, ConnectionError) as exc:
            raise _Transient(f"connection lost while sending ({exc or type(exc).__name__})") from None
        pending.remove(recipient)


def hang_up(smtp: smtplib.SMTP) -> None:
    """Say QUIT if the line is still up; a failure here must not hide what happened before."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def check_permanent(code: int, reply: bytes | str) -> None:
    """A 4xx reply means 'try again later': retry instead of reporting a rejection."""
    if 400 <= code < 500:
        raise _Transient(f"the server said to try again later: {describe_reply(code, reply)}")


def connect(settings: SmtpSettings) -> smtplib.SMTP:
    """Open the connection, secure it and log in; permanent failures become a SendError."""
    where = f"SMTP server {settings.address}"
    try:
        smtp = open_smtp(settings)
    except ConnectionRefusedError:
        raise SendError(f"cannot connect to {where}: connection refused") from None
    except socket.gaierror as exc:
        raise SendError(f"cannot connect to {where}: unknown host ({exc.strerror})") from None
    except smtplib.SMTPConnectError as exc:
        check_permanent(exc.smtp_code, exc.smtp_error)
        raise SendError(f"{where} refused the connection: {describe_reply(exc.smtp_code, exc.smtp_error)}") from None
    except (smtplib.SMTPServerDisconnected, TimeoutError, ConnectionError) as exc:
        raise _Transient(f"cannot connect to {where}: {exc or type(exc).__name__}") from None
    except ssl.SSLError as exc:
        raise SendError(f"TLS with {where} failed: {exc.reason or exc}") from None
    except OSError as exc:
        raise SendError(f"cannot connect to {where}: {exc.strerror or exc}") from None
    try:
        secure_and_login(smtp, settings)
    except BaseException:
        smtp.close()
        raise
    return smtp


def open_smtp(settings: SmtpSettings) -> smtplib.SMTP:
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=settings.tls_context())
    return smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)


def secure_and_login(smtp: smtplib.SMTP, settings: SmtpSettings) -> None:
    where = f"SMTP server {settings.address}"
    try:
        if settings.security == "starttls":
            smtp.starttls(context=settings.tls_context())
        if settings.user:
            smtp.login(settings.user, settings.password or "")
    except smtplib.SMTPAuthenticationError as exc:
        check_permanent(exc.smtp_code, exc.smtp_error)
        raise SendError(
            f"{where} refused the login for user {settings.user!r}: {describe_reply(exc.smtp_code, exc.smtp_error)}"
        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise SendError(f"{where} does not support {'STARTTLS' if 'STARTTLS' in str(exc) else 'login'}: {exc}") from None
    except smtplib.SMTPResponseException as exc:
        check_permanent(exc.smtp_code, exc.smtp_error)
        raise SendError(f"{where} refused: {describe_reply(exc.smtp_code, exc.smtp_error)}") from None
    except ssl.SSLError as exc:
        raise SendError(f"TLS with {where} failed: {exc.reason or exc}") from None
    except (smtplib.SMTPServerDisconnected, TimeoutError, ConnectionError) as exc:
        raise _Transient(f"{where} dropped the connection: {exc or type(exc).__name__}") from None


def refuse_cleartext_password(settings: SmtpSettings) -> None:
    """Never send a password unencrypted to another machine."""
    if settings.user and settings.security == "none" and settings.host not in LOCAL_HOSTS:
        raise SendError(
            f"refusing to send the SMTP password unencrypted to {settings.host}; "
            "set email.security to starttls or ssl"
        )


def describe_reply(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return f"{code} {' '.join(text.split())}"
