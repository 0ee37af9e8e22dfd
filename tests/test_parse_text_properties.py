"""Any text at all: the text and Markdown readers return a clean Document or a ReadError, the same
one every time, and never a crash, an empty paragraph or a leftover Markdown link."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import ReadError
from generator.parse.markdown import read_markdown
from generator.parse.text import read_text

PIECES = st.sampled_from([
    "Headline here", "By Jane Doe", "By [AFP](#)", "August 13, 2025", "Updated 2025-08-14",
    "Related article: [Other](#)", "Photo: Reuters", "Original url:", "<https://a.example/x>",
    "The council voted on Monday.", 'She said "we will', "continue to fight.\"", "« Oui »",
    "- item one", "## Heading", "---", "title: x", "", "\n", "\t", "„Ja“", "and then", "[x](y)",
])
DOCUMENTS = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=25).map("\n".join)


def outcome(reader, text):
    try:
        return reader("f", text)
    except ReadError as error:
        return ("error", error.reason)


@settings(max_examples=300, deadline=None)
@given(DOCUMENTS)
def test_readers_never_crash_and_are_deterministic(text):
    for reader in (read_text, read_markdown):
        first = outcome(reader, text)
        assert outcome(reader, text) == first
        if isinstance(first, tuple):
            continue
        assert first.title.strip()
        for paragraph in first.paragraphs:
            assert paragraph.strip() and paragraph == paragraph.strip()
            assert not re.search(r"\]\([^)]*\)", paragraph)
