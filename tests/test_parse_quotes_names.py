"""The NameBook's building blocks: reading the capitalised runs of a paragraph as names."""

from __future__ import annotations

from generator.parse.quotes_names import NameBook, names_in_run


def test_a_run_holds_its_names_without_titles_and_with_gender_cues():
    assert names_in_run("President Donald Trump and Ms. Jane Doe") == (("Donald Trump", None), ("Jane Doe", "f"))


def test_a_possessor_or_a_lone_function_word_names_nobody():
    assert names_in_run("Mr. Trump's") == ()
    assert names_in_run("The") == ()


def test_a_run_across_a_full_stop_is_read_as_two_runs():
    assert names_in_run("Paris. John Podesta") is None
    book = NameBook(("The talks were held in Paris. John Podesta arrived late on the second day of them.",))
    assert [m.name for m in book.mentions] == ["John Podesta"]
    assert book.is_subject(book.mentions[0])


def test_whether_a_mention_opens_its_sentence_is_read_from_its_paragraph():
    book = NameBook(("The report was written by Lars Vik, and Ole Berg signed it off on the last day.",))
    by_name = {m.name: book.is_subject(m) for m in book.mentions}
    assert by_name == {"Lars Vik": False, "Ole Berg": False}
    book = NameBook(("Lars Vik wrote the report about the harbour, and nobody else had a say in it.",))
    assert [book.is_subject(m) for m in book.mentions] == [True]
