"""Checking a partner's offers sheet before anything is written: the archive with the exchange
files' defensive reading (store.exchange: paths, links, sizes, checksums, format version), then
the sheet document field by field (types, lengths, dates, counts), then every photo decoded and
re-encoded (services.resources.photos). Refused whole on the first unreadable part; every other
problem is listed, and nothing is written.

The document (``sheet.json``)::

    {"sheet_version": 1, "issued_at": "2026-12-07T10:30:00", "lang": "fr",
     "sender": {"uid", "name", "neq", "region", "contact": {"person", "email", "phone", "address"}},
     "offers": [{"uid", "kind", "category", "category_fr", "category_en", "title", …, "photos": [member…]}],
     "needs": [{"uid", "kind", "category", …, "wanted_from", "wanted_to", "expires_on"}]}

Codes a newer Partage may add (a kind, a pricing…) are kept as text, not refused.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from partage_desktop.core.agreements.reminders import in_range
from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.services.exchange.agreements import _refused
from partage_desktop.services.resources.photos import (
    MAX_INPUT_BYTES,
    MAX_PHOTOS,
    Photo,
    PhotoRefused,
    reencode,
)
from partage_desktop.store.errors import plain
from partage_desktop.store.exchange import ExchangeContent, ExchangeRefused, read_archive
from partage_desktop.words.system_errors import reason_message

SHEET_KIND = "offers-sheet"
SHEET_DOC = "sheet.json"
SHEET_VERSION = 1
PHOTO_PREFIX = "photos/"
MAX_ITEMS = 5_000  # offers and needs together, on one sheet
MAX_SHEET_PHOTOS = 600
MAX_PROBLEMS = 20  # listed; the count says how many more
UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_CODE = re.compile(r"[A-Za-z0-9_.-]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# what each side carries: texts (longest length), codes (longest length), whole numbers, yes/no, dates
COMMON_TEXTS = {"title": 200, "description": 8_000, "category_fr": 120, "category_en": 120, "mrc": 120,
                "address": 400}
COMMON_CODES = {"kind": 20, "category": 40, "region": 4}
OFFER_TEXTS = {"other_names": 400, "accessories": 4_000, "care": 4_000, "contact_person": 150}
OFFER_CODES = {"condition": 20, "pricing": 20, "fee_unit": 10}
OFFER_NUMBERS = ("fee_cents", "deposit_cents", "insurance_cents", "min_notice_hours", "max_loan_days",
                 "book_ahead_days")
OFFER_FLAGS = ("insurance_required", "training_required", "approval_required", "consumable")
NEED_TEXTS = {"contribution": 2_000}
NEED_CODES = {"urgency": 10}
NEED_FLAGS = ("substitutes_ok",)
NEED_DATES = ("wanted_from", "wanted_to", "expires_on")
CONTACT_KEYS = {"person": 150, "email": 200, "phone": 50, "address": 400}
BIG_NUMBER = 2**31 - 1


@dataclass
class IncomingItem:
    side: str  # offer | need
    uid: str
    values: dict[str, Any]  # every checked field of the sheet (dates as date)
    photos: list[Photo] = field(default_factory=list)  # re-encoded
    digest: str = ""  # what it says, photos included: tells a changed item from an unchanged one

    @property
    def title(self) -> str:
        return str(self.values["title"])


@dataclass
class IncomingSheet:
    sender_uid: str
    sender_name: str
    sender_neq: str
    sender_region: str
    sender_contact: str  # person, email, phone, address: one per line
    issued_at: datetime
    lang: str
    items: list[IncomingItem]
    sha256: str


class _Problems:
    def __init__(self) -> None:
        self.found: list[Message] = []

    def add(self, where: str, code: str, **params: object) -> None:
        self.found.append(Message.of("sheet_problem", where=where, what=Message.of(code, **params)))


def _text(value: Any, limit: int, where: str, problems: _Problems, required: bool = False) -> str | None:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        problems.add(where, "sheet_not_text")
        return None
    if len(value) > limit:
        problems.add(where, "sheet_too_long", limit=limit)
        return None
    if _CONTROL.search(value):
        problems.add(where, "sheet_control_character")
        return None
    if required and not value.strip():
        problems.add(where, "sheet_missing")
        return None
    return value.strip() if "\n" not in value else value


def _code(value: Any, limit: int, where: str, problems: _Problems) -> str | None:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit or not _CODE.fullmatch(value):
        problems.add(where, "sheet_bad_code", limit=limit)
        return None
    return value


def _number(value: Any, where: str, problems: _Problems, smallest: int = 0) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not smallest <= value <= BIG_NUMBER:
        problems.add(where, "sheet_bad_number")
        return None
    return value


def _day(value: Any, where: str, problems: _Problems) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        day = None
    if day is None or not in_range(day):
        problems.add(where, "sheet_bad_date")
    return day


def _item(raw: Any, side: str, where: str, members: dict[str, bytes], used: set[str],
          problems: _Problems) -> IncomingItem | None:
    if not isinstance(raw, dict):
        problems.add(where, "sheet_not_object")
        return None
    before = len(problems.found)
    uid = raw.get("uid")
    if not isinstance(uid, str) or not UID.fullmatch(uid):
        problems.add(f"{where}.uid", "sheet_bad_uid")
    texts = {**COMMON_TEXTS, **(OFFER_TEXTS if side == "offer" else NEED_TEXTS)}
    codes = {**COMMON_CODES, **(OFFER_CODES if side == "offer" else NEED_CODES)}
    values: dict[str, Any] = {}
    for key, limit in texts.items():
        values[key] = _text(raw.get(key), limit, f"{where}.{key}", problems, required=key == "title")
    if values["title"]:
        values["title"] = " ".join(values["title"].split())  # one line in every list
    for key, limit in codes.items():
        values[key] = _code(raw.get(key), limit, f"{where}.{key}", problems)
    if values["kind"] == "":
        problems.add(f"{where}.kind", "sheet_missing")
    values["quantity"] = _number(raw.get("quantity", 1), f"{where}.quantity", problems, smallest=1)
    if values["quantity"] is None:
        values["quantity"] = 1
    for key in OFFER_NUMBERS if side == "offer" else ():
        values[key] = _number(raw.get(key), f"{where}.{key}", problems)
    for key in OFFER_FLAGS if side == "offer" else NEED_FLAGS:
        flag = raw.get(key, key == "substitutes_ok")
        if not isinstance(flag, bool):
            problems.add(f"{where}.{key}", "sheet_bad_flag")
        values[key] = flag
    for key in NEED_DATES if side == "need" else ():
        values[key] = _day(raw.get(key), f"{where}.{key}", problems)
    if side == "need" and values.get("wanted_from") and values.get("wanted_to") \
            and values["wanted_to"] < values["wanted_from"]:
        problems.add(f"{where}.wanted_to", "sheet_dates_reversed")
    names = raw.get("photos", [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        problems.add(f"{where}.photos", "sheet_not_list")
        names = []
    elif len(names) > MAX_PHOTOS:
        problems.add(f"{where}.photos", "sheet_too_many_photos", limit=MAX_PHOTOS)
        names = []
    for name in names:
        if not name.startswith(PHOTO_PREFIX) or name not in members or name in used:
            problems.add(f"{where}.photos", "sheet_photo_missing", name=name)
        used.add(name)
    if len(problems.found) != before:
        return None
    item = IncomingItem(side, str(uid), values)
    item.digest = hashlib.sha256(json.dumps(
        [raw, [hashlib.sha256(members[n]).hexdigest() for n in names]], sort_keys=True, default=str,
        ensure_ascii=True).encode()).hexdigest()
    item.photos = []
    for name in names:
        raw_photo = members[name]
        if len(raw_photo) > MAX_INPUT_BYTES:
            problems.add(f"{where}.photos", "sheet_photo_refused", name=name,
                         reason=Message.of("resource_photo_too_big", megabytes=MAX_INPUT_BYTES // (1024 * 1024)))
            return None
        try:
            item.photos.append(reencode(raw_photo))
        except PhotoRefused as exc:
            problems.add(f"{where}.photos", "sheet_photo_refused", name=name, reason=exc.problems[0])
            return None
    return item


def _sender(raw: Any, problems: _Problems) -> dict[str, str] | None:
    if not isinstance(raw, dict):
        problems.add("sender", "sheet_not_object")
        return None
    uid = raw.get("uid")
    if not isinstance(uid, str) or not UID.fullmatch(uid):
        problems.add("sender.uid", "sheet_bad_uid")
    name = _text(raw.get("name"), 200, "sender.name", problems, required=True)
    neq = raw.get("neq") or ""
    if not isinstance(neq, str) or not re.fullmatch(r"\d{10}|", neq):
        problems.add("sender.neq", "sheet_bad_neq")
    region = _code(raw.get("region"), 4, "sender.region", problems)
    contact = raw.get("contact") or {}
    lines: list[str] = []
    if not isinstance(contact, dict):
        problems.add("sender.contact", "sheet_not_object")
    else:
        for key, limit in CONTACT_KEYS.items():
            value = _text(contact.get(key), limit, f"sender.contact.{key}", problems)
            if value:
                lines.append(" ".join(value.split()))
    if not (isinstance(uid, str) and name and region is not None):
        return None
    return {"uid": uid, "name": " ".join(name.split()), "neq": neq if isinstance(neq, str) else "",
            "region": region, "contact": "\n".join(lines)[:400]}


def _issued_at(value: Any, problems: _Problems, now: datetime) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) and len(value) <= 32 else None
    except ValueError:
        moment = None
    if moment is not None and moment.tzinfo is not None:
        moment = moment.replace(tzinfo=None)
    if moment is None or not in_range(moment.date()):
        problems.add("issued_at", "sheet_bad_date")
        return None
    if moment > now + timedelta(days=1):  # a sheet from the future would block every real update
        problems.add("issued_at", "sheet_future_date")
        return None
    return moment


def check_document(doc: Any, members: dict[str, bytes], sha256: str, now: datetime | None = None
                   ) -> tuple[IncomingSheet | None, list[Message]]:
    """The sheet as checked, or the problems found (the sheet is then None)."""
    problems = _Problems()
    if not isinstance(doc, dict):
        problems.add(SHEET_DOC, "sheet_not_object")
        return None, problems.found
    version = doc.get("sheet_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.add("sheet_version", "sheet_bad_number")
        return None, problems.found
    if version > SHEET_VERSION:
        raise ExchangeRefused("too_new", plain(version))
    sender = _sender(doc.get("sender"), problems)
    issued = _issued_at(doc.get("issued_at"), problems, now or datetime.now())
    lang = "en" if doc.get("lang") == "en" else "fr"
    offers, needs = doc.get("offers", []), doc.get("needs", [])
    if not isinstance(offers, list) or not isinstance(needs, list):
        problems.add("offers/needs", "sheet_not_list")
        return None, problems.found
    if len(offers) + len(needs) > MAX_ITEMS:
        problems.add("offers/needs", "sheet_too_many_items", count=len(offers) + len(needs), limit=MAX_ITEMS)
        return None, problems.found
    photo_count = sum(len(i.get("photos") or []) for i in [*offers, *needs]
                      if isinstance(i, dict) and isinstance(i.get("photos"), list))
    if photo_count > MAX_SHEET_PHOTOS:
        problems.add("photos", "sheet_too_many_photos", limit=MAX_SHEET_PHOTOS)
        return None, problems.found
    items: list[IncomingItem] = []
    used: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for side, listed in (("offer", offers), ("need", needs)):
        for n, raw in enumerate(listed):
            if len(problems.found) >= MAX_PROBLEMS:
                break
            where = f"{'offers' if side == 'offer' else 'needs'}[{n}]"
            item = _item(raw, side, where, members, used, problems)
            if item is None:
                continue
            if (side, item.uid) in seen:
                problems.add(f"{where}.uid", "sheet_uid_twice")
                continue
            seen.add((side, item.uid))
            items.append(item)
    unused = sorted(set(members) - used - {SHEET_DOC})
    if unused and len(problems.found) < MAX_PROBLEMS:
        problems.add(unused[0], "sheet_member_unused")
    if problems.found or sender is None or issued is None:
        return None, problems.found
    return IncomingSheet(sender["uid"], sender["name"], sender["neq"], sender["region"], sender["contact"],
                         issued, lang, items, sha256), []


def read_sheet(path: Path, content: ExchangeContent | None = None, now: datetime | None = None) -> IncomingSheet:
    """The checked content of an offers sheet; refused whole (nothing written) on any problem:
    DataUnusableError for the archive itself, UserInputError listing what is wrong inside."""
    if not path.is_file():
        raise UserInputError([Message.of("file_unreadable", path=path, detail=Message.of("exchange_missing_file"))])
    try:
        content = content or read_archive(path)
        if content.manifest.get("kind") != SHEET_KIND or SHEET_DOC not in content.members:
            raise ExchangeRefused("not_exchange", Message.of("detail_no_json", name=SHEET_DOC))
        doc = content.json(SHEET_DOC)
        sha = hashlib.sha256(content.members[SHEET_DOC]).hexdigest()
        sheet, problems = check_document(doc, content.members, sha, now)
    except ExchangeRefused as exc:
        raise _refused(exc, path) from exc
    except OSError as exc:
        raise DataUnusableError(Message.of("file_unreadable", path=path, detail=reason_message(exc))) from exc
    if sheet is None:
        header = Message.plural("sheet_invalid", len(problems), path=path)
        raise UserInputError([header, *problems])
    return sheet
