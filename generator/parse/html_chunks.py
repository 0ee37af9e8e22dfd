"""Article bodies that a page splits into several sibling boxes ("chunks").

Some sites cut one article into repeated containers with the same class (for ads between them);
a main-content finder picks the first and stops. Starting from the paragraph it ended on, we look
a few levels up for an element with same-class siblings and add their paragraphs in page order.
A sibling holding an <h1> is another article (infinite scroll), never a chunk of this one.
"""

from __future__ import annotations

from collections.abc import Callable

from bs4 import BeautifulSoup, Tag

from generator.parse.html_lines import squash

MAX_LEVELS = 4  # how far above the last paragraph a chunk container may sit
_STOP_AT = ("body", "html", "article", "main")


def add_sibling_chunks(soup: BeautifulSoup, lines: list[str], prose_of: Callable[[Tag], list[str]]) -> list[str]:
    """`lines` plus the prose of same-class sibling containers of the box they end in, in page order.

    `prose_of(tag)` turns a container into paragraph texts without changing it (the caller's reader).
    """
    if not lines:
        return lines
    block = find_block(soup, lines[-1])
    container = chunk_container(block) if block is not None else None
    if container is None:
        return lines
    known = {squash(line) for line in lines}
    before = [t for s in reversed(same_class_siblings(container, before=True)) for t in prose_of(s)]
    after = [t for s in same_class_siblings(container, before=False) for t in prose_of(s)]
    return [t for t in before if squash(t) not in known] + lines + [t for t in after if squash(t) not in known]


def find_block(soup: BeautifulSoup, line: str) -> Tag | None:
    """The paragraph element whose words are the words of `line`."""
    wanted = squash(line)
    if not wanted:
        return None
    for element in soup.find_all("p"):
        if squash(element.get_text("")) == wanted or squash(element.get_text(" ")) == wanted:
            return element
    return None


def chunk_container(block: Tag) -> Tag | None:
    """The nearest ancestor (a few levels up) that has siblings of the same tag and class."""
    for level, ancestor in enumerate(block.parents):
        if level >= MAX_LEVELS or ancestor.name in _STOP_AT:
            return None
        if ancestor.get("class") and (same_class_siblings(ancestor, True) or same_class_siblings(ancestor, False)):
            return ancestor
    return None


def same_class_siblings(container: Tag, before: bool) -> list[Tag]:
    """Siblings with exactly the container's tag and classes, up to the first that is not one."""
    siblings = container.find_previous_siblings(True) if before else container.find_next_siblings(True)
    found = []
    for sibling in siblings:
        if sibling.name != container.name or sibling.get("class") != container.get("class"):
            continue
        if sibling.find("h1"):
            break
        found.append(sibling)
    return found
