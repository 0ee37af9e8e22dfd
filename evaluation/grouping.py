"""Grouping accuracy on Multi-News: mix every story's articles, regroup them, score the groups.

Each Multi-News row is one story told by 2-10 outlets. All articles are shuffled together (fixed
seed), parsed by our own text reader as untitled plain-text files (no publication date), grouped
by generator.group, and compared with the true stories by B-cubed precision/recall/F1 and the
adjusted Rand index. The main score leaves out what the build would leave out: documents the
reader refuses (no article text, or a site notice such as a script wall or a web archive's crawl
description) and the crawl notices shared by several stories. "Every document kept" scores all
of them, each refused one a story of its own.
"""

from __future__ import annotations

import ast
import csv
import random
from collections import Counter
from math import comb
from pathlib import Path

from evaluation import Metric, Result
from generator.errors import ReadError
from generator.group import group_stories
from generator.models import Article, SourceFile
from generator.parse import parse_source

NAME = "grouping"
DATASET = "multi-news/validation.csv"
SEED = 20190728  # fixed: the shuffle, hence the score, is the same on every run
PLACEHOLDER_PREFIX = 80


def load_stories(data_dir: Path, limit: int | None) -> list[tuple[tuple[str, ...], str]]:
    """(article texts, human summary) per story, in file order."""
    csv.field_size_limit(1 << 30)
    with (data_dir / DATASET).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:limit]
    return [(split_documents(row["documents"]), row["summary"]) for row in rows]


def split_documents(field: str) -> tuple[str, ...]:
    """The `documents` cell is a Python list literal in this copy, "|||||"-joined in others."""
    if field.lstrip().startswith("["):
        docs = ast.literal_eval(field)
    else:
        docs = field.split("|||||")
    return tuple(d for d in (as_plain_text(d) for d in docs) if d)


def as_plain_text(document: str) -> str:
    """Multi-News pads its line breaks with spaces (" \\n \\n "): make them ordinary blank lines."""
    return "\n".join(line.strip() for line in document.strip().splitlines())


def parse_article(story: int, index: int, text: str) -> Article | str:
    """One Multi-News article through our plain-text reader, as a file would be.

    The reader's reason where it refuses the file (no article text, a site notice such as a
    script wall or a crawl description): the build would skip it too.
    """
    source = SourceFile(f"multi-news/{story:03d}-{index}.txt", text.encode("utf-8"))
    try:
        return parse_source(source)
    except ReadError as error:
        return error.reason


def placeholder_openings(stories: list[tuple[tuple[str, ...], str]]) -> frozenset[str]:
    """Openings shared by documents of different stories: crawl notices, not articles.

    Multi-News keeps the Wayback Machine's "Starting in 1996, Alexa Internet ..." page (and the
    like) where an archived article was missing; the same text labelled with many stories is
    something no grouper can place, so it is left out of the mix (and counted in the details).
    """
    stories_by_opening: dict[str, set[int]] = {}
    for number, (docs, _) in enumerate(stories):
        for text in docs:
            stories_by_opening.setdefault(opening(text), set()).add(number)
    return frozenset(o for o, numbers in stories_by_opening.items() if len(numbers) > 1)


def opening(text: str) -> str:
    return " ".join(text.split())[:PLACEHOLDER_PREFIX]


def shuffled_articles(
    stories: list[tuple[tuple[str, ...], str]], keep_placeholders: bool = False
) -> tuple[list[Article], dict[str, int], dict[str, int]]:
    """Every article parsed and shuffled together; the truth maps article id -> story number,
    and `refused` the file name of each document the reader refused -> its story number."""
    dropped = frozenset() if keep_placeholders else placeholder_openings(stories)
    labelled = [
        (s, i, text)
        for s, (docs, _) in enumerate(stories)
        for i, text in enumerate(docs)
        if opening(text) not in dropped
    ]
    random.Random(SEED).shuffle(labelled)
    parsed = [(parse_article(s, i, text), s, i) for s, i, text in labelled]
    articles = [a for a, _, _ in parsed if isinstance(a, Article)]
    truth = {a.id: s for a, s, _ in parsed if isinstance(a, Article)}
    refused = {f"{s:03d}-{i}": s for a, s, i in parsed if not isinstance(a, Article)}
    return articles, truth, refused


def bcubed(predicted: dict[str, int], truth: dict[str, int]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998), averaged over items."""
    pairs = Counter((predicted[item], truth[item]) for item in truth)
    cluster_sizes = Counter(predicted[item] for item in truth)
    class_sizes = Counter(truth.values())
    precision = recall = 0.0
    for (cluster, label), shared in pairs.items():
        precision += shared * shared / cluster_sizes[cluster]
        recall += shared * shared / class_sizes[label]
    precision, recall = precision / len(truth), recall / len(truth)
    return precision, recall, 2 * precision * recall / (precision + recall)


def adjusted_rand(predicted: dict[str, int], truth: dict[str, int]) -> float:
    """Hubert & Arabie's adjusted Rand index from the contingency table."""
    n = len(truth)
    both = sum(comb(c, 2) for c in Counter((predicted[i], truth[i]) for i in truth).values())
    rows = sum(comb(c, 2) for c in Counter(predicted[i] for i in truth).values())
    cols = sum(comb(c, 2) for c in Counter(truth.values()).values())
    expected = rows * cols / comb(n, 2)
    best = (rows + cols) / 2
    return 1.0 if best == expected else (both - expected) / (best - expected)


def regroup(articles: list[Article]) -> dict[str, int]:
    """article id -> the number of the group generator.group put it in."""
    groups = group_stories(tuple(articles))
    return {article_id: g for g, group in enumerate(groups) for article_id in group}


def evaluate(data_dir: Path, limit: int | None) -> Result:
    stories = load_stories(data_dir, limit)
    articles, truth, refused = shuffled_articles(stories)
    predicted = regroup(articles)
    precision, recall, f1 = bcubed(predicted, truth)
    all_articles, all_truth, all_refused = shuffled_articles(stories, keep_placeholders=True)
    f1_all = bcubed(*every_document(regroup(all_articles), all_truth, all_refused))[2]
    return Result(
        task=NAME,
        dataset=DATASET,
        items=len(articles),
        metrics=(
            Metric("B-cubed F1", f1, target=0.95),
            Metric("B-cubed precision", precision),
            Metric("B-cubed recall", recall),
            Metric("adjusted Rand index", adjusted_rand(predicted, truth)),
            Metric("B-cubed F1, every document kept", f1_all),
        ),
        details={
            "stories": len(stories),
            "groups": len(set(predicted.values())),
            "crawl_notices_left_out": len(all_articles) + len(all_refused) - len(articles) - len(refused),
            "refused_by_the_reader": len(refused),
        },
    )


def every_document(
    predicted: dict[str, int], truth: dict[str, int], refused: dict[str, int]
) -> tuple[dict[str, int], dict[str, int]]:
    """Predicted and true groups with each refused document added as a story of its own (the
    build leaves it out, so none of our stories holds it): every document scored, the refused
    ones counting against recall wherever their true story has other articles."""
    first_free = max(predicted.values(), default=-1) + 1
    alone = {name: first_free + n for n, name in enumerate(sorted(refused))}
    return {**predicted, **alone}, {**truth, **refused}
