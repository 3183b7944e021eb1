"""Search quality: accents, ligatures, elisions, ranking, and the van question."""

from __future__ import annotations

import pytest

from partage_desktop.services.guides import library as guides
from partage_desktop.store.guide_search import GuideIndex, IndexedArticle


def ids(query, lang="fr"):
    return [r.id for r in guides.search(query, lang)]


@pytest.fixture
def small_index():
    return GuideIndex([
        IndexedArticle("ecole", "La petite école", "formation", "Partager une école", "Les élèves et l'école du quartier."),
        IndexedArticle("oeuvre", "Main-d'œuvre partagée", "personnel", "Du personnel", "Une main-d'œuvre qualifiée, sans accent: ecole."),
        IndexedArticle("entente", "Autre sujet", "", "Résumé", "Avant de signer l'entente, relisez-la. Le projet d'entente circule."),
    ])


def test_accents_are_folded_both_ways(small_index):
    assert [h.id for h in small_index.search("ecole")][:2] == ["ecole", "oeuvre"]
    assert small_index.search("ÉCOLE")[0].id == "ecole"


def test_exact_accents_rank_before_folded_matches(small_index):
    hits = small_index.search("école")
    assert hits[0].id == "ecole" and hits[0].exact
    oeuvre = next(h for h in hits if h.id == "oeuvre")
    assert not oeuvre.exact


def test_ligatures_are_folded(small_index):
    assert [h.id for h in small_index.search("oeuvre")] == ["oeuvre"]
    assert [h.id for h in small_index.search("main-d'œuvre")] == ["oeuvre"]


def test_elisions_are_folded(small_index):
    assert "entente" in [h.id for h in small_index.search("entente")]
    assert "entente" in [h.id for h in small_index.search("l'entente")]
    assert "entente" in [h.id for h in small_index.search("d’entente")]


def test_title_hits_come_first(small_index):
    hits = small_index.search("école")
    assert hits[0].title_hit


def test_snippets_highlight_the_words_as_written(small_index):
    hit = small_index.search("entente")[0]
    assert "\x02l'entente\x03" in hit.snippet


def test_prefix_while_typing(small_index):
    assert small_index.search("qualif")[0].id == "oeuvre"


def test_garbage_queries_do_not_raise(small_index):
    for query in ['"', "AND OR NOT", "*", "(", "NEAR(", "-", "'", "   ", "💥"]:
        small_index.search(query)


@pytest.mark.parametrize("query", ["prêter camion", "preter fourgonnette", "camion organisme"])
def test_the_van_question_in_french(query):
    assert "partager-equipement" in ids(query)[:3]


@pytest.mark.parametrize("query", ["lend van", "vehicle loan"])
def test_the_van_question_in_english(query):
    assert "partager-equipement" in ids(query, "en")[:3]


def test_unaccented_query_on_the_real_library():
    assert ids("mutualisation")[0] == "mutualisation"
    assert set(ids("renseignements personnels")[:3]) & {"renseignements-personnels", "partager-donnees"}
    assert ids("donnees") == ids("données")


def test_ligatures_on_the_real_library():
    assert ids("oeuvre") == ids("œuvre") and ids("oeuvre")
    assert "exemples" in ids("coeur")


@pytest.mark.parametrize("query", ["d'entente", "l’entente", "L'ENTENTE", "entente"])
def test_elided_queries_on_the_real_library(query):
    assert ids(query) == ids("entente") and ids(query)


@pytest.mark.parametrize("typed", ["pret a usage", "Prêt à usage", "PRET A USAGE"])
def test_accents_and_case_on_the_real_library(typed):
    assert ids(typed) == ids("pret a usage")
    assert "partager-equipement" in ids(typed)[:2]


@pytest.mark.parametrize("query", ["glossaire", "mutualisation", "projet pilote", "Loi 25"])
def test_title_hits_come_first_on_the_real_library(query):
    index = guides._index("fr")
    hits = index.search(query)
    assert hits[0].title_hit
    flags = [(not h.title_hit, not h.exact) for h in hits]
    assert flags == sorted(flags)  # title hits, then exact-accent hits, then folded ones


def test_exact_accents_rank_first_on_the_real_library():
    hits = guides._index("fr").search("prêt")
    exact = [h.exact for h in hits if not h.title_hit]
    assert exact == sorted(exact, reverse=True) and True in exact


def test_snippets_on_the_real_library_highlight_as_written():
    result = next(r for r in guides.search("oeuvre", "fr"))
    assert "\x02œuvre\x03" in result.snippet
    result = guides.search("fourgonnette", "fr")[0]
    assert "\x02fourgonnette\x03" in result.snippet.lower()


def test_english_library_search():
    assert "renseignements-personnels" in ids("privacy officer", "en")[:3]
    assert set(ids("Quebec", "en")) == set(ids("Québec", "en")) != set()
