"""Sending over SMTP to a real aiosmtpd server on 127.0.0.1: delivery, clear errors, retries."""

from __future__ import annotations

import smtplib
import socket
from datetime import datetime, timezone

import pytest
from bs4 import BeautifulSoup

from generator.config import Config, EmailConfig
from generator.email import render_email
from generator.email.send import SendError, SmtpSettings, describe_delivery, send_email, smtp_settings
from generator.errors import ConfigError
from tests.email_support import (RecordingHandler, accept_password, free_port, parse_message,
                                 refuse_everyone, sample_digest, smtp_server)

SITE = "https://news.example.org/"
RECIPIENTS = ("ana@example.org", "bo@example.net")
CONFIG = Config(site_url=SITE, email=EmailConfig(recipients=RECIPIENTS, sender="Digest <digest@example.org>"))
NOW = datetime(2026, 1, 2, 7, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def message():
    return render_email(sample_digest(), CONFIG).message


def local(port: int, **kwargs) -> SmtpSettings:
    return SmtpSettings("127.0.0.1", port, security="none", timeout=5, **kwargs)


def test_every_recipient_gets_their_own_copy_with_both_parts(message):
    handler = RecordingHandler()
    with smtp_server(handler) as port:
        report = send_email(message, RECIPIENTS, local(port), now=NOW)
    assert report.ok and report.delivered == RECIPIENTS and report.attempts == 1
    assert [r.recipients for r in handler.received] == [["ana@example.org"], ["bo@example.net"]]
    assert all(r.sender == "digest@example.org" for r in handler.received)
    received = parse_message(handler.received[1].data)
    assert received["To"] == "bo@example.net" and received["Bcc"] is None
    assert received["Date"] == "Fri, 02 Jan 2026 07:30:00 +0000"  # sending stamps the real time
    assert received["Message-ID"] == message["Message-ID"]
    assert received["Subject"].startswith("News digest — 5 March 2025: Harbour bridge reopens")
    text = received.get_body(("plain",)).get_content()
    html = received.get_body(("html",)).get_content()
    assert "Reported by several outlets:" in text and "— Klaus Weber, via dpa" in text
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("a", string="Harbour bridge reopens after storm")["href"] == SITE + "stories/harbour-bridge-reopens.html"
    assert "Engineers inspected 14 cables overnight." in soup.get_text(" ")
    assert "“We will not reopen until it is safe”" in soup.get_text(" ")


def test_login_with_the_right_password_delivers(message):
    handler = RecordingHandler()
    with smtp_server(handler, authenticator=accept_password("s3cret")) as port:
        report = send_email(message, RECIPIENTS[:1], local(port, user="digest", password="s3cret"))
    assert report.delivered == RECIPIENTS[:1] and len(handler.received) == 1


def test_a_refused_login_is_one_clear_error(message):
    handler = RecordingHandler()
    with smtp_server(handler, authenticator=refuse_everyone) as port:
        with pytest.raises(SendError, match=r"refused the login for user 'digest': 535") as caught:
            send_email(message, RECIPIENTS, local(port, user="digest", password="wrong"))
    assert "\n" not in str(caught.value) and "wrong" not in str(caught.value)
    assert handler.received == []


def test_a_closed_port_is_one_clear_error(message):
    port = free_port()
    with pytest.raises(SendError, match=rf"^cannot connect to SMTP server 127\.0\.0\.1:{port}: connection refused$"):
        send_email(message, RECIPIENTS, local(port), sleep=lambda s: None)


def test_a_rejected_recipient_is_reported_and_the_others_still_get_it(message):
    handler = RecordingHandler(refuse={"bo@example.net"})
    with smtp_server(handler) as port:
        report = send_email(message, ("bo@example.net", "ana@example.org"), local(port))
    assert report.delivered == ("ana@example.org",)
    assert report.rejected == (("bo@example.net", "550 5.1.1 no such mailbox here"),)
    assert not report.ok


@pytest.mark.parametrize("reply", ["451 4.3.0 try again later", "421 4.3.2 service shutting down"])
def test_transient_replies_are_retried_with_exponential_backoff(message, reply):
    handler = RecordingHandler(transient_replies=[reply, reply])
    pauses: list[float] = []
    with smtp_server(handler) as port:
        report = send_email(message, RECIPIENTS, local(port), sleep=pauses.append, first_delay=0.5)
    assert report.ok and report.delivered == RECIPIENTS and report.attempts == 3
    assert pauses == [0.5, 1.0]
    assert len(handler.received) == 2  # nobody got it twice


def test_retries_give_up_and_say_who_did_not_get_it(message):
    handler = RecordingHandler(transient_replies=["451 4.7.1 greylisted"] * 10)
    pauses: list[float] = []
    with smtp_server(handler) as port:
        report = send_email(message, RECIPIENTS, local(port), attempts=3, sleep=pauses.append)
    assert report.delivered == () and pauses == [1.0, 2.0]
    assert [r for r, _ in report.failed] == list(RECIPIENTS)
    assert "451 4.7.1 greylisted (after 3 attempts)" in report.failed[0][1]


def test_a_server_that_never_answers_times_out_and_is_retried(message):
    """A listener that accepts but never greets: each try times out, then the report says so."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        port = listener.getsockname()[1]
        pauses: list[float] = []
        settings = SmtpSettings("127.0.0.1", port, security="none", timeout=0.3)
        report = send_email(message, RECIPIENTS[:1], settings, attempts=2, sleep=pauses.append)
    assert report.delivered == () and pauses == [1.0]
    assert "cannot connect to SMTP server" in report.failed[0][1]


def test_a_dropped_connection_mid_session_is_retried(message):
    handler = RecordingHandler(hang_ups=1)
    pauses: list[float] = []
    with smtp_server(handler) as port:
        report = send_email(message, RECIPIENTS, local(port), sleep=pauses.append)
    assert report.ok and report.delivered == RECIPIENTS and report.attempts == 2 and pauses == [1.0]
    assert [r.recipients for r in handler.received] == [["ana@example.org"], ["bo@example.net"]]


def test_password_is_never_sent_in_clear_to_another_host(message):
    settings = SmtpSettings("smtp.example.org", 25, security="none", user="u", password="p")
    with pytest.raises(SendError, match="refusing to send the SMTP password unencrypted"):
        send_email(message, RECIPIENTS, settings)


def test_starttls_against_a_server_without_it_is_a_clear_error(message):
    with smtp_server(RecordingHandler()) as port:
        settings = SmtpSettings("127.0.0.1", port, security="starttls", timeout=5)
        with pytest.raises(SendError, match="does not support STARTTLS"):
            send_email(message, RECIPIENTS, settings)


def test_settings_list_everything_missing_at_once():
    with pytest.raises(ConfigError) as caught:
        smtp_settings(EmailConfig(smtp_user="u"), password=None)
    assert len(caught.value.problems) == 4
    settings = smtp_settings(EmailConfig(recipients=("a@b.c",), sender="d@e.f", smtp_host="h", security="ssl"), None)
    assert settings.port == 465
    assert "hunter2" not in repr(SmtpSettings("h", 1, password="hunter2"))


def test_dry_run_description_names_headers_recipients_and_sizes(message):
    lines = describe_delivery(message, RECIPIENTS, local(2525, user="digest", password="hunter2"))
    joined = "\n".join(lines)
    assert "From: Digest <digest@example.org>" in joined and "Recipients (2): ana@example.org, bo@example.net" in joined
    assert "Server: 127.0.0.1:2525 (none), as digest" in joined and "bytes as sent" in joined
    assert "hunter2" not in joined


def test_smtplib_is_what_we_talk_through():
    """Guards the error mapping above: these are the exceptions the stdlib raises."""
    assert issubclass(smtplib.SMTPAuthenticationError, smtplib.SMTPResponseException)
    assert issubclass(TimeoutError, OSError)
