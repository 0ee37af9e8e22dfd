"""The extraction benchmark's scoring, and a small real slice of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.extraction import date_right, page_overlap, precision_recall_f1, reference_date, shingles

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SLICE_PAGES = 10
SLICE_F1_FLOOR = 0.96  # measured 0.989 on the first 10 pages (sorted ids); margin for library updates


def test_shingles_are_four_word_token_runs_with_counts():
    assert shingles("One, two; three four five!") == {"One two three four": 1, "two three four five": 1}
    assert shingles("a b c d a b c d") == {"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}
    assert shingles("too short") == {"too short": 1}
    assert shingles("") == {}


def test_page_overlap_is_normalised_multiset_overlap():
    truth = "w1 w2 w3 w4 w5 w6"  # 3 shingles
    assert page_overlap(truth, truth) == (1.0, 0.0, 0.0)
    tp, fp, fn = page_overlap(truth, "w1 w2 w3 w4 w5 x y z")  # 2 shared, 3 extra, 1 missing
    assert (round(tp, 3), round(fp, 3), round(fn, 3)) == (round(2 / 6, 3), round(3 / 6, 3), round(1 / 6, 3))
    assert page_overlap("", "") == (0.0, 0.0, 0.0)


def test_precision_recall_average_over_pages_where_defined():
    pages = [(1.0, 0.0, 0.0), (0.5, 0.5, 0.0), (0.0, 0.0, 1.0)]  # last page: nothing extracted
    precision, recall, f1 = precision_recall_f1(pages)
    assert precision == pytest.approx(0.75)  # the empty prediction has no precision
    assert recall == pytest.approx(2 / 3)
    assert f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_url_dates_and_the_one_day_tolerance():
    meta = '<meta property="article:published_time" content="2019-11-19T10:00:00Z">'
    assert str(reference_date(meta, "https://x.example/2019/11/19/story")) == "2019-11-19"
    assert str(reference_date(meta, "https://x.example/news/20191118-story")) == "2019-11-18"
    assert reference_date("<html></html>", "https://x.example/2019/11/19/story") is None
    placeholder = '<script>{"datePublished": "0001-01-01T00:00:00Z"}</script>'
    assert reference_date(placeholder, "https://x.example/2019/11/19/story") is None
    assert reference_date(meta, "https://x.example/story-12345") is None
    when = reference_date(meta, "https://x.example/2019/11/19/story")
    assert date_right("2019-11-20", when) and not date_right("2019-11-21", when) and not date_right(None, when)


@pytest.mark.skipif(not (DATA / "article-extraction-benchmark").is_dir(), reason="benchmark data not present")
def test_reader_on_a_slice_of_the_benchmark():
    from evaluation.extraction import evaluate

    result = evaluate(DATA, SLICE_PAGES)
    scores = {m.name: m.ours for m in result.metrics}
    assert result.items == SLICE_PAGES
    assert scores["body F1 (4-token shingles)"] >= SLICE_F1_FLOOR
