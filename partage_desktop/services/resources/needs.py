"""Our needs: what we are looking for, in the same categories and places as what we lend, with a
window of dates, an urgency and what we offer in return. Open → found or withdrawn (and back)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from partage_desktop.core.resources.vocabulary import KINDS, NEED_STATUSES, URGENCY, VISIBILITY
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.resources.categories import ensure_seeded, labels
from partage_desktop.services.resources.content import catalogue
from partage_desktop.services.resources.problems import FieldProblems, Reader

LIMITS = {"title": 200, "description": 20_000, "address": 400, "mrc": 120, "contribution": 5_000}
MAX_QUANTITY = 100_000
EDITABLE = ("kind", "category", "title", "description", "quantity", "address", "region", "mrc", "wanted_from",
            "wanted_to", "substitutes_ok", "urgency", "contribution", "expires_on", "visibility", "project_id")


@dataclass(frozen=True)
class NeedView:
    id: int
    uid: str
    kind: str
    category: str
    title: str
    description: str
    quantity: int
    address: str
    region: str
    mrc: str
    wanted_from: date | None
    wanted_to: date | None
    substitutes_ok: bool
    urgency: str
    contribution: str
    expires_on: date | None
    status: str
    visibility: str
    project_id: int | None
    demo: bool
    created_at: datetime | None
    updated_at: datetime | None
    category_label: str = ""

    def values(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in EDITABLE}


_COLUMNS = [f.name for f in fields(NeedView) if f.name != "category_label"]


def _view(row: Any, words: dict[str, str]) -> NeedView:
    return NeedView(**{key: getattr(row, key) for key in _COLUMNS},
                    category_label=words.get(row.category, row.category))


def list_needs(data: DataDir, lang: str, include_closed: bool = False) -> list[NeedView]:
    """Open needs, most urgent first then by title; found and withdrawn ones only when asked."""
    from sqlalchemy import select

    from partage_desktop.store.models import Need  # deferred: SQLAlchemy, only when needed

    words = labels(data, lang)
    with session_scope(data) as session:
        stmt = select(Need)
        if not include_closed:
            stmt = stmt.where(Need.status == "open")
        views = [_view(r, words) for r in session.scalars(stmt)]
    rank = {code: i for i, code in enumerate(reversed(URGENCY))}
    return sorted(views, key=lambda v: (v.status != "open", rank.get(v.urgency, 9), v.title.casefold(), v.id))


def get_need(data: DataDir, need_id: int, lang: str) -> NeedView:
    from partage_desktop.store.models import Need  # deferred: SQLAlchemy, only when needed

    words = labels(data, lang)
    with session_scope(data) as session:
        row = session.get(Need, need_id)
        if row is None:
            raise UserInputError([Message.of("resource_need_not_found", id=need_id)])
        return _view(row, words)


def read_values(session: Any, values: dict[str, Any], lang: str) -> tuple[dict[str, Any], FieldProblems]:
    from sqlalchemy import select

    from partage_desktop.store.models import Project, ResourceCategory  # deferred: SQLAlchemy

    read = Reader(values, lang)
    out: dict[str, Any] = {"kind": read.choice("kind", KINDS, "equipment")}
    for key, limit in LIMITS.items():
        out[key] = read.text(key, limit, required=key == "title",
                             lines=key in ("description", "address", "contribution"))
    ensure_seeded(session)
    out["category"] = read.choice("category", set(session.scalars(select(ResourceCategory.code))), "", empty_ok=True)
    out["region"] = read.choice("region", catalogue().regions, "", empty_ok=True)
    out["quantity"] = read.whole("quantity", 1, MAX_QUANTITY, default=1)
    out["urgency"] = read.choice("urgency", URGENCY, "normal")
    out["visibility"] = read.choice("visibility", VISIBILITY, "network")
    out["substitutes_ok"] = read.flag("substitutes_ok", True)
    for key in ("wanted_from", "wanted_to", "expires_on"):
        out[key] = read.day(key)
    if out["wanted_from"] and out["wanted_to"] and out["wanted_to"] < out["wanted_from"]:
        read.problems.add("wanted_to", "resource_problem_before_start")
    raw = values.get("project_id")
    if raw in (None, "", 0):
        out["project_id"] = None
    elif isinstance(raw, int) and not isinstance(raw, bool) and session.get(Project, raw) is not None:
        out["project_id"] = raw
    else:
        read.problems.add("project_id", "resource_problem_gone")
    return out, read.problems


def save_need(data: DataDir, values: dict[str, Any], need_id: int | None = None, *, lang: str = "fr") -> int:
    """Add a need or change one, whole; InvalidFields names each field that is wrong."""
    from partage_desktop.store.models import Need  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = None
        if need_id is not None:
            row = session.get(Need, need_id)
            if row is None:
                raise UserInputError([Message.of("resource_need_not_found", id=need_id)])
        merged = {**({k: getattr(row, k) for k in EDITABLE} if row is not None else {}), **values}
        clean, problems = read_values(session, merged, lang)
        problems.raise_if_any()
        if row is None:
            row = Need(uid=str(uuid.uuid4()), status="open")
            session.add(row)
        for key, value in clean.items():
            setattr(row, key, value)
        session.flush()
        return int(row.id)


def set_need_status(data: DataDir, need_id: int, status: str) -> None:
    """open, found or withdrawn (any of them back to open: the undo)."""
    from partage_desktop.store.models import Need  # deferred: SQLAlchemy, only when needed

    if status not in NEED_STATUSES:
        problems = FieldProblems()
        problems.add("status", "resource_problem_choice")
        problems.raise_if_any()
    with session_scope(data) as session:
        row = session.get(Need, need_id)
        if row is None:
            raise UserInputError([Message.of("resource_need_not_found", id=need_id)])
        row.status = status


def delete_need(data: DataDir, need_id: int) -> dict[str, Any]:
    """Remove a need for good; returns what it held (with its status), which ``save_need`` and
    ``set_need_status`` can put back as an undo."""
    from partage_desktop.store.models import Need  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.get(Need, need_id)
        if row is None:
            raise UserInputError([Message.of("resource_need_not_found", id=need_id)])
        kept = {**{k: getattr(row, k) for k in EDITABLE}, "status": row.status}
        session.delete(row)
        return kept
