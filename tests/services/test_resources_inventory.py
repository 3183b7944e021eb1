"""Our inventory, categories and needs through the services: every field saved whole or not at all,
each problem naming its field in the user's language, photos always re-encoded."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.resources import categories, inventory, needs
from partage_desktop.services.resources.content import catalogue
from partage_desktop.services.resources.photos import PhotoRefused
from partage_desktop.services.resources.problems import InvalidFields
from partage_desktop.words import error_lines, say

FULL = {
    "kind": "vehicle", "category": "vehicles", "title": "Fourgonnette Ford Transit", "other_names": "camion, van",
    "description": "Douze places, attache-remorque.", "quantity": "2", "accessories": "Clés\nTriangle",
    "condition": "very_good", "care": "Faire le plein au retour.", "address": "12, rue Principale",
    "region": "04", "mrc": "Maskinongé", "pricing": "fee", "fee_cents": "1 234,56 $", "fee_unit": "day",
    "deposit_cents": "250 $", "insurance_required": True, "insurance_cents": "2 000 000 $",
    "training_required": True, "approval_required": True, "consumable": False, "min_notice_hours": "48",
    "max_loan_days": "7", "book_ahead_days": "90", "contact_person": "Julie Tremblay", "visibility": "private",
    "value_per_day_cents": "95,50",
}


def _category(data, kind="vehicle"):
    return next(c.code for c in categories.list_categories(data, "fr") if c.kind == kind)


def test_categories_are_seeded_once_from_the_catalogue_and_editable_in_both_languages(data):
    first = categories.list_categories(data, "fr")
    assert [c.code for c in first] == [c.code for c in catalogue().categories]
    assert categories.list_categories(data, "en")[0].label == catalogue().categories[0].label["en"]
    code = categories.save_category(data, "Équipement de son", "Sound gear", "equipment")
    assert code == "equipement-de-son"
    assert categories.save_category(data, "Équipement de son", "Sound system", "equipment") == "equipement-de-son-2"
    categories.save_category(data, "Sonorisation", "Sound system", "equipment", code=code)
    categories.archive_category(data, first[0].code)
    again = categories.list_categories(data, "en")
    assert first[0].code not in [c.code for c in again]  # archived: out of the choices, not re-seeded
    assert next(c for c in again if c.code == code).label == "Sound system"
    assert len(categories.list_categories(data, "fr", include_archived=True)) == len(first) + 2
    categories.archive_category(data, first[0].code, archived=False)
    assert first[0].code in [c.code for c in categories.list_categories(data, "fr")]


def test_a_category_without_its_english_name_is_refused_naming_the_field(data):
    with pytest.raises(InvalidFields) as caught:
        categories.save_category(data, "Vaisselle", "  ", "equipment")
    assert set(caught.value.fields) == {"label_en"}
    assert error_lines(caught.value, "fr") == ["Nom en anglais\u00a0: obligatoire"]
    assert error_lines(caught.value, "en") == ["English name: required"]


def test_every_field_is_saved_and_money_is_read_the_quebec_way(data):
    values = {**FULL, "category": _category(data)}
    resource_id = inventory.save_resource(data, values, lang="fr")
    view = inventory.get_resource(data, resource_id, "fr")
    assert (view.kind, view.title, view.quantity, view.condition, view.region, view.mrc) == \
        ("vehicle", "Fourgonnette Ford Transit", 2, "very_good", "04", "Maskinongé")
    assert (view.fee_cents, view.deposit_cents, view.insurance_cents, view.value_per_day_cents) == \
        (123456, 25000, 200000000, 9550)
    assert (view.min_notice_hours, view.max_loan_days, view.book_ahead_days) == (48, 7, 90)
    assert view.training_required and view.approval_required and view.insurance_required and not view.consumable
    assert view.accessories == "Clés\nTriangle" and view.visibility == "private"
    assert view.category_label == next(c.label for c in categories.list_categories(data, "fr") if c.code == view.category)
    # typed in English, the same amount
    inventory.save_resource(data, {"fee_cents": "$1,234.56"}, resource_id, lang="en")
    assert inventory.get_resource(data, resource_id, "en").fee_cents == 123456


def test_every_wrong_field_is_named_and_nothing_is_written(data):
    resource_id = inventory.save_resource(data, {"kind": "equipment", "title": "Perceuse"})
    bad = {"title": " ", "quantity": "deux", "pricing": "fee", "fee_cents": "", "deposit_cents": "12,345",
           "max_loan_days": "0", "region": "99", "kind": "boat", "agreement_id": 4242}
    with pytest.raises(InvalidFields) as caught:
        inventory.save_resource(data, bad, resource_id, lang="fr")
    assert set(caught.value.fields) == {"title", "quantity", "fee_cents", "deposit_cents", "max_loan_days",
                                        "region", "kind", "agreement_id"}
    assert say(caught.value.fields["fee_cents"], "fr") == "indiquez le tarif, ou choisissez un prêt gratuit"
    assert say(caught.value.fields["deposit_cents"], "en") == "at most two digits after the decimal point"
    assert "Quantité\u00a0: écrivez un nombre entier, par exemple 3" in error_lines(caught.value, "fr")
    assert inventory.get_resource(data, resource_id, "fr").title == "Perceuse"  # unchanged
    with pytest.raises(InvalidFields):
        inventory.save_resource(data, {"kind": "equipment", "title": ""})
    assert [r.title for r in inventory.list_resources(data, "fr")] == ["Perceuse"]


def test_a_free_loan_forgets_its_fee_and_no_insurance_forgets_its_amount(data):
    resource_id = inventory.save_resource(data, {"kind": "equipment", "title": "Tente", "pricing": "fee",
                                                 "fee_cents": 1000, "insurance_required": True,
                                                 "insurance_cents": 5000})
    inventory.save_resource(data, {"pricing": "free", "insurance_required": False}, resource_id)
    view = inventory.get_resource(data, resource_id, "fr")
    assert view.fee_cents is None and view.insurance_cents is None


def test_archive_restore_and_delete(data):
    keep = inventory.save_resource(data, {"kind": "premises", "title": "Salle du conseil"})
    gone = inventory.save_resource(data, {"kind": "equipment", "title": "Projecteur"})
    inventory.archive_resource(data, keep)
    assert [r.id for r in inventory.list_resources(data, "fr")] == [gone]
    assert {r.id for r in inventory.list_resources(data, "fr", include_archived=True)} == {keep, gone}
    inventory.restore_resource(data, keep)
    inventory.delete_resource(data, gone)
    assert [r.id for r in inventory.list_resources(data, "fr", include_archived=True)] == [keep]
    inventory.restore_resource(data, gone)  # the undo
    assert {r.id for r in inventory.list_resources(data, "fr")} == {keep, gone}


def test_a_resource_with_bookings_cannot_be_deleted(data):
    from datetime import datetime

    from partage_desktop.services.data.session import session_scope
    from partage_desktop.store.models import Booking

    resource_id = inventory.save_resource(data, {"kind": "vehicle", "title": "Camion"})
    with session_scope(data) as session:
        session.add(Booking(resource_id=resource_id, starts_at=datetime(2027, 1, 4, 9), ends_at=datetime(2027, 1, 4, 17)))
    with pytest.raises(UserInputError) as caught:
        inventory.delete_resource(data, resource_id)
    assert error_lines(caught.value, "fr") == ["«\u00a0Camion\u00a0» a une réservation\u00a0: archivez-la plutôt que de la supprimer."]
    assert [r.id for r in inventory.list_resources(data, "fr")] == [resource_id]


def _photo(size=(800, 600), fmt="JPEG", exif=True) -> bytes:
    image = Image.new("RGB", size, (200, 120, 40))
    out = io.BytesIO()
    if exif and fmt == "JPEG":
        info = Image.Exif()
        info[0x010F] = "Secret camera maker"  # Make
        info[0x8825] = {2: (45.0, 30.0, 0.0)}  # GPS
        image.save(out, fmt, exif=info.tobytes())
    else:
        image.save(out, fmt)
    return out.getvalue()


def test_photos_are_reencoded_without_their_metadata(data):
    resource_id = inventory.save_resource(data, {"kind": "equipment", "title": "Scie"})
    raw = _photo((3000, 2000))
    assert b"Secret camera maker" in raw
    photo_id = inventory.add_photo(data, resource_id, raw + b"hidden trailing payload")
    stored = inventory.photo_bytes(data, photo_id)
    assert b"Secret camera maker" not in stored and b"hidden trailing payload" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG" and max(image.size) == 1600 and not image.getexif()
    assert inventory.get_resource(data, resource_id, "fr").photo_ids == (photo_id,)
    inventory.remove_photo(data, photo_id)
    assert inventory.get_resource(data, resource_id, "fr").photo_ids == ()


@pytest.mark.parametrize("raw, words", [
    (b"#!/bin/sh\nrm -rf /\n", "ce fichier n'est pas une photo lisible"),
    (_photo()[:400], "ce fichier n'est pas une photo lisible"),
    (b"\0" * (21 * 1024 * 1024), "la photo est trop volumineuse"),
])
def test_a_hostile_huge_or_damaged_photo_is_refused_with_the_reason(data, raw, words):
    resource_id = inventory.save_resource(data, {"kind": "equipment", "title": "Scie"})
    with pytest.raises(PhotoRefused) as caught:
        inventory.add_photo(data, resource_id, raw)
    assert error_lines(caught.value, "fr")[0].startswith(words)
    assert inventory.get_resource(data, resource_id, "fr").photo_ids == ()


def test_needs_window_status_and_problems(data):
    need_id = needs.save_need(data, {"kind": "premises", "category": _category(data, "premises"),
                                     "title": "Salle pour 40 personnes", "quantity": 1, "region": "06",
                                     "wanted_from": "2027-03-01", "wanted_to": date(2027, 3, 31),
                                     "substitutes_ok": False, "urgency": "high", "contribution": "Ménage après",
                                     "expires_on": "2027-02-15"})
    view = needs.get_need(data, need_id, "en")
    assert (view.wanted_from, view.wanted_to, view.expires_on) == (date(2027, 3, 1), date(2027, 3, 31), date(2027, 2, 15))
    assert view.urgency == "high" and not view.substitutes_ok and view.status == "open"
    with pytest.raises(InvalidFields) as caught:
        needs.save_need(data, {"wanted_to": "2027-02-01", "urgency": "now", "expires_on": "demain"}, need_id)
    assert set(caught.value.fields) == {"wanted_to", "urgency", "expires_on"}
    assert "Wanted until: this date is before the start date" in error_lines(caught.value, "en")
    other = needs.save_need(data, {"kind": "equipment", "title": "Chaises", "urgency": "low"})
    assert [n.id for n in needs.list_needs(data, "fr")] == [need_id, other]  # most urgent first
    needs.set_need_status(data, need_id, "found")
    assert [n.id for n in needs.list_needs(data, "fr")] == [other]
    assert {n.id for n in needs.list_needs(data, "fr", include_closed=True)} == {need_id, other}
    needs.set_need_status(data, need_id, "open")
    kept = needs.delete_need(data, other)
    assert [n.id for n in needs.list_needs(data, "fr")] == [need_id]
    assert kept["title"] == "Chaises" and kept["status"] == "open"
