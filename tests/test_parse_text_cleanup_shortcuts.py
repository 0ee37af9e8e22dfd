"""cleanup's early exits never change what the full rules decide."""

from __future__ import annotations

from itertools import islice

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.parse import cleanup

_PIECES = st.sampled_from(
    ["share", "tweet", "email", "Facebook", "x", "news", " ", "  ", "|", "-", "[", "]", "(", ")", "!", "<", ">",
     "https://a.b/c", "link", "text", "\t", "é"]
)  # fmt: skip
LINES = st.lists(_PIECES, max_size=20).map("".join) | st.text(max_size=60)


def share_line_in_full(line: str) -> bool:
    words = [m.group() for m in islice(cleanup._SHARE_WORD.finditer(line.lower()), 9)]
    if len(words) == 1:
        return words[0] in cleanup._SHARE_BUTTONS
    return 0 < len(words) <= 8 and all(w in cleanup._SHARE_WORDS for w in words) and len(set(words)) > 1


def links_stripped_in_full(line: str) -> str:
    line = cleanup._IMAGE.sub("", line)
    line = cleanup._LINK.sub(lambda m: m.group(1), line)
    return cleanup._AUTOLINK.sub(lambda m: m.group(1), line)


@settings(max_examples=600, deadline=None)
@given(LINES)
def test_is_share_line_agrees_with_the_full_scan(line: str) -> None:
    assert cleanup.is_share_line(line) == share_line_in_full(line)


@settings(max_examples=600, deadline=None)
@given(LINES)
def test_strip_markdown_links_agrees_with_the_three_substitutions(line: str) -> None:
    assert cleanup.strip_markdown_links(line) == links_stripped_in_full(line)
