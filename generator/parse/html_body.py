"""The article body of a saved page, as plain-text paragraphs.

trafilatura finds the main content: on the 181-page article-extraction benchmark it scores better
than the densest-block extractor we had written (see README "Accuracy"), so we use it and add what
news pages need on top. It runs in precision mode (balanced mode when that finds too little)
without comments, images or links, and only ever parses: nothing in the page is fetched or
executed. Articles split into same-class boxes are completed (html_chunks), then the text is
cleaned line by line of the boilerplate news sites put inside the article itself (html_lines).
When it finds nothing, `densest_block` (ours, BeautifulSoup only) is the fallback.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from generator.parse.html_chunks import add_sibling_chunks
from generator.parse.html_lines import clean_lines

# Elements that are never article prose; dropped before the fallback looks for the body.
JUNK_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
             "figure", "figcaption", "iframe", "svg", "button", "select", "dialog", "object", "embed")
_WORDS = re.compile(r"\w+")
_JUNK_CLASS = re.compile(
    r"cookie|consent|newsletter|subscribe|signup|share|social|related|read-?more|recommend|promo|"
    r"comment|advert|\bads?\b|sidebar|breadcrumb|byline|caption|footer|header|menu|nav\b|popup|modal",
    re.I,
)
# What a reader never sees as article text: hidden elements and hover cards / tooltips.
UNSEEN_XPATHS = (
    "//*[@hidden] | //*[@aria-hidden='true'] | //*[contains(translate(@style, ' ', ''), 'display:none')]",
    "//*[contains(@class, 'tooltip') or contains(@class, 'rollover') or contains(@class, 'hovercard')"
    " or contains(@class, 'popover')]",
)
_BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote", "pre")
PRECISE_SHARE_MIN = 0.5  # precision mode under this share of balanced mode's words -> balanced
_BODY_SELECTORS = ("[itemprop=articleBody]", "article", "main", "[role=main]")


def extract_body(
    html: str, soup: BeautifulSoup | None = None, title: str | None = None, section: str | None = None
) -> tuple[str, ...]:
    """The clean body paragraphs: trafilatura's main text, else our densest block; then cleaned.

    `soup` is the page already parsed by the caller (parsing is the slow part); it is not changed.
    The fallback, which removes junk in place, parses its own copy (copying a soup is slower than
    parsing again, and on hostile nesting pathologically so).
    """
    soup = soup if soup is not None else BeautifulSoup(html, "html.parser")
    lines = add_sibling_chunks(soup, main_text_lines(html), prose_blocks)
    return clean_lines(lines or densest_block(BeautifulSoup(html, "html.parser")), title=title, section=section)


def prose_blocks(container: Tag) -> list[str]:
    """The prose of one container, read without changing it: blocks inside junk are skipped."""
    return block_texts(container, skip_junk=True)


def main_text_lines(html: str) -> list[str]:
    """trafilatura's main content, one line per paragraph or list item.

    Precision mode keeps less boilerplate, but now and then it settles on a small wrong block
    (a paywall notice, a teaser): when it finds under half the text the balanced mode finds,
    the balanced mode's answer is taken instead.
    """
    precise = run_trafilatura(html, favor_precision=True)
    balanced = run_trafilatura(html, favor_precision=False)
    chosen = balanced if text_length(precise) < PRECISE_SHARE_MIN * text_length(balanced) else precise
    return [line for line in chosen.split("\n") if line.strip()]


def run_trafilatura(html: str, favor_precision: bool) -> str:
    """Plain text of the main content; comments, images, links, formatting and unseen parts left out.

    trafilatura is imported here, not at module level: importing it costs about half a second,
    which text- and Markdown-only builds and no-change rebuilds (all served from the cache) never
    need to pay. After the first call the import is a dictionary lookup.
    """
    import trafilatura  # noqa: PLC0415 - deliberately lazy, see docstring

    try:
        text = trafilatura.extract(
            html,
            favor_precision=favor_precision,
            include_comments=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            deduplicate=False,
            output_format="txt",
            prune_xpath=list(UNSEEN_XPATHS),
        )
    except (ValueError, TypeError, RecursionError):
        return ""
    return text or ""


def text_length(text: str) -> int:
    return len(_WORDS.findall(text))


def densest_block(soup: BeautifulSoup) -> list[str]:
    """The body by structure: a marked article body if any, else the element richest in <p> text."""
    drop_junk(soup)
    for selector in _BODY_SELECTORS:
        found = soup.select_one(selector)
        if found and block_texts(found):
            return block_texts(found)
    best = max(soup.find_all(["div", "section", "td", "body"]), key=paragraph_weight, default=None)
    return block_texts(best) if best else []


def drop_junk(soup: BeautifulSoup) -> None:
    """Remove scripts, navigation, banners, share bars, captions and the like, in place."""
    for tag in soup.find_all(JUNK_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if isinstance(tag, Tag) and tag.attrs is not None and is_junk_container(tag):
            tag.decompose()


def is_junk_container(tag: Tag) -> bool:
    """A box whose class or id names boilerplate (cookie, newsletter, related, share, ...)."""
    if tag.name in ("html", "body", "article", "main"):
        return False
    names = " ".join([*(tag.get("class") or []), str(tag.get("id") or ""), str(tag.get("role") or "")])
    return bool(names.strip()) and bool(_JUNK_CLASS.search(names))


def paragraph_weight(tag: Tag) -> int:
    """Characters of text in the element's own <p> children, grandchildren counting half."""
    own = sum(text_size(p) for p in tag.find_all("p", recursive=False))
    nested = sum(text_size(p) for child in tag.find_all(recursive=False) for p in child.find_all("p", recursive=False))
    return own + nested // 2


def text_size(tag: Tag) -> int:
    return len(tag.get_text(" ", strip=True))


def block_texts(root: Tag, skip_junk: bool = False) -> list[str]:
    """The text of every prose block under root, innermost blocks only, links reduced to text.

    Inline tags join without added spaces, as a browser renders them; a <br> ends a line. With
    `skip_junk`, blocks inside scripts, navigation, share bars and the like are left out.
    """
    texts = []
    for block in root.find_all(_BLOCKS):
        if block.find(_BLOCKS) or (skip_junk and inside_junk(block, root)):
            continue
        for line in rendered_text(block).split("\n"):
            text = " ".join(line.split())
            if text:
                texts.append(text)
    return texts


def inside_junk(block: Tag, root: Tag) -> bool:
    """True when the block or an ancestor below root is a junk tag or a boilerplate box."""
    for element in (block, *block.parents):
        if element is root or element is None:
            return False
        if element.name in JUNK_TAGS or is_junk_container(element):
            return True
    return False


def rendered_text(block: Tag) -> str:
    """The block's text as displayed: strings joined as they are, a newline for each <br>."""
    parts = []
    for node in block.descendants:
        if isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
        elif type(node) is NavigableString and not inside_code(node, block):
            parts.append(str(node))
    return "".join(parts)


def inside_code(node: NavigableString, block: Tag) -> bool:
    """True for the text of a script or style element below block (comments are never text)."""
    for parent in node.parents:
        if parent is block or parent is None:
            return False
        if parent.name in ("script", "style", "template", "noscript"):
            return True
    return False
