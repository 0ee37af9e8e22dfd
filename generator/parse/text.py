"""Reader for scraped plain-text articles: header (kicker, headline, byline, dateline), clean body.

The header is read from the top while lines look like metadata; the body is every line after it,
minus boilerplate (captions, related-article teasers, the "Original url:" footer), with scraper
splits mended. Paragraphs may be separated by blank lines or by single newlines: inside a block
(no blank line) each line that ends a sentence ends a paragraph, and a block of evenly hard-wrapped
lines is one paragraph. Subheadings (short lines without closing punctuation) are not prose and are
left out of the paragraphs. Fields the text does not state stay None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.errors import ReadError
from generator.models import Document
from generator.parse import cleanup
from generator.parse.metadata import (
    LEDE_TAG,
    choose_source,
    is_labelled_dateline,
    outlet_from_kicker,
    parse_byline,
    parse_dateline,
)
from generator.parse.sentences import split_sentences

_SOURCE_LINE = re.compile(r"^\s*(?:source|outlet|publisher|publication)\s*:\s*(?P<name>.+)$", re.I)
_KICKER_SMALL_WORDS = frozenset({"in", "of", "and", "the", "&", "for", "on", "to", "a", "|", "/", "-", "–", "—"})
_LIST_ITEM = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_WORD = re.compile(r"\w")
_HEADING_MARKS = re.compile(r"^#{1,6}\s+|^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$|\s+#+$")
_CLAUSE_BREAK = re.compile(r",\s|;\s|:\s|\s[–—]\s|\s\(")
_LABEL_WORD = r"[A-Z][\w&'-]{1,24}"
_SECTION_LABEL = re.compile(
    rf"^(?:{_LABEL_WORD}|{_LABEL_WORD}(?: {_LABEL_WORD})?(?:\s*(?:>>?|»|›)\s*{_LABEL_WORD}(?: {_LABEL_WORD})?){{1,3}})$"
)
TITLE_MAX_WORDS = 14


@dataclass(frozen=True)
class Line:
    """One non-blank line and the blank-line-separated block it belongs to."""

    text: str
    block: int


@dataclass
class Header:
    """What the top of an article (and its footer) says about it.

    Mutable on purpose: it is local to one read, filled line by line as the scan goes."""

    section: str | None = None
    title: str | None = None
    author: str | None = None
    agency: str | None = None
    source: str | None = None
    published: str | None = None
    updated: str | None = None
    url: str | None = None


def read_text(file: str, text: str, fmt: str = "text") -> Document:
    """A scraped plain-text article -> Document. Raises ReadError when there is no body."""
    lines = split_lines(text)
    header = Header()
    start = read_header(lines, header)
    paragraphs = body_paragraphs(lines[start:], header)
    if not paragraphs:
        raise ReadError(file, "has no article text (only a headline or metadata)")
    title = header.title or title_from_sentence(paragraphs[0])
    return Document(
        file=file,
        format=fmt,  # type: ignore[arg-type]
        title=title,
        paragraphs=tuple(paragraphs),
        source=choose_source(header.source, header.url, header.agency, header.section, paragraphs[0]),
        author=header.author,
        published=header.published,
        url=header.url,
        section=header.section,
        meta=(("updated", header.updated),) if header.updated else (),
    )


def split_lines(text: str) -> list[Line]:
    """Non-blank lines, spaces normalised, each tagged with its blank-line block."""
    lines: list[Line] = []
    block = 0
    for raw in text.split("\n"):
        stripped = cleanup.strip_trailing_teaser(cleanup.normalise_spaces(raw.replace("\ufeff", "")))
        stripped = cleanup.strip_leading_credit(cleanup.strip_highlights_label(stripped))
        if stripped:
            lines.append(Line(stripped, block))
        else:
            block += 1
    return join_drop_caps(lines)


def join_drop_caps(lines: list[Line]) -> list[Line]:
    """A drop cap saved as a line of its own ("T" above "he most likely ...") rejoins its word."""
    joined: list[Line] = []
    for line in lines:
        if joined and is_drop_cap(joined[-1].text) and line.text[:1].islower():
            joined[-1] = Line(joined[-1].text + line.text, line.block)
        else:
            joined.append(line)
    return joined


def is_drop_cap(text: str) -> bool:
    return len(text) == 1 and text.isupper()


# --- header --------------------------------------------------------------------------------------


def read_header(lines: list[Line], header: Header) -> int:
    """Fill `header` from the kicker, headline and metadata lines; return where the body starts."""
    index = 0
    while index < len(lines) and is_page_furniture(lines[index].text):
        index += 1
    over_prose = is_label_over_prose(lines, index)
    if over_prose or is_kicker(lines, index):
        kicker = cleanup.strip_markdown_links(lines[index].text)
        header.source = outlet_from_kicker(kicker)  # "Reuters" above a headline is no section
        header.section = None if header.source else kicker
        index += 1
    if not over_prose and index < len(lines) and is_title_like(lines[index].text) and (
        header.section or header.source or not is_first_paragraph(lines, index)
    ):
        title, index = title_lines(lines, index)
        header.title = _HEADING_MARKS.sub("", cleanup.strip_markdown_links(title)).strip()
    while index < len(lines) and read_metadata_line(lines[index].text, header):
        index += 1
    return index


def is_kicker(lines: list[Line], index: int) -> bool:
    """A short Title-Case label ("Asia In News") directly above the headline."""
    if index + 1 >= len(lines):
        return False
    line, following = lines[index], lines[index + 1]
    words = line.text.split()
    if len(words) > 5 or len(line.text) > 40 or cleanup.ends_sentence(line.text) or line.text.endswith((";", ",", ":")):
        return False
    if not (
        all(w[:1].isupper() or w.lower() in _KICKER_SMALL_WORDS for w in words)
        or _SECTION_LABEL.match(line.text)
    ):
        return False
    if not is_title_like(following.text) or is_metadata(line.text):
        return False
    if line.block == following.block:
        return True
    after = lines[index + 2].text if index + 2 < len(lines) else ""
    return len(following.text.split()) <= 20 and (is_metadata(after) or not cleanup.ends_sentence(following.text))


def is_label_over_prose(lines: list[Line], index: int) -> bool:
    """A one-word section label or a breadcrumb ("World", "News >> World") over the first
    paragraph: the page's section, not a headline (the headline is then derived)."""
    return (
        index + 1 < len(lines)
        and bool(_SECTION_LABEL.match(lines[index].text))
        and is_first_paragraph(lines, index + 1)
    )


def title_lines(lines: list[Line], index: int) -> tuple[str, int]:
    """The headline, with its second line when it runs on ("Larkspur votes to close the" /
    "ferry terminal"), and where the header goes on. "Headline;" above a line is a headline
    over its standfirst: the semicolon goes, the standfirst stays in the body."""
    title = lines[index].text
    following = lines[index + 1] if index + 1 < len(lines) else None
    if (
        following is not None
        and following.block == lines[index].block
        and is_title_like(following.text)
        and (title.endswith((",", "–", "—", "-")) or title.split()[-1].lower() in cleanup.FUNCTION_WORDS)
    ):
        return f"{title} {following.text}", index + 2
    return title.rstrip(";").rstrip(), index + 1


def is_first_paragraph(lines: list[Line], index: int) -> bool:
    """The line is prose, not a headline: a long full sentence, one that runs on, or one that
    opens with a wire dateline ("LONDON (Reuters) - ...")."""
    first = lines[index].text
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following and following.block == lines[index].block and cleanup.starts_lower(following.text):
        return True
    if cleanup.WIRE_DATELINE.match(first) and len(first.split()) > 10:
        return True
    return cleanup.ends_sentence(first) and len(first.split()) > TITLE_MAX_WORDS and not title_case(first)


def title_case(line: str) -> bool:
    """Most longer words capitalised ("Hit Piece Exploits Trump Supporter"): a headline's style."""
    words = [w.strip("‘’'\"“”(") for w in line.split()]
    long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    return len(long_words) >= 3 and sum(w[:1].isupper() for w in long_words) >= 0.7 * len(long_words)


def is_page_furniture(line: str) -> bool:
    """Share buttons, teasers, captions, player labels and bare links above the headline."""
    return (
        cleanup.is_share_line(line)
        or cleanup.is_player_text(line)
        or cleanup.is_stray_label(line)
        or cleanup.is_related_line(line)
        or cleanup.is_link_only(line)
        or cleanup.is_caption(line)
    )


def is_title_like(line: str) -> bool:
    """A headline: short, and not a byline, dateline, caption or teaser."""
    return (
        len(line.split()) <= 30
        and len(line) <= 250
        and not is_metadata(line)
        and not cleanup.is_caption(line)
        and not cleanup.is_related_line(line)
        and not cleanup.is_link_only(line)
        and not line.rstrip().endswith(":")
    )


def is_metadata(line: str) -> bool:
    """Byline, dateline or source line."""
    plain = cleanup.strip_markdown_links(line)
    return bool(parse_byline(plain) or parse_dateline(plain) or _SOURCE_LINE.match(plain))


def read_metadata_line(line: str, header: Header) -> bool:
    """Record what a header line states; False when the line is the start of the body."""
    plain = cleanup.strip_markdown_links(line)
    byline = parse_byline(plain)
    if byline:
        author, agency, published = byline
        header.author = header.author or author
        header.agency = header.agency or agency
        header.published = header.published or published
        return True
    if read_dateline(plain, header):
        return True
    source = _SOURCE_LINE.match(plain)
    if source:
        read_source_line(source.group("name").strip(), header)
        return True
    return is_page_furniture(line)


def read_dateline(line: str, header: Header) -> bool:
    """Record a "Published: ..." / "Updated ..." / bare-date line; False if it is not one."""
    dated = parse_dateline(line)
    if dated is None:
        return False
    kind, iso = dated
    if kind == "published":
        header.published = header.published or iso
    else:
        header.updated = header.updated or iso
    return True


def read_source_line(value: str, header: Header) -> None:
    """"Source: Reuters" names the outlet; "Source: https://..." gives the URL."""
    url = cleanup.bare_url(value)
    if url:
        header.url = header.url or url
    else:
        header.source = header.source or value


# --- body ----------------------------------------------------------------------------------------


def body_paragraphs(lines: list[Line], header: Header) -> list[str]:
    """The prose of the article: boilerplate out, split paragraphs mended, subheadings out.

    A bulleted line ("- Increased spending on health") is one paragraph of its own, without
    its bullet: it is never joined to its neighbours nor taken for a subheading.
    """
    paragraphs: list[str] = []
    for run, is_item in split_at_list_items(drop_boilerplate(lines, header)):
        if is_item:
            paragraphs.append(run[0].text)
            continue
        mended = cleanup.join_broken_paragraphs(merge_lines_of_blocks(run))
        paragraphs += [p for p in mended if not cleanup.looks_like_heading(p)] or mended
    return [p for p in paragraphs if _WORD.search(p)]  # "* * *" and "." are no paragraphs


def split_at_list_items(lines: list[Line]) -> list[tuple[list[Line], bool]]:
    """Runs of ordinary lines, and each list item alone (bullet removed): (lines, is_item)."""
    runs: list[tuple[list[Line], bool]] = []
    for line in lines:
        item = _LIST_ITEM.match(line.text)
        if item:
            runs.append(([Line(item.group("text"), line.block)], True))
        elif runs and not runs[-1][1]:
            runs[-1][0].append(line)
        else:
            runs.append(([line], False))
    return runs


def drop_boilerplate(lines: list[Line], header: Header) -> list[Line]:
    """Remove captions, teasers, link-only lines, datelines and the URL footer (kept as url)."""
    kept: list[Line] = []
    expecting_url = False
    for line in lines:
        url = cleanup.bare_url(line.text)
        if expecting_url and url:
            header.url = header.url or url
            expecting_url = False
            continue
        is_footer, footer_url = cleanup.footer_url(line.text)
        if is_footer:
            header.url = header.url or footer_url
            expecting_url = footer_url is None
            continue
        if is_boilerplate(line.text, header):
            continue
        kept.append(Line(cleanup.strip_markdown_links(line.text).strip(), line.block))
    return [line for line in kept if line.text]


def is_boilerplate(line: str, header: Header) -> bool:
    """Lines that are not the article's prose. In the body only a labelled dateline
    ("Published: ...") is metadata: a bare date there heads a timeline entry or a list."""
    plain = cleanup.strip_markdown_links(line)
    return is_page_furniture(line) or bool(is_labelled_dateline(plain) and read_dateline(plain, header))


def merge_lines_of_blocks(lines: list[Line]) -> list[str]:
    """Lines -> paragraphs: a hard-wrapped block is one paragraph; else a line that ends a
    sentence ends its paragraph (single-newline articles) and one that does not goes on."""
    paragraphs: list[str] = []
    wrapped = hard_wrapped_blocks(lines)
    previous_block = None
    for line in lines:
        same_block = line.block == previous_block
        previous_block = line.block
        if paragraphs and same_block and (line.block in wrapped or mid_sentence(paragraphs[-1])):
            paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        else:
            paragraphs.append(line.text)
    return paragraphs


def mid_sentence(text: str) -> bool:
    """The line stops before its sentence ends, and is not a subheading."""
    return not cleanup.ends_sentence(text) and not cleanup.looks_like_heading(text)


def hard_wrapped_blocks(lines: list[Line]) -> set[int]:
    """Blocks whose lines (all but the last) are wrapped at a similar column, 50-100 wide."""
    by_block: dict[int, list[str]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line.text)
    wrapped = set()
    for block, texts in by_block.items():
        widths = [len(t) for t in texts[:-1]]
        if len(widths) >= 2 and min(widths) >= 50 and max(widths) <= 100 and max(widths) - min(widths) <= 20:
            wrapped.add(block)
    return wrapped


# --- titles --------------------------------------------------------------------------------------


def title_from_sentence(paragraph: str) -> str:
    """A headline for an article that has none: its first sentence, cut at a clause if long."""
    paragraph = cleanup.WIRE_DATELINE.sub("", paragraph, count=1) or paragraph
    paragraph = LEDE_TAG.sub("", paragraph, count=1) or paragraph  # "(CNN) -- ": no headline's
    sentences = split_sentences(paragraph)
    sentence = (sentences[0] if sentences else paragraph).strip()
    if len(sentence.split()) < 4:  # "STORRS, Conn." was an abbreviation, not a sentence
        sentence = paragraph
    words = sentence.split()
    if len(words) <= TITLE_MAX_WORDS:
        return sentence.rstrip(".")
    clause = _CLAUSE_BREAK.split(sentence)[0]
    if 5 <= len(clause.split()) <= TITLE_MAX_WORDS:
        return clause.strip()
    cut = words[:TITLE_MAX_WORDS]
    while len(cut) > 5 and cut[-1].lower().rstrip(",;:") in cleanup.FUNCTION_WORDS:
        cut.pop()  # "... after a party at the…" reads better as "... after a party…"
    return " ".join(cut).rstrip(",;:") + "…"
