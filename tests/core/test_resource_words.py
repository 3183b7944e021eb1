"""Matching's words: folded like search, plurals reduced, stop words left out."""

from partage_desktop.core.resources.content import load_catalogue
from partage_desktop.core.resources.words import folded_words, stem, words_of
from partage_desktop.platform.resources import resource_path


def test_plurals_accents_capitals_and_elisions_fold_to_one_word():
    assert words_of("Tentes") == words_of("tente") == words_of("la TENTE")
    assert words_of("l'événement") == words_of("Evenements") == ["evenement"]
    assert words_of("Chapiteaux") == ["chapiteau"]
    assert words_of("Locaux") == ["local"]
    assert words_of("Œuvres") == words_of("oeuvre")
    assert words_of("Vans and trailers") == ["van", "trailer"]


def test_short_words_and_words_ending_in_ss_keep_their_end():
    assert stem("bus") == "bus" and stem("glass") == "glass" and stem("gaz") == "gaz"


def test_stored_form_is_distinct_words_in_order():
    assert folded_words("Tente tente", "Table pliante, tentes") == "tente table pliante"


def test_catalogue_has_every_region_and_measures_distances():
    catalogue = load_catalogue(resource_path("resources", "catalogue.toml"))
    assert sorted(catalogue.regions) == [f"{n:02d}" for n in range(1, 18)]
    assert catalogue.distance_km("06", "06") == 0.0
    assert 5 < catalogue.distance_km("06", "13") < catalogue.distance_km("06", "16") < 50 < catalogue.distance_km("06", "03")
    assert catalogue.distance_km("06", "99") is None
    assert catalogue.region_name("09", "fr") == "Côte-Nord"
