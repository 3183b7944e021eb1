"""A finished loan in the project journal: what was lent, to whom, for how many days, the hours our
side spent on it, and the money it saved, estimated from the resource's value per day (typed once
on the resource) × the days × the units lent."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from partage_desktop.core.formatting import format_money
from partage_desktop.core.resources import bookings as rules
from partage_desktop.core.resources.vocabulary import label
from partage_desktop.words import t, tn

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def saving_cents(value_per_day_cents: int | None, days: int, quantity: int) -> int | None:
    if not value_per_day_cents or value_per_day_cents <= 0:
        return None
    return value_per_day_cents * days * max(quantity, 1)


def write_entry(session: Session, booking: Any, lang: str) -> int | None:
    """Add the loan's entry to its project (the booking's, else the resource's); None when it
    belongs to no project."""
    from partage_desktop.store.journal.search import index_entry  # deferred: SQLAlchemy
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        EntryHours,
        EntryPartner,
        JournalEntry,
        Organization,
        Project,
        Resource,
    )

    lang = lang if lang in ("fr", "en") else "fr"
    resource = session.get(Resource, booking.resource_id)
    project_id = booking.project_id or (resource.project_id if resource else None)
    if project_id is None or session.get(Project, project_id) is None:
        return None
    org = session.get(Organization, booking.organization_id) if booking.organization_id else None
    who = (org.legal_name if org else "") or booking.borrower or t("resource_booking_for_us", lang)
    title_of = resource.title if resource else ""
    start = booking.picked_up_at or booking.starts_at
    end = booking.returned_at or booking.ends_at
    if end <= start:
        end = booking.ends_at if booking.ends_at > start else start
    days = rules.loan_days(start, end)
    lines = [t("resource_loan_entry_span", lang, span=rules.format_span(start, end, lang),
               days=tn("resource_days", days, lang))]
    if booking.pickup_condition or booking.return_condition:
        lines.append(t("resource_loan_entry_condition", lang,
                       before=label("condition", booking.pickup_condition, lang) if booking.pickup_condition else "—",
                       after=label("condition", booking.return_condition, lang) if booking.return_condition else "—"))
    try:
        checklist = json.loads(booking.pickup_checklist or "{}")
    except ValueError:
        checklist = {}
    if isinstance(checklist, dict) and checklist:
        given = sum(1 for v in checklist.values() if v)
        lines.append(t("resource_loan_entry_accessories", lang, given=given, total=len(checklist)))
    if booking.incident:
        lines.append(t("resource_loan_entry_incident", lang, incident=booking.incident))
    if booking.purpose:
        lines.append(booking.purpose)
    if booking.renewals:
        lines.append(tn("resource_loan_entry_renewals", booking.renewals, lang))
    saved = saving_cents(resource.value_per_day_cents if resource else None, days, booking.quantity)
    estimate = ""
    if saved is not None and resource is not None and resource.value_per_day_cents:
        estimate = t("resource_loan_entry_estimate", lang, days=tn("resource_days", days, lang),
                     value=format_money(Decimal(resource.value_per_day_cents) / 100, lang),
                     units=booking.quantity)
    title = t("resource_loan_entry_title", lang, resource=title_of, who=who)[:300]
    body = "\n".join(lines)
    entry_date = end.date() if end else date.today()
    entry = JournalEntry(project_id=project_id, kind="note", entry_date=entry_date, title=title, body=body,
                         hours_minutes=booking.hours_minutes or None, money_cents=saved,
                         money_kind="saved" if saved is not None else None, money_estimate=estimate,
                         demo=bool(booking.demo))
    session.add(entry)
    session.flush()
    if booking.hours_minutes:
        session.add(EntryHours(entry_id=entry.id, organization_id=None, minutes=booking.hours_minutes))
    if booking.organization_id:
        session.add(EntryPartner(entry_id=entry.id, organization_id=booking.organization_id))
    index_entry(session, entry.id, title, body, ())
    return int(entry.id)
