"""The demo sample's shared resources: a dozen things the first organization lends (some with a
photo drawn here), a few needs, and bookings over two years in every status — loans closed and
returned in the past, loans under way (a few overdue), requests and approvals to come, and rooms
and staff time booked every week for a term. Texts: ``[resources]`` in ``resources/demo/sample.toml``.

Every row is marked ``demo``; ``services/demo/removal.py`` takes them away again. The closed demo
loans write no journal entry: the sample's journal is drawn on its own (its size is the one asked).
"""

from __future__ import annotations

import io
import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from partage_desktop.core.content import ContentError, T, array, read_toml, table, text, word
from partage_desktop.core.resources import bookings as rules
from partage_desktop.core.resources.vocabulary import (
    CONDITIONS,
    KINDS,
    PRICING,
    RECURRING_KINDS,
    URGENCY,
)
from partage_desktop.platform.resources import resource_path

DRAWINGS = ("van", "trailer", "room", "table", "tent", "projector")
HISTORY_DAYS = 540  # bookings from about eighteen months ago…
AHEAD_DAYS = 180  # …to six months ahead: two years
REGION = "16"  # Montérégie, where the sample's organizations are


@dataclass(frozen=True)
class DemoResource:
    kind: str
    category: str
    title: T
    other_names: T | None
    description: T | None
    accessories: T | None
    care: T | None
    quantity: int
    value_per_day: int | None
    min_notice_hours: int
    max_loan_days: int | None
    book_ahead_days: int | None
    pricing: str
    approval_required: bool
    training_required: bool
    photo: str
    project: int | None


@dataclass(frozen=True)
class DemoNeed:
    kind: str
    category: str
    title: T
    description: T | None
    quantity: int
    urgency: str
    weeks: int
    contribution: T | None


@dataclass(frozen=True)
class DemoResources:
    items: tuple[DemoResource, ...]
    needs: tuple[DemoNeed, ...]
    borrowers: tuple[str, ...]
    purposes: tuple[T, ...]
    incidents: tuple[T, ...]


def _optional_text(raw: dict[str, Any], key: str, at: str) -> T | None:
    return text(raw[key], f"{at}.{key}", spacing=False) if key in raw else None


def _number(raw: dict[str, Any], key: str, at: str, default: int | None, low: int = 0) -> int | None:
    value = raw.get(key, default)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < low):
        raise ContentError(f"{at}.{key}: expected a whole number from {low}")
    return value


def load(raw: dict[str, Any], where: str, projects: int) -> DemoResources:
    """The ``[resources]`` table, checked; ContentError names what is wrong."""
    section = table(raw, "resources", where)
    at = f"{where}: resources"
    items = []
    for i, item in enumerate(array(section, "items", at)):
        here = f"{at}.items[{i}]"
        if not isinstance(item, dict):
            raise ContentError(f"{here}: expected a table")
        if word(item, "kind", here) not in KINDS:
            raise ContentError(f"{here}.kind: expected one of {list(KINDS)}")
        pricing = item.get("pricing", "free")
        if pricing not in PRICING:
            raise ContentError(f"{here}.pricing: expected one of {list(PRICING)}")
        photo = item.get("photo", "")
        if photo not in ("", *DRAWINGS):
            raise ContentError(f"{here}.photo: expected one of {list(DRAWINGS)} or \"\"")
        project = _number(item, "project", here, None)
        if project is not None and project >= projects:
            raise ContentError(f"{here}.project: the sample has {projects} projects")
        items.append(DemoResource(
            item["kind"], word(item, "category", here), text(item.get("title"), f"{here}.title", spacing=False),
            _optional_text(item, "other_names", here), _optional_text(item, "description", here),
            _optional_text(item, "accessories", here), _optional_text(item, "care", here),
            _number(item, "quantity", here, 1, low=1) or 1, _number(item, "value_per_day", here, None),
            _number(item, "min_notice_hours", here, 0) or 0, _number(item, "max_loan_days", here, None, low=1),
            _number(item, "book_ahead_days", here, None, low=1), pricing, bool(item.get("approval_required")),
            bool(item.get("training_required")), photo, project))
    needs = []
    for i, need in enumerate(array(section, "needs", at)):
        here = f"{at}.needs[{i}]"
        if not isinstance(need, dict):
            raise ContentError(f"{here}: expected a table")
        if word(need, "kind", here) not in KINDS or need.get("urgency", "normal") not in URGENCY:
            raise ContentError(f"{here}: unknown kind or urgency")
        needs.append(DemoNeed(need["kind"], word(need, "category", here),
                              text(need.get("title"), f"{here}.title", spacing=False),
                              _optional_text(need, "description", here), _number(need, "quantity", here, 1, 1) or 1,
                              need.get("urgency", "normal"), _number(need, "weeks", here, 8, 1) or 8,
                              _optional_text(need, "contribution", here)))
    borrowers = tuple(str(b) for b in array(section, "borrowers", at))
    purposes = tuple(text(p, f"{at}.purposes[{i}]", spacing=False) for i, p in enumerate(array(section, "purposes", at)))
    incidents = tuple(text(p, f"{at}.incidents[{i}]", spacing=False)
                      for i, p in enumerate(array(section, "incidents", at)))
    return DemoResources(tuple(items), tuple(needs), borrowers, purposes, incidents)


@cache
def demo_resources(projects: int) -> DemoResources:
    path = resource_path("demo", "sample.toml")
    return load(read_toml(path), path.name, projects)


def drawing(name: str, seed: int) -> bytes:
    """A simple picture of ``name`` (PNG), re-encoded afterwards like any photo."""
    from PIL import Image, ImageDraw  # deferred: Pillow, only for the demo's photos

    rng = random.Random(seed)
    image = Image.new("RGB", (640, 420), (236, 240, 243))
    pen = ImageDraw.Draw(image)
    colour = rng.choice(((31, 78, 121), (166, 27, 27), (46, 125, 50), (230, 145, 56)))
    pen.rectangle((0, 330, 640, 420), fill=(190, 196, 200))  # the ground
    if name in ("van", "trailer"):
        pen.rectangle((90, 150, 470 if name == "van" else 520, 320), fill=colour)
        if name == "van":
            pen.polygon(((470, 200), (560, 230), (560, 320), (470, 320)), fill=colour)
            pen.rectangle((490, 215, 540, 255), fill=(200, 225, 240))
        else:
            pen.line((520, 300, 600, 300), fill=(60, 60, 60), width=8)
        for x in (150, 420):
            pen.ellipse((x - 35, 285, x + 35, 355), fill=(40, 40, 40))
    elif name == "room":
        pen.rectangle((60, 60, 580, 330), fill=(250, 246, 235))
        for row in range(3):
            for col in range(6):
                x, y = 110 + col * 75, 170 + row * 50
                pen.rectangle((x, y, x + 40, y + 25), fill=colour)
        pen.rectangle((230, 80, 410, 140), fill=(255, 255, 255), outline=(80, 80, 80), width=3)
    elif name == "table":
        pen.rectangle((80, 180, 560, 210), fill=colour)
        for x in (110, 510):
            pen.rectangle((x, 210, x + 20, 330), fill=(90, 90, 90))
    elif name == "tent":
        pen.polygon(((80, 330), (160, 140), (480, 140), (560, 330)), fill=(255, 255, 255), outline=colour)
        pen.polygon(((160, 140), (320, 60), (480, 140)), fill=colour)
    else:  # projector
        pen.rectangle((180, 200, 460, 300), fill=colour)
        pen.ellipse((380, 220, 440, 280), fill=(220, 230, 240), outline=(30, 30, 30), width=4)
        pen.rectangle((240, 300, 260, 330), fill=(60, 60, 60))
        pen.rectangle((380, 300, 400, 330), fill=(60, 60, 60))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _stamp(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def add_resources(session: Any, lang: str, rng: random.Random, today: date, org_ids: list[int],
                  project_ids: list[int]) -> tuple[int, int, int]:
    """Write the sample's resources, needs and bookings in ``session``; (resources, needs, bookings)."""
    from partage_desktop.services.resources.photos import reencode  # deferred: Pillow
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Booking,
        Need,
        Resource,
        ResourcePhoto,
    )

    words = demo_resources(len(project_ids))
    now = _stamp(datetime.combine(today, datetime.now().time()))
    partners = org_ids[1:] or org_ids
    resources: list[tuple[Any, DemoResource]] = []
    for n, item in enumerate(words.items):
        row = Resource(
            uid=str(uuid.uuid4()), kind=item.kind, category=item.category,
            title=item.title[lang], other_names=item.other_names[lang] if item.other_names else "",
            description=item.description[lang] if item.description else "", quantity=item.quantity,
            accessories=item.accessories[lang] if item.accessories else "", care=item.care[lang] if item.care else "",
            condition=rng.choice(CONDITIONS[:3]), region=REGION, pricing=item.pricing,
            approval_required=item.approval_required, training_required=item.training_required,
            min_notice_hours=item.min_notice_hours, max_loan_days=item.max_loan_days,
            book_ahead_days=item.book_ahead_days, contact_person="Élise Tremblay",
            visibility="private" if item.kind == "data" else "network",
            value_per_day_cents=item.value_per_day * 100 if item.value_per_day else None,
            project_id=project_ids[item.project] if item.project is not None else None, demo=True)
        session.add(row)
        session.flush()
        if item.photo:
            photo = reencode(drawing(item.photo, n))
            session.add(ResourcePhoto(resource_id=row.id, position=0, media_type=photo.media_type,
                                      width=photo.width, height=photo.height, data=photo.data))
        resources.append((row, item))
    for need in words.needs:
        session.add(Need(
            uid=str(uuid.uuid4()), kind=need.kind, category=need.category,
            title=need.title[lang], description=need.description[lang] if need.description else "",
            quantity=need.quantity, region=REGION, wanted_from=today, wanted_to=today + timedelta(weeks=need.weeks),
            urgency=need.urgency, contribution=need.contribution[lang] if need.contribution else "",
            expires_on=today + timedelta(weeks=need.weeks), demo=True))
    rows: list[Any] = []
    overdue_left = 2  # the first loans under way past their end: the home screen's « À surveiller »
    first = datetime.combine(today - timedelta(days=HISTORY_DAYS), time(9))
    last = datetime.combine(today + timedelta(days=AHEAD_DAYS), time(9))

    def booking(resource: Any, item: DemoResource, start: datetime, end: datetime, quantity: int = 1,
                series: str | None = None, in_series: bool = False) -> None:
        who = rng.randrange(len(partners) + len(words.borrowers))
        org = partners[who] if who < len(partners) else None
        borrower = "" if org is not None else words.borrowers[who - len(partners)]
        row = Booking(resource_id=resource.id, organization_id=org, borrower=borrower, starts_at=start, ends_at=end,
                      quantity=quantity, purpose=rng.choice(words.purposes)[lang] if not in_series else "",
                      project_id=resource.project_id, series_uid=series, demo=True)
        lines = [line.strip() for line in (resource.accessories or "").splitlines() if line.strip()]
        if end < now - timedelta(days=5):
            row.status = rng.choices(("closed", "cancelled", "refused"), (85, 9, 6))[0]
        elif end < now:
            row.status = "returned"
        elif start <= now:
            row.status = "picked_up"
        else:
            row.status = "approved" if in_series or rng.random() < 0.5 else "requested"
        if row.status in ("picked_up", "returned", "closed"):
            row.picked_up_at = start
            row.pickup_checklist = json.dumps({line: rng.random() < 0.95 for line in lines}, ensure_ascii=False)
            row.pickup_condition = resource.condition
        if row.status in ("returned", "closed"):
            row.returned_at = end + timedelta(minutes=rng.choice((-30, 0, 0, 15, 60)))
            row.return_condition = resource.condition
            row.hours_minutes = rng.choice((None, 30, 60, 90, 120))
            if rng.random() < 0.08:
                row.incident = rng.choice(words.incidents)[lang]
        if row.status == "approved" and rng.random() < 0.1:
            row.renewals = 1
        rows.append(row)

    for resource, item in resources:
        if item.kind in RECURRING_KINDS:
            continue
        cursor = first + timedelta(days=rng.randrange(0, 8))
        longest = min(item.max_loan_days or 3, 3)
        while cursor < last:
            days = rng.randint(1, longest)
            start = cursor.replace(hour=rng.choice((8, 9, 10, 13)))
            end = datetime.combine(start.date() + timedelta(days=days - 1), time(rng.choice((12, 16, 17))))
            if end <= start:
                end = start + timedelta(hours=3)
            booking(resource, item, start, end, quantity=rng.randint(1, max(1, item.quantity // 2)))
            cursor = datetime.combine(end.date() + timedelta(days=rng.randint(2, 16)), time(9))
        # the resource's last loan returned these days, with nothing booked after it until now: still
        # out, overdue (the first resources only)
        mine = [r for r in rows if r.resource_id == resource.id]
        back = [r for r in mine if r.status == "returned"]
        if overdue_left and item.kind in ("vehicle", "equipment") and back and not any(r.starts_at > back[-1].starts_at and r.starts_at <= now for r in mine):
            late = back[-1]
            late.status, late.returned_at, late.return_condition, late.hours_minutes, late.incident = \
                "picked_up", None, "", None, ""
            overdue_left -= 1
    # rooms and staff time: every week for a term, a past term and the current one
    for resource, item in resources:
        if item.kind not in RECURRING_KINDS:
            continue
        weekday, hours = {"premises": (1, (time(9), time(12))), "staff": (3, (time(13), time(16)))}[item.kind]
        if resource.title == words.items[3].title[lang]:  # the kitchen: Wednesday afternoons
            weekday, hours = 2, (time(13), time(17))
        for begin, end_day in ((today - timedelta(days=400), today - timedelta(days=260)),
                               (today - timedelta(days=70), today + timedelta(days=60))):
            series = str(uuid.uuid4())
            for start, end in rules.weekly(begin, end_day, weekday, *hours):
                booking(resource, item, start, end, series=series, in_series=True)
    session.add_all(rows)
    session.flush()
    return len(resources), len(words.needs), len(rows)

