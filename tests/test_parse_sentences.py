"""split_sentences: abbreviations, initials, quotes, brackets, lists; never loses or reorders text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.parse.sentences import last_word, split_sentences


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Mr. Smith met U.S. President Donald J. Trump at 9 a.m. on Aug. 12. They talked.",
            ("Mr. Smith met U.S. President Donald J. Trump at 9 a.m. on Aug. 12.", "They talked."),
        ),
        (
            "Gen. Ali Haidar and Sen. Mary Ross spoke at No. 10 Downing St. in London. Then they left.",
            ("Gen. Ali Haidar and Sen. Mary Ross spoke at No. 10 Downing St. in London.", "Then they left."),
        ),
        (
            "Growth was 3.5% in the U.S. The euro fell 0.4 per cent.",
            ("Growth was 3.5% in the U.S.", "The euro fell 0.4 per cent."),
        ),
        (
            'They confirmed "their will to strengthen cooperation in the future." Trump said so.',
            ('They confirmed "their will to strengthen cooperation in the future."', "Trump said so."),
        ),
        (
            "Sie sagte: „Wir gehen.“ Dann ging sie. Il a dit « Non. » Puis il est parti.",
            ("Sie sagte: „Wir gehen.“", "Dann ging sie.", "Il a dit « Non. »", "Puis il est parti."),
        ),
        (
            "She said: “We will go. They will stay.” Nobody replied.",
            ("She said: “We will go.", "They will stay.”", "Nobody replied."),
        ),
        ('"Why?" he asked. "Because!" she said.', ('"Why?" he asked.', '"Because!" she said.')),
        (
            "Shares fell. (The company declined to comment.) Analysts were surprised!",
            ("Shares fell.", "(The company declined to comment.)", "Analysts were surprised!"),
        ),
        ("Wait… What happened? Nobody knows… Putin said.", ("Wait…", "What happened?", "Nobody knows… Putin said.")),
        ("He was ranked No. 1. The team won.", ("He was ranked No. 1.", "The team won.")),
        ("Take vitamin C. It helps. J. K. Rowling agreed.", ("Take vitamin C.", "It helps.", "J. K. Rowling agreed.")),
        (
            "The plan:\n1. Open the box.\n2. Remove the lid.\n- keep the receipt",
            ("The plan:", "1. Open the box.", "2. Remove the lid.", "- keep the receipt"),
        ),
        ("Acme Inc. said profits rose. Acme Inc. The end.", ("Acme Inc. said profits rose.", "Acme Inc.", "The end.")),
        ("no full stop at the end", ("no full stop at the end",)),
        ("Prices rose in 2019. 2020 was worse.", ("Prices rose in 2019.", "2020 was worse.")),
    ],
)
def test_splits_at_real_boundaries_only(paragraph: str, expected: tuple[str, ...]) -> None:
    assert split_sentences(paragraph) == expected


def test_blank_paragraph_gives_no_sentences() -> None:
    assert split_sentences("  \n\t ") == ()


def test_seed_style_paragraph_keeps_attributions_together() -> None:
    paragraph = (
        'Putin and Kim spoke by phone in a "warm, comradely atmosphere" on Tuesday and confirmed '
        '"their will to strengthen cooperation in the future," the official Korean Central News '
        "Agency (KCNA) said. The Kremlin confirmed the call."
    )
    sentences = split_sentences(paragraph)
    assert len(sentences) == 2
    assert sentences[0].endswith("(KCNA) said.")


PIECES = list("ab AB.?!…\"'“”„«»()\n0123456789,-") + ["Mr. ", "U.S. ", " The ", "No. ", "\n1. "]
TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_never_loses_reorders_or_empties(paragraph: str) -> None:
    sentences = split_sentences(paragraph)
    assert all(s and s == s.strip() for s in sentences)
    assert " ".join(sentences).split() == paragraph.split()
    assert split_sentences(paragraph) == sentences


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab.\"( \t\n\xa0\x1c\u2028\u3000", max_size=20))
def test_last_word_is_the_last_run_of_non_space(text: str) -> None:
    match = re.search(r"(\S+)$", text.rstrip())
    assert last_word(text) == (match.group(1) if match else "")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Zs", "Cc")), max_size=3))
def test_is_initial_is_one_capital_a_to_z(word: str) -> None:
    from generator.parse.sentences import is_initial

    assert is_initial(word) == bool(re.fullmatch(r"[A-Z]", word))
