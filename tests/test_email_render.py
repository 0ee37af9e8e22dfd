"""The rendered email: mail-client HTML, a text part that stands alone, safe and stable headers."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.config import Config, EmailConfig
from generator.email import render_email
from generator.email.message import digest_date
from generator.models import Digest, MergedQuote, Story
from tests.email_support import article, big_digest, parse_message, sample_digest

SITE = "https://news.example.org/digest/"
CONFIG = Config(site_url=SITE, title="Morning Digest",
                email=EmailConfig(recipients=("ana@example.org",), sender="Digest <digest@example.org>"))
GOLDEN = Path(__file__).parent / "golden" / "email" / "sample_digest.txt"


def hostile_digest() -> Digest:
    arts = (article("evil", "Evil <b>Times</b>", "<script>alert(1)</script> & more", "2025-02-02",
                    "https://evil.example/?a=1&b=\"><script>x</script>"),)
    story = Story("evil-story", "Breaking\r\nBcc: victim@example.org <img src=x onerror=alert(1)>",
                  "Lede with </td></table> and <!--[if mso]> tricks", ("evil",), "2025-02-02",
                  quotes=(MergedQuote('"><svg onload=alert(1)>', "O'Brien & <Co>", None, ("evil",), "evil-story"),))
    return Digest(arts, (story,))


def test_message_is_multipart_alternative_text_then_html():
    message = parse_message(render_email(sample_digest(), CONFIG).message.as_bytes())
    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    assert message["From"] == "Digest <digest@example.org>" and message["To"] == "ana@example.org"


def test_html_is_built_for_mail_clients():
    html = render_email(sample_digest(), CONFIG).html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None and "javascript:" not in html
    assert not re.search(r"display:\s*(flex|grid)", html)
    assert soup.find("meta", attrs={"name": "color-scheme"})["content"] == "light dark"
    assert "max-width: 600px" in soup.find("table", class_="container")["style"]
    assert soup.find("table", class_="container")["bgcolor"] == "#ffffff"
    assert all(t.get("role") == "presentation" for t in soup.find_all("table"))
    assert "<!--[if mso]>" in html


def test_css_is_inlined_and_only_media_queries_stay_in_style():
    html = render_email(sample_digest(), CONFIG).html
    soup = BeautifulSoup(html, "html.parser")
    story_cell = soup.find("td", class_="story")
    assert "padding: 20px 24px" in story_cell["style"]
    kept = " ".join(s.get_text() for s in soup.find_all("style") if "mso" not in s.get_text())
    assert "prefers-color-scheme: dark" in kept
    assert not re.search(r"(^|})\s*\.story\s*{", kept)  # plain rules went into style=""


def test_preheader_is_hidden_and_carries_the_top_lede():
    soup = BeautifulSoup(render_email(sample_digest(), CONFIG).html, "html.parser")
    preheader = soup.find("div", class_="preheader")
    assert "display: none" in preheader["style"] and "mso-hide: all" in preheader["style"]
    assert preheader.get_text().startswith("The harbour bridge reopened on Wednesday")


def test_html_shows_story_facts_conflicts_quotes_and_absolute_links():
    html = render_email(sample_digest(), CONFIG).html
    soup = BeautifulSoup(html, "html.parser")
    text = soup.get_text(" ")
    assert "Harbour bridge reopens after storm" in text
    assert "The bridge reopened on Wednesday." in text and "(Reuters, Le Monde)" in text
    assert "$3m (Reuters) vs $5m (Der Spiegel)" in text
    assert "3 March 2025 — A storm damages the bridge's cables. (Reuters, Der Spiegel)" in " ".join(text.split())
    assert "“We will not reopen until it is safe”" in text and "Klaus Weber, via dpa" in text
    assert "“Ce budget est « responsable »”" in text and "City council passes €2bn budget" in text
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert SITE + "stories/harbour-bridge-reopens.html" in hrefs
    assert "https://www.reuters.example/world/harbour-bridge" in hrefs
    assert all(h.startswith(SITE) or h.startswith("https://www.") for h in hrefs), hrefs


def test_text_part_reads_on_its_own():
    text = render_email(sample_digest(), CONFIG).text
    assert "<" not in text and "&amp;" not in text and "&#" not in text
    assert "1. Harbour bridge reopens after storm" in text
    assert "Reported by several outlets:\n   - The bridge reopened on Wednesday. (Reuters, Le Monde)" in text
    assert "— Klaus Weber, via dpa (Der Spiegel)" in text
    assert f"Full story: {SITE}stories/council-budget.html" in text
    assert all(len(line) <= 78 for line in text.splitlines() if "http" not in line)


def test_text_part_matches_the_golden_file():
    text = render_email(sample_digest(), CONFIG).text
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8"), "run with UPDATE_GOLDEN=1 to accept a change"


def test_article_content_is_escaped_everywhere():
    rendered = render_email(hostile_digest(), CONFIG)
    soup = BeautifulSoup(rendered.html, "html.parser")
    assert soup.find("script") is None and soup.find("img") is None and soup.find("svg") is None
    assert not any(tag.has_attr("onerror") or tag.has_attr("onload") for tag in soup.find_all(True))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in rendered.html
    template_conditionals = render_email(sample_digest(), CONFIG).html.count("<!--[if mso]>")
    assert rendered.html.count("<!--[if mso]>") == template_conditionals  # none from the lede
    original = soup.find("a", string="original")["href"]  # quotes in the URL stayed inside href
    assert original == 'https://evil.example/?a=1&b="><script>x</script>'


def test_a_headline_cannot_inject_a_header():
    raw = render_email(hostile_digest(), replace(CONFIG, title="Digest")).message.as_bytes()
    message = parse_message(raw)
    assert message["Bcc"] is None and b"\r\nBcc:" not in raw
    assert "Breaking Bcc: victim@example.org" in message["Subject"]
    assert message.get_all("To") == ["ana@example.org"]


def test_non_ascii_subject_is_encoded_and_decodes_back():
    config = replace(CONFIG, email=replace(CONFIG.email, subject="Zürich: „Brücke“ offen — «vite»\r\nX-Evil: 1"))
    raw = render_email(sample_digest(), config).message.as_bytes()
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert headers.isascii() and b"X-Evil:" not in headers.replace(b"\r\n ", b" ").split(b"Subject:")[0]
    message = parse_message(raw)
    assert message["Subject"] == "Zürich: „Brücke“ offen — «vite» X-Evil: 1"
    assert message["X-Evil"] is None


def test_same_digest_gives_the_same_bytes():
    first = render_email(sample_digest(), CONFIG)
    second = render_email(sample_digest(), CONFIG)
    assert first.files() == second.files()
    message = parse_message(first.message.as_bytes())
    assert message["Date"] == "Wed, 05 Mar 2025 00:00:00 +0000"  # the newest article's day
    assert re.fullmatch(r"<[0-9a-f]{32}\.digest@example\.org>", message["Message-ID"])


def test_different_content_gives_a_different_message_id():
    first = render_email(sample_digest(), CONFIG).message["Message-ID"]
    other = render_email(sample_digest(), replace(CONFIG, title="Evening Digest")).message["Message-ID"]
    assert first != other


def test_source_date_epoch_sets_the_date():
    date = digest_date(sample_digest(), "1700000000")
    assert date == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    message = render_email(sample_digest(), CONFIG, date=date).message
    assert message["Date"] == "Tue, 14 Nov 2023 22:13:20 +0000"
    assert digest_date(Digest(()), None) == datetime(1970, 1, 1, tzinfo=timezone.utc)
    stamped = replace(sample_digest(), generated="2024-04-10T00:00:00Z")
    assert digest_date(stamped, None) == datetime(2024, 4, 10, tzinfo=timezone.utc)


def test_a_big_digest_is_cut_below_the_clipping_limit_and_links_to_the_rest():
    rendered = render_email(big_digest(300), CONFIG)
    assert len(rendered.html.encode()) <= 100_000
    assert 0 < rendered.stories_shown < 300 and rendered.stories_total == 300
    hidden = 300 - rendered.stories_shown
    soup = BeautifulSoup(rendered.html, "html.parser")
    assert f"{hidden} more stories" in soup.get_text(" ")
    assert soup.find("a", string="read them on the site")["href"] == SITE
    assert f"{hidden} more stories did not fit in this email" in rendered.text
    assert f"Story number {rendered.stories_shown - 1}" in rendered.text
    assert f"Story number {rendered.stories_shown}\n" not in rendered.text


def test_the_cut_keeps_as_many_stories_as_fit():
    small = render_email(big_digest(20), CONFIG, max_html_bytes=40_000)
    one_more = render_email(Digest(big_digest(20).articles, big_digest(20).stories[: small.stories_shown + 1]),
                            CONFIG, max_html_bytes=10**9)
    assert len(small.html.encode()) <= 40_000 < len(one_more.html.encode())


def test_an_email_with_no_stories_still_renders():
    rendered = render_email(Digest(()), CONFIG)
    assert "No stories in this digest." in rendered.text and "No stories in this digest." in rendered.html


@pytest.mark.parametrize("sender", ["not an address", "a@b.c\r\nBcc: x@y.z"])
def test_a_bad_sender_is_a_config_error(sender):
    from generator.errors import ConfigError
    with pytest.raises(ConfigError):
        render_email(sample_digest(), replace(CONFIG, email=replace(CONFIG.email, sender=sender)))


def test_fitting_never_renders_a_huge_digest_whole():
    from generator.email.render import fit_to_size
    from generator.email.view import build_view

    rendered_counts: list[int] = []

    def fake_render(view) -> str:  # 1,000 bytes per story
        rendered_counts.append(len(view.stories))
        return "x" * (1000 * len(view.stories))

    view = build_view(big_digest(3000, facts_per_story=1), CONFIG)
    assert len(fit_to_size(view, fake_render, 37_500).stories) == 37
    assert max(rendered_counts) == 64 and len(rendered_counts) < 15
    assert len(fit_to_size(view.first(5), fake_render, 37_500).stories) == 5
