"""The merged story as a whole: title, lede, id, order-independence, and the seeds end to end."""

from __future__ import annotations

import json
from pathlib import Path

from generator.build import collect
from generator.config import Config
from generator.merge import merge_story
from tests.fixtures.stories.articles import ACME_STORY, BIKE_LANES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_merge_does_not_depend_on_article_order():
    assert merge_story(ACME_STORY) == merge_story(tuple(reversed(ACME_STORY)))


def test_title_and_lede_come_from_the_articles_and_the_id_is_a_stable_slug():
    story = merge_story(ACME_STORY)
    assert story.title in {a.title for a in ACME_STORY}
    assert any(story.lede in a.paragraphs[0] for a in ACME_STORY)
    assert story.id.startswith("millbrook-") or story.id.startswith("acme-")
    assert story.id == merge_story(ACME_STORY).id
    assert story.published == "2025-03-05"
    assert json.loads(json.dumps(story.to_json()))["articles"] == list(story.articles)


def test_a_story_of_one_article_has_only_single_source_facts():
    story = merge_story((BIKE_LANES,))
    assert story.title == BIKE_LANES.title
    assert story.facts and all(f.articles == (BIKE_LANES.id,) for f in story.facts)
    assert story.conflicts == ()


def test_the_seeds_build_into_one_story_with_shared_and_single_source_facts(tmp_path):
    config = Config(seeds=SEEDS, out=tmp_path / "site", cache_dir=tmp_path / "cache", jobs=1, progress=False)
    digest, _ = collect(config, use_cache=False)
    (story,) = digest.stories
    assert len(story.articles) == len(digest.articles) == 2
    shared = [f for f in story.facts if len(f.articles) == 2]
    assert shared, "facts both outlets carry"
    assert any("Putin" in f.text for f in shared)
    troops = next(f for f in story.facts if "10,000 military personnel" in f.text)
    assert len(troops.articles) == 1
