"""Rows the bookings tests start from: resources, organizations and projects written straight to the
database (the inventory's own screens and services are tested on their own)."""

from __future__ import annotations

import uuid
from typing import Any

from partage_desktop.services.data.session import session_scope


def add_resource(data: Any, title: str = "Camionnette", **values: Any) -> int:
    from partage_desktop.store.models import Resource

    with session_scope(data) as session:
        row = Resource(uid=str(uuid.uuid4()), kind=values.pop("kind", "vehicle"), title=title, **values)
        session.add(row)
        session.flush()
        return int(row.id)


def add_organization(data: Any, name: str = "Centre des Loisirs") -> int:
    from partage_desktop.store.models import Organization

    with session_scope(data) as session:
        row = Organization(legal_name=name, is_own=False)
        session.add(row)
        session.flush()
        return int(row.id)


def add_project(data: Any, name: str = "Prêts de matériel") -> int:
    from partage_desktop.store.models import Project

    with session_scope(data) as session:
        row = Project(name=name)
        session.add(row)
        session.flush()
        return int(row.id)
