"""View building: the decisions templates rely on (anchors, "only in", top quote, order)."""

from __future__ import annotations

import dataclasses

from generator.models import Digest, Fact, MergedQuote, SentenceRef, Story
from generator.render.index_views import make_outlet_views, make_speaker_views
from generator.render.story_view import make_story_view
from generator.render.views import QuoteView, SiteIndex, choose_top_quote, sort_stories
from render_digest import BUDGET, FLOOD, FLOOD_AFP, FLOOD_TMT, small_digest


def test_sentence_links_fall_back_to_paragraph_then_article_then_no_link():
    index = SiteIndex(small_digest())
    page = f"articles/{FLOOD_TMT.id}.html"
    assert index.sentence_link(SentenceRef(FLOOD_TMT.id, 0, 1, "x")).href == page + "#p0-s1"
    assert index.sentence_link(SentenceRef(FLOOD_TMT.id, 0, 9, "x")).href == page + "#p0"
    assert index.sentence_link(SentenceRef(FLOOD_TMT.id, 9, 0, "x")).href == page
    missing = index.sentence_link(SentenceRef("not-in-digest", 0, 0, "x"))
    assert missing.href == "" and missing.text == "Unknown source"


def test_only_in_counts_outlets_not_articles():
    second_tmt = dataclasses.replace(FLOOD_AFP, id="tmt-second", source="The Moscow Times")
    story = dataclasses.replace(
        FLOOD,
        articles=(FLOOD_TMT.id, second_tmt.id),
        facts=(Fact("Both TMT pieces say so.", (SentenceRef(FLOOD_TMT.id, 0, 0, "a"), SentenceRef(second_tmt.id, 0, 0, "b"))),),
    )
    view = make_story_view(SiteIndex(Digest(articles=(FLOOD_TMT, second_tmt), stories=(story,))), story)
    assert view.outlets == ("The Moscow Times",) and view.source_count == 1
    assert view.single_facts == () and len(view.shared_facts) == 1  # one outlet in all: nothing to contrast


def test_top_quote_prefers_whole_attributed_quotes_carried_by_more_outlets():
    def quote(text, speaker="X", partial=False, sources=1):
        return QuoteView(text, speaker, None, partial, sources=tuple(f"s{i}" for i in range(sources)))

    quotes = (quote("fragment", partial=True, sources=3), quote("anonymous", speaker=None, sources=3),
              quote("one"), quote("two", sources=2))
    assert choose_top_quote(quotes).text == "two"
    assert choose_top_quote(()) is None


def test_a_word_or_two_in_quotation_marks_is_never_the_top_quote():
    def partial(text, sources=1):
        return QuoteView(text, "another waitress", None, True, sources=tuple(f"s{i}" for i in range(sources)))

    assert choose_top_quote((partial("sister", sources=3), partial("very liberal"))) is None
    phrase = partial("a disgrace to the office")
    assert choose_top_quote((partial("sister", sources=3), phrase)) == phrase


def test_stories_sort_newest_first_then_by_title_whatever_the_input_order():
    undated = dataclasses.replace(BUDGET, id="undated", title="Aardvark", published=None)
    same_day = dataclasses.replace(FLOOD, id="same-day", title="Another flood")
    order = [s.id for s in sort_stories((undated, BUDGET, FLOOD, same_day))]
    assert order == ["same-day", FLOOD.id, BUDGET.id, "undated"]
    assert sort_stories((FLOOD, same_day, BUDGET, undated)) == sort_stories((undated, BUDGET, FLOOD, same_day))


def test_speaker_index_puts_unattributed_last_and_skips_quotes_of_missing_stories():
    digest = small_digest()
    extra = (
        MergedQuote("Nobody said this", None, None, (FLOOD_TMT.id,), FLOOD.id),
        MergedQuote("Orphan", "Zed", None, (FLOOD_TMT.id,), "no-such-story"),
    )
    speakers = make_speaker_views(SiteIndex(digest), dataclasses.replace(digest, quotes=digest.quotes + extra))
    assert [s.name for s in speakers] == ["Anna Keller", "Ilsur Metshin", "Unattributed"]
    assert speakers[1].quotes[0].story.text == FLOOD.title


def test_outlet_views_collect_exclusive_facts_and_bylines():
    digest = small_digest()
    index = SiteIndex(digest)
    stories = tuple(make_story_view(index, s) for s in sort_stories(digest.stories))
    outlets = {o.name: o for o in make_outlet_views(index, digest, stories)}
    assert set(outlets) == {"Agence France-Presse", "The Moscow Times", "Unknown source"}
    assert [text for _, (text, _, _) in outlets["The Moscow Times"].exclusives] == ["The Volga rose two metres overnight."]
    assert outlets["Agence France-Presse"].bylines == ("AFP",)
    assert outlets["Agence France-Presse"].channels == ("Tass",) and outlets["The Moscow Times"].channels == ()
    assert outlets["Unknown source"].exclusives == ()  # its story has one outlet: nothing is exclusive


def test_story_without_merge_results_still_has_articles_and_no_empty_sections():
    bare = Story(id="bare", title="Bare", lede="", articles=(FLOOD_TMT.id,))
    view = make_story_view(SiteIndex(Digest(articles=(FLOOD_TMT,), stories=(bare,))), bare)
    assert view.coverage == () and view.top_quote is None and len(view.articles) == 1


def test_quote_text_loses_only_the_comma_that_joined_it_to_the_attribution():
    from generator.render.views import quote_display_text

    assert quote_display_text("We have never seen water this high, ") == "We have never seen water this high"
    assert quote_display_text("Is it over?") == "Is it over?"
    assert quote_display_text("one, two") == "one, two"


def test_coverage_table_only_for_stories_covered_by_several_outlets():
    index = SiteIndex(small_digest())
    assert make_story_view(index, BUDGET).coverage == ()
    flood = make_story_view(index, FLOOD)
    assert [row.carried for row in flood.coverage] == [(True, True), (False, True)]


def test_sentence_link_follows_the_text_when_the_index_is_off():
    index = SiteIndex(small_digest())
    ref = SentenceRef(FLOOD_TMT.id, 1, 0, "Rescue teams used boats.")
    assert index.sentence_link(ref).href.endswith("#p1-s1")
    assert index.sentence_link(SentenceRef(FLOOD_TMT.id, 1, 7, "Rescue teams used boats.")).href.endswith("#p1-s1")
    assert index.sentence_link(SentenceRef(FLOOD_TMT.id, 1, 0, "a paraphrase")).href.endswith("#p1-s0")
