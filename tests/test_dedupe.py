"""drop_duplicates: same URL or same body text -> the later file by path is skipped, once."""

from __future__ import annotations

from generator.dedupe import drop_duplicates, normalise_body, normalise_url
from generator.models import Article


def article(file: str, paragraphs: tuple[str, ...], url: str | None = None) -> Article:
    return Article(id=file, file=file, format="text", title="T", source=None, author=None,
                   published=None, url=url, paragraphs=paragraphs)


BODY = ("The council voted to close the terminal.", "“It is a sad day,” Brandt said.")


def test_same_url_written_differently_is_a_duplicate_of_the_first_by_path():
    a = article("b.txt", ("One text.",), "https://www.example.com/news/1/?utm_source=mail#top")
    b = article("a.md", ("Another text.",), "http://example.com/news/1")
    kept, problems = drop_duplicates((a, b))
    assert [k.file for k in kept] == ["a.md"]
    assert [(p.file, p.reason) for p in problems] == [("b.txt", "duplicate of a.md (same URL); skipped")]


def test_same_body_with_other_case_quotes_and_spacing_is_a_duplicate():
    copy = ("THE COUNCIL voted to close the  terminal.", '"It is a sad day," Brandt said.')
    kept, problems = drop_duplicates((article("a.txt", BODY), article("b.html", copy)))
    assert [k.file for k in kept] == ["a.txt"]
    assert problems[0].file == "b.html" and "same article text" in problems[0].reason


def test_three_copies_each_name_the_file_kept():
    kept, problems = drop_duplicates(tuple(article(f"{n}.txt", BODY) for n in "cab"))
    assert [k.file for k in kept] == ["a.txt"]
    assert [p.reason for p in problems] == ["duplicate of a.txt (same article text); skipped"] * 2


def test_different_articles_and_query_strings_that_matter_are_kept():
    a = article("a.txt", ("One.",), "https://example.com/story?id=1")
    b = article("b.txt", ("Two.",), "https://example.com/story?id=2")
    c = article("c.txt", ("Three.",))
    kept, problems = drop_duplicates((a, b, c))
    assert len(kept) == 3 and problems == []


def test_normalisers():
    assert normalise_url("HTTPS://WWW.Example.com/a/") == "example.com/a"
    assert normalise_url("not a url") is None
    assert normalise_body(("Ça va?", "“Oui”")) == "ça va oui"
