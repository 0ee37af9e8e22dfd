"""A slice of the quotes evaluation: brat parsing, gold regions, scoring, and a small real run."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.quotes import evaluate, gold_quotes, parse_ann, score_article, split_paragraphs

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

TEXT = (
    "Senate vote delayed\n\n"
    "“We will not vote today,” said Mara Quinn, the majority leader.\n\n"
    "Quinn called the delay “a pause, not a retreat.” She added that the bill was safe.\n\n"
    "Critics said it was a \"mistake\" and he said “nothing”."
)


def span(text: str, start: int = 0) -> str:
    """brat offsets of `text` in TEXT (searching from `start`)."""
    at = TEXT.index(text, start)
    return f"{at} {at + len(text)}"


ANN = (
    f"T1\tSource {span('Mara Quinn')}\tMara Quinn\n"
    f"T2\tCue {span('said')}\tsaid\n"
    f"T3\tContent {span('“We will not vote today,”')}\t“We will not vote today,”\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    f"T4\tSource {TEXT.index('Quinn called')} {TEXT.index('Quinn called') + 5}\tQuinn\n"
    f"T5\tCue {span('called')}\tcalled\n"
    f"T6\tContent {span('the delay')};{span('“a pause, not a retreat.”')}\tthe delay “a pause, not a retreat.”\n"
    "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n"
)


def test_parse_ann_links_source_and_discontinuous_content():
    attributions = parse_ann(ANN)
    quinn = TEXT.index("the delay")
    assert [a[0] for a in attributions] == ["Mara Quinn", "Quinn"]
    assert attributions[1][1] == TEXT.index("Quinn called")
    assert attributions[1][2] == [(quinn, quinn + len("the delay")), (quinn + 10, quinn + 10 + 25)]


def test_gold_regions_run_from_first_to_last_mark():
    gold = gold_quotes(TEXT, parse_ann(ANN))
    assert [TEXT[g.start : g.end] for g in gold] == ["“We will not vote today,”", "“a pause, not a retreat.”"]


def test_split_paragraphs_keeps_offsets():
    paragraphs, starts = split_paragraphs(TEXT)
    assert all(TEXT[s : s + len(p)] == p for p, s in zip(paragraphs, starts))


def test_score_counts_matches_and_named_speakers():
    counts = score_article(TEXT, ANN)
    assert counts["gold"] == 2 and counts["tp_gold"] == 2
    assert counts["named_total"] == 2 and counts["named_right"] == 2
    assert counts["predicted"] >= counts["tp_pred"] >= 2


@pytest.mark.skipif(not (DATA / "polnear").is_dir(), reason="shared PolNeAR data not present")
def test_small_real_run_meets_a_floor():
    result = evaluate(DATA, limit=40)
    figures = {m.name: m.ours for m in result.metrics}
    assert result.items == 40
    assert figures["quote precision"] > 0.85
    assert figures["speaker accuracy (named source)"] > 0.8


def test_marks_just_outside_a_content_span_are_taken_in():
    from evaluation.quotes import widen_to_marks

    text = 'He said "we will win" today.'
    start = text.index("we")
    assert widen_to_marks(text, start, start + len("we will win")) == (start - 1, start + len("we will win") + 1)
    assert widen_to_marks(text, 0, 2) == (0, 2)


def test_title_only_sources_still_match():
    from evaluation.quotes import same_speaker

    assert same_speaker("the president", "The president")
    assert same_speaker("Barack Obama", "President Obama")
    assert not same_speaker("Joe Biden", "President Obama")


def test_a_lone_straight_mark_ending_a_fragment_closes_its_quote():
    """A fragment holding only a quote's end: its region is the words before the mark, not the mark."""
    text = 'T\n\n"We start at dawn. And we finish at dusk," Ada said.'
    start = text.index("And")
    [gold] = gold_quotes(text, [("Ada", 0, [(start, text.index(" Ada"))])])
    assert text[gold.start : gold.end] == 'And we finish at dusk,"'
    [opening] = gold_quotes(text, [("Ada", 0, [(text.index('"We'), text.index(" And"))])])
    assert text[opening.start : opening.end] == '"We start at dawn.'


def test_a_quote_broken_across_lines_of_one_paragraph_is_located():
    text = "Title\n\n“We will not\nvote today,” said Mara Quinn.\n"
    ann = (
        f"T1\tSource {text.index('Mara')} {text.index('Mara') + 10}\tMara Quinn\n"
        f"T2\tCue {text.index('said')} {text.index('said') + 4}\tsaid\n"
        f"T3\tContent {text.index('“')} {text.index('” ') + 1}\tquote\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    )
    counts = score_article(text, ann)
    assert counts["predicted"] == 1 and counts["tp_pred"] == 1 and counts["tp_gold"] == 1


def test_a_relation_with_a_second_content_span_scores_both_parts():
    text = 'Title\n\n"We are ready," she said. "The vote is ours."\n'
    first, second = text.index('"We'), text.index('"The')
    ann = (
        f"T1\tContent {first} {text.index(' she')}\tfirst\n"
        f"T2\tSource {text.index('she')} {text.index('she') + 3}\tshe\n"
        f"T3\tCue {text.index('said')} {text.index('said') + 4}\tsaid\n"
        "E1\tAttribution:T3 Cue:T3 Source:T2 Content:T1 Content2:T4\n"
        f"T4\tContent {second} {len(text) - 1}\tsecond\n"
    )
    assert [fragments for _, _, fragments in parse_ann(ann)] == [[(first, text.index(" she")), (second, len(text) - 1)]]
    assert [text[g.start : g.end] for g in gold_quotes(text, parse_ann(ann))] == ['"We are ready,"', '"The vote is ours."']


def test_a_fragment_over_a_running_quote_s_paragraph_break_is_scored_on_its_words():
    text = "Title\n\n“We checked every box.”\n\n“We will win,” Ada Byrne said.\n"
    start, end = text.index("every"), text.index(" will")
    ann = f"T1\tContent {start} {end}\tfragment\nE1\tAttribution:T1 Content:T1\n"
    assert [text[g.start : g.end] for g in gold_quotes(text, parse_ann(ann))] == [text[start:end]]
