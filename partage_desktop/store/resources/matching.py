"""What suggested matches are computed from, read in a few column queries (no ORM objects: a
network's board may hold tens of thousands of offers), and the decisions a person took on them."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Date, bindparam, or_, select, text
from sqlalchemy.orm import Session

from partage_desktop.core.resources.vocabulary import HOLDING
from partage_desktop.store.models import (
    BoardItem,
    BoardSheet,
    Booking,
    Need,
    Organization,
    Resource,
    ResourceCategory,
    ResourceMatch,
)

# what suggestions read of a board item, and of its sheet's sender, in this order
BOARD_FIELDS = ("id", "item_uid", "kind", "category", "category_fr", "category_en", "title", "quantity", "region",
                "mrc", "pricing", "date_from", "date_to", "expires_on", "words", "sender_uid", "sender_name",
                "sender_region", "organization_id")
_BOARD_QUERY = (
    "SELECT i.id, i.item_uid, i.kind, i.category, i.category_fr, i.category_en, i.title, i.quantity, i.region, "
    "i.mrc, i.pricing, i.date_from, i.date_to, i.expires_on, i.words, s.sender_uid, s.sender_name, "
    "s.sender_region, s.organization_id FROM board_item i JOIN board_sheet s ON s.id = i.sheet_id "
    "WHERE i.side = :side AND (i.expires_on IS NULL OR i.expires_on >= :today) ORDER BY i.id")


BoardRow = namedtuple("BoardRow", BOARD_FIELDS)  # type: ignore[misc]  # noqa: PYI024


def board_items(session: Session, side: str, today: date) -> list[Any]:
    """The partners' items of one side (offer | need) not expired on ``today``, as ``BoardRow``s
    (dates as dates): a board may hold tens of thousands, read in one plain query (straight from
    the SQLite driver when it is SQLite). Their details (conditions, contribution…) are read with
    ``board_details`` when needed."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        driver = connection.connection.dbapi_connection
        assert driver is not None
        raw = driver.execute(_BOARD_QUERY.replace(":side", "?").replace(":today", "?"),
                             (side, today.isoformat())).fetchall()
    else:
        query = text(_BOARD_QUERY).bindparams(bindparam("today", type_=Date))
        raw = session.execute(query, {"side": side, "today": today}).all()
    rows = []
    make = BoardRow._make
    for row in raw:
        if row[11] is None and row[12] is None and row[13] is None:
            rows.append(make(row))
            continue
        values = list(row)
        for place in (11, 12, 13):
            if values[place] is not None and not isinstance(values[place], date):
                values[place] = date.fromisoformat(str(values[place])[:10])
        rows.append(make(values))
    return rows


def board_signature(session: Session) -> tuple[Any, ...]:
    """Changes whenever the board does (a sheet imported, replaced or removed)."""
    items = session.execute(text("SELECT count(*), coalesce(max(id), 0), coalesce(sum(id), 0) FROM board_item")).one()
    sheets = session.execute(text("SELECT count(*), coalesce(max(id), 0), coalesce(sum(id), 0), max(imported_at) "
                                  "FROM board_sheet")).one()
    return (*items, *sheets)


def board_details(session: Session, item_ids: Sequence[int]) -> dict[int, str]:
    """``details_json`` of these board items, by id."""
    found: dict[int, str] = {}
    ids = list(item_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update(session.execute(select(BoardItem.id, BoardItem.details_json)
                                     .where(BoardItem.id.in_(chunk))).all())
    return found


def board_item(session: Session, sender_uid: str, item_uid: str) -> tuple[BoardItem, BoardSheet] | None:
    row = session.execute(select(BoardItem, BoardSheet).join(BoardSheet, BoardSheet.id == BoardItem.sheet_id)
                          .where(BoardSheet.sender_uid == sender_uid, BoardItem.item_uid == item_uid)).first()
    return (row[0], row[1]) if row else None


def open_needs(session: Session, today: date) -> Sequence[Need]:
    """Our needs still looked for, not expired."""
    return session.scalars(select(Need).where(Need.status == "open")
                           .where(or_(Need.expires_on.is_(None), Need.expires_on >= today))
                           .order_by(Need.id)).all()


def network_resources(session: Session) -> Sequence[Resource]:
    """Our resources the network may see (what our sheet offers)."""
    return session.scalars(select(Resource).where(Resource.visibility == "network", Resource.archived.is_(False),
                                                  Resource.deleted_at.is_(None)).order_by(Resource.id)).all()


def holding_bookings(session: Session, resource_ids: Sequence[int], today: date) -> dict[int, list[tuple[date, date]]]:
    """resource id → the (first day, last day) of its bookings that hold it from ``today`` on."""
    found: dict[int, list[tuple[date, date]]] = {}
    ids = list(resource_ids)
    since = datetime.combine(today, time.min)
    for start in range(0, len(ids), 500):
        rows = session.execute(select(Booking.resource_id, Booking.starts_at, Booking.ends_at)
                               .where(Booking.resource_id.in_(ids[start:start + 500]), Booking.status.in_(HOLDING),
                                      Booking.ends_at >= since).order_by(Booking.starts_at)).all()
        for resource_id, starts, ends in rows:
            found.setdefault(resource_id, []).append((starts.date(), ends.date()))
    return found


def need_by_uid(session: Session, uid: str) -> Need | None:
    return session.scalars(select(Need).where(Need.uid == uid)).first()


def resource_by_uid(session: Session, uid: str) -> Resource | None:
    return session.scalars(select(Resource).where(Resource.uid == uid)).first()


def own_organization(session: Session) -> Organization | None:
    return session.scalars(select(Organization).where(Organization.is_own.is_(True))
                           .order_by(Organization.id)).first()


def categories(session: Session) -> dict[str, tuple[str, str, str]]:
    """code → (label_fr, label_en, kind) of the categories list (empty until it is first seeded)."""
    rows = session.execute(select(ResourceCategory.code, ResourceCategory.label_fr, ResourceCategory.label_en,
                                  ResourceCategory.kind)).all()
    return {code: (fr, en, kind) for code, fr, en, kind in rows}


def decisions(session: Session) -> dict[tuple[str, str], str]:
    """(need key, offer key) → confirmed | dismissed."""
    rows = session.execute(select(ResourceMatch.need_key, ResourceMatch.offer_key, ResourceMatch.status)).all()
    return {(need, offer): status for need, offer, status in rows}


def set_decision(session: Session, need_key: str, offer_key: str, status: str | None) -> bool:
    """Record (or, with None, clear) the decision on one pair; True when something changed."""
    row = session.scalars(select(ResourceMatch).where(ResourceMatch.need_key == need_key,
                                                      ResourceMatch.offer_key == offer_key)).first()
    if status is None:
        if row is None:
            return False
        session.delete(row)
        return True
    if row is None:
        session.add(ResourceMatch(need_key=need_key, offer_key=offer_key, status=status))
        return True
    if row.status == status:
        return False
    row.status = status
    return True
