"""decode_bytes on real bytes: every encoding we promise, and the files we refuse (with why)."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import ReadError
from generator.read import decode_bytes

TEXT = "Mayor Brandt said: “We looked at every option” — café, Zürich, £5, 26°C.\nSecond line."
ASCII_TEXT = "The council voted on Monday to close the terminal.\nIt had run for 92 years."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("utf-16-be"),  # no BOM
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "cp1252"],
)
def test_each_encoding_decodes_to_the_same_text(data):
    assert decode_bytes("a.txt", data) == TEXT


def test_cp1252_curly_quotes_are_bytes_93_and_94():
    assert decode_bytes("a.txt", b"He said \x93no\x94 \x96 twice.") == "He said “no” – twice."


def test_latin1_bytes_decode_to_their_letters():
    data = "Zürich café: £5 at 28°C, ½ price".encode("latin-1")
    assert decode_bytes("a.txt", data) == "Zürich café: £5 at 28°C, ½ price"


def test_latin1_byte_undefined_in_cp1252_still_decodes_and_its_control_character_goes():
    assert decode_bytes("a.txt", b"caf\xe9 \x81 ok") == "café  ok"


def test_cp1252_punctuation_once_read_as_latin1_is_repaired():
    """UTF-8 text carrying U+0092 and friends (cp1252 bytes that went through latin-1 before
    they reached us) gets the punctuation back; the C1 controls are in no article."""
    data = "Christ\x92s \x93Community\x94 \x96 since 1860\x85".encode()
    assert decode_bytes("a.txt", data) == "Christ’s “Community” – since 1860…"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FF), max_size=200))
def test_no_c1_control_character_survives_decoding(text):
    from generator.read import repair_c1_controls

    repaired = repair_c1_controls(text)
    assert not any("\x80" <= ch <= "\x9f" for ch in repaired)
    if not any("\x80" <= ch <= "\x9f" for ch in text):
        assert repaired == text


def test_windows_and_old_mac_line_endings_become_newlines():
    assert decode_bytes("a.txt", b"one\r\ntwo\rthree") == "one\ntwo\nthree"


def test_bom_is_not_part_of_the_text():
    assert not decode_bytes("a.txt", codecs.BOM_UTF8 + b"Title").startswith("\ufeff")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "is empty"),
        (b"  \n\t\r\n  ", "only whitespace"),
        (codecs.BOM_UTF8, "only whitespace"),
        ("\u3000\n".encode("utf-8"), "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, "binary"),
        (codecs.BOM_UTF16_LE + b"A\x00B", "binary or in an unknown encoding"),
        (b"%PDF-1.7\n" + bytes(range(0, 32)) * 20, "binary"),
    ],
    ids=["empty", "whitespace", "bom-only", "ideographic-space", "png", "odd-utf16", "pdf-ish"],
)
def test_unusable_bytes_are_a_read_error_with_the_reason(data, reason):
    with pytest.raises(ReadError) as error:
        decode_bytes("bad.txt", data)
    assert error.value.file == "bad.txt"
    assert reason in error.value.reason


def test_ascii_text_with_a_few_control_characters_is_still_text():
    assert decode_bytes("a.txt", (ASCII_TEXT + "\x0c").encode()) == ASCII_TEXT + "\x0c"


def test_utf8_with_a_stray_cp1252_byte_keeps_both_right():
    data = "Zürich café: ".encode("utf-8") + b"\x93quoted\x94"
    assert decode_bytes("a.txt", data) == "Zürich café: “quoted”"


def test_pure_cp1252_is_not_taken_for_mixed_utf8():
    assert decode_bytes("a.txt", "café “x”".encode("cp1252")) == "café “x”"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=400))
def test_binary_check_counts_exactly_the_control_characters_no_article_has(text):
    """The regex count equals the plain definition: below space, less \\n \\t \\f \\v; over 2% is binary."""
    from generator.read import _looks_binary

    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    assert _looks_binary(text) == ("\x00" in sample or controls > len(sample) * 0.02)
