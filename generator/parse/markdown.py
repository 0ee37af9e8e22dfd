"""Reader for Markdown articles with YAML front matter.

Front matter gives the metadata (title, source/outlet/publisher, author/byline, date/published,
url/link, section); keys we do not know are kept, in file order and JSON-safe, in Document.meta.
The body is rendered with the `markdown` package and read back as text blocks: paragraphs, list
items and block quotes become paragraphs, links become their text, images and code are dropped.
A body of nothing but paragraphs and "#" headings (most articles) is read directly instead, to
the same blocks (see plain_blocks).
Headings are structure, not prose: the first one is the title when the front matter has none (else
the first sentence is), the rest are left out of the paragraphs. Without front matter or a heading, the text reader's header
rules apply (kicker, headline, byline, dateline lines).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

import yaml

from generator.errors import ReadError
from generator.models import Document
from generator.parse import cleanup
from generator.parse.metadata import choose_source, date_value, parse_byline
from generator.parse.text import (
    Header,
    body_paragraphs,
    read_metadata_line,
    read_text,
    split_lines,
    title_from_sentence,
)

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
KEYS = {
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher", "publication", "site", "site_name"),
    "author": ("author", "authors", "byline", "by"),
    "published": ("date", "published", "pubdate", "published_at", "publication_date", "date_published"),
    "url": ("url", "link", "canonical", "canonical_url", "source_url", "original_url"),
    "section": ("section", "kicker", "category"),
}
_FAST_YAML = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
# What plain_blocks cannot read without rendering: inline syntax (code, emphasis, links and
# images, escapes), a line opening with "[" (a reference definition: without one, "[Lisbon]"
# in a quotation stays text), raw HTML, entities ("&amp;", "&#169" - Python-Markdown leaves a bare "&" as in
# "AT&T" alone), control characters, and lines that open a code block, list, rule, setext
# underline, quote or fence. Conservative: such bodies are merely rendered.
_MARKUP = re.compile(
    r"[`\\*_<>~\x00-\x08\x0b-\x1f\x7f]|!\[|\]\s*\(|&(?:#|\w+;)|^(?:[ \t\[]|[-+=>]|\d+[.)])", re.M
)
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table")


def read_markdown(file: str, text: str) -> Document:
    """A Markdown file -> Document. Raises ReadError for broken front matter or no body."""
    front, body, body_line = split_front_matter(file, text)
    if not front and not body.lstrip().startswith("#"):
        return read_text(file, body, fmt="markdown")
    fields = known_fields(front)
    headings, blocks = markdown_blocks(body)
    header = Header(url=fields["url"])
    lines = split_lines("\n\n".join(blocks))
    while lines and read_metadata_line(lines[0].text, header):  # "By ..." / dateline under the title
        lines.pop(0)
    paragraphs = body_paragraphs(lines, header)
    if not paragraphs:
        raise ReadError(file, f"has no article text after the front matter (body starts on line {body_line})")
    title = fields["title"] or (headings[0] if headings else title_from_sentence(paragraphs[0]))
    byline = parse_byline(f"By {fields['author']}") if fields["author"] else None
    agency = (byline[1] if byline else None) or header.agency
    return Document(
        file=file,
        format="markdown",
        title=title,
        paragraphs=tuple(paragraphs),
        source=choose_source(
            fields["source"] or header.source, header.url, agency, fields["section"], paragraphs[0]
        ),
        author=(byline[0] if byline and byline[0] else fields["author"]) or header.author,
        published=fields["published"] or header.published,
        url=header.url,
        section=fields["section"],
        meta=unknown_fields(front),
    )


def split_front_matter(file: str, text: str) -> tuple[dict[str, Any], str, int]:
    """(front matter mapping, body, 1-based line where the body starts)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.lstrip("\ufeff").startswith("---\n"):
            raise ReadError(file, "front matter starts with '---' on line 1 but is never closed")
        return {}, text, 1
    try:
        data = load_yaml(match.group("yaml"))
    except yaml.YAMLError as exc:
        raise ReadError(file, yaml_reason(exc)) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ReadError(file, f"front matter must be 'key: value' lines, not a YAML {type(data).__name__}")
    return data, text[match.end():], match.group(0).count("\n") + 1


def load_yaml(text: str) -> Any:
    """safe_load through libyaml when PyYAML was built with it (about 10x less CPU). A document
    libyaml refuses goes again through the pure-Python loader, so what is accepted and the error
    message for what is not stay those of safe_load."""
    if _FAST_YAML is not yaml.SafeLoader:
        try:
            return yaml.load(text, Loader=_FAST_YAML)  # noqa: S506 - a safe loader, the C one
        except yaml.YAMLError:
            pass
    return yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506


def yaml_reason(exc: yaml.YAMLError) -> str:
    """A one-line reason naming the file line (the front matter starts on line 2)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    where = f"line {mark.line + 2}" if mark is not None else "the front matter"
    return f"front matter is not valid YAML ({where}: {problem})"


def known_fields(front: dict[str, Any]) -> dict[str, str | None]:
    """The values of the keys we understand, as clean strings (dates as ISO)."""
    lowered = {str(k).lower(): v for k, v in front.items()}
    found: dict[str, str | None] = {}
    for name, aliases in KEYS.items():
        value = next((lowered[a] for a in aliases if lowered.get(a) not in (None, "", [])), None)
        if name == "published":
            found[name] = date_value(value)
        elif name == "author" and isinstance(value, list):
            found[name] = join_names([plain_value(v) for v in value]) or None
        else:
            found[name] = plain_value(value) or None
    return found


def plain_value(value: Any) -> str:
    """A front-matter value as one line of text: a list joined with commas, a mapping by its
    name ("source: {name: Reuters, url: ...}"), anything else as written."""
    if value is None:
        return ""
    if isinstance(value, dict):
        value = next((value[k] for k in ("name", "title", "label") if k in value), "")
    if isinstance(value, (list, tuple)):
        return ", ".join(filter(None, (plain_value(v) for v in value)))
    return cleanup.normalise_spaces(str(value))


def join_names(names: list[str]) -> str:
    """["A", "B", "C"] -> "A, B and C"."""
    names = [cleanup.normalise_spaces(n) for n in names if n.strip()]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def unknown_fields(front: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    """Every front-matter key we do not read, in file order, with a JSON-safe value."""
    known = {alias for aliases in KEYS.values() for alias in aliases}
    return tuple((str(k), json_safe(v)) for k, v in front.items() if str(k).lower() not in known)


def json_safe(value: Any) -> Any:
    """YAML values -> what json.dumps accepts (dates as ISO strings, keys as strings)."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        items = [json_safe(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set) else items
    if isinstance(value, float) and value != value:  # NaN is not JSON
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def markdown_blocks(body: str) -> tuple[list[str], list[str]]:
    """(headings, prose blocks) of a Markdown body, as plain text in document order."""
    plain = plain_blocks(body)
    return plain if plain is not None else rendered_blocks(body)


def plain_blocks(body: str) -> tuple[list[str], list[str]] | None:
    """The blocks of a body written as "# Headings" and paragraphs only, read without rendering
    it (most articles are; rendering and re-parsing the HTML costs ~20x more). None when the body
    uses any other Markdown or HTML: then only rendering it gives what rendered_blocks gives.

    Python-Markdown makes each line starting with "#" an <h1>-<h6> (trailing #s dropped,
    splitting its paragraph) and each run of non-blank lines a <p>; we take their text with
    whitespace collapsed, exactly as rendered_blocks reads it back from the HTML."""
    if _MARKUP.search(body):
        return None
    headings: list[str] = []
    blocks: list[str] = []
    paragraph: list[str] = []
    for line in body.split("\n") + [""]:
        if line and not line.startswith("#"):
            paragraph.append(line)
            continue
        text = " ".join(" ".join(paragraph).split())
        if text:
            blocks.append(text)
        paragraph = []
        if line:  # "## Title ##" -> "Title"; an h6 keeps the #s past the sixth: "####### x" -> "# x"
            level = min(6, len(line) - len(line.lstrip("#")))
            heading = " ".join(line[level:].rstrip("#").split())
            if heading:
                headings.append(heading)
    return headings, blocks


def rendered_blocks(body: str) -> tuple[list[str], list[str]]:
    """(headings, prose blocks) read from the body rendered to HTML by Python-Markdown."""
    import markdown as markdown_lib  # only for bodies the plain reading cannot take: saves the import
    from bs4 import BeautifulSoup

    html = markdown_lib.markdown(body, extensions=["fenced_code"], output_format="html")
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["script", "style", "img", "pre", "code", "table", "hr"]):
        if tag.name != "code" or tag.find_parent("pre") or tag.parent is None:
            tag.decompose()
    headings: list[str] = []
    blocks: list[str] = []
    for element in soup.find_all(_BLOCK_TAGS):
        if element.find(["p", "li"]) or getattr(element, "decomposed", False):
            continue
        text = " ".join(element.get_text().split())
        if not text:
            continue
        (headings if element.name.startswith("h") else blocks).append(text)
    return headings, blocks
