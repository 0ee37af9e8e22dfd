"""Grouping in a mostly English digest with a few articles in other languages: their function
words ("que", "und") are rare in the digest and must not make unrelated articles one story."""

from __future__ import annotations

from generator.group import group_stories
from generator.group.language import article_stopwords, foreign_stopwords
from generator.group.vectors import article_terms
from generator.group.words import uncapitalised_words
from tests.fixtures.stories.articles import ACME_STORY, UNRELATED, make_article

PT_FERRY = make_article(
    "pt-ferry",
    "Balsa de Niterói volta a operar depois de uma semana",
    (
        "A balsa que liga Niterói ao centro do Rio voltou a operar nesta segunda-feira, depois de uma "
        "semana parada para reparos no casco, segundo a concessionária.",
        "De acordo com a empresa, os passageiros que compraram bilhetes para os dias sem viagens "
        "poderão pedir o reembolso nas bilheterias ou pelo site, até o fim do mês.",
        "Os usuários reclamaram que não foram avisados com antecedência e que tiveram de usar os "
        "ônibus, que estavam lotados durante toda a semana.",
    ),
)
PT_RECIPES = make_article(
    "pt-recipes",
    "Cinco receitas de bolo para fazer com as crianças",
    (
        "Uma tarde na cozinha pode ser uma ótima forma de passar o tempo com os filhos, e estas "
        "receitas são simples para que eles ajudem em cada etapa.",
        "O bolo de cenoura é o mais pedido: basta bater os ingredientes no liquidificador e levar ao "
        "forno por quarenta minutos, até que fique dourado.",
        "Para quem não come açúcar, há também uma versão com banana e aveia, que as crianças "
        "costumam aprovar sem perceber a diferença.",
    ),
)
DE_STRIKE = make_article(
    "de-strike",
    "Lokführer streiken am Montag in ganz Deutschland",
    (
        "Die Gewerkschaft der Lokführer hat für Montag einen bundesweiten Streik angekündigt, der den "
        "Fern- und Regionalverkehr der Bahn weitgehend lahmlegen soll.",
        "Nach Angaben der Gewerkschaft wollen die Lokführer von vier Uhr morgens bis Mitternacht die "
        "Arbeit niederlegen, weil die Verhandlungen über die Löhne gescheitert sind.",
        "Die Bahn nannte den Streik unverhältnismäßig und kündigte einen Notfahrplan an.",
    ),
)
DE_STRIKE_OTHER_OUTLET = make_article(
    "de-strike-2",
    "Bahnstreik: Was Fahrgäste am Montag wissen müssen",
    (
        "Wegen des Streiks der Lokführer fallen am Montag bundesweit die meisten Züge im Fern- und "
        "Regionalverkehr aus, wie die Bahn mitteilte.",
        "Die Gewerkschaft hatte den Streik nach gescheiterten Verhandlungen über die Löhne angekündigt; "
        "die Bahn will mit einem Notfahrplan wenigstens einige Verbindungen anbieten.",
        "Fahrgäste, die ihre Reise verschieben, können ihre Tickets später nutzen oder erstatten lassen.",
    ),
    source="Other Outlet",
)
DIGEST = (*ACME_STORY, *UNRELATED, PT_FERRY, PT_RECIPES, DE_STRIKE, DE_STRIKE_OTHER_OUTLET)


def test_two_unrelated_articles_in_a_minority_language_stay_apart():
    groups = group_stories(DIGEST)
    assert (PT_FERRY.id,) in groups and (PT_RECIPES.id,) in groups


def test_one_event_in_another_language_is_still_one_story():
    groups = group_stories(DIGEST)
    assert tuple(sorted((DE_STRIKE.id, DE_STRIKE_OTHER_OUTLET.id))) in groups
    assert tuple(sorted(a.id for a in ACME_STORY)) in groups


def test_the_function_words_of_the_articles_language_are_not_terms():
    assert not {"que", "uma", "para", "os"} & set(article_terms(PT_FERRY))
    assert not {"und", "der", "die", "den"} & set(article_terms(DE_STRIKE))
    assert {"balsa", "reembolso"} <= set(article_terms(PT_FERRY))  # the content words stay


def test_english_prose_keeps_every_word_another_language_would_drop():
    """English articles use our English list only: "war" or "die" is a German function word but
    an English content word."""
    english = uncapitalised_words("Troops who die in the war will be honoured, the minister said on Monday, "
                    "as the country marks the end of the conflict with a parade and a minute of silence.")
    assert foreign_stopwords(english) == frozenset()


def test_a_table_of_figures_or_a_script_without_spaces_gets_no_language_by_chance():
    table = uncapitalised_words(" ".join(f"{n} J. Smith Jr. 3 1 {n * 7}" for n in range(1, 40)))
    assert foreign_stopwords(table) == frozenset()
    assert foreign_stopwords(uncapitalised_words("商品の改造が商標法違反に！？ 東京地裁は判決で")) == frozenset()


def test_the_language_is_read_from_the_articles_words():
    assert "que" in article_stopwords(PT_RECIPES.title, PT_RECIPES.paragraphs)
    assert "und" in article_stopwords(DE_STRIKE.title, DE_STRIKE.paragraphs)
