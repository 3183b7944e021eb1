"""« Make an agreement » from what the Resources section shows: one of our resources, a booking or
loan, one of our needs, a partner's offer or need on the board, or a confirmed match between them.

``answers_for`` returns the wizard's answers (the answers-file envelope of CONTRACTS.md) with the
template that suits the kind of resource, both parties in the template's order (the one that lends,
hosts, employs or provides first), and the template's fields that the resource, the need or the
booking genuinely answer: what is lent, its condition, the dates, the schedule, the place, the
insurance asked for. Nothing else is filled: the clauses stay the template's and the person
completes the rest in the wizard. A fee or a deposit has no field of its own in the templates and
is not carried.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from partage_desktop.core.dates import weekday_name
from partage_desktop.core.formatting import format_date, format_money
from partage_desktop.core.resources import vocabulary as vocab
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.data.session import session_scope
from partage_desktop.words import t

PARTY_KEYS = ("name", "neq", "address", "representative", "representative_title", "email", "phone")
DEFAULT_TEMPLATE = "pret-materiel"
# a booking that no longer holds the resource does not count in a series' dates
_GONE = ("refused", "cancelled")
_EMAIL = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{8,}\d")


@dataclass
class _Thing:
    """What is offered or needed, from our rows or a partner's sheet, as plain values."""

    kind: str
    title: str
    description: str = ""
    quantity: int | None = None
    accessories: list[str] = field(default_factory=list)
    condition: str = ""
    care: str = ""
    address: str = ""
    contact: str = ""
    insurance_required: bool = False
    insurance_cents: int | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass
class _Booking:
    starts_at: datetime
    ends_at: datetime
    quantity: int
    purpose: str
    first_day: date
    last_day: date
    weekly: bool  # one of a weekly series


@dataclass
class _Origin:
    offer: _Thing | None = None
    need: _Thing | None = None
    booking: _Booking | None = None
    partner: dict[str, str] = field(default_factory=dict)
    we_provide: bool = True
    resource_id: int | None = None  # ours, when the agreement starts from it
    resource_has_agreement: bool = False


def answers_for(data: DataDir, origin: dict[str, Any], lang: str) -> dict[str, Any]:
    """The wizard's answers for ``origin`` (keys ``resource_id``, ``booking_id``, ``need_id``,
    ``board_item_id``, ``organization_id``, and optionally ``template`` to choose another kind of
    agreement, such as co-ownership). Raises ``UserInputError`` when what it names is gone."""
    found = _read(data, origin)
    thing = found.offer or found.need
    assert thing is not None
    chosen = origin.get("template")
    templates = catalogue()
    template_id = chosen if isinstance(chosen, str) and templates.get(chosen) is not None else \
        vocab.TEMPLATE_FOR_KIND.get(thing.kind, DEFAULT_TEMPLATE)
    template = templates.get(template_id)
    assert template is not None
    ours = _own_party(data)
    partner = found.partner
    # the template's first role lends, hosts, employs or provides; symmetric ones put us first
    first_is_ours = found.we_provide or not template.has_roles
    parties = [ours, partner] if first_is_ours else [partner, ours]
    fields = _fields(template_id, found, lang, receiver=partner if found.we_provide else ours)
    limits = {f.id: f for f in template.fields}
    return {"template": template_id, "lang": lang, "parties": parties,
            "fields": {k: _fit(v, limits[k]) for k, v in fields.items() if k in limits and v not in (None, "", [])}}


def governed_resource(data: DataDir, origin: dict[str, Any]) -> int | None:
    """Our resource the agreement made from ``origin`` would govern, when it has no agreement yet."""
    found = _read(data, origin)
    return found.resource_id if found.resource_id is not None and not found.resource_has_agreement else None


def remember_agreement(data: DataDir, resource_id: int, reference: str) -> bool:
    """Record the agreement ``reference`` as the one that governs our resource, unless one already
    does (a person's earlier choice is never replaced). True when it was recorded."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        Resource,
    )

    with session_scope(data) as session:
        resource = session.get(Resource, resource_id)
        agreement_id = session.scalar(select(Agreement.id).where(Agreement.reference == reference))
        if resource is None or agreement_id is None or resource.agreement_id is not None:
            return False
        resource.agreement_id = agreement_id
        return True


def forget_agreement(data: DataDir, resource_id: int, reference: str) -> bool:
    """The draft ``reference`` went to the trash: our resource it governed is governed by nothing
    again (one governed by another agreement is left alone). True when it was cleared."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        Resource,
    )

    with session_scope(data) as session:
        resource = session.get(Resource, resource_id)
        agreement_id = session.scalar(select(Agreement.id).where(Agreement.reference == reference))
        if resource is None or agreement_id is None or resource.agreement_id != agreement_id:
            return False
        resource.agreement_id = None
        return True


# ------------------------------------------------------------------ reading the rows


def _read(data: DataDir, origin: dict[str, Any]) -> _Origin:
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        BoardItem,
        BoardSheet,
        Booking,
        Need,
        Organization,
        Resource,
    )

    found = _Origin()
    with session_scope(data) as session:
        def row(model: Any, key: str) -> Any:
            wanted = origin.get(key)
            if wanted is None:
                return None
            got = session.get(model, int(wanted))
            if got is None or getattr(got, "deleted_at", None) is not None:
                raise UserInputError([Message.of("agreement_start_gone")])
            return got

        booking = row(Booking, "booking_id")
        resource = row(Resource, "resource_id")
        if resource is None and booking is not None:
            resource = session.get(Resource, booking.resource_id)
        need = row(Need, "need_id")
        item = row(BoardItem, "board_item_id")
        org_id = origin.get("organization_id") or (booking.organization_id if booking is not None else None)
        if resource is not None:
            found.offer = _from_resource(resource)
            found.resource_id = resource.id
            found.resource_has_agreement = resource.agreement_id is not None
        if need is not None:
            found.need = _from_need(need)
        if item is not None:
            side = _from_board(item)
            if item.side == "offer" and found.offer is None:
                found.offer = side
            elif found.need is None:
                found.need = side
            sheet = session.get(BoardSheet, item.sheet_id)
            if sheet is not None:
                org_id = org_id or sheet.organization_id
                found.partner = _from_sheet(sheet)
        if found.offer is None and found.need is None:
            raise UserInputError([Message.of("agreement_start_nothing")])
        # we lend, host or provide when the offer is ours, or when a partner's need is all there is
        found.we_provide = resource is not None or (found.offer is None and item is not None)
        if booking is not None:
            found.booking = _from_booking(session, select, Booking, booking)
            if not org_id and booking.borrower.strip():
                found.partner = {"name": " ".join(booking.borrower.split())}
        if org_id:
            org = session.get(Organization, int(org_id))
            if org is not None and not org.is_own:
                found.partner = _party_of(org)
    return found


def _lines(text: Any) -> list[str]:
    if isinstance(text, list):
        return [" ".join(str(x).split()) for x in text if str(x).strip()]
    return [" ".join(line.split()) for line in str(text or "").splitlines() if line.strip()]


def _from_resource(r: Any) -> _Thing:
    return _Thing(kind=r.kind, title=r.title, description=r.description,
                  quantity=1 if r.quantity == 1 else None, accessories=_lines(r.accessories),
                  condition=r.condition, care=r.care, address=r.address, contact=r.contact_person,
                  insurance_required=bool(r.insurance_required), insurance_cents=r.insurance_cents)


def _from_need(n: Any) -> _Thing:
    return _Thing(kind=n.kind, title=n.title, description=n.description, quantity=n.quantity,
                  address=n.address, date_from=n.wanted_from, date_to=n.wanted_to)


def _from_board(item: Any) -> _Thing:
    """A partner's offer or need; what its sheet said beyond the columns is read with care (a
    sheet from another version of Partage may say less, or say it differently)."""
    try:
        details = json.loads(item.details_json or "{}")
    except ValueError:
        details = {}
    details = details if isinstance(details, dict) else {}

    def text(key: str) -> str:
        value = details.get(key)
        return str(value) if isinstance(value, str) else ""

    cents = details.get("insurance_cents")
    return _Thing(kind=item.kind, title=item.title, description=item.description,
                  quantity=item.quantity if item.side == "need" or item.quantity == 1 else None,
                  accessories=_lines(details.get("accessories")),
                  condition=text("condition"), care=text("care"), address=text("address"),
                  insurance_required=details.get("insurance_required") is True,
                  insurance_cents=cents if isinstance(cents, int) and not isinstance(cents, bool) and cents > 0 else None,
                  date_from=item.date_from, date_to=item.date_to)


def _from_booking(session: Any, select: Any, model: Any, booking: Any) -> _Booking:
    days = [(booking.starts_at, booking.ends_at)]
    if booking.series_uid:
        days = list(session.execute(select(model.starts_at, model.ends_at).where(
            model.series_uid == booking.series_uid, model.status.not_in(_GONE)))) or days
    first = min(s for s, _ in days)
    last = max(e for _, e in days)
    return _Booking(booking.starts_at, booking.ends_at, booking.quantity, booking.purpose.strip(),
                    first.date(), _last_day(first, last), weekly=bool(booking.series_uid) and len(days) > 1)


def _last_day(start: datetime, end: datetime) -> date:
    """The last day a span uses: one that ends at midnight ends the day before."""
    if end.time() == time(0) and end > start:
        return (end - timedelta(days=1)).date()
    return end.date()


def _from_sheet(sheet: Any) -> dict[str, str]:
    """The partner as its sheet names it. The sheet's contact is a few lines (person, email, phone,
    address; those left blank are left out): the email and the phone are recognized, an address
    has a number in it, and the first other line is the person."""
    party = {"name": sheet.sender_name, "neq": sheet.sender_neq}
    for line in (sheet.sender_contact or "").splitlines():
        line = " ".join(line.split())
        email, phone = _EMAIL.fullmatch(line), _PHONE.fullmatch(line)
        if email and "email" not in party:
            party["email"] = line
        elif phone and "phone" not in party:
            party["phone"] = line
        elif any(c.isdigit() for c in line) and "address" not in party:
            party["address"] = line
        elif line and "representative" not in party:
            party["representative"] = line
    return {k: " ".join(str(v).split()) for k, v in party.items() if v and str(v).strip()}


def _party_of(org: Any) -> dict[str, str]:
    values = {"name": org.legal_name, "neq": org.neq or "", "address": org.address,
              "representative": org.representative, "representative_title": org.representative_title,
              "email": org.email, "phone": org.phone}
    return {k: v.strip() for k, v in values.items() if v and v.strip()}


def _own_party(data: DataDir) -> dict[str, str]:
    from partage_desktop.services.organizations.address_book import (  # deferred: SQLAlchemy, only when needed
        own_organization,
    )

    own = own_organization(data)
    return {k: v for k, v in own.as_party().items() if v} if own is not None else {}


# ------------------------------------------------------------------ the template's fields


def _fields(template_id: str, found: _Origin, lang: str, receiver: dict[str, str]) -> dict[str, Any]:
    offer, need, booking = found.offer, found.need, found.booking
    thing = offer or need
    assert thing is not None
    out: dict[str, Any] = {}
    # the dates: the booking's (a weekly series: its first and last day), else the window wanted
    if booking is not None:
        out["start_date"], out["end_date"] = booking.first_day.isoformat(), booking.last_day.isoformat()
    else:
        start = (need.date_from if need else None) or (offer.date_from if offer else None)
        end = (need.date_to if need else None) or (offer.date_to if offer else None)
        if start is not None:
            out["start_date"] = start.isoformat()
        if end is not None and (start is None or end >= start):
            out["end_date"] = end.isoformat()
    quantity = booking.quantity if booking is not None else (need.quantity if need else thing.quantity)
    purpose = booking.purpose if booking is not None else ""
    condition = vocab.label("condition", thing.condition, lang) if thing.condition else ""
    insurance = _insurance(offer, lang) if offer is not None else ""
    title, description = thing.title.strip(), thing.description.strip()
    if template_id == "pret-materiel":
        item: dict[str, Any] = {"description": title}
        if quantity:
            item["quantity"] = quantity
        if condition:
            item["condition"] = condition
        out["items"] = [item] + [{"description": a} for a in (offer.accessories if offer else [])]
        out["purpose"] = purpose
        if thing.kind == "vehicle":
            out["is_vehicle"] = True
        if offer is not None and offer.insurance_required:
            out["borrower_insures"] = True
        out["insurance_details"] = insurance
    elif template_id == "copropriete-equipement":
        out["items"] = [{"description": title}]
    elif template_id == "locaux-partages":
        out["premises_address"] = offer.address if offer is not None else ""  # a need's place is not the premises'
        out["permitted_use"] = purpose
        space = {"space": title, "use": purpose, "schedule": _schedule(booking, lang) if booking else "",
                 "occupant": receiver.get("name", ""), "details": description}
        out["spaces"] = [{k: v for k, v in space.items() if v}]
        out["house_rules"] = offer.care.strip() if offer is not None else ""
        out["insurance_details"] = insurance
    elif template_id == "employe-partage":
        out["job_title"] = title
        out["duties"] = description
        if found.we_provide and offer is not None:
            out["coordinator"] = offer.contact
        if booking is not None:
            row: dict[str, Any] = {"organization": receiver.get("name", ""), "days": _schedule(booking, lang)}
            hours = _hours(booking)
            if hours:
                row["hours"] = hours
            out["schedule"] = [{k: v for k, v in row.items() if v}]
        out["insurance_details"] = insurance
    elif template_id == "services-partages":
        out["service_area"] = title
        out["services"] = [{k: v for k, v in {"service": title, "description": description}.items() if v}]
        out["insurance_details"] = insurance
    elif template_id == "partage-donnees":
        out["purposes"] = purpose
        out["categories"] = [{k: v for k, v in {"category": title, "examples": description}.items() if v}]
    return out


def _insurance(offer: _Thing, lang: str) -> str:
    """The insurance our inventory (or the partner's sheet) asks for, said as that: a fact typed
    by a person, not a clause."""
    if not offer.insurance_required:
        return ""
    if offer.insurance_cents:
        amount = format_money(Decimal(offer.insurance_cents) / 100, lang)
        return t("agreement_start_insurance_amount", lang, amount=amount)
    return t("agreement_start_insurance", lang)


def _clock(moment: datetime, lang: str) -> str:
    if lang == "fr":
        return f"{moment.hour}\u00a0h" + (f"\u00a0{moment.minute:02d}" if moment.minute else "")
    hour = moment.hour % 12 or 12
    suffix = "a.m." if moment.hour < 12 else "p.m."
    return f"{hour}:{moment.minute:02d}\u00a0{suffix}"


def _schedule(booking: _Booking, lang: str) -> str:
    """When the resource is used: every Tuesday 9 h to 12 h, one day's hours, or from one day to another."""
    start, end = booking.starts_at, booking.ends_at
    if booking.weekly:
        return t("agreement_start_weekly", lang, weekday=weekday_name(start.date(), lang),
                 start=_clock(start, lang), end=_clock(end, lang))
    if start.date() == _last_day(start, end):
        return t("agreement_start_one_day", lang, day=format_date(start.date(), lang),
                 start=_clock(start, lang), end=_clock(end, lang))
    return t("agreement_start_days", lang, start=f"{format_date(start.date(), lang)}, {_clock(start, lang)}",
             end=f"{format_date(end.date(), lang)}, {_clock(end, lang)}")


def _hours(booking: _Booking) -> int | None:
    """Hours a week a weekly booking of staff time takes (whole hours), when it is one."""
    if not booking.weekly:
        return None
    hours = int((booking.ends_at - booking.starts_at).total_seconds() // 3600)
    return hours if 0 < hours <= 168 else None


def _fit(value: Any, spec: Any) -> Any:
    """A value cut to what its field (or its list's columns) accepts, so that nothing filled in
    starts as a problem to correct."""
    if isinstance(value, str):
        limit = spec.max_length or (300 if spec.type == "text" else 5000)
        return value[:limit].rstrip()
    if isinstance(value, list) and spec.columns:
        limits = {c.id: c.max_length for c in spec.columns}
        return [{k: (v[:limits.get(k, 500)].rstrip() if isinstance(v, str) else v) for k, v in row.items()
                 if k in limits} for row in value[:spec.max_items]]
    return value
