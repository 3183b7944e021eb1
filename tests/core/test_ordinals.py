"""Which « 1er », « 2e », 1st… are ordinals to print as superscripts, and which only look like it."""

from __future__ import annotations

import pytest

from partage_desktop.words.typography import ordinal_spans, superscript_ordinals


def sup(text: str) -> str:
    return superscript_ordinals(text, "[", "]")


@pytest.mark.parametrize(("text", "expected"), [
    ("le 1er janvier 2027", "le 1[er] janvier 2027"),
    ("la 1re année, les 1res rencontres, les 1ers jours", "la 1[re] année, les 1[res] rencontres, les 1[ers] jours"),
    ("2e étage, 3e partie, 21e siècle, 100e anniversaire", "2[e] étage, 3[e] partie, 21[e] siècle, 100[e] anniversaire"),
    ("les 2es et 3es années", "les 2[es] et 3[es] années"),
    ("la 2nde lecture, le 2nd avis", "la 2[nde] lecture, le 2[nd] avis"),
    ("au 2ème étage, la 1ère fois", "au 2[ème] étage, la 1[ère] fois"),
    ("1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd, 101st",
     "1[st], 2[nd], 3[rd], 4[th], 11[th], 12[th], 13[th], 21[st], 22[nd], 23[rd], 101[st]"),
    ("(1er avril) « 2e » 3e.", "(1[er] avril) « 2[e] » 3[e]."),
])
def test_ordinals_are_found(text, expected):
    assert sup(text) == expected


@pytest.mark.parametrize("text", [
    "Montréal (Québec) H2E 1J9",        # postal code
    "montréal h2e 1j9",                 # even typed in lower case
    "1 234,56 $ et 2,5e",               # amounts and decimals
    "1e5 ou 3e-2",                      # scientific notation
    "écrire à 1st@example.org ou 4th.example",
    "NIV 1FTBW2CM5KKA12345, lot A12e",  # identifiers
    "2st 3nd 1e 2er 11st 12nd 13rd",   # suffix that does not go with the number
    "le 1ᵉʳ janvier",                   # already superscript characters
    "8 h 30 à 17 h, 14 m²",
])
def test_lookalikes_are_left_alone(text):
    assert ordinal_spans(text) == []
    assert sup(text) == text


def test_markup_tags_are_not_touched_and_twice_is_once():
    markup = "<font size='7.5' color='#1e4e79'>le 1er</font> &lt;b&gt;2e&lt;/b&gt;<br/>3e"
    once = superscript_ordinals(markup)
    assert once == ("<font size='7.5' color='#1e4e79'>le 1<super>er</super></font> "
                    "&lt;b&gt;2<super>e</super>&lt;/b&gt;<br/>3<super>e</super>")
    assert superscript_ordinals(once) == once
