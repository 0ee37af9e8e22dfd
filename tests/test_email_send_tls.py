"""STARTTLS and implicit TLS against a real aiosmtpd server with certificates made by trustme.

The client verifies the certificate and the host name: a server the client's CAs do not trust
is a clear one-line error, never a silent fallback to plain text.
"""

from __future__ import annotations

import ssl

import pytest
import trustme

from generator.config import Config, EmailConfig
from generator.email import render_email
from generator.email.send import SendError, SmtpSettings, send_email
from tests.email_support import RecordingHandler, accept_password, parse_message, sample_digest, smtp_server

RECIPIENTS = ("ana@example.org",)


@pytest.fixture(scope="module")
def message():
    config = Config(site_url="https://news.example.org/", email=EmailConfig(sender="digest@example.org"))
    return render_email(sample_digest(), config).message


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


def server_context(ca) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    return context


def client_context(ca) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


def test_starttls_with_login_delivers(message, ca):
    handler = RecordingHandler()
    with smtp_server(handler, authenticator=accept_password("s3cret"), tls_context=server_context(ca),
                     require_starttls=True) as port:
        settings = SmtpSettings("127.0.0.1", port, "starttls", "digest", "s3cret", timeout=5, tls=client_context(ca))
        report = send_email(message, RECIPIENTS, settings)
    assert report.ok and parse_message(handler.received[0].data)["To"] == "ana@example.org"


def test_implicit_tls_delivers(message, ca):
    handler = RecordingHandler()
    with smtp_server(handler, ssl_context=server_context(ca)) as port:
        settings = SmtpSettings("127.0.0.1", port, "ssl", timeout=5, tls=client_context(ca))
        report = send_email(message, RECIPIENTS, settings)
    assert report.ok and len(handler.received) == 1


def test_an_untrusted_certificate_is_one_clear_error(message, ca):
    handler = RecordingHandler()
    with smtp_server(handler, tls_context=server_context(ca), require_starttls=True) as port:
        settings = SmtpSettings("127.0.0.1", port, "starttls", timeout=5, tls=client_context(trustme.CA()))
        with pytest.raises(SendError, match=r"^TLS with SMTP server 127\.0\.0\.1:\d+ failed: CERTIFICATE_VERIFY_FAILED"):
            send_email(message, RECIPIENTS, settings)
    assert handler.received == []
