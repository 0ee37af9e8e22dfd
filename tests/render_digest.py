"""A small hand-built Digest for the render tests: 3 articles from 3 outlets, 2 stories.

Built by hand (not parsed) so the render tests do not depend on parse/group/merge, and varied on
purpose: curly quotes, « » and „ “ in quotes, an article without an outlet or URL, a story with
a conflict and a timeline, a fact only one outlet carried, a quote carried by two outlets.
"""

from __future__ import annotations

from generator.models import (
    Article,
    Conflict,
    DateMention,
    Digest,
    Entity,
    Fact,
    MergedQuote,
    Quote,
    SentenceRef,
    Story,
    TimelineEntry,
)

FLOOD_TMT = Article(
    id="river-floods-kazan-a1b2c3",
    file="tmt/floods.md",
    format="markdown",
    title="River floods force 1,200 from homes near Kazan",
    source="The Moscow Times",
    author="Irina Petrova",
    published="2024-04-09",
    url="https://www.themoscowtimes.com/2024/04/09/floods",
    paragraphs=(
        "Floodwater forced 1,200 people from their homes near Kazan on Tuesday. The Volga rose two metres overnight.",
        "“We have never seen water this high,” said Mayor Ilsur Metshin. Rescue teams used boats.",
        "Officials expect the crest on Thursday.",
    ),
    summary=("Floodwater forced 1,200 people from their homes near Kazan on Tuesday.",),
    entities=(
        Entity("Kazan", "place", mentions=2),
        Entity("Ilsur Metshin", "person", aliases=("Metshin",)),
        Entity("Volga", "place"),
    ),
    quotes=(Quote("We have never seen water this high,", "Ilsur Metshin", None, 1),),
    dates=(DateMention("on Tuesday", "2024-04-09", 0), DateMention("on Thursday", "2024-04-11", 2)),
)

FLOOD_AFP = Article(
    id="kazan-evacuation-d4e5f6",
    file="afp/kazan.txt",
    format="text",
    title="Evacuations as Volga bursts banks",
    source="Agence France-Presse",
    author="AFP",
    published="2024-04-10",
    url="javascript:alert(1)",
    paragraphs=(
        "Some 900 residents were evacuated from districts of Kazan, officials said on Wednesday.",
        "« Nous n'avons jamais vu l'eau si haute », a déclaré le maire Ilsur Metshin, cité par Tass.",
    ),
    summary=("Some 900 residents were evacuated from districts of Kazan.",),
    entities=(Entity("Kazan", "place"), Entity("Tass", "organisation")),
    quotes=(Quote("Nous n'avons jamais vu l'eau si haute", "Ilsur Metshin", "Tass", 1),),
    dates=(DateMention("on Wednesday", "2024-04-10", 0),),
)

BUDGET_SZ = Article(
    id="budget-talks-789abc",
    file="sz/haushalt.html",
    format="html",
    title="Coalition agrees budget after night of talks",
    source=None,
    author=None,
    published="2024-03-02",
    url=None,
    paragraphs=(
        "The coalition agreed the budget at 4 a.m. on Saturday. Finance Minister Anna Keller called it fair.",
        "„Das ist ein fairer Kompromiss“, sagte Keller.",
    ),
    summary=("The coalition agreed the budget at 4 a.m. on Saturday.",),
    entities=(Entity("Anna Keller", "person", mentions=2),),
    quotes=(Quote("Das ist ein fairer Kompromiss", "Anna Keller", None, 1),),
)

FLOOD = Story(
    id="river-floods-kazan-s1",
    title="Volga floods near Kazan",
    lede="Floodwater forced hundreds from their homes near Kazan.",
    articles=(FLOOD_TMT.id, FLOOD_AFP.id),
    published="2024-04-10",
    facts=(
        Fact(
            "Residents were evacuated from homes near Kazan.",
            (
                SentenceRef(FLOOD_TMT.id, 0, 0, FLOOD_TMT.paragraphs[0].split(". ")[0] + "."),
                SentenceRef(FLOOD_AFP.id, 0, 0, FLOOD_AFP.paragraphs[0]),
            ),
        ),
        Fact("The Volga rose two metres overnight.", (SentenceRef(FLOOD_TMT.id, 0, 1, "The Volga rose two metres overnight."),)),
    ),
    conflicts=(
        Conflict(
            "people evacuated",
            (SentenceRef(FLOOD_TMT.id, 0, 0, "Floodwater forced 1,200 people"), SentenceRef(FLOOD_AFP.id, 0, 0, "Some 900 residents")),
            ("1,200", "900"),
        ),
    ),
    timeline=(
        TimelineEntry("2024-04-11", "Crest expected", (FLOOD_TMT.id,)),
        TimelineEntry("2024-04-09", "Evacuations begin", (FLOOD_TMT.id, FLOOD_AFP.id)),
    ),
    quotes=(
        MergedQuote(
            "We have never seen water this high,",
            "Ilsur Metshin",
            None,
            (FLOOD_TMT.id, FLOOD_AFP.id),
            "river-floods-kazan-s1",
            variants=("Nous n'avons jamais vu l'eau si haute",),
        ),
    ),
)

BUDGET = Story(
    id="budget-talks-s2",
    title="Coalition agrees budget",
    lede="The coalition agreed the budget after a night of talks.",
    articles=(BUDGET_SZ.id,),
    published="2024-03-02",
    facts=(Fact("The budget was agreed on Saturday.", (SentenceRef(BUDGET_SZ.id, 0, 0, BUDGET_SZ.paragraphs[0].split(". ")[0] + "."),)),),
    quotes=(MergedQuote("Das ist ein fairer Kompromiss", "Anna Keller", None, (BUDGET_SZ.id,), "budget-talks-s2"),),
)


def small_digest() -> Digest:
    """The fixed Digest rendered by the render tests and the golden files."""
    stories = (BUDGET, FLOOD)  # deliberately oldest first: the renderer must sort
    quotes = tuple(q for s in stories for q in s.quotes)
    return Digest(articles=(BUDGET_SZ, FLOOD_AFP, FLOOD_TMT), stories=stories, quotes=quotes)
