"""Merged-story summaries on Multi-News: our lede + top facts against the human-written summary.

For every true story (its articles parsed by our reader, crawl notices left out as in the grouping
task) the merged Story's lede followed by its facts in rank order is cut to the human summary's
length in words (the reference length: the published baselines used a fixed budget, so compare
with the lead baseline measured here the same way) and scored with ROUGE-1/2/L F (rouge-score,
Porter stemming). The published Multi-News baselines were measured on the test split; this is
the validation split.
"""

from __future__ import annotations

from pathlib import Path

from evaluation import Metric, Result
from evaluation.grouping import DATASET, load_stories, opening, parse_article, placeholder_openings
from generator.merge import merge_story
from generator.models import Article, Story

NAME = "summaries"
ANCHORS_R1 = (("LexRank", 38.27), ("TextRank", 38.44), ("MMR", 38.77), ("First-3", 39.41), ("Hi-MAP", 43.47))
ANCHORS_R2 = (("LexRank", 12.70), ("TextRank", 13.10), ("MMR", 11.98), ("First-3", 11.77), ("Hi-MAP", 14.89))


def story_summary(story: Story, words: int) -> str:
    """Lede, then facts most outlets carry first, cut to `words` words."""
    sentences = [story.lede, *(f.text for f in story.facts if f.text != story.lede)]
    return " ".join(" ".join(sentences).split()[:words])


def lead_baseline(articles: tuple[Article, ...], words: int) -> str:
    """The same-length yardstick measured the same way: the articles' text in file order, cut."""
    text = " ".join(p for a in sorted(articles, key=lambda a: a.file) for p in a.paragraphs)
    return " ".join(text.split()[:words])


def human_summary(text: str) -> str:
    """Multi-News summaries open with an en dash; it is not part of the summary."""
    return text.strip().lstrip("–-").strip()


def evaluate(data_dir: Path, limit: int | None) -> Result:
    from rouge_score import rouge_scorer  # the `eval` extra: not needed by the generator

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    stories = load_stories(data_dir, limit)
    dropped = placeholder_openings(stories)
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    lead_r1 = 0.0
    scored = 0
    for number, (docs, summary) in enumerate(stories):
        parsed = [parse_article(number, i, d) for i, d in enumerate(docs) if opening(d) not in dropped]
        articles = tuple(a for a in parsed if isinstance(a, Article))
        if not articles:
            continue
        reference = human_summary(summary)
        ours = story_summary(merge_story(articles), len(reference.split()))
        for key, score in scorer.score(reference, ours).items():
            totals[key] += score.fmeasure
        lead = lead_baseline(articles, len(reference.split()))
        lead_r1 += scorer.score(reference, lead)["rouge1"].fmeasure
        scored += 1
    mean = {key: 100 * value / max(scored, 1) for key, value in totals.items()}
    return Result(
        task=NAME,
        dataset=DATASET,
        items=scored,
        metrics=(
            Metric("ROUGE-1 F", mean["rouge1"], target=max(v for n, v in ANCHORS_R1 if n != "Hi-MAP"), anchors=ANCHORS_R1),
            Metric("ROUGE-2 F", mean["rouge2"], anchors=ANCHORS_R2),
            Metric("ROUGE-L F", mean["rougeL"]),
            Metric(
                "ROUGE-1 F, lead baseline same way",
                100 * lead_r1 / max(scored, 1),
                note="leading words of the articles, cut to the same length, scored alike",
            ),
        ),
        details={"stories": len(stories), "scored": scored},
    )
