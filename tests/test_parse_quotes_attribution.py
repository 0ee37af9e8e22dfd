"""Attribution patterns: the big ones are compiled on first use, then kept."""

from __future__ import annotations

import re

from generator.parse.quotes_attribution import TAIL_NP_FIRST, compiled_on_first_use


def test_a_pattern_compiled_on_first_use_is_compiled_once_with_its_flags():
    pattern = compiled_on_first_use(r"said\s+(?P<np>[a-z]+)", re.I)
    assert pattern() is pattern()
    assert pattern().flags & re.I
    assert pattern().search("…, SAID lee").group("np") == "lee"


def test_the_tail_pattern_reads_the_speaker_after_a_quote():
    match = TAIL_NP_FIRST().match(", Lars Vik, the harbour master, said on Monday.")
    assert match is not None and match.group("np") == "Lars Vik"
