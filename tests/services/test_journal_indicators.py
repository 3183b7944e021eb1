"""Indicators per project and partner, net benefit, monthly series, health check-ups and trend."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.journal import indicators as ind
from partage_desktop.services.journal.content import health_questions
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization


def test_indicators_add_up_per_project_and_partner(data):
    a = save_organization(data, OrganizationData(legal_name="Organisme A")).id
    b = save_organization(data, OrganizationData(legal_name="Organisme B")).id
    p = svc.save_project(data, svc.ProjectData(name="Projet", partner_ids=(a, b))).id
    other = svc.save_project(data, svc.ProjectData(name="Autre")).id

    def add(**kw):
        base = dict(project_id=p, title="x", entry_date=date(2026, 3, 5))
        base.update(kw)
        return svc.save_entry(data, svc.EntryData(**base))

    add(hours=((a, 90), (b, 30)), partner_ids=(a, b), money_cents=100000, money_kind="saved")
    add(entry_date=date(2026, 4, 1), hours=((a, 60),), partner_ids=(a,), money_cents=25050, money_kind="spent")
    add(entry_date=date(2026, 4, 2), partner_ids=(b,), money_cents=5000, money_kind="avoided")
    gone = add(hours=((a, 600),), money_cents=999900, money_kind="saved")
    svc.trash_entry(data, gone.id)
    svc.save_entry(data, svc.EntryData(project_id=other, title="y", entry_date=date(2026, 3, 5),
                                       hours=((a, 60),), money_cents=100, money_kind="saved"))
    add(entry_date=date(2026, 6, 9), money_cents=1001, money_kind="saved")  # names no partner
    figures = ind.indicators(data, Scope(project_id=p))
    assert figures.hours == Decimal("3.0")
    assert (figures.saved, figures.spent, figures.avoided) == (Decimal("1010.01"), Decimal("250.50"), Decimal("50.00"))
    assert figures.net == Decimal("809.51")
    by_name = {x.name: x for x in figures.partners}
    # an entry's amount is divided equally among the partners it names, not given whole to each
    assert by_name["Organisme A"].hours == Decimal("2.5") and by_name["Organisme A"].net == Decimal("249.50")
    assert by_name["Organisme B"].hours == Decimal("0.5") and by_name["Organisme B"].net == Decimal("550.00")
    unattributed = figures.partner(None)
    assert unattributed is not None and unattributed.saved == Decimal("10.01") and figures.partners[-1] is unattributed
    for field in ("hours", "saved", "spent", "avoided", "net"):  # the rows add up to the totals
        assert sum((getattr(x, field) for x in figures.partners), Decimal(0)) == getattr(figures, field), field
    # every month of the range, those without entries at zero
    assert [(m.month, m.hours, m.saved) for m in figures.months] == [
        ("2026-03", Decimal("2.0"), Decimal("1000.00")), ("2026-04", Decimal("1.0"), Decimal("0.00")),
        ("2026-05", Decimal("0.0"), Decimal("0.00")), ("2026-06", Decimal("0.0"), Decimal("10.01"))]
    a_months = by_name["Organisme A"].months
    assert [(m.month, m.hours, m.saved, m.spent) for m in a_months][:2] == [
        ("2026-03", Decimal("1.5"), Decimal("500.00"), Decimal("0.00")),
        ("2026-04", Decimal("1.0"), Decimal("0.00"), Decimal("250.50"))]
    assert ind.indicators(data, Scope(project_id=p, date_from=date(2026, 4, 1))).saved == Decimal("10.01")
    period = ind.indicators(data, Scope(project_id=p, date_from=date(2026, 2, 1), date_to=date(2026, 7, 31)))
    assert [m.month for m in period.months] == ["2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07"]


def test_three_way_split_adds_up_to_the_cent(data):
    orgs = [save_organization(data, OrganizationData(legal_name=f"Organisme {n}")).id for n in "ABC"]
    p = svc.save_project(data, svc.ProjectData(name="Projet", partner_ids=tuple(orgs))).id
    for _ in range(3):
        svc.save_entry(data, svc.EntryData(project_id=p, title="x", entry_date=date(2026, 3, 5),
                                           partner_ids=tuple(orgs), money_cents=10000, money_kind="saved",
                                           hours=tuple((o, 20) for o in orgs)))
    figures = ind.indicators(data, Scope(project_id=p))
    assert sorted(x.saved for x in figures.partners) == [Decimal("99.99"), Decimal("99.99"), Decimal("100.02")]
    assert sum(x.saved for x in figures.partners) == figures.saved == Decimal("300.00")
    assert figures.hours == Decimal("3.0") and sum(x.hours for x in figures.partners) == Decimal("3.0")


def test_checkups_follow_the_period(data):
    p = svc.save_project(data, svc.ProjectData(name="Projet")).id
    for day, value in ((date(2025, 6, 1), 2), (date(2025, 11, 1), 4), (date(2026, 5, 1), 1)):
        ind.save_checkup(data, p, day, {q.id: value for q in health_questions()})
    inside = ind.checkups(data, p, date(2025, 6, 1), date(2025, 12, 31))
    assert [c.taken_on for c in inside] == [date(2025, 6, 1), date(2025, 11, 1)]
    assert vocab.trend([c.score for c in inside]) == "up"  # the 2026 check-up (lower) is left out
    assert ind.checkups(data, p, date(2027, 1, 1)) == []


def test_health_checkups_score_and_trend(data):
    p = svc.save_project(data, svc.ProjectData(name="Projet")).id
    low = {q.id: 2 for q in health_questions()}
    high = {q.id: 4 for q in health_questions()}
    ind.save_checkup(data, p, date(2026, 1, 10), low)
    ind.save_checkup(data, p, date(2026, 6, 10), high)
    scores = [c.score for c in ind.checkups(data, p)]
    assert scores == [25.0, 75.0] and vocab.trend(scores) == "up"
    assert vocab.trend([75.0, 74.0]) == "steady" and vocab.trend([75.0, 50.0]) == "down"
    with pytest.raises(ValueError):
        ind.save_checkup(data, p, date(2026, 7, 1), {"trust": 6})
    with pytest.raises(ValueError):
        ind.save_checkup(data, p, date(2026, 7, 1), {})
    assert len(health_questions()) == 10
    assert all(q.text("fr") and q.text("en") for q in health_questions())
