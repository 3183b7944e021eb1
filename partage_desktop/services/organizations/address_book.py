"""Our organization's profile and the partner address book: typed once, reused in every agreement."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.resources.content import catalogue

NEQ = re.compile(r"[0-9]{10}")  # matched whole (fullmatch): no final newline, ASCII digits only
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
LIMITS = {"legal_name": 200, "address": 400, "representative": 150, "representative_title": 150,
          "email": 200, "phone": 50}


@dataclass(frozen=True)
class OrganizationData:
    legal_name: str
    address: str = ""
    representative: str = ""
    representative_title: str = ""
    neq: str = ""
    email: str = ""
    phone: str = ""
    is_own: bool = False
    archived: bool = False
    id: int | None = None
    region: str = ""  # administrative region code ("01"…"17"), where the board's distances start

    def as_party(self) -> dict[str, str]:
        """The party object of the answers file."""
        return {"name": self.legal_name, "neq": self.neq, "address": self.address,
                "representative": self.representative, "representative_title": self.representative_title,
                "email": self.email, "phone": self.phone}


@dataclass
class OrganizationProblems:
    """Field → problem key; the UI words them (``required``, ``neq``, ``email``, ``too_long``)."""

    fields: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.fields)


def clean(org: OrganizationData) -> OrganizationData:
    values: dict[str, Any] = {k: " ".join(str(getattr(org, k)).split()) if k != "address" else str(getattr(org, k)).strip()
              for k in ("legal_name", "address", "representative", "representative_title", "email", "phone")}
    neq = re.sub(r"[\s-]", "", org.neq)
    return replace(org, neq=neq, **values)


def check(org: OrganizationData) -> OrganizationProblems:
    problems = OrganizationProblems()
    if not org.legal_name.strip():
        problems.fields["legal_name"] = "required"
    for key, limit in LIMITS.items():
        if len(getattr(org, key)) > limit:
            problems.fields[key] = "too_long"
    if org.neq and not NEQ.fullmatch(org.neq):
        problems.fields["neq"] = "neq"
    if org.email and not EMAIL.fullmatch(org.email):
        problems.fields["email"] = "email"
    if org.region and org.region not in catalogue().regions:
        problems.fields["region"] = "region"
    return problems


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c for c in folded if c.isalnum())
    return letters


def _to_data(row: object) -> OrganizationData:
    return OrganizationData(
        id=row.id, legal_name=row.legal_name, address=row.address, representative=row.representative,  # type: ignore[attr-defined]
        representative_title=row.representative_title, neq=row.neq or "", email=row.email,  # type: ignore[attr-defined]
        phone=row.phone, is_own=row.is_own, archived=row.archived, region=row.region or "")  # type: ignore[attr-defined]


def list_organizations(data: DataDir, include_archived: bool = False, query: str = "") -> list[OrganizationData]:
    from sqlalchemy import select

    from partage_desktop.store.models import Organization  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        stmt = select(Organization).order_by(Organization.is_own.desc(), Organization.legal_name)
        if not include_archived:
            stmt = stmt.where(Organization.archived.is_(False))
        rows = [_to_data(r) for r in session.scalars(stmt)]
    if query.strip():
        wanted = _key(query)
        rows = [r for r in rows if wanted in _key(f"{r.legal_name} {r.neq} {r.representative} {r.address}")]
    return rows


def own_organization(data: DataDir) -> OrganizationData | None:
    return next((o for o in list_organizations(data, include_archived=True) if o.is_own), None)


def find_duplicates(data: DataDir, org: OrganizationData) -> list[OrganizationData]:
    """Other entries with the same NEQ or, folded, the same name: warned, not refused."""
    key = _key(org.legal_name)
    return [o for o in list_organizations(data, include_archived=True)
            if o.id != org.id and ((org.neq and o.neq == org.neq) or _key(o.legal_name) == key)]


def save_organization(data: DataDir, org: OrganizationData) -> OrganizationData:
    """Insert or update; only one organization can be our own. Raises ValueError on invalid data
    (callers check first and show the problems next to the fields)."""
    from sqlalchemy import update

    from partage_desktop.store.models import Organization  # deferred: SQLAlchemy, only when needed

    org = clean(org)
    if check(org):
        raise ValueError(check(org).fields)
    with session_scope(data) as session:
        if org.is_own:
            session.execute(update(Organization).where(Organization.id != (org.id or -1)).values(is_own=False))
        row = session.get(Organization, org.id) if org.id else None
        if row is None:
            row = Organization()
            session.add(row)
        for key in ("legal_name", "address", "representative", "representative_title", "email", "phone",
                    "is_own", "archived", "region"):
            setattr(row, key, getattr(org, key))
        row.neq = org.neq or None
        session.flush()
        return _to_data(row)


def set_archived(data: DataDir, organization_id: int, archived: bool) -> None:
    from partage_desktop.store.models import Organization  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.get(Organization, organization_id)
        if row is not None:
            row.archived = archived
