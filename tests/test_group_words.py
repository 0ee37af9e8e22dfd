"""Words grouping and merging compare: folding, content words and names."""

from __future__ import annotations

import time
import unicodedata

from generator.group.words import content_words, fold, names, stem, words


def test_fold_takes_accents_off_wherever_they_stand_and_keeps_ascii_as_is():
    assert fold("Zoë Ångström visited São Paulo’s café") == "zoe angstrom visited sao paulo's cafe"
    assert fold("Plain ASCII, Unchanged!") == "plain ascii, unchanged!"
    # combining marks written separately, and characters with no ASCII form
    assert fold("Cafe\u0301 «Łódź» — 5 km²") == "cafe «łodz» — 5 km2"


def test_fold_equals_stripping_every_combining_mark_after_nfkd():
    """Only non-ASCII runs are inspected: the result is the same as checking every character."""
    samples = ["naïve résumé ﬁnal", "Đorđe Ñuñez’s “quote”", "x\u0308y\u0301z ascii tail", "日本語 text"]
    for text in samples:
        decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
        expected = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
        assert fold(text) == expected


def test_content_words_drop_stop_words_numbers_and_single_letters_and_stem_the_rest():
    assert content_words("The 1,200 workers were laid off in a day, X said.") == [
        "worker",
        "laid",
    ]
    assert content_words("Ferries, ferries and more FERRIES") == ["ferry", "ferry", "ferry"]
    assert stem("talks") == "talk" and stem("companies") == "company" and stem("bus") == "bus"


def test_names_skip_sentence_starts_however_they_are_spaced():
    text = "Storms hit Kestrel Falls.   Mayor Odile Tamsin spoke.\n\n“Plows” came, said Ivo Brandt."
    found = names(text)
    assert {"kestrel", "fall", "ivo", "brandt"} <= found
    assert "storm" not in found  # the text's first word
    assert "mayor" not in found and "odile" not in found  # after a full stop and spaces
    assert "plow" not in found  # after an opening quotation mark


def test_names_take_linear_time_in_a_long_paragraph():
    """A scraped page can be one 1.2-million-character paragraph: copying the text before every
    capitalised word (as names() once did) took 15 s of CPU here; looking back over the gap only
    takes a few hundredths of a second."""
    paragraph = "In Kestrel Falls the mayor met Ivo Brandt and Odile Tamsin, " * 20000
    start = time.process_time()
    found = names(paragraph)
    assert time.process_time() - start < 2.0
    assert {"kestrel", "brandt", "tamsin"} <= found
    assert words("Ivo’s") == ["ivo's"]
