"""Suggested matches as a person meets them: ranked both ways, reasons worded in their language,
decisions kept, dismissed ones hidden until asked for, undone; the request text to copy."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from matches_data import add_item, add_need, add_sheet, network

from partage_desktop.platform.errors import UserInputError
from partage_desktop.services import changes
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.resources import matches
from partage_desktop.store.models import Agreement, Booking, ResourceMatch
from partage_desktop.words import say

TODAY = date(2027, 5, 3)


def worded(suggestion, lang="fr"):
    return [say(m, lang) for m in suggestion.reasons], [say(m, lang) for m in suggestion.checks]


def test_our_need_meets_the_near_offer_first_then_the_far_one_and_their_need_meets_our_tents(data):
    net = network(data, TODAY)
    found = matches.suggestions(data, "fr", today=TODAY)
    ours = [s for s in found if s.direction == "we_need"]
    assert [s.offer_key for s in ours] == [net["offer_key"], net["far_key"]]
    near = ours[0]
    assert (near.need_title, near.offer_title, near.partner) == ("Remorques", "La remorque utilitaire",
                                                                  "Maison des jeunes de Châteauguay")
    assert near.origin() == {"need_id": net["need_id"], "board_item_id": net["offer_id"],
                             "organization_id": net["partner_id"]}
    reasons, checks = worded(near)
    assert reasons[:3] == ["même catégorie\u00a0: Véhicules et remorques", "mots en commun\u00a0: remorque",
                           "disponible pendant toute la période voulue"]
    assert "même région (Montérégie)" in reasons
    assert "contribution offerte\u00a0: l'essence et un don de 50 $" in reasons
    assert checks == ["tarif\u00a0: 25,00\u00a0$ par jour", "assurance exigée (à vérifier)"]
    far_reasons, far_checks = worded(ours[1])
    assert "gratuit" in far_reasons and any(c.startswith("loin\u00a0: à ") for c in far_checks)

    theirs = [s for s in found if s.direction == "they_need"]
    assert [(s.need_key, s.offer_key) for s in theirs] == [(net["wanted_key"], net["resource_key"])]
    assert theirs[0].origin() == {"resource_id": net["resource_id"], "board_item_id": net["wanted_id"],
                                  "organization_id": net["partner_id"]}
    in_english = [s for s in matches.suggestions(data, "en", today=TODAY) if s.direction == "they_need"]
    english, _ = worded(in_english[0], "en")
    assert english[:2] == ["same category: Event gear (tents, tables, chairs)", "words in common: tente"]
    assert "free" in english


def test_reasons_in_english_name_the_region_and_the_fee_the_english_way(data):
    network(data, TODAY)
    near = matches.suggestions(data, "en", today=TODAY, direction="we_need")[0]
    reasons, checks = worded(near, "en")
    assert "same region (Montérégie)" in reasons and "available for the whole period wanted" in reasons
    assert checks == ["fee: $25.00 per day", "insurance required (check yours)"]


def test_our_tents_already_booked_during_their_window_say_so(data):
    net = network(data, TODAY)
    with session_scope(data) as session:
        session.add(Booking(resource_id=net["resource_id"], starts_at=datetime(2027, 7, 9, 9, 0),
                            ends_at=datetime(2027, 7, 10, 17, 0), status="approved", borrower="Nous"))
        session.add(Booking(resource_id=net["resource_id"], starts_at=datetime(2027, 8, 1, 9, 0),
                            ends_at=datetime(2027, 8, 2, 17, 0), status="cancelled"))
    theirs = matches.suggestions(data, "fr", today=TODAY, direction="they_need")
    reasons, checks = worded(theirs[0])
    assert "déjà réservée du 9 juillet 2027 au 10 juillet 2027" in checks
    assert "disponible pendant toute la période voulue" not in reasons


def test_an_expired_offer_and_a_closed_need_suggest_nothing(data):
    net = network(data, TODAY)
    sheet = add_sheet(data, "Vieux partenaire")
    add_item(data, sheet, "offer", "Remorque de 2020", expires_on=date(2027, 5, 1))
    add_need(data, "Remorque pour le bazar", status="found")
    found = matches.suggestions(data, "fr", today=TODAY, direction="we_need")
    assert {s.offer_key for s in found} == {net["offer_key"], net["far_key"]}
    assert {s.need_key for s in found} == {net["need_key"]}


def test_decisions_are_kept_dismissed_hidden_until_asked_and_undone(data):
    net = network(data, TODAY)
    seen = []
    unsubscribe = changes.subscribe(data, seen.append)
    try:
        assert matches.decide(data, net["need_key"], net["offer_key"], "confirmed") is True
        assert matches.decide(data, net["need_key"], net["offer_key"], "confirmed") is False  # already so
        assert matches.decide(data, net["need_key"], net["far_key"], "dismissed") is True
    finally:
        unsubscribe()
    assert all(change.touches(changes.RESOURCES) for change in seen) and len(seen) == 2
    shown = {s.offer_key: s.status for s in matches.suggestions(data, "fr", today=TODAY, direction="we_need")}
    assert shown == {net["offer_key"]: "confirmed"}
    asked = {s.offer_key: s.status for s in matches.suggestions(data, "fr", today=TODAY, direction="we_need",
                                                                 include_dismissed=True)}
    assert asked == {net["offer_key"]: "confirmed", net["far_key"]: "dismissed"}

    assert matches.decide(data, net["need_key"], net["far_key"], None) is True  # undo
    assert matches.decide(data, net["need_key"], net["far_key"], None) is False
    again = {s.offer_key: s.status for s in matches.suggestions(data, "fr", today=TODAY, direction="we_need")}
    assert again == {net["offer_key"]: "confirmed", net["far_key"]: None}


def test_confirming_commits_nothing_else(data):
    net = network(data, TODAY)
    matches.decide(data, net["need_key"], net["offer_key"], "confirmed")
    matches.request_text(data, "fr", net["need_key"], net["offer_key"])
    with session_scope(data) as session:
        assert session.query(ResourceMatch).count() == 1
        assert session.query(Agreement).count() == 0 and session.query(Booking).count() == 0


def test_bad_decisions_and_keys_are_refused_naming_them(data):
    net = network(data, TODAY)
    with pytest.raises(UserInputError) as refused:
        matches.decide(data, net["need_key"], net["offer_key"], "maybe")
    assert say(refused.value.problems[0], "fr") == "décision inconnue\u00a0: maybe (confirmed ou dismissed)"
    with pytest.raises(UserInputError) as bad_key:
        matches.decide(data, "need:x y", net["offer_key"], "confirmed")
    assert "need:x y" in say(bad_key.value.problems[0], "en")
    with session_scope(data) as session:
        assert session.query(ResourceMatch).count() == 0


def test_request_to_borrow_in_french_names_the_contact_our_need_the_dates_and_the_contribution(data):
    net = network(data, TODAY)
    text = matches.request_text(data, "fr", net["need_key"], net["offer_key"])
    lines = text.splitlines()
    assert lines[0] == "À\u00a0: Julie Roy (Maison des jeunes de Châteauguay)"
    assert lines[1] == "Objet\u00a0: Demande de prêt — La remorque utilitaire"
    assert "notre besoin\u00a0: Remorques." in text
    assert "Période souhaitée\u00a0: du 1er juin 2027 au 5 juin 2027." in text
    assert "En contrepartie, nous offrons\u00a0: l'essence et un don de 50 $." in text
    assert lines[-3:] == ["Centre d'entraide du Roussillon", "Marie Tremblay, Coordonnatrice",
                          "info@entraide.example · 450 555-0101"]


def test_request_in_english_and_the_offer_to_lend_for_their_need(data):
    net = network(data, TODAY)
    text = matches.request_text(data, "en", net["need_key"], net["offer_key"])
    assert "Subject: Request to borrow — La remorque utilitaire" in text
    assert "Dates wanted: from June 1, 2027 to June 5, 2027." in text
    assert "In return, we offer: l'essence et un don de 50 $." in text
    lend = matches.request_text(data, "en", net["wanted_key"], net["resource_key"])
    assert "Subject: Offer to lend — Tentes de réception 3 x 3" in lend
    assert "you are looking for: Tentes pour la fête de quartier." in lend
    assert "Dates wanted: from July 10, 2027 to July 11, 2027." in lend
    assert "This loan would be free of charge." in lend
    french = matches.request_text(data, "fr", net["wanted_key"], net["resource_key"])
    assert "Objet\u00a0: Offre de prêt — Tentes de réception 3 x 3" in french
    assert "Ce prêt serait gratuit." in french


def test_a_request_for_a_withdrawn_offer_says_so(data):
    net = network(data, TODAY)
    with pytest.raises(UserInputError) as gone:
        matches.request_text(data, "fr", net["need_key"], "board:nobody:nothing")
    assert "n'existe plus" in say(gone.value.problems[0], "fr")


def test_the_index_of_offers_follows_a_new_sheet(data):
    """The offers are indexed once and kept; an imported sheet is seen at once all the same."""
    net = network(data, TODAY)
    first = matches.suggestions(data, "fr", today=TODAY, direction="we_need")
    sheet = add_sheet(data, "Voisins solidaires")
    new_id, new_key = add_item(data, sheet, "offer", "Remorque à vélo", pricing="free", mrc="Roussillon")
    second = matches.suggestions(data, "fr", today=TODAY, direction="we_need")
    assert len(second) == len(first) + 1 and new_key in {s.offer_key for s in second}
    assert net["need_key"] in {s.need_key for s in second}


def test_a_confirmed_match_stays_listed_when_better_offers_arrive(data):
    """Each need shows its best five; one a person confirmed stays, even when it is no longer among them."""
    net = network(data, TODAY)
    matches.decide(data, net["need_key"], net["far_key"], "confirmed")
    sheet = add_sheet(data, "Voisins solidaires")
    for n in range(matches.PER_NEED):
        add_item(data, sheet, "offer", f"Remorque utilitaire {n}", pricing="free", mrc="Roussillon")
    found = [s for s in matches.suggestions(data, "fr", today=TODAY, direction="we_need")
             if s.need_key == net["need_key"]]
    assert len(found) == matches.PER_NEED + 1
    assert found[-1].offer_key == net["far_key"] and found[-1].status == "confirmed"
