"""Offers sheets: what we can lend and what we need, sent to partners as a ``.partage`` file (or
printed as a PDF with photos), and partners' sheets imported onto our board.

Export carries our organization (its ``uid``, made on the first export and kept), our resources
visible to the network (not archived, not deleted: never our private fields such as the value per
day, the project or the agreement) with their photos, and our open needs.

Import (services/resources/sheet_check.py checks everything first) never touches anything of ours:
it writes only ``board_sheet``, ``board_item`` and ``board_photo``. One sheet per sender: a newer
sheet replaces the older (items missing from it disappear); an older or the same sheet changes
nothing; a sheet claiming our own uid is refused. The import is one transaction, after a backup.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from partage_desktop import __version__
from partage_desktop.core.formatting import format_date
from partage_desktop.core.resources import vocabulary as vocab
from partage_desktop.core.resources.words import folded_words
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.platform.shown_text import shown
from partage_desktop.services.data.outputs import refuse_own_file
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.resources.content import catalogue
from partage_desktop.services.resources.photos import MAX_PHOTOS
from partage_desktop.services.resources.sheet_check import (
    COMMON_CODES,
    COMMON_TEXTS,
    NEED_CODES,
    NEED_DATES,
    NEED_FLAGS,
    NEED_TEXTS,
    OFFER_CODES,
    OFFER_FLAGS,
    OFFER_NUMBERS,
    OFFER_TEXTS,
    PHOTO_PREFIX,
    SHEET_DOC,
    SHEET_KIND,
    SHEET_VERSION,
    IncomingSheet,
    read_sheet,
)
from partage_desktop.words import t, tn
from partage_desktop.words.system_errors import describe

log = logging.getLogger(__name__)
LISTED = 40  # titles listed per kind of change in a preview; the rest are counted
# board_item's own columns; everything else a sheet says about an item goes to details_json
_COLUMNS = ("kind", "category", "category_fr", "category_en", "title", "other_names", "description", "quantity",
            "region", "mrc", "pricing", "urgency", "expires_on")


# ---------------------------------------------------------------- export


@dataclass(frozen=True)
class SheetSummary:
    out: Path
    format: str  # partage | pdf
    offers: int
    needs: int
    photos: int
    issued_at: datetime
    pages: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"out": str(self.out), "format": self.format, "offers": self.offers, "needs": self.needs,
                "photos": self.photos, "issued_at": self.issued_at.isoformat(timespec="seconds"),
                "pages": self.pages}


def _category_labels(session: Any) -> dict[str, tuple[str, str]]:
    from sqlalchemy import select

    from partage_desktop.store.models import (
        ResourceCategory,  # deferred: SQLAlchemy, only when needed
    )

    labels = {c.code: (c.label["fr"], c.label["en"]) for c in catalogue().categories}
    for row in session.scalars(select(ResourceCategory)):
        labels[row.code] = (row.label_fr, row.label_en)
    return labels


def our_sheet(data: DataDir, lang: str, now: datetime | None = None) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Our sheet's document and its photos (member name → JPEG). Gives our organization its uid
    the first time."""
    from sqlalchemy import or_, select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Need,
        Organization,
        Resource,
    )

    issued = (now or datetime.now()).replace(microsecond=0)
    today = issued.date()
    photos: dict[str, bytes] = {}
    with session_scope(data) as session:
        own = session.scalars(select(Organization).where(Organization.is_own.is_(True))
                              .order_by(Organization.archived, Organization.id)).first()
        if own is None:
            raise UserInputError([Message.of("sheet_no_profile")])
        if not own.uid:
            own.uid = str(uuid.uuid4())
        labels = _category_labels(session)
        sender = {"uid": own.uid, "name": own.legal_name, "neq": own.neq or "", "region": own.region or "",
                  "contact": {"person": own.representative, "email": own.email, "phone": own.phone,
                              "address": own.address}}
        offers: list[dict[str, Any]] = []
        rows = session.scalars(select(Resource).where(
            Resource.visibility == "network", Resource.archived.is_(False), Resource.deleted_at.is_(None))
            .order_by(Resource.kind, Resource.title, Resource.id))
        for r in rows:
            item: dict[str, Any] = {"uid": r.uid}
            for key in (*COMMON_TEXTS, *COMMON_CODES, *OFFER_TEXTS, *OFFER_CODES, *OFFER_NUMBERS, *OFFER_FLAGS,
                        "quantity"):
                item[key] = getattr(r, key, None)
            fr, en = labels.get(r.category, (r.category, r.category))
            item["category_fr"], item["category_en"] = fr, en
            item["photos"] = []
            for n, photo in enumerate(r.photos[:MAX_PHOTOS]):
                name = f"{PHOTO_PREFIX}{r.uid}/{n}.jpg"
                photos[name] = photo.data
                item["photos"].append(name)
            offers.append(item)
        needs: list[dict[str, Any]] = []
        rows_needs = session.scalars(select(Need).where(
            Need.status == "open", Need.visibility == "network",
            or_(Need.expires_on.is_(None), Need.expires_on >= today)).order_by(Need.title, Need.id))
        for n_row in rows_needs:
            need: dict[str, Any] = {"uid": n_row.uid}
            for key in (*COMMON_TEXTS, *COMMON_CODES, *NEED_TEXTS, *NEED_CODES, *NEED_FLAGS, "quantity"):
                need[key] = getattr(n_row, key, None)
            for key in NEED_DATES:
                value = getattr(n_row, key)
                need[key] = value.isoformat() if value else None
            fr, en = labels.get(n_row.category, (n_row.category, n_row.category))
            need["category_fr"], need["category_en"] = fr, en
            needs.append(need)
    doc = {"sheet_version": SHEET_VERSION, "issued_at": issued.isoformat(timespec="seconds"), "lang": lang,
           "sender": sender, "offers": offers, "needs": needs}
    return doc, photos


def export_sheet(data: DataDir, path: Path, lang: str, now: datetime | None = None) -> SheetSummary:
    """Write our offers sheet: a ``.partage`` file for partners to import, or (``.pdf``) to print."""
    from partage_desktop.platform.atomic import (
        write_bytes,  # deferred: only when a sheet is written
    )
    from partage_desktop.store.exchange import (
        write_archive,  # deferred: only when a sheet is written
    )

    refuse_own_file(path, data, lang)
    if not path.parent.is_dir():
        raise UserInputError([Message.of("out_dir_missing", path=path.parent)])
    doc, photos = our_sheet(data, lang, now)
    issued = datetime.fromisoformat(doc["issued_at"])
    pages = 0
    try:
        if path.suffix.lower() == ".pdf":
            from partage_desktop.pdf.resources.sheet import (  # deferred: ReportLab, only for the PDF
                render_sheet,
            )

            pdf, pages = render_sheet(doc, photos, lang, catalogue())
            write_bytes(path, pdf)
            kind = "pdf"
        else:
            members = {SHEET_DOC: json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"), **photos}
            write_archive(path, SHEET_KIND, members, {"offers": len(doc["offers"]), "needs": len(doc["needs"]),
                                                       "photos": len(photos)}, __version__, issued)
            kind = "partage"
    except OSError as exc:
        problem = describe(exc, lang, path)
        if problem is None:
            raise
        raise problem from exc
    return SheetSummary(path, kind, len(doc["offers"]), len(doc["needs"]), len(photos), issued, pages)


# ---------------------------------------------------------------- preview and import


@dataclass
class SheetPreview:
    source: Path
    sender_name: str
    sender_uid: str
    issued_at: datetime
    action: str  # new | replace | same | older
    previous_issued_at: datetime | None = None
    added: list[tuple[str, str]] = field(default_factory=list)  # (side, title)
    replaced: list[tuple[str, str]] = field(default_factory=list)
    withdrawn: list[tuple[str, str]] = field(default_factory=list)
    unchanged: int = 0
    applied: bool = False
    backup: Path | None = None
    sheet_id: int | None = None

    @property
    def changes_nothing(self) -> bool:
        return self.action in ("same", "older")

    def as_json(self) -> dict[str, Any]:
        def listed(items: list[tuple[str, str]]) -> list[dict[str, str]]:
            return [{"side": side, "title": title} for side, title in items]

        return {"file": str(self.source), "kind": SHEET_KIND, "applied": self.applied,
                "backup": str(self.backup) if self.backup else None,
                "sender": {"name": self.sender_name, "uid": self.sender_uid},
                "issued_at": self.issued_at.isoformat(timespec="seconds"), "action": self.action,
                "previous_issued_at": self.previous_issued_at.isoformat(timespec="seconds")
                if self.previous_issued_at else None,
                "added": listed(self.added), "replaced": listed(self.replaced), "withdrawn": listed(self.withdrawn),
                "unchanged": self.unchanged, "sheet_id": self.sheet_id}

    def lines(self, lang: str, dry_run: bool) -> list[str]:
        """One line per change (a line feed in a received title cannot forge another)."""
        out = [t("sheet_preview" if dry_run else "sheet_imported", lang, path=self.source),
               "  " + t("sheet_from", lang, sender=shown(self.sender_name), day=format_date(self.issued_at.date(), lang))]
        previous = format_date(self.previous_issued_at.date(), lang) if self.previous_issued_at else ""
        out.append("  " + t(f"sheet_action_{self.action}", lang, day=previous))
        if self.changes_nothing:
            return out
        for code, items, mark in (("sheet_count_added", self.added, "+"), ("sheet_count_replaced", self.replaced, "~"),
                                  ("sheet_count_withdrawn", self.withdrawn, "−")):
            if not items:
                continue
            out.append("  " + tn(code, len(items), lang))
            out += [f"    {mark} {vocab.label('side', side, lang)}{t('label_separator', lang)}{shown(title)}"
                    for side, title in items[:LISTED]]
            if len(items) > LISTED:
                out.append("    " + tn("sheet_more", len(items) - LISTED, lang))
        if self.unchanged:
            out.append("  " + tn("sheet_count_unchanged", self.unchanged, lang))
        if self.backup:
            out.append(t("exchange_backup", lang, path=self.backup))
        return out


def _own_uids(session: Any) -> set[str]:
    from sqlalchemy import select

    from partage_desktop.store.models import Organization  # deferred: SQLAlchemy, only when needed

    return {u for u in session.scalars(select(Organization.uid).where(Organization.is_own.is_(True))) if u}


def _plan(session: Any, path: Path, sheet: IncomingSheet) -> SheetPreview:
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        BoardItem,
        BoardSheet,
    )

    if sheet.sender_uid in _own_uids(session):
        raise UserInputError([Message.of("sheet_own_uid", path=path)])
    plan = SheetPreview(path, sheet.sender_name, sheet.sender_uid, sheet.issued_at, "new")
    existing = session.scalars(select(BoardSheet).where(BoardSheet.sender_uid == sheet.sender_uid)).first()
    incoming = [(i.side, i.title) for i in sheet.items]
    if existing is None:
        plan.added = incoming
        return plan
    plan.sheet_id, plan.previous_issued_at = existing.id, existing.issued_at
    if existing.sha256 == sheet.sha256:
        plan.action = "same"
        return plan
    if sheet.issued_at <= existing.issued_at:
        plan.action = "older"
        return plan
    plan.action = "replace"
    stored: dict[tuple[str, str], tuple[str, str]] = {}
    for side, uid, title, details in session.execute(select(
            BoardItem.side, BoardItem.item_uid, BoardItem.title, BoardItem.details_json).where(
            BoardItem.sheet_id == existing.id).order_by(BoardItem.id)):
        try:
            digest = json.loads(details).get("_digest", "")
        except (ValueError, AttributeError):
            digest = ""
        stored[(side, uid)] = (title, digest)
    for item in sheet.items:
        before = stored.pop((item.side, item.uid), None)
        if before is None:
            plan.added.append((item.side, item.title))
        elif before[1] != item.digest:
            plan.replaced.append((item.side, item.title))
        else:
            plan.unchanged += 1
    plan.withdrawn = [(side, title) for (side, _uid), (title, _d) in stored.items()]
    return plan


def _details(values: dict[str, Any], digest: str) -> str:
    rest = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in values.items()
            if k not in _COLUMNS and k not in ("wanted_from", "wanted_to")}
    rest["_digest"] = digest
    return json.dumps(rest, ensure_ascii=False, sort_keys=True)


def _partner_id(session: Any, sheet: IncomingSheet) -> int | None:
    """The organization of our address book the sheet comes from (same NEQ, else same name): only
    pointed at, never changed."""
    from sqlalchemy import func, select

    from partage_desktop.store.models import Organization  # deferred: SQLAlchemy, only when needed

    ours = Organization.is_own.is_(False)
    if sheet.sender_neq:
        found = session.scalars(select(Organization.id).where(ours, Organization.neq == sheet.sender_neq)
                                .order_by(Organization.id)).first()
        if found is not None:
            return int(found)
    found = session.scalars(select(Organization.id).where(
        ours, func.lower(Organization.legal_name) == sheet.sender_name.lower()).order_by(Organization.id)).first()
    return int(found) if found is not None else None


def store_sheet(session: Any, sheet: IncomingSheet, demo: bool = False) -> int:
    """Write a checked sheet on the board, in the caller's transaction: the sender's earlier sheet
    and all its items are replaced. Returns the sheet's id."""
    from sqlalchemy import delete, select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        BoardItem,
        BoardPhoto,
        BoardSheet,
    )

    row = session.scalars(select(BoardSheet).where(BoardSheet.sender_uid == sheet.sender_uid)).first()
    if row is None:
        row = BoardSheet(sender_uid=sheet.sender_uid, demo=demo)
        session.add(row)
    else:
        session.execute(delete(BoardItem).where(BoardItem.sheet_id == row.id))  # photos follow (foreign key)
        session.expire(row, ["items"])
    row.sender_name, row.sender_neq, row.sender_region = sheet.sender_name, sheet.sender_neq, sheet.sender_region
    row.sender_contact, row.issued_at, row.sha256, row.lang = (sheet.sender_contact, sheet.issued_at, sheet.sha256,
                                                               sheet.lang)
    row.imported_at = datetime.now()
    row.organization_id = _partner_id(session, sheet)
    session.flush()
    for item in sheet.items:
        v = item.values
        board = BoardItem(sheet_id=row.id, item_uid=item.uid, side=item.side,
                          **{k: v.get(k) if v.get(k) is not None else "" for k in _COLUMNS
                             if k not in ("quantity", "expires_on")},
                          quantity=v["quantity"], expires_on=v.get("expires_on"),
                          date_from=v.get("wanted_from"), date_to=v.get("wanted_to"),
                          details_json=_details(v, item.digest),
                          words=folded_words(v["title"], v.get("other_names") or "", v.get("description") or "",
                                             v.get("category_fr") or "", v.get("category_en") or ""))
        board.photos = [BoardPhoto(position=n, media_type=p.media_type, width=p.width, height=p.height, data=p.data)
                        for n, p in enumerate(item.photos)]
        session.add(board)
    session.flush()
    return int(row.id)


def preview_sheet(data: DataDir, path: Path) -> SheetPreview:
    """What importing ``path`` would do; nothing is written. Refused whole (UserInputError or
    DataUnusableError) when the sheet is damaged, hostile or ours."""
    sheet = read_sheet(path)
    with session_scope(data) as session:
        plan = _plan(session, path, sheet)
        session.rollback()
    return plan


def import_sheet(data: DataDir, path: Path, lang: str = "fr") -> SheetPreview:
    """Import in one transaction, after a backup (none when nothing would change); the caller
    holds the data folder lock."""
    from partage_desktop.services.safety import backup  # deferred: only when something is written

    sheet = read_sheet(path)
    with session_scope(data) as session:
        plan = _plan(session, path, sheet)
        session.rollback()
    if plan.changes_nothing:
        return plan
    backup_path = backup.make_backup(data, lang, "avant-import").path
    with session_scope(data) as session:
        plan = _plan(session, path, sheet)  # again, inside the writing transaction
        if not plan.changes_nothing:
            plan.sheet_id = store_sheet(session, sheet)
            plan.applied = True
    plan.backup = backup_path
    log.info("imported offers sheet %s: %s", path, plan.action)
    return plan
