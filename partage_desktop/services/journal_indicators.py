"""Indicators of a sharing project (or of all): hours invested per organization, money saved,
spent and avoided, net benefit, their monthly series, and the partnership health check-ups."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..core import journal as vocab
from ..core.journal import Scope
from ..datadir import DataDir
from .session import session_scope


def cents(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class MonthPoint:
    month: str  # YYYY-MM
    hours: Decimal
    saved: Decimal
    spent: Decimal
    avoided: Decimal

    @property
    def net(self) -> Decimal:
        return self.saved + self.avoided - self.spent


@dataclass(frozen=True)
class PartnerFigures:
    organization_id: int | None
    name: str
    hours: Decimal
    saved: Decimal
    spent: Decimal
    avoided: Decimal

    @property
    def net(self) -> Decimal:
        return self.saved + self.avoided - self.spent


@dataclass(frozen=True)
class Indicators:
    hours: Decimal
    saved: Decimal
    spent: Decimal
    avoided: Decimal
    partners: list[PartnerFigures]
    months: list[MonthPoint]
    kinds: dict[str, int]

    @property
    def net(self) -> Decimal:
        """Net benefit: what the sharing saved or avoided, less what it cost."""
        return self.saved + self.avoided - self.spent


def hours_of(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"))


def indicators(data: DataDir, scope: Scope) -> Indicators:
    from ..store import journal_report as q

    with session_scope(data) as session:
        money = q.money_by_kind(session, scope)
        hours = {org_id: (name, minutes) for org_id, name, minutes in q.hours_by_organization(session, scope)}
        for org_id, name in q.concerned_organizations(session, scope):
            hours.setdefault(org_id, (name, 0))
        partners = []
        for org_id, (name, minutes) in hours.items():
            by_kind = q.money_by_kind(session, scope, org_id) if org_id is not None else {}
            partners.append(PartnerFigures(org_id, name, hours_of(minutes), cents(by_kind.get("saved", 0)),
                                           cents(by_kind.get("spent", 0)), cents(by_kind.get("avoided", 0))))
        partners.sort(key=lambda p: (-p.hours, p.name))
        total_minutes = sum(minutes for _, minutes in hours.values())
        months = [MonthPoint(m, hours_of(mins), cents(s), cents(sp), cents(a))
                  for m, mins, s, sp, a in q.monthly(session, scope)]
        kinds = q.kind_counts(session, scope)
    return Indicators(hours_of(total_minutes),
                      cents(money.get("saved", 0)), cents(money.get("spent", 0)),
                      cents(money.get("avoided", 0)), partners, months, kinds)


@dataclass(frozen=True)
class Checkup:
    id: int
    project_id: int
    taken_on: date
    answers: dict[str, int]
    score: float


def save_checkup(data: DataDir, project_id: int, taken_on: date, answers: dict[str, int]) -> Checkup:
    """Record a health check-up; raises ValueError when an answer is outside 1–5 or none is given."""
    from ..store.models import HealthCheckup

    score = vocab.health_score(answers)
    with session_scope(data) as session:
        row = HealthCheckup(project_id=project_id, taken_on=taken_on, answers_json=json.dumps(answers),
                            score=score)
        session.add(row)
        session.flush()
        return Checkup(row.id, project_id, taken_on, dict(answers), score)


def checkups(data: DataDir, project_id: int) -> list[Checkup]:
    """A project's check-ups, oldest first (the trend reads left to right)."""
    from sqlalchemy import select

    from ..store.models import HealthCheckup

    with session_scope(data) as session:
        rows = session.scalars(select(HealthCheckup).where(HealthCheckup.project_id == project_id)
                               .order_by(HealthCheckup.taken_on, HealthCheckup.id))
        return [Checkup(r.id, r.project_id, r.taken_on, json.loads(r.answers_json), r.score) for r in rows]
