"""« Make an agreement » from the Resources section: the wizard opens on the template that suits the
kind of resource, with our organization and the partner in their roles and the fields that the
resource, the booking or the need answer already filled — read here from the wizard's own widgets."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from partage_desktop.services.data.session import session_scope
from partage_desktop.services.organizations import address_book as orgs
from partage_desktop.store.models import Agreement, BoardItem, BoardSheet, Booking, Need, Resource
from partage_desktop.ui.wizard.window import Page


@pytest.fixture
def window(make_window):
    def make(lang="fr"):
        win = make_window(lang)
        orgs.save_organization(win.data, orgs.OrganizationData(
            legal_name="Banque alimentaire des Moulins", address="12 rue Principale, Terrebonne",
            representative="Josée Lavoie", representative_title="Directrice", is_own=True))
        win.partner_id = orgs.save_organization(win.data, orgs.OrganizationData(
            legal_name="Maison des jeunes La Relève", address="40 boul. des Seigneurs, Terrebonne",
            representative="Marc Dion", representative_title="Coordonnateur", neq="1234567890")).id
        return win
    return make


def add(data, row):
    with session_scope(data) as session:
        session.add(row)
        session.flush()
        return row.id


def resource(data, **values):
    values.setdefault("uid", str(uuid.uuid4()))
    return add(data, Resource(**values))


def make(win, **origin):
    section = win.findChild(QWidget, "section:resources")
    before = len(win.wizards)
    section.make_agreement.emit(origin)
    assert len(win.wizards) == before + 1
    return win.wizards[-1]


def field(wiz, page, field_id):
    wiz.go_to(page)
    assert wiz.currentId() == page
    return wiz.findChild(QWidget, f"field:{field_id}")


def text(widget):
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return widget.line.text() if hasattr(widget, "line") else widget.currentText()


def table(wiz, page, field_id):
    editor = field(wiz, page, field_id)
    cells = editor.table
    return [[cells.item(r, c).text() if cells.item(r, c) else "" for c in range(cells.columnCount())]
            for r in range(cells.rowCount())]


def party(wiz, n, key):
    wiz.go_to(Page.PARTIES)
    return wiz.findChild(QLineEdit, f"party:{n}:{key}").text()


def test_a_loan_of_our_trailer_opens_the_equipment_loan_filled_and_governs_the_trailer(window, qtbot):
    win = window()
    trailer = resource(win.data, kind="equipment", title="Remorque fermée 5 x 8", quantity=1,
                       description="Remorque pour le transport des denrées",
                       accessories="Sangles (4)\nCadenas\n", condition="very_good",
                       insurance_required=True, insurance_cents=200_000_000, deposit_cents=10_000)
    booking = add(win.data, Booking(resource_id=trailer, organization_id=win.partner_id,
                                    starts_at=datetime(2027, 3, 4, 9), ends_at=datetime(2027, 3, 6, 17),
                                    status="approved", purpose="Collecte de denrées au marché"))
    wiz = make(win, booking_id=booking)
    assert wiz.answers["template"] == "pret-materiel"
    # we lend: our organization is the lender, the youth centre from the address book the borrower
    assert party(wiz, 0, "name") == "Banque alimentaire des Moulins"
    assert party(wiz, 1, "name") == "Maison des jeunes La Relève"
    assert party(wiz, 1, "address") == "40 boul. des Seigneurs, Terrebonne"
    assert party(wiz, 1, "neq") == "1234567890"
    assert wiz.findChild(QRadioButton, "party:we-first").isChecked()
    assert table(wiz, Page.RESOURCE, "items") == [
        ["Remorque fermée 5 x 8", "", "1", "Très bon état", ""], ["Sangles (4)", "", "", "", ""],
        ["Cadenas", "", "", "", ""]]
    assert text(field(wiz, Page.RESOURCE, "purpose")) == "Collecte de denrées au marché"
    assert not field(wiz, Page.RESOURCE, "is_vehicle").isChecked()
    assert field(wiz, Page.DATES, "start_date").iso() == "2027-03-04"
    assert field(wiz, Page.DATES, "end_date").iso() == "2027-03-06"
    assert field(wiz, Page.RESPONSIBILITIES, "borrower_insures").isChecked()
    insurance = " ".join(text(field(wiz, Page.RESPONSIBILITIES, "insurance_details")).replace("\u00a0", " ").split())
    assert insurance == "Condition de prêt indiquée pour cette ressource : une assurance d'au moins 2 000 000,00 $ est exigée."
    # the draft, once saved, is the agreement that governs the trailer (it had none)
    qtbot.waitUntil(lambda: wiz.reference is not None, timeout=5000)

    def governed():
        with session_scope(win.data) as session:
            row = session.get(Resource, trailer)
            return row.agreement_id and session.get(Agreement, row.agreement_id).reference
    qtbot.waitUntil(lambda: governed() == wiz.reference, timeout=5000)
    wiz.close()


def test_a_vehicle_is_said_to_be_one(window):
    win = window("en")
    van = resource(win.data, kind="vehicle", title="Cargo van", quantity=1, condition="good")
    wiz = make(win, resource_id=van)
    assert wiz.answers["template"] == "pret-materiel"
    assert field(wiz, Page.RESOURCE, "is_vehicle").isChecked()
    assert table(wiz, Page.RESOURCE, "items")[0][:4] == ["Cargo van", "", "1", "Good"]
    # no booking and no partner chosen yet: our organization lends, the borrower's box waits
    assert party(wiz, 0, "name") == "Banque alimentaire des Moulins"
    assert party(wiz, 1, "name") == ""
    wiz.close()


def test_a_room_booked_every_tuesday_opens_the_shared_premises_with_its_schedule(window):
    win = window()
    room = resource(win.data, kind="premises", title="Salle communautaire", address="12 rue Principale, Terrebonne",
                    description="40 places, cuisine attenante", care="Remettre les tables en place.\nFermer à clé.")
    series = str(uuid.uuid4())
    first = None
    for day in (date(2027, 1, 12), date(2027, 1, 19), date(2027, 1, 26)):
        made = add(win.data, Booking(resource_id=room, organization_id=win.partner_id, series_uid=series,
                                     starts_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
                                     ends_at=datetime.combine(day, datetime.min.time()).replace(hour=12),
                                     status="approved", purpose="Atelier de cuisine"))
        first = first or made
    wiz = make(win, booking_id=first, resource_id=room)
    assert wiz.answers["template"] == "locaux-partages"
    assert party(wiz, 0, "name") == "Banque alimentaire des Moulins"  # the host
    assert party(wiz, 1, "name") == "Maison des jeunes La Relève"
    assert text(field(wiz, Page.RESOURCE, "premises_address")) == "12 rue Principale, Terrebonne"
    assert text(field(wiz, Page.RESOURCE, "permitted_use")) == "Atelier de cuisine"
    assert table(wiz, Page.RESOURCE, "spaces") == [[
        "Salle communautaire", "Atelier de cuisine", "chaque mardi, de 9\u00a0h à 12\u00a0h",
        "Maison des jeunes La Relève", "40 places, cuisine attenante"]]
    assert field(wiz, Page.DATES, "start_date").iso() == "2027-01-12"
    assert field(wiz, Page.DATES, "end_date").iso() == "2027-01-26"
    assert text(field(wiz, Page.RESPONSIBILITIES, "house_rules")) == "Remettre les tables en place.\nFermer à clé."
    wiz.close()


def test_staff_time_opens_the_shared_employee(window):
    win = window("en")
    staff = resource(win.data, kind="staff", title="Communications officer", description="Newsletter and social media",
                     contact_person="Julie Roy")
    wiz = make(win, resource_id=staff, organization_id=win.partner_id)
    assert wiz.answers["template"] == "employe-partage"
    assert party(wiz, 0, "name") == "Banque alimentaire des Moulins"  # the employer
    assert party(wiz, 1, "representative") == "Marc Dion"
    assert text(field(wiz, Page.RESOURCE, "job_title")) == "Communications officer"
    assert text(field(wiz, Page.RESOURCE, "duties")) == "Newsletter and social media"
    assert text(field(wiz, Page.GOVERNANCE, "coordinator")) == "Julie Roy"
    wiz.close()


@pytest.mark.parametrize("kind", ["expertise", "service"])
def test_expertise_and_services_open_the_shared_services(window, kind):
    win = window()
    offer = resource(win.data, kind=kind, title="Tenue de livres", description="Saisie mensuelle et rapprochements")
    wiz = make(win, resource_id=offer, organization_id=win.partner_id)
    assert wiz.answers["template"] == "services-partages"
    assert [party(wiz, 0, "name"), party(wiz, 1, "name")] == ["Banque alimentaire des Moulins",
                                                              "Maison des jeunes La Relève"]
    assert text(field(wiz, Page.RESOURCE, "service_area")) == "Tenue de livres"
    assert table(wiz, Page.RESOURCE, "services")[0][:2] == ["Tenue de livres", "Saisie mensuelle et rapprochements"]
    wiz.close()


def test_data_opens_the_data_sharing_agreement(window):
    win = window()
    data = resource(win.data, kind="data", title="Portrait des besoins alimentaires",
                    description="Nombre de ménages servis par quartier")
    wiz = make(win, resource_id=data, organization_id=win.partner_id)
    assert wiz.answers["template"] == "partage-donnees"
    assert party(wiz, 1, "name") == "Maison des jeunes La Relève"
    assert table(wiz, Page.DATA, "categories")[0][:2] == ["Portrait des besoins alimentaires",
                                                          "Nombre de ménages servis par quartier"]
    wiz.close()


def partner_sheet(data, side, **item):
    sheet = add(data, BoardSheet(sender_uid=str(uuid.uuid4()), sender_name="Centre d'action bénévole Laval",
                                 sender_neq="9876543210", sender_contact="Ana Silva\nana@cab-laval.org\n450 555-1234\n1200 boul. Chomedey, Laval",
                                 issued_at=datetime(2026, 11, 1), sha256="0" * 64))
    return add(data, BoardItem(sheet_id=sheet, item_uid=str(uuid.uuid4()), side=side, **item))


def test_a_confirmed_match_between_our_need_and_a_partners_offer_makes_us_the_borrower(window):
    win = window()
    need = add(win.data, Need(uid=str(uuid.uuid4()), kind="equipment", title="Chapiteau pour la fête de quartier",
                              quantity=2, wanted_from=date(2027, 6, 18), wanted_to=date(2027, 6, 20)))
    offer = partner_sheet(win.data, "offer", kind="equipment", title="Chapiteau 10 x 10", quantity=3,
                          details_json='{"accessories": ["Piquets", "Poids"], "condition": "good"}')
    wiz = make(win, need_id=need, board_item_id=offer)
    assert wiz.answers["template"] == "pret-materiel"
    # the partner lends: its sheet gives its name, NEQ and contact; we are the borrower
    assert party(wiz, 0, "name") == "Centre d'action bénévole Laval"
    assert party(wiz, 0, "neq") == "9876543210"
    assert party(wiz, 0, "email") == "ana@cab-laval.org"
    assert party(wiz, 0, "phone") == "450 555-1234"
    assert party(wiz, 0, "address") == "1200 boul. Chomedey, Laval"
    assert party(wiz, 0, "representative") == "Ana Silva"
    assert party(wiz, 1, "name") == "Banque alimentaire des Moulins"
    assert wiz.findChild(QRadioButton, "party:we-others").isChecked()
    assert table(wiz, Page.RESOURCE, "items") == [["Chapiteau 10 x 10", "", "2", "Bon état", ""],
                                                  ["Piquets", "", "", "", ""], ["Poids", "", "", "", ""]]
    assert field(wiz, Page.DATES, "start_date").iso() == "2027-06-18"
    assert field(wiz, Page.DATES, "end_date").iso() == "2027-06-20"
    wiz.close()


def test_a_partners_need_alone_makes_us_the_lender(window):
    win = window("en")
    item = partner_sheet(win.data, "need", kind="equipment", title="Folding tables", quantity=6,
                         date_from=date(2027, 5, 2), date_to=date(2027, 5, 3))
    wiz = make(win, board_item_id=item)
    assert party(wiz, 0, "name") == "Banque alimentaire des Moulins"
    assert party(wiz, 1, "name") == "Centre d'action bénévole Laval"
    assert table(wiz, Page.RESOURCE, "items")[0][:3] == ["Folding tables", "", "6"]
    assert field(wiz, Page.DATES, "end_date").iso() == "2027-05-03"
    wiz.close()


def test_a_resource_gone_in_the_meantime_is_said_and_no_wizard_opens(window, monkeypatch):
    win = window("en")
    said = []
    monkeypatch.setattr("partage_desktop.ui.app.main_window.QMessageBox.warning",
                        lambda _parent, title, message: said.append((title, message)))
    section = win.findChild(QWidget, "section:resources")
    section.make_agreement.emit({"resource_id": 999})
    assert not win.wizards
    assert said == [("The agreement cannot be prepared",
                     "what the agreement was to start from no longer exists (deleted in the meantime); refresh "
                     "the list and try again")]


def test_a_resource_already_governed_keeps_its_agreement(window, qtbot, example_answers):
    from partage_desktop.services.agreements import drafts

    win = window()
    earlier = drafts.create_draft(win.data, example_answers("pret-materiel"))
    with session_scope(win.data) as session:
        from sqlalchemy import select
        earlier_id = session.scalar(select(Agreement.id).where(Agreement.reference == earlier))
    van = resource(win.data, kind="vehicle", title="Fourgonnette", agreement_id=earlier_id)
    wiz = make(win, resource_id=van, organization_id=win.partner_id)
    qtbot.waitUntil(lambda: wiz.reference is not None, timeout=5000)
    wiz.close()
    with session_scope(win.data) as session:
        assert session.get(Resource, van).agreement_id == earlier_id
    assert isinstance(wiz.findChild(QCheckBox, "field:is_vehicle"), QCheckBox)


def governing(data, resource_id):
    with session_scope(data) as session:
        row = session.get(Resource, resource_id)
        return row.agreement_id and session.get(Agreement, row.agreement_id).reference


def test_closing_the_wizard_at_once_still_governs_the_resource(window):
    win = window()
    drill = resource(win.data, kind="equipment", title="Perceuse")
    wiz = make(win, resource_id=drill, organization_id=win.partner_id)
    wiz.close()  # before the first autosave: the draft is written on closing, and remembered
    assert wiz.reference and governing(win.data, drill) == wiz.reference


def test_a_draft_sent_to_the_trash_no_longer_governs_the_resource(window, qtbot, monkeypatch):
    win = window()
    drill = resource(win.data, kind="equipment", title="Perceuse")
    wiz = make(win, resource_id=drill, organization_id=win.partner_id)
    qtbot.waitUntil(lambda: governing(win.data, drill) is not None, timeout=5000)
    monkeypatch.setattr("partage_desktop.ui.wizard.window.QMessageBox.question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    wiz.delete_draft()
    assert not governing(win.data, drill)


def test_a_room_we_need_from_a_partner_makes_the_partner_our_host(window):
    win = window()
    need = add(win.data, Need(uid=str(uuid.uuid4()), kind="premises", title="Salle pour 30 personnes",
                              address="Quartier Saint-Roch", wanted_from=date(2027, 4, 1), wanted_to=date(2027, 4, 1)))
    offer = partner_sheet(win.data, "offer", kind="premises", title="Grande salle",
                          details_json='{"address": "1200 boul. Chomedey, Laval", "care": "Rendre la salle propre."}')
    wiz = make(win, need_id=need, board_item_id=offer)
    assert wiz.answers["template"] == "locaux-partages"
    assert party(wiz, 0, "name") == "Centre d'action bénévole Laval"  # the host
    assert party(wiz, 1, "name") == "Banque alimentaire des Moulins"  # we occupy
    # the premises are the partner's, at its address (never the place our need named)
    assert text(field(wiz, Page.RESOURCE, "premises_address")) == "1200 boul. Chomedey, Laval"
    assert table(wiz, Page.RESOURCE, "spaces")[0][0] == "Grande salle"
    assert table(wiz, Page.RESOURCE, "spaces")[0][3] == "Banque alimentaire des Moulins"
    assert text(field(wiz, Page.RESPONSIBILITIES, "house_rules")) == "Rendre la salle propre."
    wiz.close()


def test_a_need_to_buy_together_may_open_the_co_ownership(window):
    win = window()
    need = add(win.data, Need(uid=str(uuid.uuid4()), kind="equipment", title="Camion réfrigéré",
                              contribution="Nous payerions le tiers de l'achat."))
    wiz = make(win, need_id=need, organization_id=win.partner_id, template="copropriete-equipement")
    assert wiz.answers["template"] == "copropriete-equipement"
    # owners side by side: no lender nor borrower, our organization first
    assert [party(wiz, 0, "name"), party(wiz, 1, "name")] == ["Banque alimentaire des Moulins",
                                                              "Maison des jeunes La Relève"]
    assert table(wiz, Page.RESOURCE, "items")[0][0] == "Camion réfrigéré"
    wiz.close()


def test_an_unknown_template_falls_back_to_the_one_for_the_kind(window):
    win = window("en")
    room = resource(win.data, kind="premises", title="Hall")
    wiz = make(win, resource_id=room, template="no-such-template")
    assert wiz.answers["template"] == "locaux-partages"
    wiz.close()
