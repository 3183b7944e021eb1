"""The Indicators tab gains the shared resources of the period chosen above the tabs: loans, days
used, organizations served, the estimated savings and each resource's use rate, most used first;
the part stays hidden while no resource is recorded. At 1024 × 600, in both languages."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QTableWidget, QWidget

from partage_desktop.services.data.session import session_scope
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization
from partage_desktop.store.models import Booking, Resource
from tests.ui.conftest import SMALL_SCREEN


def add(data, row):
    with session_scope(data) as session:
        session.add(row)
        session.flush()
        return row.id


def indicators_of(win, qtbot):
    """The Indicators tab for January 2027 (the journal shows its tabs once it holds an entry)."""
    project = svc.save_project(win.data, svc.ProjectData(name="Prêts entre voisins")).id
    svc.save_entry(win.data, svc.EntryData(project_id=project, title="Première rencontre", kind="meeting",
                                           entry_date=datetime(2027, 1, 8).date()))
    win.show_section("section:journal")
    section = win.findChild(QWidget, "section:journal")
    qtbot.waitUntil(lambda: section.project.count() == 2, timeout=5000)
    section.tabs.setCurrentWidget(section.indicators)
    section.filters.date_from.setDate(QDate(2027, 1, 1))
    section.filters.date_to.setDate(QDate(2027, 1, 31))
    return section


def rows(section):
    table = section.findChild(QTableWidget, "journal-resource-use")
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


@pytest.mark.parametrize(("lang", "figures", "van", "room"), [
    ("fr", "Prêts</b>\u00a0: 4", ["Fourgonnette", "1", "3", "9,7\u00a0%", "240,00\u00a0$"],
     ["Salle communautaire", "3", "3", "9,7\u00a0%", "—"]),
    ("en", "Loans</b>: 4", ["Fourgonnette", "1", "3", "9.7%", "$240.00"], ["Salle communautaire", "3", "3", "9.7%", "—"]),
])
def test_the_resources_of_january(make_window, qtbot, lang, figures, van, room):
    win = make_window(lang, size=SMALL_SCREEN)
    partner = save_organization(win.data, OrganizationData(legal_name="Maison des jeunes")).id
    van_id = add(win.data, Resource(uid=str(uuid.uuid4()), kind="vehicle", title="Fourgonnette",
                                    value_per_day_cents=8000))
    room_id = add(win.data, Resource(uid=str(uuid.uuid4()), kind="premises", title="Salle communautaire"))
    add(win.data, Resource(uid=str(uuid.uuid4()), kind="equipment", title="Perceuse"))
    add(win.data, Booking(resource_id=van_id, organization_id=partner, starts_at=datetime(2027, 1, 4, 9),
                          ends_at=datetime(2027, 1, 6, 17), status="closed"))
    for day in (5, 12, 19):
        add(win.data, Booking(resource_id=room_id, borrower="Club de lecture", starts_at=datetime(2027, 1, day, 9),
                              ends_at=datetime(2027, 1, day, 12), status="returned"))
    section = indicators_of(win, qtbot)
    shown = section.findChild(QLabel, "journal-resource-figures")
    qtbot.waitUntil(lambda: figures in shown.text(), timeout=5000)
    assert ("Organismes servis</b>\u00a0: 2" if lang == "fr" else "Organizations served</b>: 2") in shown.text()
    assert rows(section) == [room, van, [  # as many days: the one lent more often first
        "Perceuse", "0", "0", "0\u00a0%" if lang == "fr" else "0%",
                                         "—"]]
    note = section.findChild(QLabel, "journal-resources-note")
    assert note.isVisible() and ("estimation" if lang == "fr" else "estimate") in note.text()
    # the part is in the page a person scrolls, under the per-partner table, and readable at 1024 × 600
    section.findChild(QWidget, "journal-resources-heading").setFocus()
    table = section.findChild(QTableWidget, "journal-resource-use")
    assert table.isVisible() and table.horizontalHeader().sectionSize(0) > 150


def test_no_resource_no_resources_part(make_window, qtbot):
    win = make_window("en")
    section = indicators_of(win, qtbot)
    figures = section.findChild(QLabel, "journal-figures")
    qtbot.waitUntil(lambda: "Net benefit" in figures.text(), timeout=5000)
    assert not section.findChild(QLabel, "journal-resource-figures").isVisible()
    assert not section.findChild(QTableWidget, "journal-resource-use").isVisible()


def test_a_long_inventory_lists_the_most_used_and_says_how_many_there_are(make_window, qtbot):
    win = make_window("en")
    with session_scope(win.data) as session:
        rows = [Resource(uid=str(uuid.uuid4()), kind="equipment", title=f"Item {n:03d}") for n in range(105)]
        session.add_all(rows)
        session.flush()
        session.add(Booking(resource_id=rows[42].id, borrower="Club", starts_at=datetime(2027, 1, 5, 9),
                            ends_at=datetime(2027, 1, 5, 12), status="closed"))
    section = indicators_of(win, qtbot)
    shown = section.findChild(QLabel, "journal-resource-figures")
    qtbot.waitUntil(lambda: "Loans</b>: 1" in shown.text(), timeout=5000)
    assert "The table lists the 100 most used of the 105 resources." in shown.text()
    listed = section.findChild(QTableWidget, "journal-resource-use")
    assert listed.rowCount() == 100 and listed.item(0, 0).text() == "Item 042"  # the one lent, first
