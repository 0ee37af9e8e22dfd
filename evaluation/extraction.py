"""How well the HTML reader extracts article bodies, titles and dates from real pages.

Data: ../shared/data/article-extraction-benchmark/ (181 saved news and blog pages, gzipped, with
a hand-checked article body each). Pages go through the same path as `make site`:
read_document(SourceFile) -> Document, the body being its paragraphs joined by newlines.

Body, scored exactly as the benchmark does: tokens are `\\w+` runs, each text becomes the
multiset of its 4-token shingles; per page tp, fp, fn are the multiset overlaps divided by
tp+fp+fn; precision and recall are averaged over the pages where they are defined (tp+fp > 0,
tp+fn > 0), and F1 is computed from the two averages.

Title and date have no ground truth in the benchmark, so each is checked against an independent
reference on the page, counted only on pages that carry the field in their metadata:
  title right  the page has a title in its metadata (JSON-LD headline or og:title) and exactly
               one non-empty <h1>; our title has the same \\w+ words as that <h1> (case-folded).
  date right   the page states a real publication date in its metadata (JSON-LD datePublished or
               a date meta tag; empty values and 0001 placeholders do not count) and its URL
               carries a date (/2019/11/19/, /20191119, 2019-11-19); our date is that day or one
               day either side (a time zone can move the day).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from bs4 import BeautifulSoup

from evaluation import Metric, Result
from generator.models import Document, SourceFile
from generator.parse import read_document

NAME = "extraction"
DATASET = "article-extraction-benchmark"
ANCHORS = (("rs_trafilatura", 0.970), ("trafilatura 2.0", 0.958), ("newspaper4k", 0.949),
           ("readability.js", 0.947), ("goose3", 0.896), ("justext", 0.804), ("bs4 get_text", 0.665))
TARGET_F1 = 0.970
_TOKEN = re.compile(r"\w+")
_URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
# a real date (not "" or a 0001 placeholder) in JSON-LD datePublished or a date meta tag
_META_DATE = re.compile(
    r"\"datePublished\"\s*:\s*\"(?:19|20)\d\d"
    r"|<meta[^>]+(?:published_time|publication_date|pub-?date|publishdate|name=[\"']date[\"']|dc\.date)"
    r"[^>]*content=[\"'](?:19|20)\d\d"
    r"|<meta[^>]+content=[\"'](?:19|20)\d\d[^>]+(?:published_time|publication_date|pub-?date|datePublished)",
    re.I,
)


def shingles(text: str, n: int = 4) -> Counter[str]:
    """The multiset of n-token shingles of a text (a text shorter than n gives one shingle)."""
    tokens = _TOKEN.findall(text or "")
    grams = (" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def page_overlap(truth: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) for one page, normalised by tp+fp+fn so every page weighs the same."""
    expected, got = shingles(truth), shingles(predicted)
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision_recall_f1(pages: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Precision and recall averaged over the pages where defined; F1 from the two averages."""
    precisions = [tp / (tp + fp) for tp, fp, _ in pages if tp + fp > 0]
    recalls = [tp / (tp + fn) for tp, _, fn in pages if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def words(text: str | None) -> tuple[str, ...]:
    return tuple(_TOKEN.findall((text or "").casefold()))


def reference_headline(html: str) -> str | None:
    """The page's one visible <h1>, when it has a metadata title and exactly one non-empty <h1>."""
    if not re.search(r"og:title|\"headline\"", html):
        return None
    soup = BeautifulSoup(html, "html.parser")
    headings = [h.get_text(" ", strip=True) for h in soup.find_all("h1")]
    headings = [h for h in headings if h]
    return headings[0] if len(headings) == 1 else None


def reference_date(html: str, url: str) -> date | None:
    """The date in the page's URL, when the page also states a publication date in metadata."""
    match = _URL_DATE.search(url or "")
    if not match or not _META_DATE.search(html):
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def date_right(ours: str | None, reference: date) -> bool:
    try:
        return ours is not None and abs((date.fromisoformat(ours[:10]) - reference).days) <= 1
    except ValueError:
        return False


def load_pages(data_dir: Path, limit: int | None) -> list[tuple[str, bytes, dict]]:
    """(id, page bytes, ground truth) in a stable order, the first `limit` of them."""
    root = data_dir / DATASET
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    return [(i, gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()), truth[i]) for i in ids]


def evaluate(data_dir: Path, limit: int | None = None) -> Result:
    """Run the reader on every page and score body, title and date."""
    overlaps, titles, dates, per_page = [], [], [], {}
    for page_id, data, truth in load_pages(data_dir, limit):
        doc: Document = read_document(SourceFile(f"{page_id}.html", data))
        overlap = page_overlap(truth["articleBody"], "\n".join(doc.paragraphs))
        overlaps.append(overlap)
        per_page[page_id] = [round(v, 4) for v in overlap]
        html = data.decode("utf-8", "replace")
        headline = reference_headline(html)
        if headline is not None:
            titles.append(words(doc.title) == words(headline))
        when = reference_date(html, truth.get("url", ""))
        if when is not None:
            dates.append(date_right(doc.published, when))
    precision, recall, f1 = precision_recall_f1(overlaps)
    return Result(
        task=NAME,
        dataset=DATASET,
        items=len(overlaps),
        metrics=(
            Metric("body F1 (4-token shingles)", f1, TARGET_F1, ANCHORS),
            Metric("body precision", precision),
            Metric("body recall", recall),
            Metric("title = the page's <h1>", _share(titles), note=f"{len(titles)} pages with a reference"),
            Metric("date = URL date (±1 day)", _share(dates), note=f"{len(dates)} pages with a reference"),
        ),
        details={"pages": per_page, "title_pages": len(titles), "date_pages": len(dates)},
    )


def _share(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0
