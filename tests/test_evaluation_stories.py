"""The grouping and summary evaluations: their scoring on hand-made cases, and a small real slice."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import grouping, summaries
from evaluation.grouping import adjusted_rand, as_plain_text, bcubed, split_documents
from generator.models import Fact, SentenceRef, Story

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / grouping.DATASET).is_file(), reason="no Multi-News copy")


def test_bcubed_is_perfect_for_the_truth_and_penalises_merges_and_splits():
    truth = {"a": 0, "b": 0, "c": 1}
    assert bcubed(truth, truth) == (1.0, 1.0, 1.0)
    merged = bcubed({"a": 0, "b": 0, "c": 0}, truth)
    assert merged[0] == pytest.approx((2 / 3 * 2 + 1 / 3) / 3) and merged[1] == 1.0
    split = bcubed({"a": 0, "b": 1, "c": 2}, truth)
    assert split[0] == 1.0 and split[1] == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_adjusted_rand_is_one_for_the_truth_and_near_zero_for_nonsense():
    truth = {str(i): i // 3 for i in range(12)}
    assert adjusted_rand(truth, truth) == 1.0
    scrambled = {str(i): i % 4 for i in range(12)}
    assert adjusted_rand(scrambled, truth) < 0.1


def test_documents_cell_in_either_encoding():
    assert split_documents("['one \\n \\n two', 'three']") == ("one\n\ntwo", "three")
    assert split_documents("first story ||||| second story") == ("first story", "second story")
    assert as_plain_text(" a \n \n b ") == "a\n\nb"


def test_summary_is_lede_then_facts_cut_to_the_reference_length():
    ref = SentenceRef("x", 0, 0, "Second fact here.")
    story = Story(
        id="s", title="t", lede="The lede.", articles=("x",),
        facts=(Fact("The lede.", (ref,)), Fact("Second fact here.", (ref,))),
    )
    assert summaries.story_summary(story, 4) == "The lede. Second fact"
    assert summaries.human_summary("– Skal, Sweden!") == "Skal, Sweden!"


@pytest.mark.slow
@needs_data
def test_a_real_slice_groups_and_summarises_well():
    """First 12 Multi-News stories: measured B-cubed F1 0.90 and ROUGE-1 46.9; floors leave margin."""
    result = grouping.evaluate(DATA, 12)
    assert result.metrics[0].ours >= 0.85
    pytest.importorskip("rouge_score")
    assert summaries.evaluate(DATA, 12).metrics[0].ours >= 38.0


def test_every_document_scores_each_refused_page_as_a_story_of_its_own():
    predicted, truth = {"a": 0, "b": 0}, {"a": 7, "b": 7}
    refused = {"007-2": 7, "008-0": 8}
    all_predicted, all_truth = grouping.every_document(predicted, truth, refused)
    assert all_truth == {"a": 7, "b": 7, "007-2": 7, "008-0": 8}
    assert len({all_predicted[k] for k in ("a", "007-2", "008-0")}) == 3
    precision, recall, _ = bcubed(all_predicted, all_truth)
    assert precision == 1.0
    assert recall == pytest.approx((2 * (2 / 3) + 1 / 3 + 1) / 4)  # the refused page costs story 7 recall
