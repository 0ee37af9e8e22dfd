"""Body extraction: the boilerplate-line cleaner, the fallback extractor and the main path."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from generator.parse.html_body import densest_block, extract_body, prose_blocks
from generator.parse.html_chunks import add_sibling_chunks
from generator.parse.html_lines import clean_lines

PROSE = [
    "The harbour authority said on Monday that dredging of the main channel would begin in the autumn.",
    "Work is expected to last eleven weeks and will close the north quay to larger vessels for part of that time.",
]


@pytest.mark.parametrize("line", [
    "Read more: Council approves new harbour budget",
    "READ MORE: Fishing quotas cut again",
    "SEE MORE: Storm damage in pictures",
    "Related: The 10 busiest ports in Europe",
    "Also on example.com Port strike enters third day",
    "Lesen Sie auch: Hafen wird ausgebaggert",
    "À lire aussi : la grève continue",
    "Sign up for our free morning newsletter",
    "Get the latest updates right in your inbox.",
    "Follow us on Twitter and Facebook.",
    "Follow Jane Doe on Instagram.",
    "Like this story? Share it with a friend!",
    "Advertisement",
    "Updated at 1:23 p.m.",
    "© 2024 Example Media. All rights reserved.",
    "Harbour cranes at dusk. (AP Photo/John Smith)",
    "Fishermen protest quota cuts [VIDEO]",
])
def test_boilerplate_lines_are_dropped(line):
    assert clean_lines([PROSE[0], line, PROSE[1]]) == tuple(PROSE)


@pytest.mark.parametrize("line", [
    "Netflix raised its subscription price for the second time this year, the company said on Monday.",
    "Readers who follow the story closely will remember the first closure in 2019.",
    "“Read more books,” the minister told the students, “and fewer reports.”",
    "Updated forecasts show the storm reaching the coast on Thursday evening, the weather service said.",
    "- The quay will reopen to ferries on 12 May.",
])
def test_prose_that_merely_resembles_boilerplate_is_kept(line):
    assert clean_lines([PROSE[0], line, PROSE[1]]) == (PROSE[0], line, PROSE[1])


def test_list_of_teasers_after_a_label_is_dropped_until_prose_resumes():
    lines = [PROSE[0], "DON'T MISS", "Port strike: what you need to know [INSIGHT]|",
             "- Ferry times cut", "- Quay closed", PROSE[1]]
    assert clean_lines(lines) == tuple(PROSE)


def test_headline_anywhere_and_section_kicker_at_the_top_are_dropped():
    lines = ["World", "Harbour to be dredged", *PROSE, "Harbour to be dredged!"]
    assert clean_lines(lines, title="Harbour to be dredged", section="World") == tuple(PROSE)
    assert clean_lines([*PROSE, "World"], section="World")[-1] == "World"  # only a kicker at the top


def test_dates_alone_on_a_line_and_wire_credits_are_dropped():
    lines = [PROSE[0], "2019-11-19T08:57:40+01:00", "(Reporting by Jane Roe; Editing by Sam Poe)",
             "Write to Al Stone at al.stone@example.com", PROSE[1]]
    assert clean_lines(lines) == tuple(PROSE)


def test_whitespace_is_collapsed_and_empty_lines_dropped():
    assert clean_lines(["  A  \u00a0 sentence\twith  gaps. ", " ", "---"]) == ("A sentence with gaps.",)


def test_densest_block_prefers_a_marked_article_body():
    page = ("<html><body><div class='teasers'><p>" + "Unrelated teaser text. " * 30 + "</p></div>"
            "<div itemprop='articleBody'><p>" + PROSE[0] + "</p><p>" + PROSE[1] + "</p></div></body></html>")
    assert densest_block(BeautifulSoup(page, "html.parser")) == PROSE


def test_densest_block_finds_the_richest_container_and_drops_junk():
    page = ("<html><body><div class='menu'><p>Home News Sport</p></div><div id='cookie-notice'><p>We use cookies "
            "to make this site work.</p></div><div class='col'><p>" + PROSE[0] + "</p><figure><figcaption>A caption"
            "</figcaption></figure><p>" + PROSE[1] + "</p><script>var x = 1;</script></div></body></html>")
    assert densest_block(BeautifulSoup(page, "html.parser")) == PROSE


def test_extract_body_keeps_list_items_links_as_text_and_no_markup():
    items = "".join(f"<li>Point {n}: the council will review the dredging plan again in spring.</li>" for n in range(3))
    linked = "<p>The <a href='/plan'>full plan</a> was published by the <b>harbour authority</b> on its website.</p>"
    page = ("<html><body><article><h1>Plan review</h1>" + "".join(f"<p>{p}</p>" for p in PROSE * 3)
            + linked + f"<ul>{items}</ul></article></body></html>")
    paragraphs = extract_body(page, title="Plan review")
    assert paragraphs[0] == PROSE[0]  # the repeated headline is gone
    assert "The full plan was published by the harbour authority on its website." in paragraphs
    assert any("Point 1: the council will review the dredging plan again in spring." in p for p in paragraphs)
    assert not any("<" in p or "href" in p for p in paragraphs)


def test_extract_body_of_a_page_without_text_is_empty():
    assert extract_body("<html><body><nav><a href='/'>Home</a></nav></body></html>") == ()


def test_lines_ending_in_the_first_chunk_get_the_sibling_chunks_in_page_order():
    chunk = "<div class='body-chunk'>{}</div><div class='ad-slot'><p>Advertisement</p></div>"
    paragraphs = [f"Paragraph {n} of the long report explains one more part of the harbour plan." for n in range(12)]
    chunks = "".join(chunk.format("".join(f"<p>{p}</p>" for p in paragraphs[i : i + 3])) for i in range(0, 12, 3))
    soup = BeautifulSoup(f"<html><body><article><div class='chunks'>{chunks}</div></article></body></html>", "html.parser")
    found_by_extractor = paragraphs[3:6]  # the second chunk only
    assert add_sibling_chunks(soup, found_by_extractor, prose_blocks) == paragraphs


def test_chunks_stop_at_a_sibling_that_is_another_article_and_need_a_class():
    first = "".join(f"<p>First story paragraph {n}.</p>" for n in range(3))
    second = "<h1>Next story</h1>" + "".join(f"<p>Second story paragraph {n}.</p>" for n in range(3))
    lines = [f"First story paragraph {n}." for n in range(3)]
    page = f"<html><body><div class='story'>{first}</div><div class='story'>{second}</div></body></html>"
    assert add_sibling_chunks(BeautifulSoup(page, "html.parser"), lines, prose_blocks) == lines
    bare = f"<html><body><div>{first}</div><div>{second.replace('<h1>Next story</h1>', '')}</div></body></html>"
    assert add_sibling_chunks(BeautifulSoup(bare, "html.parser"), lines, prose_blocks) == lines


def test_extract_body_leaves_the_callers_soup_unchanged():
    page = "<html><body><nav>Home</nav><div class='share'><p>Share this</p></div><p>Too short.</p></body></html>"
    soup = BeautifulSoup(page, "html.parser")
    extract_body(page, soup)
    assert str(soup) == str(BeautifulSoup(page, "html.parser"))


def test_hidden_elements_and_hover_cards_are_not_article_text():
    card = "<span class='rollover-people-block'><a href='/p'>Rui Sampaio</a> Chair of the water board since 2019</span>"
    prose = "".join(f"<p>{p}</p>" for p in PROSE * 3)
    page = (f"<html><body><article>{prose}<p>Board chair <a href='/p'>Rui Sampaio</a>{card} said the fine was fair."
            "<span hidden>Secret hidden words</span><span aria-hidden='true'>Icon label words</span>"
            "<span style='display: none'>Invisible styled words</span></p></article></body></html>")
    text = "\n".join(extract_body(page))
    assert "Board chair Rui Sampaio said the fine was fair." in text
    for unseen in ("since 2019", "Secret hidden", "Icon label", "Invisible styled"):
        assert unseen not in text


def test_xhtml_page_with_an_xml_declaration():
    body = "".join(f"<p>{p}</p>" for p in PROSE * 3)
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            f"<title>T</title></head><body><article>{body}</article></body></html>")
    assert extract_body(page)[:2] == tuple(PROSE)


def test_hostile_deep_nesting_is_read_in_reasonable_time():
    page = "<html><body>" + "<div>" * 5000 + "<p>Deep text that is a sentence.</p>" + "</div>" * 5000 + "</body></html>"
    assert extract_body(page) == ("Deep text that is a sentence.",)


def test_comments_scripts_and_styles_inside_a_block_are_not_text():
    page = BeautifulSoup("<div><p>Visible<!-- hidden comment --> words<script>var x;</script>"
                         "<style>p{}</style> here<br>next line</p></div>", "html.parser")
    assert prose_blocks(page.div) == ["Visible words here", "next line"]
