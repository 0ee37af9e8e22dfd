"""Property-based tests: random bytes and random article structures never crash a reader and
never produce unsafe output."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.steps.merge import make_digest
from generator.config import load_config
from generator.errors import ReadError
from generator.models import SourceFile
from generator.parse import parse_source
from generator.render import render_site
from safety import site_problems

SUFFIXES = st.sampled_from(["a.txt", "a.md", "a.html", "a.htm", "noext"])
HOSTILE_PIECES = st.sampled_from([
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
    "\"", "“", "”", "«", "»", "'", "---\n", "\n\n", "<", ">", "&", "&amp;", "&#x3C;",
    "By [AFP](#)", "Related article: ", "Original url:\n\n<", "said", "he added", "Tuesday",
    "August 13, 2025", "<a href='data:text/html,x'>", "\x00", "\ufeff", "{{ 7*7 }}", "{% raw %}",
    "<!--", "]]>", "<![CDATA[", "\r\n", "\u2028", "..", "/", "\\",
])
ARTICLE_TEXT = st.lists(st.one_of(HOSTILE_PIECES, st.text(max_size=30)), max_size=40).map("".join)


@given(data=st.binary(max_size=3000), name=SUFFIXES)
@settings(max_examples=150, deadline=None)
def test_random_bytes_give_an_article_or_a_clear_read_error(data: bytes, name: str) -> None:
    try:
        article = parse_source(SourceFile(name, data))
    except ReadError as exc:
        assert exc.reason and exc.file == name
    else:
        assert article.title.strip()
        assert all(isinstance(p, str) for p in article.paragraphs)


@given(texts=st.lists(st.tuples(ARTICLE_TEXT, SUFFIXES), min_size=1, max_size=4))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_articles_render_to_safe_pages(texts: list[tuple[str, str]], tmp_path_factory) -> None:
    articles = []
    for index, (text, name) in enumerate(texts):
        try:
            articles.append(parse_source(SourceFile(f"{index}-{name}", text.encode("utf-8", "surrogatepass"))))
        except (ReadError, UnicodeEncodeError):
            continue
    config = load_config(None, seeds=tmp_path_factory.getbasetemp(), site_url="https://example.github.io/newsdigest/")
    files = render_site(make_digest(tuple(articles)), config)
    assert site_problems(files) == []
