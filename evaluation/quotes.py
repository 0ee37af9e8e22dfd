"""How right find_quotes is: direct quotes and speakers on PolNeAR, balanced marks on Multi-News.

PolNeAR (../shared/data/polnear, train + dev; brat standoff) annotates every attribution as
Source / Cue / Content spans. A gold direct quote is a Content fragment holding quotation marks
(straight, curly, or the NYT's doubled apostrophes); its region runs from the first to the last
mark in the fragment. A predicted direct quote is a Quote that find_quotes attributes to a
speaker: quoted stretches nobody is said to have said (scare quotes, titles, slogans) are not
claimed as anybody's words, and PolNeAR does not annotate them either. find_quotes gets the
article's entities, as parse_source gives them (a "Mr. Pell" the entity stage knows is a person
that a later "he" can refer to). Quotes match by character
overlap. Speaker accuracy is measured on matched quotes whose gold Source names someone (head word
overlap, case-insensitive); quotes whose Source is a pronoun are scored separately against the
most recent named Source of any earlier attribution, quoted or paraphrased (a proxy for the
antecedent: PolNeAR has no coreference).
Articles annotated by several annotators are scored once (the first annotation in name order).

Multi-News (validation.csv; `documents` is a Python-literal list of articles, no "|||||" inside)
gives the share of articles in which every double quotation mark is paired.
"""

from __future__ import annotations

import ast
import csv
import re
from dataclasses import dataclass
from pathlib import Path

from evaluation import Metric, Result
from generator.models import Quote
from generator.parse.entities import find_entities
from generator.parse.quotes import SEPARATOR, find_quotes
from generator.parse.quotes_marks import mark_balance

NAME = "quotes"
DOUBLE = "“”\""
PRONOUNS = frozenset("he she they it we i you him her them us me".split())
TITLE_WORDS = frozenset("mr mrs ms dr sen rep gov president senator secretary the".split())


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    source: str | None
    antecedent: str | None = None  # for a pronoun Source: the latest named Source before it


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    quote: Quote


def parse_ann(ann: str) -> list[tuple[str | None, int, list[tuple[int, int]]]]:
    """(source text, source offset, content fragments) for each attribution of a brat .ann file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    relations = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, ranges = parts[1].partition(" ")
            fragments = [tuple(int(x) for x in r.split()) for r in ranges.split(";")]
            spans[parts[0]] = (kind, fragments, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()[1:]))
    result = []
    for relation in relations:
        contents = [spans[relation[key]] for key in content_keys(relation) if relation[key] in spans]
        if not contents:
            continue
        fragments = [fragment for content in contents for fragment in content[1]]
        source = spans.get(relation.get("Source", ""))
        at = source[1][0][0] if source else fragments[0][0]
        result.append((source[2] if source else None, at, fragments))
    return result


def content_keys(relation: dict[str, str]) -> list[str]:
    """"Content", then "Content2", "Content3"…: brat names a relation's further Content spans so."""
    keys = [key for key in relation if re.fullmatch(r"Content\d*", key)]
    return sorted(keys, key=lambda key: int(key[7:] or 1))


def gold_quotes(text: str, attributions) -> list[GoldQuote]:
    """Content fragments holding quoted words: the stretch from their first to last mark."""
    gold = []
    named = sorted((at, src) for src, at, _ in attributions if source_kind(src) == "named")
    for source, at, fragments in attributions:
        antecedent = next((src for pos, src in reversed(named) if pos < at), None)
        for start, end in fragments:
            start, end = widen_to_marks(text, start, end)
            piece = text[start:end].replace("''", '"\x00')
            marks = [i for i, c in enumerate(piece) if c in DOUBLE]
            if not marks or not any(c.isalnum() for c in piece):
                continue
            first, last = marks[0], marks[-1]
            if len(marks) == 1:
                first, last = (0, first) if closes(piece, first) else (first, len(piece) - 1)
            if not any(c.isalnum() for c in piece[first : last + 1]):
                first, last = 0, len(piece) - 1  # ”\n\n“: a fragment over a running quote's paragraph break
            gold.append(GoldQuote(start + first, start + last + 1, source, antecedent))
    return gold


def closes(piece: str, at: int) -> bool:
    """A lone mark closes the fragment's quote (the opening mark lies in an earlier fragment or
    paragraph): a ” always, a straight mark when it follows a word and ends the fragment's text."""
    if piece[at] == "”":
        return True
    before = piece[at - 1] if at > 0 else " "
    return piece[at] == "\"" and not before.isspace() and not piece[at + 1 :].strip("\x00 \n")


def widen_to_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Some annotators leave the quotation marks just outside the Content span: take them in.

    Only where that completes the quote: both sides for a fragment with no mark, the missing
    side for a fragment with an odd number of marks.
    """
    inside = sum(c in DOUBLE for c in text[start:end].replace("''", '"'))
    before = re.search(r"(?:[\"“”]|'')[ \n,:]{0,2}$", text[max(start - 4, 0) : start])
    after = re.match(r"^[ .,?!]{0,2}(?:[\"“”]|'')", text[end : end + 4])
    if inside == 0 and before and after:
        return start - len(before.group(0)), end + len(after.group(0))
    if inside % 2 == 1 and after and not text[start:end].rstrip().endswith(tuple(DOUBLE)):
        return start, end + len(after.group(0))
    if inside % 2 == 1 and before:
        return start - len(before.group(0)), end
    return start, end


def split_paragraphs(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Blank-line separated paragraphs and the offset where each starts; the first is the title."""
    paragraphs, starts = [], []
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        stripped = match.group(0).strip()
        if stripped:
            paragraphs.append(stripped)
            starts.append(match.start() + match.group(0).index(stripped[0]))
    return tuple(paragraphs), tuple(starts)


def locate(text: str, starts: tuple[int, ...], quote: Quote) -> list[Found]:
    """Character ranges of a quote's parts in the raw text (parts of a merged quote separately)."""
    found, cursor = [], starts[quote.paragraph]
    for part in quote.text.split(SEPARATOR):
        match = spaced(part[:40]).search(text, cursor)  # Quote.text has its whitespace collapsed
        if match is None:
            continue
        found.append(Found(match.start(), match.start() + len(part), quote))
        cursor = match.end()
    return found


def spaced(probe: str) -> re.Pattern[str]:
    """`probe` with each space matching any run of whitespace (a line break inside a paragraph)."""
    return re.compile(r"\s+".join(re.escape(word) for word in probe.split(" ")))


def claimed(quote: Quote) -> bool:
    """What we present as someone's direct quote: a quote with a speaker."""
    return quote.speaker is not None


def head_words(name: str) -> set[str]:
    """The words that identify a source: titles dropped unless nothing else is left ("the president")."""
    words = [w.strip("'’") for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", name.lower())]
    heads = {w for w in words if w not in TITLE_WORDS and len(w) > 1}
    return heads or {w for w in words if w != "the"}


def same_speaker(predicted: str | None, gold: str) -> bool:
    return predicted is not None and bool(head_words(predicted) & head_words(gold))


def source_kind(source: str | None) -> str:
    if not source:
        return "none"
    if source.strip().lower() in PRONOUNS:
        return "pronoun"
    return "named" if re.search(r"\b[A-Z]", source) else "common"


def score_article(text: str, ann: str) -> dict[str, int]:
    """Counts for one article: quote matches and speaker matches by kind of source."""
    title_end = text.find("\n")
    gold = [g for g in gold_quotes(text, parse_ann(ann)) if g.start > title_end]
    paragraphs, starts = split_paragraphs(text)
    body, body_starts = paragraphs[1:], starts[1:]  # the title is not part of an article's body
    quotes = find_quotes(body, find_entities(paragraphs[0], body))  # as parse_source runs it
    found = [f for q in quotes if claimed(q) for f in locate(text, body_starts, q)]
    counts = {"gold": len(gold), "predicted": len(found), "tp_pred": 0, "tp_gold": 0}
    counts["tp_pred"] = sum(1 for f in found if any(overlaps(f, g) for g in gold))
    for g in sorted(gold, key=lambda g: g.start):
        match = next((f for f in found if overlaps(f, g)), None)
        kind = source_kind(g.source)
        if match is not None:
            counts["tp_gold"] += 1
            target = g.antecedent if kind == "pronoun" else g.source
            if kind != "none" and target is not None:
                counts[f"{kind}_total"] = counts.get(f"{kind}_total", 0) + 1
                counts[f"{kind}_right"] = counts.get(f"{kind}_right", 0) + same_speaker(match.quote.speaker, target)
    return counts


def overlaps(found: Found, gold: GoldQuote) -> bool:
    return found.start < gold.end and gold.start < found.end


def polnear_items(data_dir: Path, limit: int | None) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs from train and dev, one annotation per article."""
    items = []
    for split in ("train", "dev"):
        base = data_dir / "polnear" / "data" / split
        chosen: dict[str, Path] = {}
        for ann in sorted((base / "attributions").glob("*.ann")):
            chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
        for stem, ann in sorted(chosen.items()):
            text = base / "text" / f"{stem}.txt"
            if text.exists():
                items.append((text, ann))
    return items[:limit] if limit else items


def multinews_articles(data_dir: Path, limit: int | None) -> list[str]:
    path = data_dir / "multi-news" / "validation.csv"
    if not path.exists():
        return []
    csv.field_size_limit(1 << 30)
    articles = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            articles.extend(d for d in ast.literal_eval(row["documents"]) if d.strip())
    return articles[: limit * 3] if limit else articles


def balanced_share(articles: list[str]) -> float:
    """Share of articles in which every double quotation mark found its pair."""
    balanced = 0
    for article in articles:
        paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", article) if p.strip())
        paired, total = mark_balance(paragraphs)
        balanced += paired == total
    return balanced / len(articles) if articles else 0.0


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def evaluate(data_dir: Path, limit: int | None = None) -> Result:
    totals: dict[str, int] = {}
    items = polnear_items(data_dir, limit)
    for text_path, ann_path in items:
        counts = score_article(text_path.read_text(encoding="utf-8"), ann_path.read_text(encoding="utf-8"))
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
    precision = ratio(totals.get("tp_pred", 0), totals.get("predicted", 0))
    recall = ratio(totals.get("tp_gold", 0), totals.get("gold", 0))
    f1 = ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0
    articles = multinews_articles(data_dir, limit)
    metrics = (
        Metric("quote F1 (PolNeAR)", f1, 0.95, (("Citron", 0.832), ("GenderGapTracker", 0.837))),
        Metric("quote precision", precision),
        Metric("quote recall", recall),
        Metric("speaker accuracy (named source)", ratio(totals.get("named_right", 0), totals.get("named_total", 0)), 0.95, (("GenderGapTracker", 0.865),)),
        Metric("speaker accuracy (pronoun, proxy)", ratio(totals.get("pronoun_right", 0), totals.get("pronoun_total", 0))),
        Metric("speaker accuracy (common noun)", ratio(totals.get("common_right", 0), totals.get("common_total", 0))),
        Metric("balanced marks (Multi-News)", balanced_share(articles), note=f"{len(articles)} articles"),
    )
    return Result(task=NAME, dataset="polnear train+dev; multi-news validation", items=len(items), metrics=metrics, details=totals)
