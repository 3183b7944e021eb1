"""A small network for the suggested-matches tests: our organization, our needs and resources, and
a partner's imported sheet, written straight with the models (as the board's import leaves them:
``board_item.words`` folded with ``folded_words``)."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta

from partage_desktop.core.resources.words import folded_words
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.session import session_scope
from partage_desktop.store.models import BoardItem, BoardSheet, Need, Organization, Resource

VEHICLES = ("Véhicules et remorques", "Vehicles and trailers")
EVENTS = ("Matériel d'événement (tentes, tables, chaises)", "Event gear (tents, tables, chairs)")


def own_organization(data: DataDir, region: str = "16") -> int:
    with session_scope(data) as session:
        org = Organization(is_own=True, legal_name="Centre d'entraide du Roussillon", representative="Marie Tremblay",
                           representative_title="Coordonnatrice", email="info@entraide.example", phone="450 555-0101",
                           region=region)
        session.add(org)
        session.flush()
        return org.id


def add_need(data: DataDir, title: str, *, category: str = "vehicles", kind: str = "vehicle", **values) -> tuple[int, str]:
    uid = str(uuid.uuid4())
    with session_scope(data) as session:
        need = Need(uid=uid, kind=kind, category=category, title=title, **values)
        session.add(need)
        session.flush()
        return need.id, f"need:{uid}"


def add_resource(data: DataDir, title: str, *, category: str = "events", kind: str = "equipment",
                 **values) -> tuple[int, str]:
    uid = str(uuid.uuid4())
    with session_scope(data) as session:
        resource = Resource(uid=uid, kind=kind, category=category, title=title, **values)
        session.add(resource)
        session.flush()
        return resource.id, f"resource:{uid}"


def add_sheet(data: DataDir, name: str = "Maison des jeunes de Châteauguay", *, region: str = "16",
              organization_id: int | None = None, contact: str = "Julie Roy, julie@mdj.example") -> tuple[int, str]:
    uid = str(uuid.uuid4())
    with session_scope(data) as session:
        sheet = BoardSheet(sender_uid=uid, sender_name=name, sender_region=region, sender_contact=contact,
                           organization_id=organization_id, issued_at=datetime(2027, 4, 20, 10, 0), sha256="0" * 64)
        session.add(sheet)
        session.flush()
        return sheet.id, uid


def add_item(data: DataDir, sheet: tuple[int, str], side: str, title: str, *, labels: tuple[str, str] = VEHICLES,
             category: str = "vehicles", kind: str = "vehicle", description: str = "",
             details: dict | None = None, **values) -> tuple[int, str]:
    uid = str(uuid.uuid4())
    with session_scope(data) as session:
        item = BoardItem(sheet_id=sheet[0], item_uid=uid, side=side, kind=kind, category=category,
                         category_fr=labels[0], category_en=labels[1], title=title, description=description,
                         details_json=json.dumps(details or {}),
                         words=folded_words(title, "", description, *labels), **values)
        session.add(item)
        session.flush()
        return item.id, f"board:{sheet[1]}:{uid}"


def network(data: DataDir, today: date | None = None) -> dict:
    """Our trailer need and tent resource; a partner (in the address book) offering a trailer and
    a far partner offering one too; the partner needing tents. Dates count from ``today``: from
    2027-05-03, our need's window is 1–5 June 2027 and the partner's 10–11 July 2027."""
    today = today or date.today()
    own_organization(data)
    with session_scope(data) as session:
        partner = Organization(legal_name="Maison des jeunes de Châteauguay", region="16")
        session.add(partner)
        session.flush()
        partner_id = partner.id
    need_id, need_key = add_need(data, "Remorques", description="pour le déménagement du comptoir",
                                 wanted_from=today + timedelta(days=29), wanted_to=today + timedelta(days=33),
                                 contribution="l'essence et un don de 50 $", mrc="Roussillon")
    resource_id, resource_key = add_resource(data, "Tentes de réception 3 x 3", pricing="free", region="16")
    near = add_sheet(data, organization_id=partner_id)
    far = add_sheet(data, "Entraide Côte-Nord", region="09", contact="")
    offer_id, offer_key = add_item(data, near, "offer", "La remorque utilitaire", pricing="fee",
                                   details={"fee_cents": 2500, "fee_unit": "day", "insurance_required": True,
                                            "contact_person": "Julie Roy"})
    far_id, far_key = add_item(data, far, "offer", "Remorque fermée", pricing="free")
    wanted_id, wanted_key = add_item(data, near, "need", "Tentes pour la fête de quartier", labels=EVENTS,
                                     category="events", kind="equipment", date_from=today + timedelta(days=68),
                                     date_to=today + timedelta(days=69), details={"contribution": "un coup de main"})
    return {"need_id": need_id, "need_key": need_key, "resource_id": resource_id, "resource_key": resource_key,
            "offer_id": offer_id, "offer_key": offer_key, "far_id": far_id, "far_key": far_key,
            "wanted_id": wanted_id, "wanted_key": wanted_key, "partner_id": partner_id}
