"""Helpers for the email tests: hand-built digests and a real SMTP server on 127.0.0.1.

The digests are built by hand (not parsed) so the email tests do not depend on the parser and
merger other engineers are changing; they mix outlets, quote styles and scripts on purpose.
"""

from __future__ import annotations

import socket
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Iterator

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from generator.models import Article, Conflict, Digest, Fact, MergedQuote, SentenceRef, Story, TimelineEntry


def article(id: str, source: str, title: str, published: str, url: str | None = None) -> Article:
    return Article(id=id, file=f"{id}.txt", format="text", title=title, source=source, author=None,
                   published=published, url=url, paragraphs=(f"Body of {title}.",))


def ref(article_id: str, text: str, paragraph: int = 0, sentence: int = 0) -> SentenceRef:
    return SentenceRef(article_id, paragraph, sentence, text)


def sample_digest() -> Digest:
    """Two stories: one carried by three outlets (with a conflict), one by a single outlet."""
    articles = (
        article("harbour-reuters", "Reuters", "Harbour bridge reopens after storm", "2025-03-04",
                "https://www.reuters.example/world/harbour-bridge"),
        article("harbour-lemonde", "Le Monde", "Le pont du port rouvre après la tempête", "2025-03-05",
                "https://www.lemonde.example/pont"),
        article("harbour-spiegel", "Der Spiegel", "Hafenbrücke nach Sturm wieder offen", "2025-03-05",
                "javascript:alert(1)"),
        article("budget-ft", "Financial Times", "City council passes €2bn budget", "2025-03-01"),
    )
    harbour = Story(
        id="harbour-bridge-reopens",
        title="Harbour bridge reopens after storm",
        lede="The harbour bridge reopened on Wednesday, two days after storm damage closed it.",
        articles=("harbour-reuters", "harbour-lemonde", "harbour-spiegel"),
        published="2025-03-05",
        facts=(
            Fact("The bridge reopened on Wednesday.",
                 (ref("harbour-reuters", "The bridge reopened on Wednesday."),
                  ref("harbour-lemonde", "Le pont a rouvert mercredi."))),
            Fact("Engineers inspected 14 cables overnight.",
                 (ref("harbour-spiegel", "Ingenieure prüften 14 Kabel."),)),
        ),
        conflicts=(
            Conflict("repair cost", (ref("harbour-reuters", "$3m"), ref("harbour-spiegel", "$5m")), ("$3m", "$5m")),
        ),
        timeline=(
            TimelineEntry("2025-03-03", "A storm damages the bridge's cables.", ("harbour-reuters", "harbour-spiegel")),
            TimelineEntry("2025-03-05", "The bridge reopens.", ("harbour-lemonde",)),
        ),
        quotes=(
            MergedQuote("We will not reopen until it is safe", "Mayor Ana Ruiz", None,
                        ("harbour-reuters", "harbour-lemonde"), "harbour-bridge-reopens"),
            MergedQuote("Die Brücke ist sicher", "Klaus Weber", "dpa", ("harbour-spiegel",),
                        "harbour-bridge-reopens"),
            MergedQuote("temporary", None, None, ("harbour-reuters",), "harbour-bridge-reopens", partial=True),
        ),
    )
    budget = Story(
        id="council-budget", title="City council passes €2bn budget",
        lede="The council approved the budget by 31 votes to 20.", articles=("budget-ft",),
        published="2025-03-01",
        facts=(Fact("The budget passed by 31 votes to 20.", (ref("budget-ft", "It passed 31-20."),)),),
        quotes=(MergedQuote("Ce budget est « responsable »", "Marie Dupont", "AFP", ("budget-ft",), "council-budget"),),
    )
    return Digest(articles=articles, stories=(harbour, budget))


def big_digest(stories: int, facts_per_story: int = 10) -> Digest:
    """Many stories with many long facts and quotes: far past Gmail's clipping limit."""
    articles, built = [], []
    for n in range(stories):
        a, b = f"a{n}", f"b{n}"
        articles += [article(a, "Outlet A", f"Story {n} at A", "2025-01-02"),
                     article(b, "Outlet B", f"Story {n} at B", "2025-01-02")]
        facts = tuple(Fact(f"Fact {k} of story {n}: " + "detail " * 30, (ref(a, "x"), ref(b, "y")))
                      for k in range(facts_per_story))
        quotes = tuple(MergedQuote(f"Quote {k} of story {n} " + "word " * 40, f"Speaker {k}", None, (a,), f"s{n}")
                       for k in range(6))
        built.append(Story(id=f"s{n:04d}", title=f"Story number {n}", lede="A lede. " * 20,
                           articles=(a, b), published="2025-01-02", facts=facts, quotes=quotes))
    return Digest(articles=tuple(articles), stories=tuple(built))


def parse_message(data: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(data)


def free_port() -> int:
    """A port nothing listens on right now (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class RecordingHandler:
    """aiosmtpd handler that keeps every message, refuses some recipients, fails some tries."""

    refuse: set[str] = field(default_factory=set)
    transient_replies: list[str] = field(default_factory=list)  # replies to the first RCPTs
    hang_ups: int = 0  # drop the connection at the first DATA this many times
    received: list[Received] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.transient_replies:
            return self.transient_replies.pop(0)
        if address in self.refuse:
            return "550 5.1.1 no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.hang_ups:
            self.hang_ups -= 1
            server.transport.close()
            return "421 gone"
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


def refuse_everyone(server, session, envelope, mechanism, auth_data) -> AuthResult:
    return AuthResult(success=False, handled=False)


def accept_password(password: str):
    def authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == password.encode()
        return AuthResult(success=ok, handled=False)
    return authenticate


@contextmanager
def smtp_server(handler: RecordingHandler, authenticator=None, **tls) -> Iterator[int]:
    """A real aiosmtpd server on 127.0.0.1 and a random free port; yields the port.

    `tls`: tls_context=... (+ require_starttls=True) for STARTTLS, ssl_context=... for implicit TLS.
    """
    port = free_port()
    kwargs = {"authenticator": authenticator, "auth_require_tls": False} if authenticator else {}
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs, **tls)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()
