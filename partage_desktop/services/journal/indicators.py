"""Indicators of a sharing project (or of all): hours invested per organization, money saved,
spent and avoided, net benefit, their monthly series, the partnership health check-ups, and what
the shared resources did in the period (loans, days used, organizations served, estimated savings,
use rate per resource: core/resources/figures.py)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.figures import chart_months, share_equally
from partage_desktop.core.journal.indicators import (
    Checkup,
    Indicators,
    MonthPoint,
    PartnerFigures,
    cents,
    hours_of,
)
from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.core.money import split_by_weights
from partage_desktop.core.resources.figures import (
    BOOKED_STATUSES,
    ResourceFigures,
    resource_figures,
)
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.session import session_scope


def _hours_adding_up(minutes: list[int]) -> list[Decimal]:
    """Each row's hours to the tenth, the rows adding up to the total's hours to the tenth."""
    if not any(minutes):
        return [Decimal("0.0")] * len(minutes)
    tenths = int(hours_of(sum(minutes)) * 10)
    parts = split_by_weights(Decimal(tenths) / 100, [Decimal(m) for m in minutes])
    return [(part * 10).quantize(Decimal("0.1")) for part in parts]


_KINDS = {"saved": 1, "spent": 2, "avoided": 3}
_Tally = dict[str, list[int]]  # month -> [minutes, saved, spent, avoided cents]


def _points(tally: _Tally, months: list[str]) -> list[MonthPoint]:
    return [MonthPoint(m, hours_of(v[0]), cents(v[1]), cents(v[2]), cents(v[3]))
            for m in months for v in [tally.get(m, [0, 0, 0, 0])]]


def indicators(data: DataDir, scope: Scope) -> Indicators:
    """Totals, one row per partner and the months of the period. Hours go to the organization that
    invested them; an entry's amount is divided equally among the partners named on it (to the
    cent, the parts adding up to the amount) and goes to "Not attributed" when it names none, so
    the partner rows always add up to the totals."""
    from partage_desktop.store.journal import report as q  # deferred: SQLAlchemy, only when needed
    from partage_desktop.store.resources import (
        figures as rq,  # deferred: SQLAlchemy, only when needed
    )

    with session_scope(data) as session:
        booking_rows = rq.booking_rows(session, scope)
        resource_rows = rq.resource_rows(session, scope, {b.resource_id for b in booking_rows
                                                          if b.status in BOOKED_STATUSES})
        own_id = rq.own_organization_id(session)
        hour_rows = q.hours_by_month(session, scope)
        money_rows = q.money_entries(session, scope)
        with_entries = q.entry_months(session, scope)
        kinds = q.kind_counts(session, scope)
        named = dict(q.concerned_organizations(session, scope))
        ids = {org for _, org, _ in hour_rows if org is not None} | {o for *_, ps in money_rows for o in ps}
        names = {**q.organization_names(session, ids - set(named)), **named}
    total: _Tally = {}
    by_partner: dict[int | None, _Tally] = {org: {} for org in named}
    for month, org, minutes in hour_rows:
        for tally in (total, by_partner.setdefault(org, {})):
            tally.setdefault(month, [0, 0, 0, 0])[0] += minutes
    for _id, month, kind, amount, partner_ids in money_rows:
        if kind not in _KINDS:
            continue
        total.setdefault(month, [0, 0, 0, 0])[_KINDS[kind]] += amount
        parts: list[tuple[int | None, int]] = list(share_equally(amount, partner_ids)) or [(None, amount)]
        for org, part in parts:
            by_partner.setdefault(org, {}).setdefault(month, [0, 0, 0, 0])[_KINDS[kind]] += part
    months = chart_months(scope.date_from, scope.date_to, with_entries)
    keys = list(by_partner)
    partner_minutes = [sum(v[0] for v in by_partner[k].values()) for k in keys]
    partners = []
    for key, hours in zip(keys, _hours_adding_up(partner_minutes), strict=True):
        sums = [sum(v[i] for v in by_partner[key].values()) for i in (1, 2, 3)]
        partners.append(PartnerFigures(key, names.get(key, "") if key is not None else "", hours,
                                       cents(sums[0]), cents(sums[1]), cents(sums[2]),
                                       tuple(_points(by_partner[key], months))))
    partners.sort(key=lambda p: (p.organization_id is None, -p.hours, -p.net, p.name))
    sums = [sum(v[i] for v in total.values()) for i in (0, 1, 2, 3)]
    used: ResourceFigures = resource_figures(resource_rows, booking_rows, scope.date_from, scope.date_to, own_id)
    return Indicators(hours_of(sums[0]), cents(sums[1]), cents(sums[2]), cents(sums[3]), partners,
                      _points(total, months), kinds, used)


def save_checkup(data: DataDir, project_id: int, taken_on: date, answers: dict[str, int]) -> Checkup:
    """Record a health check-up; raises ValueError when an answer is outside 1–5 or none is given."""
    from partage_desktop.store.models import HealthCheckup  # deferred: SQLAlchemy, only when needed

    score = vocab.health_score(answers)
    with session_scope(data) as session:
        row = HealthCheckup(project_id=project_id, taken_on=taken_on, answers_json=json.dumps(answers),
                            score=score)
        session.add(row)
        session.flush()
        return Checkup(row.id, project_id, taken_on, dict(answers), score)


def checkups(data: DataDir, project_id: int, date_from: date | None = None,
             date_to: date | None = None) -> list[Checkup]:
    """A project's check-ups taken in the period (both days included; open ends when None),
    oldest first (the trend reads left to right)."""
    from sqlalchemy import select

    from partage_desktop.store.models import HealthCheckup  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        stmt = select(HealthCheckup).where(HealthCheckup.project_id == project_id)
        if date_from is not None:
            stmt = stmt.where(HealthCheckup.taken_on >= date_from)
        if date_to is not None:
            stmt = stmt.where(HealthCheckup.taken_on <= date_to)
        rows = session.scalars(stmt.order_by(HealthCheckup.taken_on, HealthCheckup.id))
        return [Checkup(r.id, r.project_id, r.taken_on, json.loads(r.answers_json), r.score) for r in rows]
