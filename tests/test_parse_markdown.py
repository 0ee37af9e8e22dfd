"""The Markdown reader: front matter fields, unknown keys, body blocks, broken YAML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis_support import bbc_articles
from generator.errors import ReadError
from generator.parse.markdown import load_yaml, plain_blocks, read_markdown, rendered_blocks, split_front_matter

BODY = (
    "The Valmere port authority said on Tuesday that **1,200 dockworkers** walked out at dawn, "
    "halting [container traffic](https://example.org/containers).\n\n"
    "> \"We will stay out until the contract is signed,\" said union steward Mara Voss.\n"
)


def md(front: str, body: str = BODY):
    return read_markdown("story.md", f"---\n{front}\n---\n\n{body}")


def test_known_keys_fill_the_document():
    doc = md(
        "title: Dockworkers walk out in Valmere\n"
        "publisher: The Harbour Gazette\n"
        "byline: Ana Silva\n"
        "published: 2026-03-03\n"
        "link: https://harbourgazette.example/valmere-strike\n"
        "section: Business"
    )
    assert doc.format == "markdown"
    assert (doc.title, doc.source, doc.author, doc.published, doc.section) == (
        "Dockworkers walk out in Valmere", "The Harbour Gazette", "Ana Silva", "2026-03-03", "Business",
    )
    assert doc.url == "https://harbourgazette.example/valmere-strike"


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2026-03-03", "2026-03-03"),
        ("2026-03-03 14:05:00", "2026-03-03"),
        ("2026-03-03T14:05:00+01:00", "2026-03-03"),
        ('"March 3, 2026"', "2026-03-03"),
        ('"3 Mar 2026"', "2026-03-03"),
        ('"Tuesday, 3 March 2026 08:00 GMT"', "2026-03-03"),
        ('"sometime soon"', None),
    ],
)
def test_dates_in_front_matter(value, iso):
    assert md(f"title: T\ndate: {value}").published == iso


def test_author_list_is_joined_and_source_falls_back_to_the_url_host():
    doc = md("title: T\nauthor: [Ana Silva, Tom Reed, Lin Wei]\nurl: https://www.reuters.com/world/x")
    assert doc.author == "Ana Silva, Tom Reed and Lin Wei"
    assert doc.source == "Reuters"


def test_a_wire_tag_opening_the_lede_is_the_source_when_nothing_else_names_one():
    doc = read_markdown("a.md", "---\ntitle: Quake\n---\n\nKATHMANDU (AP) - A strong quake shook Nepal.")
    assert doc.source == "Associated Press"


def test_wire_agency_in_the_author_is_the_source_when_nothing_else_is():
    doc = md("title: T\nauthor: Ana Silva, AFP")
    assert (doc.author, doc.source) == ("Ana Silva", "AFP")


def test_unknown_keys_are_kept_in_file_order_and_json_safe():
    doc = md("zeta: 1\ntitle: T\ntags: [ports, labour]\nreviewed: 2026-03-04\nalpha: {nested: true}\nnothing:")
    assert [k for k, _ in doc.meta] == ["zeta", "tags", "reviewed", "alpha", "nothing"]
    assert dict(doc.meta)["reviewed"] == "2026-03-04"
    json.dumps(dict(doc.meta))


def test_body_markdown_becomes_plain_paragraphs():
    doc = md("title: T")
    assert doc.paragraphs == (
        "The Valmere port authority said on Tuesday that 1,200 dockworkers walked out at dawn, "
        "halting container traffic.",
        '"We will stay out until the contract is signed," said union steward Mara Voss.',
    )


def test_headings_are_not_paragraphs_and_the_first_is_the_title_without_front_matter():
    doc = read_markdown("s.md", f"# Dockworkers walk out\n\n{BODY}\n## Background\n\nTalks broke down in May.\n")
    assert doc.title == "Dockworkers walk out"
    assert "Background" not in doc.paragraphs
    assert doc.paragraphs[-1] == "Talks broke down in May."


def test_lists_become_paragraphs_and_code_and_images_are_dropped():
    body = "Intro line of the report.\n\n- The first demand is pay.\n- The second is safety.\n\n![crane](c.jpg)\n\n```\nrm -rf /\n```\n"
    doc = md("title: T", body)
    assert doc.paragraphs == ("Intro line of the report.", "The first demand is pay.", "The second is safety.")


def test_script_in_raw_html_never_reaches_the_text():
    doc = md("title: T", "Fine words.\n\n<script>alert('x')</script>\n\n<p>More <b>words</b>.</p>\n")
    assert not any("alert" in p for p in doc.paragraphs)


def test_boilerplate_rules_of_the_text_reader_apply_to_the_body():
    body = BODY + "\nRelated: [Port dredging approved](https://x.example)\n\nCranes idle at the port. Photo: Reuters\n"
    doc = md("title: T", body)
    assert len(doc.paragraphs) == 2


def test_markdown_without_front_matter_or_heading_reads_like_plain_text():
    doc = read_markdown("s.md", f"Dockworkers walk out\n\nBy Ana Silva\n\n3 March 2026\n\n{BODY}")
    assert (doc.title, doc.author, doc.published, doc.format) == (
        "Dockworkers walk out", "Ana Silva", "2026-03-03", "markdown",
    )


@pytest.mark.parametrize(
    "front, line",
    [
        ("title: T\nauthor: [Ana, Tom\ndate: 2026-03-03", "line 4"),
        ("title: T\n  bad: : indent", "line 3"),
        ("title: 'unclosed\nauthor: A", "line"),
    ],
)
def test_broken_yaml_is_a_read_error_naming_the_line(front, line):
    with pytest.raises(ReadError) as error:
        md(front)
    assert "front matter is not valid YAML" in error.value.reason and line in error.value.reason


def test_front_matter_that_is_not_a_mapping_is_a_read_error():
    with pytest.raises(ReadError, match="key: value"):
        md("- just\n- a list")


def test_unclosed_front_matter_is_a_read_error():
    with pytest.raises(ReadError, match="never closed"):
        read_markdown("s.md", "---\ntitle: T\n\nBody text that goes on.\n")


def test_no_title_anywhere_takes_the_first_sentence():
    assert md("author: A").title.startswith("The Valmere port authority said on Tuesday")


def test_front_matter_with_no_body_is_a_read_error_naming_the_line():
    with pytest.raises(ReadError, match="no article text .*line 4"):
        md("title: T", "\n")


def test_byline_and_dateline_under_a_heading_are_metadata():
    doc = read_markdown("s.md", f"# Dockworkers walk out\n\nBy **Ana Silva**, Reuters\n\n*3 March 2026*\n\n{BODY}")
    assert (doc.author, doc.source, doc.published) == ("Ana Silva", "Reuters", "2026-03-03")
    assert doc.paragraphs[0].startswith("The Valmere port authority")


def test_structured_values_become_plain_text():
    doc = md("title: 2026\nsource: {name: Reuters, url: 'https://reuters.com'}\nsection: [World, Europe]\n"
             "author: [{name: Ana Silva}, {name: Tom Reed}]")
    assert (doc.title, doc.source, doc.section, doc.author) == ("2026", "Reuters", "World, Europe", "Ana Silva and Tom Reed")


# --- reading plain bodies without rendering them --------------------------------------------------

_PIECES = [
    "word", "Title", "AT&T", "M & S", "&amp;", "&copy", "&#169;", "&#169", "&#x", "&T;", "&", ";", "R&D", "#", "##", "#######", "# ", "#x", " #",
    "\n", "\n", "\n\n", "\n\n", " ", "  ", "\t", "\xa0", "\u2028", "\r", "\x0c", "*", "_", "-", "+", "=", "1.",
    "2)", ">", "<b>", "</b>", "[x](y)", "![i](j)", "[", "]", "(", "[Lisbon]", "[a] (b)", "[a][b]", "\n[b]: http://x",
    "[^1]", "] [", "&T", "&#", "a  \n", "x#", "{", "%", "$", "^", "@", "`", "~~~", "\\", "é", "İ", "«", "—", ".", ",", "\"", "'", "0",
    "    ", "https://example.org", "***", "---", "===", "| a | b |", "\n- ", "\n+ ", "\n* ", "\n1. ", "\n> ",
    "\n    ", "\n\t",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@example("# Title\n\nFirst para.\nSame para.\n\n## Sub ##\nNext para.\n# \n####### deep #\ntail")
@example("Before\n#Hashtag heading\nafter")
def test_plain_bodies_read_as_rendering_them_would(body: str) -> None:
    """Whenever the shortcut answers, its answer is exactly what rendering the body gives."""
    plain = plain_blocks(body)
    if plain is not None:
        assert plain == rendered_blocks(body)


def test_the_shortcut_declines_markdown_it_cannot_read() -> None:
    for body in ("a *b*", "a [b](c)", "- item", "+ item", "1. item", "> quote", "    code", "a <b>c</b>", "a &amp; b",
                 "Title\n===", "x\n---", "```\ncode\n```"):  # fmt: skip
        assert plain_blocks(body) is None, body
    assert plain_blocks("# T\n\nPlain prose, M & S too.") == (["T"], ["Plain prose, M & S too."])


def _markdown_bodies() -> list[str]:
    roots = [Path("seeds"), Path("tests/fixtures/articles"), Path("/work/tmp/corpus1k")]
    files = sorted(f for root in roots if root.is_dir() for f in root.glob("*.md"))
    return [split_front_matter(f.name, f.read_text(encoding="utf-8-sig"))[1] for f in files]


def test_real_markdown_bodies_read_the_same_with_or_without_rendering() -> None:
    bodies = _markdown_bodies() + ["# " + title + "\n\n" + "\n\n".join(paras) for _, title, paras in bbc_articles(20)]
    assert len(bodies) > 3
    shortcut = [body for body in bodies if plain_blocks(body) is not None]
    assert shortcut, "no real body takes the shortcut"
    for body in shortcut:
        assert plain_blocks(body) == rendered_blocks(body)


# --- YAML through libyaml ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "title: A\ndate: 2025-08-13\ntags: [a, b]\nsource: {name: Reuters}",
        "when: 2025-08-13T10:00:00Z\nn: 3\nf: 1.5\nflag: yes\nempty:\nquote: 'it''s'",
        "title: \"Caf\u00e9 \u00ab news \u00bb\"\nlist:\n  - x\n  - y: 1",
    ],
)
def test_yaml_loads_as_safe_load_does(text: str) -> None:
    assert load_yaml(text) == yaml.safe_load(text)


@pytest.mark.parametrize("text", ["title: [unclosed", "a: b: c", "key: 'open", "\tindent: tab"])
def test_broken_yaml_fails_as_safe_load_does(text: str) -> None:
    with pytest.raises(yaml.YAMLError) as expected:
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError) as got:
        load_yaml(text)
    assert str(got.value) == str(expected.value)
