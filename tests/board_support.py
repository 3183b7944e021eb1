"""Helpers for the network board's tests: an organization with resources (photos included) and
needs to send, written straight into a prepared data folder."""

from __future__ import annotations

import io
import uuid
from datetime import date, timedelta

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.session import session_scope


def jpeg(width: int = 320, height: int = 200, colour: tuple[int, int, int] = (40, 120, 200)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG")
    return out.getvalue()


def fill_sender(data: DataDir, name: str = "Centre d'action bénévole Laval", region: str = "13",
                offers: int = 3, needs: int = 2, private: int = 1) -> None:
    """Our organization (is_own) with ``offers`` network resources (the first with two photos),
    ``private`` private ones, an archived one, and ``needs`` open needs plus a found one."""
    from partage_desktop.store.models import Need, Organization, Resource, ResourcePhoto

    with session_scope(data) as session:
        session.add(Organization(is_own=True, legal_name=name, neq="1166543210", address="12, rue Principale, Laval",
                                 representative="Julie Tremblay", representative_title="Directrice",
                                 email="julie@cab-laval.org", phone="450 555-0101", region=region))
        titles = ["Tente 10 × 10 « pro »", "Camion cube & diable", "Salle de réunion (20 places)",
                  "Projecteur <HD>", "Chaises pliantes"]
        for n in range(offers + private + 1):
            resource = Resource(
                uid=str(uuid.uuid4()), kind=("equipment", "vehicle", "premises")[n % 3],
                category=("events", "vehicles", "rooms")[n % 3], title=titles[n % len(titles)] + ("" if n < 5 else f" {n}"),
                other_names="abri, chapiteau" if n == 0 else "", description="Ligne 1\nLigne 2 : « détails »",
                quantity=2, accessories="Piquets\nSac", condition="good", care="Sécher avant de ranger",
                address="12, rue Principale", region=region, mrc="Laval", pricing="fee" if n == 1 else "free",
                fee_cents=4500 if n == 1 else None, fee_unit="day", deposit_cents=10000 if n == 1 else None,
                insurance_required=n == 1, insurance_cents=200000 if n == 1 else None, training_required=n == 1,
                min_notice_hours=48, max_loan_days=7, book_ahead_days=90, contact_person="Marc Gagnon",
                visibility="private" if n >= offers and n < offers + private else "network",
                archived=n == offers + private, value_per_day_cents=9999)
            if n == 0:
                resource.photos = [ResourcePhoto(position=i, width=320, height=200, data=jpeg(colour=(200, 60 * i, 40)))
                                   for i in range(2)]
            session.add(resource)
        for n in range(needs + 1):
            session.add(Need(uid=str(uuid.uuid4()), kind="equipment", category="kitchen",
                             title=("Réfrigérateur commercial", "Bénévoles pour la guignolée", "Four")[n % 3],
                             description="Pour la cuisine collective", quantity=1, region=region,
                             wanted_from=date.today() + timedelta(days=10), wanted_to=date.today() + timedelta(days=40),
                             urgency="high", contribution="Transport", status="found" if n == needs else "open"))
