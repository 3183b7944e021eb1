"""The network board as the window and the command line read it: partners' offers and needs from
the sheets they sent (read-only here), and taking a partner's sheet away."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from partage_desktop.core.resources import vocabulary as vocab
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.resources.content import catalogue


@dataclass(frozen=True)
class BoardEntry:
    id: int
    key: str  # board:<sender uid>:<item uid> (ResourceMatch's keys)
    sheet_id: int
    side: str
    side_label: str
    kind: str
    kind_label: str
    category: str
    category_label: str
    title: str
    other_names: str
    description: str
    quantity: int
    region: str
    region_name: str
    mrc: str
    pricing: str
    pricing_label: str
    date_from: date | None
    date_to: date | None
    urgency: str
    urgency_label: str
    expires_on: date | None
    sender_name: str
    sender_uid: str
    sender_region: str
    sender_contact: str
    issued_at: datetime
    organization_id: int | None
    details: dict[str, Any] = field(default_factory=dict)  # the rest of what the sheet said
    photo_ids: tuple[int, ...] = ()
    words: str = ""


@dataclass(frozen=True)
class SheetView:
    id: int
    sender_name: str
    sender_uid: str
    sender_region: str
    issued_at: datetime
    imported_at: datetime
    offers: int
    needs: int
    demo: bool


def _category(row: Any, lang: str) -> str:
    label = row.category_fr if lang == "fr" else row.category_en
    return label or row.category_en or row.category_fr or row.category


def list_board(data: DataDir, lang: str, side: str | None = None) -> list[BoardEntry]:
    """Every item on the board (``side``: offer or need only), by sender then title."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        BoardItem,
        BoardPhoto,
        BoardSheet,
    )

    regions = catalogue()
    with session_scope(data) as session:
        photos: dict[int, list[int]] = {}
        for item_id, photo_id in session.execute(select(BoardPhoto.item_id, BoardPhoto.id)
                                                 .order_by(BoardPhoto.item_id, BoardPhoto.position)):
            photos.setdefault(item_id, []).append(photo_id)
        query = select(BoardItem, BoardSheet).join(BoardSheet, BoardItem.sheet_id == BoardSheet.id)
        if side is not None:
            query = query.where(BoardItem.side == side)
        out = []
        for item, sheet in session.execute(query.order_by(BoardSheet.sender_name, BoardItem.side.desc(),
                                                          BoardItem.title, BoardItem.id)):
            try:
                details = json.loads(item.details_json)
            except ValueError:
                details = {}
            details = details if isinstance(details, dict) else {}
            details.pop("_digest", None)
            out.append(BoardEntry(
                item.id, f"board:{sheet.sender_uid}:{item.item_uid}", sheet.id, item.side,
                vocab.label("side", item.side, lang), item.kind, vocab.label("kind", item.kind, lang),
                item.category, _category(item, lang), item.title, item.other_names, item.description,
                item.quantity, item.region, regions.region_name(item.region, lang) if item.region else "",
                item.mrc, item.pricing, vocab.label("pricing", item.pricing, lang) if item.pricing else "",
                item.date_from, item.date_to, item.urgency,
                vocab.label("urgency", item.urgency, lang) if item.urgency else "", item.expires_on,
                sheet.sender_name, sheet.sender_uid, sheet.sender_region, sheet.sender_contact, sheet.issued_at,
                sheet.organization_id, details, tuple(photos.get(item.id, ())), item.words))
        return out


def list_sheets(data: DataDir) -> list[SheetView]:
    """The partners' sheets on the board, by sender."""
    from sqlalchemy import case, func, select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        BoardItem,
        BoardSheet,
    )

    with session_scope(data) as session:
        counts = {sid: (int(o or 0), int(n or 0)) for sid, o, n in session.execute(
            select(BoardItem.sheet_id, func.sum(case((BoardItem.side == "offer", 1), else_=0)),
                   func.sum(case((BoardItem.side == "need", 1), else_=0))).group_by(BoardItem.sheet_id))}
        return [SheetView(s.id, s.sender_name, s.sender_uid, s.sender_region, s.issued_at, s.imported_at,
                          *counts.get(s.id, (0, 0)), bool(s.demo))
                for s in session.scalars(select(BoardSheet).order_by(BoardSheet.sender_name, BoardSheet.id))]


def remove_sheet(data: DataDir, sheet_id: int) -> str:
    """Take a partner's sheet and all its items off the board; returns the sender's name."""
    from partage_desktop.store.models import BoardSheet  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        sheet = session.get(BoardSheet, sheet_id)
        if sheet is None:
            raise UserInputError([Message.of("sheet_not_on_board", id=sheet_id)])
        name = sheet.sender_name
        session.delete(sheet)
    return name


def photo_bytes(data: DataDir, photo_id: int) -> bytes:
    """A board photo (re-encoded JPEG, as stored on import)."""
    from partage_desktop.store.models import BoardPhoto  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        photo = session.get(BoardPhoto, photo_id)
        return bytes(photo.data) if photo is not None else b""


def entry_facts(entry: BoardEntry, lang: str) -> list[tuple[str, str]]:
    """What the partner's sheet says about the item, as (label, value) lines worded as on a
    printed sheet (core/resources/facts.py)."""
    from partage_desktop.core.resources.facts import facts  # deferred: only for a detail shown

    item: dict[str, Any] = {**entry.details, "region": entry.region, "mrc": entry.mrc, "quantity": entry.quantity,
                            "pricing": entry.pricing, "urgency": entry.urgency, "wanted_from": entry.date_from,
                            "wanted_to": entry.date_to, "expires_on": entry.expires_on}
    return facts(item, entry.side, lang, catalogue())
