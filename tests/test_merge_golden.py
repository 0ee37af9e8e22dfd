"""The merged output, recorded: speeding merging up must not change a single fact, conflict,
quote or timeline entry.

Three kinds of story are merged and compared with tests/golden/merge/: the hand-made story
fixtures, the seed articles as parsed when the golden file was written (kept as JSON, so parser
changes do not show up here; nor do title and lede, which are headline.py's), and a seeded random story of 15 articles from 6 outlets built from
paraphrases, with figures that sometimes disagree, five quotation-mark conventions and dates.
Regenerate (only after checking the change is wanted): UPDATE_GOLDEN=1 make test
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from generator.merge import merge_story
from generator.models import Article, DateMention, Entity, Quote, Story
from tests.fixtures.stories.articles import ACME_STORY, UNRELATED, make_article

GOLDEN = Path(__file__).resolve().parent / "golden" / "merge"

OUTLETS = ("Harbour Herald", "Coastal Wire", "Le Courrier", "Nordblatt", "Daily Tide", "Quay FM")
# Each fact: paraphrases with {n} for a figure, and the figures outlets give (the first most often).
FACTS = (
    (("Floodwater swept through {n} homes in Harbourton overnight.",
      "Overnight flooding hit {n} houses across Harbourton.",
      "Some {n} homes in Harbourton were flooded during the night."), ("340", "340", "320")),
    (("The river Aske rose {n} metres above its usual level.",
      "Levels on the Aske climbed {n} metres higher than normal."), ("2.4", "2.4", "2.1")),
    (("Emergency crews rescued {n} people from rooftops and cars.",
      "Rescuers pulled {n} people from cars and roofs, the fire service said."), ("57", "62")),
    (("The council opened three shelters at schools in the old town.",
      "Three schools in the old town became shelters for the night."), ()),
    (("Mayor Ilse Varga declared a state of emergency on Monday.",
      "A state of emergency was declared by mayor Ilse Varga on Monday."), ()),
    (("Rail services between Harbourton and Kesterby were suspended.",
      "Trains to Kesterby stopped running after the line flooded."), ()),
    (("Insurers estimate the damage at €{n} million.",
      "The damage could cost insurers €{n} million, analysts said."), ("45", "45", "60")),
    (("Forecasters expect more rain on Wednesday across the coast.",
      "More heavy rain is forecast for the coast on Wednesday."), ()),
    (("The flood defences built in 1998 were overtopped near the harbour wall.",
      "Water came over the 1998 defences by the harbour wall."), ()),
    (("About 2,000 residents were without power on Tuesday morning.",
      "Around 2,000 people lost electricity by Tuesday morning."), ()),
    (("The army sent {n} soldiers to fill sandbags along the quay.",
      "{n} soldiers arrived to help fill sandbags on the quay."), ("120", "150")),
    (("Local shops on Market Street have begun clearing mud and debris.",), ()),
    (("Schools across the district will stay closed until Friday.",
      "Every school in the district stays shut until Friday."), ()),
    (("The environment agency said the Aske peaked at dawn.",
      "The Aske peaked around dawn, according to the environment agency."), ()),
)
QUOTES = (
    ("We have never seen water rise this fast", ("Ilse Varga", "Varga", None)),
    ("Our crews worked through the night and will keep going", ("Tomas Brandt", "Brandt")),
    ("the worst flood in living memory", ("Ilse Varga", None)),
    ("Everything downstairs is gone, the sofa, the photos, everything", ("Mira Sol", "Sol")),
)
MARKS = (("“", "”"), ("«\u00a0", "\u00a0»"), ("„", "“"), ('"', '"'), ("'", "'"))
DATES = (("on Monday", "2025-11-03"), ("on Tuesday", "2025-11-04"), ("on Wednesday", "2025-11-05"))


def synthetic_article(rng: random.Random, index: int) -> Article:
    """One outlet's telling: a random selection of facts, wordings, figures, quotes and dates."""
    chosen = rng.sample(range(len(FACTS)), rng.randint(6, len(FACTS)))
    paragraphs: list[str] = []
    for number in chosen:
        wordings, figures = FACTS[number]
        paragraphs.append(rng.choice(wordings).format(n=rng.choice(figures) if figures else ""))
    quotes, dates = [], []
    for text, speakers in rng.sample(QUOTES, rng.randint(1, len(QUOTES))):
        opening, closing = rng.choice(MARKS)
        speaker = rng.choice(speakers)
        words = text if rng.random() < 0.7 else text.upper()[:1] + text[1:] + " again"
        paragraphs.append(f"{opening}{words}{closing}, {speaker or 'one resident'} said.")
        quotes.append(Quote(words, speaker, rng.choice((None, None, "Quay FM")), len(paragraphs) - 1))
    for p, paragraph in enumerate(paragraphs):
        for said, date in DATES:
            if said in paragraph:
                dates.append(DateMention(said, date, p))
    return make_article(
        f"flood-{index:02d}",
        rng.choice(("Harbourton flooded as river Aske bursts its banks",
                    "Floods hit Harbourton", "Harbourton counts the cost of floods")),
        tuple(paragraphs),
        source=OUTLETS[index % len(OUTLETS)],
        published=f"2025-11-0{3 + index % 3}",
        quotes=tuple(quotes),
        dates=tuple(dates),
        entities=(Entity("Harbourton", "place"), Entity("Ilse Varga", "person")),
    )


def synthetic_story() -> tuple[Article, ...]:
    rng = random.Random(20251103)
    return tuple(synthetic_article(rng, i) for i in range(15))


def article_from_json(data: dict) -> Article:
    """The Article a to_json() record was made from."""
    return Article(
        **{k: data[k] for k in ("id", "file", "format", "title", "source", "author", "published",
                                "url", "section")},
        paragraphs=tuple(data["paragraphs"]),
        summary=tuple(data["summary"]),
        entities=tuple(Entity(e["name"], e["kind"], tuple(e["aliases"]), e["mentions"])
                       for e in data["entities"]),
        quotes=tuple(Quote(**q) for q in data["quotes"]),
        dates=tuple(DateMention(**d) for d in data["dates"]),
        meta=tuple(data["meta"].items()),
    )


def frozen_articles(name: str) -> tuple[Article, ...]:
    """Parsed articles kept as JSON in the golden folder (seeds, a BBC story)."""
    records = json.loads((GOLDEN / f"{name}.articles.json").read_text("utf-8"))
    return tuple(article_from_json(r) for r in records)


STORIES = {
    "acme": lambda: ACME_STORY,
    "acme-with-profits": lambda: (*ACME_STORY, UNRELATED[0]),
    "unrelated": lambda: UNRELATED,
    "seeds": lambda: frozen_articles("seeds"),
    "bbc-replicas": lambda: frozen_articles("bbc-replicas"),
    "synthetic-flood": synthetic_story,
}


def merged_parts(story: Story) -> dict:
    """What merging builds from the sentences; title, lede and the id derived from the title
    are the headline's business (tests/test_merge_story.py) and left out."""
    record = story.to_json()
    for quote in record["quotes"]:
        del quote["story"]
    return {k: record[k] for k in ("articles", "published", "facts", "conflicts", "timeline",
                                   "quotes")}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_merge_output_is_what_was_recorded(name):
    articles = STORIES[name]()
    merged = json.dumps(merged_parts(merge_story(articles)), indent=1, ensure_ascii=False) + "\n"
    golden = GOLDEN / f"{name}.story.json"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(merged, "utf-8")
    assert golden.is_file(), f"no golden file {golden}; run UPDATE_GOLDEN=1 make test"
    assert merged == golden.read_text("utf-8")


def test_the_synthetic_story_exercises_every_part_of_merging():
    story = merge_story(synthetic_story())
    assert len(story.articles) == 15
    assert any(len(f.sources) >= 5 for f in story.facts)
    assert any(len(f.sources) == 1 for f in story.facts)
    assert story.conflicts and story.timeline
    assert any(len(q.articles) >= 3 for q in story.quotes)
