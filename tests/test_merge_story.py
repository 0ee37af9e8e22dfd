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


def _outlet(id, title, paragraphs, **meta):
    from tests.fixtures.stories.articles import make_article

    return make_article(id, title, paragraphs, **{"source": None, "published": None, **meta})


HARBOUR_BODY = (
    "Port workers in Valmora walked out on Monday over a pay offer, halting container traffic.",
    "The Valmora dockers’ union said the strike would last until the port authority improved its offer.",
)


def test_a_real_headline_beats_a_sentence_standing_in_for_a_title():
    """A bare text file's first line ending in a full stop loses to an outlet's real headline."""
    sentence = _outlet(
        "a-bare", "The union says Valmora dockers walked out over the port's pay offer.", HARBOUR_BODY
    )
    headline = _outlet(
        "b-wire",
        "Valmora Dockers Strike Over Port Pay Offer",
        HARBOUR_BODY,
        source="Wire",
        published="2025-06-02",
    )
    for order in ((sentence, headline), (headline, sentence)):
        assert merge_story(order).title == headline.title


def test_sentence_case_headlines_count_and_a_cut_off_title_does_not():
    cut = _outlet("a-cut", "Port workers in Valmora walked out on Monday over a pay…", HARBOUR_BODY)
    plain = _outlet("b-plain", "Valmora dockers strike over port pay offer", HARBOUR_BODY)
    assert merge_story((cut, plain)).title == plain.title


def test_a_headline_shaped_title_must_still_be_representative():
    """Shape only chooses among titles close to what all the articles say."""
    on_topic = _outlet("a-on", "Valmora dockers walk out over port pay offer.", HARBOUR_BODY)
    off_topic = _outlet(
        "b-off", "Markets Rally as Oil Prices Slide", HARBOUR_BODY, source="Wire", published="2025-06-02"
    )
    third = _outlet("c-on", "Valmora port strike over pay offer halts container traffic.", HARBOUR_BODY)
    assert merge_story((on_topic, off_topic, third)).title != off_topic.title


def test_headline_shape_reads_full_stops_initials_and_title_case():
    from generator.merge.headline import ends_like_a_sentence, is_title_case

    assert ends_like_a_sentence("Putin spoke with Kim.")
    assert ends_like_a_sentence("Putin spoke with Kim, the Kremlin said.”")
    assert ends_like_a_sentence("Putin spoke with Kim...")
    assert not ends_like_a_sentence("Talks with the U.S.")
    assert not ends_like_a_sentence("Putin and Kim vow closer ties")
    assert is_title_case("Vladimir Putin and Kim Jong Un Vow to Strengthen Ties")
    assert is_title_case("“Hope” Returns to Valmora’s Docks")
    assert not is_title_case("Putin and Kim vow to strengthen ties ahead of summit")


def test_the_seed_story_is_titled_with_the_real_headline(tmp_path):
    config = Config(seeds=SEEDS, out=tmp_path / "site", cache_dir=tmp_path / "cache", jobs=1, progress=False)
    digest, _ = collect(config, use_cache=False)
    (story,) = digest.stories
    headlines = {a.title for a in digest.articles if not a.title.rstrip().endswith(".")}
    assert story.title in headlines
