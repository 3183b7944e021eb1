"""Snippets: the matched words highlighted as written, whatever accents, ligatures or elisions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from partage_desktop.core.snippets import folded_copy, snippet


def marked(text, query):
    return snippet(text, query, "[", "]")


def test_accents_case_ligatures_and_elisions():
    assert marked("Une École ouverte", "ecole") == "Une [École] ouverte"
    assert marked("La mise en œuvre du projet", "oeuvre") == "La mise en [œuvre] du projet"
    assert marked("Relisez l’entente et le projet d'entente.", "entente") == \
        "Relisez [l’entente] et le projet [d'entente]."
    assert marked("Le cœur de l'affaire", "coeur") == "Le [cœur] de l'affaire"


def test_last_word_is_a_prefix_others_are_whole_words():
    assert marked("prêter un camion, des camionnettes", "preter cam") == \
        "[prêter] un [camion], des [camionnettes]"
    assert marked("les camionnettes", "camion locaux") == "les camionnettes"


def test_window_around_the_first_match():
    text = ("mot " * 100) + "fourgonnette " + ("mot " * 100)
    out = marked(text, "fourgonnette")
    assert out.startswith("…") and out.endswith("…") and "[fourgonnette]" in out
    assert len(out) < 200


def test_no_match_gives_the_beginning():
    assert marked("Bonjour tout le monde", "zzz") == "Bonjour tout le monde"
    assert marked("Bonjour", "") == "Bonjour"


@given(st.text(max_size=200))
def test_folded_copy_keeps_positions(text):
    import unicodedata

    assert len(folded_copy(text)) == len(unicodedata.normalize("NFC", text))


@given(st.text(st.characters(exclude_characters="\x02\x03"), max_size=120), st.text(max_size=20))
def test_never_raises_and_keeps_the_text(text, query):
    import unicodedata

    out = snippet(text, query, "\x02", "\x03", width=10_000)
    assert out.replace("\x02", "").replace("\x03", "") == unicodedata.normalize("NFC", text).replace("\n", " ")
