"""`digest email` end to end: seeds on disk -> <out>/email/ files -> a real SMTP server."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from tests.email_support import RecordingHandler, free_port, parse_message, smtp_server

ARTICLES = {
    "harbour-reuters.md": """---
title: Harbour bridge reopens after storm
source: Reuters
date: 2025-03-04
url: https://www.reuters.example/harbour
---
The harbour bridge reopened on Wednesday, city officials said.

"We will not reopen until it is safe," Mayor Ana Ruiz told reporters on Monday.
""",
    "budget.txt": """Council passes budget

By Jane Roe

The city council approved a €2bn budget on Tuesday by 31 votes to 20.
""",
}
SMTP_VARIABLES = ("DIGEST_SMTP_HOST", "DIGEST_SMTP_PORT", "DIGEST_SMTP_USER", "DIGEST_SMTP_SECURITY",
                  "DIGEST_SMTP_SENDER", "DIGEST_EMAIL_RECIPIENTS", "DIGEST_SMTP_PASSWORD", "SOURCE_DATE_EPOCH")


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A seeds folder and a working directory without a newsdigest.toml or SMTP variables."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for variable in SMTP_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    return tmp_path


def run(project: Path, *args: str) -> int:
    return main(["email", "--seeds", str(project / "seeds"), "--out", str(project / "site"), *args])


def test_email_writes_three_files_and_leaves_the_rest_of_the_site(project, capsys):
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("the site")
    assert run(project, "--site-url", "https://news.example.org/") == 0
    folder = project / "site" / "email"
    assert sorted(p.name for p in folder.iterdir()) == ["digest.eml", "digest.html", "digest.txt"]
    assert (project / "site" / "index.html").read_text() == "the site"
    message = parse_message((folder / "digest.eml").read_bytes())
    text = message.get_body(("plain",)).get_content().replace("\r\n", "\n")  # CRLF on the wire
    assert text == (folder / "digest.txt").read_text(encoding="utf-8")
    assert "https://news.example.org/stories/" in (folder / "digest.html").read_text(encoding="utf-8")
    assert "wrote digest.html, digest.txt, digest.eml" in capsys.readouterr().err


def test_running_twice_gives_identical_files(project):
    run(project)
    first = {p.name: p.read_bytes() for p in (project / "site" / "email").iterdir()}
    run(project)
    assert first == {p.name: p.read_bytes() for p in (project / "site" / "email").iterdir()}


def test_without_site_url_it_warns_and_refuses_to_send(project, capsys):
    assert run(project, "--send") == 2
    err = capsys.readouterr().err
    assert "warning: site_url is not set" in err and "site_url must be set to send" in err
    assert 'href="../stories/' in (project / "site" / "email" / "digest.html").read_text(encoding="utf-8")


def test_dry_run_shows_what_would_be_sent_without_connecting(project, capsys, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("DIGEST_SMTP_PORT", str(free_port()))  # nothing listens: connecting would fail
    monkeypatch.setenv("DIGEST_SMTP_SENDER", "digest@example.org")
    monkeypatch.setenv("DIGEST_EMAIL_RECIPIENTS", "ana@example.org, bo@example.net")
    monkeypatch.setenv("DIGEST_SMTP_USER", "digest")
    monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "hunter2")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert run(project, "--site-url", "https://news.example.org/", "--send", "--dry-run") == 0
    err = capsys.readouterr().err
    assert "dry run: nothing was sent" in err and "Recipients (2): ana@example.org, bo@example.net" in err
    assert "Date: Tue, 14 Nov 2023 22:13:20 +0000" in err and "hunter2" not in err


def test_send_delivers_through_smtp_settings_from_the_environment(project, capsys, monkeypatch):
    handler = RecordingHandler(refuse={"gone@example.net"})
    with smtp_server(handler) as port:
        monkeypatch.setenv("DIGEST_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("DIGEST_SMTP_PORT", str(port))
        monkeypatch.setenv("DIGEST_SMTP_SECURITY", "none")
        monkeypatch.setenv("DIGEST_SMTP_SENDER", "Digest <digest@example.org>")
        monkeypatch.setenv("DIGEST_EMAIL_RECIPIENTS", "ana@example.org,gone@example.net")
        status = run(project, "--site-url", "https://news.example.org/", "--send")
    err = capsys.readouterr().err
    assert status == 1  # one recipient was refused
    assert "sent to ana@example.org" in err and "rejected gone@example.net: 550" in err
    assert "delivered to 1 of 2 recipient(s)" in err
    received = parse_message(handler.received[0].data)
    assert received["To"] == "ana@example.org"
    assert "Harbour bridge reopens after storm" in received.get_body(("html",)).get_content()


def test_unreachable_server_is_one_line_and_exit_1(project, capsys, monkeypatch):
    port = free_port()
    for variable, value in {"DIGEST_SMTP_HOST": "127.0.0.1", "DIGEST_SMTP_PORT": str(port),
                            "DIGEST_SMTP_SECURITY": "none", "DIGEST_SMTP_SENDER": "d@example.org",
                            "DIGEST_EMAIL_RECIPIENTS": "ana@example.org"}.items():
        monkeypatch.setenv(variable, value)
    assert run(project, "--site-url", "https://news.example.org/", "--send") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"digest: error: cannot connect to SMTP server 127.0.0.1:{port}: connection refused"
    assert not any("Traceback" in line for line in err)


def test_bad_environment_values_are_config_errors(project, capsys, monkeypatch):
    monkeypatch.setenv("DIGEST_SMTP_PORT", "smtp")
    monkeypatch.setenv("DIGEST_SMTP_SECURITY", "tls")
    assert run(project) == 2
    err = capsys.readouterr().err
    assert "DIGEST_SMTP_PORT: 'smtp' is not a port number" in err and "DIGEST_SMTP_SECURITY must be" in err


def test_every_link_of_the_preview_email_reaches_a_page_of_the_built_site(project):
    """Without site_url the links are relative to site/email/: each must land on a built page."""
    from bs4 import BeautifulSoup

    assert main(["build", "--seeds", str(project / "seeds"), "--out", str(project / "site")]) == 0
    assert run(project) == 0
    folder = project / "site" / "email"
    soup = BeautifulSoup((folder / "digest.html").read_text(encoding="utf-8"), "html.parser")
    internal = [a["href"] for a in soup.find_all("a") if not a["href"].startswith("https://")]
    assert any("stories/" in h for h in internal) and any("articles/" in h for h in internal)
    missing = [h for h in internal if not (folder / h).resolve().is_file()]
    assert missing == []
